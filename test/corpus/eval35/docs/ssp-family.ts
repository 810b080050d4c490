import { renderDocx } from '../kit/docx.js';
import { approvals, h, legalNotice, numbered, p, revisionHistory, table, toc, ul } from '../kit/front.js';
import { renderPdf } from '../kit/pdf.js';
import { renderMarkdown } from '../kit/text.js';
import type { Block, Eval35Doc } from '../kit/types.js';
import { FAMILIES, HELIX, NORTHWIND, TARRAGON, THREEPAO } from './world.js';
import type { Csp } from './world.js';

const cover = (csp: Csp, title: string, version: string, date: string): Block[] => [
  p(csp.company),
  { kind: 'title', text: title },
  p(`${csp.system} (${csp.short})`),
  p(`FedRAMP ${csp.level} Baseline  |  Version ${version}  |  ${date}`),
  legalNotice(csp.company),
  { kind: 'break' },
];

const CONTROL_TEXT: Record<string, string> = {
  'AC-2': 'Accounts for the production environment are requested through the ServiceNow access request catalog item, approved by the resource owner and the ISSO, and provisioned through Okta group membership. Account types (privileged, non-privileged, service, emergency) are defined in the Access Control Procedure. Inactive accounts are disabled after 90 days by an automated Okta workflow.',
  'AC-2(1)': 'Okta Workflows and the AWS IAM Identity Center integration automate account creation, modification, disabling and removal. Quarterly access reviews are generated automatically and tracked to completion.',
  'AC-17': 'Remote access to the management plane is permitted only through the AWS Systems Manager Session Manager over TLS 1.2 with FIPS 140-validated endpoints, after phishing-resistant MFA. No inbound SSH or RDP is permitted from the Internet.',
  'AU-2': 'The system logs the event types listed in Table 13-2, including successful and unsuccessful logons, privilege use, account management, policy changes, and object access to customer data stores. The event list is reviewed annually and after significant changes.',
  'AU-6': 'Audit records are forwarded to the Splunk Cloud (FedRAMP authorized) instance; correlation searches alert the SOC. The ISSO reviews the weekly audit summary and records the review in the AU-6 review log.',
  'CM-2': 'Baseline configurations are maintained as Terraform modules and hardened golden AMIs built with Packer from CIS Level 1 benchmarks; the baseline is reviewed annually and when components are installed or upgraded.',
  'CM-6': 'Configuration settings follow the CIS Benchmarks for Amazon Linux 2023, PostgreSQL 15 and Kubernetes 1.29, with deviations documented in the Configuration Management Plan. AWS Config rules detect drift and raise tickets.',
  'CM-8': 'The integrated inventory is generated from AWS Config and the CMDB and is submitted monthly as SSP Attachment 13.',
  'IA-2': 'All users authenticate to the system through Okta with phishing-resistant MFA (FIDO2 WebAuthn) for privileged access and PIV/CAC or FIDO2 for agency customers.',
  'IA-5': 'Authenticators are managed in Okta; passwords follow NIST SP 800-63B, are screened against breached-password lists and are stored only as salted hashes.',
  'IR-4': 'Incident handling follows the Incident Response Plan (Attachment 8): preparation, detection and analysis, containment, eradication and recovery, and post-incident activity; US-CERT/CISA reporting within one hour.',
  'RA-5': 'Tenable.io authenticated OS scans, Tenable WAS web application scans and database scans run monthly; results are delivered with the monthly continuous monitoring package and findings are tracked in the POA&M.',
  'SC-7': 'The boundary is enforced by AWS security groups, network ACLs, AWS WAF and the AWS Network Firewall; only ports 443 (customer) and the Session Manager endpoints are exposed.',
  'SC-13': 'FIPS 140-2/140-3 validated cryptographic modules are used for data in transit (AWS ELB FIPS endpoints, OpenSSL FIPS provider) and at rest (AWS KMS, CMVP #4884).',
  'SI-2': 'Flaws are remediated within FedRAMP timelines: High 30 days, Moderate 90 days, Low 180 days; patches are tested in staging before production.',
  'SI-4': 'Amazon GuardDuty, CrowdStrike Falcon and Splunk correlation searches monitor for attacks and indicators of compromise; alerts are triaged by the 24x7 SOC.',
};

