import type { Block } from '../kit/blocks.js';
import { bold, bullets, h2, p, table } from '../kit/blocks.js';
import { renderProse } from '../kit/render.js';
import { makeRng } from '../kit/rng.js';
import type { Rng } from '../kit/rng.js';
import { renderXlsx } from '../kit/xlsx.js';
import type { Cell } from '../kit/xlsx.js';
import type { EvalDoc } from '../kit/world.js';
import { W } from '../kit/world.js';

const xe = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const POAM_HEADERS = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];

const HOSTS = ['ingest-01.mgw.internal', 'ingest-02.mgw.internal', 'tiler-node-a7', 'tiler-node-b2', 'cd-gpu-worker-03', 'stac-api-pod', 'portal-web', 'pgis-prod-1'];
const IPS = ['10.40.1.11', '10.40.1.12', '10.40.2.31', '10.40.2.32', '10.40.3.53', '10.40.4.10', '10.40.4.11', '10.40.5.20'];
const VULNS: [string, string, string, string][] = [
  ['OpenSSL 3.0.x < 3.0.15 Multiple Vulnerabilities', 'CVE-2024-5535', 'High', '201084'],
  ['GDAL < 3.8.5 Heap Buffer Overflow in NITF driver', 'CVE-2024-29153', 'Moderate', '198812'],
  ['Amazon Linux 2023 : kernel (ALAS2023-2026-812)', 'CVE-2025-21756', 'High', '213377'],
  ['nginx 1.24.x Information Disclosure', 'CVE-2024-7347', 'Low', '205610'],
  ['PostgreSQL 15.x < 15.8 SQL Injection via pg_dump', 'CVE-2024-7348', 'Moderate', '205400'],
  ['SSL Certificate Expiry within 30 days', '', 'Low', '15901'],
  ['libxml2 < 2.12.7 Use-After-Free', 'CVE-2024-25062', 'Moderate', '192340'],
];

function poamRows(rng: Rng, n: number, prefix: string): Cell[][] {
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const v = VULNS[i % VULNS.length] ?? VULNS[0]!;
    const host = rng.pick(HOSTS);
    const det = `2026-0${rng.int(1, 2)}-${String(rng.int(10, 27)).padStart(2, '0')}`;
    rows.push([`${prefix}-${String(i + 1).padStart(3, '0')}`, i % 3 === 0 ? 'RA-5, SI-2' : 'SI-2', v[0], `${v[0]} detected by authenticated scan on ${host}.`, 'Tenable Nessus (monthly OS scan)', v[3], host, W.sre, 'SRE hours', 'Rebuild AMI/container image with patched package and redeploy.', det, v[2] === 'High' ? '2026-03-30' : '2026-05-30', 'Patch in next monthly image rebuild', '', '2026-03-31', v[1] ? 'No' : 'No', '', '', v[2], v[2], 'No', 'No', 'No', '', 'Scan ID 2026-03', '', 'No', v[1] === 'CVE-2024-5535' ? 'Yes' : 'No', '', v[1], W.cso]);
  }
  return rows;
}

