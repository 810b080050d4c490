import type { Block, CorpusDoc } from './kit/model.js';
import { renderDocx } from './kit/docx.js';
import { renderPdf } from './kit/pdf.js';
import { renderMarkdown, renderText } from './kit/text.js';
import { CUI_BANNER, ORG, PROPRIETARY, approvals, prose, revisionHistory, sections, toc } from './kit/common.js';

const S = ORG.system;

async function ssp(): Promise<CorpusDoc> {
  const body: Block[] = [
    ...sections('ssp', [
      ['1 Information System Name/Title', [`This System Security Plan provides an overview of the security requirements for ${S} (${ORG.acronym}) and describes the controls in place or planned for implementing those requirements.`, `The FedRAMP Package ID is ${ORG.fedrampId}. The system previously received a DoD Provisional Authorization at Impact Level 4 from DISA; this plan is written for the FedRAMP Agency Authorization sponsored by ${ORG.agency}.`]],
      ['2 Information System Categorization', ['The overall information system sensitivity categorization, as documented in the FIPS 199 Categorization (Attachment 10), is Moderate.', 'Confidentiality Moderate, Integrity Moderate, Availability Moderate. The information types are drawn from NIST SP 800-60 Volume II.']],
      ['3 Information System Owner', ['The System Owner is Dana Whitfield, Vice President, Federal Platforms. The Authorizing Official for the agency ATO is the HUD Chief Information Officer.']],
      ['8 General System Description', [`${S} is a Platform-as-a-Service offering that provides managed Kubernetes, managed PostgreSQL and object storage to federal tenants.`, 'The authorization boundary is shown in Figure 9-1; interconnections are listed in Table 11-1. Leveraged services: AWS GovCloud (US) High P-ATO.']],
      ['9 System Environment and Inventory', ['The complete inventory is maintained in the Integrated Inventory Workbook (Attachment 13) and is updated monthly with the continuous monitoring deliverables.']],
      ['10 System Interconnections', ['The system has no direct interconnection to the NIPRNet; DoD tenants reach the IL4 enclave through the DISA Boundary Cloud Access Point, which is outside the FedRAMP boundary.']],
    ]),
    { t: 'h1', text: '13 Minimum Security Controls' },
    ...prose('ssp-controls', ['Security controls are implemented per the FedRAMP Rev5 Moderate baseline. Each control below lists the responsible role, the parameters, the implementation status and the control origination. The CCI mapping from the legacy Security Controls Traceability Matrix is retained in the Comments field for traceability only.']),
    { t: 'h2', text: 'AC-2 Account Management (L)(M)(H)' },
    { t: 'table', rows: [['AC-2 Control Summary Information', ''], ['Responsible Role', 'ISSO; Identity Engineering'], ['Parameter AC-2(h)(1)', 'twenty-four (24) hours'], ['Implementation Status', 'Implemented'], ['Control Origination', 'Service Provider Corporate; Shared (Service Provider and Customer Responsibility)']] },
    { t: 'bold', text: 'AC-2 What is the solution and how is it implemented?' },
    { t: 'p', text: 'Part a: Ironbridge defines the account types allowed on the system: privileged administrator, operator, service account, and customer tenant administrator. Part b: account managers are assigned per tenant. Part c: group membership requires approval through ServiceNow (legacy DoD tenants continue to use DD Form 2875). Account creation, modification and removal events are logged and forwarded to Splunk.' },
    { t: 'h2', text: 'AU-6 Audit Record Review, Analysis, and Reporting (L)(M)(H)' },
    { t: 'table', rows: [['AU-6 Control Summary Information', ''], ['Responsible Role', 'SOC Lead'], ['Parameter AU-6(a)', 'at least weekly'], ['Implementation Status', 'Implemented'], ['Control Origination', 'Service Provider System Specific']] },
    { t: 'p', text: 'Audit records are reviewed continuously by correlation rules and manually at least weekly by the SOC. Findings are reported to the ISSO and tracked to closure; weaknesses are recorded in the POA&M.' },
    { t: 'h2', text: 'RA-5 Vulnerability Monitoring and Scanning (L)(M)(H)' },
    { t: 'table', rows: [['RA-5 Control Summary Information', ''], ['Responsible Role', 'Vulnerability Management Team'], ['Parameter RA-5(a)', 'monthly operating system/infrastructure; monthly web applications and databases'], ['Parameter RA-5(d)', 'high-risk vulnerabilities within thirty days; moderate within ninety days; low within one hundred and eighty days'], ['Implementation Status', 'Implemented']] },
    { t: 'p', text: 'Authenticated scans are performed with ACAS (Nessus) for operating systems and databases and with an authenticated DAST tool for web applications. Results are delivered monthly with the POA&M and inventory.' },
    { t: 'h1', text: '14 Acronyms' },
    { t: 'p', text: 'See Attachment 14, FedRAMP Acronyms. Additional acronyms: ACAS - Assured Compliance Assessment Solution; CCI - Control Correlation Identifier; STIG - Security Technical Implementation Guide.' },
    { t: 'h1', text: '15 Attachments' },
    { t: 'bullets', items: ['Attachment 1 Information Security Policies and Procedures', 'Attachment 2 User Guide', 'Attachment 3 Digital Identity Worksheet', 'Attachment 4 PTA/PIA', 'Attachment 5 Rules of Behavior', 'Attachment 6 Information System Contingency Plan', 'Attachment 7 Configuration Management Plan', 'Attachment 8 Incident Response Plan', 'Attachment 9 CIS Workbook', 'Attachment 10 FIPS 199', 'Attachment 11 Separation of Duties Matrix', 'Attachment 12 FedRAMP Laws and Regulations', 'Attachment 13 Integrated Inventory Workbook'] },
  ];
  const blocks: Block[] = [
    { t: 'small', text: CUI_BANNER },
    { t: 'title', text: `${S}` },
    { t: 'subtitle', text: 'System Security Plan (SSP)' },
    { t: 'subtitle', text: 'FedRAMP Moderate Baseline - Rev5' },
    { t: 'p', text: `Prepared by ${ORG.csp}, 13530 Dulles Technology Drive, Herndon, VA 20171. Prepared for ${ORG.agency}.` },
    { t: 'p', text: 'Version 2.3 | March 14, 2026' },
    { t: 'break' },
    ...revisionHistory([['11/03/2025', '1.0', 'Initial conversion from DoD RMF SSP (eMASS export) to FedRAMP template', 'K. Osei'], ['01/22/2026', '2.0', 'Agency comments (round 1) addressed', 'K. Osei'], ['03/14/2026', '2.3', 'Updated inventory reference, RA-5 parameters', 'M. Ruiz']]),
    ...approvals('System Owner and ISSM Approval', [['Dana Whitfield', 'System Owner'], ['Karim Osei', 'ISSM'], ['Melissa Ruiz', 'ISSO']]),
    { t: 'break' },
    ...toc(body),
    { t: 'break' },
    ...body,
  ];
  return { file: 'upload (3).docx', expected: 'SSP', note: 'Moderate System Security Plan in the FedRAMP docx layout (system description, control summary tables), converted from a DoD RMF SSP.', data: await renderDocx(blocks, { title: 'IGS SSP', creator: 'Karim Osei', header: `${CUI_BANNER} | ${S} SSP v2.3`, footer: PROPRIETARY }) };
}

