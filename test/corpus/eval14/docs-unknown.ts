/** Hard look-alikes: real documents of a hyperscaler's federal team that are NOT FedRAMP deliverables (UNKNOWN). */
import { CSO, CSO_SHORT, ENG_BANK, TPAO, approvals, headerTable, revisionHistory } from './front.js';
import type { EvalDoc } from './front.js';
import { blocksToMarkdown, blocksToPdf, blocksToText, docx, para, pdf, pick, rng, xlsx } from './kit.js';
import type { Block, PdfLine } from './kit.js';

const U = 'UNKNOWN' as const;

async function whitepaper(): Promise<EvalDoc> {
  const r = rng(1201);
  const bank = [
    'Corvane Government Cloud helps agencies meet their compliance obligations faster by inheriting controls that Corvane operates at hyperscale.',
    'CGC-High holds a FedRAMP High authorization, DoD Impact Level 5 provisional authorization, and supports CJIS and IRS Publication 1075 workloads.',
    'Customers can accelerate their own ATOs by leveraging the Corvane package from the FedRAMP secure repository.',
    'Our compliance program is audited more than 40 times per year by independent assessors.',
    'Contact your Corvane account team to request access to compliance artifacts under NDA.',
    'This whitepaper is provided for informational purposes only and does not create any commitment or assurance.',
  ];
  const blocks: Block[] = [
    { p: 'Whitepaper  |  March 2025', size: 18 },
    { p: 'Achieving Compliance at Mission Speed with Corvane Government Cloud', bold: true, size: 40 },
    { h: 1, text: 'Introduction' },
    { p: para(r, bank, 3) },
    { h: 1, text: 'A portfolio of compliance programs' },
    { table: [['Program', 'Scope', 'Status'], ['FedRAMP High', 'CGC regions', 'Authorized'], ['DoD SRG IL5', 'CGC regions', 'Provisionally authorized'], ['CJIS', 'CGC regions', 'Supported'], ['ISO/IEC 27001', 'All regions', 'Certified'], ['SOC 1/2/3', 'All regions', 'Reports available']] },
    { h: 1, text: 'How customers benefit' },
    { p: `${para(r, bank, 3)} ${para(r, ENG_BANK, 1)}` },
    { h: 1, text: 'Next steps' },
    { p: para(r, bank, 2) },
    { p: '(c) 2025 Corvane Cloud Services, Inc. All rights reserved. Corvane and the Corvane logo are trademarks of Corvane Cloud Services, Inc.', size: 14 },
  ];
  return { file: 'Corvane_Gov_Compliance_Whitepaper.pdf', expected: U, note: 'Customer-facing marketing whitepaper on Corvane compliance programs; informational, not a FedRAMP deliverable.', data: await pdf({ title: 'Achieving Compliance at Mission Speed', author: 'Corvane Public Sector Marketing', lines: blocksToPdf(blocks) }) };
}

async function sharedResponsibility(): Promise<EvalDoc> {
  const r = rng(1202);
  const bank = [
    'Security and compliance is a shared responsibility between Corvane and the customer.',
    'Corvane is responsible for security OF the cloud: the facilities, hardware, hypervisor and the global network.',
    'Customers are responsible for security IN the cloud: their data, identities, guest operating systems, applications and network configuration.',
    'The division of responsibility varies with the service: for IaaS the customer manages the guest OS; for managed PaaS services Corvane patches the platform.',
    'This guide applies to all Corvane regions, commercial and government, and is reviewed twice a year.',
  ];
  const blocks: Block[] = [
    { p: 'Corvane Shared Responsibility Model: A Guide for Public Sector Customers', bold: true, size: 36 },
    { p: 'Customer education series  |  Not a contractual document', italic: true },
    { h: 1, text: 'What is the shared responsibility model?' },
    { p: para(r, bank, 3) },
    { h: 1, text: 'Responsibility by service model' },
    { table: [['Layer', 'IaaS (Compute)', 'PaaS (Managed DB)', 'Serverless'], ['Customer data', 'Customer', 'Customer', 'Customer'], ['Identity and access', 'Customer', 'Customer', 'Customer'], ['Application', 'Customer', 'Customer', 'Customer'], ['Guest OS', 'Customer', 'Corvane', 'Corvane'], ['Virtualization', 'Corvane', 'Corvane', 'Corvane'], ['Physical', 'Corvane', 'Corvane', 'Corvane']] },
    { h: 1, text: 'Examples' },
    { p: `${para(r, bank, 2)} Encryption keys: customers choose between Corvane-managed and customer-managed keys.` },
    { h: 1, text: 'Learn more' },
    { p: 'See the Corvane Security Center website and the training course "Cloud Security Essentials".' },
  ];
  return { file: 'shared-responsibility-guide.docx', expected: U, note: 'Generic customer education guide on the shared responsibility model across all regions (layers vs service models); not the CIS/CRM workbook nor the User Guide.', data: await docx({ title: 'Shared Responsibility Model', creator: 'Customer Education', blocks }) };
}

