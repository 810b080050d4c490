import type { Block, EvalDoc } from '../kit/model.js';
import { B, BR, day, H, P, T, TBL, UL } from '../kit/model.js';
import { toDocx } from '../kit/docx.js';
import { toMarkdown } from '../kit/text.js';
import { approvalBlock, proprietary, revisionTable, toc, W } from './world.js';

interface Ctl {
  id: string;
  name: string;
  role: string;
  origin: string;
  parts: [string, string][];
}

const CONTROLS: Ctl[] = [
  {
    id: 'AC-2',
    name: 'Account Management',
    role: 'Head of Security & Compliance; DevOps Lead',
    origin: 'Service Provider System Specific',
    parts: [
      ['a', `${W.abbr} defines two account types for the production boundary: privileged operator accounts (AWS IAM Identity Center permission sets and bastion-less SSM sessions) and customer (agency) application accounts. Service accounts are limited to IAM roles assumed by workloads; no long-lived access keys are issued.`],
      ['b', `Account managers are assigned per account type. The DevOps Lead manages operator accounts; the agency's designated Customer Administrator manages application accounts through the ${W.cso} administration console (see the ${W.abbr} User Guide, section 4).`],
      ['c', 'Operator accounts require an approved Jira access ticket with the requester, role, justification and approver. Group membership in Okta for Government determines the AWS permission set the operator receives.'],
      ['d', 'Access to production is authorized by the Head of Security & Compliance and the CTO. Approvals are retained in the access ticket for at least one year.'],
      ['e', 'Accounts are created, enabled, modified, disabled and removed through Okta workflows; Terraform manages the IAM Identity Center assignments so that every change is peer-reviewed in a pull request.'],
      ['f', 'Okta system logs and AWS CloudTrail record every account action. Logs are forwarded to the central log archive account and reviewed weekly (see AU-6).'],
      ['g', 'Operator accounts are disabled within 24 hours of termination and within 8 hours for involuntary terminations, triggered by the HR system (Rippling) deprovisioning hook.'],
      ['h', 'Account reviews are performed quarterly by the Head of Security & Compliance; evidence is the signed access review export stored in the compliance evidence bucket.'],
    ],
  },
  {
    id: 'AC-2(1)',
    name: 'Automated System Account Management',
    role: 'DevOps Lead',
    origin: 'Service Provider System Specific',
    parts: [['req', 'Account lifecycle is automated with Okta Workflows and the Okta Terraform provider. Joiner/mover/leaver events in the HR system drive group membership; drift between Terraform state and Okta is detected by a nightly plan job that opens a ticket on any difference.']],
  },
  {
    id: 'AC-17',
    name: 'Remote Access',
    role: 'DevOps Lead',
    origin: 'Shared (Service Provider and Customer)',
    parts: [
      ['a', `All administrative access is remote. Operators reach workloads only through AWS Systems Manager Session Manager over TLS 1.2+ using FIPS endpoints in ${W.iaas}; SSH (tcp/22) and RDP are closed at the security-group level.`],
      ['b', 'Remote access is authorized through membership in the Okta group fic-prod-operators, which requires phishing-resistant MFA (FIDO2 security keys).'],
    ],
  },
  {
    id: 'AU-2',
    name: 'Event Logging',
    role: 'Head of Security & Compliance',
    origin: 'Hybrid (Service Provider and Inherited from AWS GovCloud)',
    parts: [
      ['a', `${W.abbr} logs successful and unsuccessful logons, privilege use, account management, configuration changes, data export and administrator actions in the application, plus AWS CloudTrail management and data events, VPC flow logs and load-balancer access logs.`],
      ['c', 'The list of auditable events is reviewed annually and after any significant change, and was coordinated with the agency ISSO during SSP review.'],
    ],
  },
  {
    id: 'CM-6',
    name: 'Configuration Settings',
    role: 'DevOps Lead',
    origin: 'Service Provider System Specific',
    parts: [
      ['a', 'Container hosts run Bottlerocket; the EKS node configuration and the container images are hardened against the CIS Amazon EKS Benchmark and the CIS Docker Benchmark. PostgreSQL (Amazon RDS) parameter groups follow the CIS PostgreSQL Benchmark where applicable.'],
      ['c', 'Deviations from the benchmarks are recorded in the Configuration Management Plan, Appendix B, and the operational requirements are tracked in the POA&M.'],
    ],
  },
  {
    id: 'IA-2(1)',
    name: 'Multi-factor Authentication to Privileged Accounts',
    role: 'Head of Security & Compliance',
    origin: 'Service Provider System Specific',
    parts: [['req', 'Privileged users authenticate to Okta for Government with a FIDO2 security key (YubiKey 5 FIPS). Passwords alone never grant access; AWS console access is available only through federated sign-in.']],
  },
  {
    id: 'RA-5',
    name: 'Vulnerability Monitoring and Scanning',
    role: 'DevOps Lead',
    origin: 'Service Provider System Specific',
    parts: [
      ['a', 'Authenticated operating-system and database scans run monthly with Tenable Nessus; container images are scanned on every build and nightly with Trivy; the web application is scanned monthly with OWASP ZAP and Burp Suite Enterprise.'],
      ['d', 'Findings are remediated within 30 days (High), 90 days (Moderate) and 180 days (Low), or the CISA KEV due date if earlier. Open findings are tracked in the POA&M delivered monthly to the agency.'],
    ],
  },
  {
    id: 'SC-8',
    name: 'Transmission Confidentiality and Integrity',
    role: 'DevOps Lead',
    origin: 'Hybrid',
    parts: [['req', 'External connections terminate on an AWS Application Load Balancer with the ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04 policy. Internal service-to-service traffic uses mutual TLS issued by AWS Private CA.']],
  },
  {
    id: 'SC-28',
    name: 'Protection of Information at Rest',
    role: 'DevOps Lead',
    origin: 'Inherited and Service Provider System Specific',
    parts: [['req', 'Amazon RDS, S3 and EBS volumes are encrypted with AWS KMS customer-managed keys (FIPS 140-3 validated HSMs). Key policies restrict use to the workload roles; key rotation is enabled annually.']],
  },
  {
    id: 'SI-2',
    name: 'Flaw Remediation',
    role: 'Engineering Manager',
    origin: 'Service Provider System Specific',
    parts: [['req', 'Dependabot and Trivy raise pull requests for vulnerable dependencies; base images are rebuilt weekly. Security updates are tested in the staging environment and promoted through the normal change process described in the Configuration Management Plan.']],
  },
];