async function policies(): Promise<CorpusDoc> {
  const fams: [string, string][] = [['Access Control (AC)', 'AC-1'], ['Awareness and Training (AT)', 'AT-1'], ['Audit and Accountability (AU)', 'AU-1'], ['Assessment, Authorization, and Monitoring (CA)', 'CA-1'], ['Configuration Management (CM)', 'CM-1'], ['Identification and Authentication (IA)', 'IA-1'], ['System and Communications Protection (SC)', 'SC-1']];
  const body: Block[] = [
    { t: 'h1', text: '1 Purpose and Scope' },
    ...prose('pol-purpose', [`This document establishes the information security policies and associated procedures for ${S}, as required by the "-1" controls of each NIST SP 800-53 Rev5 family in the FedRAMP Moderate baseline.`, 'It is Attachment 1 to the System Security Plan. Each family section contains a policy statement and the procedure that implements it.']),
    ...fams.flatMap(([fam, ctl]): Block[] => [
      { t: 'h1', text: `${fam} Policy and Procedures (${ctl})` },
      { t: 'h2', text: 'Policy' },
      ...prose(`pol-${ctl}`, [`Ironbridge shall develop, document, and disseminate to all personnel with roles in ${S} a ${fam.split(' (')[0]?.toLowerCase()} policy that addresses purpose, scope, roles, responsibilities, management commitment, coordination among organizational entities, and compliance.`, 'The policy is reviewed and updated at least annually and following significant changes; the procedures are reviewed at least annually.']),
      { t: 'h2', text: 'Procedures' },
      ...prose(`proc-${ctl}`, [`Procedure owners for the ${fam} family are designated by the ISSM. Step-by-step procedures are maintained in the runbook library and referenced by identifier.`], 1),
    ]),
  ];
  const blocks: Block[] = [
    { t: 'title', text: 'Information Security Policies and Procedures' },
    { t: 'subtitle', text: `${S} - SSP Attachment 1` },
    { t: 'p', text: 'Version 1.4 - February 2026' },
    ...revisionHistory([['02/10/2026', '1.4', 'Rev5 family names; annual review', 'ISSM Office']]),
    ...toc(body),
    { t: 'break' },
    ...body,
  ];
  return { file: 'IGS_Att01_PnP_v1.4.pdf', expected: 'POLICIES_AND_PROCEDURES', note: "SSP Attachment 1: the system's family-by-family (-1 controls) information security policies and procedures.", data: await renderPdf(blocks, { title: 'Attachment 1', creator: 'ISSM Office', header: `${S} | Policies and Procedures`, footer: PROPRIETARY }) };
}