async function serviceTerms(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { p: 'CORVANE CLOUD SERVICE TERMS - GOVERNMENT REGIONS', bold: true, center: true, size: 28 },
    { p: 'Last updated: February 1, 2025', center: true },
    { bh: '1. Definitions' },
    { p: '"Government Regions" means the Corvane regions designated for U.S. government customers. "Customer Content" means software, data, text or other content uploaded by Customer. "Service Level Agreement" means the SLA published for each Service.' },
    { bh: '2. Eligibility' },
    { p: 'Customer may use the Government Regions only if Customer is a U.S. government entity or a contractor to one and Customer\'s account holders are U.S. persons.' },
    { bh: '3. Customer Responsibilities' },
    { p: 'Customer is responsible for its use of the Services, for the security of Customer Content and for the configuration of the Services it uses. Customer will not use the Services to store classified information.' },
    { bh: '4. Fees and Payment' },
    { p: 'Fees are billed monthly in arrears according to the pricing on the Corvane website or the applicable contract vehicle (GSA MAS, SEWP V).' },
    { bh: '5. Term and Termination' },
    { p: 'These Service Terms remain in effect until terminated. Either party may terminate for material breach upon 30 days written notice.' },
    { bh: '6. Limitation of Liability' },
    { p: 'EXCEPT FOR OBLIGATIONS UNDER SECTION 8, NEITHER PARTY WILL BE LIABLE FOR INDIRECT, INCIDENTAL, SPECIAL OR CONSEQUENTIAL DAMAGES.' },
    { bh: '7. Governing Law' },
    { p: 'For U.S. government customers, these terms are governed by federal law, including the Contract Disputes Act, and nothing herein waives sovereign immunity.' },
    { bh: '8. Compliance Programs' },
    { p: `Corvane will maintain the FedRAMP High authorization of ${CSO_SHORT} for the term of the agreement and will make continuous monitoring deliverables available to authorized agencies.` },
  ];
  return { file: 'doc-1207.docx', expected: U, note: 'Corvane service terms for the government regions (legal terms, fees, liability); a contract document, not a deliverable.', data: await docx({ title: 'Service Terms', creator: 'Legal', blocks }) };
}

