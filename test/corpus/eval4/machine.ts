// Machine-readable deliverables: scanner exports (.nessus XML, Nessus/Qualys/OpenVAS CSV, ZAP JSON) and
// OSCAL documents in JSON, XML and YAML (FedRAMP's templates re-titled for other systems, and a
// hand-written SSP).
import { readFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import { fixture } from '../../support/fixtures.js';
import { csv, csvQuoted, int, pick, rng, uuid, xmlEscape } from './build.js';
import type { Eval4Doc } from './build.js';

interface Finding {
  plugin: number;
  name: string;
  severity: 0 | 1 | 2 | 3 | 4;
  cve: string;
  cvss: string;
  port: number;
  svc: string;
  family: string;
  synopsis: string;
  solution: string;
}

const FINDINGS: Finding[] = [
  { plugin: 201194, name: 'OpenSSH < 9.8 RCE (regreSSHion)', severity: 3, cve: 'CVE-2024-6387', cvss: '8.1', port: 22, svc: 'ssh', family: 'Misc.', synopsis: 'The SSH server running on the remote host is affected by a remote code execution vulnerability.', solution: 'Upgrade to OpenSSH version 9.8 or later.' },
  { plugin: 187315, name: 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', severity: 2, cve: 'CVE-2023-48795', cvss: '5.9', port: 22, svc: 'ssh', family: 'Misc.', synopsis: 'The remote SSH server is vulnerable to a mitm prefix truncation attack.', solution: 'Contact the vendor for an update with the strict key exchange countermeasures or disable the affected algorithms.' },
  { plugin: 42873, name: 'SSL Medium Strength Cipher Suites Supported (SWEET32)', severity: 2, cve: 'CVE-2016-2183', cvss: '7.5', port: 443, svc: 'www', family: 'General', synopsis: 'The remote service supports the use of medium strength SSL ciphers.', solution: 'Reconfigure the affected application if possible to avoid use of medium strength ciphers.' },
  { plugin: 104743, name: 'TLS Version 1.0 Protocol Detection', severity: 2, cve: '', cvss: '6.5', port: 443, svc: 'www', family: 'Service detection', synopsis: 'The remote service encrypts traffic using an older version of TLS.', solution: 'Enable support for TLS 1.2 and 1.3, and disable support for TLS 1.0.' },
  { plugin: 192937, name: 'RHEL 9 : kernel (RHSA-2024:1607)', severity: 3, cve: 'CVE-2024-1086', cvss: '7.8', port: 0, svc: 'general', family: 'Red Hat Local Security Checks', synopsis: 'The remote Red Hat host is missing one or more security updates for kernel.', solution: 'Update the RHEL kernel package based on the guidance in RHSA-2024:1607.' },
  { plugin: 205024, name: 'PostgreSQL 15.x < 15.8 Multiple Vulnerabilities', severity: 3, cve: 'CVE-2024-7348', cvss: '8.8', port: 5432, svc: 'postgresql', family: 'Databases', synopsis: 'The remote database server is affected by multiple vulnerabilities.', solution: 'Upgrade to PostgreSQL 15.8 or later.' },
  { plugin: 19506, name: 'Nessus Scan Information', severity: 0, cve: '', cvss: '', port: 0, svc: 'general', family: 'Settings', synopsis: 'This plugin displays information about the Nessus scan.', solution: 'n/a' },
  { plugin: 10287, name: 'Traceroute Information', severity: 0, cve: '', cvss: '', port: 0, svc: 'general', family: 'General', synopsis: 'It was possible to obtain traceroute information.', solution: 'n/a' },
  { plugin: 57582, name: 'SSL Self-Signed Certificate', severity: 2, cve: '', cvss: '6.5', port: 8443, svc: 'www', family: 'General', synopsis: 'The SSL certificate chain for this service ends in an unrecognized self-signed certificate.', solution: 'Purchase or generate a proper SSL certificate for this service.' },
  { plugin: 11219, name: 'Nessus SYN scanner', severity: 0, cve: '', cvss: '', port: 443, svc: 'www', family: 'Port scanners', synopsis: 'It is possible to determine which TCP ports are open.', solution: 'Protect your target with an IP filter.' },
];
const RISK = ['None', 'Low', 'Medium', 'High', 'Critical'];

function nessus(seed: number, reportName: string, policy: string, hosts: [string, string][]): string {
  const r = rng(seed);
  const items = (): string =>
    FINDINGS.filter(() => r() < 0.6)
      .map(
        (f) => `<ReportItem port="${f.port}" svc_name="${f.svc}" protocol="tcp" severity="${f.severity}" pluginID="${f.plugin}" pluginName="${xmlEscape(f.name)}" pluginFamily="${xmlEscape(f.family)}">
<description>${xmlEscape(f.synopsis)} The version reported by the remote service is affected.</description>
<fname>plugin_${f.plugin}.nasl</fname>
<plugin_modification_date>2025/08/14</plugin_modification_date>
<plugin_type>${f.port ? 'remote' : 'local'}</plugin_type>
<risk_factor>${RISK[f.severity]}</risk_factor>
<solution>${xmlEscape(f.solution)}</solution>
<synopsis>${xmlEscape(f.synopsis)}</synopsis>${f.cve ? `\n<cve>${f.cve}</cve>` : ''}${f.cvss ? `\n<cvss3_base_score>${f.cvss}</cvss3_base_score>` : ''}
<plugin_output>Remote version : ${int(r, 1, 9)}.${int(r, 0, 9)}</plugin_output>
</ReportItem>`,
      )
      .join('\n');
  const hostXml = hosts
    .map(
      ([name, ip]) => `<ReportHost name="${ip}"><HostProperties>
<tag name="HOST_START">Sun Sep 28 02:00:${String(int(r, 10, 59))} 2025</tag>
<tag name="host-ip">${ip}</tag>
<tag name="hostname">${name}</tag>
<tag name="host-fqdn">${name}.prod.internal</tag>
<tag name="operating-system">${pick(r, ['Linux Kernel 5.14 on Red Hat Enterprise Linux 9.4', 'Linux Kernel 6.8 on Ubuntu 22.04', 'Microsoft Windows Server 2022 Datacenter'])}</tag>
<tag name="Credentialed_Scan">true</tag>
<tag name="HOST_END">Sun Sep 28 02:${String(int(r, 20, 59))}:00 2025</tag>
</HostProperties>
${items()}
</ReportHost>`,
    )
    .join('\n');
  return `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>${xmlEscape(policy)}</policyName>
<Preferences><ServerPreferences><preference><name>TARGET</name><value>${hosts.map((h) => h[1]).join(',')}</value></preference></ServerPreferences></Preferences>
</Policy>
<Report name="${xmlEscape(reportName)}" xmlns:cm="http://www.nessus.org/cm">
${hostXml}
</Report>
</NessusClientData_v2>
`;
}

function nessusCsv(seed: number): string {
  const r = rng(seed);
  const rows: (string | number)[][] = [['Plugin ID', 'CVE', 'CVSS v2.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output']];
  for (let h = 0; h < 7; h++) {
    const ip = `10.30.1.${int(r, 10, 200)}`;
    for (const f of FINDINGS.filter(() => r() < 0.5)) rows.push([f.plugin, f.cve, f.cvss, RISK[f.severity] ?? 'None', ip, 'tcp', f.port, f.name, f.synopsis, `${f.synopsis}\nSee vendor advisory.`, f.solution, '', `Port ${f.port}/tcp was found to be open`]);
  }
  return csvQuoted(rows);
}

function qualysCsv(seed: number): string {
  const r = rng(seed);
  const lines: (string | number)[][] = [
    ['Scan Results', 'Sep 30 2025 07:14AM (GMT-0400)'],
    ['BlueHarbor Software LLC', '500 Harbor Way', 'Norfolk', 'Virginia', 'United States of America', '23510'],
    ['rstone', 'Rebecca Stone', 'Manager'],
    [],
    ['Launch Date', 'Active Hosts', 'Total Hosts', 'Type', 'Status', 'Reference', 'Scanner Appliance', 'Duration', 'Scan Title', 'Asset Groups', 'IPs', 'Excluded IPs', 'Option Profile'],
    ['09/30/2025 at 02:00:11 (GMT-0400)', 9, 9, 'Scheduled', 'Finished', 'scan/1759212011.48213', 'bhcm_scanner_gov01', '01:12:47', 'BHCM Monthly Authenticated', 'BHCM Production', '10.20.4.0/24', '', 'FedRAMP Authenticated Scan'],
    [],
    ['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'Bugtraq ID', 'CVSS Base', 'CVSS Temporal', 'CVSS3.1 Base', 'Threat', 'Impact', 'Solution', 'Results', 'PCI Vuln', 'Category'],
  ];
  const q: [number, string, number, string, string][] = [
    [38909, 'SHA1 deprecated setting for SSH (KexAlgorithms)', 2, '', 'General remote services'],
    [376190, 'Red Hat Update for openssh (RHSA-2024:4312)', 4, 'CVE-2024-6387', 'RedHat'],
    [38794, 'Secure Sockets Layer/Transport Layer Security (SSL/TLS) Server Supports TLSv1.1', 3, '', 'General remote services'],
    [105632, 'EOL/Obsolete Software: PostgreSQL 11 Detected', 4, '', 'Security Policy'],
    [11827, 'HTTP Security Header Not Detected', 2, '', 'CGI'],
  ];
  for (let h = 0; h < 9; h++) {
    const ip = `10.20.4.${10 + h}`;
    for (const [qid, title, sev, cve, cat] of q.filter(() => r() < 0.55)) {
      lines.push([ip, `bhcm-node-${h}.prod.internal`, '', 'Red Hat Enterprise Linux 9.4', 'host scanned, found vuln', qid, title, 'Vuln', sev, qid === 11827 ? 443 : qid === 105632 ? 5432 : 22, 'tcp', '', '', cve, '', '', '5.0', '4.1', sev >= 4 ? '8.1' : '5.3', `${title} was detected.`, 'Successful exploitation may compromise the host.', 'Apply the vendor update.', '', 'yes', cat]);
    }
  }
  return csvQuoted(lines);
}

function openvasCsv(seed: number): string {
  const r = rng(seed);
  const rows: (string | number)[][] = [['IP', 'Hostname', 'Port', 'Port Protocol', 'CVSS', 'Severity', 'QoD', 'Solution Type', 'NVT Name', 'Summary', 'Specific Result', 'NVT OID', 'CVEs', 'Task ID', 'Task Name', 'Timestamp', 'Result ID', 'Impact', 'Solution', 'Affected Software/OS', 'Vulnerability Insight', 'Vulnerability Detection Method', 'Product Detection Result', 'BIDs', 'CERTs', 'Other References']];
  const nvts: [string, string, number, string, string][] = [
    ['SSL/TLS: Deprecated TLSv1.0 and TLSv1.1 Protocol Detection', '1.3.6.1.4.1.25623.1.0.117274', 4.3, 'Medium', ''],
    ['OpenSSH < 9.8 RCE Vulnerability (regreSSHion)', '1.3.6.1.4.1.25623.1.0.114673', 8.1, 'High', 'CVE-2024-6387'],
    ['TCP Timestamps Information Disclosure', '1.3.6.1.4.1.25623.1.0.80091', 2.6, 'Low', ''],
    ['Apache HTTP Server < 2.4.62 Multiple Vulnerabilities', '1.3.6.1.4.1.25623.1.0.152613', 9.1, 'High', 'CVE-2024-40898'],
  ];
  const task = uuid(r);
  for (let h = 0; h < 6; h++) {
    for (const [name, oid, cvss, sev, cve] of nvts.filter(() => r() < 0.6)) {
      rows.push([`172.16.8.${20 + h}`, `kfmp-node-${h}`, name.startsWith('TCP') ? '' : name.includes('SSH') ? 22 : 443, 'tcp', cvss, sev, 80, 'VendorFix', name, `${name} detected.`, 'Installed version: see product detection', oid, cve, task, 'KFMP monthly full and fast', '2025-09-28T03:14:07Z', uuid(r), '', 'Update to the latest version.', '', '', 'Checks if a vulnerable version is present on the target host.', '', '', '', '']);
    }
  }
  return csv(rows);
}

function zapJson(): string {
  const alert = (id: string, name: string, risk: number, desc: string, uris: string[], cwe: string) => ({
    pluginid: id, alertRef: id, alert: name, name, riskcode: String(risk), confidence: '2', riskdesc: `${['Informational', 'Low', 'Medium', 'High'][risk]} (Medium)`,
    desc: `<p>${desc}</p>`, instances: uris.map((u) => ({ uri: u, method: 'GET', param: '', attack: '', evidence: '', otherinfo: '' })), count: String(uris.length),
    solution: '<p>Ensure that your web server, application server, load balancer, etc. is configured appropriately.</p>', otherinfo: '', reference: '<p>https://owasp.org</p>', cweid: cwe, wascid: '15', sourceid: '3',
  });
  return JSON.stringify(
    {
      '@programName': 'ZAP', '@version': '2.16.0', '@generated': 'Mon, 29 Sep 2025 10:12:03',
      site: [
        {
          '@name': 'https://cases.blueharbor.example', '@host': 'cases.blueharbor.example', '@port': '443', '@ssl': 'true',
          alerts: [
            alert('10038', 'Content Security Policy (CSP) Header Not Set', 2, 'Content Security Policy (CSP) is an added layer of security that helps to detect and mitigate certain types of attacks.', ['https://cases.blueharbor.example/', 'https://cases.blueharbor.example/login'], '693'),
            alert('10035', 'Strict-Transport-Security Header Not Set', 1, 'HTTP Strict Transport Security (HSTS) is a web security policy mechanism.', ['https://cases.blueharbor.example/static/app.js'], '319'),
            alert('10096', 'Timestamp Disclosure - Unix', 0, 'A timestamp was disclosed by the application/web server.', ['https://cases.blueharbor.example/api/version'], '200'),
          ],
        },
      ],
    },
    null,
    2,
  );
}

function handSspXml(): string {
  const controls = ['ac-2', 'ac-3', 'au-2', 'cm-6', 'ia-2', 'ra-5', 'sc-7', 'sc-13', 'si-2', 'si-4'];
  const r = rng(99);
  return `<?xml version="1.0" encoding="UTF-8"?>
<system-security-plan xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="${uuid(r)}">
  <metadata>
    <title>Orbital Records SaaS</title>
    <last-modified>2025-09-02T16:00:00Z</last-modified>
    <version>0.7</version>
    <oscal-version>1.1.3</oscal-version>
    <role id="system-owner"><title>System Owner</title></role>
    <party uuid="${uuid(r)}" type="organization"><name>Orbital Records, Inc.</name></party>
  </metadata>
  <import-profile href="https://raw.githubusercontent.com/GSA/fedramp-automation/master/dist/content/rev5/baselines/xml/FedRAMP_rev5_LI-SaaS-baseline_profile.xml"/>
  <system-characteristics>
    <system-id identifier-type="http://fedramp.gov/ns/oscal">F2509990001</system-id>
    <system-name>Orbital Records SaaS</system-name>
    <system-name-short>ORS</system-name-short>
    <description><p>Records retention and e-discovery SaaS for agency legal offices.</p></description>
    <prop ns="http://fedramp.gov/ns/oscal" name="cloud-service-model" value="saas"/>
    <security-sensitivity-level>fips-199-low</security-sensitivity-level>
    <system-information>
      <information-type uuid="${uuid(r)}">
        <title>Records Retention</title>
        <description><p>Agency records under retention schedules.</p></description>
        <categorization system="https://doi.org/10.6028/NIST.SP.800-60v2r1"><information-type-id>C.3.5.3</information-type-id></categorization>
        <confidentiality-impact><base>fips-199-low</base></confidentiality-impact>
        <integrity-impact><base>fips-199-low</base></integrity-impact>
        <availability-impact><base>fips-199-low</base></availability-impact>
      </information-type>
    </system-information>
    <security-impact-level>
      <security-objective-confidentiality>fips-199-low</security-objective-confidentiality>
      <security-objective-integrity>fips-199-low</security-objective-integrity>
      <security-objective-availability>fips-199-low</security-objective-availability>
    </security-impact-level>
    <status state="under-development"/>
    <authorization-boundary><description><p>All ORS services hosted in AWS GovCloud (US-West).</p></description></authorization-boundary>
  </system-characteristics>
  <system-implementation>
    <user uuid="${uuid(r)}"><title>Agency Records Officer</title><role-id>system-owner</role-id></user>
    <component uuid="${uuid(r)}" type="this-system"><title>This System</title><description><p>Orbital Records SaaS</p></description><status state="operational"/></component>
  </system-implementation>
  <control-implementation>
    <description><p>Implementation of the FedRAMP LI-SaaS baseline.</p></description>
${controls.map((c) => `    <implemented-requirement uuid="${uuid(r)}" control-id="${c}">
      <statement statement-id="${c}_smt" uuid="${uuid(r)}"><remarks><p>Implemented by Orbital Records for ${c.toUpperCase()}.</p></remarks></statement>
    </implemented-requirement>`).join('\n')}
  </control-implementation>
</system-security-plan>
`;
}

async function template(name: string): Promise<string> {
  return readFile(fixture(`oscal/${name}`), 'utf8');
}

export async function machineDocs(): Promise<Eval4Doc[]> {
  const sspJson = JSON.parse(await template('FedRAMP-SSP-OSCAL-Template.json')) as { 'system-security-plan': { uuid: string; metadata: { title: string; version: string } } };
  sspJson['system-security-plan'].uuid = '3f1c8e52-7a0d-4b6e-9c1f-2d8a5e4b7c90';
  sspJson['system-security-plan'].metadata.title = 'Tessellate HR Cloud System Security Plan';
  sspJson['system-security-plan'].metadata.version = '2025.09';
  const sspYaml = JSON.parse(await template('FedRAMP-SSP-OSCAL-Template.json')) as { 'system-security-plan': { metadata: { title: string } } };
  sspYaml['system-security-plan'].metadata.title = 'BlueHarbor Case Manager (BHCM)';
  const sar = JSON.parse((await template('FedRAMP-SAR-OSCAL-Template.json')).replaceAll('[System Name]', 'Acme Ledger Cloud')) as { 'assessment-results': { metadata: { title: string } } };
  sar['assessment-results'].metadata.title = 'Acme Ledger Cloud 2025 Annual Assessment Results';
  const poam = JSON.parse((await template('FedRAMP-POAM-OSCAL-Template.json')).replaceAll('[System Name]', 'Northwind GovAnalytics')) as { 'plan-of-action-and-milestones': { metadata: { title: string } } };
  poam['plan-of-action-and-milestones'].metadata.title = 'NGA September 2025 POA&M';
  const sapXml = (await template('FedRAMP-SAP-OSCAL-Template.xml')).replace(/<title>\[System Name\] FedRAMP Security Assessment Plan \(SAP\)<\/title>/, '<title>Kestrel FieldOps Mobile Platform – Initial Assessment Plan</title>').replaceAll('[System Name]', 'Kestrel FieldOps Mobile Platform');
  return [
    { file: 'oct-infra-authenticated.nessus', expected: 'SCAN_RESULTS', note: 'Nessus v2 XML, authenticated infrastructure scan', data: nessus(1, 'THRC Monthly Infra - Sep 2025', 'FedRAMP Authenticated OS Scan', [['thrc-app-01', '10.40.1.11'], ['thrc-app-02', '10.40.1.12'], ['thrc-db-01', '10.40.3.21'], ['thrc-sftp-01', '10.40.2.11']]) },
    { file: 'export.xml', expected: 'SCAN_RESULTS', note: 'Nessus v2 XML database scan saved under a generic .xml name', data: nessus(2, 'ALC DB compliance + vuln', 'Database Audit - PostgreSQL', [['alc-pg-1', '10.30.4.10'], ['alc-pg-2', '10.30.4.11']]) },
    { file: 'scan_export_final(2).csv', expected: 'SCAN_RESULTS', note: 'Nessus CSV export with a generic file name', data: nessusCsv(3) },
    { file: 'Scan_Report_BHCM_20250930.csv', expected: 'SCAN_RESULTS', note: 'Qualys scan CSV: preamble lines before the header row', data: qualysCsv(4) },
    { file: 'gvm_report_2025-09-28.csv', expected: 'SCAN_RESULTS', note: 'OpenVAS/Greenbone CSV results export', data: openvasCsv(5) },
    { file: 'zap-report-cases.json', expected: 'SCAN_RESULTS', note: 'OWASP ZAP traditional JSON report (monthly web application scan)', data: zapJson() },
    { file: 'thrc-ssp.oscal.json', expected: 'SSP', note: 'OSCAL SSP JSON (FedRAMP template re-titled), minified', data: JSON.stringify(sspJson) },
    { file: 'bhcm_ssp.yml', expected: 'SSP', note: 'OSCAL SSP in YAML (.yml extension)', data: stringify(sspYaml) },
    { file: 'ors-ssp-draft.xml', expected: 'SSP', note: 'hand-written small OSCAL 1.1.3 SSP in XML, LI-SaaS, title without "SSP"', data: handSspXml() },
    { file: 'kfmp-assessment-plan.xml', expected: 'SAP', note: 'OSCAL assessment-plan XML (template re-titled "Initial Assessment Plan")', data: sapXml },
    { file: 'results.json', expected: 'SAR', note: 'OSCAL assessment-results JSON with a generic file name', data: JSON.stringify(sar, null, 1) },
    { file: 'nga-poam-2025-09.yaml', expected: 'POAM', note: 'OSCAL POA&M converted to YAML', data: stringify(poam) },
  ];
}
