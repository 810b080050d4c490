/** Hard look-alikes from the same world: real documents an MSP/CSP has that are not FedRAMP deliverables. */
import { readFile } from 'node:fs/promises';
import { fixture } from '../../support/fixtures.js';
import type { Block, Cell, DocSpec } from './kit.js';
import { bold, bullets, centered, h1, h2, p, renderDocx, renderMarkdown, renderPdf, renderText, renderXlsx, table } from './kit.js';
import type { DocPlan } from './types.js';
import { W, prose, revisionHistory } from './world.js';

const spec = (meta: DocSpec['meta'], blocks: Block[], headings: DocSpec['headings'] = 'styles', header?: string, footer?: string): DocSpec => ({
  meta,
  headings,
  blocks,
  ...(header !== undefined ? { header } : {}),
  ...(footer !== undefined ? { footer } : {}),
});
const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

const iaasGuide = spec({ title: 'MGC Shared Responsibility Guide', creator: 'Meridian Cloud Federal Marketing' }, [
  { kind: 'p', text: 'Meridian Government Cloud', bold: true, size: 40 },
  { kind: 'p', text: 'Building on a FedRAMP High foundation: the Shared Responsibility Guide for SaaS partners', size: 26 },
  p('Whitepaper | Edition 2025'),
  h1('Why build on Meridian Government Cloud?'),
  p('Independent software vendors who build on Meridian Government Cloud can inherit hundreds of controls from our FedRAMP High authorization, shortening their own path to authorization by months. This guide explains, in plain language, which security responsibilities Meridian handles, which are shared, and which remain with you.'),
  h1('The shared responsibility model at a glance'),
  table([['Layer', 'Meridian', 'Partner (you)', 'Your agency customers'], ['Physical data centers', 'Yes', '', ''], ['Hypervisor and host OS', 'Yes', '', ''], ['Guest operating systems', '', 'Yes', ''], ['Applications and data', '', 'Yes', 'Shared'], ['End-user identities', '', 'Shared', 'Yes']]),
  h1('Typical inheritance for a SaaS on Meridian'),
  p('Most partners fully inherit physical and environmental protection (PE) and media protection for decommissioned storage (MP-6). Boundary protection (SC-7) and encryption at rest (SC-28) are usually shared: Meridian provides the capabilities, you configure them. Your 3PAO will still need to verify your configuration.'),
  h1('Getting started'),
  bullets('Request the Meridian FedRAMP package from the FedRAMP Marketplace through your sponsoring agency.', 'Join the Meridian Partner Network to access reference architectures and workshop credits.', 'Talk to a Meridian public-sector solutions architect about landing-zone accelerators.'),
  p('This document is provided for informational purposes only. It does not modify any agreement between Meridian and its customers and is not a substitute for the Meridian customer responsibility documentation contained in the Meridian FedRAMP package. (c) 2025 Meridian Cloud Federal, Inc.'),
], 'bold', 'Meridian Government Cloud | Partner Enablement', 'meridian.example/government');

const reseller = spec({ title: 'Reseller Agreement', creator: 'Ridgeline Legal' }, [
  bold('MASTER RESELLER AGREEMENT'),
  p(`This Master Reseller Agreement (the "Agreement") is entered into as of April 1, 2025 (the "Effective Date") by and between ${W.csp}, a Virginia limited liability company ("Ridgeline"), and Capitol Federal Solutions, Inc., a Maryland corporation and GSA Multiple Award Schedule holder ("Reseller").`),
  h1('1. Appointment'),
  p(`Ridgeline appoints Reseller as a non-exclusive reseller of subscriptions to ${W.system} to U.S. federal, state and local government end customers in the Territory. Reseller shall not represent that it is the provider of the service or that it holds the FedRAMP authorization of the service.`),
  h1('2. Pricing and Payment'),
  p('Reseller shall purchase subscriptions at the discount from list price stated in Exhibit A. Invoices are payable net 30 days. Reseller is solely responsible for pricing to end customers.'),
  h1('3. Compliance'),
  p(`Ridgeline shall maintain the FedRAMP Moderate authorization of ${W.system} for the term, and shall make its security package available to end customers through the FedRAMP secure repository upon request. Reseller shall flow down the Ridgeline end-user terms, including the Rules of Behavior acceptance presented at first login.`),
  h1('4. Term and Termination'),
  p('The initial term is three years. Either party may terminate for material breach not cured within thirty days of written notice.'),
  h1('5. Limitation of Liability'),
  p('EXCEPT FOR BREACH OF CONFIDENTIALITY OR INDEMNIFICATION OBLIGATIONS, NEITHER PARTY SHALL BE LIABLE FOR INDIRECT, INCIDENTAL OR CONSEQUENTIAL DAMAGES.'),
  h1('6. General'),
  p('This Agreement is governed by the laws of the Commonwealth of Virginia. Notices shall be sent to the addresses below.'),
  table([['RIDGELINE MANAGED SERVICES, LLC', 'CAPITOL FEDERAL SOLUTIONS, INC.'], [`By: ${W.ceo}`, 'By: Raymond Thiel'], ['Title: Chief Executive Officer', 'Title: President']]),
], 'bold', undefined, 'Confidential');

