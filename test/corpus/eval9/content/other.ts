import { buildDocx } from '../kit/docx.js';
import { buildPdf } from '../kit/pdf.js';
import type { Block, EvalDoc } from '../kit/types.js';
import { buildXlsx } from '../kit/xlsx.js';
import { approvals, BREAK, bullets, BRIGHTQUILL, CORVANE, h1, h2, HALBERD, KESTREL, LEDGERLEAF, longDate, p, revisions, table, ukDate } from './common.js';

const C = CORVANE;
const L = LEDGERLEAF;
const B = BRIGHTQUILL;

async function soc2(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: 'SOC 2® Type II Report', size: 40 },
    { k: 'center', text: `${L.org}`, bold: true, size: 26 },
    { k: 'center', text: 'Report on LedgerLeaf\'s Description of Its Grants Management Platform and on the Suitability of the Design and Operating Effectiveness of Its Controls Relevant to Security, Availability and Confidentiality', size: 20 },
    { k: 'center', text: 'For the period April 1, 2024 to March 31, 2025', size: 20 },
    { k: 'center', text: 'Prepared by Whitlow Ferris CPAs LLP', size: 18 },
    BREAK,
    { k: 'toc', entries: ['Section I — Independent Service Auditor\'s Report|1', 'Section II — Management\'s Assertion|5', 'Section III — Description of the System|7', 'Section IV — Trust Services Criteria, Related Controls and Tests of Controls|24', 'Section V — Other Information Provided by Management|61'] },
    h1('Section I — Independent Service Auditor\'s Report'),
    ...p(
      `To the Management of ${L.org}:`,
      'Scope. We have examined LedgerLeaf\'s accompanying description of its grants management platform titled "Description of the LedgerLeaf Grants Management Platform" throughout the period April 1, 2024 to March 31, 2025 (description) based on the criteria for a description of a service organization\'s system in DC section 200, 2018 Description Criteria for a Description of a Service Organization\'s System in a SOC 2® Report (AICPA, Description Criteria), and the suitability of the design and operating effectiveness of controls stated in the description to provide reasonable assurance that LedgerLeaf\'s service commitments and system requirements were achieved based on the trust services criteria relevant to security, availability and confidentiality (applicable trust services criteria) set forth in TSP section 100, 2017 Trust Services Criteria for Security, Availability, Processing Integrity, Confidentiality, and Privacy (AICPA, Trust Services Criteria).',
      'LedgerLeaf uses a subservice organization, Amazon Web Services, to provide infrastructure hosting. The description includes only the controls of LedgerLeaf and excludes controls of the subservice organization (carve-out method).',
      'Service auditor\'s responsibilities. Our responsibility is to express an opinion on the description and on the suitability of the design and operating effectiveness of the controls based on our examination. Our examination was conducted in accordance with attestation standards established by the American Institute of Certified Public Accountants.',
      'Opinion. In our opinion, in all material respects, the description presents the system that was designed and implemented throughout the period in accordance with the description criteria; the controls stated in the description were suitably designed; and the controls operated effectively throughout the period to provide reasonable assurance that LedgerLeaf\'s service commitments and system requirements were achieved based on the applicable trust services criteria.',
      'Restricted use. This report is intended solely for the information and use of LedgerLeaf, user entities of the platform during some or all of the period, and prospective user entities.',
      'Whitlow Ferris CPAs LLP — Dallas, Texas — May 16, 2025',
    ),
    h1('Section IV — Tests of Controls (excerpt)'),
    table(
      [
        ['Criteria', 'Control', 'Test performed', 'Result'],
        ['CC6.1', 'Access to production requires MFA and membership of an approved group.', 'Inspected IdP configuration; sampled 25 users.', 'No exceptions noted.'],
        ['CC6.2', 'User access is removed within one business day of termination.', 'Sampled 15 terminations.', 'One exception: access removed after 3 days.'],
        ['CC7.2', 'Security events are monitored and alerts are investigated.', 'Sampled 25 alerts.', 'No exceptions noted.'],
        ['CC8.1', 'Changes are approved and tested before deployment.', 'Sampled 40 changes.', 'No exceptions noted.'],
        ['A1.2', 'Backups are performed daily and restores tested quarterly.', 'Inspected backup logs and 4 restore tests.', 'No exceptions noted.'],
      ],
      [12, 38, 30, 20],
    ),
  ];
  const data = await buildPdf({ meta: { title: 'LedgerLeaf SOC 2 Type II 2025', author: 'Whitlow Ferris CPAs LLP', created: '2025-05-16T12:00:00Z' }, blocks, footer: 'Confidential — Restricted Use' });
  return { file: 'doc-3340.pdf', expected: 'UNKNOWN', note: 'A SOC 2 Type II report by a CPA firm (AICPA framework); an independent assessment report but not a FedRAMP SAR.', data };
}