function controlSection(id: string, csp: Csp, rich: boolean): Block[] {
  const text = CONTROL_TEXT[id] ?? 'Implemented as described in the corresponding policy and procedure.';
  const blocks: Block[] = [h(`${id} Control Summary Information`, 2)];
  if (rich) {
    blocks.push(
      table(
        ['Control Summary Information', ''],
        ['Responsible Role:', `${csp.isso[1]}; Cloud Operations`],
        ['Implementation Status (check all that apply):', '☒ Implemented  ☐ Partially implemented  ☐ Planned  ☐ Alternative implementation  ☐ Not applicable'],
        ['Control Origination (check all that apply):', '☒ Service Provider System Specific  ☐ Service Provider Hybrid  ☐ Inherited from pre-existing FedRAMP Authorization'],
      ),
    );
  }
  blocks.push(h(`${id} What is the solution and how is it implemented?`, 3), p(`Part a: ${text}`));
  return blocks;
}

async function sspDocx(): Promise<Eval35Doc> {
  const c = NORTHWIND;
  const controls = Object.keys(CONTROL_TEXT);
  const body = numbered([
    ['Information System Name/Title', [p(`This System Security Plan provides an overview of the security requirements for ${c.system} (${c.short}) and describes the controls in place or planned for implementing those requirements.`), table(['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], [c.fedrampId, c.system, c.short])]],
    ['Information System Categorization', [p(`The overall information system sensitivity categorization is recorded in Table 2-1, Security Categorization, which follows. Direction for determining the system categorization is found in the FIPS 199 Categorization (Attachment 10).`), table(['System Sensitivity Level:', 'Moderate']), p('The system processes financial management information (C-M, I-M, A-L) and general information (C-L, I-L, A-L); the high-water mark is Moderate.'), p('Digital identity determination: the digital identity level is IAL2 / AAL2 / FAL2 as documented in the Digital Identity Worksheet (Attachment 3).')]],
    ['Information System Owner', [table(['Name', c.owner[0]], ['Title', c.owner[1]], ['Company / Organization', c.company], ['Address', '2200 Harbor Point Drive, Suite 400, Baltimore, MD 21230'], ['Phone', '(410) 555-0142'], ['Email', 'marcus.ellery@northwindfiscal.com'])]],
    ['Authorizing Official', [p('The Authorizing Official for this Agency Authorization is the Chief Information Officer of the Federal Grants Administration.')]],
    ['Other Designated Contacts', [table(['Role', 'Name', 'Email'], ['ISSO', c.isso[0], 'priya.raman@northwindfiscal.com'], ['AWS Account Owner', 'Devon Park', 'devon.park@northwindfiscal.com'], ['3PAO Point of Contact', THREEPAO.lead[0], 'rokonkwo@bellwetherassure.com'])]],
    ['Leveraged FedRAMP-Authorized Services', [table(['CSP/CSO Name', 'Authorization Type', 'Impact Level'], ['Amazon Web Services GovCloud (US)', 'JAB P-ATO', 'High'], ['Okta for Government Moderate', 'Agency ATO', 'Moderate'], ['Splunk Cloud Platform', 'Agency ATO', 'Moderate'])]],
    ['General System Description', [p(`${c.system} is a multi-tenant Software-as-a-Service offering that provides federal grant recipients and agency program offices with general ledger, disbursement reconciliation and audit-ready financial reporting. The service model is SaaS, deployed as a Government Community Cloud in AWS GovCloud (US-West and US-East).`), p('Users include agency financial analysts (non-privileged), agency tenant administrators (privileged within their tenant), Northwind support engineers (privileged, read-only production access), and Northwind cloud operations engineers (privileged).'), p('The authorization boundary is depicted in Figure 9-1 and includes the customer-facing web tier, the API tier, the reconciliation workers, the PostgreSQL (Amazon Aurora) data tier, and the management VPC. Corporate services such as e-mail and HR are outside the boundary.')]],
    ['System Environment and Inventory', [p('The integrated inventory of components is maintained as Attachment 13, Integrated Inventory Workbook, updated monthly.'), table(['Component', 'Function', 'Count'], ['EKS worker nodes (Amazon Linux 2023)', 'Application tier', '18'], ['Aurora PostgreSQL 15', 'Data tier', '4'], ['Application Load Balancer (FIPS)', 'Ingress', '2'], ['Bastionless SSM endpoints', 'Management', '6'])]],
    ['System Interconnections', [table(['SP IP Address and Interface', 'External Organization Name and IP Address', 'Connection Security', 'Data Direction', 'Information Being Transmitted'], ['api.nlc (443)', 'Treasury Payment Management System / 164.95.x.x', 'TLS 1.2 mutual auth', 'Outgoing', 'Disbursement batch files'], ['sftp.nlc (22)', 'Agency grant system / agency-defined', 'SFTP with FIPS ciphers', 'Incoming', 'Award data'])]],
    ['Laws, Regulations, Standards and Guidance', [p('Applicable laws, regulations, standards and guidance are listed in Attachment 12, FedRAMP Laws and Regulations.')]],
    ['Minimum Security Controls', [p(`Security controls for the system are defined by the FedRAMP Moderate baseline (NIST SP 800-53 Rev 5). The sections below describe the implementation of each control.`), ...controls.flatMap((id, i) => controlSection(id, c, i % 3 !== 2))]],
    ['Acronyms', [table(['Acronym', 'Definition'], ['3PAO', 'Third Party Assessment Organization'], ['ATO', 'Authority to Operate'], ['ISSO', 'Information System Security Officer'], ['POA&M', 'Plan of Action and Milestones'])]],
    ['Attachments', [ul('Attachment 1 – Information Security Policies and Procedures', 'Attachment 2 – User Guide', 'Attachment 3 – Digital Identity Worksheet', 'Attachment 4 – PTA/PIA', 'Attachment 5 – Rules of Behavior', 'Attachment 6 – Information System Contingency Plan', 'Attachment 7 – Configuration Management Plan', 'Attachment 8 – Incident Response Plan', 'Attachment 9 – CIS Workbook', 'Attachment 10 – FIPS 199', 'Attachment 11 – Separation of Duties Matrix', 'Attachment 12 – FedRAMP Laws and Regulations', 'Attachment 13 – Integrated Inventory')]],
  ]);
  const data = await renderDocx({
    header: `${c.short} System Security Plan  |  Version 3.2  |  Controlled Unclassified Information`,
    footer: `${c.company} Proprietary`,
    meta: { title: 'FedRAMP System Security Plan (SSP) Moderate Baseline Template', creator: 'FedRAMP PMO', lastModifiedBy: c.isso[0] },
    blocks: [
      ...cover(c, 'System Security Plan', '3.2', 'February 27, 2026'),
      table(['Prepared by', c.company, '2200 Harbor Point Drive, Baltimore, MD'], ['Prepared for', 'Federal Grants Administration', 'Office of the Chief Information Officer']),
      ...revisionHistory([['06/12/2025', '3.0', 'Initial agency submission', c.isso[0]], ['09/30/2025', '3.1', 'Updated per agency comments (AC-2, SC-7)', c.isso[0]], ['02/27/2026', '3.2', 'Annual update; boundary change for reconciliation workers', 'Ari Benning']]),
      ...approvals([[c.owner[0], c.owner[1], c.company], [c.isso[0], c.isso[1], c.company]]),
      ...toc(body.toc),
      { kind: 'break' },
      ...body.blocks,
    ],
  });
  return { file: 'NLC_SSP_v3.2_FINAL.docx', expected: 'SSP', note: 'Northwind Moderate SSP in the FedRAMP template shape (system info, categorization, control implementation statements); template metadata left over.', data };
}

async function sspPdf(): Promise<Eval35Doc> {
  const c = HELIX;
  const ids = ['AC-2', 'AC-17', 'AU-6', 'CM-6', 'IA-2', 'SC-7', 'SC-13', 'SI-4'];
  const data = await renderPdf({
    header: `Helix CaseFlow – SYSTEM SECURITY PLAN – FedRAMP High – v2.0 – CUI//SP-PRVCY`,
    footer: 'Helix Civic Software, LLC – Sensitive',
    meta: { creator: 'tarriaga', title: 'HCF_SSP_v2.0' },
    headings: 'bold',
    blocks: [
      table(['Document Control', ''], ['Document', 'System Security Plan (SSP)'], ['System', `${c.system} (${c.short})`], ['FIPS 199 Impact Level', 'High'], ['Package ID', c.fedrampId], ['Version / Date', '2.0 / January 9, 2026'], ['Owner', `${c.owner[0]}, ${c.owner[1]}`]),
      ...revisionHistory([['11/02/2025', '1.4', 'Pre-assessment draft provided to 3PAO', c.isso[0]], ['01/09/2026', '2.0', 'Updated after SAP kickoff; added GovCloud DR region', c.isso[0]]]),
      h('1. System Identification'),
      p(`${c.system} is a case management SaaS for federal benefits adjudication programs. This System Security Plan documents the security controls of the FedRAMP High baseline (NIST SP 800-53 Rev 5) as implemented for the authorization boundary described in Section 9, and is supported by the attachments listed in Section 15.`),
      h('2. Security Categorization'),
      table(['Information Type (SP 800-60)', 'C', 'I', 'A'], ['D.14.1 Income Security / Benefits Determination', 'High', 'High', 'Moderate'], ['C.2.8.9 Personal Identity and Authentication', 'Moderate', 'Moderate', 'Moderate'], ['Overall', 'High', 'High', 'Moderate']),
      h('9. General System Description'),
      p('The system is hosted in Microsoft Azure Government (FedRAMP High P-ATO) and consists of an Angular front end, .NET 8 microservices on AKS, Azure SQL Managed Instance, Azure Blob Storage for case documents, and a management subscription. Users are agency caseworkers, supervisors, tenant administrators and Helix operations staff.'),
      h('13. Minimum Security Controls'),
      ...ids.flatMap((id) => [h(`${id} – Control Implementation`, 2), table(['Implementation Status', 'Implemented'], ['Control Origination', 'Service Provider Hybrid (Corporate and System Specific)'], ['Responsible Role', 'ISSO; Platform Engineering']), p(`Part a: ${(CONTROL_TEXT[id] ?? '').replace('AWS Systems Manager Session Manager', 'Azure Bastion').replace('AWS', 'Azure')}`)]),
      h('15. Attachments'),
      p('Attachments 1 through 13 are delivered separately in the package; the POA&M and the continuous monitoring strategy are maintained outside this document.'),
    ],
  });
  return { file: 'doc-0412.pdf', expected: 'SSP', note: 'Helix High SSP exported to PDF, title given in a document-control table and header only, bold-paragraph headings, control implementation statements.', data };
}

function policyBody(csp: Csp, fam: string, name: string): Block[] {
  return [
    h(`${fam} – ${name} Policy`, 2),
    p(`Purpose. This policy establishes the ${name.toLowerCase()} requirements for ${csp.system} consistent with NIST SP 800-53 Rev 5 ${fam}-1 and the FedRAMP ${csp.level} baseline.`),
    p(`Scope. The policy applies to all ${csp.company} employees, contractors and systems within the ${csp.short} authorization boundary.`),
    p(`Roles and Responsibilities. The ISSO owns this policy; the System Owner approves it; Cloud Operations implements the associated procedures. Management commitment, coordination among organizational entities and compliance are enforced through the annual policy attestation.`),
    p(`Review. The policy is reviewed at least every three years and the procedures at least annually, and after significant changes or security incidents.`),
    h(`${fam} – ${name} Procedures`, 3),
    p(`Procedures implementing ${fam}-2 through the last ${fam} control of the baseline are maintained in Confluence space SEC-${fam} and summarized here: request, approval, implementation, verification, and evidence retention for three years.`),
  ];
}

async function policiesDocx(): Promise<Eval35Doc> {
  const c = TARRAGON;
  const data = await renderDocx({
    header: 'Tarragon Insight – Attachment 1',
    meta: { title: 'Information Security Policies and Procedures', creator: c.isso[0] },
    blocks: [
      ...cover(c, 'Information Security Policies and Procedures', '1.3', 'March 2, 2026'),
      ...revisionHistory([['03/01/2025', '1.0', 'Initial release', c.isso[0]], ['03/02/2026', '1.3', 'Annual review; SR family added for Rev 5', c.isso[0]]]),
      ...approvals([[c.owner[0], c.owner[1], c.company]], 'Policy Approval'),
      h('1. Introduction'),
      p('This document is Attachment 1 to the Tarragon Insight System Security Plan. It contains the policy and procedures for each NIST SP 800-53 Rev 5 control family (the "-1" controls) required by the FedRAMP Low (LI-SaaS) baseline.'),
      h('2. Policies and Procedures by Control Family'),
      ...FAMILIES.slice(0, 10).flatMap(([f, n]) => policyBody(c, f, n)),
    ],
  });
  return { file: 'upload (3).docx', expected: 'POLICIES_AND_PROCEDURES', note: 'SSP Attachment 1 for Tarragon: policy and procedures per NIST 800-53 control family.', data };
}

async function policiesPdf(): Promise<Eval35Doc> {
  const c = NORTHWIND;
  const data = await renderPdf({
    header: 'NLC-POL-AU  Audit and Accountability Policy and Procedures  Rev 4',
    meta: { title: 'Audit and Accountability Policy and Procedures', creator: 'Compliance Office' },
    blocks: [
      table(['Policy Number', 'NLC-POL-AU'], ['Effective Date', '01/15/2026'], ['Policy Owner', c.isso[0]], ['Approved By', c.owner[0]], ['Applicable Controls', 'AU-1 through AU-12 (FedRAMP Moderate)']),
      { kind: 'title', text: 'Audit and Accountability (AU) Policy and Procedures', size: 18 },
      ...policyBody(c, 'AU', 'Audit and Accountability'),
      h('AU-2 Event Logging Procedure', 2),
      p('Cloud Operations configures CloudTrail (all regions, management and data events), VPC Flow Logs, EKS audit logs and Aurora database activity streams. The ISSO coordinates the event list with the incident response team annually.'),
      h('AU-6 Audit Record Review, Analysis and Reporting Procedure', 2),
      p('The SOC reviews correlation alerts continuously; the ISSO reviews weekly summaries. Findings of inappropriate or unusual activity are reported to the Incident Response Team per the Incident Response Plan.'),
      h('AU-9 Protection of Audit Information Procedure', 2),
      p('Audit logs are stored in an S3 bucket with Object Lock (compliance mode) in a dedicated log-archive account; only the security team has read access.'),
      h('AU-11 Audit Record Retention Procedure', 2),
      p('Audit records are retained online for 90 days and archived for a minimum of one year, or longer as required by M-21-31 and agency agreements.'),
      h('Compliance and Exceptions'),
      p('Exceptions to this policy require a risk acceptance approved by the System Owner and recorded in the POA&M. Violations may result in disciplinary action up to and including termination.'),
    ],
  });
  return { file: 'NLC-POL-AU_rev4.pdf', expected: 'POLICIES_AND_PROCEDURES', note: 'Northwind control-family policy and procedures document (AU) — part of SSP Attachment 1.', data };
}

async function userGuideDocx(): Promise<Eval35Doc> {
  const c = TARRAGON;
  const data = await renderDocx({
    meta: { title: `${c.system} User Guide`, creator: 'Docs Team' },
    footer: 'Tarragon Insight User Guide – v5.1',
    blocks: [
      { kind: 'title', text: 'Tarragon Insight User Guide' },
      p('For Federal Customers – FedRAMP Environment (insight.tarragondata.io)'),
      ...revisionHistory([['10/04/2025', '5.0', 'Rewritten for the FedRAMP tenant', 'Docs Team'], ['02/11/2026', '5.1', 'Added SSO configuration steps', 'Docs Team']]),
      h('1. Introduction'),
      p('This guide explains how agency users and tenant administrators use Tarragon Insight securely. It describes how to sign in, manage users and roles, configure single sign-on, and use the security features that are the customer\'s responsibility.'),
      h('2. Signing In'),
      p('Open https://insight.tarragondata.io and select "Sign in with your agency". You are redirected to your agency identity provider (SAML 2.0). Users without federation use a Tarragon account with a FIDO2 security key or TOTP authenticator.'),
      h('3. Roles and Permissions'),
      table(['Role', 'Can do', 'Privileged'], ['Viewer', 'View dashboards and reports', 'No'], ['Analyst', 'Create datasets and dashboards', 'No'], ['Tenant Administrator', 'Manage users, roles, SSO, data retention', 'Yes']),
      h('4. Managing Users (Tenant Administrators)'),
      p('Go to Settings > Users > Invite user. Assign the least privileged role. Remove users within one business day of their departure; the Access Review report (Settings > Reports) lists inactive accounts over 60 days.'),
      h('5. Security Features and Customer Responsibilities'),
      ul('Session timeout is 15 minutes of inactivity and cannot be lengthened.', 'Audit log export: Settings > Audit > Export (CSV or JSON) covering logons, role changes and data exports.', 'Data export controls: tenant administrators can disable CSV export for Viewer roles.', 'Report suspected incidents to security@tarragondata.io or 1-800-555-0199.'),
      h('6. Troubleshooting'),
      p('If sign-in fails with "assertion expired", check the clock skew of your identity provider. For locked accounts, contact your tenant administrator.'),
    ],
  });
  return { file: 'Final_v7.docx', expected: 'USER_GUIDE', note: 'Tarragon user guide for federal customers (sign-in, roles, security features) — SSP Attachment 2.', data };
}

async function userGuideMd(): Promise<Eval35Doc> {
  const c = HELIX;
  const data = renderMarkdown({
    blocks: [
      { kind: 'title', text: `${c.system} Administrator and User Guide` },
      p('_Release 2026.1 – applies to the FedRAMP High environment (gov.helixcaseflow.com)_'),
      h('Getting started'),
      p('Caseworkers sign in with their agency PIV card through the agency IdP. Tenant administrators configure the IdP metadata under **Admin › Identity**. Helix staff never see agency credentials.'),
      h('Working with cases'),
      p('Create a case from **Cases › New**. Attach documents by dragging them to the Evidence pane; files are scanned for malware before they become visible. Use **Assign** to route a case to a supervisor.'),
      h('Administration'),
      table(['Task', 'Where', 'Who'], ['Add user', 'Admin › Users', 'Tenant admin'], ['Change role', 'Admin › Users › Roles', 'Tenant admin'], ['Download audit log', 'Admin › Audit', 'Tenant admin, auditor'], ['Set retention', 'Admin › Records', 'Records officer']),
      h('Security features'),
      ul('Idle sessions end after 15 minutes; absolute session length 12 hours.', 'Every export is watermarked with the user name and time.', 'Administrators can restrict access by agency IP ranges (Admin › Network).', 'Use the "Report a security concern" link in the footer to reach the Helix SOC.'),
      h('Getting help'),
      p('Open a ticket at support.helixcaseflow.com or call the 24x7 line. Never send case data in support e-mails.'),
    ],
  });
  return { file: 'hcf-admin-user-guide.md', expected: 'USER_GUIDE', note: 'Helix administrator and user guide in Markdown — the SSP user guide attachment.', data };
}

export async function sspFamilyDocs(): Promise<Eval35Doc[]> {
  return Promise.all([sspDocx(), sspPdf(), policiesDocx(), policiesPdf(), userGuideDocx(), userGuideMd()]);
}

export { cover };
