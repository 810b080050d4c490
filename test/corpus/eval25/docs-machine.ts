/**
 * Machine-readable deliverables: OSCAL exported by the GRC tool (altered copies of FedRAMP's and GSA's real
 * OSCAL documents in test/fixtures/oscal) and scanner exports (.nessus, CSV, JSON).
 */
import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import { fixture } from '../../support/fixtures.js';
import { csv, seeded } from './kit.js';
import { CSO, CSO_ABBR, CSP, TPAO } from './org.js';
import type { Eval25Doc } from './types.js';

const read = (rel: string): Promise<string> => readFile(fixture(rel), 'utf8');

/** Fills the FedRAMP template placeholders as a GRC tool export would. */
function fillPlaceholders(s: string): string {
  return s
    .replace(/\[System Name\]/g, CSO)
    .replace(/System's Full Name/g, CSO)
    .replace(/System's Short Name or Acronym/g, CSO_ABBR)
    .replace(/\[CSP Name\]/g, CSP)
    .replace(/\[CSO Name\]/g, CSO)
    .replace(/\[IA Name\]/g, TPAO);
}

type Json = Record<string, unknown>;
function meta(doc: Json, root: string): Json {
  const r = doc[root] as Json;
  return r.metadata as Json;
}

async function sspJson(): Promise<Eval25Doc> {
  const doc = JSON.parse(fillPlaceholders(await read('oscal/FedRAMP-SSP-OSCAL-Template.json'))) as Json;
  const m = meta(doc, 'system-security-plan');
  m.title = `${CSO} System Security Plan`;
  m['last-modified'] = '2025-02-28T17:04:11Z';
  m.version = '4.1';
  // Compact output, as many GRC platforms export.
  return {
    file: 'tsc_ssp_export.json',
    expected: 'SSP',
    note: 'An OSCAL JSON system-security-plan exported by the GRC tool (FedRAMP template filled with the system name): SSP.',
    data: JSON.stringify(doc),
  };
}

async function sspYaml(): Promise<Eval25Doc> {
  const doc = YAML.parse(fillPlaceholders(await read('oscal/FedRAMP-SSP-OSCAL-Template.yaml'))) as Json;
  const m = meta(doc, 'system-security-plan');
  m.title = `${CSO} (${CSO_ABBR}) SSP - draft for agency review`;
  m.version = '4.1-rc2';
  return {
    file: 'ssp.yaml',
    expected: 'SSP',
    note: 'The SSP in OSCAL YAML (system-security-plan root) from the GRC tool: SSP.',
    data: `# exported 2025-02-27 by GRC platform; do not edit by hand\n${YAML.stringify(doc, { lineWidth: 0 })}`,
  };
}

async function sspXml(): Promise<Eval25Doc> {
  const xml = (await read('oscal/AwesomeCloudSSP2.xml'))
    .replace(/AwesomeCloud SSP/g, `${CSO_ABBR} SSP - Reporting Module revision`)
    .replace(/AwesomeCloud/g, 'TallgrassSpendCloud');
  return {
    file: 'upload (7).xml',
    expected: 'SSP',
    note: 'An OSCAL XML system-security-plan (GSA AwesomeCloud sample, renamed): SSP.',
    data: xml,
  };
}

async function sapJson(): Promise<Eval25Doc> {
  const doc = JSON.parse(fillPlaceholders(await read('oscal/FedRAMP-SAP-OSCAL-Template.json'))) as Json;
  meta(doc, 'assessment-plan').title = `${CSO} Security Assessment Plan (Annual 2026)`;
  return {
    file: 'BAG_SAP_2026.json',
    expected: 'SAP',
    note: 'An OSCAL JSON assessment-plan (FedRAMP SAP template with names filled in): SAP.',
    data: JSON.stringify(doc, null, 1),
  };
}

async function sapXml(): Promise<Eval25Doc> {
  const xml = (await read('oscal/AwesomeCloudSAP.xml')).replace(/AwesomeCloud/g, CSO_ABBR);
  return {
    file: 'conmon-sap.xml',
    expected: 'SAP',
    note: 'An OSCAL XML assessment-plan for a ConMon assessment (GSA sample, renamed): SAP.',
    data: xml,
  };
}

async function sarJson(): Promise<Eval25Doc> {
  const doc = JSON.parse(fillPlaceholders(await read('oscal/FedRAMP-SAR-OSCAL-Template.json'))) as Json;
  meta(doc, 'assessment-results').title = `${CSO} Security Assessment Results 2025`;
  return {
    file: 'results.json',
    expected: 'SAR',
    note: 'An OSCAL JSON assessment-results document (FedRAMP SAR template, filled): SAR.',
    data: JSON.stringify(doc, null, 2),
  };
}

async function sarXml(): Promise<Eval25Doc> {
  const xml = (await read('oscal/AwesomeCloudSAR2.xml')).replace(/AwesomeCloud/g, CSO_ABBR);
  return {
    file: 'SAR-conmon-2025-06.xml',
    expected: 'SAR',
    note: 'An OSCAL XML assessment-results document for a ConMon assessment (GSA sample, renamed): SAR.',
    data: xml,
  };
}

async function poamJson(): Promise<Eval25Doc> {
  const doc = JSON.parse(fillPlaceholders(await read('oscal/FedRAMP-POAM-OSCAL-Template.json'))) as Json;
  meta(doc, 'plan-of-action-and-milestones').title = `${CSO} POA&M - June 2025`;
  return {
    file: 'poam-2025-06.json',
    expected: 'POAM',
    note: 'An OSCAL JSON plan-of-action-and-milestones from the GRC tool: POA&M.',
    data: JSON.stringify(doc),
  };
}

async function poamXml(): Promise<Eval25Doc> {
  const xml = (await read('oscal/AwesomeCloudPOAM2.xml')).replace(/AwesomeCloud/g, CSO_ABBR);
  return {
    file: 'SSP.xml',
    expected: 'POAM',
    note: 'An OSCAL XML plan-of-action-and-milestones (GSA sample, renamed) under a misleading file name: POA&M.',
    data: xml,
  };
}

// ---------------------------------------------------------------------------------------------- scans

const FINDINGS = [
  { id: '201891', name: 'OpenSSL 3.0.x < 3.0.14 Multiple Vulnerabilities', sev: 2, risk: 'Medium', cve: 'CVE-2024-5535', cvss: '5.9', port: '0', svc: 'general', family: 'General' },
  { id: '192945', name: 'Amazon Linux 2023 : curl (ALAS2023-2024-480)', sev: 3, risk: 'High', cve: 'CVE-2024-2398', cvss: '7.5', port: '0', svc: 'general', family: 'Amazon Linux Local Security Checks' },
  { id: '187315', name: 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', sev: 2, risk: 'Medium', cve: 'CVE-2023-48795', cvss: '5.9', port: '22', svc: 'ssh', family: 'Misc.' },
  { id: '157288', name: 'TLS Version 1.1 Deprecated Protocol', sev: 2, risk: 'Medium', cve: '', cvss: '6.5', port: '8443', svc: 'www', family: 'Service detection' },
  { id: '10287', name: 'Traceroute Information', sev: 0, risk: 'None', cve: '', cvss: '', port: '0', svc: 'general', family: 'General' },
];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function nessus(): Eval25Doc {
  const hosts = [
    ['10.42.1.15', 'ip-10-42-1-15.us-gov-west-1.compute.internal'],
    ['10.42.1.37', 'ip-10-42-1-37.us-gov-west-1.compute.internal'],
    ['10.42.2.11', 'ip-10-42-2-11.us-gov-west-1.compute.internal'],
  ];
  const rnd = seeded(31);
  const items = (ip: string): string =>
    FINDINGS.filter(() => rnd() > 0.25)
      .map(
        (f) => `<ReportItem port="${f.port}" svc_name="${f.svc}" protocol="tcp" severity="${f.sev}" pluginID="${f.id}" pluginName="${esc(f.name)}" pluginFamily="${f.family}">
<description>The remote host ${ip} is affected by ${esc(f.name)}.</description>
<fname>${f.id}.nasl</fname>
<plugin_modification_date>2025/02/20</plugin_modification_date>
<plugin_type>local</plugin_type>
<risk_factor>${f.risk}</risk_factor>
<solution>Apply the vendor update.</solution>
<synopsis>The remote host is missing a security update.</synopsis>${f.cve ? `\n<cve>${f.cve}</cve>` : ''}${f.cvss ? `\n<cvss3_base_score>${f.cvss}</cvss3_base_score>` : ''}
<plugin_output>Remote package installed : detected by authenticated check</plugin_output>
</ReportItem>`,
      )
      .join('\n');
  const body = `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>TSC Monthly Authenticated - Linux</policyName>
<Preferences><ServerPreferences>
<preference><name>TARGET</name><value>${hosts.map((h) => h[0]).join(',')}</value></preference>
<preference><name>scan_start_timestamp</name><value>1740787200</value></preference>
</ServerPreferences></Preferences>
</Policy>
<Report name="TSC-PROD-OS-2025-03" xmlns:cm="http://www.nessus.org/cm">
${hosts
  .map(
    ([ip, fqdn]) => `<ReportHost name="${ip}"><HostProperties>
<tag name="HOST_END">Sat Mar  1 02:14:55 2025</tag>
<tag name="operating-system">Amazon Linux 2023</tag>
<tag name="host-ip">${ip}</tag>
<tag name="host-fqdn">${fqdn}</tag>
<tag name="Credentialed_Scan">true</tag>
<tag name="HOST_START">Sat Mar  1 02:01:12 2025</tag>
</HostProperties>
${items(ip ?? '')}
</ReportHost>`,
  )
  .join('\n')}
</Report>
</NessusClientData_v2>
`;
  return {
    file: 'TSC-PROD-OS-2025-03_abc123.nessus',
    expected: 'SCAN_RESULTS',
    note: 'A Nessus v2 export of the monthly authenticated OS scan: scan results.',
    data: body,
  };
}

function nessusCsv(): Eval25Doc {
  const rows: string[][] = [['Plugin ID', 'CVE', 'CVSS v3.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output']];
  for (const ip of ['10.42.8.20', '10.42.8.21']) {
    for (const f of FINDINGS) rows.push([f.id, f.cve, f.cvss, f.risk, ip, 'tcp', f.port, f.name, 'The remote host is missing a security update.', `${f.name} affects the host.`, 'Upgrade to the fixed version.', '', ''])
  }
  return {
    file: 'db_scan_march.csv',
    expected: 'SCAN_RESULTS',
    note: 'A Nessus CSV export of the monthly database host scan: scan results.',
    data: csv(rows),
  };
}

function qualysWasCsv(): Eval25Doc {
  const head = [
    ['Web Application Vulnerability Scan Report'],
    ['Tallgrass Ledger Inc', 'Report generated 03/05/2025'],
    ['Web Application', 'https://app.gov.tallgrassledger.example', 'Scan: TSC WAS monthly authenticated'],
    [],
  ];
  const rows = [
    ['ID', 'QID', 'Title', 'Group', 'Severity', 'URL', 'Param', 'CWE', 'OWASP', 'Status', 'First Detected', 'Last Detected'],
    ['1', '150004', 'Path-Based Vulnerability', 'Path', '2', 'https://app.gov.tallgrassledger.example/static/.bak', '', 'CWE-538', 'A05', 'ACTIVE', '02/04/2025', '03/05/2025'],
    ['2', '150123', 'Cookie Without Secure Attribute', 'Info', '1', 'https://app.gov.tallgrassledger.example/', 'tsc_pref', 'CWE-614', 'A05', 'NEW', '03/05/2025', '03/05/2025'],
    ['3', '150081', 'Possible Clickjacking Vulnerability', 'Vuln', '3', 'https://supplier.gov.tallgrassledger.example/login', '', 'CWE-1021', 'A04', 'ACTIVE', '01/06/2025', '03/05/2025'],
    ['4', '150263', 'Insecure Transport', 'Vuln', '3', 'http://legacy-edi.gov.tallgrassledger.example/', '', 'CWE-319', 'A02', 'REOPENED', '12/02/2024', '03/05/2025'],
  ];
  return {
    file: 'WAS_Report_2025-03.csv',
    expected: 'SCAN_RESULTS',
    note: 'A Qualys WAS web application scan report exported to CSV: scan results.',
    data: csv([...head, ...rows] as string[][]),
  };
}

function zapJson(): Eval25Doc {
  const report = {
    '@programName': 'ZAP',
    '@version': '2.15.0',
    '@generated': 'Wed, 5 Mar 2025 04:12:33',
    site: [
      {
        '@name': 'https://supplier.gov.tallgrassledger.example',
        '@host': 'supplier.gov.tallgrassledger.example',
        '@port': '443',
        '@ssl': 'true',
        alerts: [
          { pluginid: '10038', alertRef: '10038-1', alert: 'Content Security Policy (CSP) Header Not Set', name: 'Content Security Policy (CSP) Header Not Set', riskcode: '2', confidence: '3', riskdesc: 'Medium (High)', desc: '<p>Content Security Policy (CSP) is an added layer of security that helps to detect and mitigate certain types of attacks.</p>', instances: [{ uri: 'https://supplier.gov.tallgrassledger.example/register', method: 'GET', param: '', attack: '', evidence: '' }], count: '1', solution: '<p>Ensure that your web server is configured to set the Content-Security-Policy header.</p>', cweid: '693', wascid: '15', sourceid: '3' },
          { pluginid: '10202', alertRef: '10202', alert: 'Absence of Anti-CSRF Tokens', name: 'Absence of Anti-CSRF Tokens', riskcode: '2', confidence: '2', riskdesc: 'Medium (Medium)', desc: '<p>No Anti-CSRF tokens were found in a HTML submission form.</p>', instances: [{ uri: 'https://supplier.gov.tallgrassledger.example/contact', method: 'GET', param: '', attack: '', evidence: '<form action="/contact" method="POST">' }], count: '1', solution: '<p>Use a vetted library or framework that prevents CSRF.</p>', cweid: '352', wascid: '9', sourceid: '1' },
          { pluginid: '10096', alertRef: '10096', alert: 'Timestamp Disclosure - Unix', name: 'Timestamp Disclosure - Unix', riskcode: '0', confidence: '1', riskdesc: 'Informational (Low)', desc: '<p>A timestamp was disclosed by the application/web server.</p>', instances: [{ uri: 'https://supplier.gov.tallgrassledger.example/static/app.js', method: 'GET', param: '', attack: '', evidence: '1740787200' }], count: '1', solution: '<p>Manually confirm that the timestamp data is not sensitive.</p>', cweid: '200', wascid: '13', sourceid: '3' },
        ],
      },
    ],
  };
  return {
    file: 'zap-report.json',
    expected: 'SCAN_RESULTS',
    note: 'An OWASP ZAP JSON report of the authenticated web application scan of the supplier portal: scan results.',
    data: JSON.stringify(report, null, 2),
  };
}

export async function machineDocs(): Promise<Eval25Doc[]> {
  return [
    await sspJson(),
    await sspYaml(),
    await sspXml(),
    await sapJson(),
    await sapXml(),
    await sarJson(),
    await sarXml(),
    await poamJson(),
    await poamXml(),
    nessus(),
    nessusCsv(),
    qualysWasCsv(),
    zapJson(),
  ];
}