const sow = spec({ title: 'SOW-2024-017', creator: W.consultantLead }, [
  centered('Bluewater Compliance Partners'),
  bold('STATEMENT OF WORK #2024-017'),
  p(`Prepared for: ${W.csp}    Prepared by: ${W.consultant}    Date: May 2, 2024`),
  ...revisionHistory([['2024-04-22', '0.1', 'Initial proposal', W.consultantLead], ['2024-05-02', '1.0', 'Executed', W.consultantLead]]),
  h1('1. Background'),
  p(`${W.csp} intends to achieve a FedRAMP Moderate agency authorization for ${W.system}, leveraging the ${W.iaas} authorization. Ridgeline has engaged Bluewater to provide advisory services under the Master Services Agreement dated January 8, 2024.`),
  h1('2. Scope of Services'),
  bullets('Gap assessment against the FedRAMP Rev. 5 Moderate baseline.', 'Drafting of the System Security Plan and its attachments using Bluewater templates, for Ridgeline review and ownership.', 'Preparation support for the 3PAO assessment (document requests, interview rehearsals); Bluewater will not act as the 3PAO.', 'Monthly continuous monitoring support for six months after authorization (POA&M grooming, scan triage).'),
  h1('3. Deliverables and Acceptance'),
  table([['Deliverable', 'Due', 'Acceptance'], ['Gap assessment report', 'Week 4', 'Ridgeline CISO sign-off'], ['Draft SSP and attachments', 'Week 14', 'Two review cycles'], ['Readiness workshop', 'Week 16', 'Attendance']]),
  h1('4. Fees'),
  p('Fixed fee of USD 148,500 payable in five milestone installments; continuous monitoring support at USD 6,200 per month. Travel billed at cost.'),
  h1('5. Assumptions'),
  p('Ridgeline provides a named ISSO and timely access to engineers. Delays caused by Ridgeline extend the schedule day for day.'),
  table([['Accepted for Ridgeline', 'Accepted for Bluewater'], [W.ceo, 'Gregory Ashdown, Managing Principal']]),
], 'bold', 'Bluewater Compliance Partners | Statement of Work', 'Bluewater Compliance Partners - Confidential');

function partnerOnboarding(): Promise<Buffer> {
  const rows: Cell[][] = [
    ['Partner Onboarding Checklist - Meridian Partner Network'],
    ['Partner', W.csp, 'Tier', 'Select'],
    [],
    ['#', 'Onboarding step', 'Owner', 'Status', 'Completed', 'Notes'],
    [1, 'Sign partner program agreement', 'Ridgeline Legal', 'Done', d('2024-02-01'), ''],
    [2, 'Create partner portal accounts', 'Ridgeline Ops', 'Done', d('2024-02-05'), ''],
    [3, 'Complete Meridian Fundamentals training (2 staff)', 'Engineering', 'Done', d('2024-03-11'), ''],
    [4, 'Request access to Meridian FedRAMP package via agency', W.isso, 'Done', d('2024-03-20'), 'Sponsor: FGOA'],
    [5, 'Landing zone review with partner solutions architect', W.ops, 'Done', d('2024-04-02'), ''],
    [6, 'Publish listing in Meridian Marketplace', 'Marketing', 'In progress', null, 'Awaiting logo approval'],
    [7, 'Joint go-to-market plan', 'Sales', 'Not started', null, ''],
    [8, 'Co-sell registration for FGOA opportunity', 'Sales', 'Not started', null, ''],
  ];
  return renderXlsx({ meta: { creator: 'Meridian Partner Network', title: 'Partner Onboarding Checklist' }, sheets: [{ name: 'Checklist', rows, boldRows: [1, 4], widths: [6, 56, 18, 14, 14, 30] }] });
}