async function evidenceIndex(): Promise<EvalDoc> {
  const r = rng(1204);
  const rows: (string | null)[][] = [['Request ID', 'Control', 'Evidence Requested', 'Owner', 'Due', 'Status', 'SharePoint Path']];
  const items = ['Screenshot of IdP MFA policy', 'Quarterly access review export', 'CCB meeting minutes (3 samples)', 'ISCP test report', 'Training completion records', 'Backup job logs', 'Firewall ruleset export', 'Vendor risk assessment (HSM)', 'Audit log retention configuration', 'Incident ticket samples'];
  for (let i = 0; i < 40; i++) rows.push([`PBC-${String(i + 1).padStart(3, '0')}`, pick(r, ['AC-2', 'AT-2', 'AU-11', 'CM-3', 'CP-4', 'CP-9', 'IR-6', 'SC-7', 'SR-6', 'AC-6(9)']), pick(r, items), pick(r, ['Identity Team', 'BCDR Office', 'Network Eng', 'FSO']), '2025-04-04', pick(r, ['Provided', 'Provided', 'In progress', 'Not started', 'Needs clarification']), `/sites/FSO/Assessment2025/Evidence/PBC-${i + 1}`]);
  return {
    file: 'Evidence_Tracker_2025.xlsx',
    expected: U,
    note: 'Audit evidence index / PBC request tracker for the annual assessment (evidence items, owners, status); a working list, not a SAP or SAR.',
    data: await xlsx({ creator: 'FSO', sheets: [{ name: 'Read Me', rows: [['Evidence request list (PBC) for the 2025 annual assessment. Upload each artifact to the SharePoint path and set status.']] }, { name: 'Evidence Index', rows, boldRows: [1], freeze: 1 }, { name: 'Owners', rows: [['Team', 'POC'], ['Identity Team', 'J. Lindqvist'], ['BCDR Office', 'S. Amari'], ['FSO', 'D. Whitlock']] }] }),
  };
}

async function slaReport(): Promise<EvalDoc> {
  const r = rng(1205);
  const services = ['Compute', 'Block Storage', 'Object Storage', 'Managed DB', 'Identity', 'KMS', 'Load Balancer'];
  const rows: (string | number)[][] = [['Service', 'Region', 'SLA Target %', 'Achieved %', 'Minutes Down', 'SLA Credits Issued', 'Met?']];
  for (const s of services) for (const reg of ['us-gov-east-1', 'us-gov-west-1']) {
    const ach = 99.9 + Math.round(r() * 99) / 1000;
    rows.push([s, reg, 99.95, ach, Math.round((100 - ach) * 438), ach < 99.95 ? 'Yes' : 'No', ach >= 99.95 ? 'Met' : 'Missed']);
  }
  return {
    file: 'SLA_Report_Feb2025.xlsx',
    expected: U,
    note: 'Internal monthly SLA attainment report per service and region (availability, credits); operational reporting, not a deliverable.',
    data: await xlsx({ creator: 'SRE Reporting', sheets: [{ name: 'Summary', rows: [['CGC Service Level Report - February 2025'], ['Overall attainment: 12 of 14 service-region pairs met SLA'], ['Prepared by SRE Reporting for the Government Regions leadership review']] }, { name: 'By Service', rows, boldRows: [1] }, { name: 'Incidents', rows: [['Incident', 'Service', 'Start', 'Duration (min)', 'Root cause'], ['INC-88121', 'Managed DB', '2025-02-11 14:02', 47, 'Failover misconfiguration'], ['INC-88412', 'Load Balancer', '2025-02-19 03:40', 22, 'Certificate rotation']] }] }),
  };
}

async function capacityReport(): Promise<EvalDoc> {
  const r = rng(1206);
  const rows: (string | number)[][] = [['Region', 'AZ', 'Instance Family', 'Hosts', 'vCPU Capacity', 'vCPU Allocated', 'Utilization %', 'Forecast 90d %', 'Action']];
  for (const reg of ['us-gov-east-1', 'us-gov-west-1']) for (const az of ['AZ1', 'AZ2', 'AZ3']) for (const fam of ['m7-gov', 'c7-gov', 'r7-gov', 'g6-gov']) {
    const hosts = 40 + Math.floor(r() * 200);
    const cap = hosts * 192;
    const used = Math.floor(cap * (0.4 + r() * 0.5));
    const u = Math.round((used / cap) * 1000) / 10;
    rows.push([reg, az, fam, hosts, cap, used, u, Math.min(99, Math.round(u * 1.12 * 10) / 10), u > 80 ? 'Order racks' : 'None']);
  }
  return {
    file: 'capacity_q1.xlsx',
    expected: U,
    note: 'Quarterly compute capacity planning report (hosts, vCPU utilisation, forecasts) per region/AZ; not an inventory workbook.',
    data: await xlsx({ creator: 'Capacity Planning', sheets: [{ name: 'Notes', rows: [['Q1 FY25 capacity review, Government Regions'], ['Thresholds: order when forecast exceeds 85%.']] }, { name: 'Capacity', rows, boldRows: [1] }] }),
  };
}

