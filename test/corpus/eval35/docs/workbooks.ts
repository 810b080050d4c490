import { renderDocx } from '../kit/docx.js';
import { h, p, table } from '../kit/front.js';
import { Rng } from '../kit/rng.js';
import type { Eval35Doc } from '../kit/types.js';
import { renderXlsx } from '../kit/xlsx.js';
import type { CellValue } from '../kit/xlsx.js';
import { HELIX, NORTHWIND, TARRAGON, THREEPAO } from './world.js';

const POAM_HEADERS = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];

const WEAKNESSES: [string, string, string, string, string][] = [
  ['RA-5', 'OpenSSH regreSSHion', 'OpenSSH < 9.8 signal handler race condition allows remote code execution.', 'CVE-2024-6387', 'High'],
  ['SI-2', 'curl heap overflow', 'libcurl SOCKS5 heap buffer overflow in curl 8.x before 8.4.0.', 'CVE-2023-38545', 'High'],
  ['CM-6', 'TLS 1.0 enabled on legacy endpoint', 'Legacy SFTP gateway accepts TLS 1.0 cipher suites.', 'NLC-CFG-114', 'Moderate'],
  ['AC-7', 'Lockout threshold', 'Account lockout threshold is 10 attempts; policy requires 3.', 'SAR-T-02', 'Moderate'],
  ['AU-11', 'Log retention', 'Online audit log retention 60 days instead of 90.', 'SAR-T-03', 'Low'],
  ['SC-8', 'Weak cipher suites', 'CBC-mode ciphers offered on the admin ALB listener.', '42873', 'Moderate'],
  ['SI-10', 'Reflected input', 'Error page reflects unsanitized query parameter.', 'WAS-98115', 'Low'],
];

function poamRows(rng: Rng, prefix: string, asset: string, count: number): CellValue[][] {
  return Array.from({ length: count }, (_, i) => {
    const w = WEAKNESSES[i % WEAKNESSES.length] ?? WEAKNESSES[0]!;
    const day = rng.int(1, 27);
    const due = w[4] === 'High' ? 30 : w[4] === 'Moderate' ? 90 : 180;
    return [`${prefix}-${String(i + 1).padStart(4, '0')}`, w[0], w[1], w[2], w[3].startsWith('CVE') ? 'Tenable.io OS scan' : w[3].startsWith('SAR') ? '3PAO Assessment' : 'Tenable WAS', w[3], `${asset}-${rng.int(1, 18)}`, 'Cloud Operations', 'Staff time', `Remediate; target within ${due} days`, `2026-01-${String(day).padStart(2, '0')}`, `+${due} days`, 'Patch in staging; deploy to production', '', '2026-02-28', 'No', '', '', w[4], '', '', 'No', 'No', '', '', '', 'No', w[3].startsWith('CVE') ? 'Yes' : 'No', '', w[3].startsWith('CVE') ? w[3] : '', 'Ledger API'];
  });
}

