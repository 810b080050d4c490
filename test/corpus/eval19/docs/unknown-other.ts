import { h1, h2, p, sig, table, ul } from '../kit/frontmatter.js';
import type { Block, EvalDoc } from '../kit/model.js';
import { addRows, bookBuffer, newBook, toCsv } from '../kit/xlsx.js';
import type { BookMeta } from '../kit/xlsx.js';
import { docx, md, pdf, txt } from './helpers.js';
import { AGENCY, AGENCY_ABBR, CISO, COMPLIANCE, CSO, CSO_ABBR, CSP, ISSO, SO, TPAO, TPAO_SHORT } from './persona.js';

export function boardNotes(): EvalDoc {
  const blocks: Block[] = [
    p('Q1 FY26 Board of Directors – Risk & Compliance Committee'),
    p('Speaker notes – Dana Whitcomb (deck: "Public Sector Compliance Roadmap", 14 slides)'),
    h1('Slide 2 – Where we are'),
    p('We are StateRAMP Authorized at Moderate since September, TX-RAMP Level 2 certified in January, and CJIS-ready in four states. The big one this year is FedRAMP Moderate through an agency sponsor, HFO. Emphasise: the federal pipeline depends on this. Three federal opportunities worth about $14M TCV are gated on the ATO.'),
    h1('Slide 4 – FedRAMP timeline'),
    p('SSP approved by the agency in January after two comment rounds. The 3PAO (Bramblewood) SAP was approved March 12; testing runs through April 10. SAR expected end of April, ATO targeted mid-May, then PMO review. Risk: the two highs from the readiness scans — bastion OpenSSH and the RDS minor version — must be closed before the SAR is final or we carry them as POA&M items with 30-day deadlines.'),
    h1('Slide 6 – Cost'),
    p('Assessment fees $285K, tooling $60K/yr, two additional FTEs for continuous monitoring. Monthly ConMon will cost about 0.4 FTE of the compliance team on top of StateRAMP ConMon, which we will consolidate into one monthly cycle.'),
    h1('Slide 9 – Audit findings we are carrying'),
    p('CJIS audit from Texas DPS: three findings, log retention fixed, fingerprinting in progress. IRS Safeguards CAP for Ohio Taxation: two open. No repeat findings from the SOC 2.'),
    h1('Slide 12 – Asks'),
    ul('Approve the FY26 compliance budget line (slide 6).', 'Endorse consolidating state and federal continuous monitoring.', 'Note that I will bring the ATO letter to the June meeting if it is issued on time.'),
  ];
  return txt('board-update-q1.txt', 'UNKNOWN', 'Speaker notes for a board committee presentation on the compliance roadmap: internal briefing, not a FedRAMP deliverable.', { blocks }, 92);
}

