/** Monthly continuous-monitoring deliverables: POA&Ms, scan results and integrated inventories. */
import ExcelJS from 'exceljs';
import type { Cell } from '../kit.js';
import { addDays, applyWorkbookMeta, buildXlsx, csv, Rng, workbookBuffer, xmlEscape } from '../kit.js';
import { CSO, CSO_ABBR, CSP } from '../frontmatter.js';
import type { EvalDoc } from '../types.js';
import { fixturePath, fixtureText } from '../types.js';

// ---------------------------------------------------------------------------------------------------------------
// Shared synthetic estate
// ---------------------------------------------------------------------------------------------------------------

interface Host {
  id: string;
  ip: string;
  dns: string;
  os: string;
  type: string;
  baseline: string;
  fn: string;
  vlan: string;
}

function estate(seed: number, n: number): Host[] {
  const rng = new Rng(seed);
  const roles: [string, string, string, string][] = [
    ['eks-node', 'Amazon Linux 2023.5.20260812', 'Virtual Machine', 'Kubernetes worker node (application tier)'],
    ['bastion', 'Amazon Linux 2023.5.20260812', 'Virtual Machine', 'Administrative jump host'],
    ['rds', 'PostgreSQL 15.7 (Amazon RDS)', 'Database', 'Primary application database'],
    ['alb', 'AWS Elastic Load Balancing', 'Load Balancer', 'Public application load balancer'],
    ['splunk-hf', 'Red Hat Enterprise Linux 9.4', 'Virtual Machine', 'Splunk heavy forwarder'],
    ['build', 'Ubuntu 22.04.4 LTS', 'Virtual Machine', 'CI build runner'],
  ];
  const hosts: Host[] = [];
  for (let i = 0; i < n; i++) {
    const [role, os, type, fn] = roles[i % roles.length] as [string, string, string, string];
    const region = i % 3 === 2 ? 'e' : 'w';
    const subnet = role === 'alb' ? '10.40.1' : role === 'rds' ? '10.40.30' : '10.40.12';
    hosts.push({
      id: `MWC-${region.toUpperCase()}-${role.toUpperCase()}-${String(i + 1).padStart(3, '0')}`,
      ip: rng.ip(subnet),
      dns: `${role}-${String(i + 1).padStart(2, '0')}.${region}.mwc.internal`,
      os,
      type,
      baseline: role === 'rds' ? 'MWC-DB-PG15-CIS-v3' : role === 'alb' ? 'N/A (managed service)' : `MWC-${os.split(' ')[0]?.toUpperCase()}-CIS-L1-v7`,
      fn,
      vlan: role === 'alb' ? 'vpc-public' : role === 'rds' ? 'vpc-data' : 'vpc-app',
    });
  }
  return hosts;
}

const FINDINGS: [string, string, string, string, string, string][] = [
  // plugin, name, risk, control, cve, remediation
  ['192964', 'OpenSSL 3.0.x < 3.0.14 Multiple Vulnerabilities', 'High', 'RA-5, SI-2', 'CVE-2024-4741', 'Rebuild golden AMI with patched openssl package and roll node groups.'],
  ['104743', 'TLS Version 1.0 Protocol Detection', 'Moderate', 'SC-8, SC-13', '', 'Disable TLS 1.0/1.1 in the SFTP gateway security policy.'],
  ['57582', 'SSL Self-Signed Certificate', 'Moderate', 'SC-17', '', 'Replace certificate with one issued by the internal PKI.'],
  ['201198', 'Amazon Linux 2023 : kernel (ALAS2023-2026-612)', 'High', 'SI-2', 'CVE-2026-21814', 'Apply kernel update via AMI refresh; reboot nodes in rolling fashion.'],
  ['42873', 'SSL Medium Strength Cipher Suites Supported (SWEET32)', 'Low', 'SC-8', 'CVE-2016-2183', 'Remove 3DES cipher suites from load balancer policy.'],
  ['168016', 'PostgreSQL 15.x < 15.6 Multiple Vulnerabilities', 'Moderate', 'SI-2', 'CVE-2024-0985', 'Upgrade RDS minor engine version during maintenance window.'],
  ['156032', 'Apache Log4j 2.x < 2.17.1 RCE', 'High', 'SI-2, CM-8', 'CVE-2021-44832', 'Remove vulnerable log4j-core jar from legacy reporting container image.'],
];

// ---------------------------------------------------------------------------------------------------------------
// POA&M
// ---------------------------------------------------------------------------------------------------------------