const baa = spec({ title: 'BAA', creator: 'Ridgeline Legal' }, [
  bold('BUSINESS ASSOCIATE AGREEMENT'),
  p(`This Business Associate Agreement ("BAA") is made between Lakeshore Community Health Network ("Covered Entity") and ${W.csp} ("Business Associate"), effective June 1, 2025, and supplements the subscription agreement for ${W.system}.`),
  h1('1. Definitions'),
  p('Capitalized terms not defined here have the meanings given in the HIPAA Rules, 45 C.F.R. Parts 160 and 164.'),
  h1('2. Obligations of Business Associate'),
  bullets('Not use or disclose Protected Health Information other than as permitted by this BAA or required by law.', 'Use appropriate administrative, physical and technical safeguards, and comply with Subpart C of 45 C.F.R. Part 164 with respect to electronic PHI.', 'Report to Covered Entity any Breach of Unsecured PHI without unreasonable delay and in no case later than 30 calendar days after discovery.', 'Ensure that subcontractors that create, receive, maintain or transmit PHI agree to the same restrictions.'),
  h1('3. Term and Termination'),
  p('This BAA terminates when all PHI is returned or destroyed. Covered Entity may terminate if Business Associate violates a material term.'),
  table([['COVERED ENTITY', 'BUSINESS ASSOCIATE'], ['Name: Dr. Alicia Mendes', `Name: ${W.ceo}`], ['Title: Chief Compliance Officer', 'Title: CEO']]),
], 'bold');

const dpa = spec({ title: 'Data Processing Addendum' }, [
  bold('DATA PROCESSING ADDENDUM'),
  p(`This Data Processing Addendum ("DPA") forms part of the Subscription Agreement between ${W.csp} ("Processor") and the customer identified below ("Controller") for the processing of personal data in ${W.system}.`),
  h1('1. Subject Matter and Duration'),
  p('Processor processes Customer Personal Data only to provide the Services, for the term of the Agreement.'),
  h1('2. Processor Obligations'),
  bullets('Process personal data only on documented instructions from Controller.', 'Ensure persons authorized to process personal data are bound by confidentiality.', 'Implement the technical and organizational measures in Annex II.', 'Assist Controller with data subject requests.', 'Delete or return personal data at the end of the Services.'),
  h1('3. Sub-processors'),
  table([['Sub-processor', 'Purpose', 'Location'], ['Meridian Cloud Federal, Inc.', 'Hosting (IaaS)', 'United States'], ['Mailgate Federal LLC', 'Email delivery', 'United States']]),
  h1('4. International Transfers'),
  p('Customer Personal Data is stored and processed in the United States only.'),
  h1('Annex II - Technical and Organizational Measures'),
  p('Encryption in transit and at rest; role-based access control; multi-factor authentication for administrators; logging and monitoring; annual independent assessment.'),
  ...prose(901, 'privacy and data protection', 2),
], 'bold', undefined, `${W.csp} DPA v3.0 (2025)`);

function caiq(): Promise<Buffer> {
  const qs: [string, string, string, string][] = [
    ['A&A-01.1', 'Are audit and assurance policies, procedures and standards established, documented, approved, communicated, applied, evaluated and maintained?', 'Yes', 'Annual FedRAMP assessment by an accredited 3PAO; SOC 2 Type II.'],
    ['A&A-02.1', 'Are independent audit and assurance assessments conducted according to relevant standards at least annually?', 'Yes', 'FedRAMP Moderate authorization; annual assessment.'],
    ['BCR-08.1', 'Is cloud data periodically backed up?', 'Yes', 'Hourly snapshots, cross-region replication.'],
    ['CCC-01.1', 'Are risk management policies and procedures associated with changing organizational assets established?', 'Yes', 'Change Advisory Board; see CMP (available under NDA).'],
    ['DSP-05.1', 'Is data flow documentation created to identify what data is processed?', 'Yes', ''],
    ['IAM-14.1', 'Are strong authentication capabilities implemented?', 'Yes', 'SAML federation with agency IdP; MFA for all admins.'],
    ['STA-01.1', 'Are policies applying the shared security responsibility model established?', 'Yes', `Responsibilities are shared with the ${W.iaas} IaaS.`],
    ['TVM-01.1', 'Are policies to identify, report and prioritize vulnerabilities established?', 'Yes', 'Monthly authenticated scans; High 30 days remediation.'],
  ];
  return renderXlsx({
    meta: { creator: 'Ridgeline Sales Engineering', title: 'CAIQ v4.0.3 - Ridgeline CaseFlow - Prospect: State of Ohio DAS' },
    sheets: [
      { name: 'Introduction', rows: [['Consensus Assessments Initiative Questionnaire v4.0.3'], ['Completed for prospective customer: Ohio Department of Administrative Services'], ['Completed by', 'Ridgeline Sales Engineering'], ['Date', d('2025-05-19')]] },
      { name: 'CAIQv4.0.3', rows: [['Question ID', 'Question', 'CSP CAIQ Answer', 'SSRM Control Ownership', 'CSP Implementation Description (Optional/Recommended)'], ...qs.map(([id, q, a, c]) => [id, q, a, 'Shared CSP and 3rd-party', c])], boldRows: [1], widths: [12, 80, 14, 24, 60] },
    ],
  });
}

