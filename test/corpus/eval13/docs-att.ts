/** eval13: SSP attachments (appendices C–P, PTA/PIA, SOD matrix), each in two formats. */
import type { Block, Entry } from './kit.js';
import { brk, buildDocx, buildPdf, buildXlsx, bullets, h1, p, table, toc } from './kit.js';
import { ABBR, AGENCY, AGENCY_SHORT, CSO, CSP, DEPT, PEOPLE, SYSTEM_DESC, approvals, cui, revisionHistory } from './persona.js';

type Sec = [string, string[], Block[]?];

function body(secs: Sec[], boldHeads = false): Block[] {
  const out: Block[] = [];
  secs.forEach(([head, paras, extra], i) => {
    out.push(h1(`${i + 1}. ${head}`, boldHeads));
    for (const x of paras) out.push(p(x));
    if (extra) out.push(...extra);
  });
  return out;
}

interface PlanSpec {
  appendix?: string;
  title: string;
  version: string;
  date: string;
  secs: Sec[];
  meta?: string | null;
  header?: string;
  creator?: string;
  boldHeads?: boolean;
}

function front(s: PlanSpec): Block[] {
  return [
    p(CSP, { bold: true }),
    ...(s.appendix ? [p(s.appendix, { size: 14, center: true })] : []),
    p(s.title, { bold: true, size: 22, center: true }),
    p(`${CSO} (${ABBR})`, { size: 14, center: true }),
    p(`Version ${s.version} | ${s.date}`, { center: true }),
    cui(),
  ];
}

function planDocx(s: PlanSpec): () => Promise<Buffer> {
  return () =>
    buildDocx({
      title: s.meta === undefined ? s.title : s.meta,
      creator: s.creator ?? 'Halcyon Compliance',
      header: s.header ?? `${CSO} | ${s.title}`,
      footer: `${CSP} | Version ${s.version}`,
      sections: [
        front(s),
        [
          ...revisionHistory([
            ['2024-06-11', '0.1', 'Initial draft', 'Halcyon Compliance'],
            ['2024-12-02', '0.9', 'Updated for FedRAMP Rev 5 and HOA comments', 'M. Lindqvist'],
            [s.date, s.version, 'Approved for submission with the SSP package', 'P. Raman'],
          ]),
          ...approvals(s.title, [PEOPLE.owner, PEOPLE.ciso]),
          toc,
        ],
        body(s.secs, s.boldHeads),
      ],
    });
}

function planPdf(s: PlanSpec, bookmarks = true): () => Promise<Buffer> {
  return () =>
    buildPdf({
      title: s.meta === undefined ? s.title : (s.meta ?? undefined),
      author: s.creator ?? 'Halcyon Compliance',
      header: s.header ?? `${CSO} — ${s.title}`,
      bookmarks,
      blocks: [
        ...front(s),
        brk,
        toc,
        brk,
        ...revisionHistory([
          ['2024-12-02', '0.9', 'Draft', 'M. Lindqvist'],
          [s.date, s.version, 'Final', 'P. Raman'],
        ]),
        ...body(s.secs, s.boldHeads),
      ],
    });
}

function md(title: string, intro: string[], secs: Sec[], frontMatter = ''): () => Promise<string> {
  return async () => {
    let out = frontMatter;
    out += `# ${title}\n\n`;
    for (const x of intro) out += `${x}\n\n`;
    secs.forEach(([h, paras, extra], i) => {
      out += `## ${i + 1}. ${h}\n\n`;
      for (const x of paras) out += `${x}\n\n`;
      for (const b of extra ?? []) {
        if (b.kind === 'table') {
          const [head, ...rest] = b.rows;
          out += `| ${head!.join(' | ')} |\n|${head!.map(() => '---').join('|')}|\n`;
          for (const r of rest) out += `| ${r.join(' | ')} |\n`;
          out += '\n';
        } else if (b.kind === 'bullets') out += b.items.map((x) => `- ${x}`).join('\n') + '\n\n';
        else if (b.kind === 'p') out += `${b.text}\n\n`;
      }
    });
    return out;
  };
}

// ------------------------------------------------------------ content