async function isoSoa(): Promise<EvalDoc> {
  const ctl: [string, string, string, string][] = [
    ['5.1', 'Policies for information security', 'Yes', 'Information Security Policy suite approved by the Chief Executive'],
    ['5.7', 'Threat intelligence', 'Yes', 'Subscription to ACSC and CISA advisories'],
    ['5.15', 'Access control', 'Yes', 'Role-based access; Okta SSO'],
    ['5.19', 'Information security in supplier relationships', 'Yes', 'Supplier risk assessment procedure'],
    ['5.23', 'Information security for use of cloud services', 'Yes', 'Cloud security standard'],
    ['6.3', 'Information security awareness, education and training', 'Yes', 'Annual training via learning platform'],
    ['7.4', 'Physical security monitoring', 'No', 'No physical offices in scope; cloud provider responsibility'],
    ['8.8', 'Management of technical vulnerabilities', 'Yes', 'Monthly scanning; prioritisation by severity'],
    ['8.9', 'Configuration management', 'Yes', 'Infrastructure as code'],
    ['8.16', 'Monitoring activities', 'Yes', 'Centralised logging and alerting'],
    ['8.24', 'Use of cryptography', 'Yes', 'Cryptography standard; KMS-managed keys'],
    ['8.28', 'Secure coding', 'Yes', 'Secure development standard; SAST in CI'],
  ];
  const data = await buildXlsx({ title: 'Statement of Applicability', creator: B.isso, created: '2025-02-11T00:00:00Z', company: B.org }, [
    {
      name: 'SoA',
      rows: [
        ['ISO/IEC 27001:2022 Statement of Applicability'],
        [`Organisation: ${B.org}   Scope: design, development and operation of the Brightquill Forms platform   Certificate: AU-ISMS-88213 (SAI Global)`],
        [`Version 3.0 — approved ${ukDate('2025-02-11')} — authorised by ${B.owner}`],
        [null],
        ['Annex A control', 'Control title', 'Applicable', 'Justification / implementation', 'Implemented'],
        ...ctl.map(([a, t, ap, j]) => [a, t, ap, j, ap === 'Yes' ? 'Fully' : 'N/A']),
      ],
      boldRows: [5],
      widths: [14, 48, 12, 60, 12],
    },
  ]);
  return { file: 'SoA_v3.xlsx', expected: 'UNKNOWN', note: 'An ISO/IEC 27001 Statement of Applicability (Australian spelling); another framework\'s artefact, not a FedRAMP deliverable.', data };
}