const insurance = spec({ title: 'ACORD 25' }, [
  bold('CERTIFICATE OF LIABILITY INSURANCE'),
  p('DATE (MM/DD/YYYY): 01/15/2025'),
  p('THIS CERTIFICATE IS ISSUED AS A MATTER OF INFORMATION ONLY AND CONFERS NO RIGHTS UPON THE CERTIFICATE HOLDER. THIS CERTIFICATE DOES NOT AFFIRMATIVELY OR NEGATIVELY AMEND, EXTEND OR ALTER THE COVERAGE AFFORDED BY THE POLICIES BELOW.'),
  table([['PRODUCER', 'INSURED'], ['Harbor Point Insurance Brokers\n22 Main St, Alexandria, VA', `${W.csp}\n${W.city}`]]),
  table([['TYPE OF INSURANCE', 'POLICY NUMBER', 'POLICY EFF', 'POLICY EXP', 'LIMITS'], ['Commercial General Liability', 'CGL-55810293', '01/15/2025', '01/15/2026', 'Each occurrence $1,000,000'], ['Cyber / Technology E&O', 'CYB-7710044', '01/15/2025', '01/15/2026', 'Aggregate $5,000,000'], ['Workers Compensation', 'WC-1182734', '01/15/2025', '01/15/2026', 'Statutory']]),
  p('DESCRIPTION OF OPERATIONS: Software as a service (case management) provided to federal agencies. Certificate holder is included as additional insured where required by written contract.'),
  table([['CERTIFICATE HOLDER', 'CANCELLATION'], [`${W.agency}\nOffice of Acquisition Management`, 'SHOULD ANY OF THE ABOVE DESCRIBED POLICIES BE CANCELLED BEFORE THE EXPIRATION DATE THEREOF, NOTICE WILL BE DELIVERED IN ACCORDANCE WITH THE POLICY PROVISIONS.']]),
  p('AUTHORIZED REPRESENTATIVE: K. Marsh'),
], 'bold', undefined, 'ACORD 25 (2016/03) (c) 1988-2015 ACORD CORPORATION. All rights reserved.');

function quote(): Promise<Buffer> {
  return renderXlsx({
    meta: { creator: 'Ridgeline Sales', title: 'Quote Q-2025-0388' },
    sheets: [
      {
        name: 'Quote',
        rows: [
          ['Ridgeline Managed Services, LLC - Price Quote'],
          ['Quote #', 'Q-2025-0388', '', 'Valid until', d('2025-07-31')],
          ['Customer', `${W.agency} - Office of Inspector General`],
          ['Contract vehicle', 'GSA MAS 54151S via Capitol Federal Solutions'],
          [],
          ['Line', 'SKU', 'Description', 'Qty', 'Unit', 'Unit Price (USD)', 'Extended (USD)'],
          [1, 'RCF-ENT-USR', `${W.system} Enterprise user subscription (FedRAMP Moderate)`, 250, 'user/yr', 420, 105000],
          [2, 'RCF-STOR-1TB', 'Additional document storage', 4, 'TB/yr', 1800, 7200],
          [3, 'RCF-ONB', 'Onboarding and data migration', 1, 'each', 18500, 18500],
          [4, 'RCF-PREM-SUP', 'Premium support (24x7, named TAM)', 1, 'yr', 22000, 22000],
          [],
          ['', '', '', '', '', 'Total', 152700],
          ['Terms: Net 30. Prices exclude applicable taxes. FedRAMP package available to the agency upon request through the FedRAMP PMO.'],
        ],
        widths: [6, 16, 60, 6, 10, 16, 16],
        boldRows: [1, 6, 12],
      },
    ],
  });
}

