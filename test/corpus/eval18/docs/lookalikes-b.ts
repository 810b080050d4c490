import type { Block } from '../kit/model.js';
import { b, bullets, h1, p, ps, small, table, title } from '../kit/model.js';
import { CLASSIFICATION, G, LOGO_LINE } from '../kit/group.js';
import type { FrontMatter } from '../kit/group.js';
import { renderPdf } from '../kit/pdf.js';
import { renderMarkdown, renderText } from '../kit/text.js';
import { Rng } from '../kit/rng.js';
import { newWorkbook, putRows, saveWorkbook, widths } from '../kit/xlsx.js';
import { groupDoc } from './wrap.js';
import type { EvalDoc } from './types.js';
import type { Worksheet } from 'exceljs';

const fm = (docId: string, version: string, date: string, extra: Partial<FrontMatter> = {}): FrontMatter => ({
  docId, version, status: 'Final', owner: `${G.isms}, ISMS Manager`, approver: `${G.ciso}, Group CISO`, reviewer: G.headCompliance, date,
  revisions: [[version, date, 'GCO', 'Issued']], ...extra,
});

const controlSheet = (ws: Worksheet): void => {
  putRows(ws, 1, [[LOGO_LINE], [CLASSIFICATION]]);
};

// ------------------------------------------------ Japanese ISMAP control implementation statement
async function ismap(): Promise<Buffer> {
  const wb = newWorkbook({ creator: 'Nordhaus Cloud Japan K.K.', title: 'ISMAP 管理策実施状況', company: 'Nordhaus Cloud Japan K.K.' });
  const ws = wb.addWorksheet('言明書_管理策');
  controlSheet(ws);
  putRows(ws, 4, [
    ['ISMAP Control Implementation Statement (管理策実施状況言明書) — Nordhaus Sovereign Cloud Tokyo Region'],
    ['Based on the ISMAP Control Standards (ISMAP管理基準), version 2026 — governance, management and control measures'],
    [],
    ['管理基準番号 / Control No.', '管理策 / Control measure', '実施状況 / Implementation', '実施内容 / Description of implementation', '対応するISO/IEC 27001:2022', '責任者 / Owner'],
    ['5.1.1.1.B', '情報セキュリティのための方針群 (Policies for information security)', '実施済 / Implemented', 'Group Information Security Policy and Japan regional supplement approved by the representative director.', 'A.5.1', 'CISO Japan'],
    ['5.15.1.2.B', 'アクセス制御方針 (Access control policy)', '実施済 / Implemented', 'Role-based access with quarterly reviews in the Tokyo region.', 'A.5.15', 'Operations Japan'],
    ['8.5.1.5.PB', '多要素認証 (Multi-factor authentication)', '実施済 / Implemented', 'FIDO2 security keys for all administrators.', 'A.8.5', 'IAM team'],
    ['8.8.1.3.B', '技術的脆弱性の管理 (Management of technical vulnerabilities)', '一部実施 / Partially implemented', 'Monthly scanning; remediation SLA for medium findings being shortened.', 'A.8.8', 'VM team'],
    ['8.15.1.1.B', 'ログ取得 (Logging)', '実施済 / Implemented', 'Centralised logging, retention 1 year.', 'A.8.15', 'SOC Japan'],
    ['5.23.1.1.PB', 'クラウドサービス利用のための情報セキュリティ (Information security for use of cloud services)', '実施済 / Implemented', 'Customer responsibilities published in the ISMAP customer guide.', 'A.5.23', 'Compliance Japan'],
    ['5.30.1.1.B', '事業継続のためのICTの備え (ICT readiness for business continuity)', '実施済 / Implemented', 'Osaka backup region; annual DR test.', 'A.5.30', 'SRE Japan'],
  ], 7);
  widths(ws, 18, 50, 24, 70, 18, 18);
  const info = wb.addWorksheet('申請情報');
  putRows(info, 1, [['Applicant', 'Nordhaus Cloud Japan K.K.'], ['Service name', 'Nordhaus Sovereign Cloud (Tokyo / Osaka)'], ['Audit organisation', 'Sakura Assurance LLC (ISMAP registered auditor)'], ['Registration type', 'ISMAP (not ISMAP-LIU)'], ['Statement date', '2026年10月1日']]);
  return saveWorkbook(wb);
}