export async function workbookDocs(): Promise<Eval35Doc[]> {
  const rng = new Rng(3535);
  const out: Promise<Eval35Doc>[] = [];
  const n = NORTHWIND;

  out.push(
    renderXlsx(
      [
        {
          name: 'Open POA&M Items',
          rows: [['FedRAMP Plan of Action and Milestones (POA&M)'], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], [n.company, n.system, 'Moderate', '2026-02-28'], [], POAM_HEADERS, ...poamRows(rng, 'V', 'nlc-eks-node', 9)],
          boldRows: [1, 5],
        },
        { name: 'Closed POA&M Items', rows: [['CSP', 'System Name', 'Impact Level', 'POAM Date'], [n.company, n.system, 'Moderate', '2026-02-28'], [], [], POAM_HEADERS, ...poamRows(rng, 'V', 'nlc-eks-node', 3)] },
        { name: 'Configuration Findings', rows: [POAM_HEADERS] },
        { name: 'Record of Changes', rows: [['Date', 'Description', 'Author'], ['2026-02-28', 'February ConMon update', n.isso[0]]] },
      ],
      { title: 'FedRAMP POA&M Template', creator: 'FedRAMP', lastModifiedBy: n.isso[0] },
    ).then((data) => ({ file: 'NLC POAM 2026-02.xlsx', expected: 'POAM' as const, note: 'Northwind monthly POA&M in the FedRAMP v2.1 template layout (Open/Closed sheets, POAM ID header row).', data })),
  );

  const drift = ['POA&M Item ID', 'Security Control(s)', 'Weakness', 'Description', 'Source', 'Source ID', 'Affected Asset(s)', 'Owner', 'Resources', 'Remediation Plan', 'Detected On', 'Due Date', 'Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Vendor Check-in', 'Product', 'Original Risk', 'Adjusted Risk'];
  out.push(
    renderXlsx(
      [
        {
          name: 'Open Items',
          rows: [[`${HELIX.system} – Plan of Action & Milestones – January 2026`], [`Prepared by ${HELIX.isso[0]}`], [], drift, ...poamRows(rng, 'HCF', 'hcf-aks', 7).map((r) => r.slice(0, 20))],
          boldRows: [4],
        },
        { name: 'Closed Items', rows: [drift, ...poamRows(rng, 'HCF-C', 'hcf-aks', 2).map((r) => r.slice(0, 20))] },
      ],
      { creator: HELIX.isso[0] },
    ).then((data) => ({ file: 'upload (12).xlsx', expected: 'POAM' as const, note: 'Helix POA&M with drifted sheet names and renamed headers, header on row 4.', data })),
  );

  const checklistItems: [string, string][] = [
    ['Cover letter / transmittal', 'Y'],
    ['System Security Plan (SSP)', 'Y'],
    ['SSP Attachment 1 – Information Security Policies and Procedures', 'Y'],
    ['SSP Attachment 2 – User Guide', 'Y'],
    ['SSP Attachment 3 – Digital Identity Worksheet', 'Y'],
    ['SSP Attachment 4 – Privacy Threshold Analysis / Privacy Impact Assessment', 'Y'],
    ['SSP Attachment 5 – Rules of Behavior', 'Y'],
    ['SSP Attachment 6 – Information System Contingency Plan', 'Y'],
    ['SSP Attachment 7 – Configuration Management Plan', 'Y'],
    ['SSP Attachment 8 – Incident Response Plan', 'Y'],
    ['SSP Attachment 9 – CIS/CRM Workbook', 'Y'],
    ['SSP Attachment 10 – FIPS 199', 'Y'],
    ['SSP Attachment 11 – Separation of Duties Matrix', 'Y'],
    ['SSP Attachment 12 – FedRAMP Laws and Regulations', 'Y'],
    ['SSP Attachment 13 – Integrated Inventory Workbook', 'Y'],
    ['Security Assessment Plan (SAP) with appendices', 'Y'],
    ['Security Assessment Report (SAR) with risk exposure table', 'Y'],
    ['Plan of Action and Milestones (POA&M)', 'Y'],
    ['Agency ATO Letter', 'N – pending'],
    ['Continuous Monitoring Strategy', 'Y'],
  ];
  out.push(
    renderXlsx(
      [
        {
          name: 'Checklist',
          rows: [['FedRAMP Initial Authorization Package Checklist'], [`CSO: ${TARRAGON.system}   Authorization type: Agency   Impact level: LI-SaaS`], ['#', 'Package Item', 'Included (Y/N)', 'File Name', 'Version', 'Comments'], ...checklistItems.map(([item, yn], i) => [i + 1, item, yn, '', '1.0', ''])],
          boldRows: [1, 3],
        },
      ],
      { title: 'Initial Authorization Package Checklist', creator: TARRAGON.isso[0] },
    ).then((data) => ({ file: 'TI package checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST' as const, note: 'Tarragon FedRAMP Initial Authorization Package Checklist (package items with included Y/N).', data })),
  );
  out.push(
    renderDocx({
      meta: { title: 'Initial Authorization Package Checklist', creator: n.isso[0] },
      blocks: [
        { kind: 'title', text: 'FedRAMP Initial Authorization Package Checklist', size: 30 },
        p(`Cloud Service Offering: ${n.system}  |  Package ID: ${n.fedrampId}  |  Agency: Federal Grants Administration`),
        p('Instructions: the CSP completes this checklist and uploads it with the initial authorization package to the FedRAMP secure repository. Each item must be present and in the current FedRAMP template.'),
        h('Package Contents'),
        table(['Item', 'Present', 'Template version', 'Notes'], ...checklistItems.map(([item, yn]) => [item, yn.startsWith('Y') ? '☒' : '☐', 'Rev5', yn.startsWith('N') ? 'Expected after AO signature' : ''])),
        h('CSP Certification'),
        p(`I certify that the package is complete. ${n.isso[0]}, ${n.isso[1]}, 06/02/2026`),
      ],
    }).then((data) => ({ file: 'Checklist_final_v2.docx', expected: 'AUTHORIZATION_CHECKLIST' as const, note: 'Northwind Initial Authorization Package Checklist in Word.', data })),
  );

  const INV = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];
  const invRow = (i: number, prefix: string, net: string, os: string): CellValue[] => [`${prefix}-${String(i).padStart(3, '0')}`, `${net}.${10 + i}`, 'Yes', 'No', `${prefix.toLowerCase()}-${i}.internal`, '', '', 'Yes', 'CIS L1 Hardened', os, 'AWS GovCloud us-gov-west-1', i % 4 === 0 ? 'Database' : 'Server', 'AWS EC2 m6i.xlarge', 'Yes', i % 4 === 0 ? 'PostgreSQL' : '', i % 4 === 0 ? 'Aurora PostgreSQL 15.6' : '', '2026-02', i % 4 === 0 ? 'Data tier' : 'Application tier', '', '', 'vpc-prod-app', 'Cloud Operations', 'Ledger Engineering'];
  out.push(
    renderXlsx(
      [
        { name: 'Instructions', rows: [['Integrated Inventory Workbook – complete one row per inventory item. See the FedRAMP Integrated Inventory Guide.']] },
        { name: 'Inventory', rows: [[`${n.system} – Integrated Inventory – February 2026`], INV, ...Array.from({ length: 24 }, (_, i) => invRow(i + 1, 'NLC', '10.40.2', 'Amazon Linux 2023'))], boldRows: [2] },
      ],
      { title: 'SSP Attachment 13 Integrated Inventory Workbook', creator: n.isso[0] },
    ).then((data) => ({ file: 'NLC_Inventory_2026-02.xlsx', expected: 'INVENTORY' as const, note: 'Northwind Integrated Inventory Workbook (v2.2 headers from UNIQUE ASSET IDENTIFIER).', data })),
  );
  out.push(
    renderXlsx(
      [
        {
          name: 'Sheet1',
          rows: [['Unique Asset Identifier', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'OS Name and Version', 'Location', 'Asset Type', 'In Latest Scan', 'Function', 'System Administrator/ Owner', 'Diagram Label'], ...Array.from({ length: 15 }, (_, i) => [`hcf-aks-${i + 1}`, `10.12.8.${20 + i}`, 'Yes', i === 0 ? 'Yes' : 'No', `node${i + 1}.hcf.azgov`, 'Ubuntu 22.04 LTS', 'Azure Gov Virginia', 'AKS node', 'Yes', 'Case services', 'Platform Eng', 'App Subnet'])],
        },
      ],
      {},
    ).then((data) => ({ file: 'export.xlsx', expected: 'INVENTORY' as const, note: 'Helix trimmed inventory export (subset of inventory columns, Rev5 Diagram Label), default sheet name.', data })),
  );
  out.push(
    Promise.resolve(
      [INV.join(','), ...Array.from({ length: 12 }, (_, i) => invRow(i + 1, 'TI', '172.20.4', 'Debian 12').map((v) => (typeof v === 'string' && v.includes(',') ? `"${v}"` : String(v ?? ''))).join(','))].join('\r\n') + '\r\n',
    ).then((data) => ({ file: 'inventory_march.csv', expected: 'INVENTORY' as const, note: 'Tarragon integrated inventory exported as CSV with the template headers.', data })),
  );

  out.push(
    renderXlsx(
      [
        {
          name: 'DR Form',
          rows: [['FedRAMP Deviation Request'], ['CSP', n.company], ['System', n.system], ['Date', '2026-03-03'], [], ['DR ID', 'POA&M ID', 'Deviation Type', 'Scan ID / Plugin', 'Asset(s)', 'Original Risk Rating', 'Proposed Risk Rating', 'Justification', 'Evidence', '3PAO Validation'], ['DR-2026-004', 'V-0003', 'Risk Adjustment (RA)', 'NLC-CFG-114', 'sftp-gw-1', 'Moderate', 'Low', 'TLS 1.0 only reachable from a single agency IP allow-list; compensating control: mutual TLS', 'Security group export, config screenshot', 'Pending'], ['DR-2026-005', 'V-0006', 'False Positive (FP)', '42873', 'alb-admin', 'Moderate', 'N/A', 'Listener policy ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04 offers no CBC suites; plugin reads banner only', 'sslscan output', 'Validated by Bellwether'], ['DR-2026-006', 'V-0009', 'Operational Requirement (OR)', 'CVE-2023-38545', 'nlc-batch-3', 'High', 'High', 'Vendor product pins libcurl; upgrade breaks Treasury interface; vendor fix due Q2', 'Vendor letter', 'N/A']],
          boldRows: [1, 6],
        },
      ],
      { title: 'Deviation Request', creator: n.isso[0] },
    ).then((data) => ({ file: 'NLC_DR_March.xlsx', expected: 'DEVIATION_REQUEST' as const, note: 'Northwind deviation requests (risk adjustment, false positive, operational requirement) tied to POA&M IDs.', data })),
  );
  out.push(
    renderDocx({
      meta: { title: '' },
      headings: 'bold',
      blocks: [
        p(TARRAGON.company),
        { kind: 'title', text: 'Deviation Request Form – False Positive', size: 28 },
        table(['Field', 'Value'], ['Deviation Request ID', 'TI-DR-0007'], ['POA&M Item', 'TI-0012'], ['Deviation Type', 'False Positive'], ['Scanner / Plugin ID', 'Tenable 187315'], ['Affected Assets', 'ti-web-1, ti-web-2'], ['Original Risk Rating', 'High']),
        h('Justification'),
        p('The plugin flags Apache HTTP Server 2.4.57 based on the Server header; the hosts run the Debian-patched package 2.4.57-2+deb12u2, which includes the backported fix. Package manager output and the Debian security tracker entry are attached.'),
        h('3PAO Review'),
        p(`Reviewed by ${THREEPAO.lead[0]} (${THREEPAO.name}) on 03/10/2026: evidence supports the false positive determination.`),
        h('Agency Decision'),
        p('☐ Approved   ☐ Denied   Authorizing Official signature: ____________________'),
      ],
    }).then((data) => ({ file: 'FP request.docx', expected: 'DEVIATION_REQUEST' as const, note: 'Tarragon false-positive deviation request form with 3PAO review and AO decision block.', data })),
  );

  out.push(
    renderXlsx(
      [
        {
          name: 'SCR',
          rows: [['Significant Change Request'], [], ['CSP', TARRAGON.company], ['CSO', TARRAGON.system], ['Request date', '2026-04-02'], ['Change title', 'Migrate object storage to a new region and replace the embedded reporting engine'], ['Change category', 'Change to authorization boundary; new third-party component'], ['Affected controls', 'CM-8, CP-9, SA-9, SC-7, SC-28, SR-3'], ['Documents to update', 'SSP §9–10, ISCP, Inventory, SCRM Plan'], ['3PAO engaged', THREEPAO.name], ['Planned start', '2026-05-15'], ['Rollback plan', 'Keep old bucket read-only for 30 days'], ['Requested by', TARRAGON.isso[0]]],
          boldRows: [1],
        },
      ],
      { creator: TARRAGON.isso[0] },
    ).then((data) => ({ file: 'request-2026-04.xlsx', expected: 'SIGNIFICANT_CHANGE_REQUEST' as const, note: 'Tarragon significant change request as a one-sheet workbook (change, controls, documents to update).', data })),
  );
  return Promise.all(out);
}