function poamRows(seed: number, hosts: Host[], count: number): Cell[][] {
  const rng = new Rng(seed);
  const rows: Cell[][] = [];
  for (let i = 0; i < count; i++) {
    const [plugin, name, risk, ctl, cve, plan] = FINDINGS[i % FINDINGS.length] as [string, string, string, string, string, string];
    const host = hosts[rng.int(0, hosts.length - 1)] as Host;
    const detected = addDays('2026-03-02', rng.int(0, 150));
    const due = addDays(detected, risk === 'High' ? 30 : risk === 'Moderate' ? 90 : 180);
    rows.push([
      `V-${2026}${String(i + 101).padStart(4, '0')}`,
      ctl,
      name,
      `Tenable Nessus plugin ${plugin} reported "${name}" on ${host.dns}. ${cve ? `Associated CVE: ${cve}.` : ''}`.trim(),
      'Tenable Nessus Manager (monthly authenticated scan)',
      plugin,
      host.id,
      'Platform Engineering - Jun Park',
      'Existing staff; no additional resources required',
      plan,
      detected,
      due,
      `${addDays(detected, 14)}: fix validated in staging; ${addDays(detected, 21)}: production rollout`,
      '',
      '2026-08-31',
      'No',
      '',
      '',
      risk,
      risk,
      'No',
      'No',
      'No',
      '',
      'Scan report MWC-ConMon-2026-08',
      i % 4 === 0 ? 'Remediation in progress; see CAB change CHG0041187.' : '',
      'No',
      cve && i % 3 === 0 ? 'Yes' : 'No',
      cve && i % 3 === 0 ? addDays(detected, 21) : '',
      cve,
      CSO_ABBR,
    ]);
  }
  return rows;
}

const POAM_HEADERS = [
  'POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier',
  'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date',
  'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency',
  'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating',
  'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents',
  'Comments', 'Auto-Approve', 'Binding Operational Directive 22-01 tracking', 'Binding Operational Directive 22-01 Due Date', 'CVE', 'Service Name',
];

/** The real FedRAMP POA&M template (fixture) filled in, as CSPs do. */
async function poamFromTemplate(): Promise<EvalDoc> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixturePath('office/FedRAMP-POAM-Template.xlsx'));
  applyWorkbookMeta(wb, { title: 'FedRAMP POA&M Template', creator: 'FedRAMP PMO', lastModifiedBy: 'Samantha Raman' });
  const hosts = estate(11, 24);
  for (const [sheetName, count, seed] of [['Open POA&M Items', 14, 5], ['Closed POA&M Items', 6, 6]] as const) {
    const ws = wb.getWorksheet(sheetName);
    if (!ws) throw new Error(`template sheet ${sheetName} missing`);
    ws.getCell('B3').value = CSP;
    ws.getCell('C3').value = CSO;
    ws.getCell('D3').value = 'Moderate';
    ws.getCell('E3').value = new Date(Date.UTC(2026, 7, 31));
    poamRows(seed, hosts, count).forEach((row, i) => {
      row.forEach((v, ci) => {
        if (v !== '' && v !== null && v !== undefined) ws.getRow(6 + i).getCell(ci + 2).value = v;
      });
    });
  }
  return {
    file: 'MWC_ConMon_2026-08.xlsx',
    expected: 'POAM',
    data: await workbookBuffer(wb),
    note: 'The FedRAMP POA&M template v2.1 (fixture) filled with August ConMon open and closed items; metadata still the template\'s.',
  };
}

