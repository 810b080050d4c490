import type { EvalDoc } from '../kit/model.js';
import { day, pick, rng } from '../kit/model.js';
import type { Cell } from '../kit/xlsx.js';
import { fill, toCsv, workbook, xlsxBytes } from '../kit/xlsx.js';
import { W } from './world.js';

const POAM_HEADERS = [
  'POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier',
  'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones',
  'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating',
  'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments',
  'Auto-Approve', 'Binding Operational Directive 22-01 tracking', 'Binding Operational Directive 22-01 Due Date', 'CVE', 'Service Name',
];

interface Weak {
  id: string;
  ctl: string;
  name: string;
  desc: string;
  src: string;
  srcId: string;
  asset: string;
  plan: string;
  detected: string;
  due: string;
  risk: 'High' | 'Moderate' | 'Low';
  adj?: string;
  cve?: string;
}

const WEAK: Weak[] = [
  { id: 'V-0001', ctl: 'RA-5', name: 'OpenSSL vulnerability in base image', desc: 'CVE-2024-5535 in openssl 3.0.13 within fic-reports image', src: 'Trivy', srcId: 'CVE-2024-5535', asset: 'fic-reports:2025.04.1', plan: 'Rebuild on patched distroless base', detected: '2025-04-02', due: '2025-05-02', risk: 'High', cve: 'CVE-2024-5535' },
  { id: 'V-0004', ctl: 'AC-2', name: 'Access review evidence missing', desc: 'Q4 2024 quarterly access review not evidenced (SAR KAP-02)', src: 'Keystone SAR 2025', srcId: 'KAP-02', asset: 'Okta tenant', plan: 'Automate review export; perform Q2 review', detected: '2025-04-08', due: '2025-07-07', risk: 'Moderate' },
  { id: 'V-0005', ctl: 'SC-8', name: 'TLS CBC ciphers on legacy API', desc: 'TLS 1.2 CBC cipher suites enabled on legacy-api endpoint', src: 'Nessus', srcId: '156899', asset: `legacy-api.${W.domain}`, plan: 'Retire endpoint by 2025-12-31', detected: '2025-03-27', due: '2025-06-25', risk: 'Moderate', adj: 'Low' },
  { id: 'V-0007', ctl: 'SI-10', name: 'Stored XSS in inspection notes', desc: 'Rich-text field accepts script in attribute handlers (SAR KAP-04)', src: 'Penetration test', srcId: 'KAP-04', asset: `app.${W.domain}`, plan: 'Sanitize with DOMPurify server-side; CSP header', detected: '2025-04-09', due: '2025-07-08', risk: 'Moderate' },
  { id: 'V-0011', ctl: 'AU-3', name: 'Export events lack source IP', desc: 'Audit records for CSV exports do not include client IP', src: 'Keystone SAR 2025', srcId: 'KAP-06', asset: 'fic-api', plan: 'Add client IP to audit event schema', detected: '2025-04-10', due: '2025-10-07', risk: 'Low' },
  { id: 'V-0019', ctl: 'RA-5', name: 'Outdated OpenSSH package reported', desc: 'Nessus reports openssh 9.3 on worker nodes', src: 'Nessus', srcId: '187315', asset: '10.20.11.37', plan: 'False positive request DR-2025-004', detected: '2025-06-04', due: '2025-09-02', risk: 'Moderate' },
  { id: 'V-0021', ctl: 'CM-6', name: 'RDS parameter log_connections off', desc: 'CIS PostgreSQL 3.1.20 not met on fic-prod-db', src: 'Prowler', srcId: 'rds_instance_postgres_log_connections', asset: 'fic-prod-db', plan: 'Update parameter group via Terraform', detected: '2025-07-03', due: '2025-10-01', risk: 'Low' },
  { id: 'V-0024', ctl: 'SI-2', name: 'Outdated ingress-nginx controller', desc: 'ingress-nginx 1.11.2 affected by CVE-2025-1974 (KEV)', src: 'Trivy', srcId: 'CVE-2025-1974', asset: 'ingress-nginx-controller', plan: 'Upgrade to 1.12.1', detected: '2025-03-25', due: '2025-04-15', risk: 'High', cve: 'CVE-2025-1974' },
];