async function policiesAc(): Promise<CorpusDoc> {
  const body: Block[] = sections('ac-pol', [
    ['1 Purpose', [`This Access Control Policy and Procedures document satisfies AC-1 for ${S}. It is one part of SSP Attachment 1, Information Security Policies and Procedures, submitted with the FedRAMP package.`]],
    ['2 Scope', ['The policy covers every account on the system: privileged, non-privileged, service and customer-administered accounts, including the DoD IL4 enclave where common controls are inherited.']],
    ['3 Roles and Responsibilities', ['The System Owner approves the policy; the ISSO maintains the procedures; account managers perform the account lifecycle tasks.']],
    ['4 Policy', ['AC-2: Accounts are requested, approved, created, reviewed and removed according to the procedures in section 5. AC-6: Least privilege applies to all roles. AC-17: Remote access requires phishing-resistant MFA and FIPS 140-validated encryption.', 'Inactive accounts are disabled after 90 days. Privileged accounts are reviewed monthly; all other accounts quarterly.']],
    ['5 Procedures', ['Procedure AC-P-01 Account Request: the requester submits a ticket; the manager approves; the ISSO validates need-to-know. Procedure AC-P-02 Account Review: account managers export the account list and attest to each entry.', 'Procedure AC-P-03 Separation: HR notification triggers account disablement within eight hours.']],
    ['6 Compliance and Enforcement', ['Violations are handled through the Ironbridge disciplinary process. Policy exceptions require the ISSM approval and are recorded in the POA&M where they represent a weakness.']],
    ['7 Review Cycle', ['Policy reviewed annually; procedures reviewed annually and after significant changes.']],
  ]);
  const blocks: Block[] = [
    { t: 'table', rows: [['Document', 'Access Control Policy and Procedures'], ['System', S], ['Control', 'AC-1'], ['Owner', 'Information System Security Officer'], ['Version', '3.0 (supersedes DoD-era AC SOP 2.2)']] },
    ...revisionHistory([['09/30/2024', '2.2', 'DoD IL4 edition', 'ISSO'], ['12/05/2025', '3.0', 'FedRAMP Rev5 edition; CCI column removed', 'ISSO']]),
    ...body,
  ];
  return { file: 'AC-Policy-Procedures.docx', expected: 'POLICIES_AND_PROCEDURES', note: "The system's AC-1 Access Control Policy and Procedures, a part of SSP Attachment 1.", data: await renderDocx(blocks, { title: 'AC Policy', creator: 'Melissa Ruiz', headings: 'bold', footer: 'Ironbridge Internal' }) };
}