// ------------------------------------------------ ISO 27001:2022 Statement of Applicability
async function isoSoa(): Promise<Buffer> {
  const wb = newWorkbook({ creator: G.isms, title: 'Statement of Applicability', company: G.group });
  const ws = wb.addWorksheet('SoA');
  controlSheet(ws);
  const ctl: readonly (readonly [string, string])[] = [
    ['5.1', 'Policies for information security'], ['5.2', 'Information security roles and responsibilities'], ['5.3', 'Segregation of duties'], ['5.7', 'Threat intelligence'], ['5.9', 'Inventory of information and other associated assets'], ['5.15', 'Access control'], ['5.19', 'Information security in supplier relationships'], ['5.23', 'Information security for use of cloud services'], ['5.24', 'Information security incident management planning and preparation'], ['5.30', 'ICT readiness for business continuity'], ['6.3', 'Information security awareness, education and training'], ['7.4', 'Physical security monitoring'], ['8.5', 'Secure authentication'], ['8.8', 'Management of technical vulnerabilities'], ['8.9', 'Configuration management'], ['8.15', 'Logging'], ['8.16', 'Monitoring activities'], ['8.24', 'Use of cryptography'], ['8.28', 'Secure coding'], ['8.32', 'Change management'],
  ];
  putRows(ws, 4, [
    ['ISO/IEC 27001:2022 — Statement of Applicability (SoA)', '', '', '', '', ''],
    [`Scope: ISMS of ${G.group} — all production regions — certificate no. DE-ISMS-0042187`, '', '', '', '', ''],
    ['Annex A control', 'Control title', 'Applicable (Y/N)', 'Justification for inclusion / exclusion', 'Implementation status', 'Reference documents'],
    ...ctl.map(([id, t], i) => [`A.${id}`, t, i === 11 ? 'Y' : 'Y', i === 11 ? 'Data centres operated by colocation providers; monitoring inherited and verified through supplier audits' : 'Risk treatment plan RTP-2026; contractual and legal requirements', i % 7 === 3 ? 'Partially implemented' : 'Implemented', `GCO-STD-${String(10 + i).padStart(3, '0')}`]),
  ], 6);
  widths(ws, 12, 50, 14, 70, 20, 20);
  return saveWorkbook(wb);
}

// ------------------------------------------------ GDPR records of processing activities
async function ropa(): Promise<Buffer> {
  const wb = newWorkbook({ creator: G.privacy, title: 'Verzeichnis von Verarbeitungstätigkeiten / RoPA', company: G.group });
  const ws = wb.addWorksheet('RoPA Art. 30(1)');
  controlSheet(ws);
  putRows(ws, 4, [
    ['Records of Processing Activities — Article 30(1) GDPR — Controller: ' + G.group],
    [],
    ['Ref.', 'Processing activity', 'Purpose', 'Legal basis (Art. 6 / 9)', 'Categories of data subjects', 'Categories of personal data', 'Recipients', 'Third-country transfers / safeguards', 'Retention period', 'TOMs reference', 'DPIA required?'],
    ['P-001', 'Payroll', 'Payment of salaries', 'Art. 6(1)(b), (c)', 'Employees', 'Identification, bank, tax, salary', 'Payroll provider, tax authorities', 'None', '10 years (HGB §257)', 'TOM-HR-01', 'No'],
    ['P-002', 'Customer account management', 'Contract administration', 'Art. 6(1)(b)', 'Customer contacts', 'Name, business e-mail, phone', 'CRM provider', 'US (SCCs Module 2)', 'Contract + 3 years', 'TOM-CRM-02', 'No'],
    ['P-003', 'Security logging', 'Detection of security incidents', 'Art. 6(1)(f)', 'Employees, customer users', 'IP address, user ID, timestamps', 'SOC provider', 'India (SCCs Module 3, TIA)', '1 year', 'TOM-SEC-03', 'Yes — DPIA-2024-07'],
    ['P-004', 'Recruitment', 'Selection of applicants', 'Art. 6(1)(b), § 26 BDSG', 'Applicants', 'CV, qualifications', 'Recruiting platform', 'None', '6 months after decision', 'TOM-HR-04', 'No'],
    ['P-005', 'Video surveillance Frankfurt DC', 'Physical security', 'Art. 6(1)(f)', 'Visitors, staff', 'Video images', 'Security service provider', 'None', '72 hours', 'TOM-PHY-05', 'Yes — DPIA-2023-02'],
    ['P-006', 'Whistleblowing channel', 'Compliance with HinSchG', 'Art. 6(1)(c)', 'Reporters, accused persons', 'Report content', 'Ombudsperson', 'None', '3 years after closure', 'TOM-LEG-06', 'Yes — DPIA-2023-09'],
  ], 6);
  widths(ws, 8, 30, 30, 20, 24, 30, 26, 26, 22, 14, 18);
  return saveWorkbook(wb);
}