export async function projectPlan(): Promise<EvalDoc> {
  const meta: BookMeta = { creator: 'Dana Whitcomb', title: 'FedRAMP Moderate Project Plan', company: CSP };
  const wb = newBook(meta);
  const ws = wb.addWorksheet('Plan');
  const rows: (string | number)[][] = [
    ['WBS', 'Task Name', 'Owner', 'Start', 'Finish', 'Duration (d)', '% Complete', 'Predecessors', 'Notes'],
    ['1', 'Partnership establishment with HFO', 'D. Whitcomb', '2025-05-01', '2025-06-30', 60, 100, '', 'In Process designation listed on Marketplace'],
    ['2', 'Draft System Security Plan and attachments', 'T. Albright', '2025-06-01', '2025-10-17', 138, 100, '1', ''],
    ['2.1', 'Attachment 13 inventory cleanup', 'M. Delgado', '2025-08-01', '2025-09-15', 45, 100, '2', ''],
    ['3', 'Agency SSP review rounds', 'HFO ISSM', '2025-10-20', '2026-01-22', 94, 100, '2', 'Two comment rounds'],
    ['4', '3PAO SAP development and agency approval', 'Bramblewood', '2026-02-02', '2026-03-12', 38, 100, '3', ''],
    ['5', 'Security assessment testing (system frozen)', 'Bramblewood', '2026-03-16', '2026-04-10', 25, 60, '4', 'Change freeze in effect'],
    ['6', 'SAR delivery', 'Bramblewood', '2026-04-24', '2026-04-24', 0, 0, '5', ''],
    ['7', 'POA&M from SAR findings', 'T. Albright', '2026-04-24', '2026-05-01', 7, 0, '6', ''],
    ['8', 'Agency ATO decision', AGENCY_ABBR, '2026-05-04', '2026-05-15', 11, 0, '7', ''],
    ['9', 'Package upload and PMO review', 'D. Whitcomb', '2026-05-18', '2026-07-31', 74, 0, '8', 'Checklist, ATO letter'],
    ['10', 'Continuous monitoring start', 'T. Albright', '2026-08-01', '', '', 0, '9', 'Consolidate with StateRAMP ConMon'],
  ];
  addRows(ws, [[`${CSO} – FedRAMP Moderate Agency Authorization – Project Plan (status as of 2026-03-27)`], [], ...rows], 3);
  const risks = wb.addWorksheet('Risks & Issues');
  addRows(risks, [['ID', 'Type', 'Description', 'Owner', 'Status'], ['R-1', 'Risk', 'Highs from readiness scan not closed before SAR', 'G. Okafor', 'Open'], ['I-3', 'Issue', '3PAO pentest window moved one week', 'D. Whitcomb', 'Closed']], 1);
  return { file: 'FedRAMP_Project_Plan.xlsx', expected: 'UNKNOWN', note: 'The CSP\'s project plan for the FedRAMP effort (tasks, owners, dates): project management, not a FedRAMP deliverable.', data: await bookBuffer(wb, meta) };
}

export function kickoffMinutes(): EvalDoc {
  const blocks: Block[] = [
    { t: 'title', text: 'Meeting Minutes – FedRAMP Assessment Kickoff' },
    table([['Date', '2026-03-16 10:00–11:30 CT (Teams)'], ['Organizer', COMPLIANCE], ['Attendees', `${SO}, ${CISO}, ${ISSO} (Tessellate); R. Szymanski, H. Lindqvist (${TPAO}); HFO ISSM and ISSO (${AGENCY}, ${AGENCY_ABBR})`], ['Note taker', 'Hannah Cho']], false),
    h2('Agenda'),
    ul('Introductions and roles', 'SAP walkthrough and rules of engagement', 'Evidence request list and portal', 'Testing schedule and change freeze', 'Communication plan'),
    h2('Discussion'),
    p(`R. Szymanski (${TPAO_SHORT}) walked through the approved SAP v1.1: scope includes the public API added after the agency's comments. Pentest source IPs will be allow-listed in WAF in monitor mode only. Agency asked that critical findings be reported to the ISSM the same day, not within 24 hours; ${TPAO_SHORT} agreed.`),
    p('Change freeze: from today until the SAR is delivered, only emergency changes, each approved by the CISO and reported to the 3PAO. L. Vasquez-Hart confirmed the March patch cycle completed on 3/13.'),
    p('Evidence: 212 evidence requests loaded into the portal; 60% due by 3/20. T. Albright to own the tracker.'),
    h2('Action Items'),
    table([['#', 'Action', 'Owner', 'Due'], ['1', 'Send scanner credentials and allow-list confirmation', 'T. Albright', '3/17'], ['2', 'Provide March inventory extract to 3PAO', 'M. Delgado', '3/18'], ['3', 'Share emergency contact sheet', 'D. Whitcomb', '3/16'], ['4', 'Confirm agency escalation contacts', 'HFO ISSM', '3/18']]),
    p('Next meeting: weekly status, Mondays 10:00 CT.'),
  ];
  return md('Agency kickoff minutes 2026-03-16.md', 'UNKNOWN', 'Minutes of the assessment kickoff meeting between CSP, 3PAO and agency: meeting notes that mention the SAP, not a deliverable.', { blocks });
}