/** An enterprise workbook: instructions sheet first, banner rows, header row pushed down, some headers renamed. */
async function poamEnterprise(): Promise<EvalDoc> {
  const hosts = estate(21, 30);
  const headers = POAM_HEADERS.map((h) => (h === 'POAM ID' ? 'POA&M ID' : h === 'Controls' ? 'Security Control(s)' : h));
  const open = poamRows(31, hosts, 22);
  const closed = poamRows(32, hosts, 9).map((r) => {
    const c = [...r];
    c[14] = '2026-07-31';
    c[25] = 'Closed - validated by rescan';
    return c;
  });
  const data = await buildXlsx(
    [
      {
        name: 'Instructions',
        rows: [
          ['Meridian Global Technologies - GRC Workbook Standard (GRC-STD-014)'],
          [],
          ['Purpose: This workbook tracks security weaknesses for the FedRAMP boundary and is submitted monthly to every leveraging agency.'],
          ['1. Do not rename sheets; the agency reviewers\' macros rely on them.'],
          ['2. New items are added at the bottom of the open items sheet; closed items are moved (not copied) to the closed sheet.'],
          ['3. Risk ratings: High / Moderate / Low only. Deviation requests (RA, FP, OR) must reference the approved DR number.'],
          ['4. Dates in YYYY-MM-DD. Scheduled completion = detection + 30/90/180 days by original risk rating.'],
          ['Owner: Samantha Raman (ISSO)   Classification: CUI'],
        ],
        boldRows: [1],
        widths: [120],
      },
      {
        name: 'Open POA&M Items',
        rows: [
          [`${CSO} - Plan of Action & Milestones`],
          ['CSP', 'System Name', 'Impact Level', 'POAM Date'],
          [CSP, CSO, 'Moderate', '2026-09-05'],
          [],
          ['Prepared for the September 2026 ConMon meeting. Items sourced from Nessus, Invicti and the 2026 SAR.'],
          [],
          headers,
          ...open,
        ],
        boldRows: [1, 2, 7],
        freezeRow: 7,
      },
      { name: 'Closed POA&M Items', rows: [['CSP', 'System Name', 'Impact Level', 'POAM Date'], [CSP, CSO, 'Moderate', '2026-09-05'], [], headers, ...closed], boldRows: [1, 4] },
      { name: 'Record of Changes', rows: [['Date', 'Description', 'Version', 'Author'], ['2026-08-05', 'July ConMon submission', '2026.07', 'S. Raman'], ['2026-09-05', 'August ConMon submission', '2026.08', 'S. Raman']], boldRows: [1] },
    ],
    { title: 'ConMon Package', creator: 'Samantha Raman', company: CSP },
  );
  return { file: 'Inventory export.xlsx', expected: 'POAM', data, note: 'Enterprise POA&M workbook (instructions sheet first, header on row 7, renamed columns) with a misleading inventory file name.' };
}

function poamOscalXml(): EvalDoc {
  let xml = fixtureText('oscal/AwesomeCloudPOAM.xml');
  xml = xml.replace(/AwesomeCloud/g, 'Halcyon Records Exchange').replace('<version>1.0</version>', '<version>2026.08</version>');
  xml = xml.replace('<last-modified>2023-01-12T12:51:55-05:00</last-modified>', '<last-modified>2026-08-30T09:14:00-04:00</last-modified>');
  return { file: 'hrx_poam_aug.xml', expected: 'POAM', data: xml, note: 'OSCAL XML plan-of-action-and-milestones derived from GSA\'s AwesomeCloud POA&M with the system renamed.' };
}

function poamCsv(): EvalDoc {
  const hosts = estate(41, 18);
  const rows = poamRows(42, hosts, 12).map((r) => r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : (c ?? '')) as string | number));
  const data = `Open POA&M Items,,,\r\nCSP,${csv([[CSP]]).trim()},System Name,${CSO},Impact Level,Moderate,POAM Date,2026-08-31\r\n` + csv([POAM_HEADERS, ...rows]);
  return { file: 'open_items.csv', expected: 'POAM', data, note: 'CSV "Save As" of the Open POA&M Items sheet: two banner lines then the 31 template headers starting "POAM ID".' };
}

// ---------------------------------------------------------------------------------------------------------------
// Scan results
// ---------------------------------------------------------------------------------------------------------------

