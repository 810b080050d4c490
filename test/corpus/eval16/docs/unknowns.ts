/** UNKNOWN look-alikes: documents a CSP, 3PAO or agency also has that are not FedRAMP deliverables. */
import type { CorpusDoc } from '../kit/corpus.js';
import { renderDocx } from '../kit/docx.js';
import { bold, bullets, h1, h2, legalNotice, p, pagebreak, table } from '../kit/front.js';
import { renderPdf } from '../kit/pdf.js';
import { int, isoDay, pick, seeded } from '../kit/rand.js';
import { renderMarkdown, renderText } from '../kit/text.js';
import { renderXlsx, toCsv, type Cell } from '../kit/xlsx.js';
import { AGENCY, CSO, CSO_SHORT, CSP, person } from './org.js';

function soc2Controls(): Promise<Buffer> {
  const crit: [string, string, string][] = [
    ['CC1.1', 'The entity demonstrates a commitment to integrity and ethical values.', 'Code of conduct acknowledged at hire and annually'],
    ['CC2.2', 'The entity internally communicates information necessary to support internal control.', 'Security policies published on the intranet'],
    ['CC3.2', 'The entity identifies risks to the achievement of its objectives.', 'Annual enterprise risk assessment'],
    ['CC5.2', 'The entity selects and develops general control activities over technology.', 'Change management via pull requests with peer review'],
    ['CC6.1', 'The entity implements logical access security software and architectures.', 'SSO with MFA for all corporate applications'],
    ['CC6.2', 'Prior to issuing system credentials, the entity registers and authorizes new users.', 'HRIS-driven provisioning with manager approval'],
    ['CC6.3', 'The entity authorizes, modifies, or removes access based on roles.', 'Quarterly user access reviews'],
    ['CC7.2', 'The entity monitors system components for anomalies.', 'SIEM alerting with 24x7 on-call'],
    ['CC7.3', 'The entity evaluates security events to determine whether they are incidents.', 'Incident triage runbook'],
    ['CC8.1', 'The entity authorizes, designs, develops, tests, approves and implements changes.', 'CAB approval for production changes'],
    ['CC9.2', 'The entity assesses and manages risks associated with vendors.', 'Annual vendor review of critical vendors'],
    ['A1.2', 'The entity authorizes, designs, develops or acquires environmental protections, software, data backup and recovery.', 'Daily backups; annual restore test'],
  ];
  const r = seeded(951);
  return renderXlsx(
    [{ name: 'Sheet1', rows: [['Control ID', 'TSC Reference', 'Criteria', 'Control Description', 'Control Owner', 'Frequency', 'Implementation Status', 'Evidence Request', 'Last Tested', 'Test Result', 'Auditor Notes'], ...crit.map(([ref, criteria, ctl], i) => [`LA-${String(i + 1).padStart(3, '0')}`, ref, criteria, ctl, pick(r, ['IT', 'Security', 'People Ops', 'Engineering']), pick(r, ['Annual', 'Quarterly', 'Continuous', 'Per event']), 'Implemented', `ER-${100 + i}`, isoDay(-int(r, 20, 200)), pick(r, ['No exceptions noted', 'No exceptions noted', 'Exception noted – see ER']), ''] as Cell[])], boldRows: [1] }],
    { title: 'SOC 2 Control Matrix FY2025', creator: person('grc')[0] },
  );
}

function riskRegister(): string {
  const r = seeded(952);
  const risks = ['Loss of key personnel in platform team', 'Single-region dependency of corporate e-mail', 'Ransomware on corporate endpoints', 'Third-party payroll provider breach', 'Insufficient budget for FY26 audits', 'Regulatory change (state privacy laws)', 'Phishing of finance staff', 'Data center lease for office lab expires', 'Open-source license non-compliance', 'Sales commitments exceeding roadmap capacity'];
  const rows: Cell[][] = [['Risk ID', 'Risk Title', 'Category', 'Description', 'Likelihood (1-5)', 'Impact (1-5)', 'Inherent Score', 'Treatment', 'Treatment Plan', 'Risk Owner', 'Residual Score', 'Next Review']];
  risks.forEach((t, i) => {
    const l = int(r, 1, 5);
    const im = int(r, 2, 5);
    rows.push([`ERM-${String(i + 1).padStart(3, '0')}`, t, pick(r, ['Operational', 'Strategic', 'Compliance', 'Financial', 'Security']), `${t} could affect company objectives for FY2025.`, l, im, l * im, pick(r, ['Mitigate', 'Accept', 'Transfer', 'Mitigate']), 'See enterprise risk committee minutes', pick(r, [person('cto')[0], person('ciso')[0], 'CFO', 'VP People']), Math.max(1, l * im - int(r, 2, 8)), isoDay(int(r, 30, 120))]);
  });
  return toCsv(rows, { sep: ';', bom: true });
}