export async function roeMemo(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { t: 'p', text: 'MEMORANDUM – RULES OF ENGAGEMENT', bold: true, size: 28 },
    table([['To', 'City of Round Rock, Information Technology Department'], ['From', `${CISO}, ${CSP}`], ['Date', 'February 9, 2026'], ['Subject', 'Customer-initiated penetration test of the City tenant of CivicVault GovCloud']], false),
    p('The City has asked to have its own penetration testing firm, Lonestar Offensive Security, test the City tenant before renewing its subscription. This memorandum records the rules of engagement agreed between the City, its tester and Tessellate. It is not part of any FedRAMP or StateRAMP assessment and its results will not be submitted to either program.'),
    h1('Scope'),
    ul('In scope: https://roundrock.civicvault-gov.example (the City tenant) and the City\'s API keys only.', 'Out of scope: other tenants, the CSP management plane, AWS infrastructure, denial-of-service, social engineering of Tessellate staff.'),
    h1('Testing Window'),
    p('February 23–27, 2026, 19:00–05:00 CT. The tester will notify the Tessellate SOC at the start and end of each session.'),
    h1('Source Addresses'),
    p('203.0.113.40/29. Traffic from other addresses will be blocked and handled as an attack.'),
    h1('Stop Conditions and Contacts'),
    p('Testing stops immediately if the tester obtains data belonging to another tenant, if service degradation is observed, or at the request of either party. SOC 24x7: 1-888-555-0199.'),
    h1('Reporting'),
    p('The tester will provide the City and Tessellate with the report within 10 business days. Findings affecting the shared platform will be handled under the CSP\'s vulnerability management process.'),
    sig([CISO, CSP], 'Priya Natarajan'),
    sig(['IT Director', 'City of Round Rock']),
  ];
  return pdf('RoE_pentest_city.pdf', 'UNKNOWN', 'A rules-of-engagement memo for a city customer\'s own penetration test of its tenant: explicitly not a FedRAMP SAP.', { blocks, header: 'Rules of Engagement – Customer Penetration Test', meta: { title: 'RoE memo', creator: 'Priya Natarajan' } });
}

export async function soc2Bridge(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { t: 'p', text: CSP, bold: true },
    p('March 2, 2026'),
    p('To our customers and their auditors:'),
    { t: 'title', text: 'SOC 2 Type II Bridge Letter', size: 36 },
    p(`${CSP} engaged Harlan & Pryce LLP to examine the description of the ${CSO} system and the suitability of the design and operating effectiveness of controls relevant to the Security, Availability and Confidentiality trust services criteria for the period October 1, 2024 through September 30, 2025. The resulting SOC 2 Type II report was issued on November 14, 2025 with an unqualified opinion.`),
    p('This letter covers the period from October 1, 2025 through the date of this letter (the "bridge period"), for which no SOC 2 report is yet available. Management represents that, to the best of its knowledge:'),
    ul('There have been no material changes to the system description or to the design of controls relevant to the trust services criteria during the bridge period.', 'Management is not aware of any material deficiencies in internal control over the system during the bridge period.', 'The next SOC 2 Type II examination, covering October 1, 2025 through September 30, 2026, is in progress.'),
    p('This letter is provided for information only; it is not an opinion of the service auditor and should be read together with the SOC 2 Type II report.'),
    sig([CISO, 'Chief Information Security Officer'], 'Priya Natarajan'),
  ];
  return pdf('SOC2_bridge_letter.pdf', 'UNKNOWN', 'A management SOC 2 Type II bridge letter for customers\' auditors: an attestation-related letter, not a FedRAMP deliverable.', { blocks, meta: { title: 'SOC 2 Bridge Letter Q1 2026', creator: 'Priya Natarajan' } });
}

