/** Look-alikes that are not FedRAMP deliverables (expected UNKNOWN). The OSCAL catalog lives in oscal.ts. */
import { blankPdf } from '../lib/pdf.js';
import {
  Rng, book, br, center, csv, day, docx, gap, h1, h2, longDate, p, pdf, saveBook, setRow, table, title, ul, usDate, writeTable,
} from './common.js';
import type { Block, CellValue, EvalDoc } from './common.js';
import { HARBOR, LUMEN, MERIDIAN, NIMBUS, QUILL } from './orgs.js';

async function boardMinutes(): Promise<EvalDoc> {
  const csp = LUMEN;
  const body: Block[] = [
    title('Minutes of the Regular Meeting of the Board of Directors'),
    center(csp.legal),
    center(`${longDate(day(-48))} - Arlington, VA and by videoconference`),
    h1('Attendance'),
    p('Directors present: Helen Marchetti (Chair), David Osei, Priya Raghunathan (ex officio, CISO), Nikolai Berg, Rosa Delgado. Also present: Renata Okafor (VP Platform Operations), outside counsel.'),
    h1('Call to Order'),
    p('The Chair called the meeting to order at 9:02 a.m. A quorum was present. The minutes of the previous meeting were approved as circulated.'),
    h1('Public Sector Update'),
    p('Ms. Okafor reported that the System Security Plan for the Insight Platform was submitted to the Department of the Interior in March and approved in April, that the 3PAO completed its testing in June, and that the company expects the agency ATO letter in the third quarter. She noted that the Security Assessment Report identified no High findings and that the POA&M contains 14 Moderate items.'),
    p('The Board discussed the cost of continuous monitoring (approximately $1.1M per year including the annual assessment) and the expected pipeline of agencies that could reuse the authorization.'),
    h1('Financial Report'),
    table(['Metric', 'Q2 FY25', 'Q2 FY24'], [['Revenue', '$18.4M', '$14.9M'], ['Public sector ARR', '$6.2M', '$3.8M'], ['Operating margin', '-4%', '-11%']]),
    h1('Resolutions'),
    ul('RESOLVED, that the FY26 security budget of $4.3M is approved.', 'RESOLVED, that management is authorized to pursue a FedRAMP High authorization for a future offering.'),
    h1('Adjournment'),
    p('There being no further business, the meeting was adjourned at 11:40 a.m.'),
    p('Respectfully submitted, Corporate Secretary'),
  ];
  return {
    file: 'SSP-approval-discussion.docx',
    expected: 'UNKNOWN',
    format: 'docx',
    note: 'board minutes that discuss the SSP, SAR, POA&M and ATO letter; misleading file name',
    data: await docx({ props: { title: 'Board Minutes Q2 2025', creator: 'Corporate Secretary', company: csp.legal }, body, date: day(-45) }),
  };
}

async function statementOfWork(): Promise<EvalDoc> {
  const csp = QUILL;
  const a = MERIDIAN;
  const body: Block[] = [
    title('Statement of Work'),
    center(`FedRAMP Annual Assessment Services for ${csp.legal}`),
    center(`${a.legal} - Proposal No. MAG-25-118`),
    h1('Background'),
    p(`${csp.legal} holds an agency FedRAMP Low authorization for the ${csp.system} and requires an independent FedRAMP-recognized 3PAO to perform its 2025 annual assessment.`),
    h1('Scope of Services'),
    ul('Develop the Security Assessment Plan (SAP) using the current FedRAMP template and obtain agency approval.', 'Test the FedRAMP core controls and the annual control selection.', 'Perform authenticated vulnerability scanning and penetration testing.', 'Deliver a Security Assessment Report (SAR) with risk exposure table and authorization recommendation.', 'Support the CSP in updating the POA&M with the findings.'),
    h1('Deliverables and Schedule'),
    table(['Deliverable', 'Due'], [['Kickoff', 'Week 1'], ['Draft SAP', 'Week 2'], ['Testing', 'Weeks 4-6'], ['Draft SAR', 'Week 9'], ['Final SAR', 'Week 11']]),
    h1('Assumptions'),
    ul('No more than 60 in-scope hosts and 2 web applications.', 'Testing is performed remotely.', 'CSP provides evidence within 3 business days of request.'),
    h1('Fees'),
    table(['Item', 'Fee (USD)'], [['Annual assessment (fixed fee)', '$118,500'], ['Penetration test', '$34,000'], ['Travel', 'Not anticipated'], ['Total', '$152,500']]),
    h1('Terms'),
    p('Invoicing 40% at SAP approval, 60% at final SAR. Net 30. This SOW is governed by the Master Services Agreement dated 3 January 2024.'),
    h1('Acceptance'),
    p('Client: ____________________   Date: ________        Meridian Attest Group: ____________________   Date: ________'),
  ];
  return {
    file: 'qrv-aa25-proposal.pdf',
    expected: 'UNKNOWN',
    format: 'pdf',
    note: '3PAO statement of work that lists SAP/SAR/POA&M deliverables',
    data: await pdf({ props: { title: 'SOW - FedRAMP Annual Assessment', creator: a.lead.name }, body, date: day(-130) }),
  };
}