function jiraExport(): string {
  const r = seeded(953);
  const tasks = ['Upload March ConMon deliverables to the repository', 'Remediate CVE-2024-5535 on worker AMI', 'Update inventory export job for new Lambda functions', 'Collect evidence for SOC 2 CC6.3 access review', 'Draft SCR for OpenSearch Serverless migration', 'Automate POA&M CSV export from Tenable findings', 'Fix flaky evidence collector for AU-6', 'Rotate GRC API tokens', 'Review 3PAO evidence request list', 'Prepare agenda for monthly agency ConMon call'];
  const rows: Cell[][] = [['Issue key', 'Issue id', 'Summary', 'Issue Type', 'Status', 'Priority', 'Assignee', 'Reporter', 'Sprint', 'Story Points', 'Labels', 'Created', 'Updated', 'Description']];
  tasks.forEach((t, i) => rows.push([`GRC-${412 + i}`, 30211 + i, t, pick(r, ['Task', 'Story', 'Bug']), pick(r, ['To Do', 'In Progress', 'Done', 'In Review']), pick(r, ['Medium', 'High', 'Low']), pick(r, [person('grc')[0], person('sre')[0], person('isso')[0]]), person('grc')[0], 'GRC Sprint 2025-06', pick(r, [1, 2, 3, 5, 8]), 'fedramp conmon automation', `${isoDay(-20)} 10:12`, `${isoDay(-1)} 16:40`, `As the compliance team we need to: ${t.toLowerCase()}. Acceptance criteria: done when evidence is linked in the GRC platform.`]));
  return toCsv(rows);
}

function laptops(): Promise<Buffer> {
  const r = seeded(954);
  const rows: Cell[][] = [['Asset Tag', 'Serial Number', 'Manufacturer', 'Model', 'Category', 'Assigned To', 'Department', 'Location', 'Purchase Date', 'Warranty Expiration', 'Status', 'Operating System', 'Disk Encryption', 'MDM Enrolled', 'Cost Center', 'Last Check-in']];
  for (let i = 0; i < 40; i++) {
    const mac = r() < 0.6;
    rows.push([`LKS-IT-${String(2300 + i)}`, `${mac ? 'C02' : 'PF3'}${Math.floor(r() * 1e7).toString(36).toUpperCase()}`, mac ? 'Apple' : 'Lenovo', mac ? 'MacBook Pro 14" M3' : 'ThinkPad T14s Gen 4', 'Laptop', pick(r, ['A. Moreno', 'B. Chen', 'C. Idowu', 'D. Novak', 'E. Haddad', 'F. Quinn']), pick(r, ['Sales', 'Engineering', 'Finance', 'Customer Success', 'Marketing']), pick(r, ['Arlington HQ', 'Denver Office', 'Remote']), isoDay(-int(r, 100, 1000)), isoDay(int(r, 100, 900)), pick(r, ['In use', 'In use', 'In stock', 'Repair']), mac ? 'macOS 15.3' : 'Windows 11 23H2', mac ? 'FileVault' : 'BitLocker', 'Yes', `CC-${int(r, 100, 140)}`, isoDay(-int(r, 0, 10))]);
  }
  return renderXlsx([{ name: 'Export', rows, boldRows: [1] }], null);
}