const onePager = spec({}, [
  h1(`${W.system} - Reference Architecture (Sales Engineering one-pager)`),
  p('Audience: agency architects and prospects. Not a compliance document; for the authorization boundary see the SSP provided through the FedRAMP repository.'),
  h2('At a glance'),
  bullets(`Runs on ${W.iaas} (FedRAMP High IaaS), US-Gov East with warm standby in US-Gov West.`, 'Three tiers: WAF + load balancer, containerized application services, managed PostgreSQL and object storage.', 'SAML 2.0 / OIDC federation with your agency IdP or Login.gov; SCIM provisioning.', 'Encryption: TLS 1.2+ in transit, AES-256 at rest with FIPS 140-validated modules.', 'Integrations: REST API, SFTP drop for bulk case import, email notifications.'),
  h2('Typical deployment for an agency tenant'),
  table([['Component', 'Who configures'], ['Tenant + admin users', 'Agency'], ['SSO connection', 'Agency + Ridgeline onboarding'], ['IP allow list', 'Agency (optional)'], ['Data retention policy', 'Agency']]),
  h2('Why agencies pick CaseFlow'),
  p('Deployment in weeks, not months; FedRAMP Moderate authorized; inheritance from a FedRAMP High IaaS; 99.9% availability SLA.'),
  p('Contact: solutions@ridgeline.example'),
]);

const minutes = spec({}, [
  h1('RCF Monthly ConMon Meeting - Minutes'),
  p(`Date: 2025-04-09 14:00 ET (Teams)    Attendees: ${W.isso}, ${W.ops}, ${W.ciso} (Ridgeline); Carla Nguyen (FGOA ISSM); ${W.consultantLead} (Bluewater)`),
  h2('Agenda'),
  bullets('March deliverables review', 'Overdue POA&M items', 'Upcoming significant change (email relay)', 'AOB'),
  h2('Discussion'),
  p('FGOA confirmed receipt of the March POA&M, scan results and inventory on 2025-04-01. Carla asked why V-2025-0106 (kernel) is still open after 30 days; Tomasz explained the image rebuild slipped because of a vendor bug. Priya will submit a deviation request for the risk adjustment by April 16.'),
  p('Marcus previewed the planned move of outbound email to a FedRAMP-authorized service. FGOA asked for the SCR form at least 30 days ahead; Bluewater will help with the security impact analysis.'),
  h2('Action items'),
  table([['#', 'Action', 'Owner', 'Due'], ['1', 'Submit DR for V-2025-0106', W.isso, '2025-04-16'], ['2', 'Draft SCR for email relay', W.ciso, '2025-05-01'], ['3', 'Send updated inventory with new worker nodes', W.ops, '2025-04-12']]),
  p('Next meeting: 2025-05-14.'),
]);

function riskRegister(): Promise<Buffer> {
  const risks: Cell[][] = [
    ['R-01', 'Dependency on a single IaaS provider', 'Strategic', 3, 4, 12, 'Multi-region design; exit plan', 'CEO', 'Open'],
    ['R-02', 'Key-person risk in two-person compliance team', 'Operational', 4, 3, 12, 'Bluewater retainer; documentation', W.ciso, 'Open'],
    ['R-03', 'Loss of FedRAMP authorization due to missed ConMon deliverables', 'Compliance', 2, 5, 10, 'ConMon calendar; monthly review', W.isso, 'Open'],
    ['R-04', 'Ransomware in corporate IT (outside boundary)', 'Security', 3, 4, 12, 'EDR; offline backups', W.ops, 'Open'],
    ['R-05', 'Revenue concentration: FGOA is 41% of ARR', 'Financial', 4, 4, 16, 'Reseller channel; state market', 'CEO', 'Open'],
    ['R-06', 'Price increase from IaaS provider', 'Financial', 3, 2, 6, 'Reserved capacity', 'CFO', 'Accepted'],
  ];
  return renderXlsx({
    meta: { creator: W.ciso, title: 'Enterprise Risk Register' },
    sheets: [
      { name: 'Risk Register', rows: [['Ridgeline Enterprise Risk Register - Q1 2025 (ISO 31000 method)'], [], ['Risk ID', 'Risk Description', 'Category', 'Likelihood (1-5)', 'Impact (1-5)', 'Score', 'Treatment', 'Risk Owner', 'Status'], ...risks], boldRows: [3], widths: [8, 56, 14, 14, 12, 8, 36, 16, 10] },
      { name: 'Heat Map', rows: [['Impact \\ Likelihood', 1, 2, 3, 4, 5], [5, '', 'R-03', '', '', ''], [4, '', '', 'R-01, R-04', 'R-05', ''], [3, '', '', '', 'R-02', ''], [2, '', '', 'R-06', '', '']] },
    ],
  });
}