const POLICY_SECS = (fam: string, code: string): Sec[] => [
  ['Purpose', [`This document establishes the ${fam} (${code}) policy for ${CSO} and the procedures that implement it. It satisfies the ${code}-1 control requirement of the FedRAMP Moderate baseline and the corresponding requirements of NIST SP 800-53 Rev 5.`]],
  ['Scope', ['This policy applies to all Halcyon employees, contractors and service accounts that operate, administer or support the CareBridge production environment within the FedRAMP authorization boundary, and to all information system components listed in the Integrated Inventory Workbook.']],
  ['Roles and Responsibilities', ['The CISO owns this policy and approves changes. The ISSO maintains the procedures, monitors compliance and reports exceptions. System owners implement the procedures for their components. All personnel acknowledge the policy annually.'], [table([['Role', 'Responsibility'], ['CISO', 'Policy owner; approves exceptions'], ['ISSO', 'Procedure maintenance; quarterly compliance review'], ['Platform Engineering Manager', 'Implements technical controls'], ['All personnel', 'Comply and report violations']])]],
  ['Management Commitment and Coordination', ['Halcyon executive leadership commits the resources required to implement this policy. Coordination among organizational entities is achieved through the monthly Security Steering Committee.']],
  ['Compliance', ['Compliance is verified through continuous monitoring, the annual assessment by the 3PAO, and internal spot checks. Violations may result in disciplinary action up to and including termination of employment or contract.']],
  ['Policy Statements', code === 'AC'
    ? ['AC-2: Accounts are requested, approved, provisioned and reviewed as described in Procedure AC-P-01. AC-3: Access is enforced through role-based access control in the application and IAM policies in AWS. AC-6: Least privilege is applied to all privileged roles; privileged functions are logged. AC-7: Accounts lock after three consecutive invalid logon attempts within 15 minutes. AC-11/AC-12: Sessions lock after 15 minutes of inactivity and terminate after 12 hours.']
    : ['IA-2: All users are uniquely identified and authenticated; privileged users use phishing-resistant MFA. IA-5: Authenticators are managed per Procedure IA-P-03; passwords meet SP 800-63B requirements and are checked against breached-password lists. IA-8: Non-organizational users authenticate through the agency identity provider.']],
  ['Procedures', [`Procedure ${code}-P-01 describes the step-by-step process. Step 1: the requester submits a ServiceNow ticket. Step 2: the manager and the ISSO approve. Step 3: Platform Engineering provisions through Terraform. Step 4: the ISSO reviews the provisioning log weekly. Step 5: evidence is retained for three years.`]],
  ['Review and Update', ['This policy is reviewed at least every three years and the procedures at least annually, and following significant changes or incidents.']],
];

const UG_SECS: Sec[] = [
  ['Introduction', [`This User Guide describes how agency administrators and end users access and securely use ${CSO}. It supplements the online help and is provided as Appendix D of the System Security Plan.`]],
  ['Signing In', ['Open https://hoa.carebridge.example.gov and choose "Sign in with HOA PIV". The agency identity provider authenticates you and returns you to CareBridge. If you see "Access not provisioned", contact your tenant administrator.']],
  ['Managing Users and Roles', ['Tenant administrators open Settings > Users to invite users, assign the Care Navigator, Supervisor or Report Viewer role, and deactivate users. Changes take effect at the next sign-in. Review your tenant\'s users at least quarterly and export the list with Settings > Users > Export.'], [table([['Role', 'Can do'], ['Care Navigator', 'Create and edit participant records, schedule outreach'], ['Supervisor', 'All navigator actions, approve referrals, reassign caseloads'], ['Report Viewer', 'Read-only dashboards, no participant detail'], ['Tenant Administrator', 'User management, audit log export, tenant settings']])]],
  ['Security Settings You Control', ['Set the session timeout (5–15 minutes), the allowed IP ranges for your tenant, and whether CSV exports are permitted. Halcyon recommends disabling exports for users without a business need.']],
  ['Audit Log Export', ['Administrators can export the tenant audit log from Settings > Audit for any 90-day window. Logs include sign-ins, record views, record changes, exports and role changes.']],
  ['Getting Help', ['Contact Halcyon Support at support@halcyonhealth.example or 1-800-555-0199. Report suspected security incidents immediately to security@halcyonhealth.example and to your agency SOC.']],
];