function siemExport(): string {
  const r = seeded(955);
  const rules = ['Impossible travel for privileged user', 'GuardDuty: UnauthorizedAccess:IAMUser/TorIPCaller', 'Multiple failed console logins', 'S3 bucket policy changed to public', 'New IAM access key for root account'];
  const events = Array.from({ length: 12 }, (_, i) => ({
    _time: `2025-03-${String(1 + i).padStart(2, '0')}T${String(int(r, 0, 23)).padStart(2, '0')}:${String(int(r, 0, 59)).padStart(2, '0')}:00.000+00:00`,
    event_id: `notable-${(9000 + i * 37).toString(16)}`,
    rule_name: pick(r, rules),
    urgency: pick(r, ['critical', 'high', 'medium', 'low']),
    status_label: pick(r, ['Closed', 'Closed', 'In Progress', 'New']),
    owner: pick(r, ['soc-tier1', 'soc-tier2', 'unassigned']),
    src: `203.0.113.${int(r, 1, 254)}`,
    user: pick(r, ['svc-deploy', 'dwhitfield', 'tomasz.w', 'root']),
    disposition: pick(r, ['benign positive', 'true positive', 'false positive', 'undetermined']),
    comment: 'Reviewed per SOC runbook RB-07',
  }));
  return JSON.stringify({ preview: false, init_offset: 0, fields: Object.keys(events[0] ?? {}).map((name) => ({ name })), results: events, messages: [{ type: 'INFO', text: 'Search: `notable` earliest=-14d | table _time event_id rule_name urgency status_label owner src user disposition comment' }] }, null, 2);
}

function roe(): Promise<Buffer> {
  return renderDocx({
    blocks: [
      p('RedHarbor Security Group'),
      { k: 'title', text: 'Penetration Test Rules of Engagement', size: 40 },
      p(`Client: ${CSP} – Corporate Network and Marketing Website – Engagement RH-2025-117`),
      ...legalNotice('RedHarbor Security Group'),
      pagebreak,
      h1('1. Purpose'),
      p(`This memorandum sets the rules of engagement for the annual commercial penetration test of ${CSP}'s corporate environment. The test supports the company's SOC 2 Type II and ISO/IEC 27001 programs and enterprise customer commitments. It is separate from, and does not replace, the annual assessment of ${CSO} performed by the company's 3PAO.`),
      h1('2. Targets'),
      table([['Target', 'Type', 'In scope'], ['www.larkspur.example', 'Marketing website (WordPress, hosted by agency partner)', 'Yes'], ['vpn.corp.larkspur.example', 'Corporate VPN gateway', 'Yes'], ['Corporate Wi-Fi (Arlington HQ)', 'Wireless', 'Yes'], ['app.lcmc.larkspur.example and all GovCloud accounts', 'Production SaaS', 'No – out of scope']]),
      h1('3. Testing Window and Contacts'),
      p('Testing will take place from April 14 to April 25, 2025, 09:00–18:00 Eastern. Emergency stop: call the RedHarbor engagement manager at (617) 555-0160 or the Larkspur IT Director.'),
      h1('4. Permitted and Prohibited Activities'),
      bullets('Permitted: external reconnaissance, vulnerability scanning of listed targets, exploitation of identified vulnerabilities to demonstrate impact, wireless attacks against the corporate SSID.', 'Prohibited: denial of service, physical intrusion, social engineering of executives, testing of any system in the production SaaS environment, data exfiltration beyond proof files.'),
      h1('5. Data Handling'),
      p('Findings are delivered in an encrypted report within ten business days after testing. Test data is destroyed 30 days after report acceptance.'),
      h1('6. Authorization'),
      table([['Name', 'Title', 'Signature'], [person('cto')[0], `CTO, ${CSP}`, ''], ['Aisha Brennan', 'Engagement Manager, RedHarbor Security Group', '']]),
    ],
    footer: 'RedHarbor Security Group – Confidential',
    meta: { title: 'RoE', creator: 'Aisha Brennan' },
    headings: 'style',
  });
}