// ------------------------------------------------ CSA CAIQ v4 vendor questionnaire
async function caiq(): Promise<Buffer> {
  const wb = newWorkbook({ creator: 'Sales Engineering EMEA', title: 'CAIQ v4.0.3 — Nordhaus Cloud' });
  const ws = wb.addWorksheet('CAIQv4.0.3');
  putRows(ws, 1, [
    ['Consensus Assessments Initiative Questionnaire v4.0.3 — response for prospective customer "Hanseatische Versicherungs-AG"'],
    [],
    ['Question ID', 'Question', 'CSP CAIQ Answer', 'SSRM Control Ownership', 'CSP Implementation Description (Optional/Recommended)', 'CSC Responsibilities (Optional/Recommended)', 'CCM Control ID', 'CCM Control Specification'],
    ['A&A-01.1', 'Are audit and assurance policies, procedures, and standards established, documented, approved, communicated, applied, evaluated, and maintained?', 'Yes', 'CSP-owned', 'Group Internal Audit charter; ISO 27001 internal audit programme.', '', 'A&A-01', 'Audit and Assurance Policy and Procedures'],
    ['A&A-02.1', 'Are independent audit and assurance assessments conducted according to relevant standards at least annually?', 'Yes', 'CSP-owned', 'ISO/IEC 27001 surveillance, BSI C5 Type 2, SOC 2 Type 2, IRAP, ENS.', '', 'A&A-02', 'Independent Assessments'],
    ['DSP-19.1', 'Are processes, procedures, and technical measures defined to specify and document the physical locations of data?', 'Yes', 'Shared CSP and CSC', 'Region selection by customer; data residency commitments in the DPA.', 'Select region and restrict replication.', 'DSP-19', 'Data Location'],
    ['IAM-14.1', 'Are strong authentication capabilities implemented for privileged access?', 'Yes', 'Shared CSP and CSC', 'FIDO2 for operators; MFA available to customers.', 'Enforce MFA for tenant users.', 'IAM-14', 'Strong Authentication'],
    ['SEF-07.1', 'Are processes for notifying customers of security breaches defined?', 'Yes', 'CSP-owned', 'Customer notification within 36 hours per DPA.', '', 'SEF-07', 'Security Breach Notification'],
    ['TVM-07.1', 'Are vulnerability detection tools run at least monthly?', 'Yes', 'CSP-owned', 'Authenticated scanning weekly; external scanning daily.', '', 'TVM-07', 'Vulnerability Identification'],
    ['STA-09.1', 'Do service agreements include rights to audit?', 'Yes', 'CSP-owned', 'Audit rights in the DPA; reports shared under NDA.', '', 'STA-09', 'Primary Service and Contractual Agreement'],
  ], 3);
  widths(ws, 12, 70, 14, 22, 60, 40, 12, 40);
  return saveWorkbook(wb);
}