async function soc2(): Promise<EvalDoc> {
  const csp = HARBOR;
  const rng = new Rng('eval:unk:soc2');
  const body: Block[] = [
    gap, gap,
    title('SOC 2 Type II Report'),
    center(`Report on ${csp.legal}'s Description of Its HarborDesk Service Management System and on the Suitability of the Design and Operating Effectiveness of Its Controls Relevant to Security, Availability, and Confidentiality`),
    center(`For the Period ${longDate(day(-385))} to ${longDate(day(-20))}`),
    br,
    h1("Section 1: Independent Service Auditor's Report"),
    p(`To the Management of ${csp.legal}: We have examined ${csp.short}'s accompanying description of its HarborDesk Service Management system and the suitability of the design and operating effectiveness of controls stated in the description to provide reasonable assurance that the service commitments and system requirements were achieved based on the trust services criteria relevant to security, availability, and confidentiality (applicable trust services criteria) set forth in TSP section 100, 2017 Trust Services Criteria (With Revised Points of Focus - 2022).`),
    p('In our opinion, in all material respects, the description presents the system that was designed and implemented throughout the period in accordance with the description criteria, and the controls stated therein were suitably designed and operated effectively.'),
    p('Halvorsen & Pike LLP, Certified Public Accountants, San Jose, California'),
    h1("Section 2: Management's Assertion"),
    p('We have prepared the accompanying description of the system in accordance with DC section 200, 2018 Description Criteria for a Description of a Service Organization\'s System in a SOC 2 Report.'),
    h1('Section 3: Description of the System'),
    p('Company overview, services provided, principal service commitments, components of the system (infrastructure, software, people, procedures, data), complementary user entity controls and complementary subservice organization controls (Google Cloud Platform).'),
    h1('Section 4: Trust Services Criteria, Related Controls, and Tests of Controls'),
    table(['Criteria', 'Control Activity', 'Test Performed by the Service Auditor', 'Results'], Array.from({ length: 24 }, (_, i) => [
      `CC${rng.int(1, 9)}.${rng.int(1, 8)}`,
      rng.pick(['Access to production is approved by management and reviewed quarterly.', 'Changes are peer reviewed and tested prior to deployment.', 'Backups are performed daily and restoration is tested annually.', 'Security awareness training is completed upon hire and annually.', 'Vulnerability scans are performed monthly and findings tracked to resolution.']),
      rng.pick(['Inspected a sample of 25 access requests for approval.', 'Inspected the configuration and a sample of changes.', 'Inspected backup logs and the restoration test report.', 'Inspected training completion records for a sample of employees.']),
      i === 7 ? 'Exception noted: 1 of 25 samples lacked approval evidence.' : 'No exceptions noted.',
    ])),
    h1('Section 5: Other Information Provided by Management'),
    p('Management\'s response to exceptions and information about the company\'s FedRAMP Moderate authorization (not covered by the service auditor\'s opinion).'),
  ];
  return {
    file: 'HarborDesk_2025_report_final.pdf',
    expected: 'UNKNOWN',
    format: 'pdf',
    note: 'SOC 2 Type II report (auditor opinion, trust services criteria test table) - not a FedRAMP SAR',
    data: await pdf({ props: { title: 'HarborDesk SOC 2 Type II 2025', creator: 'Halvorsen & Pike LLP' }, header: 'CONFIDENTIAL - Use of this report is restricted', body, date: day(-12) }),
  };
}