async function userGuide(): Promise<CorpusDoc> {
  const body: Block[] = sections('ug', [
    ['1 Introduction', [`This User Guide describes how agency users and tenant administrators use ${S}. It is Attachment 2 of the System Security Plan.`]],
    ['2 Getting Started', ['Sign in at https://console.govstack.ironbridgefed.us with your agency PIV card or a FIDO2 authenticator. Tenant administrators are provisioned by Ironbridge support after the agency submits the onboarding form.']],
    ['3 Managing Users and Roles', ['Tenant administrators add users from Settings > Users. Built-in roles: Tenant Admin, Project Owner, Developer, Auditor (read-only). Custom roles can combine permissions but cannot exceed Tenant Admin.']],
    ['4 Creating a Kubernetes Cluster', ['Choose Clusters > New, select the node pool size and the hardened image channel (STIG-hardened or CIS Level 2), and confirm. Clusters are created in a private subnet; public endpoints are disabled by default.']],
    ['5 Security Features for Customers', ['Customers are responsible for configuring session timeouts for their own applications, reviewing the audit log export, and managing their encryption keys when customer-managed keys are selected. See the CRM for the full list of customer responsibilities.']],
    ['6 Getting Help', ['Contact the Ironbridge Federal Support Desk at 1-800-555-0147 or support@ironbridgefed.us. Security incidents should be reported immediately as described in the Incident Response Plan summary in Appendix B.']],
  ]);
  const blocks: Block[] = [{ t: 'title', text: `${S} User Guide` }, { t: 'subtitle', text: 'For agency tenant administrators and users - Release 26.1' }, ...toc(body), ...body];
  return { file: 'GovStack-User-Guide-26.1.md', expected: 'USER_GUIDE', note: 'SSP Attachment 2: end-user and tenant-administrator guide for the cloud service, in Markdown.', data: renderMarkdown(blocks) };
}

async function userGuide2(): Promise<CorpusDoc> {
  const body: Block[] = sections('ug2', [
    ['Overview', [`This guide explains how to use the ${S} Object Storage console and API. It is provided as SSP Attachment 2 (User Guide) for the FedRAMP Moderate package.`]],
    ['Logging In', ['Users authenticate through agency federation (SAML 2.0) or directly with a PIV credential. After three failed attempts the account is locked for 30 minutes.']],
    ['Creating Buckets', ['Select Storage > Buckets > Create. Enter a name, choose encryption (Ironbridge-managed or customer-managed key), and set the retention policy.']],
    ['Sharing and Access Policies', ['Bucket policies grant access to users or groups within the tenant. Public access is blocked by organizational policy and cannot be enabled by users.']],
    ['Using the API and CLI', ['Generate an API token under Profile > Tokens; tokens expire after 30 days. The govstack CLI supports upload, download and sync commands.']],
    ['Troubleshooting', ['If an upload fails with HTTP 403, confirm the bucket policy and the token scope. For outages, check the status page at status.ironbridgefed.us.']],
  ]);
  return { file: 'Final_v7.docx', expected: 'USER_GUIDE', note: 'User Guide for the storage component of the service (SSP Attachment 2), headings as bold paragraphs.', data: await renderDocx([{ t: 'title', text: 'Object Storage User Guide' }, { t: 'subtitle', text: S }, ...body], { title: 'Template', creator: 'techpubs', headings: 'bold' }) };
}

