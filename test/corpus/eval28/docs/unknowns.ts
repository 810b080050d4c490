import type { Block } from '../kit/blocks.js';
import { bullets, h1, p, section, table, title } from '../kit/blocks.js';
import { renderDocx } from '../kit/render-docx.js';
import { renderPdf } from '../kit/render-pdf.js';
import { renderMarkdown } from '../kit/render-text.js';
import { addDays, makeRng, usDate } from '../kit/rng.js';
import type { Cell } from '../kit/sheet.js';
import { freezeAt, newWorkbook, putTable, putTitle, toCsv, workbookBytes } from '../kit/sheet.js';
import type { EvalDoc } from '../kit/types.js';
import { AGENCY_SHORT, ANALYST, CSP, ISSO, SYS, SYS_ABBR, TPAO } from '../kit/world.js';

interface SheetSpec { name: string; title?: string; at?: number; rows: Cell[][]; hidden?: boolean; freeze?: boolean }

async function book(file: string, note: string, sheets: SheetSpec[], wbTitle?: string): Promise<EvalDoc> {
  const wb = newWorkbook(wbTitle === undefined ? { creator: ANALYST } : { creator: ANALYST, title: wbTitle });
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    const at = s.at ?? (s.title ? 3 : 1);
    if (s.title) putTitle(ws, 1, s.title, Math.max(2, s.rows[0]?.length ?? 2), 13);
    putTable(ws, at, s.rows);
    if (s.freeze) freezeAt(ws, at);
    if (s.hidden) ws.state = 'hidden';
  }
  return { file, expected: 'UNKNOWN', note, data: await workbookBytes(wb) };
}

const MONTHS = ['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03'];