function poamRow(w: Weak): Cell[] {
  return [
    w.id, w.ctl, w.name, w.desc, w.src, w.srcId, w.asset, W.devops, 'Engineering time', w.plan, w.detected, w.due,
    `${w.due}: remediation complete`, '', '2025-07-31', 'No', '', '', w.risk, w.adj ?? w.risk, w.adj ? 'Yes' : 'No',
    w.id === 'V-0019' ? 'Pending' : 'No', 'No', w.adj ? 'See DR-2025-002' : '', '', '', 'No', w.cve === 'CVE-2025-1974' ? 'Yes' : 'No',
    w.cve === 'CVE-2025-1974' ? '2025-04-15' : '', w.cve ?? '', W.abbr,
  ];
}

const INV_HEADERS = [
  'UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan',
  'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor',
  'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/\nNetwork ID', 'System Administrator/ Owner',
  'Application Administrator/ Owner',
];

function invRows(seed: number, n: number): Cell[][] {
  const r = rng(seed);
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const subnet = 10 + (i % 3);
    const ip = `10.20.${subnet}.${20 + Math.floor(r() * 200)}`;
    rows.push([
      `i-0${Math.floor(r() * 0xfffffff).toString(16).padStart(7, '0')}${i.toString(16).padStart(9, 'a')}`,
      ip, 'Yes', 'No', `ip-${ip.replace(/\./g, '-')}.us-gov-west-1.compute.internal`, '', '', 'Yes', 'fic-eks-node-cis-v3', 'Bottlerocket OS 1.20.3 (aws-k8s-1.30)',
      `us-gov-west-1${pick(r, ['a', 'b', 'c'])}`, 'EKS worker node', 'AWS EC2 m6i.xlarge', 'Yes', '', '', '', 'Container host', '', '', `vpc-0fic prod subnet ${subnet}`, W.devops, W.engMgr,
    ]);
  }
  rows.push(['fic-prod-db', '10.20.21.15', 'Yes', 'No', 'fic-prod-db.cluster-cx1.us-gov-west-1.rds.amazonaws.com', '', '', 'Yes', 'fic-rds-pg15-cis', '', 'us-gov-west-1', 'Database', 'AWS RDS db.r6g.large', 'Yes', 'PostgreSQL Global Development Group', 'PostgreSQL 15.8', '15.8', 'Application database', 'Multi-AZ', '', 'db subnet group', W.devops, W.engMgr]);
  rows.push([`app.${W.domain}`, '', 'Yes', 'Yes', `https://app.${W.domain}`, '', '', 'Yes', 'fic-alb-tls13-fips', '', 'us-gov-west-1', 'Load balancer', 'AWS ALB', 'Yes', W.csp, 'fic-web 2025.07.2', '', 'Web application front end', 'WAF attached', '', 'public subnets', W.devops, W.engMgr]);
  rows.push(['fic-api', '', 'Yes', 'No', `https://api.${W.domain}`, '', '', 'Yes', 'fic-distroless-base', '', 'us-gov-west-1', 'Container workload', '', 'Yes', W.csp, 'fic-api 2025.07.2', '', 'REST API', '', '', '', W.devops, W.engMgr]);
  return rows;
}

