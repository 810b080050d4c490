import { readFile } from 'node:fs/promises';
import { fixture } from '../../../support/fixtures.js';
import { Rng } from '../kit/rng.js';
import type { Eval35Doc } from '../kit/types.js';
import { HELIX, NORTHWIND, TARRAGON } from './world.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** OSCAL documents: FedRAMP's own templates and examples (test/fixtures/oscal), re-titled for the CSP clients. */
async function oscalDocs(): Promise<Eval35Doc[]> {
  const sspYaml = (await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.yaml'), 'utf8'))
    .replace('title: FedRAMP System Security Plan (SSP)', `title: ${TARRAGON.system} FedRAMP System Security Plan (SSP)`)
    .replace(/System's Full Name/g, TARRAGON.system)
    .replace(/System's Short Name or Acronym/g, TARRAGON.short);

  const sap = JSON.parse(await readFile(fixture('oscal/FedRAMP-SAP-OSCAL-Template.json'), 'utf8')) as { 'assessment-plan': { metadata: Record<string, unknown> } };
  sap['assessment-plan'].metadata.title = `${HELIX.system} FedRAMP Security Assessment Plan (SAP) – Annual 2026`;
  sap['assessment-plan'].metadata['last-modified'] = '2026-03-12T15:00:00Z';
  sap['assessment-plan'].metadata.published = '2026-03-12T15:00:00Z';

  const sarXml = (await readFile(fixture('oscal/AwesomeCloudSAR.xml'), 'utf8')).replace('<title>AwesomeCloud Security Assessment Report</title>', `<title>${NORTHWIND.system} Security Assessment Report – ConMon Q1 2026</title>`);

  const poam = JSON.parse(await readFile(fixture('oscal/FedRAMP-POAM-OSCAL-Template.json'), 'utf8')) as { 'plan-of-action-and-milestones': { metadata: Record<string, unknown> } };
  poam['plan-of-action-and-milestones'].metadata.title = `${TARRAGON.system} Plan of Action and Milestones (POA&M) – March 2026`;
  poam['plan-of-action-and-milestones'].metadata['last-modified'] = '2026-03-31T12:00:00Z';

  return [
    { file: 'ssp.yaml', expected: 'SSP', note: 'FedRAMP OSCAL SSP template (YAML, system-security-plan root) re-titled for Tarragon.', data: sspYaml },
    { file: 'HCF-SAP-2026.json', expected: 'SAP', note: 'FedRAMP OSCAL assessment-plan (JSON) re-titled for the Helix annual assessment.', data: `${JSON.stringify(sap, null, 2)}\n` },
    { file: 'results-q1.xml', expected: 'SAR', note: 'OSCAL assessment-results (XML, GSA AwesomeCloud example) re-titled for Northwind.', data: sarXml },
    { file: 'poam_oscal_export.json', expected: 'POAM', note: 'FedRAMP OSCAL plan-of-action-and-milestones (JSON) re-titled for Tarragon.', data: `${JSON.stringify(poam)}\n` },
  ];
}

const PLUGINS: [string, string, string, number, string, string][] = [
  ['201194', 'OpenSSH < 9.8 RCE (regreSSHion)', 'Misc.', 4, 'CVE-2024-6387', '8.1'],
  ['182873', 'curl 7.69.0 < 8.4.0 Heap Buffer Overflow', 'Misc.', 3, 'CVE-2023-38545', '9.8'],
  ['42873', 'SSL Medium Strength Cipher Suites Supported (SWEET32)', 'General', 2, 'CVE-2016-2183', '7.5'],
  ['57582', 'SSL Self-Signed Certificate', 'General', 2, '', '6.5'],
  ['10114', 'ICMP Timestamp Request Remote Date Disclosure', 'General', 1, 'CVE-1999-0524', '2.1'],
];

function nessus(rng: Rng): string {
  const hosts = Array.from({ length: 6 }, (_, i) => ({ name: `nlc-eks-node-${i + 1}`, ip: `10.40.2.${11 + i}` }));
  const items = (host: { name: string; ip: string }): string =>
    PLUGINS.filter(() => rng.next() > 0.3)
      .map(
        ([id, name, fam, sev, cve, cvss]) =>
          `<ReportItem port="${sev > 2 ? 22 : 443}" svc_name="${sev > 2 ? 'ssh' : 'www'}" protocol="tcp" severity="${sev}" pluginID="${id}" pluginName="${esc(name)}" pluginFamily="${fam}">\n<description>${esc(name)} detected on ${host.name}.</description>\n${cve ? `<cve>${cve}</cve>\n` : ''}<cvss3_base_score>${cvss}</cvss3_base_score>\n<risk_factor>${['None', 'Low', 'Medium', 'High', 'Critical'][sev]}</risk_factor>\n<solution>Upgrade to the latest vendor-supplied version.</solution>\n<plugin_output>Installed version : see package list</plugin_output>\n</ReportItem>`,
      )
      .join('\n');
  return `<?xml version="1.0" ?>\n<NessusClientData_v2>\n<Policy><policyName>NLC Monthly Authenticated Scan - FedRAMP</policyName>\n<Preferences><ServerPreferences><preference><name>TARGET</name><value>10.40.2.0/24</value></preference>\n<preference><name>scan_start_timestamp</name><value>1772323200</value></preference></ServerPreferences></Preferences>\n</Policy>\n<Report name="NLC Feb 2026 OS" xmlns:cm="http://www.nessus.org/cm">\n${hosts
    .map(
      (host) =>
        `<ReportHost name="${host.ip}"><HostProperties>\n<tag name="host-ip">${host.ip}</tag>\n<tag name="host-fqdn">${host.name}.nlc.internal</tag>\n<tag name="operating-system">Amazon Linux 2023</tag>\n<tag name="Credentialed_Scan">true</tag>\n<tag name="HOST_START">Sun Mar  1 02:10:00 2026</tag>\n<tag name="HOST_END">Sun Mar  1 02:41:12 2026</tag>\n</HostProperties>\n<ReportItem port="0" svc_name="general" protocol="tcp" severity="0" pluginID="19506" pluginName="Nessus Scan Information" pluginFamily="Settings">\n<description>This plugin displays information about the Nessus scan.</description>\n<plugin_output>Credentialed checks : yes</plugin_output>\n<risk_factor>None</risk_factor>\n</ReportItem>\n${items(host)}\n</ReportHost>`,
    )
    .join('\n')}\n</Report>\n</NessusClientData_v2>\n`;
}

function qualysWasCsv(): string {
  const rows = [
    ['"Web Application Scan Report"'],
    ['"Helix Civic Software, LLC","Scan: HCF-Intake-Feb-2026","Launched 02/27/2026 22:00 (GMT-0500)"'],
    [''],
    ['"ID","Detection ID","QID","Title","URL","Param/Cookie","Severity","Status","CWE","OWASP","First Detected","Last Detected","Times Detected","Web Application"'],
    ['"1","8812001","150001","Reflected Cross-Site Scripting (XSS) Vulnerabilities","https://gov.helixcaseflow.com/intake/search","q","5","NEW","CWE-79","A3","02/27/2026","02/27/2026","1","HCF Intake"'],
    ['"2","8812002","150085","Slow HTTP headers vulnerability","https://gov.helixcaseflow.com/","","3","ACTIVE","CWE-400","A5","11/30/2025","02/27/2026","4","HCF Portal"'],
    ['"3","8812003","150123","Cookie Without Secure Flag Detected","https://gov.helixcaseflow.com/login","hcf_pref","2","ACTIVE","CWE-614","A5","12/31/2025","02/27/2026","3","HCF Portal"'],
    ['"4","8812004","150263","Insecure Transport: HSTS max-age too short","https://gov.helixcaseflow.com/","","2","FIXED","CWE-523","A6","10/31/2025","01/30/2026","2","HCF Portal"'],
    ['"5","8812005","150004","Path-Based Vulnerability","https://gov.helixcaseflow.com/static/.git/","","4","NEW","CWE-538","A6","02/27/2026","02/27/2026","1","HCF Portal"'],
  ];
  return `${rows.map((r) => r.join(',')).join('\n')}\n`;
}

function greenboneXml(): string {
  const results = [
    ['OpenSSL: Denial of Service Vulnerability (CVE-2025-9230)', '172.20.4.11', '7.5', 'CVE-2025-9230', 'High'],
    ['PostgreSQL Multiple Vulnerabilities (Feb 2026)', '172.20.4.14', '8.8', 'CVE-2026-0112', 'High'],
    ['SSL/TLS: Report Weak Cipher Suites', '172.20.4.12', '5.0', '', 'Medium'],
    ['TCP Timestamps Information Disclosure', '172.20.4.13', '2.6', '', 'Low'],
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<report id="6b1f6c52-2a5e-4c1a-9f4e-a2d0f0e35035" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">\n<owner><name>ti-scanner</name></owner>\n<name>2026-03-01T03:00:00Z</name>\n<report id="6b1f6c52-2a5e-4c1a-9f4e-a2d0f0e35035">\n<scan_run_status>Done</scan_run_status>\n<task id="0c5d"><name>TI monthly DB and OS scan</name></task>\n<results start="1" max="100">\n${results
    .map(
      ([name, host, cvss, cve, threat], i) =>
        `<result id="r-${i + 1}">\n<name>${esc(name ?? '')}</name>\n<host>${host}<asset asset_id="a-${i + 1}"/></host>\n<port>${i === 1 ? '5432/tcp' : '443/tcp'}</port>\n<nvt oid="1.3.6.1.4.1.25623.1.0.${150000 + i}"><type>nvt</type><name>${esc(name ?? '')}</name><family>General</family><cvss_base>${cvss}</cvss_base><refs>${cve ? `<ref type="cve" id="${cve}"/>` : ''}</refs></nvt>\n<threat>${threat}</threat>\n<severity>${cvss}</severity>\n<qod><value>80</value><type>package</type></qod>\n<description>Installed version is affected; update to the fixed release.</description>\n</result>`,
    )
    .join('\n')}\n</results>\n<result_count>4<full>4</full></result_count>\n</report>\n</report>\n`;
}

export async function machineDocs(): Promise<Eval35Doc[]> {
  const rng = new Rng(35);
  return [
    ...(await oscalDocs()),
    { file: 'NLC_2026-02_OS.nessus', expected: 'SCAN_RESULTS', note: 'Northwind monthly authenticated OS scan in Nessus v2 XML.', data: nessus(rng) },
    { file: 'HCF_WAS_Feb2026.csv', expected: 'SCAN_RESULTS', note: 'Helix Qualys WAS web application scan export (CSV with report preamble).', data: qualysWasCsv() },
    { file: 'inventory-scan.xml', expected: 'SCAN_RESULTS', note: 'Tarragon Greenbone/OpenVAS XML report; name says inventory but content is scan results.', data: greenboneXml() },
  ];
}