function baselineList(): EvalDoc {
  const lines = ['Control ID,Control Name,Family,Low,Moderate,High,FedRAMP Parameter / Additional Requirements'];
  const ctrls: [string, string, string][] = [
    ['AC-1', 'Policy and Procedures', 'Access Control'], ['AC-2', 'Account Management', 'Access Control'], ['AC-2(1)', 'Automated System Account Management', 'Access Control'], ['AC-2(2)', 'Automated Temporary and Emergency Account Management', 'Access Control'], ['AC-2(3)', 'Disable Accounts', 'Access Control'], ['AC-2(12)', 'Account Monitoring for Atypical Usage', 'Access Control'], ['AC-3', 'Access Enforcement', 'Access Control'], ['AC-6(9)', 'Log Use of Privileged Functions', 'Access Control'], ['AU-2', 'Event Logging', 'Audit and Accountability'], ['AU-6', 'Audit Record Review, Analysis, and Reporting', 'Audit and Accountability'], ['AU-11', 'Audit Record Retention', 'Audit and Accountability'], ['CA-7', 'Continuous Monitoring', 'Assessment, Authorization, and Monitoring'], ['CM-6', 'Configuration Settings', 'Configuration Management'], ['CP-9', 'System Backup', 'Contingency Planning'], ['IA-2(1)', 'Multi-factor Authentication to Privileged Accounts', 'Identification and Authentication'], ['IR-6', 'Incident Reporting', 'Incident Response'], ['RA-5', 'Vulnerability Monitoring and Scanning', 'Risk Assessment'], ['SC-7', 'Boundary Protection', 'System and Communications Protection'], ['SC-13', 'Cryptographic Protection', 'System and Communications Protection'], ['SI-4', 'System Monitoring', 'System and Information Integrity'], ['SR-3', 'Supply Chain Controls and Processes', 'Supply Chain Risk Management'],
  ];
  for (const [id, name, fam] of ctrls) lines.push([id, `"${name}"`, `"${fam}"`, id.includes('(') ? '' : 'X', 'X', 'X', id === 'AC-2(3)' ? '"AC-2(3)(a) [24 hours for user accounts]"' : ''].join(','));
  return { file: 'FedRAMP_Rev5_High_Baseline_Controls.csv', expected: U, note: 'Reference list of FedRAMP Rev. 5 baseline controls (IDs, names, Low/Moderate/High marks); a public reference, not a deliverable.', data: lines.join('\n') + '\n' };
}

function letterLines(head: string[], subject: string, paras: string[], signer: string[]): PdfLine[] {
  return [
    ...head.map((h, i) => ({ t: h, bold: i === 0, center: true, size: i === 0 ? 13 : 9 })),
    { rule: true },
    { t: `SUBJECT: ${subject}`, bold: true, gap: 8 },
    ...paras.map((t) => ({ t, gap: 4 })),
    { t: '/s/', gap: 14 },
    ...signer.map((t) => ({ t })),
  ];
}

async function disaIl5(): Promise<EvalDoc> {
  const lines = letterLines(
    ['DEFENSE INFORMATION SYSTEMS AGENCY', 'P.O. BOX 549, FORT MEADE, MARYLAND 20755-0549', 'MEMORANDUM FOR Corvane Cloud Services, Inc.'],
    `Department of Defense (DoD) Provisional Authorization (PA) for ${CSO} at Impact Level 5`,
    [
      'References: (a) DoD Cloud Computing Security Requirements Guide (CC SRG) v1r4; (b) DoDI 8510.01, Risk Management Framework for DoD Systems.',
      `1. The DISA Authorizing Official grants a DoD Provisional Authorization for ${CSO} at Impact Level 5 (IL5), leveraging the FedRAMP High authorization and the DoD-specific FedRAMP+ controls assessed by ${TPAO}.`,
      '2. This PA allows DoD Mission Owners to consider CGC-High for IL5 workloads. Each Mission Owner must issue its own ATO for its mission system; this PA is not an ATO.',
      '3. The PA is valid for three years subject to continuous monitoring reporting to DISA and the CC SRG requirements for connection to the DISN through a BCAP.',
    ],
    ['ROGER T. ALVAREZ', 'DISA Authorizing Official', 'Risk Management Executive'],
  );
  return { file: 'IL5_PA.pdf', expected: U, note: 'DISA DoD Impact Level 5 Provisional Authorization memo (CC SRG); another framework\'s authorization, not an agency FedRAMP ATO letter.', data: await pdf({ title: 'DISA PA Memo', serif: true, lines }) };
}