async function antiBribery(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: 'Anti-Bribery and Corruption Policy', size: 40 },
    { k: 'center', text: `${KESTREL.name} and its affiliates`, size: 22 },
    ...revisions([['2024-09-01', '5.0', 'Annual review; gifts threshold updated', 'Compliance'], ['2025-09-01', '5.1', 'Annual review; US subsidiary added', 'Compliance']]),
    h1('1 Policy Statement'),
    ...p('Kestrel & Finch has zero tolerance for bribery and corruption. This policy applies to all partners, employees, contractors and agents of the organisation in every jurisdiction in which we operate, and reflects our obligations under the UK Bribery Act 2010 and the US Foreign Corrupt Practices Act.'),
    h1('2 Gifts and Hospitality'),
    ...p('Gifts and hospitality may be given or received only where they are reasonable, proportionate and not intended to influence a business decision. Any gift over £100 (or US$125) must be recorded in the gifts register and authorised by the Compliance Officer. No gift of any value may be offered to a public official, including US federal employees, whose agencies are clients of our assurance practice.'),
    h1('3 Independence of Assurance Work'),
    ...p('Because our assurance opinions are relied upon by public authorities, no member of staff may accept anything of value from an organisation they are assessing during the engagement and for twelve months thereafter.'),
    h1('4 Facilitation Payments'),
    ...p('Facilitation payments are prohibited, even where customary locally.'),
    h1('5 Reporting Concerns'),
    ...p('Staff must report any suspicion of bribery to the Compliance Officer or through the confidential whistleblowing line. No one will suffer detriment for refusing to pay a bribe or for reporting a concern in good faith.'),
    h1('6 Training and Monitoring'),
    ...p('All staff complete anti-bribery training on joining and annually. Compliance monitors the gifts register and reports to the Management Board quarterly.'),
    ...approvals('Approval', [['Sir Anthony Kestrel', 'Senior Partner', '01/09/2025']]),
  ];
  const data = await buildDocx({ meta: { title: 'ABC Policy', creator: 'K&F Compliance', created: '2025-09-01T08:00:00Z', company: 'Kestrel & Finch' }, blocks, font: 'Georgia', footer: 'Kestrel & Finch — Internal' });
  return { file: 'KF-Policy-ABC-5.1.docx', expected: 'UNKNOWN', note: 'A 3PAO\'s corporate anti-bribery policy (British spelling); a policy, but not the CSP\'s information security policies and procedures.', data };
}

async function statementOfWork(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: 'Statement of Work', size: 40 },
    { k: 'center', text: `FedRAMP Annual Assessment Services for ${L.system}`, bold: true, size: 24 },
    { k: 'center', text: `Between ${L.org} ("Client") and ${HALBERD.name} ("Assessor")  •  SOW-2026-014 under MSA dated ${longDate('2024-01-08')}`, size: 18 },
    { k: 'toc', entries: ['1 Background|1', '2 Scope of Services|1', '3 Deliverables|2', '4 Schedule|3', '5 Fees and Payment|3', '6 Assumptions|4', '7 Independence|4', '8 Signatures|5'] },
    h1('1 Background'),
    ...p(`The Client holds a FedRAMP Low agency authorization from the ${L.agency}. The Client engages the Assessor, an A2LA-accredited 3PAO, to perform the 2026 annual assessment, the Client having changed its 3PAO from Kestrel & Finch after the 2025 assessment.`),
    h1('2 Scope of Services'),
    bullets('Plan the annual assessment and prepare the Security Assessment Plan for agency approval.', 'Perform control testing, vulnerability scanning and penetration testing.', 'Prepare the Security Assessment Report with risk exposure table and recommendation.', 'Review the Client\'s POA&M for consistency with the findings.'),
    h1('3 Deliverables'),
    table([['Deliverable', 'Format', 'Due'], ['Security Assessment Plan (SAP)', 'FedRAMP template, docx and OSCAL', '4 weeks after kick-off'], ['Test Case Workbook', 'xlsx', 'With the SAR'], ['Security Assessment Report (SAR)', 'FedRAMP template, docx and OSCAL', '3 weeks after fieldwork'], ['Penetration Test Report', 'PDF, SAR appendix', 'With the SAR'], ['Out-brief presentation', 'pptx', 'End of fieldwork']], [45, 35, 20]),
    h1('4 Schedule'),
    ...p('Kick-off: April 6, 2026. Fieldwork: May 4 – May 29, 2026. Final SAR: June 26, 2026.'),
    h1('5 Fees and Payment'),
    table([['Milestone', 'Amount (USD)'], ['SAP approved by agency', '28,500'], ['Completion of fieldwork', '42,750'], ['Final SAR accepted', '23,750'], ['Total fixed fee', '95,000']], [60, 40]),
    ...p('Invoices are payable net 30. Travel is not expected; if required it is reimbursed at GSA per diem rates with prior approval.'),
    h1('6 Assumptions'),
    bullets('The Client provides a current SSP and inventory two weeks before kick-off.', 'Evidence is delivered through the Assessor\'s secure portal.', 'No significant change is assessed under this SOW; any SCR assessment is quoted separately.'),
    h1('7 Independence'),
    ...p('The Assessor confirms that it has provided no consulting services to the Client in the past two years and will not do so during the engagement, consistent with A2LA R311.'),
    h1('8 Signatures'),
    table([['For the Client', 'For the Assessor'], [`${L.owner}, CEO`, 'Martin Oduya, Managing Partner'], ['Date:', 'Date:']], [50, 50]),
  ];
  const data = await buildDocx({ meta: { title: 'SOW template (MSA Exhibit B)', creator: 'Halberd Contracts', created: '2025-12-02T12:00:00Z' }, blocks, footer: 'Halberd Assurance Partners — Confidential Commercial Information' });
  return { file: 'SOW-2026-014_LedgerLeaf.docx', expected: 'UNKNOWN', note: 'A contract statement of work for 3PAO services; it lists the SAP and SAR as deliverables but is a contract.', data };
}