function controlBlocks(c: Ctl, md: boolean): Block[] {
  const head = `${c.id} ${c.name} (L)(M)`;
  const blocks: Block[] = [
    md ? H(head, 2) : H(head, 2),
    TBL(
      [
        [`${c.id} Control Summary Information`, ''],
        ['Responsible Role', c.role],
        ['Implementation Status', '☒ Implemented  ☐ Partially implemented  ☐ Planned  ☐ Alternative implementation  ☐ Not applicable'],
        ['Control Origination', c.origin],
      ],
      true,
    ),
    B(`${c.id} What is the solution and how is it implemented?`),
  ];
  for (const [part, text] of c.parts) blocks.push(P(part === 'req' ? text : `Part ${part}: ${text}`));
  return blocks;
}

function sspFront(): Block[] {
  return [
    P(`${W.csp}`, { align: 'center', size: 28 }),
    T(`${W.cso} (${W.abbr})`),
    P('System Security Plan', { bold: true, size: 40, align: 'center' }),
    P('FedRAMP Moderate Baseline — NIST SP 800-53 Revision 5', { align: 'center' }),
    P('[DRAFT v0.9 — for agency review]', { align: 'center', bold: true }),
    P(`Version 0.9  |  February 14, 2025\nPrepared for: ${W.agency}\nFedRAMP Package ID: ${W.fedrampId}`, { align: 'center' }),
    proprietary(W.csp),
    BR,
    B('Revision History'),
    revisionTable([
      ['2024-10-02', '0.1', 'Skeleton copied from the FedRAMP Rev5 SSP template; sections 1–9 drafted', W.secLead],
      ['2024-11-19', '0.4', 'Control implementation statements for AC, AU, IA, SC families', W.secLead],
      ['2024-12-20', '0.7', 'Incorporated Beacon GRC gap review comments (43 comments)', W.advisor],
      ['2025-01-27', '0.8', 'Added leveraged services table; updated boundary diagram to v3', W.devops],
      ['2025-02-14', '0.9', 'Version submitted to the agency ISSO for SSP review', W.secLead],
    ]),
    ...approvalBlock([
      [W.ceo, 'Chief Executive Officer, System Owner'],
      [W.secLead, 'Head of Security & Compliance, Information System Security Officer'],
      [W.ao, W.aoTitle],
    ]),
    ...toc([
      '1. Information System Name/Title',
      '2. Information System Categorization',
      '3. Information System Owner',
      '4. Authorizing Official',
      '5. Other Designated Contacts',
      '6. Leveraged FedRAMP-Authorized Services',
      '7. Information System Type and Authorization Boundary',
      '8. System Environment and Inventory',
      '9. Minimum Security Controls',
      '10. Appendices and Attachments',
    ]),
    BR,
  ];
}