async function stateRamp(): Promise<EvalDoc> {
  const lines = letterLines(
    ['StateRAMP', 'Authorization Notice', 'Issued by the StateRAMP Program Management Office'],
    `StateRAMP Authorized status - ${CSO} (Security Category: High)`,
    [
      `Congratulations. The StateRAMP Approvals Committee has reviewed the security package of ${CSO}, including the FedRAMP High package submitted through the Fast Track process, and has granted StateRAMP Authorized status.`,
      'This status will be published on the StateRAMP Authorized Product List. Participating state and local governments may rely on this status according to their own procurement rules.',
      'To maintain Authorized status, Corvane must submit monthly continuous monitoring reports to the StateRAMP PMO and complete an annual assessment.',
    ],
    ['StateRAMP Program Management Office', 'Approvals Committee Chair'],
  );
  return { file: 'authorization-letter.pdf', expected: U, note: 'StateRAMP authorization notice (state and local program); not a federal agency ATO letter.', data: await pdf({ lines }) };
}

async function atoTermination(): Promise<EvalDoc> {
  const lines = letterLines(
    ['U.S. SMALL BUSINESS ADMINISTRATION', 'Office of the Chief Information Officer', '409 Third Street SW, Washington, DC 20416'],
    `Notice of Termination of Authority to Operate - ${CSO}`,
    [
      'SBA has completed the migration of its workloads from CGC-High to another authorized service. Effective April 30, 2025, the SBA Authority to Operate issued to CGC-High on June 3, 2022 is terminated.',
      'Corvane is no longer required to deliver continuous monitoring material to SBA after the April 2025 deliverables. Please remove SBA points of contact from the ConMon distribution list and confirm data deletion in writing per the contract.',
      'This notice does not affect the FedRAMP authorization of CGC-High or authorizations issued by other agencies.',
    ],
    ['Janelle O. Fitzgerald', 'Authorizing Official, SBA'],
  );
  return { file: 'SBA_ATO.pdf', expected: U, note: 'Agency notice terminating its existing ATO (no authorization granted); not an ATO letter despite the ATO wording and file name.', data: await pdf({ title: 'SBA ATO', author: 'SBA OCIO', lines }) };
}

async function riskRegister(): Promise<EvalDoc> {
  const r = rng(1210);
  const rows: (string | number)[][] = [['Risk ID', 'Risk Title', 'Category', 'Likelihood (1-5)', 'Impact (1-5)', 'Inherent Score', 'Treatment', 'Owner', 'Residual Score', 'Review Date']];
  const risks = ['Single-vendor dependency for HSMs', 'Insufficient cleared staff for on-call', 'Datacenter power capacity in east region', 'Loss of key 3PAO personnel before annual assessment', 'Regulatory change: FedRAMP 20x transition', 'Ransomware on corporate network spreading to PAW fleet', 'Delayed GPU supply chain', 'Agency churn reduces revenue'];
  risks.forEach((t, i) => {
    const l = 1 + Math.floor(r() * 5);
    const im = 1 + Math.floor(r() * 5);
    rows.push([`ERM-${100 + i}`, t, pick(r, ['Operational', 'Strategic', 'Compliance', 'Security']), l, im, l * im, pick(r, ['Mitigate', 'Accept', 'Transfer']), pick(r, ['CISO', 'COO', 'VP Federal']), Math.max(1, l * im - 6), '2025-06-30']);
  });
  return { file: 'Q1 risk register.xlsx', expected: U, note: 'Enterprise risk register of the federal business unit (likelihood x impact, treatment, owners); not a POA&M.', data: await xlsx({ creator: 'ERM Office', sheets: [{ name: 'Heat Map Key', rows: [['Score 1-6 Low, 7-14 Medium, 15-25 High']] }, { name: 'Register', rows, boldRows: [1] }] }) };
}