function nessus(): EvalDoc {
  const hosts = estate(51, 8).filter((h) => h.type === 'Virtual Machine');
  const rng = new Rng(52);
  const items = (h: Host): string =>
    FINDINGS.filter(() => rng.next() < 0.5)
      .map(([plugin, name, risk, , cve, solution]) => {
        const sev = risk === 'High' ? 3 : risk === 'Moderate' ? 2 : 1;
        const port = name.includes('TLS') || name.includes('SSL') ? 443 : 0;
        return `<ReportItem port="${port}" svc_name="${port ? 'www' : 'general'}" protocol="tcp" severity="${sev}" pluginID="${plugin}" pluginName="${xmlEscape(name)}" pluginFamily="${port ? 'General' : 'Amazon Linux Local Security Checks'}">
<description>${xmlEscape(`The remote host is affected by ${name}. An unauthenticated or local attacker may exploit this issue.`)}</description>
<fname>plugin_${plugin}.nasl</fname>
<plugin_modification_date>2026/08/01</plugin_modification_date>
<plugin_name>${xmlEscape(name)}</plugin_name>
<plugin_publication_date>2024/06/10</plugin_publication_date>
<plugin_type>local</plugin_type>
<risk_factor>${risk === 'Moderate' ? 'Medium' : risk}</risk_factor>
<solution>${xmlEscape(solution)}</solution>
<synopsis>The remote host is missing a security update.</synopsis>${cve ? `\n<cve>${cve}</cve>` : ''}
<cvss3_base_score>${sev === 3 ? '8.1' : sev === 2 ? '5.9' : '3.7'}</cvss3_base_score>
<plugin_output>Host : ${h.dns} (${xmlEscape(h.os)})
Remote package installed : example-1.0
Should be : example-1.1</plugin_output>
</ReportItem>`;
      })
      .join('\n');
  const hostXml = hosts
    .map(
      (h) => `<ReportHost name="${h.ip}"><HostProperties>
<tag name="HOST_END">Tue Aug 18 03:41:09 2026</tag>
<tag name="operating-system">${xmlEscape(h.os)}</tag>
<tag name="host-ip">${h.ip}</tag>
<tag name="host-fqdn">${h.dns}</tag>
<tag name="Credentialed_Scan">true</tag>
<tag name="HOST_START">Tue Aug 18 03:12:44 2026</tag>
</HostProperties>
<ReportItem port="0" svc_name="general" protocol="tcp" severity="0" pluginID="19506" pluginName="Nessus Scan Information" pluginFamily="Settings">
<description>This plugin displays information about the Nessus scan.</description>
<plugin_output>Nessus version : 10.8.3
Plugin feed version : 202608170512
Scanner IP : 10.40.2.15
Credentialed checks : yes</plugin_output>
</ReportItem>
${items(h)}
</ReportHost>`,
    )
    .join('\n');
  const data = `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>MWC Monthly Authenticated OS Scan</policyName>
<Preferences><ServerPreferences><preference><name>TARGET</name><value>${hosts.map((h) => h.ip).join(',')}</value></preference></ServerPreferences></Preferences>
</Policy>
<Report name="MWC-ConMon-2026-08-OS" xmlns:cm="http://www.nessus.org/cm">
${hostXml}
</Report>
</NessusClientData_v2>
`;
  return { file: 'scan_0818.nessus', expected: 'SCAN_RESULTS', data, note: 'Nessus v2 export of the monthly authenticated OS scan (NessusClientData_v2, several hosts).' };
}