function sspBody(md: boolean): Block[] {
  return [
    H('1. Information System Name/Title'),
    P(`This System Security Plan provides an overview of the security requirements for ${W.cso} (${W.abbr}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system. Information security is vital to our critical infrastructure and its effective performance and protection is a key component of our national security program. Proper management of information technology systems is essential to ensure the confidentiality, integrity and availability of the data transmitted, processed or stored by the ${W.abbr} information system.`),
    TBL([
      ['Unique Identifier', 'Information System Name', 'Information System Abbreviation'],
      [W.fedrampId, W.cso, W.abbr],
    ]),
    H('2. Information System Categorization'),
    P(`The overall information system sensitivity categorization is recorded in the FIPS 199 Categorization (Attachment 10). The system processes establishment inspection records, inspector schedules and non-compliance records, which map to SP 800-60 information types C.2.8.9 (Inspections and Auditing) and C.3.5.1 (System Development). The highest water mark of the information types is Moderate.`),
    TBL([
      ['Security Objective', 'Low, Moderate or High'],
      ['Confidentiality', 'Moderate'],
      ['Integrity', 'Moderate'],
      ['Availability', 'Moderate'],
    ]),
    P('Security Impact Level: Moderate. The Digital Identity Worksheet (Attachment 3) determines IAL2 / AAL2 / FAL2 for agency end users.'),
    H('3. Information System Owner'),
    TBL([
      ['Name', W.ceo],
      ['Title', 'Chief Executive Officer'],
      ['Company / Organization', W.csp],
      ['Address', W.address],
      ['Email', `maya.okafor@${W.domain}`],
    ], false),
    H('4. Authorizing Official'),
    P(`The Authorizing Official for this Agency Authorization is ${W.ao}, ${W.aoTitle}, ${W.agency}.`),
    H('5. Other Designated Contacts'),
    P(`Information System Security Officer: ${W.secLead}. Technical point of contact: ${W.devops}, DevOps Lead. Agency ISSM: ${W.agencyIssm}.`),
    H('6. Leveraged FedRAMP-Authorized Services'),
    TBL([
      ['CSP / CSO Name', 'Authorization Type', 'Impact Level', 'Nature of Agreement'],
      ['Amazon Web Services / AWS GovCloud (US)', 'JAB P-ATO', 'High', 'Enterprise agreement'],
      ['Okta / Okta for Government Moderate', 'Agency ATO', 'Moderate', 'Subscription'],
      ['Datadog / Datadog for Government', 'Agency ATO', 'Moderate', 'Subscription'],
    ]),
    H('7. Information System Type and Authorization Boundary'),
    P(`${W.cso} is a Software as a Service (SaaS) offering deployed on a public cloud in ${W.iaas}. The authorization boundary includes the production VPC (10.20.0.0/16), the Amazon EKS cluster fic-prod, Amazon RDS for PostgreSQL, the S3 buckets holding inspection attachments, the AWS accounts fic-prod, fic-logarchive and fic-security, and the Okta tenant used for workforce identity. Corporate laptops and the development AWS accounts are outside the boundary; see the authorization boundary diagram (Figure 7-1) and the data flow diagram (Figure 7-2).`),
    P('Figure 7-1. Authorization Boundary Diagram (v3, January 2025)', { italic: true, align: 'center' }),
    H('8. System Environment and Inventory'),
    P(`All components are listed in the Integrated Inventory Workbook (Attachment 13). The environment consists of containerized services (fic-api, fic-web, fic-scheduler, fic-reports) running on Bottlerocket worker nodes, a multi-AZ PostgreSQL 15 database, and managed AWS services. Ports, protocols and services are listed in Table 8-1.`),
    TBL([
      ['Port (TCP/UDP)', 'Protocol', 'Service', 'Purpose', 'Used By'],
      ['443/TCP', 'HTTPS', 'ALB listener', 'Agency user access to the web application and API', 'Agency users, integrations'],
      ['5432/TCP', 'PostgreSQL over TLS', 'Amazon RDS', 'Application database', 'fic-api, fic-reports'],
      ['443/TCP', 'HTTPS', 'SSM, KMS, S3 VPC endpoints', 'Administration and encryption services', 'Operators, workloads'],
    ]),
    H('9. Minimum Security Controls'),
    P(`Security controls are those required by the FedRAMP Moderate baseline (323 controls and enhancements). The implementation status of each control is summarized in the CIS/CRM Workbook (Attachment 11); customer responsibilities are listed in its CRM tab. The statements below describe how ${W.csp} implements each control.`),
    H('9.1 Access Control (AC)', 2),
    ...CONTROLS.filter((c) => c.id.startsWith('AC')).flatMap((c) => controlBlocks(c, md)),
    H('9.2 Audit and Accountability (AU)', 2),
    ...CONTROLS.filter((c) => c.id.startsWith('AU')).flatMap((c) => controlBlocks(c, md)),
    H('9.3 Configuration Management (CM)', 2),
    ...CONTROLS.filter((c) => c.id.startsWith('CM')).flatMap((c) => controlBlocks(c, md)),
    H('9.4 Identification and Authentication (IA)', 2),
    ...CONTROLS.filter((c) => c.id.startsWith('IA')).flatMap((c) => controlBlocks(c, md)),
    H('9.5 Risk Assessment (RA)', 2),
    ...CONTROLS.filter((c) => c.id.startsWith('RA')).flatMap((c) => controlBlocks(c, md)),
    H('9.6 System and Communications Protection (SC)', 2),
    ...CONTROLS.filter((c) => c.id.startsWith('SC')).flatMap((c) => controlBlocks(c, md)),
    H('9.7 System and Information Integrity (SI)', 2),
    ...CONTROLS.filter((c) => c.id.startsWith('SI')).flatMap((c) => controlBlocks(c, md)),
    H('10. Appendices and Attachments'),
    UL(
      'Attachment 1 – Information Security Policies and Procedures',
      'Attachment 2 – User Guide',
      'Attachment 3 – Digital Identity Worksheet',
      'Attachment 4 – Privacy Threshold Analysis / Privacy Impact Assessment',
      'Attachment 5 – Rules of Behavior',
      'Attachment 6 – Information System Contingency Plan',
      'Attachment 7 – Configuration Management Plan',
      'Attachment 8 – Incident Response Plan',
      'Attachment 9 – CIS/CRM Workbook',
      'Attachment 10 – FIPS 199 Categorization',
      'Attachment 11 – Separation of Duties Matrix',
      'Attachment 12 – FedRAMP Laws and Regulations',
      'Attachment 13 – Integrated Inventory Workbook',
      'Attachment 15 – Supply Chain Risk Management Plan',
    ),
  ];
}