async function pentestQuote(): Promise<EvalDoc> {
  const body: Block[] = [
    title('Quotation'),
    table(['Quote #', 'Q-2025-0612'], [['Date', usDate(day(-70))], ['Valid until', usDate(day(-40))], ['Prepared for', `${NIMBUS.owner.name}, ${NIMBUS.legal}`], ['Prepared by', 'Redwater Offensive Security, Inc.']]),
    h1('Services'),
    table(['Line', 'Description', 'Qty', 'Unit Price', 'Amount'], [
      ['1', 'External network penetration test (up to 256 IPs)', '1', '$18,000.00', '$18,000.00'],
      ['2', 'Web application penetration test (authenticated, 2 roles)', '2', '$14,500.00', '$29,000.00'],
      ['3', 'Cloud configuration review (IaaS control plane)', '1', '$9,800.00', '$9,800.00'],
      ['4', 'Retest of findings within 90 days', '1', '$3,500.00', '$3,500.00'],
      ['', '', '', 'Subtotal', '$60,300.00'],
      ['', '', '', 'Discount (10%)', '-$6,030.00'],
      ['', '', '', 'Total', '$54,270.00'],
    ]),
    h1('Notes'),
    ul('Testing aligned with the FedRAMP Penetration Test Guidance attack vectors on request.', 'Report delivered within 10 business days after testing.', 'Payment terms Net 30.'),
    p('To accept, sign and return this quotation or issue a purchase order referencing the quote number.'),
  ];
  return {
    file: 'Q-2025-0612.pdf',
    expected: 'UNKNOWN',
    format: 'pdf',
    note: 'penetration test vendor quote',
    data: await pdf({ props: { creator: 'Redwater Sales' }, body, date: day(-70) }),
  };
}

async function whitepaper(): Promise<EvalDoc> {
  const csp = NIMBUS;
  const body: Block[] = [
    title(`Security at ${csp.short}`),
    center('How we protect your workloads - Whitepaper, July 2025'),
    h1('Executive Summary'),
    p('Security is designed into every layer of Nimbuswerk Federal Compute, from the hardware root of trust to the control plane. This paper describes our shared responsibility model, our approach to encryption and key management, our compliance programs, and how customers can build secure workloads on our platform.'),
    h1('Shared Responsibility'),
    p('Nimbuswerk secures the physical facilities, hardware, hypervisor and control plane. Customers secure their guest operating systems, applications, identities and data.'),
    h1('Encryption Everywhere'),
    p('All data is encrypted at rest with AES-256 using FIPS 140-3 validated modules, and all traffic between facilities is encrypted with MACsec. Customers can bring their own keys.'),
    h1('Compliance Programs'),
    ul('FedRAMP High (agency authorization)', 'DoD Cloud Computing SRG Impact Level 4 (in process)', 'SOC 1 / SOC 2 Type II', 'ISO/IEC 27001:2022', 'CJIS (state-by-state)'),
    h1('Monitoring and Response'),
    p('A 24x7 security operations center monitors telemetry from every host and network device; incidents affecting customers are communicated through the status page and directly to affected account contacts.'),
    h1('Conclusion'),
    p('To learn more, contact your account team or visit our trust center.'),
  ];
  return {
    file: 'nimbuswerk-2025-07.pdf',
    expected: 'UNKNOWN',
    format: 'pdf',
    note: 'generic marketing security whitepaper mentioning FedRAMP',
    data: await pdf({ props: { title: 'Security at Nimbuswerk', creator: 'Nimbuswerk Marketing' }, body, date: day(-20) }, { producer: 'Adobe InDesign 19.4 (Macintosh)' }),
  };
}

async function hrHandbook(): Promise<EvalDoc> {
  const csp = QUILL;
  const body: Block[] = [
    title('Employee Handbook'),
    center(`${csp.legal} - 2025 Edition`),
    h1('Welcome'),
    p('Welcome to Quillstone! This handbook summarizes the policies, benefits and expectations that apply to all employees. It does not create a contract of employment.'),
    h1('Employment'),
    h2('Equal Employment Opportunity'), p('Quillstone is an equal opportunity employer.'),
    h2('At-Will Employment'), p('Employment with Quillstone is at will.'),
    h2('Background Checks'), p('Offers are contingent on a background check; roles supporting federal customers may require additional screening.'),
    h1('Working Hours and Pay'),
    p('Standard hours are 9 a.m. to 5 p.m. local time with flexible scheduling; payroll is semi-monthly.'),
    h1('Time Off'),
    table(['Benefit', 'Allowance'], [['Paid time off', '20 days per year'], ['Holidays', '11 federal holidays'], ['Parental leave', '16 weeks paid'], ['Sick leave', 'As needed']]),
    h1('Code of Conduct'),
    ul('Treat colleagues and customers with respect.', 'Avoid conflicts of interest.', 'Protect confidential information.', 'Report concerns to HR or the ethics hotline.'),
    h1('Technology and Acceptable Use'),
    p('Company devices and accounts are for business use. Follow the Information Security Policy and the system-specific rules you acknowledge when you receive access to customer environments.'),
    h1('Benefits'),
    p('Medical, dental, vision, 401(k) with 4% match, and a learning stipend of $1,500 per year.'),
    h1('Acknowledgment'),
    p('I have received and read the Employee Handbook. Signature: ______________  Date: ________'),
  ];
  return {
    file: 'people_2025.docx',
    expected: 'UNKNOWN',
    format: 'docx',
    note: 'HR employee handbook with an acceptable-use section and acknowledgment signature',
    data: await docx({ props: { title: 'Employee Handbook 2025', creator: 'People Operations', company: csp.legal }, body, date: day(-200) }),
  };
}