export async function isoCertificate(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { t: 'p', text: 'Meridian Certification Services Ltd.', center: true, bold: true, size: 32 },
    { t: 'title', text: 'CERTIFICATE OF REGISTRATION' },
    { t: 'p', text: 'This is to certify that the Information Security Management System of', center: true },
    { t: 'p', text: CSP, center: true, bold: true, size: 28 },
    { t: 'p', text: '4400 Research Forest Drive, Suite 300, The Woodlands, TX 77381, United States', center: true },
    { t: 'p', text: 'has been assessed and found to conform to the requirements of', center: true },
    { t: 'p', text: 'ISO/IEC 27001:2022', center: true, bold: true, size: 32 },
    { t: 'p', text: 'with the controls of ISO/IEC 27017:2015 and ISO/IEC 27018:2019', center: true },
    p('Scope of certification: The information security management system supporting the design, development, operation and support of the CivicVault GovCloud software-as-a-service platform for public sector customers, in accordance with the Statement of Applicability version 7, dated August 4, 2025.'),
    table([['Certificate Number', 'IS 784213'], ['Original Certification Date', 'September 12, 2022'], ['Current Issue Date', 'September 10, 2025'], ['Expiry Date', 'September 11, 2028']], false),
    p('Continued validity is subject to satisfactory surveillance audits. This certificate remains the property of Meridian Certification Services Ltd. and is accredited by ANAB.'),
    sig(['Managing Director, Meridian Certification Services Ltd.'], 'C. Okonkwo-Reyes'),
  ];
  return pdf('upload (5).pdf', 'UNKNOWN', 'An ISO/IEC 27001:2022 certificate of registration for the CSP\'s ISMS: a certification, not a FedRAMP deliverable.', { blocks }, { producer: 'iText 7.2.5', creatorTool: 'Meridian CertPortal' });
}

export async function jobDescription(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { t: 'p', text: CSP, bold: true },
    { t: 'title', text: 'Senior Compliance Analyst – FedRAMP and StateRAMP Continuous Monitoring', size: 36 },
    table([['Location', 'The Woodlands, TX or remote (US)'], ['Department', 'Security Compliance'], ['Reports to', COMPLIANCE], ['FLSA', 'Exempt'], ['Requisition', 'REQ-2026-0217']], false),
    h1('About the Role'),
    p('We are looking for an analyst to run our monthly continuous monitoring for FedRAMP and StateRAMP: preparing the POA&M, reviewing scan results, keeping the integrated inventory accurate, and drafting significant change requests and deviation requests with engineering.'),
    h1('Responsibilities'),
    ul('Consolidate monthly OS, database and web application scan results and track remediation deadlines (30/90/180 days).', 'Maintain the POA&M and prepare deviation requests for agency review.', 'Update the System Security Plan and attachments after changes.', 'Support 3PAO annual assessments and state audits (CJIS, IRS Safeguards).', 'Answer customer security questionnaires and vendor risk assessments.'),
    h1('Qualifications'),
    ul('3+ years in federal or state security compliance (FedRAMP, StateRAMP, FISMA, CJIS or IRS Pub 1075).', 'Working knowledge of NIST SP 800-53 Rev. 5 and SP 800-53A.', 'CISSP, CISA or Security+ preferred. Must be a US person and able to pass a CJIS fingerprint background check.'),
    h1('Benefits'),
    p('Medical, dental and vision; 401(k) with 5% match; 20 days PTO; annual training budget of $3,000. Tessellate is an equal opportunity employer.'),
  ];
  return docx('JD_Senior_Compliance_Analyst.docx', 'UNKNOWN', 'A job description for a compliance analyst role that names FedRAMP deliverables: HR document, not a deliverable.', { blocks, headings: 'bold', meta: { title: 'JD template', creator: 'Talent Acquisition' } });
}

