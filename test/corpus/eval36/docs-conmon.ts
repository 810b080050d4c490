import { fixture } from '../../support/fixtures.js';
import { buildDocx } from './kit/docx.js';
import { bold, bullets, h, p, table, title } from './kit/model.js';
import { buildPdf } from './kit/pdf.js';
import { AGENCY, AGENCY_OFFICE, AO, CSO, CSO_SHORT, CSP, TPAO } from './kit/persona.js';
import { pick, rng, uuid } from './kit/rng.js';
import type { CorpusDoc } from './kit/types.js';
import { addSheet, loadWorkbook, newWorkbook, saveWorkbook, toCsv } from './kit/xlsx.js';

const HOSTS = Array.from({ length: 14 }, (_, i) => ({
  name: i < 8 ? `gpu-inf-${String(i + 1).padStart(2, '0')}.vac.internal` : i < 11 ? `vecdb-${i - 7}.vac.internal` : `ingest-api-${i - 10}.vac.internal`,
  ip: `10.40.${i < 8 ? 4 : i < 11 ? 6 : 2}.${11 + i}`,
  os: i < 8 ? 'Ubuntu 22.04.5 LTS (GPU AMI 2026.02)' : i < 11 ? 'Amazon Linux 2023' : 'Bottlerocket 1.31',
  role: i < 8 ? 'LLM inference (H100 x8)' : i < 11 ? 'Vector database node' : 'Ingestion API container host',
}));

const FINDINGS = [
  { id: 'VAC-2026-014', ctl: 'RA-5', name: 'NVIDIA Container Toolkit TOCTOU (CVE-2025-23266)', src: 'Nessus monthly OS scan', plugin: '242118', risk: 'High', cve: 'CVE-2025-23266', host: 0 },
  { id: 'VAC-2026-015', ctl: 'SI-2', name: 'OpenSSH regreSSHion on bastion image', src: 'Nessus monthly OS scan', plugin: '201194', risk: 'High', cve: 'CVE-2024-6387', host: 12 },
  { id: 'VAC-2026-016', ctl: 'SC-28', name: 'Legacy GPU node group NVMe scratch volume not encrypted', src: '3PAO assessment (SAR test case SC-28)', plugin: 'SC-28-01', risk: 'Moderate', cve: '', host: 3 },
  { id: 'VAC-2026-017', ctl: 'AC-4', name: 'Indirect prompt injection allowed cross-tenant retrieval from vector index', src: '3PAO penetration test', plugin: 'PT-01', risk: 'High', cve: '', host: 8 },
  { id: 'VAC-2026-018', ctl: 'CM-6', name: 'Vector DB nodes allow TLS 1.1 on admin port', src: 'Nessus monthly DB scan', plugin: '104743', risk: 'Moderate', cve: '', host: 9 },
  { id: 'VAC-2026-019', ctl: 'RA-5', name: 'curl SOCKS5 heap overflow in inference base image', src: 'Container image scan (Trivy)', plugin: 'CVE-2023-38545', risk: 'Moderate', cve: 'CVE-2023-38545', host: 2 },
  { id: 'VAC-2026-020', ctl: 'AU-11', name: 'Prompt log retention job skipped partitions for two tenants', src: 'Internal audit', plugin: 'IA-2026-03', risk: 'Low', cve: '', host: 10 },
];

/** The 31 column headers of the FedRAMP POA&M template v2.1 (row 5 of each item sheet). */
const POAM_HEADERS = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];

