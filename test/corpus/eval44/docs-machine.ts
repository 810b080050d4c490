/**
 * Eval44: machine-readable deliverables: OSCAL documents derived from the project's own fixtures
 * (test/fixtures/oscal, altered for the telecom system) and scanner exports of the voice infrastructure.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { fixture } from '../../support/fixtures.js';
import { rng, toCsv, uuid } from './kit.js';
import { SYS, SYS_ABBR } from './persona.js';
import type { EvalDoc } from './types.js';

const readFixture = (rel: string): Promise<string> => readFile(fixture(rel), 'utf8');
const rebrand = (s: string): string => s.replaceAll('[System Name]', SYS).replaceAll('AwesomeCloud', 'TessalineGovVoice');

type Json = Record<string, unknown>;

async function sspJson(): Promise<EvalDoc> {
  const doc = JSON.parse(rebrand(await readFixture('oscal/FedRAMP-SSP-OSCAL-Template.json'))) as { 'system-security-plan': Json & { metadata: Json; 'system-characteristics'?: Json } };
  const ssp = doc['system-security-plan'];
  ssp.uuid = uuid(rng(501));
  ssp.metadata.title = `${SYS} System Security Plan`;
  ssp.metadata['last-modified'] = '2026-02-27T12:00:00Z';
  ssp.metadata.version = '1.4';
  if (ssp['system-characteristics']) {
    ssp['system-characteristics']['system-name'] = SYS;
    ssp['system-characteristics']['system-name-short'] = SYS_ABBR;
  }
  return { file: 'tgvcc-ssp.json', expected: 'SSP', note: 'OSCAL JSON system-security-plan (FedRAMP template filled with the telecom system name).', data: JSON.stringify(doc, null, 2) };
}

async function sspYaml(): Promise<EvalDoc> {
  const doc = parseYaml(await readFixture('oscal/FedRAMP-SSP-OSCAL-Template.yaml')) as { 'system-security-plan': Json & { metadata: Json } };
  const ssp = doc['system-security-plan'];
  ssp.uuid = uuid(rng(502));
  ssp.metadata.title = `${SYS_ABBR} SSP (OSCAL)`;
  ssp.metadata['last-modified'] = '2026-03-01T08:00:00Z';
  return { file: 'upload (6).yaml', expected: 'SSP', note: 'OSCAL YAML system-security-plan derived from the FedRAMP template, neutral name.', data: stringifyYaml(doc) };
}

async function sspXml(): Promise<EvalDoc> {
  const xml = rebrand(await readFixture('oscal/AwesomeCloudSSP2.xml')).replace(/<title>[^<]*SSP<\/title>/, `<title>${SYS.replace(/&/g, '&amp;')} System Security Plan</title>`);
  return { file: 'SAP_draft.xml', expected: 'SSP', note: 'OSCAL XML system-security-plan (rebranded example); the file name misleadingly says SAP.', data: xml };
}

async function sapJson(): Promise<EvalDoc> {
  const doc = JSON.parse(rebrand(await readFixture('oscal/FedRAMP-SAP-OSCAL-Template.json'))) as { 'assessment-plan': Json & { metadata: Json } };
  doc['assessment-plan'].uuid = uuid(rng(503));
  doc['assessment-plan'].metadata['last-modified'] = '2026-03-20T10:00:00Z';
  return { file: 'harrow-point-plan.json', expected: 'SAP', note: 'OSCAL JSON assessment-plan (FedRAMP SAP template with the system name filled in).', data: JSON.stringify(doc, null, 2) };
}

async function sarXml(): Promise<EvalDoc> {
  return { file: 'results.xml', expected: 'SAR', note: 'OSCAL XML assessment-results (rebranded example SAR).', data: rebrand(await readFixture('oscal/AwesomeCloudSAR.xml')) };
}

async function poamJson(): Promise<EvalDoc> {
  const doc = JSON.parse(rebrand(await readFixture('oscal/FedRAMP-POAM-OSCAL-Template.json'))) as { 'plan-of-action-and-milestones': Json & { metadata: Json } };
  doc['plan-of-action-and-milestones'].uuid = uuid(rng(504));
  doc['plan-of-action-and-milestones'].metadata['last-modified'] = '2026-04-30T17:00:00Z';
  return { file: 'poam-april.json', expected: 'POAM', note: 'OSCAL JSON plan-of-action-and-milestones derived from the FedRAMP template.', data: JSON.stringify(doc, null, 2) };
}

// ---------- scans ----------
interface Finding {
  plugin: number;
  name: string;
  sev: 0 | 1 | 2 | 3 | 4;
  port: number;
  proto: string;
  svc: string;
  cve?: string;
  fam: string;
}

const FINDINGS: Finding[] = [
  { plugin: 187315, name: 'OpenSSL 3.0.x < 3.0.13 Multiple Vulnerabilities', sev: 3, port: 0, proto: 'tcp', svc: 'general', cve: 'CVE-2024-0727', fam: 'General' },
  { plugin: 190211, name: 'Amazon Linux 2023 : kernel (ALAS2023-2026-512)', sev: 2, port: 0, proto: 'tcp', svc: 'general', cve: 'CVE-2025-21756', fam: 'Amazon Linux Local Security Checks' },
  { plugin: 156032, name: 'SIP Server Detection (TLS)', sev: 0, port: 5061, proto: 'tcp', svc: 'sip', fam: 'Service detection' },
  { plugin: 42873, name: 'SSL Medium Strength Cipher Suites Supported (SWEET32)', sev: 2, port: 5061, proto: 'tcp', svc: 'sip', cve: 'CVE-2016-2183', fam: 'General' },
  { plugin: 10881, name: 'SSH Protocol Versions Supported', sev: 0, port: 22, proto: 'tcp', svc: 'ssh', fam: 'General' },
  { plugin: 70658, name: 'SSH Server CBC Mode Ciphers Enabled', sev: 1, port: 22, proto: 'tcp', svc: 'ssh', fam: 'Misc.' },
  { plugin: 11219, name: 'Nessus SYN scanner', sev: 0, port: 5060, proto: 'udp', svc: 'sip', fam: 'Port scanners' },
];

const RISK = ['None', 'Low', 'Medium', 'High', 'Critical'];
const scanHosts = (): [string, string][] => [['10.40.1.13', 'tgv-sbc-w-01'], ['10.40.1.17', 'tgv-sbc-e-02'], ['10.40.3.13', 'tgv-ms-w-01'], ['10.40.3.16', 'tgv-ms-e-02'], ['10.40.4.13', 'tgv-rec-w-01']];
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function nessus(): EvalDoc {
  const r = rng(61);
  const hosts = scanHosts()
    .map(([ip, name]) => {
      const items = FINDINGS.filter(() => r() > 0.25)
        .map(
          (f) => `<ReportItem port="${f.port}" svc_name="${f.svc}" protocol="${f.proto}" severity="${f.sev}" pluginID="${f.plugin}" pluginName="${esc(f.name)}" pluginFamily="${esc(f.fam)}">
<risk_factor>${RISK[f.sev]}</risk_factor>
<synopsis>${esc(f.name)} was detected on the remote host.</synopsis>
<description>The remote host is affected by ${esc(f.name)}.</description>
<solution>Upgrade to the latest vendor release or apply the vendor configuration guidance.</solution>
${f.cve ? `<cve>${f.cve}</cve>\n` : ''}<plugin_output>Detected on ${name} (${ip}).</plugin_output>
</ReportItem>`,
        )
        .join('\n');
      return `<ReportHost name="${ip}"><HostProperties>
<tag name="HOST_START">Tue Mar 10 02:00:11 2026</tag>
<tag name="host-ip">${ip}</tag>
<tag name="hostname">${name}</tag>
<tag name="host-fqdn">${name}.gov.tessaline.internal</tag>
<tag name="operating-system">${name.includes('sbc') ? 'Linux Kernel 5.14 (SBC appliance)' : 'Amazon Linux 2023'}</tag>
<tag name="Credentialed_Scan">true</tag>
<tag name="HOST_END">Tue Mar 10 02:41:52 2026</tag>
</HostProperties>
${items}
</ReportHost>`;
    })
    .join('\n');
  const xml = `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>TGVCC Monthly Authenticated - Voice Infrastructure</policyName>
<Preferences><ServerPreferences><preference><name>TARGET</name><value>10.40.1.0/24,10.40.3.0/24,10.40.4.0/24</value></preference></ServerPreferences></Preferences></Policy>
<Report name="TGVCC March 2026 OS Scan" xmlns:cm="http://www.nessus.org/cm">
${hosts}
</Report>
</NessusClientData_v2>
`;
  return { file: 'Monthly_OS_March.nessus', expected: 'SCAN_RESULTS', note: 'Nessus v2 export of the monthly authenticated scan of SBCs, media servers and recorders.', data: xml };
}

function nessusCsv(): EvalDoc {
  const rows: (string | number)[][] = [['Plugin ID', 'CVE', 'CVSS v2.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output']];
  const r = rng(62);
  for (const [ip, name] of scanHosts())
    for (const f of FINDINGS) if (r() > 0.3) rows.push([f.plugin, f.cve ?? '', f.sev ? (f.sev * 2.4).toFixed(1) : '', RISK[f.sev] ?? 'None', ip, f.proto, f.port, f.name, `${f.name} detected.`, `The remote host ${name} is affected.`, 'Apply the vendor update.', '', `Port ${f.port}/${f.proto}`]);
  return { file: 'upload (4).csv', expected: 'SCAN_RESULTS', note: 'Nessus CSV export of vulnerability findings on the voice hosts.', data: toCsv(rows) };
}

function zapJson(): EvalDoc {
  const report = {
    '@programName': 'ZAP',
    '@version': '2.15.0',
    '@generated': 'Wed, 11 Mar 2026 03:12:44',
    site: [
      {
        '@name': 'https://admin.gov.tessaline.example',
        '@host': 'admin.gov.tessaline.example',
        '@port': '443',
        '@ssl': 'true',
        alerts: [
          { pluginid: '10038', alertRef: '10038-1', alert: 'Content Security Policy (CSP) Header Not Set', name: 'Content Security Policy (CSP) Header Not Set', riskcode: '2', confidence: '3', riskdesc: 'Medium (High)', desc: 'Content Security Policy is an added layer of security that helps to detect and mitigate certain types of attacks.', instances: [{ uri: 'https://admin.gov.tessaline.example/flows', method: 'GET' }], count: '4', solution: 'Ensure that your web server sets the Content-Security-Policy header.', cweid: '693', wascid: '15' },
          { pluginid: '90022', alertRef: '90022', alert: 'Application Error Disclosure', name: 'Application Error Disclosure', riskcode: '1', confidence: '2', riskdesc: 'Low (Medium)', desc: 'This page contains an error/warning message that may disclose sensitive information.', instances: [{ uri: 'https://admin.gov.tessaline.example/api/numbers?page=-1', method: 'GET' }], count: '1', solution: 'Review the source code of this page.', cweid: '200', wascid: '13' },
          { pluginid: '10035', alertRef: '10035', alert: 'Strict-Transport-Security Header Not Set', name: 'Strict-Transport-Security Header Not Set', riskcode: '1', confidence: '3', riskdesc: 'Low (High)', desc: 'HTTP Strict Transport Security (HSTS) is a web security policy mechanism.', instances: [{ uri: 'https://admin.gov.tessaline.example/static/app.js', method: 'GET' }], count: '2', solution: 'Ensure that your web server enforces HSTS.', cweid: '319', wascid: '15' },
        ],
      },
    ],
  };
  return { file: 'zap-portal-2026-03.json', expected: 'SCAN_RESULTS', note: 'OWASP ZAP JSON report of the monthly web application scan of the tenant administration portal.', data: JSON.stringify(report, null, 2) };
}

function openvasXml(): EvalDoc {
  const results = [
    ['PostgreSQL Multiple Vulnerabilities (Feb 2026)', '10.40.5.11', '5432/tcp', '7.5', 'High', 'CVE-2026-1102'],
    ['SSL/TLS: Report Weak Cipher Suites', '10.40.5.11', '5432/tcp', '5.0', 'Medium', 'CVE-2013-2566'],
    ['PostgreSQL Default Credentials (postgres)', '10.40.5.14', '5432/tcp', '0.0', 'Log', ''],
    ['SSH Weak Encryption Algorithms Supported', '10.40.5.14', '22/tcp', '4.3', 'Medium', ''],
  ]
    .map(
      ([n, h, port, sev, threat, cve], i) => `    <result id="${uuid(rng(70 + i))}">
      <name>${n}</name>
      <host>${h}<hostname>tgv-db-${i % 2 ? 'e' : 'w'}-0${1 + (i % 2)}</hostname></host>
      <port>${port}</port>
      <nvt oid="1.3.6.1.4.1.25623.1.0.${150000 + i * 17}"><type>nvt</type><name>${n}</name><family>Databases</family><cvss_base>${sev}</cvss_base>${cve ? `<refs><ref type="cve" id="${cve}"/></refs>` : ''}</nvt>
      <threat>${threat}</threat>
      <severity>${sev}</severity>
      <qod><value>80</value><type>remote_banner</type></qod>
      <description>Detected by the database scan of the ${SYS_ABBR} data tier.</description>
    </result>`,
    )
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<report id="${uuid(rng(69))}" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">
  <owner><name>tessaline-vm</name></owner>
  <name>2026-03-12T04:00:00Z</name>
  <report id="${uuid(rng(68))}">
  <gmp><version>22.4</version></gmp>
  <scan_run_status>Done</scan_run_status>
  <task id="${uuid(rng(67))}"><name>TGVCC DB tier monthly</name></task>
  <scan_start>2026-03-12T04:00:03Z</scan_start>
  <results start="1" max="4">
${results}
  </results>
  <result_count>4<full>4</full><filtered>4</filtered></result_count>
  <scan_end>2026-03-12T04:37:40Z</scan_end>
  </report>
</report>
`;
  return { file: 'inventory_db.xml', expected: 'SCAN_RESULTS', note: 'Greenbone/OpenVAS XML report of the database-tier scan; the file name misleadingly says inventory.', data: xml };
}

export async function machineDocs(): Promise<EvalDoc[]> {
  return [...(await Promise.all([sspJson(), sspYaml(), sspXml(), sapJson(), sarXml(), poamJson()])), nessus(), nessusCsv(), zapJson(), openvasXml()];
}