function projectPlan(): Promise<Buffer> {
  const tasks: Cell[][] = [
    [1, 'Engage advisory firm (Bluewater SOW)', d('2024-05-01'), d('2024-05-02'), 'Done', 'CEO'],
    [2, 'Gap assessment', d('2024-05-06'), d('2024-05-31'), 'Done', 'Bluewater'],
    [3, 'Draft SSP and attachments', d('2024-06-03'), d('2024-09-06'), 'Done', W.isso],
    [4, 'Select 3PAO', d('2024-07-01'), d('2024-07-26'), 'Done', W.ciso],
    [5, 'Agency kickoff with FGOA', d('2024-09-16'), d('2024-09-16'), 'Done', 'CEO'],
    [6, '3PAO assessment (testing window)', d('2025-01-20'), d('2025-02-07'), 'Done', 'Keystone'],
    [7, 'Remediate assessment findings', d('2025-02-10'), d('2025-03-14'), 'In progress', W.ops],
    [8, 'Agency ATO decision', d('2025-03-24'), d('2025-03-31'), 'Not started', 'FGOA'],
    [9, 'FedRAMP PMO review', d('2025-04-01'), d('2025-05-30'), 'Not started', 'PMO'],
  ];
  return renderXlsx({
    meta: { creator: W.isso, title: 'FedRAMP Project Plan' },
    sheets: [{ name: 'Plan', rows: [['RCF FedRAMP Authorization - Project Plan'], ['Status date', d('2025-03-10')], [], ['ID', 'Task', 'Start', 'Finish', 'Status', 'Owner'], ...tasks], boldRows: [4], widths: [6, 48, 12, 12, 14, 16] }],
  });
}

const trainingNotes = spec({}, [
  p('Security Awareness Training 2025 - Speaker Notes (for the all-hands session, 45 minutes)'),
  h1('Slide 1 - Welcome'),
  p('Thank everyone for coming. This session is our annual security awareness training required for everyone at Ridgeline, including contractors. Attendance is recorded automatically from the Teams roster.'),
  h1('Slide 2 - Phishing is still number one'),
  p('Show the March phishing test results: 9% click rate, down from 14%. Remind people to use the Report Phish button. Walk through the fake invoice example.'),
  h1('Slide 3 - Protecting customer data'),
  p('Explain that customer case data never leaves the production environment. Mention that privileged users also sign separate Rules of Behavior, but this session does not replace them.'),
  h1('Slide 4 - Insider threat indicators'),
  p('Describe the indicators from the CISA insider threat guide and how to report concerns confidentially to HR or the CISO.'),
  h1('Slide 5 - Quiz and wrap-up'),
  p('Run the five-question quiz. Anyone scoring below 80% retakes the module in the LMS within two weeks.'),
]);

const soc2Bridge = spec({ title: 'Bridge Letter' }, [
  p(`${W.csp}`),
  p(W.city),
  p('March 31, 2025'),
  bold('SOC 2 Type II Bridge Letter'),
  p('To our customers:'),
  p(`${W.csp} received a SOC 2 Type II report covering the Security and Availability trust services criteria for the period October 1, 2023 through September 30, 2024, issued by Whitlock & Reyes CPAs, LLP. This letter covers the period from October 1, 2024 through March 31, 2025 (the "bridge period").`),
  p('Management is not aware of any material changes to the system description or to the internal controls described in the report during the bridge period, nor of any significant deficiencies or material weaknesses. The next SOC 2 Type II examination is in progress and the report is expected in November 2025.'),
  p('This letter is not a CPA opinion and does not replace the SOC 2 report.'),
  p(`Sincerely,\n${W.ceo}, Chief Executive Officer`),
], 'bold');

const isoCert = spec({ title: 'Certificate' }, [
  { kind: 'p', text: 'CERTIFICATE', bold: true, size: 48, center: true },
  centered('Certificate Number: IS 771204'),
  centered('This is to certify that'),
  { kind: 'p', text: W.csp, bold: true, size: 30, center: true },
  centered(W.city),
  centered('operates an Information Security Management System which complies with the requirements of'),
  { kind: 'p', text: 'ISO/IEC 27001:2022', bold: true, size: 30, center: true },
  centered(`for the following scope: The information security management system supporting the development, operation and support of the ${W.system} case management software-as-a-service, in accordance with the Statement of Applicability version 3 dated 2024-11-04.`),
  centered('Original registration date: 2025-01-28    Effective date: 2025-01-28    Expiry date: 2028-01-27'),
  centered('For and on behalf of Northgate Certification Services Ltd. (UKAS accredited management systems certification body 0412)'),
]);