// ------------------------------------------------ Enterprise risk register
async function riskRegister(): Promise<Buffer> {
  const wb = newWorkbook({ creator: 'Group Risk Management', title: 'Group ERM Risk Register Q4 2026' });
  const ws = wb.addWorksheet('Risk Register');
  controlSheet(ws);
  const rng = new Rng(1840);
  const risks = [
    ['Loss of ISO 27001 certification in a region', 'Compliance', 'Regional ISMS managers'],
    ['Prolonged outage of Frankfurt region', 'Operational', 'Head of SRE EMEA'],
    ['Key supplier insolvency (colocation Dublin)', 'Third party', 'Group Procurement'],
    ['Failure to obtain continued US federal authorisation', 'Strategic', 'President NFC Inc.'],
    ['Ransomware affecting corporate IT', 'Cyber', 'Group CISO'],
    ['EUCS high-level requirements exclude non-EU parent control', 'Regulatory', 'Head of Global Compliance'],
    ['Shortage of cleared personnel in Australia', 'People', 'HR APAC'],
    ['FX exposure USD/EUR on US contracts', 'Financial', 'Group Treasury'],
    ['NIS2 reporting failure (24-hour early warning)', 'Regulatory', 'Group CSIRT'],
  ];
  putRows(ws, 4, [
    ['Group Enterprise Risk Register — Q4 2026 — reported to the Audit Committee'],
    [],
    ['Risk ID', 'Risk title', 'Category', 'Risk owner', 'Inherent likelihood (1-5)', 'Inherent impact (1-5)', 'Inherent score', 'Treatment', 'Residual score', 'Trend', 'Target date', 'Status'],
    ...risks.map((r, i) => {
      const l = rng.int(2, 5);
      const im = rng.int(3, 5);
      return [`ERM-${String(i + 101)}`, r[0] ?? '', r[1] ?? '', r[2] ?? '', l, im, l * im, rng.pick(['Mitigate', 'Mitigate', 'Transfer', 'Accept']), Math.max(2, l * im - rng.int(3, 9)), rng.pick(['↑', '→', '↓']), rng.pick(['31.03.2027', '30.06.2027', '31.12.2026']), rng.pick(['Open', 'Open', 'Monitoring'])];
    }),
  ], 6);
  widths(ws, 10, 50, 14, 26, 12, 12, 10, 12, 10, 8, 12, 12);
  return saveWorkbook(wb);
}

// ------------------------------------------------ UK Cyber Essentials Plus certificate (PDF)
function cePlus(): Block[] {
  return [
    small('IASME — Cyber Essentials Certification Body'),
    title('CERTIFICATE OF ASSURANCE', 40),
    title('Cyber Essentials Plus', 32),
    p('This is to certify that'),
    b('Nordhaus Cloud UK Ltd'),
    p('of 1 Finsbury Avenue, London EC2M 2PF, United Kingdom'),
    p('complies with the requirements of the Cyber Essentials Plus scheme, having been independently audited against the technical requirements "Cyber Essentials: Requirements for IT infrastructure v3.2" (Willow), including the external vulnerability scan, internal workstation and server sample testing, and verification of multi-factor authentication on cloud services.'),
    table([['Certificate number', 'a3f1c2d4-77e0-4b5f-9c21-8e0f1a2b3c4d'], ['Scope', 'Whole organisation'], ['Date of certification', '17 September 2026'], ['Recertification due', '17 September 2027'], ['Assessor', 'Thames Valley Cyber Assurance Ltd — assessor J. Hollingworth'], ['Certification Body', 'Thames Valley Cyber Assurance Ltd']], false),
    p('Cyber Essentials Plus demonstrates that the organisation has put in place the technical controls of the Cyber Essentials scheme: firewalls, secure configuration, security update management, user access control and malware protection. The certificate reflects the state of the organisation at the time of the assessment.'),
    small('Crown copyright. Cyber Essentials is a UK Government-backed scheme operated by the National Cyber Security Centre (NCSC) with IASME as the Cyber Essentials Partner. Verify this certificate at the IASME certificate search.'),
  ];
}