export async function sheetDocs(): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];

  // POA&M in the FedRAMP template layout (rebuilt, not copied), exported from Excel.
  {
    const d = day('2025-07-31');
    const wb = workbook({ creator: W.secLead, date: d });
    const names = ['Open POA&M Items', 'Closed POA&M Items', 'Configuration Findings'];
    for (const name of names) {
      const ws = wb.addWorksheet(name);
      const items = name === 'Open POA&M Items' ? WEAK.filter((w) => w.id !== 'V-0001' && w.id !== 'V-0024') : name === 'Closed POA&M Items' ? WEAK.filter((w) => w.id === 'V-0001' || w.id === 'V-0024') : WEAK.filter((w) => w.id === 'V-0021');
      fill(ws, [
        ['FedRAMP® Plan of Action and Milestones (POA&M) Template'],
        ['CSP', 'System Name', 'Impact Level', 'POAM Date'],
        [W.csp, W.cso, 'Moderate', '07/31/2025'],
        [],
        POAM_HEADERS,
        ...items.map(poamRow),
      ], { bold: [5], widths: [10, 10, 28, 40, 16, 16, 22] });
    }
    fill(wb.addWorksheet('Record of Changes'), [[], [null, 'Record of Changes'], [null, 'Date', 'Description', 'Version', 'Author'], [null, '2025-05-16', 'Initial POA&M from SAR', '1.0', W.secLead], [null, '2025-07-31', 'July ConMon update', '1.3', W.secLead]]);
    out.push({ file: 'FIC-POAM-2025-07.xlsx', expected: 'POAM', note: 'July ConMon POA&M in the FedRAMP template layout (Open/Closed/Configuration Findings sheets, header row 5).', data: await xlsxBytes(wb, d) });
  }

  // POA&M drifted: Google Sheets export, one sheet, renamed columns, header in row 3.
  {
    const d = day('2025-09-30');
    const wb = workbook({ date: d });
    const ws = wb.addWorksheet('Sheet1');
    fill(ws, [
      [`${W.abbr} POA&M — September 2025 (working copy, do not send before ISSO review)`],
      [],
      ['POA&M ID', 'Control(s)', 'Weakness', 'Description', 'Detector', 'Source ID', 'Asset(s)', 'Owner', 'Remediation plan', 'Detected', 'Due', 'Milestones', 'Status', 'Orig. risk', 'Adj. risk', 'Deviation', 'CVE'],
      ...WEAK.filter((w) => w.risk !== 'High').map((w) => [w.id, w.ctl, w.name, w.desc, w.src, w.srcId, w.asset, W.devops, w.plan, w.detected, w.due, 'In progress', w.id === 'V-0011' ? 'Delayed — vendor' : 'Open', w.risk, w.adj ?? w.risk, w.adj ? 'DR-2025-002 approved' : '', w.cve ?? '']),
    ], { bold: [3] });
    fill(wb.addWorksheet('Closed'), [['POA&M ID', 'Weakness', 'Closed on', 'Evidence'], ['V-0001', 'OpenSSL vulnerability in base image', '2025-04-10', 'Trivy report 2025-04-10'], ['V-0024', 'Outdated ingress-nginx controller', '2025-04-14', 'Helm release diff']]);
    out.push({ file: 'Untitled spreadsheet.xlsx', expected: 'POAM', note: 'Google Sheets POA&M working copy with renamed columns ("POA&M ID", "Control(s)") and header row moved to row 3.', data: await xlsxBytes(wb, d) });
  }

  // POA&M CSV export.
  out.push({
    file: 'export_2025-08-29.csv',
    expected: 'POAM',
    note: 'CSV export of the Open POA&M Items sheet with the FedRAMP header row preceded by the CSP/system lines.',
    data: toCsv([
      ['CSP', 'System Name', 'Impact Level', 'POAM Date'],
      [W.csp, W.cso, 'Moderate', '08/29/2025'],
      [],
      POAM_HEADERS,
      ...WEAK.slice(1, 7).map((w) => poamRow(w).map((c) => (c === null ? '' : c instanceof Date ? c.toISOString() : c))),
    ]),
  });

  // Inventory, template layout.
  {
    const d = day('2025-07-31');
    const wb = workbook({ creator: W.devops, date: d, title: 'SSP Attachment 13' });
    fill(wb.addWorksheet('INSTRUCTIONS'), [[null, null, 'SSP ATTACHMENT 13 - FedRAMP Integrated Inventory Workbook'], [], [null, 'Generated monthly from AWS Config by the inventory-export Lambda. Do not edit by hand.']]);
    const ws = wb.addWorksheet('Inventory');
    fill(ws, [
      ['All Inventories', '', '', '', '', 'OS/Infrastructure Inventory', '', '', '', '', '', '', '', '', 'Software and Database Inventories', '', '', '', 'Any Inventory'],
      INV_HEADERS,
      ...invRows(7, 12),
    ], { bold: [1, 2] });
    out.push({ file: 'july.xlsx', expected: 'INVENTORY', note: 'Integrated Inventory Workbook in the template layout (headers in row 2) generated from AWS Config.', data: await xlsxBytes(wb, d) });
  }

  // Inventory Rev5 appendix M style with Diagram Label, headers in row 1, Google Sheets.
  {
    const d = day('2025-10-31');
    const wb = workbook({ date: d });
    const ws = wb.addWorksheet('inventory 2025-10');
    const headers = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Diagram Label', 'Comments', 'Serial #/Asset Tag#', 'VLAN/ Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner', 'Function'];
    const rows = invRows(11, 9).map((r) => {
      const copy = [...r];
      const fn = copy.splice(17, 1)[0] ?? '';
      copy.splice(17, 0, `${String(r[11] ?? '')} (boundary diagram v3)`);
      copy.push(fn);
      return copy;
    });
    fill(ws, [headers, ...rows], { bold: [1] });
    out.push({ file: 'Copy of Appendix M.xlsx', expected: 'INVENTORY', note: 'Rev5 Appendix M style inventory from Google Sheets with the Diagram Label column and headers in row 1.', data: await xlsxBytes(wb, d) });
  }

  // Inventory CSV.
  out.push({
    file: 'assets.csv',
    expected: 'INVENTORY',
    note: 'CSV export of the integrated inventory (FedRAMP inventory columns) from the inventory Lambda.',
    data: toCsv([INV_HEADERS.map((h) => h.replace(/\n/g, ' ')), ...invRows(23, 8).map((r) => r.map((c) => (c === null ? '' : String(c))))]),
  });

  // CIS/CRM workbook.
  {
    const d = day('2025-02-28');
    const wb = workbook({ creator: W.secLead, date: d, title: 'FedRAMP CIS and CRM Workbook' });
    const ctl = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-2(2)', 'AC-3', 'AC-17', 'AU-2', 'AU-6', 'CM-6', 'CP-9', 'IA-2', 'IA-2(1)', 'IA-5', 'IR-4', 'PE-3', 'RA-5', 'SC-7', 'SC-8', 'SC-28', 'SI-2'];
    const r = rng(99);
    fill(wb.addWorksheet('Introduction'), [[`${W.cso} — Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook`], ['The CIS worksheet summarizes the implementation status and origination of each control; the CRM worksheet lists what customer agencies must do.']]);
    const cis = wb.addWorksheet('CIS Worksheet');
    fill(cis, [
      [`${W.cso} — Moderate Control Implementation Summary`],
      ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'],
      ...ctl.map((c) => {
        const pe = c.startsWith('PE');
        const shared = ['AC-2', 'IA-2', 'AC-17', 'AU-6'].includes(c);
        return [c, r() > 0.1 ? 'X' : '', '', '', '', '', c.endsWith('-1') ? 'X' : '', !pe && !shared ? 'X' : '', '', shared ? 'X' : '', '', shared ? 'X' : '', pe ? 'X' : ''];
      }),
    ], { bold: [2] });
    const crm = wb.addWorksheet('CRM Worksheet');
    fill(crm, [
      ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'],
      ['AC-2', 'Partial', 'Customer agencies manage their application user accounts, roles and deprovisioning through the administration console.'],
      ['AC-17', 'Partial', 'Customer agencies control remote access of their users through their identity provider and optional IP allow-list.'],
      ['AU-6', 'Partial', 'Customer agencies review the application audit log for their tenant.'],
      ['IA-2', 'Partial', 'Customer agencies federate authentication with PIV/CAC-backed MFA.'],
      ['PE-3', 'Yes', 'Fully inherited from AWS GovCloud (US).'],
      ['SC-28', 'Yes', 'Provided by the CSP; no customer action.'],
    ], { bold: [1], widths: [12, 18, 90] });
    out.push({ file: 'Attachment 9 v1.0.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CIS/CRM workbook with CIS Worksheet (status and origination columns) and CRM Worksheet.', data: await xlsxBytes(wb, d) });
  }
  out.push({
    file: 'download.csv',
    expected: 'CIS_CRM_WORKBOOK',
    note: 'Customer Responsibility Matrix sheet exported to CSV for leveraging agencies.',
    data: toCsv([
      [`${W.cso} Customer Responsibility Matrix (CRM) — Moderate`],
      ['Control ID', 'Control Name', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'],
      ['AC-2', 'Account Management', 'Partial', 'Agency administrators create, review and disable agency user accounts.'],
      ['AC-2(3)', 'Disable Accounts', 'No', 'Agency disables inactive accounts after 90 days using the inactivity report.'],
      ['AC-8', 'System Use Notification', 'Partial', 'Agency supplies banner text if it differs from the default.'],
      ['IA-2(1)', 'MFA to Privileged Accounts', 'Partial', 'Agency enforces MFA at its identity provider for agency administrators.'],
      ['IA-8', 'Identification and Authentication (Non-Organizational Users)', 'Yes', 'Inherited.'],
      ['PS-4', 'Personnel Termination', 'No', 'Agency removes departing personnel from the tenant on their last day.'],
      ['SC-28', 'Protection of Information at Rest', 'Yes', 'Inherited; CSP-managed KMS keys.'],
    ]),
  });

  // Separation of duties matrix workbook.
  {
    const d = day('2024-12-03');
    const wb = workbook({ creator: W.secLead, date: d });
    const ws = wb.addWorksheet('SoD');
    fill(ws, [
      [`${W.cso} — Separation of Duties Matrix (AC-5)`],
      ['Legend: P = performs, A = approves, R = reviews, blank = no access'],
      ['Duty', 'System Owner', 'ISSO', 'DevOps Lead', 'Software Engineer', 'Support Engineer', 'Agency Administrator'],
      ['Provision operator access', 'A', 'A', 'P', '', '', ''],
      ['Provision agency user accounts', '', '', '', '', '', 'P'],
      ['Merge code to main', '', '', 'R', 'P', '', ''],
      ['Deploy to production', '', '', 'P', '', '', ''],
      ['Review audit logs', '', 'P', '', '', '', 'R'],
      ['Change KMS key policy', '', 'A', 'P', '', '', ''],
      ['Access customer data for support', '', 'A', '', '', 'P', 'A'],
      ['Approve significant changes', 'A', 'R', '', '', '', ''],
    ], { bold: [3], widths: [36, 14, 10, 14, 18, 16, 20] });
    out.push({ file: 'matrix.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of duties matrix workbook: duties by role with perform/approve/review codes.', data: await xlsxBytes(wb, d) });
  }

  // Laws and regulations workbook.
  {
    const d = day('2024-11-12');
    const wb = workbook({ creator: W.secLead, date: d, title: 'SSP-A12-FedRAMP-Laws-and-Regulations' });
    const ws = wb.addWorksheet('Rev5 Laws and Regs');
    fill(ws, [
      ['FedRAMP Laws and Regulations'],
      ['Identification Number', 'Title', 'Date', 'Link'],
      ['FISMA', 'Federal Information Security Modernization Act of 2014', '2014-12-18', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
      ['FedRAMP Authorization Act', 'FedRAMP Authorization Act (NDAA FY2023 §5921)', '2022-12-23', 'https://www.congress.gov'],
      ['OMB A-130', 'Managing Information as a Strategic Resource', '2016-07-28', 'https://www.whitehouse.gov/omb'],
      ['OMB M-24-15', 'Modernizing the Federal Risk and Authorization Management Program', '2024-07-25', 'https://www.whitehouse.gov/omb'],
      ['HSPD-12', 'Policy for a Common Identification Standard for Federal Employees and Contractors', '2004-08-27', 'https://www.dhs.gov'],
      ['FIPS 199', 'Standards for Security Categorization', '2004-02-01', 'https://csrc.nist.gov'],
      ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', '2019-03-22', 'https://csrc.nist.gov'],
      ['SP 800-53 Rev. 5', 'Security and Privacy Controls', '2020-09-23', 'https://csrc.nist.gov'],
      ['SP 800-53A Rev. 5', 'Assessing Security and Privacy Controls', '2022-01-25', 'https://csrc.nist.gov'],
      ['SP 800-60 Vol. 1 Rev. 1', 'Guide for Mapping Types of Information to Security Categories', '2008-08-01', 'https://csrc.nist.gov'],
      ['SP 800-137', 'Information Security Continuous Monitoring', '2011-09-30', 'https://csrc.nist.gov'],
    ], { bold: [2], widths: [24, 70, 12, 60] });
    out.push({ file: 'A12.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'Laws and regulations workbook (SSP attachment 12) listing statutes, OMB and NIST references.', data: await xlsxBytes(wb, d) });
  }

  // Authorization checklist workbook.
  {
    const d = day('2025-06-13');
    const wb = workbook({ creator: W.secLead, date: d });
    const ws = wb.addWorksheet('Checklist');
    const rows: Cell[][] = [
      ['FedRAMP Initial Authorization Package Checklist'],
      ['CSP Name:', W.csp, 'CSO Name:', W.cso],
      ['Package ID:', W.fedrampId, 'Impact Level:', 'Moderate'],
      [],
      ['Item', 'Deliverable', 'Included? (Yes/No)', 'File name in repository', 'Comments'],
      ['1', 'Initial Authorization Package Checklist', 'Yes', 'FIC_Checklist.xlsx', ''],
      ['2', 'System Security Plan (SSP) with all attachments', 'Yes', 'FIC_SSP_v1.1.docx', 'Attachments 1–13, 15'],
      ['3', 'Security Assessment Plan (SAP)', 'Yes', 'KAP-FIC-SAP-v1.0.docx', 'Approved by AO 2025-03-14'],
      ['4', 'Security Assessment Report (SAR) with test case workbook and scans', 'Yes', 'KAP-FIC-SAR-v1.0.docx', ''],
      ['5', 'Plan of Action and Milestones (POA&M)', 'Yes', 'FIC-POAM-2025-05.xlsx', ''],
      ['6', 'Agency ATO letter', 'Yes', 'FSIS-ATO-FIC.pdf', 'Signed 2025-06-12'],
      ['7', 'Continuous Monitoring Strategy', 'Yes', 'FIC-ConMon-Strategy.docx', ''],
      ['8', 'CIS/CRM Workbook', 'Yes', 'Attachment 9 v1.0.xlsx', ''],
      ['9', 'Integrated Inventory Workbook', 'Yes', 'inventory_may.xlsx', ''],
      ['10', 'Digital Identity Worksheet', 'Yes', 'A3_DIW.docx', ''],
    ];
    fill(ws, rows, { bold: [1, 5], widths: [6, 60, 18, 30, 30] });
    out.push({ file: 'FIC_Checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'Initial Authorization Package Checklist workbook listing package items with Included flags.', data: await xlsxBytes(wb, d) });
  }
  return out;
}
