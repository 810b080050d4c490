import { buildDocx } from '../kit/docx.js';
import type { Block } from '../kit/docx.js';
import { buildPdf } from '../kit/pdf.js';
import { buildXlsx } from '../kit/xlsx.js';
import type { Cell } from '../kit/xlsx.js';
import { int, pick, seeded } from '../kit/rng.js';
import { AGENCY, CSP, PEOPLE, SYS, SYS_ABBR, TPAO, blocksToPdf } from '../kit/common.js';
import type { EvalDoc } from '../kit/common.js';

const p = (t: string): Block => ({ k: 'p', t });
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Host {
  name: string;
  ip: string;
  os: string;
}

function hosts(): Host[] {
  const r = seeded(4100);
  const roles = ['ledger-api', 'recon-worker', 'ach-builder', 'vault', 'portal', 'sftp-gw', 'bastion', 'siem-fwd'];
  return roles.map((role, i) => ({ name: `${role}-${String(i + 1).padStart(2, '0')}.tfdp.gov.tallyline.internal`, ip: `10.42.${int(r, 1, 30)}.${int(r, 10, 250)}`, os: i % 3 === 0 ? 'Bottlerocket OS 1.20' : 'Amazon Linux 2023' }));
}

const VULNS: { id: number; name: string; sev: 'Critical' | 'High' | 'Medium' | 'Low'; cve: string; port: number; family: string }[] = [
  { id: 168148, name: 'OpenSSL 3.0.0 < 3.0.8 Multiple Vulnerabilities', sev: 'High', cve: 'CVE-2023-0286', port: 0, family: 'Misc.' },
  { id: 187315, name: 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', sev: 'Medium', cve: 'CVE-2023-48795', port: 22, family: 'Misc.' },
  { id: 104743, name: 'TLS Version 1.0 Protocol Detection', sev: 'Medium', cve: '', port: 443, family: 'Service detection' },
  { id: 190123, name: 'Amazon Linux 2023 : kernel (ALAS2023-2026-612)', sev: 'High', cve: 'CVE-2026-21340', port: 0, family: 'Amazon Linux Local Security Checks' },
  { id: 57582, name: 'SSL Self-Signed Certificate', sev: 'Medium', cve: '', port: 8443, family: 'General' },
  { id: 10114, name: 'ICMP Timestamp Request Remote Date Disclosure', sev: 'Low', cve: 'CVE-1999-0524', port: 0, family: 'General' },
];

function nessusXml(): EvalDoc {
  const r = seeded(4101);
  const sevNum = { Critical: 4, High: 3, Medium: 2, Low: 1 } as const;
  const hostXml = hosts()
    .map((h) => {
      const items = VULNS.filter(() => r() < 0.55)
        .map((v) => `<ReportItem port="${v.port}" svc_name="${v.port === 22 ? 'ssh' : v.port === 0 ? 'general' : 'www'}" protocol="tcp" severity="${sevNum[v.sev]}" pluginID="${v.id}" pluginName="${esc(v.name)}" pluginFamily="${v.family}">\n<risk_factor>${v.sev}</risk_factor>\n<synopsis>The remote host is affected by a vulnerability.</synopsis>\n<solution>Apply the vendor update.</solution>\n${v.cve ? `<cve>${v.cve}</cve>\n` : ''}<plugin_output>Installed version detected on ${h.name}</plugin_output>\n</ReportItem>`)
        .join('\n');
      return `<ReportHost name="${h.ip}"><HostProperties>\n<tag name="HOST_START">Mon Oct 12 02:10:11 2026</tag>\n<tag name="host-fqdn">${h.name}</tag>\n<tag name="host-ip">${h.ip}</tag>\n<tag name="operating-system">${h.os}</tag>\n<tag name="Credentialed_Scan">true</tag>\n<tag name="HOST_END">Mon Oct 12 02:31:40 2026</tag>\n</HostProperties>\n${items}\n</ReportHost>`;
    })
    .join('\n');
  const xml = `<?xml version="1.0" ?>\n<NessusClientData_v2>\n<Policy><policyName>TFDP Monthly Authenticated OS</policyName>\n<Preferences><ServerPreferences><preference><name>TARGET</name><value>10.42.0.0/16</value></preference></ServerPreferences></Preferences></Policy>\n<Report name="TFDP OS scan October 2026" xmlns:cm="http://www.nessus.org/cm">\n${hostXml}\n</Report>\n</NessusClientData_v2>\n`;
  return { file: 'TFDP_Oct2026_OS_kx91ab.nessus', expected: 'SCAN_RESULTS', note: 'Nessus v2 XML export of the monthly authenticated OS scan.', data: xml };
}

function nessusCsv(): EvalDoc {
  const r = seeded(4102);
  const lines = ['Plugin ID,CVE,CVSS v2.0 Base Score,Risk,Host,Protocol,Port,Name,Synopsis,Description,Solution,See Also,Plugin Output'];
  for (const h of hosts()) for (const v of VULNS) if (r() < 0.5) lines.push([v.id, v.cve, v.sev === 'High' ? '7.8' : v.sev === 'Medium' ? '5.0' : '2.6', v.sev, h.ip, 'tcp', v.port, `"${v.name}"`, '"The remote host is missing a security update."', `"${v.name} affects the installed package."`, '"Upgrade to the latest version."', '', `"Host: ${h.name}"`].join(','));
  return { file: 'scan_export_Nov.csv', expected: 'SCAN_RESULTS', note: 'Nessus CSV export of a vulnerability scan (Plugin ID, CVE, Risk, Host columns).', data: `${lines.join('\n')}\n` };
}

function qualysCsv(): EvalDoc {
  const r = seeded(4103);
  const pre = ['"Scan Results","December 07 2026 09:12PM (GMT-0500)"', `"${CSP}","11600 Sunrise Valley Drive","Reston","Virginia","United States of America","20191"`, '"Tallyline SecOps","secops@tallyline.com","Manager"', '', '"Launch Date","Active Hosts","Total Hosts","Type","Status","Reference","Scanner Appliance","Duration","Title","Asset Groups","IPs","Excluded IPs","Option Profile"', '"12/07/2026 19:00:04","8","8","Scheduled","Finished","scan/1796.44021","tfdp_scanner_01","02:10:51","TFDP DB tier monthly","TFDP-DB","10.42.20.0-10.42.20.255","","TFDP Authenticated Full"', '', '"IP","DNS","NetBIOS","OS","IP Status","QID","Title","Type","Severity","Port","Protocol","FQDN","SSL","CVE ID","Vendor Reference","Bugtraq ID","Threat","Impact","Solution","Results","PCI Vuln","Instance","Category"'];
  const qids: [number, string, number, string][] = [[19934, 'PostgreSQL Multiple Vulnerabilities (Aurora engine 15.4)', 4, 'CVE-2024-0985'], [38173, 'SSL Certificate - Signature Verification Failed Vulnerability', 2, ''], [105484, 'Amazon Linux Security Advisory for openssh', 3, 'CVE-2024-6387'], [11827, 'HTTP Security Header Not Detected', 2, '']];
  for (const h of hosts().slice(0, 5)) for (const q of qids) if (r() < 0.7) pre.push([h.ip, h.name, '', h.os, 'host scanned, found vuln', q[0], q[1], 'Vuln', q[2], q[2] > 2 ? '5432' : '', 'tcp', '', 'over ssl', q[3], '', '', 'An attacker may exploit this.', 'Compromise of data.', 'Apply patch.', 'Detected version', 'yes', 'local', 'Database'].map((c) => `"${String(c)}"`).join(','));
  return { file: 'Scan_Results_tfdp_db_20261207.csv', expected: 'SCAN_RESULTS', note: 'Qualys scan results CSV (database tier) with report preamble and QID rows.', data: `${pre.join('\n')}\n` };
}

function zapJson(): EvalDoc {
  const doc = {
    '@programName': 'ZAP',
    '@version': '2.15.0',
    '@generated': 'Tue, 8 Dec 2026 03:04:11',
    site: [
      {
        '@name': 'https://portal.fed.tallyline.com',
        '@host': 'portal.fed.tallyline.com',
        '@port': '443',
        '@ssl': 'true',
        alerts: [
          { pluginid: '10038', alertRef: '10038-1', alert: 'Content Security Policy (CSP) Header Not Set', name: 'Content Security Policy (CSP) Header Not Set', riskcode: '2', confidence: '3', riskdesc: 'Medium (High)', desc: '<p>Content Security Policy (CSP) is an added layer of security...</p>', instances: [{ uri: 'https://portal.fed.tallyline.com/reports/recon', method: 'GET', param: '', attack: '', evidence: '' }], count: '1', solution: '<p>Ensure that your web server sets the Content-Security-Policy header.</p>', cweid: '693', wascid: '15', sourceid: '3' },
          { pluginid: '10098', alertRef: '10098', alert: 'Cross-Domain Misconfiguration', name: 'Cross-Domain Misconfiguration', riskcode: '2', confidence: '2', riskdesc: 'Medium (Medium)', desc: '<p>Web browser data loading may be possible due to a CORS misconfiguration.</p>', instances: [{ uri: 'https://portal.fed.tallyline.com/api/v2/batches', method: 'GET', param: '', attack: '', evidence: 'Access-Control-Allow-Origin: *' }], count: '1', solution: '<p>Restrict allowed origins.</p>', cweid: '264', wascid: '14', sourceid: '5' },
          { pluginid: '10021', alertRef: '10021', alert: 'X-Content-Type-Options Header Missing', name: 'X-Content-Type-Options Header Missing', riskcode: '1', confidence: '2', riskdesc: 'Low (Medium)', desc: '<p>The Anti-MIME-Sniffing header was not set.</p>', instances: [{ uri: 'https://portal.fed.tallyline.com/static/app.js', method: 'GET', param: 'x-content-type-options', attack: '', evidence: '' }], count: '1', solution: '<p>Set X-Content-Type-Options: nosniff.</p>', cweid: '693', wascid: '15', sourceid: '3' },
        ],
      },
    ],
  };
  return { file: 'zap-report-portal.json', expected: 'SCAN_RESULTS', note: 'OWASP ZAP JSON report of the monthly web application scan of the agency portal.', data: `${JSON.stringify(doc, null, 2)}\n` };
}

const INV_HEADER: Cell[] = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Diagram Label', 'Comments', 'Serial #/Asset Tag#', 'VLAN/Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner', 'Function'];

function inventoryRows(): Cell[][] {
  const r = seeded(4104);
  const rows: Cell[][] = hosts().map((h, i) => [`TFDP-${String(1000 + i)}`, h.ip, 'Yes', h.name.startsWith('portal') ? 'Yes' : 'No', h.name, '', '', 'Yes', h.os.startsWith('Bottle') ? 'CIS Bottlerocket L1' : 'CIS AL2023 L1', h.os, 'AWS GovCloud us-gov-west-1', 'EC2 / EKS node', 'AWS m6i.xlarge', 'Yes', '', '', `2026-10-${String(int(r, 1, 12)).padStart(2, '0')}`, `D-${i + 1}`, '', `i-0${Math.floor(r() * 1e12).toString(16)}`, `vpc-tfdp-${pick(r, ['app', 'data', 'mgmt'])}`, PEOPLE.sre, PEOPLE.cto, h.name.split('-')[0] ?? '']);
  rows.push(['TFDP-2001', '10.99.1.11', 'No', 'No', 'hsm-ash-01.tallyline.internal', '', '00:15:b2:aa:01:11', 'Yes', 'Thales hardening guide', 'Luna Appliance 7.8', 'Ashburn colocation cage 14', 'Hardware security module', 'Thales Luna Network HSM 7 A790', 'Yes', 'Thales', 'Luna firmware 7.8.4', '7.8.4', 'D-20', 'FIPS 140-3 L3', 'LNA7-554190', 'vlan-210', 'HSM Custodians', 'Tokenization team', 'Key storage and signing']);
  rows.push(['TFDP-3001', '10.42.20.15', 'Yes', 'No', 'ledger-prod.cluster-abc.us-gov-west-1.rds.amazonaws.com', '', '', 'Yes', 'Aurora PG baseline v4', 'Aurora PostgreSQL 15.6', 'AWS GovCloud', 'Database', '', 'Yes', 'AWS', 'Aurora PostgreSQL 15.6', '15.6.2', 'D-31', 'Disbursement ledger', '', 'vpc-tfdp-data', 'DBA team', 'Ledger team', 'Ledger']);
  return rows;
}

async function inventoryXlsx(): Promise<EvalDoc> {
  return {
    file: 'TFDP_Integrated_Inventory_2026-10.xlsx',
    expected: 'INVENTORY',
    note: 'FedRAMP Integrated Inventory Workbook with the UNIQUE ASSET IDENTIFIER / IPv4 or IPv6 Address columns (Attachment 13).',
    data: await buildXlsx({ title: 'Integrated Inventory Workbook', creator: 'FedRAMP', lastModifiedBy: PEOPLE.sre, sheets: [{ name: 'Inventory', rows: [[`${CSP} - ${SYS} - Integrated Inventory Workbook - October 2026`], [], INV_HEADER, ...inventoryRows()], bold: [3] }, { name: 'Instructions', rows: [['Complete one row per asset. Do not remove columns.']] }] }),
  };
}

async function inventoryXlsxDrifted(): Promise<EvalDoc> {
  const header = INV_HEADER.filter((h) => h !== 'Diagram Label' && h !== 'Function').map((h) => (h === 'Virtual' ? 'Virtual (Yes/No)' : h));
  const rows = inventoryRows().map((row) => row.filter((_, i) => INV_HEADER[i] !== 'Diagram Label' && INV_HEADER[i] !== 'Function'));
  return { file: 'assets.xlsx', expected: 'INVENTORY', note: 'Inventory workbook in the older v2.2 column layout with a renamed column, sheet not named Inventory.', data: await buildXlsx({ creator: 'cmdb-export', sheets: [{ name: 'Sheet1', rows: [header, ...rows], bold: [1] }] }) };
}

function inventoryCsv(): EvalDoc {
  const q = (c: Cell) => (c === null ? '' : /[",]/.test(String(c)) ? `"${String(c)}"` : String(c));
  return { file: 'inventory-nov.csv', expected: 'INVENTORY', note: 'CSV save of the integrated inventory workbook (asset identifier, IP, DNS, OS, owner columns).', data: `${[INV_HEADER, ...inventoryRows()].map((r) => r.map(q).join(',')).join('\n')}\n` };
}

function scrBlocks(kind: 'docx' | 'pdf'): Block[] {
  return [
    { k: 'table', header: false, rows: [['Form', 'FedRAMP Significant Change Request (SCR) Form'], ['CSP', CSP], ['CSO', SYS], ['Impact level', 'Moderate'], ['Date submitted', kind === 'docx' ? '02/03/2027' : '04/15/2027'], ['Agency AO', `${PEOPLE.ao}, ${AGENCY}`], ['3PAO', TPAO]] },
    { k: 'h1', t: 'Description of the Proposed Change' },
    p(kind === 'docx' ? 'Replace the on-premises Thales Luna HSM cluster in the Ashburn colocation facility with AWS CloudHSM in GovCloud (US-West) for tokenization and ACH signing keys. Keys will be migrated under a witnessed key ceremony; the Ashburn appliances will be zeroized.' : 'Add a new payment rail: real-time payments through the FedNow Service via a new interconnection with the partner bank, including new API endpoints and a new message-signing key hierarchy.'),
    { k: 'h1', t: 'Type of Change' },
    p(kind === 'docx' ? 'Change in technology / new cryptographic module within the boundary; changes to the authorization boundary (removal of colocation site).' : 'New interconnection and new external service; addition of new functionality affecting SC-7, SC-8, SC-12 and CA-3.'),
    { k: 'h1', t: 'Security Impact Analysis' },
    p('Controls affected: SC-12, SC-13, SC-28, CP-9, PE-family (colocation removed), CM-8. Risk before change: Low residual. Expected risk after change: Low. The change requires updates to SSP sections 9 and 10, the inventory, the boundary diagram and the ISCP.'),
    { k: 'h1', t: 'Planned Schedule' },
    p('Planned implementation date: at least 30 days after AO approval. 3PAO assessment of affected controls will be performed before production cutover; a SAP addendum will be submitted.'),
    { k: 'h1', t: 'Approvals' },
    { k: 'table', rows: [['Role', 'Name', 'Decision'], ['CSP System Owner', PEOPLE.ceo, 'Requested'], ['Agency AO', PEOPLE.ao, '']] },
  ];
}

async function scrDocx(): Promise<EvalDoc> {
  return { file: 'SCR-2027-01 HSM migration.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'FedRAMP Significant Change Request form for migrating the HSMs to CloudHSM, with security impact analysis.', data: await buildDocx({ title: 'Significant Change Request', creator: PEOPLE.isso, blocks: scrBlocks('docx') }) };
}

async function scrPdf(): Promise<EvalDoc> {
  return { file: 'change-request-fednow.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'PDF Significant Change Request for adding a FedNow payment rail interconnection.', data: await buildPdf({ author: PEOPLE.isso, items: blocksToPdf(scrBlocks('pdf')) }) };
}

async function drXlsx(): Promise<EvalDoc> {
  const rows: Cell[][] = [
    ['FedRAMP Deviation Request Form'],
    [],
    ['CSP Name', CSP],
    ['System Name', SYS],
    ['Date Submitted', '03/02/2027'],
    ['Deviation Request Type', 'Operational Requirement (OR)'],
    [],
    ['DR ID', 'POAM ID', 'Vulnerability / Scan ID', 'Weakness Name', 'Asset(s) Affected', 'Original Risk Rating', 'Requested Action', 'Justification', 'Compensating Controls', 'Evidence Attached'],
    ['DR-2027-003', 'V-01', 'SAR V-01', 'Lockout counter reset by parallel sessions', 'agency-portal', 'Moderate', 'Operational Requirement', 'Agency requires concurrent sessions for batch checkers working from two workstations; counter redesign planned in 27.2.', 'WAF rate limiting per account; alerting on >10 failures/hour', 'Yes'],
    ['DR-2027-004', '2026-12-004', 'Nessus 10114', 'ICMP Timestamp disclosure', 'bastion-07', 'Low', 'False Positive', 'ICMP timestamp responses blocked by security group; plugin reports from inside the VPC scanner only.', 'n/a', 'Yes - packet capture'],
  ];
  return { file: 'DR_form_March.xlsx', expected: 'DEVIATION_REQUEST', note: 'FedRAMP Deviation Request form requesting an operational requirement and a false positive for POA&M items.', data: await buildXlsx({ title: 'Deviation Request', creator: PEOPLE.isso, sheets: [{ name: 'Deviation Request', rows, bold: [1, 8] }] }) };
}

async function drDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'big', t: 'Deviation Request - Risk Adjustment', size: 36 },
    { k: 'table', header: false, rows: [['CSP', CSP], ['System', SYS], ['POA&M Item', 'V-03 (Outdated OpenSSL, CVE-2023-0286)'], ['Request Type', 'Risk Adjustment (High to Moderate)'], ['Submitted to', `${AGENCY} AO via the FedRAMP repository`]] },
    { k: 'h1', t: 'Justification' },
    p('The vulnerable OpenSSL function (X.400 address type confusion in GENERAL_NAME processing) is reachable only when CRL checking is enabled with attacker-supplied CRLs. The reconciliation worker does not process certificates or CRLs from external parties; all TLS connections terminate at the service mesh sidecar which uses a separate, patched library.'),
    { k: 'h1', t: 'Compensating Controls' },
    p('Network policies restrict the worker to the ledger database and the internal message queue; the image is read-only; egress is denied.'),
    { k: 'h1', t: 'Evidence' },
    p('Dependency tree output, network policy manifests and sidecar library versions are attached. The 3PAO reviewed the analysis (' + TPAO + ').'),
    p(`Requested by ${PEOPLE.isso}, ISSO, on 01/05/2027.`),
  ];
  return { file: `${SYS_ABBR}-DR-risk-adjustment-V03.docx`, expected: 'DEVIATION_REQUEST', note: 'Deviation Request asking the AO to adjust the risk of a POA&M item, with justification and compensating controls.', data: await buildDocx({ creator: PEOPLE.isso, blocks }) };
}

export async function conmonDocs(): Promise<EvalDoc[]> {
  return [nessusXml(), nessusCsv(), qualysCsv(), zapJson(), await inventoryXlsx(), await inventoryXlsxDrifted(), inventoryCsv(), await scrDocx(), await scrPdf(), await drXlsx(), await drDocx()];
}