async function redTeamRoe(): Promise<EvalDoc> {
  const r = rng(1211);
  const blocks: Block[] = [
    headerTable('CGC-RT-2025-02', 'Internal Red Team Engagement - Rules of Engagement Memo', '1.0', 'Corvane Confidential'),
    { p: 'MEMORANDUM', bold: true },
    { p: 'TO: Corvane SOC, Government Regions Operations  |  FROM: Corvane Offensive Security (internal red team)  |  DATE: 2025-02-14' },
    { bh: 'Purpose' },
    { p: 'This memo authorizes the internal red team exercise "Operation Granite" against corporate infrastructure adjacent to the government regions. It is an internal readiness exercise and is not part of any FedRAMP or 3PAO assessment.' },
    { bh: 'Scope and Restrictions' },
    { bullets: ['In scope: corporate SSO, build farm, PAW enrollment process.', 'Out of scope: customer tenants, production data plane, agency systems.', 'No denial of service, no social engineering of agency personnel.'] },
    { bh: 'Timeline and Deconfliction' },
    { p: `The exercise runs 2025-03-03 to 2025-03-21. ${para(r, ENG_BANK, 2)} The SOC lead holds the deconfliction code word; white cell contacts are listed below.` },
    { table: [['Role', 'Name', 'Phone'], ['White cell lead', 'S. Amari', '+1 555 0142'], ['Red team lead', 'D. Kovac', '+1 555 0188']] },
    ...approvals([['Thomas Abernathy', 'CISO']]),
  ];
  return { file: 'RoE_memo_Granite.docx', expected: U, note: 'Internal red-team rules-of-engagement memo, explicitly outside any 3PAO assessment; not a SAP.', data: await docx({ title: 'RoE', creator: 'Offensive Security', blocks }) };
}

async function soc2(): Promise<EvalDoc> {
  const r = rng(1212);
  const bank = [
    'We have examined Corvane\'s description of its cloud infrastructure system for the period October 1, 2023 to September 30, 2024 and the suitability of the design and operating effectiveness of controls to meet the applicable trust services criteria.',
    'In our opinion, in all material respects, the controls stated in the description operated effectively throughout the period.',
    'Complementary user entity controls (CUECs) are listed in Section 3 and are necessary to achieve the service commitments.',
    'The trust services criteria relevant to security, availability and confidentiality are included in the scope of this examination.',
  ];
  const lines: PdfLine[] = [
    { t: 'SOC 2 Type II Report', bold: true, size: 24, center: true, gap: 60 },
    { t: 'Report on Corvane Cloud Services, Inc.\'s Description of Its Cloud Infrastructure System and on the Suitability of the Design and Operating Effectiveness of Its Controls Relevant to Security, Availability, and Confidentiality', center: true },
    { t: 'For the period October 1, 2023 to September 30, 2024', center: true, gap: 10 },
    { t: 'Hollis & Grant LLP, Certified Public Accountants', center: true, gap: 20 },
    { newPage: true },
    { t: 'Section 1 - Independent Service Auditor\'s Report', bold: true, size: 13 },
    { t: para(r, bank, 3) },
    { t: 'Section 3 - Description of the System', bold: true, size: 13, gap: 6 },
    { t: para(r, ENG_BANK, 4) },
    { t: 'Section 4 - Trust Services Criteria, Controls, Tests and Results', bold: true, size: 13, gap: 6 },
    { row: ['Criteria', 'Control', 'Test performed by the service auditor', 'Result'], widths: [60, 160, 180, 84], bold: true },
    { row: ['CC6.1', 'Logical access is restricted through SSO with MFA', 'Inspected IdP configuration; sampled 25 users', 'No exceptions noted'], widths: [60, 160, 180, 84] },
    { row: ['CC7.2', 'Security events are monitored by the SOC', 'Inspected alert tickets for a sample of 40 days', 'No exceptions noted'], widths: [60, 160, 180, 84] },
    { row: ['A1.2', 'Backups are performed and replicated', 'Inspected backup job logs', 'No exceptions noted'], widths: [60, 160, 180, 84] },
  ];
  return { file: 'Corvane SOC2 TypeII FY24.pdf', expected: U, note: 'SOC 2 Type II report (AICPA trust services criteria, CPA firm opinion); another framework\'s audit report, not a SAR.', data: await pdf({ title: 'SOC 2 Type II Report - Corvane', author: 'Hollis & Grant LLP', serif: true, lines }) };
}