function qualysCsv(): EvalDoc {
  const hosts = estate(61, 12);
  const rng = new Rng(62);
  const header = ['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'CVSS3.1 Base', 'Threat', 'Impact', 'Solution', 'Results', 'PCI Vuln', 'Category'];
  const qids: [string, string, number, string, string][] = [
    ['38794', 'Secure Sockets Layer/Transport Layer Security (SSL/TLS) Server Deprecated Protocols', 3, 'General remote services', ''],
    ['379876', 'Amazon Linux Security Update for kernel (ALAS2023-2026-612)', 4, 'Amazon Linux', 'CVE-2026-21814'],
    ['19592', 'PostgreSQL Multiple Vulnerabilities (15.x before 15.6)', 4, 'Database', 'CVE-2024-0985'],
    ['86002', 'SSL Certificate - Signature Verification Failed Vulnerability', 2, 'General remote services', ''],
    ['11827', 'HTTP Security Header Not Detected', 2, 'CGI', ''],
  ];
  const rows: (string | number)[][] = [];
  for (const h of hosts) {
    for (const [qid, t, sev, cat, cve] of qids) {
      if (rng.next() < 0.45) continue;
      rows.push([h.ip, h.dns, '', h.os, 'host scanned, found vuln', qid, t, 'Vuln', sev, sev === 4 ? '' : 443, 'tcp', h.dns, sev === 4 ? 'no' : 'over ssl', cve, '', sev >= 4 ? '7.8' : '5.3', 'A vulnerability was detected on the host.', 'Successful exploitation may allow an attacker to compromise the host.', 'Apply the vendor update.', 'Detected version below fixed version.', 'yes', cat]);
    }
  }
  const preamble = [
    ['Scan Results'],
    ['Meridian Global Technologies', '4100 Corporate Parkway', 'Reston', 'Virginia', 'United States of America', '20190'],
    ['jpark_mg', 'Jun Park', 'Manager'],
    [],
    ['Launch Date', 'Active Hosts', 'Total Hosts', 'Type', 'Status', 'Reference', 'Scanner Appliance', 'Duration', 'Scan Title', 'Asset Groups', 'IPs', 'Excluded IPs', 'Option Profile'],
    ['08/19/2026 at 02:00:04 (GMT-0400)', hosts.length, hosts.length, 'Scheduled', 'Finished', 'scan/1786423204.71532', 'mg-govcloud-va1 (Scanner 13.2.41-1, Vulnerability Signatures 2.6.120-2)', '01:12:55', 'MWC Monthly Infra + DB Authenticated', 'MWC-PROD', hosts.map((h) => h.ip).join(', '), '', 'FedRAMP Authenticated Full'],
    [],
  ];
  return { file: 'Scan_Results_jpark_mg_20260819.csv', expected: 'SCAN_RESULTS', data: csv([...preamble, header, ...rows]), note: 'Qualys VM "Scan Results" CSV with its multi-line preamble before the QID/severity header.' };
}

function zapJson(): EvalDoc {
  const alerts = [
    ['10038', 'Content Security Policy (CSP) Header Not Set', '2', 'Medium (High)', '693', '15'],
    ['10035', 'Strict-Transport-Security Header Not Set', '1', 'Low (High)', '319', '15'],
    ['40012', 'Cross Site Scripting (Reflected)', '3', 'High (Medium)', '79', '8'],
    ['10098', 'Cross-Domain Misconfiguration', '2', 'Medium (Medium)', '264', '14'],
    ['90022', 'Application Error Disclosure', '1', 'Low (Medium)', '200', '13'],
  ].map(([id, name, risk, desc, cwe, wasc], i) => ({
    pluginid: id,
    alertRef: id,
    alert: name,
    name,
    riskcode: risk,
    confidence: '2',
    riskdesc: desc,
    desc: `<p>${name} was identified on the target application.</p>`,
    instances: Array.from({ length: 2 + (i % 3) }, (_, k) => ({
      uri: `https://app.mwc-gov.example/api/v2/${['reports', 'users', 'exports', 'payroll'][k % 4]}?page=${k + 1}`,
      method: k % 2 ? 'POST' : 'GET',
      param: id === '40012' ? 'title' : '',
      attack: id === '40012' ? '<scrIpt>alert(1);</scRipt>' : '',
      evidence: '',
      otherinfo: '',
    })),
    count: String(2 + (i % 3)),
    solution: '<p>Configure the web server and application to send the appropriate header.</p>',
    otherinfo: '',
    reference: '<p>https://owasp.org/www-project-secure-headers/</p>',
    cweid: cwe,
    wascid: wasc,
    sourceid: '3',
  }));
  const report = {
    '@programName': 'ZAP',
    '@version': '2.15.0',
    '@generated': 'Wed, 19 Aug 2026 06:44:21',
    site: [{ '@name': 'https://app.mwc-gov.example', '@host': 'app.mwc-gov.example', '@port': '443', '@ssl': 'true', alerts }],
  };
  return { file: 'zap-report.json', expected: 'SCAN_RESULTS', data: JSON.stringify(report, null, 2), note: 'OWASP ZAP JSON report of the monthly authenticated web application scan.' };
}

function nessusDbCsv(): EvalDoc {
  const hosts = estate(71, 12).filter((h) => h.type === 'Database' || h.type === 'Virtual Machine');
  const rng = new Rng(72);
  const header = ['Plugin ID', 'CVE', 'CVSS v3.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output'];
  const rows: (string | number)[][] = [];
  for (const h of hosts) {
    for (const [plugin, name, risk, , cve, sol] of FINDINGS) {
      if (rng.next() < 0.55) continue;
      rows.push([plugin, cve, risk === 'High' ? 8.1 : risk === 'Moderate' ? 5.9 : 3.7, risk === 'Moderate' ? 'Medium' : risk, h.ip, 'tcp', h.type === 'Database' ? 5432 : 0, name, 'The remote host is missing one or more security updates.', `According to its self-reported version, the remote host is affected by ${name}.`, sol, 'https://www.tenable.com/plugins/nessus/' + plugin, 'Installed version : 15.4\nFixed version : 15.6']);
    }
    rows.push(['21745', '', '', 'None', h.ip, 'tcp', 0, 'OS Security Patch Assessment Failed', 'Errors prevented OS Security Patch Assessment.', 'OS Security Patch Assessment is not available.', 'Fix the credentials.', '', 'Credentialed checks : yes']);
  }
  return { file: 'db_scan_export.csv', expected: 'SCAN_RESULTS', data: csv([header, ...rows], '\n'), note: 'Tenable Nessus CSV export (Plugin ID, CVE, Risk, Host...) of the monthly database and OS scan.' };
}

// ---------------------------------------------------------------------------------------------------------------
// Inventory
// ---------------------------------------------------------------------------------------------------------------

const INV_HEADERS = [
  'UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address',
  'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model',
  'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments',
  'Serial #/Asset Tag#', 'VLAN/\nNetwork ID', 'System Administrator/ Owner', 'Application Administrator/ Owner',
];

function invRows(hosts: Host[], seed: number): Cell[][] {
  const rng = new Rng(seed);
  return hosts.map((h) => [
    h.id, h.ip, 'Yes', h.type === 'Load Balancer' ? 'Yes' : 'No', h.dns, '', `0e:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}`,
    h.type === 'Load Balancer' ? 'No' : 'Yes', h.baseline, h.os, h.dns.includes('.e.') ? 'AWS GovCloud (US-East)' : 'AWS GovCloud (US-West)',
    h.type, 'AWS EC2 m6i.2xlarge', 'Yes', h.type === 'Database' ? 'PostgreSQL Global Development Group' : '', h.type === 'Database' ? 'PostgreSQL 15.7' : '',
    '2026-08 patch cycle', h.fn, '', `i-0${rng.hex(16)}`, h.vlan, 'Platform Engineering', h.type === 'Database' ? 'Data Engineering' : 'MWC Application Team',
  ]);
}

async function inventoryFromTemplate(): Promise<EvalDoc> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixturePath('office/SSP-A13-FedRAMP-Integrated-Inventory-Workbook-Template.xlsx'));
  applyWorkbookMeta(wb, { title: undefined, creator: 'Ma, Don', lastModifiedBy: 'Park, Jun' });
  const ws = wb.getWorksheet('Inventory');
  if (!ws) throw new Error('Inventory sheet missing');
  invRows(estate(81, 40), 82).forEach((row, i) => {
    row.forEach((v, ci) => {
      if (v !== '' && v !== null && v !== undefined) ws.getRow(6 + i).getCell(ci + 1).value = v;
    });
  });
  return {
    file: 'MWC_A13_Inventory_Aug2026.xlsx',
    expected: 'INVENTORY',
    data: await workbookBuffer(wb),
    note: 'FedRAMP Integrated Inventory Workbook template (fixture, INSTRUCTIONS sheet first) filled with 40 assets.',
  };
}