// ------------------------------------------------ Group internal audit report on the FedRAMP programme
function internalAudit(): Block[] {
  return [
    h1('1 Executive Summary'),
    p('Group Internal Audit (GIA) performed an audit of the governance of the US federal authorisation programme between 15/06/2026 and 31/07/2026 as part of the 2026 audit plan approved by the Audit Committee. The objective was to provide assurance to the Management Board that the programme is governed effectively, that obligations arising from the authorisation are known and tracked, and that group functions supporting the US subsidiary respect the separation required by the proxy agreement.'),
    table([['Overall rating', 'Needs improvement (Rating 3 of 4)']], false),
    p('GIA did not re-perform control testing; independent testing of controls is the responsibility of the accredited assessor engaged by the US subsidiary. GIA relied on its reports only as a source of information.'),
    h1('2 Background'),
    ...ps('The US subsidiary obtained an agency authorisation for its federal platform in April 2026. Continued authorisation requires monthly continuous monitoring deliverables, an annual assessment and the approval of significant changes by the agency.'),
    h1('3 Findings'),
    table([
      ['No.', 'Observation', 'Risk', 'Rating', 'Management action', 'Owner', 'Due date'],
      ['IA-26-14-01', 'Group engineering changes affecting federal images are not systematically flagged to the US ISSO for security impact analysis.', 'Unapproved significant change', 'High', 'Introduce a "federal impact" flag in the group change tool with mandatory ISSO review.', 'Head of Platform Engineering', '31.12.2026'],
      ['IA-26-14-02', 'Monthly continuous monitoring tasks depend on two individuals; no documented deputy.', 'Key-person dependency', 'Medium', 'Appoint and train deputies.', 'President NFC Inc.', '30.11.2026'],
      ['IA-26-14-03', 'Group budget process does not reserve funds for remediation of assessment findings.', 'Delayed remediation', 'Medium', 'Add a remediation reserve to the 2027 budget.', 'CFO Office', '31.10.2026'],
      ['IA-26-14-04', 'The group risk register lists the federal programme risk without link to the subsidiary\'s own risk assessment.', 'Incomplete risk view', 'Low', 'Link registers; quarterly reconciliation.', 'Group Risk Management', '31.03.2027'],
    ]),
    h1('4 Scope Limitations'),
    ...ps('In accordance with the proxy agreement, GIA staff who are not US persons did not access federal systems or data. Evidence was provided as redacted extracts by the US subsidiary.'),
    h1('5 Distribution'),
    ...ps('Audit Committee; Management Board; President NFC Inc.; Group CISO; Head of Global Compliance; external auditor (for information).'),
    p('Group Internal Audit — Lead Auditor: Meenakshi Iyer, CIA, CISA — Chief Audit Executive: Dr. Rainer Falkenstein'),
  ];
}

// ------------------------------------------------ Data residency white paper
function whitePaper(): Block[] {
  return [
    title('Sovereignty by Design', 40),
    title('Data residency, operational sovereignty and the Nordhaus Sovereign Cloud', 24),
    p('White paper — November 2026 — for customers, partners and public-sector buyers'),
    h1('Executive summary'),
    p('Public-sector and regulated customers increasingly ask three questions of their cloud provider: where is my data stored, who can access it, and which law applies to it? This white paper explains how the Nordhaus Sovereign Cloud answers these questions across our regions in the EU, the United Kingdom, Australia, Japan and the United States, and how our architecture supports customers subject to GDPR, NIS2, DORA, the EU Cloud Services Scheme (EUCS), ENS, C5, IRAP, ISMAP and US federal requirements.'),
    h1('1 Data residency'),
    ...ps('Customer content never leaves the region selected by the customer unless the customer configures replication. Metadata required for billing is processed in the customer\'s home jurisdiction. Each region has its own key management service with HSMs located in that jurisdiction.'),
    h1('2 Operational sovereignty'),
    ...ps('Each regional operating company employs local personnel with the clearances required by its national scheme. In the United States, our federal regions are operated by a separate subsidiary under a proxy agreement; group staff outside the United States have no access to those regions.'),
    h1('3 Legal sovereignty'),
    ...ps('Our EU operating companies are not subject to the extraterritorial reach of non-EU laws with respect to customer content, as assessed in a legal opinion by an independent law firm (summary available on request).'),
    h1('4 Certifications and attestations'),
    table([['Region', 'Certifications and attestations'], ['EU', 'ISO/IEC 27001/27017/27018, BSI C5 Type 2, ENS ALTA, SOC 2 Type 2'], ['UK', 'Cyber Essentials Plus, ISO/IEC 27001'], ['Australia', 'IRAP PROTECTED'], ['Japan', 'ISMAP registered'], ['US federal', 'Agency authorisation at the High impact level']]),
    h1('5 How to learn more'),
    ...ps('Contact your account team to receive our compliance reports under NDA, or visit the Trust Centre.'),
  ];
}