async function poamTemplate(): Promise<CorpusDoc> {
  // Rebuilt with the template's layout (title row 1, CSP block rows 2-3, headers row 5) rather than loading the
  // 1M-row template, which takes seconds to parse and save.
  const wb = newWorkbook('Martin Okafor');
  const sheet = (name: string, items: (string | number)[][]) => {
    const ws = addSheet(wb, name, [['FedRAMP Plan of Action and Milestones (POA&M) Template'], ['CSP', 'System Name', 'Impact Level', 'POAM Date'], [CSP, CSO, 'Moderate', '2026-03-01'], [], POAM_HEADERS, ...items], 5);
    ws.mergeCells('A1:F1');
    ws.getRow(1).font = { bold: true, size: 14 };
    return ws;
  };
  sheet('Open POA&M Items', FINDINGS.map((f) => {
    const host = HOSTS[f.host];
    return [f.id, f.ctl, f.name, `${f.name}. Identified on ${host?.name ?? ''}.`, f.src, f.plugin, host?.name ?? '', 'Martin Okafor', '16 engineering hours', 'Patch image and redeploy node group through the release pipeline', '2026-02-03', f.risk === 'High' ? '2026-03-05' : f.risk === 'Moderate' ? '2026-05-04' : '2026-08-02', 'Rebuild AMI; canary on 1 node; roll to pool', '', '2026-03-01', 'No', '', '', f.risk, f.risk, '', 'No', 'No', '', '', '', 'No', '', '', f.cve, 'Inference'];
  }));
  sheet('Closed POA&M Items', [['VAC-2025-071', 'SI-2', 'Outdated PyTorch in embedding service', 'torch 2.1 with known deserialization CVE', 'Trivy image scan', 'CVE-2024-31580', 'embed-svc', 'Wen Zhao', '', 'Upgrade to torch 2.4', '2025-10-01', '2025-12-30', 'Done', '', '2025-11-12', 'No', '', '', 'Moderate', 'Moderate', '', 'No', 'No', '', '', 'Closed after rescan 2025-11-12', 'No', '', '', 'CVE-2024-31580', 'Embedding']]);
  sheet('Configuration Findings', [['VAC-CF-003', 'CM-6', 'CIS 5.2.8 SSH root login permitted', 'PermitRootLogin yes on GPU AMI 2026.01', 'CIS benchmark scan', 'xccdf_5.2.8', 'gpu-inf-05.vac.internal', 'Platform Ops', '', 'Fix AMI build', '2026-02-10', '2026-05-11', '', '', '2026-03-01', 'No', '', '', 'Moderate', 'Moderate', '', 'No', 'No', '', '', '', 'No', '', '', '', 'Inference']]);
  addSheet(wb, 'Record of Changes', [['Date', 'Description', 'Version', 'Author'], ['2026-03-01', 'March ConMon submission', '12', 'M. Okafor']]);
  return { file: 'Veridoc_VAC_POAM_2026-03.xlsx', expected: 'POAM', note: 'POA&M workbook in the FedRAMP template layout (Open/Closed POA&M Items, Configuration Findings) with the March ConMon items.', data: await saveWorkbook(wb) };
}

async function poamDrifted(): Promise<CorpusDoc> {
  const wb = newWorkbook('m.okafor');
  const head = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Status Date', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Comments', 'CVE'];
  addSheet(wb, 'Open POA&M Items', [
    ['Veridoc Labs - Veridoc Analyst Cloud - Plan of Action & Milestones'],
    ['CSP', 'System Name', 'Impact Level', 'POAM Date'],
    [CSP, CSO, 'Moderate', '04/01/2026'],
    [],
    [],
    head,
    ...FINDINGS.slice(0, 5).map((f) => [f.id, f.ctl, f.name, f.name, f.src, f.plugin, HOSTS[f.host]?.ip ?? '', 'ISSO', 'Staff time', 'Remediate and verify in next monthly scan', '02/03/2026', '05/04/2026', 'Fix in sprint 26.07', '04/01/2026', f.risk, f.risk, '', 'No', 'No', '', '', f.cve]),
  ], 6);
  addSheet(wb, 'Closed POA&M Items', [head, ['VAC-2025-088', 'IA-5', 'Default password on Grafana', 'Grafana admin default password on monitoring host', 'Nessus', '10055', '10.40.9.4', 'ISSO', '', 'Rotated', '11/02/2025', '12/02/2025', 'Done', '11/20/2025', 'High', 'High', '', 'No', 'No', '', 'Closed 11/20', '']]);
  return { file: 'poam_april_working.xlsx', expected: 'POAM', note: 'Hand-maintained POA&M workbook whose header row moved to row 6 and lost some template columns.', data: await saveWorkbook(wb) };
}

async function poamOscal(): Promise<CorpusDoc> {
  const { readFile } = await import('node:fs/promises');
  const raw = JSON.parse(await readFile(fixture('oscal/FedRAMP-POAM-OSCAL-Template.json'), 'utf8')) as { 'plan-of-action-and-milestones': { metadata: Record<string, unknown> } };
  raw['plan-of-action-and-milestones'].metadata.title = 'Veridoc Analyst Cloud FedRAMP Plan of Action and Milestones (POA&M)';
  return { file: 'poam.oscal.json', expected: 'POAM', note: 'OSCAL JSON plan-of-action-and-milestones from the FedRAMP template.', data: JSON.stringify(raw, null, 1) };
}