function minutes(): EvalDoc {
  const blocks: Block[] = [
    { h: 1, text: 'CGC-High ConMon Monthly Meeting - Minutes' },
    { p: '**Date:** 2025-03-18, 14:00-15:00 ET  |  **Attendees:** D. Whitlock (Corvane FSO), R. Castellanos, DOE ISSO, USDA ISSO, DHS ISSO, K. Osei (3PAO, optional)' },
    { h: 2, text: 'Agenda' },
    { numbered: ['February POA&M and scan results review', 'Open deviation requests', 'Significant change: GPU instances (SCR status)', 'Annual assessment kickoff', 'AOB'] },
    { h: 2, text: 'Discussion' },
    { p: 'February deliverables (POA&M, IIW, scan results) were uploaded on 2025-03-10. Two new High findings (regreSSHion) were closed within 9 days. DOE asked for the KEV due dates to be shown in the POA&M comments column.' },
    { p: 'DR-2025-007 (three items) is pending AO review; USDA requested evidence for the false-positive item. The SCR for GPU instances was approved by DOE and DHS; USDA approval expected next week.' },
    { p: `${TPAO} confirmed the SAP for the 2025 annual assessment will be delivered by 2025-03-28; testing starts 2025-04-07.` },
    { h: 2, text: 'Action Items' },
    { table: [['#', 'Action', 'Owner', 'Due'], ['1', 'Add KEV due dates to POA&M comments', 'Corvane ConMon', '2025-04-10'], ['2', 'Send FP evidence for DR-2025-007-03', 'Corvane ConMon', '2025-03-21'], ['3', 'Share SAP draft with agencies', '3PAO', '2025-03-28']] },
    { p: 'Next meeting: 2025-04-15.' },
  ];
  return { file: 'conmon-minutes-2025-03.md', expected: U, note: 'Minutes of the monthly ConMon meeting with agencies (agenda, discussion of POA&M, DR, SCR, SAP); meeting minutes are not a deliverable.', data: blocksToMarkdown(blocks) };
}

async function vendorQuestionnaire(): Promise<EvalDoc> {
  const r = rng(1214);
  const qs = ['Do you maintain an information security program approved by management?', 'Is data encrypted at rest with AES-256 or stronger?', 'Do you perform annual penetration tests by an independent party?', 'Do you have a documented incident response plan tested annually?', 'Do you notify customers of breaches within 72 hours?', 'Are background checks performed on personnel with access to customer data?', 'Do you hold ISO/IEC 27001 certification?', 'Do you have a business continuity plan?', 'Are sub-processors assessed for security?', 'Is MFA enforced for all remote access?'];
  const rows: (string | null)[][] = [['Question ID', 'Domain', 'Question', 'Vendor Response (Yes/No/N.A.)', 'Vendor Comments']];
  qs.forEach((q, i) => rows.push([`SQ-${i + 1}`, pick(r, ['Governance', 'Data Security', 'Operations', 'HR Security', 'Third Parties']), q, 'Yes', i === 6 ? 'Certificate attached' : 'See Corvane Trust Center']));
  return { file: 'Third-Party Security Questionnaire - Corvane (completed).xlsx', expected: U, note: 'A customer\'s third-party security questionnaire completed by Corvane (yes/no vendor responses); not a FedRAMP deliverable.', data: await xlsx({ creator: 'Procurement - State of Example', sheets: [{ name: 'Instructions', rows: [['Vendor Security Assessment Questionnaire v4. Answer every question and return to procurement.']] }, { name: 'Questionnaire', rows, boldRows: [1], widths: [10, 16, 70, 18, 40] }] }) };
}