// ------------------------------------------------ EUCS readiness memo (markdown)
function eucsMemo(): Block[] {
  return [
    table([['To', 'Management Board; Group Information Security Board'], ['From', `${G.headCompliance}, Head of Global Compliance`], ['Date', '2026-10-19'], ['Subject', 'Readiness for the EU Cybersecurity Certification Scheme for Cloud Services (EUCS)'], ['Classification', CLASSIFICATION]], false),
    h1('1 Purpose'),
    p('This memo summarises our readiness for certification under the EUCS scheme being finalised by ENISA and the European Commission under the Cybersecurity Act (Regulation (EU) 2019/881), and proposes a plan and budget for 2027.'),
    h1('2 Background'),
    ...ps('EUCS defines three assurance levels (Basic, Substantial, High). The draft requirements for High include criteria on sovereignty that are still under negotiation. Our C5 Type 2 and ISO/IEC 27001 programmes cover an estimated 80% of the EUCS Substantial requirements.'),
    h1('3 Gap analysis (summary)'),
    table([['Area', 'Gap', 'Effort'], ['Organisation of information security', 'Formal product security officer per service', 'Low'], ['Incident management', 'Customer-facing incident reporting portal', 'Medium'], ['Portability and interoperability', 'Documented exit procedures per service', 'Medium'], ['Sovereignty (High only)', 'Depends on final text', 'Unknown']]),
    h1('4 Recommendation'),
    bullets('Target EUCS Substantial for the EU regions in 2027, using the C5 audit firm as conformity assessment body if accredited.', 'Monitor the High-level sovereignty criteria; no architecture change before the final text.', 'Reuse evidence across C5, ISO and EUCS through the common control framework.'),
    h1('5 Decision requested'),
    p('The Board is asked to approve a 2027 budget of EUR 1.2 million for EUCS readiness.'),
  ];
}

// ------------------------------------------------ Job description (markdown)
function jobDescription(): Block[] {
  return [
    title('Job Description — Senior Compliance Manager, US Federal (m/f/d)'),
    table([['Location', 'Herndon, VA (hybrid) — US person required'], ['Reports to', 'President, Nordhaus Federal Cloud, Inc.; dotted line to Head of Global Compliance'], ['Grade', 'G7'], ['Requisition', 'REQ-2026-0481']], false),
    h1('About us'),
    p(`${G.sub} operates the US federal regions of ${G.group}, one of Europe's leading sovereign cloud providers.`),
    h1('Your responsibilities'),
    bullets('Own the continuous monitoring programme: monthly POA&M updates, scan reviews, inventory reconciliation and deliverable submission to the agency repository.', 'Coordinate the annual assessment with the 3PAO, including SAP review, evidence collection and SAR remediation planning.', 'Maintain the System Security Plan and its attachments with control owners.', 'Prepare significant change requests and deviation requests.', 'Report programme status to the steering committee and group compliance.'),
    h1('Your profile'),
    bullets('5+ years in federal compliance (FedRAMP, FISMA, DoD SRG).', 'Solid knowledge of NIST SP 800-53 Rev. 5 and OSCAL.', 'CISSP, CISA or CAP certification preferred.', 'Ability to obtain a Public Trust (Tier 4) clearance.'),
    h1('What we offer'),
    p('Competitive salary, 401(k) with 6% match, 25 days PTO, and the opportunity to work with colleagues in Frankfurt, Pune and Sydney.'),
  ];
}