export async function sspDocs(): Promise<EvalDoc[]> {
  const docx = await toDocx({
    headings: 'bold',
    header: `${W.abbr} System Security Plan v0.9 — CUI // PROPRIETARY`,
    footer: `${W.csp} — Controlled Unclassified Information`,
    pageNumbers: true,
    date: day('2025-02-14'),
    meta: { title: 'Untitled document', author: W.secLead },
    blocks: [...sspFront(), ...sspBody(false)],
  });

  const md = toMarkdown({
    headings: 'styles',
    blocks: [
      T(`📘 ${W.abbr} SSP — working copy`),
      P(`Owner: ${W.secLead}  ·  Last edited: March 3, 2025  ·  Status: In review with agency ISSO  ·  Tags: fedramp, ssp, moderate`),
      P('> This page is the source of truth for the System Security Plan. The Word version sent to the agency is generated from it with pandoc; do not edit the Word file directly.'),
      P(`System Security Plan for ${W.cso}. Prepared by ${W.csp} for ${W.agency}. FedRAMP Moderate, NIST SP 800-53 Rev. 5.`),
      ...sspBody(true),
    ],
  });

  return [
    { file: 'Final_v7.docx', expected: 'SSP', note: 'Google Docs export of the CSP System Security Plan (bold-paragraph headings, draft marker, control implementation statements), metadata title "Untitled document".', data: docx },
    { file: 'FIC SSP working copy 8f2c1a0e.md', expected: 'SSP', note: 'Notion markdown export of the same System Security Plan with property line and control implementation statements.', data: md },
  ];
}