export function conmonEmail(): EvalDoc {
  const text = `From: Dana Whitcomb <dana.whitcomb@tessellate-ps.example>
To: HFO ISSM <issm@hfo.example.gov>
Cc: Terrence Albright <terrence.albright@tessellate-ps.example>; conmon@tessellate-ps.example
Date: Tue, 10 Mar 2026 16:52:07 -0500
Subject: CVG – March 2026 continuous monitoring deliverables uploaded
Message-ID: <20260310215207.4411@tessellate-ps.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Good afternoon,

The March 2026 continuous monitoring deliverables for ${CSO} (${CSO_ABBR}, package
F2403157821) are uploaded to the FedRAMP secure repository under
/ConMon/2026-03/:

  - CVG-POAM-2026-03.xlsx  (POA&M, 6 open items, 1 overdue: V-0101)
  - IIW_March2026.xlsx     (integrated inventory, 8 assets, no changes to boundary)
  - 2026-03_os_scan.nessus, Scan_Report_db.csv, zap-report.json (OS, DB, web scans)
  - DR-2026-004.xlsx       (deviation request, operational requirement for V-0117)

Summary: 2 new High findings this month (OpenSSH on the bastion, PostgreSQL
minor version). V-0101 is past its 30-day date by 5 days; the fix is staged and
will deploy in the emergency window Thursday night. No significant changes were
made this month; SCR-2026-02 (external key store) is in draft and we will send
it for your review in June.

Please let me know if you would like to walk through the POA&M on our monthly
call on 3/17.

Thanks,
Dana

--
${COMPLIANCE} | Director, Security Compliance | ${CSP}
This message may contain Controlled Unclassified Information.
`;
  return { file: 'conmon-cover-email.txt', expected: 'UNKNOWN', note: 'The cover e-mail announcing a month\'s continuous monitoring uploads: correspondence that lists deliverables, not one of them.', data: text };
}

export function riskRegister(): EvalDoc {
  const rows: (string | number)[][] = [
    ['Risk ID', 'Category', 'Risk Description', 'Owner', 'Likelihood (1-5)', 'Impact (1-5)', 'Inherent Score', 'Treatment', 'Residual Score', 'Review Date', 'Status'],
    ['ERM-014', 'Regulatory', 'FedRAMP ATO delayed beyond Q2 FY26 jeopardizing federal pipeline', 'D. Whitcomb', 3, 4, 12, 'Mitigate – weekly 3PAO status; exec sponsor', 8, '2026-03-31', 'Open'],
    ['ERM-015', 'Third party', 'Single IaaS region dependency for state customers', 'G. Okafor', 2, 5, 10, 'Mitigate – warm standby region', 6, '2026-03-31', 'Open'],
    ['ERM-021', 'People', 'Key-person dependency on ISSO for ConMon', 'P. Natarajan', 3, 3, 9, 'Mitigate – hire senior analyst (REQ-2026-0217)', 6, '2026-04-30', 'Open'],
    ['ERM-022', 'Financial', 'Cyber insurance premium increase >30% at renewal', 'CFO', 4, 2, 8, 'Accept', 8, '2026-06-30', 'Open'],
    ['ERM-027', 'Legal', 'Conflicting breach-notification timelines across 11 state contracts', 'General Counsel', 3, 3, 9, 'Mitigate – standard 24h clause', 6, '2026-04-15', 'Open'],
    ['ERM-030', 'Security', 'Ransomware affecting corporate IT spreading to the GovCloud boundary', 'P. Natarajan', 2, 5, 10, 'Mitigate – separate identity plane, immutable backups', 5, '2026-03-31', 'Open'],
  ];
  return { file: 'risk_register.csv', expected: 'UNKNOWN', note: 'The corporate enterprise risk register (likelihood, impact, treatment): enterprise risk management, not a POA&M.', data: toCsv(rows) };
}