// ------------------------------------------------ Board presentation speaker notes (text)
function boardNotes(): Block[] {
  return [
    h1('Speaker notes — Supervisory Board, 10 December 2026 — Agenda item 6: Compliance & Certifications'),
    p('Slide 1 — Title. Good afternoon. I will give the annual overview of our certification portfolio and the priorities for 2027.'),
    p('Slide 2 — Portfolio. We now hold eleven certifications and attestations across five jurisdictions: ISO 27001 group-wide, C5 Type 2, ENS ALTA, Cyber Essentials Plus, IRAP PROTECTED, ISMAP and, since April, the US federal agency authorisation at High.'),
    p('Slide 3 — Cost. The total external cost of audits and assessments in 2026 was EUR 4.7 million, of which about 45% relates to the US federal programme. The US programme is the most documentation-intensive: the plan, the assessment plan and report, the monthly remediation tracker and inventory, with agency review every month.'),
    p('Slide 4 — Findings trend. External audit findings fell from 31 to 19; no critical findings anywhere. Two moderate US findings are in remediation.'),
    p('Slide 5 — 2027 priorities. EUCS Substantial for the EU regions; second US agency to leverage our authorisation; shortening the vulnerability remediation SLA group-wide to align with the strictest scheme.'),
    p('Slide 6 — Risks. Key-person dependency in the US team (internal audit finding), EUCS sovereignty criteria, and the cost of running five national schemes in parallel.'),
    p('Slide 7 — Decisions requested. None today; for information. Questions.'),
  ];
}