export async function unknownDocs(): Promise<EvalDoc[]> {
  const rng = makeRng(2899);
  const out: EvalDoc[] = [];
  out.push(await book('Vuln_KPIs_FY25.xlsx', 'Vulnerability KPI dashboard: monthly counts of open findings by severity and mean time to remediate; aggregates only, not a scan, POA&M or inventory.', [
    { name: 'Dashboard', title: `${SYS_ABBR} Vulnerability Management KPIs - FY25`, rows: [['Month', 'Open High', 'Open Moderate', 'Open Low', 'New This Month', 'Closed This Month', 'MTTR High (days)', 'MTTR Moderate (days)', '% Within SLA'], ...MONTHS.map((m) => [m, rng.int(0, 4), rng.int(5, 20), rng.int(10, 40), rng.int(8, 30), rng.int(8, 30), rng.int(9, 28), rng.int(30, 80), `${rng.int(88, 100)}%`])], freeze: true },
    { name: 'Chart Data', rows: [['Severity', 'Target SLA (days)', 'Actual median'], ['High', 30, 17], ['Moderate', 90, 51], ['Low', 180, 96]] },
    { name: 'calc', hidden: true, rows: [['key', 'value'], ['lastRefresh', '2025-03-12']] },
  ]));
  out.push(await book('patch_compliance_trend.xlsx', 'Patch compliance trend sheet: percentage of hosts patched per month by OS family; an operational metric, not a deliverable.', [
    { name: 'Trend', title: 'Patch Compliance Trend (hosts patched within 30 days)', rows: [['Month', 'Amazon Linux 2023', 'Amazon Linux 2', 'Ubuntu 22.04', 'Container base images', 'Overall'], ...MONTHS.map((m) => [m, `${rng.int(90, 100)}%`, `${rng.int(80, 100)}%`, `${rng.int(85, 100)}%`, `${rng.int(92, 100)}%`, `${rng.int(90, 99)}%`])] },
    { name: 'Notes', rows: [['Note'], ['AL2 hosts retire by June 2025 (OpenSearch migration).'], ['Ubuntu dip in Oct due to failed unattended-upgrades on worker AMI.']] },
  ]));
  out.push(await book('licenses.xlsx', 'Software license tracker (seats, renewal dates, cost centers); not an inventory workbook of the system.', [
    { name: 'Licenses', at: 2, rows: [['Product', 'Vendor', 'License Type', 'Seats', 'Seats Used', 'Renewal Date', 'Annual Cost (USD)', 'Cost Center', 'Owner'], ['Tenable Nessus Professional', 'Tenable', 'Subscription', 2, 2, '09/30/2025', 7980, 'SEC-100', ISSO], ['Burp Suite Enterprise', 'PortSwigger', 'Subscription', 1, 1, '01/15/2026', 19900, 'SEC-100', ISSO], ['Splunk Cloud', 'Splunk', 'Ingest 50 GB/day', 1, 1, '11/01/2025', 96000, 'OPS-200', 'R. Castellanos'], ['Okta Workforce Identity', 'Okta', 'Per user', 250, 231, '03/31/2026', 41580, 'IT-300', 'IT'], ['Microsoft 365 G3', 'Microsoft', 'Per user', 250, 244, '06/30/2025', 60000, 'IT-300', 'IT'], ['JetBrains All Products', 'JetBrains', 'Per user', 40, 37, '08/01/2025', 11160, 'ENG-400', 'Eng Ops']], freeze: true },
  ], 'Integrated Inventory Workbook'));
  const cost: (string | number)[][] = [['Service', 'Linked Account', 'Usage Type', ...MONTHS.slice(-6), 'Total']];
  for (const svc of ['Amazon Elastic Compute Cloud', 'Amazon Relational Database Service', 'Amazon OpenSearch Service', 'Amazon Simple Storage Service', 'AWS WAF', 'Amazon CloudWatch', 'AWS Key Management Service']) {
    const vals = MONTHS.slice(-6).map(() => rng.int(400, 18000));
    cost.push([svc, '412345678901 (lcmc-prod)', 'All', ...vals, vals.reduce((a, b) => a + b, 0)]);
  }
  out.push({ file: 'costs_Q1.csv', expected: 'UNKNOWN', note: 'AWS cost report CSV (monthly spend by service for the production account); not a deliverable.', data: toCsv(cost) });
  out.push(await book('oncall_rota_Q2.xlsx', 'On-call rotation schedule for platform and security engineers.', [
    { name: 'Rota', title: 'Platform & Security On-Call Rota - Q2 2025', rows: [['Week Starting', 'Primary', 'Secondary', 'Security On-Call', 'Escalation Manager'], ...Array.from({ length: 13 }, (_v, i) => [usDate(addDays('2025-03-31', i * 7)), rng.pick(['R. Castellanos', 'A. Mendes', 'K. Osei', 'L. Park']), rng.pick(['T. Brandt', 'S. Iyer', 'M. Novak']), rng.pick([ISSO, 'D. Whitfield', 'J. Haddad']), 'Evan Lindqvist'])], freeze: true },
    { name: 'Swaps', rows: [['Date', 'From', 'To', 'Approved by'], ['04/18/2025', 'K. Osei', 'L. Park', 'Evan Lindqvist']] },
  ]));
  out.push(await book('AT-2_tracker.xlsx', 'Security awareness training completion tracker per employee (evidence for AT-2 but not a FedRAMP deliverable).', [
    { name: 'Completion', title: 'FY25 Security Awareness & Role-Based Training Completion', rows: [['Employee', 'Department', 'Annual Awareness (AT-2)', 'Insider Threat (AT-2(2))', 'Role-Based (AT-3)', 'Completed On', 'Status'], ...['A. Mendes', 'K. Osei', 'L. Park', 'T. Brandt', 'S. Iyer', 'M. Novak', 'J. Haddad', 'D. Whitfield', 'R. Castellanos', 'P. Quinn', 'H. Zhou', 'B. Adeyemi'].map((n, i) => [n, rng.pick(['Engineering', 'Security', 'Support', 'Product']), 'Complete', 'Complete', i % 5 === 0 ? 'Overdue' : 'Complete', usDate(addDays('2025-01-06', rng.int(0, 60))), i % 5 === 0 ? 'Reminder sent' : 'OK'])], freeze: true },
    { name: 'By Dept', rows: [['Department', 'Headcount', 'Completed', '%'], ['Engineering', 48, 46, '96%'], ['Security', 6, 6, '100%'], ['Support', 22, 20, '91%']] },
  ]));
  out.push(await book('Enterprise_Risk_Register.xlsx', 'Enterprise risk register (business, financial and security risks with likelihood/impact scores); not a POA&M.', [
    { name: 'Risk Register', at: 4, rows: [['Risk ID', 'Risk Title', 'Category', 'Description', 'Likelihood (1-5)', 'Impact (1-5)', 'Inherent Score', 'Treatment', 'Risk Owner', 'Review Date'], ['ER-01', 'Key customer concentration', 'Financial', 'Top 3 agencies make up 58% of ARR.', 3, 4, 12, 'Diversify into state market', 'CFO', '04/01/2025'], ['ER-02', 'Loss of key engineering staff', 'People', 'Two engineers hold most platform knowledge.', 3, 3, 9, 'Cross-training, documentation', 'CTO', '04/01/2025'], ['ER-03', 'Ransomware on corporate endpoints', 'Security', 'Corporate laptops could be compromised via phishing.', 2, 5, 10, 'EDR, backups, training', 'CISO', '04/01/2025'], ['ER-04', 'AWS regional outage', 'Operational', 'Extended outage of us-gov-west-1.', 2, 4, 8, 'DR in us-gov-east-1', 'CTO', '04/01/2025'], ['ER-05', 'Federal budget continuing resolution', 'Market', 'Delayed agency renewals.', 4, 3, 12, 'Multi-year contracts', 'CEO', '04/01/2025']], freeze: true },
    { name: 'Heat Map', rows: [['Likelihood \\ Impact', '1', '2', '3', '4', '5'], ['5', '', '', '', '', ''], ['4', '', '', 'ER-05', '', ''], ['3', '', '', 'ER-02', 'ER-01', ''], ['2', '', '', '', 'ER-04', 'ER-03']] },
  ]));
  out.push(await book('CAB_log_2025.xlsx', 'Change advisory board log of routine weekly changes (approvals, outcomes); not a significant change request.', [
    { name: 'CAB Log', title: 'Change Advisory Board Log - 2025', rows: [['Change #', 'Date', 'Summary', 'Type', 'Risk', 'Requested By', 'CAB Decision', 'Implemented', 'Security Impact Analysis'], ...Array.from({ length: 14 }, (_v, i) => [`CHG-${4100 + i}`, usDate(addDays('2025-01-07', i * 5)), rng.pick(['Rotate TLS certificates on ALB', 'Upgrade worker node AMI', 'Increase RDS storage', 'Deploy release 2025.0' + (i % 9), 'Update WAF managed rule set', 'Add CloudWatch alarm for 5xx']), rng.pick(['Standard', 'Normal', 'Normal', 'Emergency']), rng.pick(['Low', 'Low', 'Medium']), rng.pick(['R. Castellanos', 'A. Mendes']), 'Approved', 'Yes', 'No significant change'])], freeze: true },
  ]));
  const tickets: string[][] = [['Issue key', 'Summary', 'Issue Type', 'Status', 'Priority', 'Assignee', 'Created', 'Updated', 'Labels']];
  for (let i = 0; i < 18; i++) tickets.push([`SEC-${2300 + i}`, rng.pick(['Patch OpenSSH on bastion (POA&M V-1040)', 'Collect evidence for annual assessment', 'Update ConMon tracker for March', 'Rotate IAM access keys older than 90 days', 'Review GuardDuty finding', 'Fix failing Trivy gate in pipeline']), rng.pick(['Task', 'Bug', 'Story']), rng.pick(['To Do', 'In Progress', 'Done']), rng.pick(['P2', 'P3']), rng.pick(['A. Mendes', 'D. Whitfield', 'K. Osei']), `${usDate(addDays('2025-02-01', i * 2))} 10:12`, `${usDate(addDays('2025-02-05', i * 2))} 16:40`, 'conmon fedramp']);
  out.push({ file: 'Jira_export_SEC.csv', expected: 'UNKNOWN', note: 'Jira ticket export of the security project; tickets mention POA&M items but it is a work-tracking export, not a POA&M.', data: toCsv(tickets) });
  out.push(await book('HW_Depreciation_FY25.xlsx', 'Hardware depreciation schedule for corporate laptops and office equipment (finance asset register), not a system inventory.', [
    { name: 'Schedule', title: 'Hardware Depreciation Schedule FY2025 (straight-line, 36 months)', rows: [['Asset Tag', 'Description', 'Serial Number', 'In-Service Date', 'Cost', 'Useful Life (months)', 'Monthly Depreciation', 'Accumulated Depreciation', 'Net Book Value'], ...Array.from({ length: 15 }, (_v, i) => { const cost = rng.pick([1899, 2399, 3199, 649]); const age = rng.int(2, 30); return [`LRK-${1200 + i}`, rng.pick(['MacBook Pro 14" M3', 'Dell Latitude 7450', 'Dell U2723QE monitor', 'Poly Studio video bar']), `C02${rng.int(100000, 999999)}`, usDate(addDays('2023-01-01', rng.int(0, 700))), cost, 36, Math.round(cost / 36), Math.round((cost / 36) * age), cost - Math.round((cost / 36) * age)]; })] },
  ]));
  out.push(await book('vendor_assessments.xlsx', 'Third-party vendor assessment tracker (questionnaire status, SOC 2 receipt, risk tier) for corporate vendors.', [
    { name: 'Tracker', at: 3, rows: [['Vendor', 'Service', 'Risk Tier', 'Questionnaire Sent', 'Questionnaire Returned', 'SOC 2 Type II Received', 'FedRAMP Authorized', 'Next Review', 'Reviewer'], ['Okta', 'Identity provider', 'Tier 1', '01/06/2025', '01/20/2025', 'Yes', 'Yes', '01/2026', ISSO], ['Zendesk', 'Support ticketing', 'Tier 2', '01/06/2025', '02/11/2025', 'Yes', 'No', '02/2026', ISSO], ['Gusto', 'Payroll', 'Tier 3', '02/03/2025', '', 'Requested', 'No', '02/2026', 'D. Whitfield'], ['Slack', 'Collaboration', 'Tier 2', '01/13/2025', '01/29/2025', 'Yes', 'Yes (GovSlack)', '01/2026', 'D. Whitfield']], freeze: true },
  ]));
  out.push(await book('ConMon_Calendar_2025.xlsx', 'ConMon calendar: due dates of monthly and annual deliverables and meetings; a schedule, not a deliverable itself.', [
    { name: 'Calendar', title: 'FedRAMP Continuous Monitoring Calendar - 2025', rows: [['Month', 'Scans Complete', 'POA&M + Inventory Due to Agency', 'ConMon Meeting', 'Other Activities'], ...MONTHS.slice(-3).concat(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09']).map((m) => [m, `${m}-05`, `${m}-13`, `${m}-20`, m === '2025-04' ? 'Annual assessment testing (3PAO)' : m === '2025-06' ? 'ISCP test; IR tabletop' : ''])], freeze: true },
    { name: 'Annual', rows: [['Activity', 'Due'], ['Annual SSP update', '03/07/2025'], ['Annual assessment SAP to agency', '03/21/2025'], ['Policy reviews', '01/31/2025']] },
  ]));
  const sla: Block[] = [
    title(`${CSP}`, 20), title('Monthly Service Level Report - February 2025', 28), p(`Service: ${SYS}  |  Customer: ${AGENCY_SHORT} and 11 other agency tenants`),
    h1('1. Availability'), table([['Component', 'Target', 'Achieved', 'Minutes of Downtime'], ['Web application', '99.9%', '99.97%', '12'], ['Public API', '99.9%', '99.99%', '4'], ['Document upload', '99.5%', '99.93%', '28']]),
    h1('2. Support Performance'), table([['Priority', 'Response Target', 'Met'], ['P1', '30 minutes', '100% (2 of 2)'], ['P2', '4 hours', '97% (35 of 36)'], ['P3', '1 business day', '99%']]),
    h1('3. Service Credits'), p('No service credits were earned in February. The February 11 degradation (document upload latency) lasted 28 minutes and stayed within the monthly allowance.'),
    h1('4. Upcoming Maintenance'), p('March 22, 2025 02:00-04:00 ET: database minor version upgrade. Customers were notified on March 1.'),
  ];
  out.push({ file: 'SLA_Report_2025-02.pdf', expected: 'UNKNOWN', note: 'Monthly SLA/availability report to customers; operational reporting, not a FedRAMP deliverable.', data: await renderPdf(sla, { footer: 'Customer Confidential' }) });
  const bridge: Block[] = [
    title('SOC 2 Bridge Letter', 32), p('March 3, 2025'), p('To: Customers and prospective customers of Larkspur Analytics, Inc.'),
    p(`${CSP} received a SOC 2 Type II report covering the Security, Availability and Confidentiality trust services criteria for the period October 1, 2023 through September 30, 2024, issued by an independent CPA firm. This bridge letter covers the period from October 1, 2024 through February 28, 2025 (the "bridge period").`),
    p('Management is not aware of any material changes to the system of internal control described in the SOC 2 report, nor of any events that would materially affect the operating effectiveness of the controls during the bridge period. The next SOC 2 Type II examination covering October 1, 2024 through September 30, 2025 is under way.'),
    p('This letter is provided for information only and does not replace the independent auditor\'s report.'), p('Sincerely,'), p('Priya Raghunathan, Chief Information Security Officer'),
  ];
  out.push({ file: 'doc-0399.docx', expected: 'UNKNOWN', note: 'SOC 2 bridge letter from management (another framework); not a FedRAMP deliverable.', data: await renderDocx(bridge, { meta: { title: 'Authority to Operate Letter', creator: 'P. Raghunathan' } }) });
  const iso: Block[] = [
    title('CERTIFICATE OF REGISTRATION', 34), p('This is to certify that the Information Security Management System of'), title(CSP, 26), p('1400 Eye Street NW, Washington, DC 20005, United States'),
    p('has been assessed and found to conform to the requirements of ISO/IEC 27001:2022 for the following scope: The provision, development and operation of the Larkspur case management software-as-a-service platform, in accordance with the Statement of Applicability version 4 dated 2024-08-19.'),
    table([['Certificate Number', 'Initial Certification', 'Issue Date', 'Expiry Date'], ['IS 781204', '2021-09-14', '2024-09-14', '2027-09-13']]),
    p('Validity of this certificate is subject to satisfactory surveillance audits. Issued by the certification body on behalf of its accreditation under ANAB.'),
  ];
  out.push({ file: 'ISO27001_cert.pdf', expected: 'UNKNOWN', note: 'ISO/IEC 27001 certificate of registration; another framework\'s certificate, not a FedRAMP deliverable.', data: await renderPdf(iso, {}) });
  const minutes: Block[] = [
    title(`${SYS_ABBR} Monthly Continuous Monitoring Meeting - Minutes`, 28), p('Date: February 20, 2025, 1:00-1:45 PM ET (Teams)'),
    p(`Attendees: ${AGENCY_SHORT} ISSM and ISSO; ${ISSO}, ${ANALYST}, Priya Raghunathan (${CSP}); Renata Kovac (${TPAO}, for item 4)`),
    ...section('1. Review of January deliverables', 'The agency confirmed receipt of the January POA&M, inventory and scan files on January 13. Two late items (V-1040, V-1046) were discussed; V-1046 is expected to close via a false-positive deviation request.'),
    ...section('2. Open deviation requests', 'DR-2025-004 (risk adjustment, NGINX) is under agency review. The agency asked for the WAF rate-limit configuration as evidence.'),
    ...section('3. Upcoming significant change', 'The Aurora migration SCR will be submitted by end of February; the agency asked for the 3PAO\'s security impact analysis with it.'),
    ...section('4. Annual assessment', 'The SAP draft is due March 21; testing is planned for April 7-25.'),
    h1('Action Items'), bullets('CSP: send WAF evidence for DR-2025-004 by 02/27.', 'CSP: submit Aurora SCR by 02/28.', 'Agency: return comments on the SAP within 10 business days of receipt.'),
  ];
  out.push({ file: 'minutes_2025-02-20.docx', expected: 'UNKNOWN', note: 'Minutes of the monthly ConMon meeting; discusses POA&M items, DRs and an SCR but is itself meeting minutes.', data: await renderDocx(minutes, { meta: { creator: ANALYST }, headingsAsBold: true }) });
  const jd: Block[] = [
    title('Job Description: Continuous Monitoring Analyst (FedRAMP)', 28), p(`${CSP} | Washington, DC or remote (US) | Security & Compliance`),
    ...section('About the role', `You will own the monthly continuous monitoring cycle for ${SYS}: reconcile scan results against the inventory, maintain the POA&M, prepare deviation requests, and work with our 3PAO during annual assessments.`),
    h1('Responsibilities'), bullets('Run and review monthly OS, database, web and container scans.', 'Update the POA&M and integrated inventory and deliver them to agency customers by the 13th.', 'Draft deviation requests and significant change requests with engineering.', 'Support SSP annual updates and evidence requests.'),
    h1('Qualifications'), bullets('3+ years in FedRAMP, FISMA or DoD RMF compliance.', 'Strong Excel skills (pivot tables, XLOOKUP, Power Query).', 'Familiarity with Nessus, Qualys or similar scanners.', 'Security+ or CISSP preferred.'),
    ...section('Compensation', 'Salary range $105,000 - $135,000 plus equity and benefits. US citizenship required.'),
  ];
  out.push({ file: 'JD_conmon_analyst.md', expected: 'UNKNOWN', note: 'Job description for a ConMon analyst; mentions POA&M and scans but is a hiring document.', data: renderMarkdown(jd) });
  return out;
}