const DIW_SECS: Sec[] = [
  ['Introduction and Purpose', [`This Digital Identity Worksheet documents the digital identity level selection for ${CSO} in accordance with NIST SP 800-63-3, Digital Identity Guidelines, and OMB M-19-17. The results determine the identity assurance level (IAL), authenticator assurance level (AAL) and federation assurance level (FAL).`]],
  ['Information System Name/Title', [`${CSO} (${ABBR}), FedRAMP Moderate.`]],
  ['Digital Identity Level Definitions', ['IAL refers to the identity proofing process. AAL refers to the authentication process. FAL refers to the strength of an assertion in a federated environment.'], [table([['Level', 'Description'], ['IAL2', 'Evidence supports the real-world existence of the claimed identity; remote or in-person proofing'], ['AAL2', 'High confidence that the claimant controls authenticators bound to the subscriber account; two distinct factors'], ['FAL2', 'Assertion is signed and encrypted so only the relying party can decrypt it']])]],
  ['Review Maximum Potential Impact Levels', ['The impact of authentication errors was assessed for each category.'], [table([['Category', 'Potential Impact'], ['Inconvenience, distress or damage to standing or reputation', 'Moderate'], ['Financial loss or agency liability', 'Low'], ['Harm to agency programs or public interests', 'Moderate'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Moderate']])]],
  ['Digital Identity Level Selection', ['Based on the impact assessment above, the selected levels are IAL2, AAL2 and FAL2. The Moderate impact on unauthorized release of sensitive health information drives the AAL2 selection; privileged users exceed this level with phishing-resistant authenticators.'], [table([['Digital Identity Level', 'Selection'], ['Identity Assurance Level (IAL)', 'IAL2'], ['Authenticator Assurance Level (AAL)', 'AAL2'], ['Federation Assurance Level (FAL)', 'FAL2']])]],
];

const PTA_SECS: Sec[] = [
  ['Overview', [`This Privacy Threshold Analysis (PTA) determines whether ${CSO} collects, maintains or disseminates personally identifiable information (PII) and whether a Privacy Impact Assessment (PIA) is required under Section 208 of the E-Government Act of 2002 and HHS policy.`]],
  ['Threshold Questions', [], [table([['#', 'Question', 'Response'], ['1', 'Does the system collect, maintain, use or disseminate PII?', 'Yes'], ['2', 'Does the PII include information about members of the public?', 'Yes — program participants'], ['3', 'Does the system process protected health information (PHI)?', 'Yes'], ['4', 'Is the information retrieved by a personal identifier?', 'Yes — participant ID and name'], ['5', 'Is a System of Records Notice (SORN) required?', 'Yes — covered by SORN 09-90-2207'], ['6', 'Does the system collect Social Security numbers?', 'Last four digits only, for matching'], ['7', 'Is the PII shared outside the agency?', 'With contracted community health partners under DUAs']])]],
  ['PII Elements', ['Name, date of birth, home address, telephone number, e-mail address, last four digits of SSN, Medicaid identifier, diagnosis codes, care plan notes, and emergency contact information.']],
  ['Determination', ['Because the system collects PII and PHI about members of the public, a full Privacy Impact Assessment is required. The PIA was completed on February 20, 2025 and is submitted with the SSP package.']],
  ['Signatures', [`Prepared by: ${PEOPLE.isso}. Reviewed by: ${PEOPLE.privacy}.`]],
];

const PIA_SECS: Sec[] = [
  ['System Information', [`Privacy Impact Assessment for ${CSO}, operated by ${CSP} on behalf of the ${AGENCY} (${AGENCY_SHORT}), ${DEPT}. PIA date: February 20, 2025. SORN: 09-90-2207, Community Health Program Records.`]],
  ['Purpose of the Collection', ['HOA uses CareBridge to coordinate care for participants of community health programs. PII is collected to determine eligibility, coordinate referrals and measure program outcomes.']],
  ['Legal Authority', ['Public Health Service Act, 42 U.S.C. 241; Section 1115 of the Social Security Act; HIPAA Privacy Rule, 45 CFR Parts 160 and 164.']],
  ['Information Collected and Sources', ['Participants provide their information directly during enrollment or through referring providers. Data elements include identifiers, contact details, health conditions and social needs screening results.']],
  ['Uses and Sharing', ['Information is shared with contracted community health partners through the referral module, and aggregated de-identified data is shared with HOA program evaluators. No information is sold or used for marketing.']],
  ['Notice, Consent and Redress', ['Participants receive a Privacy Act statement at enrollment. They may request access to or amendment of their records through the HOA Privacy Office.']],
  ['Safeguards and Retention', ['Data is encrypted in transit and at rest with FIPS-validated modules. Access is role-based and logged. Records are retained for seven years per the HOA records schedule and then destroyed in accordance with NIST SP 800-88.']],
  ['Privacy Risks and Mitigations', ['Risk: over-collection of sensitive social needs data. Mitigation: screening questions limited to the validated instrument. Risk: partner misuse. Mitigation: data use agreements and quarterly access reviews.']],
];

const ROB_TEXT = [
  'These Rules of Behavior apply to all users of Halcyon CareBridge with privileged access, including Halcyon site reliability engineers, database administrators and support personnel, and must be read and signed before access is granted and annually thereafter.',
];
const ROB_SECS: Sec[] = [
  ['Purpose', ROB_TEXT],
  ['Rules', [], [bullets([
    'I will use my privileged account only for authorized administrative tasks and my non-privileged account for e-mail and web browsing.',
    'I will not share my PIV card, security key or credentials, and I will not use another person\'s account.',
    'I will access production only through Session Manager from a Halcyon-managed device.',
    'I will not copy federal data, including PHI, to unapproved locations, removable media or personal devices.',
    'I will lock my screen when I leave my workstation and report lost devices immediately.',
    'I will report suspected security incidents to the SOC within one hour of discovery.',
    'I understand that my activity is monitored and logged and that I have no expectation of privacy on CareBridge systems.',
    'I understand that violations may lead to loss of access, disciplinary action and civil or criminal penalties.',
  ])]],
  ['Acknowledgment', ['I have read and understand these Rules of Behavior and agree to comply with them.'], [table([['User Name', 'Signature', 'Date'], ['', '', '']])]],
];

const ISCP_SECS: Sec[] = [
  ['Introduction', [`This Information System Contingency Plan (ISCP) establishes procedures to recover ${CSO} following a disruption. It is Appendix G of the SSP and follows NIST SP 800-34 Rev 1.`]],
  ['Concept of Operations', [SYSTEM_DESC, 'The system is deployed across three availability zones in AWS GovCloud (US-West) with warm standby in GovCloud (US-East).']],
  ['Business Impact Analysis Summary', ['The BIA identified the participant record service and the referral service as mission-essential.'], [table([['Business Process', 'MTD', 'RTO', 'RPO'], ['Participant enrollment', '24 hours', '8 hours', '1 hour'], ['Referral exchange', '48 hours', '12 hours', '1 hour'], ['Reporting', '72 hours', '48 hours', '24 hours']])]],
  ['Roles and Responsibilities', ['The Contingency Plan Coordinator (VP Platform Engineering) activates the plan. The Recovery Team restores infrastructure; the Application Team validates functionality; the Communications Lead notifies HOA within one hour of activation.']],
  ['Activation and Notification Phase', ['The plan is activated when an outage is expected to exceed four hours or when a region is impaired. The coordinator notifies the HOA ISSO, the Halcyon CISO and the call tree in Appendix A of this plan.']],
  ['Recovery Phase', ['Recovery steps: promote the Aurora global database secondary in US-East; scale the standby EKS cluster; switch Route 53 failover records; validate with the smoke test suite; confirm with HOA.']],
  ['Reconstitution Phase', ['After the primary region is restored, data is re-replicated, failback is scheduled in a maintenance window, and the plan is closed with a lessons-learned review.']],
  ['Plan Testing and Maintenance', ['The ISCP is tested annually with a functional exercise and reviewed after every activation.']],
];

const CMP_SECS: Sec[] = [
  ['Introduction and Purpose', [`This Configuration Management Plan (CMP) describes how ${CSP} establishes and maintains the integrity of ${CSO} configuration items throughout the system life cycle, in accordance with NIST SP 800-128 and the CM family of the FedRAMP Moderate baseline.`]],
  ['Roles and the Configuration Control Board', ['The Configuration Control Board (CCB) is chaired by the Release and Configuration Manager and includes the ISSO, the Platform Engineering Manager and the Product Owner. The CCB meets weekly and approves normal changes; emergency changes are approved by two CCB members and reviewed at the next meeting.']],
  ['Configuration Items and Baselines', ['Configuration items include container images, Terraform modules, Helm charts, Aurora parameter groups, IAM policies and WAF rules. Baselines are stored in Git and tagged per release; hardening follows CIS benchmarks.'], [table([['CI Type', 'Baseline Source', 'Owner'], ['Container images', 'CIS AL2023 L1, Bottlerocket', 'Platform'], ['Terraform', 'hcb-infra repo, signed tags', 'Platform'], ['Database', 'Aurora parameter group hcb-pg15-prod', 'DBA'], ['Network', 'Security group modules', 'Network']])]],
  ['Change Control Process', ['Every change is raised as a change request, assessed for security impact by the ISSO, approved by the CCB, tested in staging, deployed by the pipeline, and verified. Changes that may be significant under FedRAMP\'s significant change policy are escalated to HOA before implementation.']],
  ['Configuration Monitoring', ['AWS Config rules and nightly drift detection compare deployed resources to the baseline. Unauthorized changes generate alerts to the SOC.']],
  ['Plan Maintenance', ['The CMP is reviewed annually and after significant changes.']],
];

const IRP_SECS: Sec[] = [
  ['Introduction', [`This Incident Response Plan (IRP) defines how ${CSP} prepares for, detects, analyzes, contains, eradicates and recovers from security incidents affecting ${CSO}, per NIST SP 800-61 and the FedRAMP Incident Communications Procedures.`]],
  ['Incident Response Team', ['The Incident Response Team (IRT) is led by the Security Operations Manager and includes the ISSO, on-call SREs, Legal and Communications. The CISO is the executive incident commander for Severity 1 events.']],
  ['Incident Categories and Severity', [], [table([['Severity', 'Definition', 'Response time'], ['Sev 1', 'Confirmed compromise or PHI exposure', '15 minutes'], ['Sev 2', 'Suspected compromise, malware on a production host', '1 hour'], ['Sev 3', 'Policy violation, failed attacks', '1 business day']])]],
  ['Reporting Requirements', ['Incidents are reported to HOA\'s SOC and to CISA (US-CERT) within one hour of identification, and to the FedRAMP PMO as required. Breaches of PHI are handled under the HIPAA Breach Notification Rule in coordination with HOA.']],
  ['Detection and Analysis', ['Alerts from Splunk Cloud, GuardDuty and Falco are triaged by the SOC. Analysts use the playbooks in the IR runbook repository.']],
  ['Containment, Eradication and Recovery', ['Containment options include isolating pods, revoking credentials, and blocking IPs in WAF. Evidence is preserved with EBS snapshots and log exports before eradication.']],
  ['Post-Incident Activity', ['A lessons-learned review is held within ten business days; corrective actions are tracked on the POA&M.']],
  ['Plan Testing', ['The IRP is tested annually through a tabletop exercise.']],
];

const SCRM_SECS: Sec[] = [
  ['Purpose and Scope', [`This Supply Chain Risk Management Plan (SCRMP) describes how ${CSP} identifies, assesses and mitigates supply chain risks to ${CSO}, consistent with NIST SP 800-161 Rev 1 and the SR control family of the FedRAMP Rev 5 Moderate baseline.`]],
  ['SCRM Roles', ['The SCRM lead is the CISO; procurement and engineering representatives form the SCRM working group, which meets monthly.']],
  ['Supplier Identification and Criticality', ['Suppliers are categorized as critical (hosting, identity, logging), important (developer tooling, open-source dependencies) or standard.'], [table([['Supplier', 'Criticality', 'Assurance'], ['AWS GovCloud', 'Critical', 'FedRAMP High P-ATO'], ['Okta for Government', 'Critical', 'FedRAMP Moderate'], ['Splunk Cloud', 'Critical', 'FedRAMP Moderate'], ['Open-source libraries', 'Important', 'SBOM, SCA scanning']])]],
  ['Risk Assessment and Mitigation', ['Risks are assessed at onboarding and annually. Software components are verified with signed artifacts (Sigstore), an SBOM is generated for each release, and dependencies with known exploited vulnerabilities are blocked at build time.']],
  ['Component Authenticity and Provenance', ['Container images are signed and verified by an admission controller. Counterfeit or tampered components are reported to the SCRM lead and to HOA.']],
  ['Monitoring and Review', ['Supplier assurance documents are tracked; the SCRMP is reviewed annually.']],
];

const FIPS_SECS: Sec[] = [
  ['Introduction and Purpose', [`This document records the FIPS 199 security categorization of ${CSO} using NIST SP 800-60 Volume II information types.`]],
  ['Information Types and Impact Levels', [], [table([['Information Type', 'NIST SP 800-60 ID', 'Confidentiality', 'Integrity', 'Availability'], ['Access to Care', 'D.14.1', 'Moderate', 'Moderate', 'Low'], ['Population Health Management and Consumer Safety', 'D.14.2', 'Low', 'Moderate', 'Low'], ['Health Care Delivery Services', 'D.14.4', 'Moderate', 'Moderate', 'Moderate'], ['Personal Identity and Authentication', 'C.2.8.9', 'Moderate', 'Moderate', 'Moderate']])]],
  ['Security Objectives Categorization', ['Applying the high-water mark, the system is categorized: Confidentiality Moderate, Integrity Moderate, Availability Moderate. SC ' + ABBR + ' = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}. Overall FIPS 199 impact level: MODERATE.']],
  ['Approval', [`Categorization reviewed by ${PEOPLE.agencyIsso} and approved by the System Owner.`]],
];

const SOD_ROLES = ['ISSO', 'SRE', 'DBA', 'Release Manager', 'Developer', 'Support Analyst', 'Tenant Administrator (agency)'];
const SOD_FUNCS = ['Approve production changes', 'Deploy to production', 'Modify IAM policies', 'Review audit logs', 'Administer database', 'Write application code', 'Manage agency user accounts', 'Approve access requests'];
const SOD_GRID: string[][] = [
  ['X', '', '', '', '', '', '', 'X'],
  ['', 'X', 'X', '', '', '', '', ''],
  ['', '', '', '', 'X', '', '', ''],
  ['X', 'X', '', '', '', '', '', ''],
  ['', '', '', '', '', 'X', '', ''],
  ['', '', '', 'X', '', '', '', ''],
  ['', '', '', '', '', '', 'X', 'X'],
];

const LAWS: string[][] = [
  ['Reference', 'Title', 'Date', 'Link'],
  ['44 U.S.C. 3551 et seq.', 'Federal Information Security Modernization Act of 2014 (FISMA)', '2014-12-18', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
  ['Pub. L. 104-191', 'Health Insurance Portability and Accountability Act of 1996 (HIPAA)', '1996-08-21', 'https://www.hhs.gov/hipaa'],
  ['Pub. L. 111-5, Title XIII', 'Health Information Technology for Economic and Clinical Health (HITECH) Act', '2009-02-17', 'https://www.hhs.gov/hipaa/for-professionals/special-topics/hitech-act-enforcement-interim-final-rule'],
  ['45 CFR Parts 160, 164', 'HIPAA Privacy, Security and Breach Notification Rules', '2013-01-25', 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C'],
  ['42 CFR Part 2', 'Confidentiality of Substance Use Disorder Patient Records', '2024-02-16', 'https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2'],
  ['5 U.S.C. 552a', 'Privacy Act of 1974', '1974-12-31', 'https://www.justice.gov/opcl/privacy-act-1974'],
  ['Pub. L. 107-347', 'E-Government Act of 2002, Section 208', '2002-12-17', 'https://www.congress.gov/bill/107th-congress/house-bill/2458'],
  ['OMB Circular A-130', 'Managing Information as a Strategic Resource', '2016-07-28', 'https://www.whitehouse.gov/omb'],
  ['OMB M-17-12', 'Preparing for and Responding to a Breach of PII', '2017-01-03', 'https://www.whitehouse.gov/omb'],
  ['HHS IS2P', 'HHS Policy for Information Security and Privacy Protection', '2022-07-01', 'https://www.hhs.gov/ocio/policy'],
];

export const attEntries: Entry[] = [
  { file: 'HCB-AppC-AC-Policy-and-Procedures.docx', expected: 'POLICIES_AND_PROCEDURES', note: 'Appendix C Access Control policy and procedures (AC-1) with roles, compliance and procedure steps.', build: planDocx({ appendix: 'Appendix C — Information Security Policies and Procedures', title: 'Access Control (AC) Policy and Procedures', version: '2.1', date: '2025-02-28', secs: POLICY_SECS('Access Control', 'AC') }) },
  { file: 'IA-Policy-Procedure-v2.3.pdf', expected: 'POLICIES_AND_PROCEDURES', note: 'Identification and Authentication policy and procedures (IA-1) exported to PDF, part of Appendix C.', build: planPdf({ title: 'Identification and Authentication (IA) Policy and Procedures', version: '2.3', date: '2025-02-28', secs: POLICY_SECS('Identification and Authentication', 'IA'), meta: 'Policy template - DO NOT EDIT' }, false) },
  { file: 'HCB_AppendixD_UserGuide.docx', expected: 'USER_GUIDE', note: 'Appendix D User Guide for agency administrators and users.', build: planDocx({ appendix: 'Appendix D', title: 'CareBridge User Guide', version: '1.0', date: '2025-03-03', secs: UG_SECS, boldHeads: true }) },
  { file: 'carebridge-admin-guide.md', expected: 'USER_GUIDE', note: 'The same user guide kept as markdown in the docs repository.', build: md(`${CSO} User Guide for Agency Users`, ['Appendix D to the System Security Plan. Audience: HOA tenant administrators and care navigators.'], UG_SECS, '---\nversion: 1.0\nowner: Product Documentation\nlast_reviewed: 2025-03-03\n---\n\n') },
  { file: 'HCB Digital Identity Worksheet.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Appendix E Digital Identity Worksheet selecting IAL2/AAL2/FAL2.', build: planDocx({ appendix: 'Appendix E', title: 'Digital Identity Worksheet', version: '1.0', date: '2025-01-30', secs: DIW_SECS }) },
  { file: 'doc-0233.pdf', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'Digital Identity Worksheet exported to PDF without title metadata.', build: planPdf({ title: 'Digital Identity Worksheet', version: '1.0', date: '2025-01-30', secs: DIW_SECS, meta: null }) },
  { file: 'HCB_PTA_2025.docx', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Threshold Analysis with threshold questions concluding a PIA is required.', build: planDocx({ title: 'Privacy Threshold Analysis (PTA)', version: '1.0', date: '2025-01-15', secs: PTA_SECS, header: `${AGENCY_SHORT} Privacy Program — ${CSO}` }) },
  { file: 'Final_v7.pdf', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Impact Assessment for the CSO (PDF, neutral name).', build: planPdf({ title: 'Privacy Impact Assessment (PIA)', version: '1.0', date: '2025-02-20', secs: PIA_SECS }) },
  { file: 'HCB Rules of Behavior - Privileged Users.docx', expected: 'RULES_OF_BEHAVIOR', note: 'Appendix F Rules of Behavior for privileged users with acknowledgment block.', build: planDocx({ appendix: 'Appendix F', title: 'Rules of Behavior (Privileged Users)', version: '1.2', date: '2025-02-10', secs: ROB_SECS }) },
  {
    file: 'rob_nonpriv.txt',
    expected: 'RULES_OF_BEHAVIOR',
    note: 'Plain-text Rules of Behavior for non-privileged users (as pasted into the onboarding portal).',
    build: async () =>
      [
        'HALCYON CAREBRIDGE - RULES OF BEHAVIOR FOR NON-PRIVILEGED USERS',
        'Version 1.2 - effective February 10, 2025',
        '',
        'These Rules of Behavior apply to every agency and Halcyon user of CareBridge who does not hold administrative privileges.',
        'Read them carefully and acknowledge them before your first sign-in and every year after.',
        '',
        '1. Use CareBridge only for official HOA program business.',
        '2. Do not share your account or let anyone else use your session.',
        '3. Access participant records only when you need them to do your job.',
        '4. Do not download, print or e-mail protected health information unless your supervisor has approved it.',
        '5. Lock your screen when you step away; CareBridge will also lock after 15 minutes.',
        '6. Report lost devices, suspicious e-mails or suspected misuse to the HOA Service Desk right away.',
        '7. Your use of CareBridge is monitored and recorded.',
        '',
        'Consequences: violations may result in loss of access and disciplinary, civil or criminal action.',
        '',
        'ACKNOWLEDGMENT: I have read and agree to comply with the CareBridge Rules of Behavior.',
        'Name: ____________________   Signature: ____________________   Date: __________',
        '',
      ].join('\n'),
  },
  { file: 'HCB_AppG_ISCP_v1.0.docx', expected: 'CONTINGENCY_PLAN', note: 'Appendix G Information System Contingency Plan with BIA, activation, recovery and reconstitution.', build: planDocx({ appendix: 'Appendix G', title: 'Information System Contingency Plan (ISCP)', version: '1.0', date: '2025-02-14', secs: ISCP_SECS }) },
  { file: 'upload (1).pdf', expected: 'CONTINGENCY_PLAN', note: 'The ISCP exported to PDF with bookmarks; neutral file name.', build: planPdf({ title: 'Information System Contingency Plan', version: '1.0', date: '2025-02-14', secs: ISCP_SECS, meta: 'upload (1)' }) },
  { file: 'HCB_AppH_CMP.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Appendix H Configuration Management Plan (CCB, baselines, change control).', build: planDocx({ appendix: 'Appendix H', title: 'Configuration Management Plan', version: '1.1', date: '2025-02-21', secs: CMP_SECS, boldHeads: true }) },
  { file: 'CONFIG-MGMT-PLAN.md', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'The Configuration Management Plan maintained as markdown.', build: md(`${CSO} Configuration Management Plan`, ['Appendix H of the SSP. Owner: Release and Configuration Manager. Version 1.1, 2025-02-21.'], CMP_SECS) },
  { file: 'HCB_AppI_IRP_v1.0.docx', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Appendix I Incident Response Plan with severity table and US-CERT reporting.', build: planDocx({ appendix: 'Appendix I', title: 'Incident Response Plan', version: '1.0', date: '2025-02-14', secs: IRP_SECS }) },
  { file: 'Tabletop_AAR_Q1.pdf', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Misleading name: the content is the Incident Response Plan, not an after-action report.', build: planPdf({ title: 'Incident Response Plan', version: '1.0', date: '2025-02-14', secs: IRP_SECS }) },
  { file: 'HCB_AppK_FIPS199.docx', expected: 'FIPS_199', note: 'Appendix K FIPS 199 Categorization with SP 800-60 health information types.', build: planDocx({ appendix: 'Appendix K', title: 'FIPS 199 Categorization', version: '1.0', date: '2025-01-10', secs: FIPS_SECS }) },
  { file: 'scan0091.pdf', expected: 'FIPS_199', note: 'FIPS 199 categorization exported to PDF, generic scanner-like file name.', build: planPdf({ title: 'FIPS PUB 199 Security Categorization', version: '1.0', date: '2025-01-10', secs: FIPS_SECS, meta: null }, false) },
  {
    file: 'HCB SOD Matrix.xlsx',
    expected: 'SEPARATION_OF_DUTIES_MATRIX',
    note: 'Separation of Duties Matrix (roles × functions) workbook.',
    build: () =>
      buildXlsx({
        title: 'Separation of Duties Matrix',
        creator: 'Marcus Lindqvist',
        sheets: [
          {
            name: 'SoD Matrix',
            rows: [[`${CSO} — Separation of Duties Matrix`], ['Prepared by Halcyon Security & Compliance, 2025-02-18. X = role performs the function; no role may both approve and deploy a change.'], [], ['Role / Function', ...SOD_FUNCS], ...SOD_ROLES.map((r, i) => [r, ...SOD_GRID[i]!])],
            boldRows: [1, 4],
            widths: [30, ...SOD_FUNCS.map(() => 18)],
          },
          { name: 'Conflicts', rows: [['Conflicting functions', 'Rationale', 'Mitigation'], ['Approve production changes / Deploy to production', 'Prevents unauthorized change', 'Pipeline enforces two-person rule'], ['Modify IAM policies / Review audit logs', 'Prevents concealment', 'Logs reviewed by ISSO only'], ['Write application code / Deploy to production', 'Prevents unreviewed code', 'Branch protection and CCB approval']], boldRows: [1] },
        ],
      }),
  },
  {
    file: 'AppX-SoD.docx',
    expected: 'SEPARATION_OF_DUTIES_MATRIX',
    note: 'Separation of duties matrix delivered as a Word table.',
    build: () =>
      buildDocx({
        title: null,
        creator: 'mlindqvist',
        sections: [[p(`${CSO}`, { bold: true, size: 16 }), p('Separation of Duties Matrix', { bold: true, size: 20 }), p('This matrix documents how duties are divided among CareBridge roles to satisfy AC-5. Incompatible functions are assigned to different roles and enforced technically where possible.'), table([['Role', ...SOD_FUNCS], ...SOD_ROLES.map((r, i) => [r, ...SOD_GRID[i]!])]), p('Review: quarterly by the ISSO; exceptions require CISO approval and are recorded on the POA&M.')]],
      }),
  },
  {
    file: 'HCB_AppL_Laws_and_Regulations.xlsx',
    expected: 'LAWS_AND_REGULATIONS',
    note: 'Appendix L CSO-specific required laws and regulations workbook.',
    build: () => buildXlsx({ title: 'Appendix L - Laws and Regulations', creator: 'Halcyon Compliance', sheets: [{ name: 'Laws and Regulations', rows: [['Appendix L — CSO-Specific Required Laws and Regulations'], [`${CSO} (${ABBR})`], [], ...LAWS], boldRows: [1, 4], widths: [26, 60, 14, 60] }, { name: 'Standards and Guidance', rows: [['Reference', 'Title', 'Date'], ['NIST SP 800-53 Rev 5', 'Security and Privacy Controls', '2020-09'], ['NIST SP 800-66 Rev 2', 'Implementing the HIPAA Security Rule', '2024-02'], ['NIST SP 800-63-3', 'Digital Identity Guidelines', '2017-06']], boldRows: [1] }] }),
  },
  { file: 'laws-regs-hcb.pdf', expected: 'LAWS_AND_REGULATIONS', note: 'Laws and regulations attachment as a PDF table.', build: () => buildPdf({ title: 'CSO-Specific Required Laws and Regulations', header: `${CSO} — Appendix L`, blocks: [p('Appendix L', { size: 13 }), p('CSO-Specific Required Laws and Regulations', { bold: true, size: 18 }), p(`The following laws, regulations and agency policies apply to ${CSO} in addition to those listed in the FedRAMP Moderate baseline, because the system processes protected health information for ${AGENCY}.`), table(LAWS)] }) },
  { file: 'HCB_AppP_SCRMP.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Appendix P Supply Chain Risk Management Plan.', build: planDocx({ appendix: 'Appendix P', title: 'Supply Chain Risk Management Plan', version: '1.0', date: '2025-02-25', secs: SCRM_SECS }) },
  { file: 'scrm-plan.md', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'The SCRM plan kept as markdown.', build: md('Supply Chain Risk Management Plan (SCRMP)', [`${CSO} — Appendix P. Approved by ${PEOPLE.ciso} on 2025-02-25.`], SCRM_SECS) },
];