function trainingNotes(): EvalDoc {
  const text = `# FedRAMP 101 for Engineers — speaker notes

_Corvane internal enablement · 45 minutes · presenter: ${C.isso} · last updated ${longDate('2025-05-28')}_

## Slide 1 — Title
Welcome. This session is for engineers joining the federal cloud team. No prior compliance knowledge assumed. Ask questions any time.

## Slide 2 — Why FedRAMP matters to us
Our federal revenue depends on keeping the authorization. Every engineer touches controls: how you deploy, how you log, how you patch.

## Slide 3 — The package (the "deliverables")
Walk through the list on the slide:
1. System Security Plan — the description of the system and how every control is implemented.
2. SSP attachments — policies and procedures, user guide, contingency plan, configuration management plan, incident response plan, inventory, and so on.
3. Security Assessment Plan — written by the 3PAO (Halberd), says how they'll test us.
4. Security Assessment Report — the 3PAO's results and recommendation.
5. POA&M — our list of open weaknesses with due dates.
6. ATO letter — signed by the agency AO.
Emphasise: we don't write the SAP or the SAR; we must never edit them.

## Slide 4 — The freeze
During 3PAO testing the system is frozen. Only emergency patches, announced to the assessor. Releases wait.

## Slide 5 — Monthly continuous monitoring
Every month we send scans, an updated POA&M and the inventory. Highs in 30 days, moderates in 90, lows in 180. KEV dates win.

## Slide 6 — What this means for you
- Every change goes through the CCB process in the CMP.
- Never disable logging "just for a minute".
- Tag every new resource so it lands in the inventory.
- If the scanner flags your service, you own the fix.

## Slide 7 — Significant changes
New region, new crypto module, new external service → talk to the ISSO *before* you design it; it may need a significant change request and a 3PAO assessment.

## Slide 8 — Questions
Links: #fedramp-help channel, the compliance wiki, the ISSO office hours on Thursdays.
`;
  return { file: 'fedramp101-notes.md', expected: 'UNKNOWN', note: 'Speaker notes of an internal FedRAMP training deck; it describes the deliverables but is training material.', data: text };
}