function poamCsv(): CorpusDoc {
  const rows: (string | number)[][] = [
    ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Status Date', 'Original Risk Rating', 'Adjusted Risk Rating', 'Vendor Dependency', 'CVE'],
    ...FINDINGS.map((f) => [f.id, f.ctl, f.name, `${f.name} (see monthly scan)`, f.src, f.plugin, HOSTS[f.host]?.name ?? '', 'Martin Okafor', 'Remediate per RA-5 timelines', '2026-02-03', '2026-05-04', '2026-03-31', f.risk, f.risk, f.cve ? 'Yes' : 'No', f.cve]),
  ];
  return { file: 'Open POAM Items.csv', expected: 'POAM', note: 'CSV export of the Open POA&M Items sheet with the POAM ID header row.', data: toCsv(rows) };
}

function nessus(): CorpusDoc {
  const r = rng(36001);
  const items = HOSTS.slice(0, 10).map((host, hi) => {
    const fs = FINDINGS.filter((f) => f.host === hi && /Nessus/.test(f.src));
    const extra = pick(r, [['11219', 'Nessus SYN scanner', '0', 'Port scanners'], ['10287', 'Traceroute Information', '0', 'General'], ['57582', 'SSL Self-Signed Certificate', '2', 'General']]);
    return `<ReportHost name="${host.ip}"><HostProperties>
<tag name="HOST_END">Sun Mar  1 04:${String(10 + hi).padStart(2, '0')}:33 2026</tag>
<tag name="operating-system">${host.os}</tag>
<tag name="host-fqdn">${host.name}</tag>
<tag name="host-ip">${host.ip}</tag>
<tag name="Credentialed_Scan">true</tag>
<tag name="HOST_START">Sun Mar  1 03:${String(40 + hi).padStart(2, '0')}:02 2026</tag>
</HostProperties>
<ReportItem port="0" svc_name="general" protocol="tcp" severity="0" pluginID="19506" pluginName="Nessus Scan Information" pluginFamily="Settings">
<description>Information about this scan.</description>
<plugin_output>Credentialed checks : yes
Scan policy used : VAC Monthly Authenticated OS (FedRAMP)</plugin_output>
<risk_factor>None</risk_factor>
</ReportItem>
<ReportItem port="443" svc_name="www" protocol="tcp" severity="${extra[2]}" pluginID="${extra[0]}" pluginName="${extra[1]}" pluginFamily="${extra[3]}">
<risk_factor>${extra[2] === '0' ? 'None' : 'Medium'}</risk_factor>
</ReportItem>
${fs.map((f) => `<ReportItem port="22" svc_name="ssh" protocol="tcp" severity="${f.risk === 'High' ? 3 : 2}" pluginID="${f.plugin}" pluginName="${f.name}" pluginFamily="Ubuntu Local Security Checks">
<cve>${f.cve}</cve>
<risk_factor>${f.risk === 'Moderate' ? 'Medium' : f.risk}</risk_factor>
<synopsis>The remote host is missing a security update.</synopsis>
<solution>Update the affected packages.</solution>
</ReportItem>`).join('\n')}
</ReportHost>`;
  });
  const xml = `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>VAC Monthly Authenticated OS (FedRAMP)</policyName>
<Preferences><ServerPreferences><preference><name>TARGET</name><value>10.40.4.0/24,10.40.6.0/24</value></preference>
<preference><name>scan_start_timestamp</name><value>1772336400</value></preference></ServerPreferences></Preferences>
</Policy>
<Report name="VAC March 2026 OS scan - GPU and vector tiers" xmlns:cm="http://www.nessus.org/cm">
${items.join('\n')}
</Report>
</NessusClientData_v2>
`;
  return { file: 'VAC_March_2026_OS_r8k2f1.nessus', expected: 'SCAN_RESULTS', note: 'Nessus v2 XML export of the monthly authenticated OS scan of GPU and vector DB hosts.', data: xml };
}

function nessusCsv(): CorpusDoc {
  const rows: (string | number)[][] = [['Plugin ID', 'CVE', 'CVSS v3.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output']];
  HOSTS.forEach((host, i) => {
    rows.push(['19506', '', '', 'None', host.ip, 'tcp', 0, 'Nessus Scan Information', 'This plugin displays information about the Nessus scan.', 'Scan details', 'n/a', '', 'Credentialed checks : yes']);
    if (i % 3 === 0) rows.push(['104743', '', '6.5', 'Medium', host.ip, 'tcp', 8443, 'TLS Version 1.0 Protocol Detection', 'The remote service encrypts traffic using an older version of TLS.', 'The remote service accepts connections encrypted using TLS 1.0.', 'Enable support for TLS 1.2 and 1.3, and disable support for TLS 1.0.', 'https://tools.ietf.org/html/draft-ietf-tls-oldversions-deprecate-00', 'TLSv1 is enabled']);
  });
  return { file: 'data.csv', expected: 'SCAN_RESULTS', note: 'Nessus CSV export of a monthly scan (Plugin ID, CVE, Risk, Host columns).', data: toCsv(rows) };
}