const redTeamMemo = spec({ title: 'Memo' }, [
  bold('MEMORANDUM'),
  table([['TO', 'All Ridgeline corporate IT staff'], ['FROM', W.ciso], ['DATE', 'October 6, 2025'], ['SUBJECT', 'Authorization for the Q4 internal red-team exercise (corporate network)']]),
  p('This memo authorizes the internal red team (two Ridgeline engineers and an external contractor, Ironwood Offensive Security) to conduct an adversary-emulation exercise against the Ridgeline corporate office network and Microsoft 365 tenant from October 20 to October 31, 2025.'),
  h2('In scope'),
  bullets('Corporate office network 172.16.0.0/16 and the guest Wi-Fi.', 'Phishing of Ridgeline employees (no executives).', 'Microsoft 365 tenant ridgeline.example.'),
  h2('Out of scope'),
  p(`The ${W.system} production environment and everything inside its FedRAMP authorization boundary is explicitly OUT OF SCOPE; the annual 3PAO penetration test covers it under its own approved plan. Any accidental contact with production must be reported to the CISO immediately.`),
  h2('Rules'),
  bullets('No destructive actions, no denial of service.', 'Stop-work phrase: "Cardinal".', 'Daily check-in with the CISO at 17:00.'),
  p(`Approved: ${W.ciso}, CISO       Acknowledged: Ironwood Offensive Security`),
], 'bold', 'INTERNAL', 'Ridgeline Managed Services - Internal');

const jobDesc = spec({ title: 'JD - ISSO' }, [
  bold('Job Description: Information System Security Officer (ISSO)'),
  table([['Department', 'Security & Compliance'], ['Reports to', 'Chief Information Security Officer'], ['Location', 'Reston, VA (hybrid)'], ['Clearance', 'Public Trust (ability to obtain)'], ['FLSA', 'Exempt']]),
  h2('About Ridgeline'),
  p(`Ridgeline Managed Services builds ${W.system}, a FedRAMP Moderate SaaS used by federal grant oversight offices. We are a small team where security is everyone's job.`),
  h2('Responsibilities'),
  bullets('Own the System Security Plan and its attachments and keep them current through the annual update.', 'Run monthly continuous monitoring: POA&M updates, scan triage, inventory reconciliation, deviation requests.', 'Coordinate annual assessments with our 3PAO and respond to agency reviewer comments.', 'Prepare significant change requests with engineering.', 'Deliver security awareness and role-based training.'),
  h2('Qualifications'),
  bullets('5+ years in federal information security (FISMA/FedRAMP).', 'Hands-on experience with Nessus or Qualys and with OSCAL a plus.', 'CISSP, CISM or CAP preferred.'),
  p('Ridgeline is an equal opportunity employer. Salary range: $135,000 - $165,000.'),
]);

const boardDeck = spec({}, [
  h1('Board of Managers - Q1 2025 Update (notes)'),
  p('Presenter: Helen Castellanos. Pre-read for the April 15 board meeting.'),
  h2('1. Financials'),
  bullets('ARR $6.8M (+22% YoY); FGOA contract 41% of ARR.', 'Gross margin 71%; IaaS spend up 9% after the standby region build-out.'),
  h2('2. FedRAMP status'),
  p('3PAO testing completed February 7. The SAR was delivered on February 28 with no High findings. Agency ATO signature expected by March 31; FedRAMP PMO review to follow. Budget for the annual assessment ($185k) needs approval today.'),
  h2('3. Go-to-market'),
  p('Reseller agreement with Capitol Federal Solutions signed; two state prospects in pipeline.'),
  h2('4. Asks of the board'),
  bullets('Approve FY25 compliance budget.', 'Approve hiring a second ISSO.'),
]);

async function catalogExcerpt(): Promise<string> {
  return readFile(fixture('oscal/FedRAMP_rev5_LOW-baseline-resolved-profile_catalog.excerpt.json'), 'utf8');
}

const releaseNotes = spec({}, [
  h1(`${W.system} Release Notes - 2025.03`),
  p('Released to production March 18, 2025. All agency tenants are upgraded automatically during the maintenance window (Saturday 02:00-06:00 ET).'),
  h2('New'),
  bullets('Bulk reassignment of cases from the case list.', 'Supervisors can require PIV authentication for their role (Settings > Security).', 'CSV export now includes the award number column.'),
  h2('Fixed'),
  bullets('Attachments larger than 200 MB failed to upload in some browsers.', 'Session timeout warning appeared twice.'),
  h2('Security'),
  p('Updated OpenSSL and the base container images; TLS 1.0 removed from the legacy health-check endpoint. No customer action required.'),
  h2('Known issues'),
  p('Case search may be slow for tenants with more than 500,000 cases; a fix is planned for 2025.04.'),
]);