function soc2Report(): Promise<Buffer> {
  return renderPdf({
    blocks: [
      { k: 'title', text: `${CSP}` },
      { k: 'title', text: 'System and Organization Controls (SOC) 2 Type II Report', size: 34 },
      p('Report on the Larkspur Case Management platform relevant to Security and Availability throughout the period October 1, 2023 to September 30, 2024'),
      p('Prepared by Hollins & Marsh LLP, Certified Public Accountants'),
      pagebreak,
      h1('Section I – Independent Service Auditor\'s Report'),
      p(`To the management of ${CSP}: Scope. We have examined Larkspur's accompanying description of its case management system found in Section III titled "Larkspur's Description of Its Case Management System" throughout the period October 1, 2023 to September 30, 2024 based on the criteria for a description of a service organization's system set forth in DC Section 200, and the suitability of the design and operating effectiveness of controls stated in the description to provide reasonable assurance that Larkspur's service commitments and system requirements were achieved based on the trust services criteria relevant to security and availability set forth in TSP Section 100.`),
      p('Opinion. In our opinion, in all material respects, the description presents the system that was designed and implemented throughout the period, the controls were suitably designed and operated effectively to provide reasonable assurance that the service commitments and system requirements were achieved.'),
      p('Hollins & Marsh LLP, Boston, Massachusetts, November 22, 2024'),
      h1('Section II – Management\'s Assertion'),
      p('We have prepared the accompanying description of our system and confirm, to the best of our knowledge and belief, that the description presents the system fairly and the controls were suitably designed and operating effectively.'),
      h1('Section III – Description of the System'),
      p('Larkspur provides a multi-tenant case management platform to public sector and commercial customers. Infrastructure is hosted by Amazon Web Services; the description excludes the controls of the subservice organization (carve-out method).'),
      h1('Section IV – Trust Services Criteria, Controls, Tests and Results'),
      table([['Criteria', 'Control', 'Test performed', 'Result'], ['CC6.1', 'MFA enforced for all users', 'Inspected IdP configuration; observed login', 'No exceptions noted'], ['CC6.3', 'Quarterly access reviews', 'Inspected 4 of 4 quarterly reviews', 'No exceptions noted'], ['CC7.2', 'SIEM alerts reviewed', 'Inspected sample of 25 alerts', 'One alert not reviewed within SLA'], ['A1.2', 'Backups performed daily', 'Inspected backup logs for 25 days', 'No exceptions noted']]),
      h1('Section V – Other Information Provided by Management'),
      p('Management\'s response to the exception: the alert review SLA has been reinforced with automated escalation.'),
    ],
    header: 'Restricted Use – SOC 2 Type II',
    footer: 'Hollins & Marsh LLP',
    meta: { title: 'Larkspur SOC 2 Type II 2024', creator: 'Hollins & Marsh LLP' },
    headings: 'style',
  });
}

function isoCert(): Promise<Buffer> {
  return renderPdf({
    blocks: [
      { k: 'title', text: 'CERTIFICATE', size: 60 },
      p('This is to certify that the Information Security Management System of'),
      { k: 'title', text: `${CSP}`, size: 36 },
      p('1400 Wilson Boulevard, Suite 900, Arlington, VA 22209, United States'),
      p('has been assessed and found to conform to the requirements of'),
      { k: 'title', text: 'ISO/IEC 27001:2022', size: 40 },
      p('for the following scope: The information security management system supporting the design, development, operation and support of cloud-based case management software, in accordance with the Statement of Applicability version 5 dated 2024-06-03.'),
      table([['Certificate number', 'IS 781204'], ['Initial certification', '2021-07-15'], ['Date of issue', '2024-07-15'], ['Expiry date', '2027-07-14']], false),
      p('Signed on behalf of Meridian Certification Services Ltd. – accredited certification body, accreditation no. 0412'),
      p('The validity of this certificate can be verified at www.meridiancert.example/verify.'),
    ],
    meta: { title: 'Certificate IS 781204' },
    headings: 'style',
  }, 'iText 7.2.5');
}

function questionnaire(): Promise<Buffer> {
  const qs: [string, string, string][] = [
    ['A.1', 'Do you have a documented information security program approved by management?', 'Yes. Reviewed annually by the CISO.'],
    ['A.2', 'Is there a dedicated security team? Provide headcount.', 'Yes – 14 FTE across security engineering, GRC and SOC.'],
    ['B.4', 'Do you encrypt customer data at rest? Specify algorithm.', 'Yes – AES-256 with AWS KMS.'],
    ['B.7', 'Do you support SAML 2.0 SSO?', 'Yes, and OIDC.'],
    ['C.2', 'Do you perform annual penetration tests by an independent party?', 'Yes. Executive summary available under NDA.'],
    ['D.1', 'Do you hold any third-party certifications or attestations?', 'SOC 2 Type II, ISO/IEC 27001:2022, FedRAMP Moderate (Agency ATO).'],
    ['E.3', 'Describe your business continuity testing.', 'Annual failover exercise between regions.'],
    ['F.5', 'Do you use subprocessors? Provide a list.', 'See trust center subprocessor list.'],
    ['G.2', 'Will customer data be stored outside the United States?', 'No.'],
  ];
  return renderXlsx(
    [
      { name: 'Cover', rows: [['Vendor Security Assessment Questionnaire (VSAQ) – Standard Lite 2025'], ['Requesting organization: Northwind Health Partners (procurement #NHP-2291)'], [`Respondent: ${CSP}`], ['Instructions: answer every question; attach evidence where requested.']] },
      { name: 'Questions', rows: [['Ref', 'Question', 'Response (Yes/No/N/A)', 'Comments', 'Evidence'], ...qs.map(([ref, q, a]) => [ref, q, a.split(/[ .–]/)[0] ?? '', a, ''])], boldRows: [1] },
    ],
    { title: 'VSAQ Lite', creator: 'Northwind Procurement' },
  );
}