function qualysCsv(): CorpusDoc {
  const lines = [
    toCsv([['Scan Results', '03/02/2026 at 02:10:44 (GMT-0500)'], [CSP, '1400 Wilson Blvd', 'Arlington', 'Virginia', 'United States of America', '22209'], ['Martin Okafor', 'vrdc_mo', 'Manager'], ['Active Hosts', 'Total Hosts', 'Type', 'Status', 'Reference', 'Scanner Appliance', 'Duration', 'Scan Title', 'Asset Groups', 'IPs', 'Excluded IPs', 'Options Profile'], ['3', '3', 'Scheduled', 'Finished', 'scan/1772435444.20931', 'vac_govcloud_scanner_02', '00:44:12', 'VAC Monthly Authenticated DB Scan', 'VAC Vector DB', '10.40.6.19-10.40.6.21', '', 'FedRAMP Authenticated DB Profile']]),
    toCsv([['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'Bugtraq ID', 'CVSS Base', 'CVSS3.1 Base', 'Threat', 'Impact', 'Solution', 'Results'],
      ...HOSTS.slice(8, 11).flatMap((hst) => [
        [hst.ip, hst.name, '', hst.os, 'host scanned, found vuln', '38794', 'SSL/TLS Server supports TLSv1.1', 'Vuln', '3', '9443', 'tcp', hst.name, 'yes', '', '', '', '', '5.3', 'Legacy TLS protocol enabled on the vector DB admin port.', 'Downgrade attacks possible.', 'Disable TLS 1.1.', 'TLSv1.1 is supported'],
        [hst.ip, hst.name, '', hst.os, 'host scanned, found vuln', '45017', 'Operating System Detected', 'Ig', '1', '', '', hst.name, 'no', '', '', '', '', '', '', '', '', 'Amazon Linux 2023'],
      ])]),
  ];
  return { file: 'Scan_Results_vrdc_mo_20260302.csv', expected: 'SCAN_RESULTS', note: 'Qualys scan results CSV with the report preamble and QID columns for the vector DB tier.', data: `\uFEFF${lines.join('\r\n')}` };
}

function trivyJson(): CorpusDoc {
  const doc = {
    SchemaVersion: 2,
    CreatedAt: '2026-03-01T06:12:44.118Z',
    ArtifactName: '412398771204.dkr.ecr.us-gov-west-1.amazonaws.com/vac/inference-server:2026.02.3',
    ArtifactType: 'container_image',
    Metadata: { OS: { Family: 'ubuntu', Name: '22.04' }, ImageID: 'sha256:5d8f1b2e7c9a', RepoTags: ['vac/inference-server:2026.02.3'] },
    Results: [
      {
        Target: 'vac/inference-server:2026.02.3 (ubuntu 22.04)',
        Class: 'os-pkgs',
        Type: 'ubuntu',
        Vulnerabilities: [
          { VulnerabilityID: 'CVE-2023-38545', PkgName: 'curl', InstalledVersion: '7.81.0-1ubuntu1.13', FixedVersion: '7.81.0-1ubuntu1.14', Severity: 'HIGH', Title: 'curl: heap buffer overflow in SOCKS5 proxy handshake' },
          { VulnerabilityID: 'CVE-2024-6387', PkgName: 'openssh-client', InstalledVersion: '1:8.9p1-3ubuntu0.6', FixedVersion: '1:8.9p1-3ubuntu0.10', Severity: 'HIGH', Title: 'openssh: regreSSHion race condition' },
        ],
      },
      {
        Target: 'opt/venv/lib/python3.11/site-packages',
        Class: 'lang-pkgs',
        Type: 'python-pkg',
        Vulnerabilities: [
          { VulnerabilityID: 'CVE-2024-34359', PkgName: 'llama-cpp-python', InstalledVersion: '0.2.70', FixedVersion: '0.2.72', Severity: 'CRITICAL', Title: 'llama-cpp-python: SSTI in chat template leads to RCE' },
          { VulnerabilityID: 'CVE-2025-24357', PkgName: 'vllm', InstalledVersion: '0.6.6', FixedVersion: '0.7.0', Severity: 'HIGH', Title: 'vllm: unsafe torch.load of hf model checkpoint' },
        ],
      },
    ],
  };
  return { file: 'inference-server-2026.02.3.trivy.json', expected: 'SCAN_RESULTS', note: 'Trivy JSON container image vulnerability scan of the model inference image (CVE findings per package).', data: JSON.stringify(doc, null, 2) };
}

async function inventoryTemplate(): Promise<CorpusDoc> {
  const wb = await loadWorkbook(fixture('office/SSP-A13-FedRAMP-Integrated-Inventory-Workbook-Template.xlsx'));
  const ws = wb.getWorksheet('Inventory');
  if (!ws) throw new Error('Inventory sheet missing');
  const r = rng(36002);
  HOSTS.forEach((host, i) => {
    ws.getRow(6 + i).values = [null, host.name, host.ip, 'Yes', 'No', host.name, '', `0a:1b:${uuid(r).slice(0, 2)}:4c:5d:${String(10 + i)}`, 'Yes', i < 8 ? 'VAC-GPU-AMI-2026.02' : 'VAC-BASE-2026.01', host.os, 'AWS us-gov-west-1', 'Virtual machine', i < 8 ? 'AWS p5.48xlarge (8x NVIDIA H100)' : 'AWS r7i.4xlarge', 'Yes', i < 8 ? 'NVIDIA' : 'Open Source', i < 8 ? 'Triton Inference Server 25.01' : 'Qdrant 1.13', 'Feb 2026', host.role, '', '', 'vpc-0vac-prod', 'Platform Ops'];
  });
  return { file: 'SSP-A13-Inventory-VAC.xlsx', expected: 'INVENTORY', note: 'FedRAMP Integrated Inventory Workbook template filled with GPU, vector DB and API hosts.', data: await saveWorkbook(wb) };
}

async function inventoryDrifted(): Promise<CorpusDoc> {
  const wb = newWorkbook('cmdb-export');
  addSheet(wb, 'Read Me', [['Monthly inventory extract for ConMon'], ['Generated from the CMDB on 2026-03-01; rows without an authenticated scan are flagged.']]);
  addSheet(wb, 'Inventory', [
    ['Veridoc Analyst Cloud - Integrated Inventory (March 2026)'],
    ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Function', 'System Administrator/ Owner', 'Application Administrator/ Owner', 'Diagram Label'],
    ...HOSTS.map((hst, i) => [hst.name, hst.ip, 'Yes', 'No', hst.name, 'Yes', 'CIS L1', hst.os, 'us-gov-west-1a', 'VM', i < 8 ? 'p5.48xlarge' : 'r7i.4xlarge', 'Yes', i < 8 ? 'NVIDIA' : 'Qdrant', i < 8 ? 'Triton 25.01' : 'Qdrant 1.13', hst.role, 'Platform Ops', 'ML Platform', i < 8 ? 'GPU-POOL-A' : 'VDB']),
    ['vac-model-registry', '', 'Yes', 'No', 's3://vac-model-registry-prod', 'N/A', '', '', 'us-gov-west-1', 'Object storage', '', 'Yes', 'AWS', 'S3', 'Model weights registry (read-only to inference)', 'Platform Ops', 'ML Platform', 'REG'],
  ], 2);
  return { file: 'Final_v7.xlsx', expected: 'INVENTORY', note: 'Integrated inventory workbook rebuilt from a CMDB export with Rev5 columns (Diagram Label), header on row 2 of the second sheet.', data: await saveWorkbook(wb) };
}

function inventoryCsv(): CorpusDoc {
  const rows: (string | number)[][] = [
    ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/ Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'],
    ...HOSTS.map((hst) => [hst.name, hst.ip, 'Yes', 'No', hst.name, '', '', 'Yes', 'VAC-BASE', hst.os, 'AWS GovCloud', 'VM', '', 'Yes', '', '', 'Current', hst.role, '', '', 'vpc-prod', 'Platform Ops', 'ML Platform']),
  ];
  return { file: 'inventory-2026-03.csv', expected: 'INVENTORY', note: 'CSV save of the Integrated Inventory Workbook with its 23 standard columns.', data: toCsv(rows) };
}

async function atoPdf(): Promise<CorpusDoc> {
  const data = await buildPdf({
    meta: { title: 'Scanned Document' },
    blocks: [
      p(`${AGENCY}`),
      p(`${AGENCY_OFFICE}`),
      p('200 Constitution Avenue NW, Washington, DC 20210'),
      p('June 12, 2026'),
      p('MEMORANDUM FOR: Priya Natarajan, Chief Information Security Officer, Veridoc Labs, Inc.'),
      p(`FROM: ${AO}, Chief Information Officer and Authorizing Official`),
      bold(`SUBJECT: Authority to Operate (ATO) for ${CSO} (${CSO_SHORT}), FedRAMP Package FR2607114821`),
      p(`Based on my review of the security authorization package for ${CSO} - including the System Security Plan, the Security Assessment Report prepared by ${TPAO}, and the Plan of Action and Milestones - I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of this system is acceptable. Accordingly, I grant an Authority to Operate at the FedRAMP Moderate impact level.`),
      p('This authorization is valid for three years from the date of this memorandum, subject to continuous monitoring. The CSP shall deliver monthly POA&M updates, vulnerability scan results and inventory, and shall notify the agency before any significant change, including changes to the hosted large language models or GPU hosting region.'),
      p('Conditions: the cross-tenant retrieval finding (PT-01) is validated as closed; prompt logs containing agency content remain within the authorization boundary.'),
      p(`${AO}`),
      p('Authorizing Official'),
      p('cc: FedRAMP PMO (info@fedramp.gov); Agency CISO; VAC ISSO'),
    ],
  });
  return { file: 'scan0007.pdf', expected: 'ATO_LETTER', note: 'Agency memorandum signed by the authorizing official granting an Authority to Operate.', data };
}

async function atoDocx(): Promise<CorpusDoc> {
  const data = await buildDocx({
    meta: { title: 'Letterhead', creator: 'DOL OCIO' },
    header: 'U.S. DEPARTMENT OF LABOR - OFFICE OF THE CHIEF INFORMATION OFFICER',
    blocks: [
      p('July 1, 2026'),
      p('Veridoc Labs, Inc.\nAttn: Helen Ashby, System Owner\n1400 Wilson Blvd, Suite 900\nArlington, VA 22209'),
      p('Re: Agency Authorization - Veridoc Analyst Cloud'),
      p('Dear Ms. Ashby:'),
      p('The Department has completed its review of the Veridoc Analyst Cloud authorization package. After considering the 3PAO Security Assessment Report, the residual risks documented in the POA&M, and the agency\'s mission need for LLM-assisted document review, I am issuing this Authority to Operate letter. The Department authorizes the use of Veridoc Analyst Cloud at the Moderate impact level for its Wage and Hour Division and its Employment and Training Administration, effective today and for a period of three years.'),
      p('The Department will provide this letter to the FedRAMP PMO so that other agencies may reuse the package. Continuous monitoring deliverables are due on the 15th of each month to the Department\'s ConMon mailbox.'),
      p('Sincerely,'),
      p(`${AO}\nChief Information Officer / Authorizing Official\n${AGENCY}`),
    ],
  });
  return { file: 'Letter_to_Veridoc.docx', expected: 'ATO_LETTER', note: 'Word version of the agency ATO letter addressed to the CSP system owner.', data };
}

const CHECK_ITEMS: [string, string, string][] = [
  ['1', 'FedRAMP Initial Authorization Package Checklist', 'This checklist'],
  ['2', 'System Security Plan (SSP)', 'VAC_SSP_v1.1_FINAL.docx'],
  ['3', 'SSP Attachment 1 - Information Security Policies and Procedures', 'VAC-P&P-Set.zip'],
  ['4', 'SSP Attachment 2 - User Guide', 'VAC User Guide v3.docx'],
  ['5', 'SSP Attachment 3 - Digital Identity Worksheet', 'DIW.docx'],
  ['6', 'SSP Attachment 4 - PTA / PIA', 'VAC PTA-PIA.docx'],
  ['7', 'SSP Attachment 5 - Rules of Behavior', 'RoB.docx'],
  ['8', 'SSP Attachment 6 - Information System Contingency Plan', 'ISCP.docx'],
  ['9', 'SSP Attachment 7 - Configuration Management Plan', 'CMP.docx'],
  ['10', 'SSP Attachment 8 - Incident Response Plan', 'IRP.docx'],
  ['11', 'SSP Attachment 9 - CIS/CRM Workbook', 'CIS-CRM.xlsx'],
  ['12', 'SSP Attachment 10 - FIPS 199', 'FIPS199.docx'],
  ['13', 'SSP Attachment 11 - Separation of Duties Matrix', 'SoD.xlsx'],
  ['14', 'SSP Attachment 12 - FedRAMP Laws and Regulations', 'Laws.xlsx'],
  ['15', 'SSP Attachment 13 - Integrated Inventory Workbook', 'Inventory.xlsx'],
  ['16', 'Security Assessment Plan (SAP)', 'Kestrel SAP v1.0'],
  ['17', 'Security Assessment Report (SAR) with attachments', 'Kestrel SAR v1.0'],
  ['18', 'Plan of Action and Milestones (POA&M)', 'POAM 2026-05.xlsx'],
  ['19', 'Agency ATO Letter', 'pending'],
];

async function checklistXlsx(): Promise<CorpusDoc> {
  const wb = newWorkbook('FedRAMP PMO');
  addSheet(wb, 'Checklist', [
    ['FedRAMP Initial Authorization Package Checklist'],
    ['Cloud Service Provider:', CSP, 'Cloud Service Offering:', CSO, 'Impact Level:', 'Moderate'],
    [],
    ['#', 'Document', 'Included (Y/N)', 'File name in package', 'Version / Date', 'Comments'],
    ...CHECK_ITEMS.map(([n, d, f]) => [n, d, f === 'pending' ? 'N' : 'Y', f, '2026-05', f === 'pending' ? 'Agency ATO letter expected June 2026' : '']),
  ], 4);
  return { file: 'FedRAMP-Initial-Authorization-Package-Checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist workbook listing each package item and its file.', data: await saveWorkbook(wb) };
}

async function checklistDocx(): Promise<CorpusDoc> {
  const data = await buildDocx({
    meta: { title: 'Package Checklist' },
    blocks: [
      title('FedRAMP Initial Authorization Package Checklist', 32),
      p(`CSP: ${CSP}    CSO: ${CSO}    Package ID: FR2607114821    Submission date: 2026-06-20`),
      p('Instructions: The CSP completes this checklist and uploads it with the initial authorization package. Confirm each document is the final, signed version and uses the current FedRAMP template.'),
      table([['#', 'Package item', 'Included', 'Notes'], ...CHECK_ITEMS.map(([n, d, f]) => [n, d, f === 'pending' ? '[ ]' : '[X]', f])]),
      p('CSP attestation: I confirm that the package is complete and the documents listed above are final.'),
      p('Name: Martin Okafor, ISSO    Signature: /s/    Date: 2026-06-20'),
    ],
  });
  return { file: 'checklist_signed.docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'Word version of the FedRAMP Initial Authorization Package Checklist with CSP attestation.', data };
}

const SCR_BODY = [
  h('Section 1: CSP Information'),
  table([['CSP Name', CSP], ['CSO Name', CSO], ['FedRAMP Package ID', 'FR2607114821'], ['Impact Level', 'Moderate'], ['CSP POC', 'Martin Okafor, ISSO'], ['Date of Request', '2026-09-08']], false),
  h('Section 2: Description of the Proposed Change'),
  p('Veridoc Labs proposes to add a second model-hosting region (us-gov-east-1) with a new GPU cluster of 12 NVIDIA H200 nodes and to replace the self-managed vector database (Qdrant on EC2) with a managed vector search service inside the boundary. The change also introduces a new open-weight model family served by vLLM alongside the current Triton deployment.'),
  h('Section 3: Type of Change'),
  table([['Change type', 'Selected'], ['New component / new technology', 'X'], ['Change in data center / region', 'X'], ['Change to a leveraged service', 'X'], ['Change in FIPS 199 categorization', '']]),
  h('Section 4: Security Impact Analysis'),
  p('Affected controls: AC-4, CM-2, CM-8, CP-7, SC-7, SC-12, SC-28, SI-4. Data flows of prompts and embeddings to the new region remain within the authorization boundary. The SSP, Integrated Inventory Workbook, ISCP and boundary diagram will be updated. The 3PAO will assess the change under a significant change SAP before production cut-over.'),
  h('Section 5: Approvals'),
  p('CSP System Owner: Helen Ashby - Date: 2026-09-08'),
  p('Agency AO Decision: [ ] Approved   [ ] Approved with conditions   [ ] Denied'),
];

async function scrDocx(): Promise<CorpusDoc> {
  const data = await buildDocx({ meta: { title: 'FedRAMP Significant Change Request Form', creator: 'M. Okafor' }, header: 'CUI', blocks: [title('Significant Change Request (SCR) Form'), p('FedRAMP Continuous Monitoring - submit at least 30 business days before the planned change'), ...SCR_BODY] });
  return { file: 'SCR-2026-03-east-region.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Significant Change Request form for a new GPU region and vector DB replacement.', data };
}

async function scrPdf(): Promise<CorpusDoc> {
  const data = await buildPdf({
    meta: { title: 'Form' },
    footer: 'Veridoc Labs - ConMon',
    blocks: [p('Veridoc Labs ConMon Submission - September 2026'), table([['Form', 'FedRAMP Significant Change Request'], ['Change ticket', 'CHG-88142']]), ...SCR_BODY.slice(0, 8)],
  });
  return { file: 'doc-0935.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'PDF print of the significant change request form; form name only in a table cell.', data };
}

async function drXlsx(): Promise<CorpusDoc> {
  const wb = newWorkbook('m.okafor');
  addSheet(wb, 'Deviation Request', [
    ['FedRAMP Deviation Request Form'],
    ['CSP', CSP, 'System Name', CSO, 'Impact Level', 'Moderate'],
    [],
    ['DR ID', 'POAM ID', 'Deviation Type (FP / RA / OR)', 'Weakness Name', 'CVE', 'Asset Identifier', 'Original Risk Rating', 'Requested Risk Rating', 'Justification', 'Compensating Controls', 'Evidence Attached', 'Date Submitted'],
    ['DR-2026-007', 'VAC-2026-018', 'Risk Adjustment (RA)', 'Vector DB nodes allow TLS 1.1 on admin port', '', 'vecdb-2.vac.internal', 'Moderate', 'Low', 'Admin port reachable only from the bastion security group; no tenant traffic traverses it.', 'Security group allow-list, mTLS mesh', 'sg-rules.png', '2026-04-02'],
    ['DR-2026-008', 'VAC-2026-019', 'False Positive (FP)', 'curl SOCKS5 heap overflow in inference base image', 'CVE-2023-38545', 'gpu-inf-03.vac.internal', 'Moderate', 'N/A', 'Package reports fixed backport 7.81.0-1ubuntu1.14; scanner matched on upstream version string.', '', 'dpkg -l output', '2026-04-02'],
    ['DR-2026-009', 'VAC-2026-014', 'Operational Requirement (OR)', 'NVIDIA Container Toolkit TOCTOU', 'CVE-2025-23266', 'gpu-inf-01.vac.internal', 'High', 'High', 'Driver 570 branch required by the model server; upgrade waits on vendor certification.', 'Privileged pods prohibited by admission policy', 'vendor ticket', '2026-04-02'],
  ], 4);
  return { file: 'DR_April.xlsx', expected: 'DEVIATION_REQUEST', note: 'FedRAMP deviation request workbook (false positive, risk adjustment, operational requirement) for POA&M items.', data: await saveWorkbook(wb) };
}

async function drDocx(): Promise<CorpusDoc> {
  const data = await buildDocx({
    meta: {},
    headings: 'bold',
    blocks: [
      p(`${CSP} - Continuous Monitoring`),
      title('Deviation Request - Operational Requirement', 30),
      table([['DR Number', 'DR-2026-011'], ['Related POA&M ID', 'VAC-2026-016'], ['Control', 'SC-28'], ['Deviation type', 'Operational Requirement'], ['Requested by', 'Martin Okafor, ISSO']], false),
      h('Weakness'),
      p('Legacy GPU node group (pool B, 4 x A100) uses unencrypted local NVMe scratch volumes for KV-cache spill during long-context inference.'),
      h('Justification'),
      p('The instance family does not support encryption of instance store scratch in the region. Pool B is scheduled for retirement in Q3 2026; until then it serves only the public-data evaluation tenant, and prompt data is never written to the scratch volume for agency tenants (enforced by node affinity).'),
      h('Compensating controls'),
      bullets('Node affinity prevents agency tenants from being scheduled on pool B.', 'Scratch volumes are wiped on node termination.', 'Monthly validation via the inventory and scan evidence.'),
      h('Requested action'),
      p('The CSP requests that the agency AO accept this deviation and keep the POA&M item open as an operational requirement until pool B retirement.'),
    ],
  });
  return { file: 'upload.docx', expected: 'DEVIATION_REQUEST', note: 'Word deviation request (operational requirement) for a POA&M item with justification and compensating controls.', data };
}

export async function conmonDocs(): Promise<CorpusDoc[]> {
  return Promise.all([poamTemplate(), poamDrifted(), poamOscal(), Promise.resolve(poamCsv()), Promise.resolve(nessus()), Promise.resolve(nessusCsv()), Promise.resolve(qualysCsv()), Promise.resolve(trivyJson()), inventoryTemplate(), inventoryDrifted(), Promise.resolve(inventoryCsv()), atoPdf(), atoDocx(), checklistXlsx(), checklistDocx(), scrDocx(), scrPdf(), drXlsx(), drDocx()]);
}