// ------------------------------------------------ Project plan (csv)
function projectPlan(): string {
  const rows = [
    ['WBS', 'Task Name', 'Duration', 'Start', 'Finish', 'Predecessors', 'Resource Names', '% Complete'],
    ['1', 'FedRAMP annual assessment 2027 — programme plan', '92 days', '01/11/2026', '31/03/2027', '', 'GCO', '35%'],
    ['1.1', 'Update SSP and attachments', '20 days', '01/11/2026', '29/11/2026', '', 'D. Whitfield; P. Raghunathan', '100%'],
    ['1.2', 'Reconcile inventory with scan targets', '5 days', '01/11/2026', '05/11/2026', '', 'R. Mehta', '100%'],
    ['1.3', 'Review 3PAO assessment plan', '10 days', '30/11/2026', '14/12/2026', '1.1', 'D. Whitfield', '40%'],
    ['1.4', 'AO approval of assessment plan', '10 days', '15/12/2026', '08/01/2027', '1.3', 'FGAA', '0%'],
    ['1.5', 'System freeze', '30 days', '11/01/2027', '19/02/2027', '1.4', 'Platform Engineering', '0%'],
    ['1.6', 'Testing by 3PAO', '30 days', '11/01/2027', '19/02/2027', '1.4', 'Kestrel', '0%'],
    ['1.7', 'Assessment report review (factual accuracy)', '5 days', '20/02/2027', '26/02/2027', '1.6', 'D. Whitfield', '0%'],
    ['1.8', 'Update remediation tracker from report', '5 days', '27/02/2027', '05/03/2027', '1.7', 'D. Whitfield', '0%'],
    ['1.9', 'Agency decision on continued authorisation', '20 days', '06/03/2027', '31/03/2027', '1.8', 'FGAA', '0%'],
    ['2', 'EUCS readiness', '120 days', '04/01/2027', '30/06/2027', '', 'M. Brenneke', '0%'],
    ['3', 'ISMAP annual audit', '40 days', '01/02/2027', '31/03/2027', '', 'Compliance Japan', '0%'],
  ];
  return rows.map((r) => r.map((c) => (/[,;"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';
}

export async function lookalikeDocsB(): Promise<EvalDoc[]> {
  return [
    { file: 'CIS_Workbook_JP.xlsx', expected: 'UNKNOWN', data: await ismap(), note: 'Japanese ISMAP control implementation statement (ISMAP 管理基準 controls with status) — another scheme, not a FedRAMP CIS/CRM workbook; name misleading.' },
    { file: 'SoA_2026.xlsx', expected: 'UNKNOWN', data: await isoSoa(), note: 'ISO/IEC 27001:2022 Statement of Applicability (Annex A controls, applicability, justification).' },
    { file: 'upload (4).xlsx', expected: 'UNKNOWN', data: await ropa(), note: 'GDPR Article 30 records of processing activities register — not a PTA/PIA.' },
    { file: 'questionnaire_response.xlsx', expected: 'UNKNOWN', data: await caiq(), note: 'CSA CAIQ v4 vendor questionnaire answered for a prospect — not a CIS/CRM workbook.' },
    { file: 'POAM_Q4.xlsx', expected: 'UNKNOWN', data: await riskRegister(), note: 'Group enterprise risk register (likelihood/impact scores, treatment, owners) — not a POA&M; name misleading.' },
    { file: 'certificate.pdf', expected: 'UNKNOWN', data: await renderPdf({ blocks: cePlus(), meta: { title: 'Cyber Essentials Plus Certificate', creator: 'IASME' } }, { pageSize: 'A4', producer: 'IASME certificate service', creatorTool: 'IASME' }), note: 'UK Cyber Essentials Plus certificate — a certificate of another scheme, not an ATO letter.' },
    { file: 'GIA_2026-14.pdf', expected: 'UNKNOWN', data: await renderPdf(groupDoc(fm('GIA-2026-14', '1.0', '29.08.2026', { owner: 'Group Internal Audit', approver: 'Chief Audit Executive', reviewer: 'Audit Committee' }), [title('Internal Audit Report IA-2026-14', 32), p('Governance of the US Federal Authorisation Programme')], internalAudit(), { place: 'after-control', headings: 'bold', meta: { title: 'Internal Audit Report', creator: 'GIA' } }), { pageSize: 'A4' }), note: 'Group internal audit report on the federal programme governance (findings, ratings, management actions) — not a SAR nor a POA&M.' },
    { file: 'whitepaper_sovereignty.pdf', expected: 'UNKNOWN', data: await renderPdf({ blocks: whitePaper(), footer: `© ${G.group}`, meta: { title: 'Sovereignty by Design', creator: 'Marketing' } }, { pageSize: 'A4', producer: 'Adobe InDesign 20.0 (Macintosh)', creatorTool: 'Adobe InDesign 20.0' }), note: 'Marketing/technical data-residency white paper listing certifications across regions.' },
    { file: 'eucs-readiness.md', expected: 'UNKNOWN', data: renderMarkdown({ blocks: [title('Memo: EUCS Readiness'), ...eucsMemo()] }), note: 'Internal memo on EU Cloud Services Scheme (EUCS) readiness with gap analysis and budget request.' },
    { file: 'JD_REQ-2026-0481.md', expected: 'UNKNOWN', data: renderMarkdown({ blocks: jobDescription() }, { title: 'Senior Compliance Manager, US Federal', req: 'REQ-2026-0481' }), note: 'Job description for a federal compliance manager that mentions SSP, SAP, SAR, POA&M duties.' },
    { file: 'notes.txt', expected: 'UNKNOWN', data: renderText({ blocks: boardNotes() }, true), note: 'Supervisory board presentation speaker notes on the certification portfolio.' },
    { file: 'plan.csv', expected: 'UNKNOWN', data: projectPlan(), note: 'Project plan export (WBS, tasks, dates) for the annual assessment programme — a tracker, not a deliverable.' },
  ];
}