function minutes(): Promise<Buffer> {
  return renderDocx({
    blocks: [
      bold('Meeting Minutes'),
      p(`${CSO_SHORT} Monthly Continuous Monitoring Review – ${AGENCY} / ${CSP}`),
      table([['Date', '2025-03-20, 14:00–14:45 ET (Teams)'], ['Attendees', `${person('isso')[0]}, ${person('grc')[0]} (Larkspur); J. Park, ISSO and M. Ruiz (${AGENCY})`], ['Note taker', person('grc')[0]]], false),
      h2('1. Review of prior action items'),
      bullets('AI-0211 (Larkspur): provide evidence of OpenSSL patch on worker nodes – closed.', 'AI-0212 (Agency): confirm review of February deviation request – open.'),
      h2('2. POA&M status'),
      p('Larkspur summarized the March POA&M: 14 open items (2 High, 8 Moderate, 4 Low); no items overdue. The agency asked that the BOD 22-01 due date column be filled for KEV items.'),
      h2('3. Scan results'),
      p('March OS, database and web scans were uploaded on 2025-03-14. One new High (curl) appears in the Tenable export and is already in the POA&M. Inventory and scan targets reconcile.'),
      h2('4. Significant change requests'),
      p('The OpenSearch Serverless SCR was submitted on 2025-03-10; the agency will respond by 2025-04-04 after reviewing the 3PAO test plan.'),
      h2('5. New action items'),
      table([['ID', 'Action', 'Owner', 'Due'], ['AI-0213', 'Add BOD 22-01 due dates to POA&M export', 'Larkspur', '2025-04-14'], ['AI-0214', 'Provide decision on DR-2025-014', AGENCY, '2025-04-04']]),
      p('Next meeting: 2025-04-17.'),
    ],
    meta: { title: 'Minutes template', creator: person('grc')[0] },
    headings: 'bold',
  });
}

function boardUpdate(): Promise<Buffer> {
  return renderPdf({
    blocks: [
      { k: 'title', text: 'Security & Compliance Update – Board of Directors, Q1 2025' },
      p(`Presented by ${person('ciso')[0]}, CISO – Audit & Risk Committee, April 9, 2025`),
      h1('Slide 1 – Headlines'),
      bullets('FedRAMP Moderate ATO issued by NRMA on schedule; two additional agencies in pipeline.', 'SOC 2 Type II report issued with one exception (alert review SLA).', 'No material security incidents in the quarter.'),
      h1('Slide 2 – Program Metrics'),
      table([['Metric', 'Q4 2024', 'Q1 2025', 'Target'], ['Critical/High vulns past SLA', '3', '0', '0'], ['Phishing simulation click rate', '6.1%', '3.8%', '< 5%'], ['Mean time to detect (hours)', '4.2', '2.9', '< 4'], ['Security training completion', '96%', '99%', '100%']]),
      h1('Slide 3 – Top Risks'),
      bullets('Concentration of GovCloud expertise in a small team (hiring two engineers).', 'Growing continuous monitoring workload as more agencies leverage the authorization.', 'Third-party software supply chain exposure (SBOM program underway).'),
      h1('Slide 4 – Investments Requested'),
      p('The committee is asked to approve $1.2M for FY2026: compliance automation platform, second 3PAO engagement for FedRAMP High readiness, and SOC expansion.'),
      h1('Speaker notes'),
      p('Emphasize that the FedRAMP authorization unlocks the federal pipeline of roughly $18M ARR; compliance costs scale with agency count, which is why automation is the main ask.'),
    ],
    header: 'Board Confidential',
    meta: { title: 'Q1 2025 Board Security Update', creator: person('ciso')[0], application: 'Microsoft PowerPoint' },
    headings: 'bold',
  }, 'Microsoft® PowerPoint® for Microsoft 365');
}