async function diw(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'title', text: 'Digital Identity Worksheet' },
    { t: 'subtitle', text: `${S} - SSP Attachment 3` },
    ...prose('diw', ['This worksheet documents the digital identity assurance levels selected for the system in accordance with NIST SP 800-63-3: Identity Assurance Level (IAL), Authenticator Assurance Level (AAL) and Federation Assurance Level (FAL).', 'The levels were selected by following the decision trees in SP 800-63-3 section 6.']),
    { t: 'h1', text: 'Digital Identity Level Definitions' },
    { t: 'table', rows: [['Level', 'Definition'], ['IAL2', 'Evidence supports the real-world existence of the claimed identity; remote or in-person identity proofing required.'], ['AAL2', 'High confidence that the claimant controls authenticators bound to the subscriber account; two distinct factors.'], ['FAL2', 'Assertion is signed and encrypted so only the relying party can decrypt it.']] },
    { t: 'h1', text: 'Review Maximum Potential Impact Levels' },
    { t: 'table', rows: [['Category', 'Impact'], ['Inconvenience, distress, or damage to standing or reputation', 'Moderate'], ['Financial loss or agency liability', 'Moderate'], ['Harm to agency programs or public interests', 'Low'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Moderate']] },
    { t: 'h1', text: 'Digital Identity Level Selection' },
    { t: 'table', rows: [['Selected', 'Level'], ['IAL', 'IAL2'], ['AAL', 'AAL2'], ['FAL', 'FAL2'], ['Digital Identity Level', 'Level 2 (Moderate)']] },
    ...prose('diw2', ['Privileged users additionally use phishing-resistant authenticators (PIV or FIDO2), which meet AAL3 requirements, consistent with the DoD CAC-based access the system already enforces for IL4 tenants.']),
  ];
  return { file: 'doc-0419.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'SSP Attachment 3: NIST SP 800-63 IAL/AAL/FAL impact review and level selection.', data: await renderDocx(blocks, { title: 'Digital Identity Worksheet', creator: 'ISSO' }) };
}

async function diw2(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'small', text: 'Attachment 3 | FedRAMP Moderate | Ironbridge GovStack' },
    { t: 'title', text: 'Digital Identity Worksheet (E-Authentication)' },
    ...prose('diw-pdf', ['Per OMB M-19-17 and NIST SP 800-63-3, the CSP must document the digital identity level of the system. Ironbridge completed the worksheet with the agency ISSO during the kickoff.', 'The selection below applies to agency end users of the service; Ironbridge administrative access is governed by IA-2 in the SSP.'], 3),
    { t: 'table', rows: [['Assurance', 'Selected level', 'Rationale'], ['Identity Assurance Level', 'IAL2', 'Accounts can access PII of agency program participants'], ['Authenticator Assurance Level', 'AAL2', 'Multi-factor; PIV accepted'], ['Federation Assurance Level', 'FAL2', 'SAML assertions signed and encrypted']] },
    { t: 'bold', text: 'Digital Identity Level: 2' },
    ...prose('diw-pdf2', ['The ISSO will revisit this worksheet when a significant change alters the user population or the sensitivity of the data.']),
  ];
  return { file: 'scan_2026-03.pdf', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Digital Identity Worksheet (IAL/AAL/FAL selection) as a PDF with a misleading scan-like file name.', data: await renderPdf(blocks, { creator: 'ISSO' }) };
}

async function pta(): Promise<CorpusDoc> {
  const body: Block[] = [
    { t: 'h1', text: 'Section 1: Privacy Threshold Analysis' },
    { t: 'p', text: `System name: ${S}. System owner: Dana Whitfield. Prepared for the ${ORG.agencyShort} Privacy Office.` },
    { t: 'table', rows: [['Question', 'Response'], ['1. Does the system collect, maintain, use or disseminate PII about members of the public?', 'Yes - tenant workloads may store PII of program participants'], ['2. Does the system collect PII of federal employees or contractors?', 'Yes - user account data (name, work e-mail, phone)'], ['3. Does the system use Social Security Numbers?', 'No (the CSP does not process SSNs; tenant data is opaque to the CSP)'], ['4. Is a System of Records Notice (SORN) required?', 'Determined by the agency for its application'], ['5. Is a Privacy Impact Assessment required?', 'Yes']] },
    { t: 'h1', text: 'Section 2: Privacy Impact Assessment' },
    ...sections('pia', [
      ['2.1 Characterization of the Information', ['The system stores account identifiers for users and opaque tenant data. Audit records contain user names and source IP addresses.']],
      ['2.2 Purpose and Use', ['PII is used only to authenticate users, authorize actions and audit activity.']],
      ['2.3 Retention', ['Account data is kept for the life of the account plus one year; audit logs for three years per the FedRAMP and NARA GRS 3.2 requirements.']],
      ['2.4 Internal and External Sharing', ['No sharing outside the authorization boundary except with the agency and, on request, law enforcement under legal process.']],
      ['2.5 Notice, Consent and Redress', ['Users are notified through the system use banner and the Privacy Act statement on the sign-in page.']],
    ], 'h2'),
  ];
  const blocks: Block[] = [{ t: 'title', text: 'Privacy Threshold Analysis and Privacy Impact Assessment' }, { t: 'subtitle', text: `${S} (SSP Attachment 4)` }, ...revisionHistory([['01/15/2026', '1.0', 'Initial PTA/PIA', 'Privacy Officer']]), ...body];
  return { file: 'PTA_PIA_IGS.docx', expected: 'PRIVACY_ASSESSMENT', note: 'SSP Attachment 4: Privacy Threshold Analysis questions followed by the Privacy Impact Assessment.', data: await renderDocx(blocks, { title: 'PTA-PIA', creator: 'Privacy Office' }) };
}

async function pia(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'table', rows: [[`${ORG.agencyShort} Privacy Impact Assessment (PIA)`, ''], ['System', S], ['Component', 'Cloud service (FedRAMP)'], ['Date', 'March 2, 2026']] },
    ...sections('pia2', [
      ['Section 1.0 Characterization of the Information', ['What information is collected: names, business e-mail, phone numbers and PIV certificate subject names of users; tenant content may include PII.', 'Sources: agency identity provider, user self-service profile.']],
      ['Section 2.0 Uses of the Information', ['Authentication, authorization, audit; no data mining or matching programs are performed by the CSP.']],
      ['Section 3.0 Retention', ['Records are retained under the agency schedule; deletion is cryptographic at tenant off-boarding.']],
      ['Section 4.0 Notice', ['A Privacy Act Statement is displayed at sign-in.']],
      ['Section 5.0 Access, Redress and Correction', ['Users update their profile through the agency identity provider.']],
      ['Section 6.0 Technical Access and Security', ['Access to PII is limited to authorized Ironbridge support staff under AC-6; all access is logged. The system is assessed annually by a 3PAO.']],
      ['Section 7.0 Privacy Risk Analysis', ['The principal risk is over-collection in tenant applications, which is the agency responsibility; the CSP risk is limited to account data.']],
    ]),
    { t: 'bold', text: 'Privacy Officer determination: PIA approved; no SORN required for CSP account data.' },
  ];
  return { file: 'attachment_04.pdf', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Impact Assessment for the cloud service, title inside a table cell, as a PDF.', data: await renderPdf(blocks, { footer: `${ORG.agencyShort} Privacy Office` }) };
}