export const unknownPlans: DocPlan[] = [
  { file: 'MGC-Shared-Responsibility-Guide.pdf', expected: 'UNKNOWN', note: 'IaaS provider\'s marketing whitepaper on shared responsibility and inheritance; not the CIS/CRM workbook.', build: () => renderPdf(iaasGuide) },
  { file: 'Reseller Agreement - Capitol Federal.docx', expected: 'UNKNOWN', note: 'Master reseller agreement (contract) mentioning the FedRAMP authorization.', build: () => renderDocx(reseller) },
  { file: 'SOW_Bluewater_2024-017.docx', expected: 'UNKNOWN', note: 'Consultant statement of work to draft the SSP; a contract, not a deliverable.', build: () => renderDocx(sow) },
  { file: 'partner_onboarding.xlsx', expected: 'UNKNOWN', note: 'IaaS partner-program onboarding checklist; not the FedRAMP package checklist.', build: partnerOnboarding },
  { file: 'BAA_Lakeshore_signed.docx', expected: 'UNKNOWN', note: 'HIPAA business associate agreement with a commercial customer.', build: () => renderDocx(baa) },
  { file: 'DPA_v3.pdf', expected: 'UNKNOWN', note: 'Data processing addendum with sub-processor list; not a PTA/PIA.', build: () => renderPdf(dpa) },
  { file: 'CAIQ_Ohio_DAS.xlsx', expected: 'UNKNOWN', note: 'CSA CAIQ v4 answered for a state prospect (vendor questionnaire).', build: caiq },
  { file: 'COI_2025.pdf', expected: 'UNKNOWN', note: 'ACORD certificate of liability insurance naming the agency as certificate holder.', build: () => renderPdf(insurance) },
  { file: 'Q-2025-0388.xlsx', expected: 'UNKNOWN', note: 'Sales price quote for an agency office.', build: quote },
  { file: 'architecture-one-pager.md', expected: 'UNKNOWN', note: 'Sales-engineering reference architecture one-pager; not the SSP.', build: async () => renderMarkdown(onePager) },
  { file: 'conmon-minutes-2025-04.md', expected: 'UNKNOWN', note: 'Minutes of the monthly ConMon meeting, referencing POA&M, DR and SCR but being none of them.', build: async () => renderMarkdown(minutes) },
  { file: 'risk_register_Q1.xlsx', expected: 'UNKNOWN', note: 'Enterprise (ISO 31000) risk register with heat map; not a POA&M.', build: riskRegister },
  { file: 'FedRAMP_Project_Plan.xlsx', expected: 'UNKNOWN', note: 'Authorization project plan (tasks, dates, owners).', build: projectPlan },
  { file: 'SAT-2025-speaker-notes.txt', expected: 'UNKNOWN', note: 'Security awareness training speaker notes; mentions Rules of Behavior but is not them.', build: async () => renderText(trainingNotes) },
  { file: 'SOC2_bridge_letter_Q1-2025.pdf', expected: 'UNKNOWN', note: 'SOC 2 Type II bridge letter from management.', build: () => renderPdf(soc2Bridge) },
  { file: 'ISO27001_certificate.pdf', expected: 'UNKNOWN', note: 'ISO/IEC 27001 certificate from a certification body.', build: () => renderPdf(isoCert) },
  { file: 'Rules_of_Engagement_memo.docx', expected: 'UNKNOWN', note: 'Internal red-team authorization memo for the corporate network (production boundary out of scope); not a SAP.', build: () => renderDocx(redTeamMemo) },
  { file: 'ISSO_job_description.docx', expected: 'UNKNOWN', note: 'Job description for an ISSO listing FedRAMP deliverables as duties.', build: () => renderDocx(jobDesc) },
  { file: 'board-q1-2025.md', expected: 'UNKNOWN', note: 'Board update notes mentioning SAR and ATO status.', build: async () => renderMarkdown(boardDeck) },
  { file: 'baseline.json', expected: 'UNKNOWN', note: 'Excerpt of the FedRAMP Rev5 LOW resolved-profile catalog kept by the compliance team; a catalog is not a deliverable.', build: catalogExcerpt },
  { file: 'release-notes-2025.03.md', expected: 'UNKNOWN', note: 'Product release notes with a security section.', build: async () => renderMarkdown(releaseNotes) },
];