function jobDescription(): string {
  return renderMarkdown({
    blocks: [
      { k: 'title', text: 'Senior GRC Engineer – FedRAMP (Remote, US)' },
      p(`${CSP} builds ${CSO}, a FedRAMP Moderate authorized case management platform used by federal agencies.`),
      h1('What you will do'),
      bullets('Automate evidence collection and continuous monitoring deliverables (POA&M, scan summaries, inventory) with Python and our GRC platform APIs.', 'Maintain OSCAL content for our System Security Plan and component definitions.', 'Partner with our 3PAO during annual assessments and respond to evidence requests.', 'Coach engineers on NIST SP 800-53 control requirements.'),
      h1('What you bring'),
      bullets('5+ years in security compliance (FedRAMP, FISMA or DoD IL).', 'Hands-on scripting in Python or TypeScript.', 'Familiarity with Tenable, Qualys or similar scanners.', 'US citizenship (required by our agency customers).'),
      h1('Compensation and benefits'),
      p('Salary range $155,000–$185,000 plus equity; 401(k) match; 20 days PTO.'),
      p('Larkspur is an equal opportunity employer.'),
    ],
    meta: null,
    headings: 'style',
  });
}

function dpa(): Promise<Buffer> {
  return renderPdf({
    blocks: [
      { k: 'title', text: 'Data Processing Addendum' },
      p(`This Data Processing Addendum ("DPA") forms part of the Master Subscription Agreement between ${CSP} ("Processor") and the customer identified in the Order Form ("Controller").`),
      h1('1. Definitions'),
      p('"Personal Data", "Processing", "Controller", "Processor" and "Data Subject" have the meanings given in applicable Data Protection Laws, including the GDPR and the CCPA as amended by the CPRA.'),
      h1('2. Processing of Personal Data'),
      p('Processor shall process Personal Data only on documented instructions from Controller, including with regard to transfers of Personal Data to a third country, unless required to do so by law.'),
      h1('3. Subprocessors'),
      p('Controller grants a general authorization for Processor to engage the Subprocessors listed on the trust center. Processor shall notify Controller of new Subprocessors at least 30 days in advance.'),
      h1('4. Security'),
      p('Processor shall implement the technical and organizational measures set out in Annex II, including encryption, access control, logging and business continuity measures.'),
      h1('5. Personal Data Breach'),
      p('Processor shall notify Controller without undue delay, and in any event within 48 hours, after becoming aware of a Personal Data Breach.'),
      h1('6. Audits'),
      p('Processor shall make available its most recent SOC 2 Type II report and ISO/IEC 27001 certificate in satisfaction of Controller\'s audit rights.'),
      h1('Annex I – Details of Processing'),
      table([['Item', 'Description'], ['Categories of Data Subjects', 'Controller\'s employees and case subjects'], ['Categories of Personal Data', 'Contact details, case information'], ['Duration', 'Term of the Agreement']]),
      h1('Signatures'),
      table([['Processor', 'Controller'], [`${person('cto')[0]}, CTO`, 'Name / Title'], ['Date:', 'Date:']]),
    ],
    footer: 'Larkspur DPA v2024-09',
    meta: { title: 'DPA_v2024-09', creator: 'Legal' },
    headings: 'style',
  });
}

function trainingNotes(): string {
  return renderText({
    blocks: [
      { k: 'title', text: 'FedRAMP 101 for Engineers – speaker notes' },
      p('Deck: "FedRAMP 101" (34 slides). Audience: new platform engineers. Duration: 45 minutes. Presenter: Elena Sokolova.'),
      h2('Slide 3 – Why we care'),
      p('Our agency customers can only use us because we hold an Authority to Operate. Every engineer touches something that ends up in the authorization package, usually without knowing it.'),
      h2('Slide 7 – The package'),
      p('Walk through the pieces: the System Security Plan describes how we implement each control; the 3PAO writes the Security Assessment Plan and then the Security Assessment Report; we own the POA&M. Do not go into attachment numbers, people glaze over.'),
      h2('Slide 12 – What changes for you'),
      p('Changes to the boundary may be significant changes. Ask in #grc before adding a new external service. Example: the OpenSearch migration needed a significant change request and a 3PAO test.'),
      h2('Slide 18 – Monthly scans'),
      p('Show the Tenable dashboard. Highs are 30 days, moderates 90, lows 180. If you cannot fix something in time it goes to the POA&M with a milestone; deviation requests are rare and need evidence.'),
      h2('Slide 25 – Quiz'),
      p('Ask: "Can we hotfix production during the 3PAO testing window?" Answer: only with ISSO approval; the system is frozen during testing.'),
      h2('Slide 34 – Wrap-up'),
      p('Remind them to complete the Rules of Behavior acknowledgement in the LMS this week.'),
    ],
    meta: null,
    headings: 'style',
  });
}