function jobDescription(): EvalDoc {
  const blocks: Block[] = [
    { h: 1, text: 'Senior Manager, Federal Compliance Programs (FedRAMP)' },
    { p: 'Location: Herndon, VA (hybrid)  |  Requisition: R-24-10877  |  Clearance: ability to obtain Secret' },
    { h: 2, text: 'About the role' },
    { p: `Corvane Cloud's Federal Security Office is hiring a senior manager to lead continuous monitoring for ${CSO}. You will own the monthly ConMon cycle (POA&M, scan results, inventory), coordinate annual assessments with our 3PAO and support agencies leveraging our FedRAMP High authorization.` },
    { h: 2, text: 'Responsibilities' },
    { bullets: ['Lead a team of 6 compliance engineers.', 'Own SSP and attachment updates and SCR submissions.', 'Drive remediation SLAs with service teams.', 'Represent Corvane in agency ConMon meetings.'] },
    { h: 2, text: 'Qualifications' },
    { bullets: ['8+ years in federal security compliance; 3+ years FedRAMP.', 'Deep knowledge of NIST SP 800-53 Rev. 5.', 'CISSP or CISA preferred.'] },
    { h: 2, text: 'Benefits' },
    { p: 'Competitive salary, equity, 401(k) match, and 20 days of paid time off. Corvane is an equal opportunity employer.' },
  ];
  return { file: 'JD_R-24-10877.txt', expected: U, note: 'Job description for a FedRAMP compliance manager; HR document that mentions deliverables but is none of them.', data: blocksToText(blocks) };
}

async function pciPolicy(): Promise<EvalDoc> {
  const r = rng(1216);
  const blocks: Block[] = [
    headerTable('CORP-PCI-POL-03', 'Cardholder Data Environment (CDE) Security Policy', '5.0', 'Internal'),
    ...revisionHistory([['2024-08-01', '5.0', 'PCI DSS v4.0.1 alignment', 'Payments Security']]),
    { h: 1, text: '1 Purpose' },
    { p: 'This policy defines the security requirements for Corvane\'s commercial billing platform cardholder data environment to comply with PCI DSS v4.0.1. It does not apply to the government regions.' },
    { h: 1, text: '2 Requirements' },
    { table: [['PCI DSS Req.', 'Policy statement'], ['1.2', 'Network security controls shall be configured and maintained.'], ['3.5', 'Primary account number (PAN) shall be rendered unreadable wherever stored.'], ['8.4', 'MFA shall be implemented for all access into the CDE.'], ['11.3', 'Internal and external vulnerability scans shall be performed quarterly by an ASV.'], ['12.10', 'An incident response plan shall exist and be ready to be activated.']] },
    { h: 1, text: '3 Roles' },
    { p: `The Payments Security team owns this policy. The QSA performs the annual Report on Compliance (ROC). ${para(r, ['Quarterly ASV scans are required.', 'Exceptions require compensating control worksheets.', 'Annual training is mandatory for CDE personnel.'], 2)}` },
  ];
  return { file: 'Policy_03.docx', expected: U, note: 'PCI DSS cardholder data environment policy for the commercial billing platform; another framework\'s policy, outside the FedRAMP boundary.', data: await docx({ title: 'CDE Policy', creator: 'Payments Security', blocks }) };
}

export async function unknownDocs(): Promise<EvalDoc[]> {
  const docs = await Promise.all([whitepaper(), sharedResponsibility(), serviceTerms(), evidenceIndex(), slaReport(), capacityReport(), disaIl5(), stateRamp(), atoTermination(), riskRegister(), redTeamRoe(), soc2(), vendorQuestionnaire(), pciPolicy()]);
  return [...docs, baselineList(), minutes(), jobDescription()];
}