async function rob(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'title', text: `${S} Rules of Behavior` },
    { t: 'subtitle', text: 'Privileged and Non-Privileged Users' },
    ...prose('rob', ['These Rules of Behavior (RoB) apply to every person granted access to the system. Users must read and sign them before access is granted and re-acknowledge them annually.'], 1),
    { t: 'h1', text: 'Rules for All Users' },
    { t: 'bullets', items: ['I will use the system only for authorized purposes.', 'I will not share my credentials or PIV PIN with anyone.', 'I will lock my workstation when I leave it unattended.', 'I will report suspected security incidents to the SOC immediately.', 'I will not attempt to bypass security controls or access data without need-to-know.', 'I understand that my activity is monitored and recorded.'] },
    { t: 'h1', text: 'Additional Rules for Privileged Users' },
    { t: 'bullets', items: ['I will use my privileged account only for administrative tasks and a separate account for e-mail and web browsing.', 'I will connect only from Ironbridge-managed privileged access workstations.', 'I will not make changes to production without an approved change ticket.', 'I will not disable or alter audit logging.'] },
    { t: 'h1', text: 'Consequences of Non-Compliance' },
    ...prose('rob2', ['Violations may result in loss of access, disciplinary action up to termination, and civil or criminal penalties.'], 1),
    { t: 'h1', text: 'Acknowledgement' },
    { t: 'p', text: 'I have read and understand these Rules of Behavior and agree to comply with them.' },
    { t: 'p', text: 'Name: ____________________   Signature: ____________________   Date: ____________' },
  ];
  return { file: 'rules.txt', expected: 'RULES_OF_BEHAVIOR', note: 'Rules of Behavior (SSP Attachment 5) with user and privileged-user rules and an acknowledgement line, as plain text.', data: renderText(blocks) };
}

async function rob2(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'small', text: CUI_BANNER },
    { t: 'title', text: 'Rules of Behavior' },
    { t: 'subtitle', text: `${S} - Attachment 5 - Version 2.0` },
    ...revisionHistory([['10/01/2025', '2.0', 'Split from DoD Acceptable Use Policy; FedRAMP attachment', 'ISSO']]),
    ...sections('rob-docx', [
      ['1. Purpose', ['These rules describe the responsibilities and expected behavior of users of the system, as required by PL-4.']],
      ['2. Acceptable Use', ['Use is limited to official business. Users must protect CUI, follow marking rules and store data only in approved locations.']],
      ['3. Passwords and Authenticators', ['Users must protect authenticators, use phishing-resistant MFA, and never write down PINs.']],
      ['4. Remote Access', ['Remote access is allowed only through the Ironbridge zero-trust gateway from compliant devices.']],
      ['5. Privileged Users', ['Privileged users must use dedicated accounts and jump hosts and must complete role-based training annually.']],
      ['6. Signature', ['By signing, I acknowledge that I have read, understand and will comply with these Rules of Behavior.']],
    ]),
    { t: 'table', rows: [['User name', 'Signature', 'Date'], ['', '', '']] },
  ];
  return { file: 'upload (7).docx', expected: 'RULES_OF_BEHAVIOR', note: 'Rules of Behavior (PL-4) form with acceptable use, privileged-user rules and signature block.', data: await renderDocx(blocks, { title: 'DoD Acceptable Use Policy', creator: 'isso', header: CUI_BANNER }) };
}

export const planDocs: (() => Promise<CorpusDoc>)[] = [ssp, policies, policiesAc, userGuide, userGuide2, diw, diw2, pta, pia, rob, rob2];