function postmortem(): string {
  return renderMarkdown({
    blocks: [
      { k: 'title', text: 'Postmortem: elevated error rates on case search (2025-02-11)' },
      p('**Status:** Final · **Severity:** SEV-2 (availability) · **Authors:** SRE on-call · **Blameless**'),
      h1('Summary'),
      p('Between 14:02 and 15:19 UTC, 38% of case search requests returned HTTP 503. A configuration change reduced the OpenSearch thread pool queue size, causing rejections under normal afternoon load. No data was lost and no security impact was identified.'),
      h1('Timeline (UTC)'),
      table([['Time', 'Event'], ['13:55', 'Change CHG-8812 deployed (thread pool tuning)'], ['14:02', 'Error-rate alert fires'], ['14:20', 'Incident declared SEV-2; status page updated'], ['15:05', 'Change rolled back'], ['15:19', 'Error rate back to baseline']]),
      h1('Root cause'),
      p('The load test used for the change did not reproduce production query mix; the reduced queue size was safe for synthetic traffic only.'),
      h1('Action items'),
      table([['Action', 'Owner', 'Ticket'], ['Replay production query sample in load tests', 'SRE', 'SRE-1402'], ['Add queue rejection metric to change verification', 'Search team', 'SRCH-331'], ['Customer communication template for partial outages', 'Support', 'SUP-77']]),
    ],
    meta: null,
    headings: 'style',
  });
}

function privacyNotice(): Promise<Buffer> {
  return renderDocx({
    blocks: [
      { k: 'title', text: 'Website Privacy Notice', size: 40 },
      p('Last updated: January 6, 2025'),
      p(`This Privacy Notice explains how ${CSP} ("Larkspur", "we") collects and uses personal information when you visit www.larkspur.example, attend our webinars or contact our sales team. It does not apply to data our customers store in our services, which we process on their behalf under our customer agreements.`),
      h1('Information we collect'),
      bullets('Contact information you give us (name, e-mail, company, job title).', 'Usage information collected by cookies and similar technologies.', 'Information from event partners and marketing lists.'),
      h1('How we use information'),
      p('To respond to inquiries, send marketing communications you may opt out of at any time, improve our website and comply with legal obligations.'),
      h1('Your choices and rights'),
      p('Depending on where you live, you may have rights to access, correct, delete or restrict the use of your personal information, and to opt out of the sale or sharing of personal information. California residents: see the CCPA section below. EU/UK residents: our lawful bases are consent and legitimate interests.'),
      h1('Cookies'),
      p('We use strictly necessary, analytics and advertising cookies. Manage your preferences through the cookie banner.'),
      h1('Contact us'),
      p('privacy@larkspur.example – Larkspur Analytics, Inc., Attn: Privacy, 1400 Wilson Boulevard, Suite 900, Arlington, VA 22209.'),
    ],
    meta: { title: 'Privacy Notice', creator: 'Marketing Web Team' },
    headings: 'style',
  });
}

function marketing(): Promise<Buffer> {
  return renderPdf({
    blocks: [
      { k: 'title', text: `${CSO} is now FedRAMP Moderate Authorized` },
      p('Case management built for government – secure, accessible and ready to deploy.'),
      h2('Why agencies choose LCMC'),
      bullets('FedRAMP Moderate Agency ATO – reuse our authorization package to speed your own ATO.', 'Configurable workflows for investigations, FOIA, grievances and inspections.', 'Section 508 conformant (VPAT available).', 'Hosted in AWS GovCloud (US) with 99.95% availability SLA.'),
      h2('What our customers say'),
      p('"We moved from a 15-year-old on-premises system to LCMC in four months." – Program Manager, federal civilian agency'),
      h2('Get started'),
      p('Request the authorization package through the FedRAMP Marketplace or contact federal@larkspur.example. Available on GSA MAS and through our reseller partners.'),
    ],
    meta: { title: 'LCMC FedRAMP one-pager', application: 'Adobe InDesign 19.2', creator: 'Marketing' },
    headings: 'bold',
  }, 'Adobe PDF Library 17.0');
}