async function blankSsp(): Promise<EvalDoc> {
  return {
    file: 'SSP.pdf',
    expected: 'UNKNOWN',
    format: 'pdf',
    note: 'blank 3-page PDF named SSP.pdf (no text at all)',
    data: await blankPdf(3, day(-1)),
  };
}

async function cloudCosts(): Promise<EvalDoc> {
  const rng = new Rng('eval:unk:costs');
  const wb = book({ creator: 'FinOps', date: day(-10), company: LUMEN.legal, title: 'Cloud spend FY25' });
  const ws = wb.addWorksheet('Cost by Service');
  const services = ['Amazon EC2', 'Amazon RDS', 'Amazon S3', 'Amazon EKS', 'AWS WAF', 'Amazon CloudWatch', 'AWS KMS', 'Elastic Load Balancing', 'AWS Backup', 'Amazon GuardDuty'];
  const months = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];
  const rows: CellValue[][] = services.map((s) => [s, 'us-gov-west-1', 'prod', ...months.map(() => Math.round(rng.int(800, 42000) * 100) / 100)]);
  writeTable(ws, 1, ['Service', 'Region', 'Environment', ...months], rows, { width: 14 });
  setRow(ws, services.length + 3, ['Total', '', '', ...months.map((_, i) => rows.reduce((a, r) => a + Number(r[3 + i]), 0))]);
  const ws2 = wb.addWorksheet('Budget vs Actual');
  writeTable(ws2, 1, ['Cost Center', 'Budget', 'Actual', 'Variance'], [['Platform', 1_200_000, 1_134_220, 65_780], ['Security tooling', 310_000, 342_118, -32_118], ['GovCloud ConMon', 180_000, 171_905, 8_095]], { width: 18 });
  return {
    file: 'inventory-costs-q2.xlsx',
    expected: 'UNKNOWN',
    format: 'xlsx',
    note: 'cloud cost spreadsheet (services x months); misleading "inventory" in name',
    data: await saveBook(wb, day(-10)),
  };
}

function changeTickets(): EvalDoc {
  const rng = new Rng('eval:unk:chg');
  const rows: (string | number)[][] = [['Number', 'Short description', 'Type', 'State', 'Risk', 'Impact', 'Assignment group', 'Requested by', 'Planned start date', 'Planned end date', 'Approval', 'CAB date', 'Configuration item', 'Close code']];
  const what = ['Patch EKS worker AMI to 2025-07 release', 'Rotate ALB TLS certificate', 'Increase RDS storage to 2 TB', 'Deploy release 2025.7.2', 'Update WAF managed rule group version', 'Add new Splunk forwarder index', 'Enable GuardDuty EKS runtime monitoring', 'Emergency: block IOC IP ranges'];
  for (let i = 0; i < 40; i++) {
    const s = day(-rng.int(1, 90));
    const t = rng.pick(what);
    rows.push([`CHG00${31200 + i}`, t, t.startsWith('Emergency') ? 'Emergency' : rng.pick(['Standard', 'Normal', 'Normal']), rng.pick(['Closed', 'Closed', 'Implement', 'Scheduled']), rng.pick(['Low', 'Moderate', 'High']), rng.pick(['3 - Low', '2 - Medium']), rng.pick(['Cloud Ops', 'SRE', 'Security Engineering']), rng.pick([LUMEN.engineer.name, LUMEN.isso.name]), `${usDate(s)} 22:00:00`, `${usDate(s)} 23:30:00`, 'Approved', usDate(new Date(s.getTime() - 2 * 86_400_000)), rng.pick(['lip-eks-prod', 'lip-rds-prod', 'lip-alb-public', 'lip-waf']), rng.pick(['Successful', 'Successful', 'Successful with issues'])]);
  }
  return {
    file: 'change_request.csv',
    expected: 'UNKNOWN',
    format: 'csv',
    note: 'ITSM change-ticket export (CAB approvals); misleading "change_request" name',
    data: csv(rows),
  };
}