async function riskRegister(): Promise<EvalDoc> {
  const risks = [
    ['ER-01', 'Loss of the FHSA authorization', 'Regulatory', 'Likely', 'Severe', 'High', 'ConMon discipline; monthly ISSO review', 'D. Whitcombe', 'Open'],
    ['ER-02', 'Key engineer attrition in federal team', 'People', 'Possible', 'Major', 'Medium', 'Retention bonuses; cross-training', 'HR Director', 'Open'],
    ['ER-03', 'Colocation provider price increase > 15%', 'Financial', 'Likely', 'Moderate', 'Medium', 'Multi-year contract negotiation', 'CFO', 'Open'],
    ['ER-04', 'Ransomware in corporate IT', 'Cyber', 'Possible', 'Severe', 'High', 'EDR, immutable backups, segmentation', 'CISO', 'Open'],
    ['ER-05', 'Delay of us-gov-central-2 region launch', 'Delivery', 'Possible', 'Major', 'Medium', 'SCR submitted early; 3PAO booked', 'VP Engineering', 'Open'],
    ['ER-06', 'Export control violation by foreign national access', 'Legal', 'Rare', 'Severe', 'Medium', 'Citizenship checks for privileged roles', 'General Counsel', 'Open'],
  ];
  const data = await buildXlsx({ title: 'Enterprise Risk Register FY26', creator: 'Corvane ERM', created: '2025-07-15T12:00:00Z', company: C.org }, [
    {
      name: 'Register',
      rows: [['Corvane Systems — Enterprise Risk Register — FY2026 Q1'], ['Presented to the Audit & Risk Committee of the Board, July 2025'], [null], ['Risk ID', 'Risk', 'Category', 'Likelihood', 'Consequence', 'Rating', 'Treatment', 'Owner', 'Status'], ...risks],
      boldRows: [4],
      widths: [8, 46, 14, 12, 12, 10, 44, 18, 10],
    },
    { name: 'Heat map', rows: [['', 'Minor', 'Moderate', 'Major', 'Severe'], ['Likely', '', 'ER-03', '', 'ER-01'], ['Possible', '', '', 'ER-02, ER-05', 'ER-04'], ['Rare', '', '', '', 'ER-06']], boldRows: [1] },
  ]);
  return { file: 'ERM_register_FY26Q1.xlsx', expected: 'UNKNOWN', note: 'A corporate enterprise risk register for the board; not a POA&M despite its risk ratings and owners.', data };
}

async function a2laCert(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'center', text: 'THE AMERICAN ASSOCIATION FOR LABORATORY ACCREDITATION', bold: true, size: 22 },
    { k: 'title', text: 'ACCREDITED INSPECTION BODY', size: 34 },
    ...p(
      `A2LA has accredited ${HALBERD.name.toUpperCase()}, McLean, VA, for technical competence in the field of Inspection.`,
      'This inspection body is accredited in accordance with the recognized International Standard ISO/IEC 17020:2012 Conformity assessment – Requirements for the operation of various types of bodies performing inspection, and the requirements of the Federal Risk and Authorization Management Program (FedRAMP) as a Third Party Assessment Organization (3PAO), as detailed in A2LA R311. This accreditation demonstrates technical competence for a defined scope and the operation of a management system.',
      'Presented this 14th day of March 2025.',
      'Vice President, Accreditation Services — For the Accreditation Council',
      `Certificate Number ${HALBERD.a2la}  —  Valid to March 31, 2027`,
    ),
    h2('Scope of Accreditation (Type A Inspection Body)'),
    table([['Field', 'Type of inspection', 'Methods'], ['Information Technology', 'Security assessment of cloud service offerings for FedRAMP (initial, annual, significant change)', 'NIST SP 800-53A Rev. 5; FedRAMP SAP/SAR templates; FedRAMP Penetration Test Guidance']], [25, 45, 30]),
  ];
  const data = await buildPdf({ meta: { title: 'Certificate', author: 'A2LA', created: '2025-03-14T12:00:00Z' }, blocks, serif: true });
  return { file: 'HAP_A2LA_cert_2025.pdf', expected: 'UNKNOWN', note: 'The 3PAO\'s A2LA accreditation certificate and scope; not a package deliverable.', data };
}

export async function otherDocs(): Promise<EvalDoc[]> {
  return [await soc2(), await isoSoa(), await antiBribery(), await statementOfWork(), trainingNotes(), await riskRegister(), await a2laCert()];
}