export async function officeUnknownDocs(): Promise<CorpusDoc[]> {
  return [
    { file: 'Sheet1 (SOC2).xlsx', expected: 'UNKNOWN', note: 'SOC 2 control matrix export (TSC criteria, owners, test results) on Sheet1: another framework, not the FedRAMP CIS/CRM workbook.', data: await soc2Controls() },
    { file: 'risk_register_export.csv', expected: 'UNKNOWN', note: 'Enterprise risk register export (likelihood × impact, treatment, owner), semicolon CSV with BOM: not a POA&M.', data: riskRegister() },
    { file: 'Jira 2025-03-14.csv', expected: 'UNKNOWN', note: 'Jira sprint export of compliance-automation tasks that mention ConMon deliverables: a task list, not a deliverable.', data: jiraExport() },
    { file: 'inventory.xlsx', expected: 'UNKNOWN', note: 'CMDB export of corporate laptops (asset tag, assignee, warranty, MDM): end-user IT assets, not the FedRAMP integrated inventory; file name misleading.', data: await laptops() },
    { file: 'notable_events.json', expected: 'UNKNOWN', note: 'SIEM (Splunk-style) notable-event search export: security alerts, not vulnerability scan results.', data: siemExport() },
    { file: 'RoE_RH-2025-117.docx', expected: 'UNKNOWN', note: 'Commercial penetration test rules-of-engagement memo for the corporate network (SOC 2/ISO program), explicitly excluding the FedRAMP system: not a SAP.', data: await roe() },
    { file: 'report_2024.pdf', expected: 'UNKNOWN', note: 'SOC 2 Type II report (auditor opinion, system description, tests of controls): another framework\'s attestation, not a SAR.', data: await soc2Report() },
    { file: 'certificate.pdf', expected: 'UNKNOWN', note: 'ISO/IEC 27001:2022 certificate of the CSP\'s ISMS: not a FedRAMP deliverable (not an ATO letter).', data: await isoCert() },
    { file: 'VSAQ_Northwind_response.xlsx', expected: 'UNKNOWN', note: 'Vendor security questionnaire answered for a commercial customer: not a deliverable.', data: await questionnaire() },
    { file: 'ConMon_2025-03_minutes.docx', expected: 'UNKNOWN', note: 'Minutes of the monthly ConMon meeting with the agency (POA&M, scans, SCR discussed): meeting minutes, not a deliverable.', data: await minutes() },
    { file: 'Board_Q1_2025.pdf', expected: 'UNKNOWN', note: 'Board of directors security and compliance update with speaker notes: not a deliverable.', data: await boardUpdate() },
    { file: 'job-posting.md', expected: 'UNKNOWN', note: 'Job description for a FedRAMP GRC engineer (mentions POA&M, SSP, OSCAL): not a deliverable.', data: jobDescription() },
    { file: 'Larkspur_DPA.pdf', expected: 'UNKNOWN', note: 'Data Processing Addendum of the master subscription agreement (GDPR/CCPA): a contract, not a privacy assessment.', data: await dpa() },
    { file: 'fedramp101-notes.txt', expected: 'UNKNOWN', note: 'Speaker notes of an internal FedRAMP 101 training deck: training material, not a deliverable.', data: trainingNotes() },
    { file: 'postmortem-2025-02-11.md', expected: 'UNKNOWN', note: 'Blameless incident postmortem of an availability outage: a single incident review, not the incident response plan.', data: postmortem() },
    { file: 'PIA.docx', expected: 'UNKNOWN', note: 'Public website privacy notice (cookies, marketing, CCPA/GDPR rights): not a PTA/PIA despite the file name.', data: await privacyNotice() },
    { file: 'LCMC-onepager.pdf', expected: 'UNKNOWN', note: 'Marketing one-pager announcing the FedRAMP authorization: not an ATO letter or any deliverable.', data: await marketing() },
  ];
}