async function architectureNotes(): Promise<EvalDoc> {
  const csp = LUMEN;
  const body: Block[] = [
    title('LIP Reference Architecture - Diagram Notes'),
    center('Companion text for the Lucidchart diagram "LIP-prod-v7"'),
    h1('Diagram Legend'),
    table(['Shape', 'Meaning'], [['Blue rectangle', 'AWS managed service'], ['Green hexagon', 'Kubernetes workload'], ['Red dashed line', 'Authorization boundary'], ['Orange arrow', 'Data flow carrying tenant data'], ['Grey arrow', 'Management / telemetry flow']]),
    h1('Layers'),
    h2('Edge'), p('Route 53 public hosted zone -> AWS WAF -> Application Load Balancer (TLS 1.2+, FIPS endpoints).'),
    h2('Application'), p('EKS cluster with three node groups (web, api, workers). Service mesh mTLS between pods. Secrets from AWS Secrets Manager via CSI driver.'),
    h2('Data'), p('RDS PostgreSQL Multi-AZ, S3 tenant buckets with bucket keys, ElastiCache Redis for sessions.'),
    h2('Management'), p('Separate management VPC with Session Manager endpoints, CI runners and the Splunk forwarder tier; peering is one-way from management to prod.'),
    h1('Numbered Flows'),
    table(['Flow', 'From', 'To', 'Protocol', 'Data'], [['1', 'Agency user', 'ALB', 'HTTPS 443', 'UI/API requests'], ['2', 'ALB', 'web pods', 'HTTPS 8443', 'Requests'], ['3', 'api pods', 'RDS', 'TLS 5432', 'Tenant records'], ['4', 'workers', 'S3', 'HTTPS via VPC endpoint', 'Files'], ['5', 'All nodes', 'Splunk', 'TLS 9997', 'Logs'], ['6', 'Agency IdP', 'ALB', 'HTTPS', 'SAML assertions']]),
    h1('Open Questions for the Next Revision'),
    ul('Show the Bedrock endpoint once the change is approved.', 'Split the worker node group by queue.', 'Add DR region as a faded copy.'),
  ];
  return {
    file: 'lip-v7-notes.docx',
    expected: 'UNKNOWN',
    format: 'docx',
    note: 'architecture diagram description (boundary, data flows) - reads like an SSP section but is not one',
    data: await docx({ props: { title: 'LIP architecture diagram notes', creator: csp.engineer.name, company: csp.legal }, body, date: day(-14) }),
  };
}

async function trainingDeck(): Promise<EvalDoc> {
  const csp = HARBOR;
  const slides: [string, string[]][] = [
    ['Welcome & Agenda', ['Why security awareness matters', 'What is new this year', 'Quiz at the end (80% to pass)']],
    ['Phishing in 2025', ['QR-code phishing', 'MFA fatigue attacks', 'Deepfake voice calls from "executives"']],
    ['Protecting Customer Data', ['Government customers and FedRAMP: what it means for you', 'Never move customer data to personal tools', 'Use approved AI tools only']],
    ['Passwords and Passkeys', ['Use the password manager', 'Register two passkeys']],
    ['Reporting Incidents', ['Report to #security or security@', 'Within one hour for anything touching government tenants', 'No blame for honest mistakes']],
    ['Physical Security & Travel', ['Badge in, no tailgating', 'Privacy screens when travelling', 'Lost laptop? Report immediately']],
    ['Rules You Acknowledge', ['Annual acknowledgment of the Acceptable Use Policy', 'Privileged users have additional rules']],
    ['Quiz', ['10 questions', 'Certificates issued automatically in Workday']],
  ];
  const body: Block[] = [title('Security Awareness Training 2025'), center('Slide deck outline - draft for review by People Team'), p(`Owner: ${csp.isso.name}. Target length: 35 minutes. Delivery: LMS, SCORM package.`)];
  slides.forEach(([t, bullets], i) => body.push(h2(`Slide ${i + 1}: ${t}`), { kind: 'bullets', items: bullets }, p(`Speaker notes: ${t} - keep to ${i === 0 ? 2 : 4} minutes.`)));
  return {
    file: 'SAT25_v2.docx',
    expected: 'UNKNOWN',
    format: 'docx',
    note: 'security awareness training slide-deck outline',
    data: await docx({ props: { title: 'SAT 2025 outline', creator: csp.isso.name, company: csp.legal }, numbering: 'none', body, date: day(-55) }),
  };
}

export async function unknownDocs(): Promise<EvalDoc[]> {
  return [
    await boardMinutes(), await statementOfWork(), await soc2(), await pentestQuote(), await whitepaper(), await hrHandbook(),
    await blankSsp(), await cloudCosts(), changeTickets(), await architectureNotes(), await trainingDeck(),
  ];
}