async function inventoryRev5(): Promise<EvalDoc> {
  const rows = invRows(estate(91, 26), 92).map((r) => [...r, `D-${String(r[0]).split('-').slice(1, 3).join('')}`]);
  const data = await buildXlsx(
    [
      {
        name: 'Instructions',
        rows: [
          ['SSP Appendix M - Integrated Inventory Workbook'],
          [],
          ['Complete one row per inventory item. Use the same unique asset identifier used in scans, the POA&M and the SSP boundary diagram.'],
          ['The Diagram Label column ties each row to the label used in the authorization boundary diagram.'],
        ],
        boldRows: [1],
      },
      {
        name: 'Inventory',
        rows: [[`${CSO} - Integrated Inventory - as of 2026-09-01`], [], [...INV_HEADERS, 'Diagram Label'], ...rows],
        boldRows: [1, 3],
        freezeRow: 3,
      },
      { name: 'Record of Changes', rows: [['Date', 'Description', 'Author'], ['2026-09-01', 'Monthly update: added US-East nodes after SCR-2026-03', 'J. Park']], boldRows: [1] },
    ],
    { title: 'Book1', creator: 'Jun Park', company: CSP },
  );
  return { file: 'appendix-m.xlsx', expected: 'INVENTORY', data, note: 'Rev 5 Appendix M style inventory workbook built by the CSP (instructions sheet first, banner rows, "Diagram Label" column); metadata title "Book1".' };
}

function inventoryCsv(): EvalDoc {
  const rows = invRows(estate(101, 20), 102).map((r) => r.map((c) => (c ?? '') as string | number));
  return { file: 'export (7).csv', expected: 'INVENTORY', data: csv([INV_HEADERS.map((h) => h.replace('\n', ' ')), ...rows]), note: 'CSV export of the Integrated Inventory Workbook sheet with the template column headers.' };
}

export async function conmonDocs(): Promise<EvalDoc[]> {
  return [
    await poamFromTemplate(),
    await poamEnterprise(),
    poamOscalXml(),
    poamCsv(),
    nessus(),
    qualysCsv(),
    zapJson(),
    nessusDbCsv(),
    await inventoryFromTemplate(),
    await inventoryRev5(),
    inventoryCsv(),
  ];
}