/** POA&M workbooks, inventory workbooks, scan exports, change and deviation requests, checklist. */
export async function buildConmon(): Promise<EvalDoc[]> {
  const rng = makeRng(4244);
  const out: EvalDoc[] = [];

  // POA&M like the FedRAMP template (rows 2-3 header info, headers in row 5).
  out.push({
    file: 'POAM_2026-03.xlsx',
    expected: 'POAM',
    note: 'FedRAMP-template POA&M workbook (Open/Closed POA&M Items sheets, header row 5 starting POAM ID) for the March 2026 ConMon.',
    data: await renderXlsx([
      { name: 'Open POA&M Items', rows: [['FedRAMP® Plan of Action and Milestones (POA&M) Template'], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], [W.csp, W.cso, 'Moderate', '2026-03-31'], [], POAM_HEADERS, ...poamRows(rng, 9, 'V')], boldRows: [1, 5] },
      { name: 'Closed POA&M Items', rows: [['FedRAMP® Plan of Action and Milestones (POA&M) Template'], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], [W.csp, W.cso, 'Moderate', '2026-03-31'], [], POAM_HEADERS, ...poamRows(rng, 4, 'C')], boldRows: [5] },
      { name: 'Configuration Findings', rows: [['Configuration Findings'], [], [], [], POAM_HEADERS] },
      { name: 'Record of Changes', rows: [[], ['', 'Record of Changes'], ['', 'Date', 'Description', 'Version', 'Author'], ['', '2026-03-31', 'Monthly update', '14', W.isso]] },
    ], { title: 'FedRAMP POA&M Template', creator: 'FedRAMP PMO', lastModifiedBy: W.isso }),
  });
  // Drifted POA&M: header row moved, some columns renamed, one sheet only, generic name.
  const drifted = ['POA&M Item ID', 'Security Control(s)', 'Weakness Name', 'Weakness Description', 'Detector Source', 'Source ID', 'Asset Identifier', 'POC', 'Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Milestones', 'Status', 'Original Risk Rating', 'Adjusted Risk Rating', 'Vendor Dependency', 'CVE'];
  out.push({
    file: 'report (2).xlsx',
    expected: 'POAM',
    note: 'Hand-maintained POA&M spreadsheet with renamed columns and header on row 7 below a status summary; still a plan of action and milestones with weaknesses, milestones and due dates.',
    data: await renderXlsx([
      { name: 'POAM', rows: [[`${W.acronym} Plan of Action & Milestones`], ['Prepared by', W.isso], ['As of', '2026-02-28'], ['Open items', 7, 'Overdue', 1], ['Legend: dates are YYYY-MM-DD; risk per FedRAMP (High/Moderate/Low)'], [], drifted, ...poamRows(rng, 7, 'MGW-P').map((r) => [r[0] ?? '', r[1] ?? '', r[2] ?? '', r[3] ?? '', r[4] ?? '', r[5] ?? '', r[6] ?? '', r[7] ?? '', r[9] ?? '', r[10] ?? '', r[11] ?? '', r[12] ?? '', 'Ongoing', r[18] ?? '', r[19] ?? '', 'No', r[29] ?? ''])], boldRows: [7] },
    ], {}),
  });

  // Inventory.
  const INV_HEADERS = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/\nNetwork ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];
  const invRows: Cell[][] = HOSTS.map((h, i) => [h, IPS[i] ?? '', 'Yes', h.startsWith('portal') ? 'Yes' : 'No', `${h}`, '', '', 'Yes', 'MGW-AL2023-CIS-L1', 'Amazon Linux 2023.6', 'AWS us-gov-west-1', h.startsWith('pgis') ? 'Database' : 'Compute', 'AWS EC2 m6i', 'Yes', h.startsWith('pgis') ? 'PostgreSQL Global Development Group' : 'Open Source', h.startsWith('pgis') ? 'PostgreSQL 15.8 / PostGIS 3.4' : 'GDAL 3.9.1', '2026-03', h.includes('ingest') ? 'Scene ingest' : h.includes('tiler') ? 'COG and tile rendering' : h.includes('cd-') ? 'Change detection' : 'Portal / API', '', '', `vpc-prod/${10 + i}`, W.sre, W.vpEng]);
  out.push({
    file: 'IIW_March.xlsx',
    expected: 'INVENTORY',
    note: 'SSP Attachment 13 Integrated Inventory Workbook with the template\'s Inventory sheet headers (UNIQUE ASSET IDENTIFIER ... Application Administrator/ Owner).',
    data: await renderXlsx([
      { name: 'INSTRUCTIONS', rows: [['SSP ATTACHMENT 13 - FedRAMP Integrated Inventory Workbook'], ['Completed for Meridian GeoWatch, March 2026 ConMon.']] },
      { name: 'Inventory', rows: [['All Inventories', '', '', '', '', 'OS/Infrastructure Inventory'], INV_HEADERS, ...invRows], boldRows: [1, 2] },
    ], { title: 'Integrated Inventory Workbook', creator: W.sre }),
  });
  const drInv = ['Asset ID (Unique Asset Identifier)', 'IP Address (IPv4 or IPv6)', 'Virtual?', 'Public?', 'DNS Name or URL', 'OS Name and Version', 'Location', 'Asset Type', 'Software/Database Name & Version', 'Function', 'In Latest Scan', 'Diagram Label', 'System Administrator/Owner'];
  out.push({
    file: 'assets_export_final.xlsx',
    expected: 'INVENTORY',
    note: 'Rev5-style integrated inventory with renamed headers (incl. Diagram Label) starting on row 4 and a k8s workloads sheet.',
    data: await renderXlsx([
      { name: 'Inventory Rev5', rows: [['Meridian GeoWatch Integrated Inventory (Rev5 Appendix M)'], ['Generated from CMDB 2026-02-28'], [], drInv, ...HOSTS.map((h, i) => [h, IPS[i] ?? '', 'Yes', 'No', `${h}.geowatch.meridianorbital.example`, 'Amazon Linux 2023', 'us-gov-west-1', 'Compute', 'rasterio 1.4 / GDAL 3.9', 'Imagery processing', 'Yes', `D-${i + 1}`, W.sre])], boldRows: [4] },
      { name: 'Containers', rows: [['UNIQUE ASSET IDENTIFIER', 'Image', 'Namespace', 'In Latest Scan'], ['stac-api:2026.03.2', 'registry/stac-api@sha256:4be1...', 'stac', 'Yes'], ['tiler:2026.03.1', 'registry/tiler@sha256:90ac...', 'tiles', 'Yes']], boldRows: [1] },
    ], { title: 'Inventory' }),
  });
  const csvEsc = (c: Cell) => { const s = String(c ?? ''); return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };
  out.push({
    file: 'inventory.csv',
    expected: 'INVENTORY',
    note: 'CSV export of the Integrated Inventory Workbook sheet (same 23 headers, one row per asset).',
    data: [INV_HEADERS.map((h) => h.replace(/\n/g, ' ')), ...invRows].map((r) => r.map(csvEsc).join(',')).join('\r\n') + '\r\n',
  });

  // Scans.
  const nessusHosts = HOSTS.slice(0, 5).map((h, i) => {
    const items = VULNS.slice(0, 3 + (i % 3)).map((v) => `      <ReportItem port="443" svc_name="www" protocol="tcp" severity="${v[2] === 'High' ? 3 : v[2] === 'Moderate' ? 2 : 1}" pluginID="${v[3]}" pluginName="${xe(v[0])}" pluginFamily="Amazon Linux Local Security Checks">
        <description>${xe(v[0])}. The remote host is affected by a vulnerability.</description>
        <solution>Update the affected packages.</solution>
        <risk_factor>${v[2] === 'Moderate' ? 'Medium' : v[2]}</risk_factor>
        ${v[1] ? `<cve>${v[1]}</cve>` : ''}
        <plugin_output>Installed package version is older than the fixed version.</plugin_output>
      </ReportItem>`).join('\n');
    return `    <ReportHost name="${IPS[i]}">
      <HostProperties>
        <tag name="HOST_START">Mon Mar  9 02:00:11 2026</tag>
        <tag name="host-fqdn">${h}</tag>
        <tag name="operating-system">Amazon Linux 2023</tag>
        <tag name="Credentialed_Scan">true</tag>
      </HostProperties>
${items}
    </ReportHost>`;
  }).join('\n');
  out.push({
    file: 'MGW_OS_scan_2026-03.nessus',
    expected: 'SCAN_RESULTS',
    note: 'Tenable .nessus (NessusClientData_v2) export of the March 2026 authenticated OS scan of GeoWatch hosts.',
    data: `<?xml version="1.0" ?>\n<NessusClientData_v2>\n  <Policy><policyName>MGW Monthly Authenticated</policyName></Policy>\n  <Report name="MGW Monthly OS Scan March 2026" xmlns:cm="http://www.nessus.org/cm">\n${nessusHosts}\n  </Report>\n</NessusClientData_v2>\n`,
  });
  const nessusCsv = [['Plugin ID', 'CVE', 'CVSS v3.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'Plugin Output']];
  for (let i = 0; i < 14; i++) { const v = VULNS[i % VULNS.length]!; nessusCsv.push([v[3], v[1], v[2] === 'High' ? '7.5' : v[2] === 'Moderate' ? '5.9' : '3.1', v[2] === 'Moderate' ? 'Medium' : v[2], IPS[i % IPS.length] ?? '', 'tcp', '443', v[0], 'The remote host is missing a security update.', `${v[0]}.`, 'Upgrade to the latest version.', 'Installed version older than fixed version']); }
  out.push({ file: 'upload (12).csv', expected: 'SCAN_RESULTS', note: 'Nessus CSV export (Plugin ID, CVE, Risk, Host, ... Plugin Output) of the monthly database/OS scan.', data: nessusCsv.map((r) => r.map(csvEsc).join(',')).join('\n') + '\n' });
  const qualys = [`"Scan Results","${W.cso} Web/DB March"`, '"Launch Date","03/10/2026 03:00:00"', '', '"IP","DNS","NetBIOS","OS","IP Status","QID","Title","Type","Severity","Port","Protocol","FQDN","SSL","CVE ID","Vendor Reference","CVSS3.1 Base","Threat","Impact","Solution","Results"'];
  for (let i = 0; i < 10; i++) { const v = VULNS[(i + 2) % VULNS.length]!; qualys.push([IPS[i % IPS.length], HOSTS[i % HOSTS.length], '', 'Amazon Linux 2023', 'host scanned, found vuln', String(38000 + i * 17), v[0], 'Vuln', v[2] === 'High' ? '4' : v[2] === 'Moderate' ? '3' : '2', '443', 'tcp', HOSTS[i % HOSTS.length], 'over ssl', v[1], '', '6.5', 'An attacker could exploit this issue.', 'Compromise of confidentiality.', 'Apply vendor patch.', 'Detected version 3.0.13'].map((c) => csvEsc(c ?? '')).join(',')); }
  out.push({ file: 'qualys_mgw_db_web.csv', expected: 'SCAN_RESULTS', note: 'Qualys scan results CSV with report preamble lines and QID/Severity/CVE columns.', data: qualys.join('\n') + '\n' });
  const zap = { '@programName': 'ZAP', '@version': '2.15.0', '@generated': 'Tue, 10 Mar 2026 04:12:55', site: [{ '@name': 'https://portal.geowatch.meridianorbital.example', '@host': 'portal.geowatch.meridianorbital.example', '@port': '443', '@ssl': 'true', alerts: [
    { pluginid: '10038', alertRef: '10038-1', alert: 'Content Security Policy (CSP) Header Not Set', name: 'Content Security Policy (CSP) Header Not Set', riskcode: '2', confidence: '3', riskdesc: 'Medium (High)', desc: 'Content Security Policy is an added layer of security.', instances: [{ uri: 'https://portal.geowatch.meridianorbital.example/tiles/viewer', method: 'GET' }], count: '1', solution: 'Configure the web server to set the Content-Security-Policy header.', cweid: '693', wascid: '15' },
    { pluginid: '10202', alertRef: '10202', alert: 'Absence of Anti-CSRF Tokens', name: 'Absence of Anti-CSRF Tokens', riskcode: '2', confidence: '2', riskdesc: 'Medium (Medium)', desc: 'No Anti-CSRF tokens were found in a HTML submission form.', instances: [{ uri: 'https://portal.geowatch.meridianorbital.example/aoi/upload', method: 'POST' }], count: '1', solution: 'Use a vetted library that prevents CSRF.', cweid: '352', wascid: '9' },
    { pluginid: '10021', alertRef: '10021', alert: 'X-Content-Type-Options Header Missing', name: 'X-Content-Type-Options Header Missing', riskcode: '1', confidence: '2', riskdesc: 'Low (Medium)', desc: 'The Anti-MIME-Sniffing header was not set.', instances: [{ uri: 'https://portal.geowatch.meridianorbital.example/stac/v1/collections', method: 'GET' }], count: '4', solution: 'Set X-Content-Type-Options: nosniff.', cweid: '693', wascid: '15' },
  ] }] };
  out.push({ file: 'zap-report.json', expected: 'SCAN_RESULTS', note: 'OWASP ZAP JSON report of the monthly web application scan of the GeoWatch portal.', data: JSON.stringify(zap, null, 2) });
  const ov = HOSTS.slice(0, 4).map((h, i) => { const v = VULNS[i]!; return `    <result id="r-${i + 1}"><name>${xe(v[0])}</name><host>${IPS[i]}<hostname>${h}</hostname></host><port>443/tcp</port><nvt oid="1.3.6.1.4.1.25623.1.0.${v[3]}"><name>${xe(v[0])}</name><cvss_base>${v[2] === 'High' ? '7.5' : '5.0'}</cvss_base><refs>${v[1] ? `<ref type="cve" id="${v[1]}"/>` : ''}</refs></nvt><threat>${v[2] === 'Moderate' ? 'Medium' : v[2]}</threat><severity>${v[2] === 'High' ? '7.5' : '5.0'}</severity><description>Installed version is vulnerable.</description></result>`; }).join('\n');
  out.push({ file: 'gvm_export.xml', expected: 'SCAN_RESULTS', note: 'Greenbone/OpenVAS XML report export of a scan of GeoWatch ingest and tiling hosts.', data: `<?xml version="1.0" encoding="UTF-8"?>\n<report id="5f2c" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">\n  <owner><name>mgw-scanner</name></owner>\n  <name>2026-03-09T02:00:00Z</name>\n  <report id="5f2c">\n  <scan_run_status>Done</scan_run_status>\n  <results start="1" max="100">\n${ov}\n  </results>\n  </report>\n</report>\n` });

  // Significant change requests.
  const scrBlocks = (variant: number): Block[] => [
    ...(variant === 0 ? [{ t: 'title' as const, text: 'FedRAMP Significant Change Request Form' }] : [p('Significant Change Request (SCR)'), bold(`${W.cso} — change notification to the Authorizing Official`)]),
    table([['CSP Name', W.csp], ['Service Offering', W.cso], ['FedRAMP ID', W.fedrampId], ['Impact Level', 'Moderate'], ['Date of Request', variant === 0 ? '04/20/2026' : '08/11/2026'], ['CSP Point of Contact', `${W.isso}, ISSO`]], false),
    h2('Description of Proposed Change'),
    p(variant === 0 ? 'Introduce a new machine-learning inference service (on-demand object detection of vehicles and structures in imagery) using a new GPU instance family and a new external model registry endpoint. The change adds a new component to the authorization boundary and a new interconnection.' : 'Migrate the PostGIS database from Amazon RDS for PostgreSQL to Amazon Aurora PostgreSQL with cross-region global database, changing the data storage technology and the backup architecture.'),
    h2('Type of Significant Change'), bullets(variant === 0 ? 'New component / new technology within the boundary' : 'Change of data storage technology', 'Change to the authorization boundary diagram and data flows'),
    h2('Security Impact Analysis'), table([['Control', 'Impact', 'Mitigation'], ['CM-4', 'New component requires impact analysis', 'Completed by ISSO, attached'], ['SC-7', 'New interconnection', 'Private endpoint; no internet egress'], ['RA-5', 'New assets to scan', 'Added to scan policy and inventory'], ['CA-2', 'Assessment of changed controls', '3PAO to test per SCR assessment plan']]),
    h2('Planned Implementation Date'), p(variant === 0 ? 'Target 06/15/2026, after AO approval and 3PAO assessment of the affected controls.' : 'Target 10/01/2026.'),
    h2('Approvals'), table([['CSP Authorizing Signatory', W.vpEng, ''], ['Agency AO decision', '_ Approved  _ Denied', '']], false),
  ];
  out.push({ file: 'SCR-2026-02 ML inference.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'FedRAMP Significant Change Request form for adding an ML inference service (new component) to GeoWatch.', data: await renderProse('docx', scrBlocks(0), { meta: { title: 'FedRAMP-Significant-Change-Form', creator: 'FedRAMP PMO', lastModifiedBy: W.isso } }) });
  out.push({ file: 'file_0811.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'PDF significant change request for the database technology migration, with impact analysis and AO approval block.', data: await renderProse('pdf', scrBlocks(1), { headings: 'bold' }) });

  // Deviation requests.
  out.push({
    file: 'DR_MGW-2026-02.xlsx',
    expected: 'DEVIATION_REQUEST',
    note: 'FedRAMP Deviation Request form (xlsx) asking for a risk adjustment of POA&M item MGW-2026-02 with justification and evidence.',
    data: await renderXlsx([{ name: 'Deviation Request', rows: [['FedRAMP Deviation Request Form'], [], ['CSP', W.csp], ['System Name', W.cso], ['Date Submitted', '2026-05-28'], ['Deviation Request Type', 'Risk Adjustment (RA)'], ['POA&M ID', 'MGW-2026-02'], ['Weakness Name', 'Tile cache endpoint accepted TLS 1.1 from internal subnet'], ['Original Risk Rating', 'Moderate'], ['Proposed Adjusted Risk Rating', 'Low'], ['Justification', 'Endpoint reachable only from within the private subnet via service mesh with mTLS enforced; no external exposure; compensating control SC-8(1) verified.'], ['Evidence Provided', 'Security group export, mesh policy, 3PAO test notes'], ['3PAO Review', 'Concur'], ['AO Decision', '']], boldRows: [1], widths: [32, 90] }], { title: 'Deviation Request', creator: W.isso }),
  });
  out.push({
    file: 'false_positive_request.docx',
    expected: 'DEVIATION_REQUEST',
    note: 'Deviation request (false positive) in Word for a Nessus finding on the tile servers, with evidence and approvals.',
    data: await renderProse('docx', [
      { t: 'title', text: 'Deviation Request — False Positive' }, p(`${W.cso} | FedRAMP ID ${W.fedrampId}`),
      table([['DR Number', 'DR-2026-07'], ['Deviation Type', 'False Positive (FP)'], ['Related POA&M ID', 'V-004'], ['Scanner / Plugin', 'Tenable Nessus 205610 (nginx 1.24.x Information Disclosure)'], ['Affected Assets', 'tiler-node-a7, tiler-node-b2']], false),
      h2('Justification'), p('The tile servers run nginx from the Amazon Linux 2023 repository with the vendor backport of the fix (package nginx-1.24.0-4.amzn2023.0.5). The scanner reports on the upstream version string only. Vendor advisory ALAS2023-2024-701 confirms the fix is included.'),
      h2('Evidence'), bullets('rpm -q --changelog output showing the backported CVE fix', 'Vendor advisory ALAS2023-2024-701', 'Screenshot of scanner plugin output'),
      h2('Approvals'), table([['Role', 'Name', 'Date'], ['ISSO', W.isso, '05/02/2026'], ['3PAO', W.leadAssessor, '05/06/2026'], ['Agency AO', '', '']]),
    ], { headings: 'bold', meta: { title: 'Deviation Request' } }),
  });

  // Authorization checklist.
  const checklistItems = [
    ['1', 'System Security Plan (SSP)', 'Yes', 'MGW SSP v3.2'], ['2', 'SSP Attachment 1 — Information Security Policies and Procedures', 'Yes', ''], ['3', 'SSP Attachment 2 — User Guide', 'Yes', ''], ['4', 'SSP Attachment 3 — Digital Identity Worksheet', 'Yes', ''], ['5', 'SSP Attachment 4 — PTA/PIA', 'Yes', ''], ['6', 'SSP Attachment 5 — Rules of Behavior', 'Yes', ''], ['7', 'SSP Attachment 6 — ISCP', 'Yes', ''], ['8', 'SSP Attachment 7 — CMP', 'Yes', ''], ['9', 'SSP Attachment 8 — IRP', 'Yes', ''], ['10', 'SSP Attachment 9 — CIS/CRM Workbook', 'Yes', ''], ['11', 'SSP Attachment 10 — FIPS 199', 'Yes', ''], ['12', 'SSP Attachment 11 — Separation of Duties Matrix', 'Yes', ''], ['13', 'SSP Attachment 12 — Laws and Regulations', 'Yes', ''], ['14', 'SSP Attachment 13 — Integrated Inventory Workbook', 'Yes', ''], ['15', 'Security Assessment Plan (SAP)', 'Yes', 'Cobalt Ridge v1.0'], ['16', 'Security Assessment Report (SAR) with attachments', 'Yes', ''], ['17', 'Plan of Action and Milestones (POA&M)', 'Yes', ''], ['18', 'Agency ATO Letter', 'Pending', 'Expected 06/2026'], ['19', 'Continuous Monitoring Plan', 'Yes', ''],
  ];
  out.push({ file: 'checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist workbook listing each package item with included status.', data: await renderXlsx([{ name: 'Checklist', rows: [['FedRAMP Initial Authorization Package Checklist'], [`CSP: ${W.csp}`, `CSO: ${W.cso}`, 'Impact: Moderate'], [], ['#', 'Package Item', 'Included (Yes/No)', 'Comments / Version'], ...checklistItems], boldRows: [1, 4], widths: [5, 60, 18, 30] }], { title: 'Initial Authorization Package Checklist' }) });
  out.push({ file: 'pkg-submission-cover.docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'Word version of the FedRAMP Initial Authorization Package Checklist completed by the CSP before PMO submission.', data: await renderProse('docx', [p(`${W.csp} — package submission`), { t: 'title', text: 'FedRAMP Initial Authorization Package Checklist' }, p('Instructions: confirm each required document is included in the package uploaded to the FedRAMP secure repository. Agency authorization path.'), table([['#', 'Document', 'Included', 'Notes'], ...checklistItems]), p('Completed by: ' + W.isso + ', 06/20/2026')], { meta: { title: 'checklist' } }) });
  void rng;
  return out;
}
