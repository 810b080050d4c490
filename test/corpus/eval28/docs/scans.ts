import { makeAssets, makeFindings } from '../kit/data.js';
import { makeRng } from '../kit/rng.js';
import { toCsv } from '../kit/sheet.js';
import type { EvalDoc } from '../kit/types.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const sev = (r: string): number => (r === 'High' ? 3 : r === 'Moderate' ? 2 : 1);

function nessus(): EvalDoc {
  const rng = makeRng(2821);
  const assets = makeAssets(rng, 6);
  const findings = makeFindings(rng, assets, 14);
  const hosts = assets.map((a) => {
    const items = findings.filter((f) => f.asset.startsWith(a.id));
    return `<ReportHost name="${a.ip}"><HostProperties>
<tag name="HOST_START">Tue Mar  4 02:10:11 2025</tag>
<tag name="host-ip">${a.ip}</tag>
<tag name="host-fqdn">${a.dns}</tag>
<tag name="operating-system">${esc(a.os)}</tag>
<tag name="Credentialed_Scan">true</tag>
<tag name="HOST_END">Tue Mar  4 02:41:53 2025</tag>
</HostProperties>
<ReportItem port="0" svc_name="general" protocol="tcp" severity="0" pluginID="19506" pluginName="Nessus Scan Information" pluginFamily="Settings">
<description>This plugin displays, for each tested host, information about the scan itself.</description>
<plugin_output>Nessus version : 10.7.2
Plugin feed version : 202503031512
Scan type : Normal
Scan policy used : LCMC Monthly Authenticated
Credentialed checks : yes</plugin_output>
</ReportItem>
${items.map((f) => `<ReportItem port="${f.name.includes('SSL') || f.name.includes('TLS') ? 443 : 0}" svc_name="general" protocol="tcp" severity="${sev(f.risk)}" pluginID="${f.plugin}" pluginName="${esc(f.name)}" pluginFamily="General">
<cvss3_base_score>${f.cvss}</cvss3_base_score>
${f.cve.startsWith('CVE') ? `<cve>${f.cve}</cve>` : ''}
<description>${esc(f.description)}</description>
<solution>${esc(f.solution)}</solution>
<risk_factor>${f.risk === 'Moderate' ? 'Medium' : f.risk}</risk_factor>
<synopsis>The remote host is affected by a vulnerability.</synopsis>
<plugin_output>Installed package version does not meet the fixed version.</plugin_output>
</ReportItem>`).join('\n')}
</ReportHost>`;
  });
  const xml = `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>LCMC Monthly Authenticated</policyName>
<Preferences><ServerPreferences><preference><name>TARGET</name><value>${assets.map((a) => a.ip).join(',')}</value></preference></ServerPreferences></Preferences>
</Policy>
<Report name="LCMC PROD OS - 2025-03" xmlns:cm="http://www.nessus.org/cm">
${hosts.join('\n')}
</Report>
</NessusClientData_v2>
`;
  return { file: 'scan-0311.nessus', expected: 'SCAN_RESULTS', note: 'Nessus v2 (.nessus) export of the monthly authenticated OS scan with six hosts.', data: xml };
}

function nessusCsv(): EvalDoc {
  const rng = makeRng(2822);
  const assets = makeAssets(rng, 9);
  const findings = makeFindings(rng, assets, 20);
  const rows: (string | number)[][] = [['Plugin ID', 'CVE', 'CVSS v2.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output']];
  for (const f of findings) {
    rows.push([f.plugin, f.cve === 'N/A' ? '' : f.cve, f.cvss, f.risk === 'Moderate' ? 'Medium' : f.risk, f.asset.split(' ')[0] ?? '', 'tcp', f.name.includes('TLS') ? 443 : 0, f.name, 'The remote host is missing a security update.', f.description, f.solution, 'https://nvd.nist.gov/', 'Remote package installed : see plugin output']);
  }
  return { file: 'upload (3).csv', expected: 'SCAN_RESULTS', note: 'Nessus "Export > CSV" of scan findings (Plugin ID, CVE, CVSS, Risk, Host ...).', data: toCsv(rows) };
}

function qualysCsv(): EvalDoc {
  const rng = makeRng(2823);
  const assets = makeAssets(rng, 14).filter((a) => a.type === 'Database' || a.id.includes('-app-'));
  const findings = makeFindings(rng, assets, 12);
  const pre = [
    ['Scan Results', '', ''], ['Larkspur Analytics, Inc.', '', ''], ['1400 Eye Street NW', 'Washington', 'DC'],
    ['Scan Title', 'LCMC DB + App Tier Monthly', ''], ['Launch Date', '03/05/2025 at 01:00:12 (GMT-0500)', ''], ['Active Hosts', String(assets.length), ''], [''],
  ];
  const header = ['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'CVSS Base', 'CVSS3.1 Base', 'Threat', 'Impact', 'Solution', 'Results', 'PCI Vuln'];
  const rows = findings.map((f) => {
    const a = assets.find((x) => f.asset.startsWith(x.id));
    return [a?.ip ?? '', a?.dns ?? '', '', a?.os ?? '', 'host scanned, found vuln', 38000 + (f.plugin % 9000), f.name, 'Vuln', sev(f.risk) + 2, f.name.includes('TLS') ? 5432 : '', 'tcp', a?.dns ?? '', f.name.includes('TLS') ? 'over ssl' : '', f.cve, '', (f.cvss * 0.9).toFixed(1), f.cvss, f.description, 'Successful exploitation could allow an attacker to compromise the host.', f.solution, 'Version detected on target is vulnerable.', 'yes'];
  });
  return { file: 'POAM_input_db.csv', expected: 'SCAN_RESULTS', note: 'Qualys VM scan CSV (report preamble then IP/QID/Severity/CVE columns) of the database and app tier; the file name misleadingly says POAM.', data: toCsv([...pre, header, ...rows]) };
}

function zapXml(): EvalDoc {
  const alerts = [
    ['10038', 'Content Security Policy (CSP) Header Not Set', 2, 'CWE-693', 'https://cases.lcmc.larkspur-gov.com/login'],
    ['10202', 'Absence of Anti-CSRF Tokens', 2, 'CWE-352', 'https://cases.lcmc.larkspur-gov.com/cases/new'],
    ['10035', 'Strict-Transport-Security Header Not Set', 1, 'CWE-319', 'https://api.lcmc.larkspur-gov.com/health'],
    ['40012', 'Cross Site Scripting (Reflected)', 3, 'CWE-79', 'https://cases.lcmc.larkspur-gov.com/search?q='],
    ['10021', 'X-Content-Type-Options Header Missing', 1, 'CWE-693', 'https://cases.lcmc.larkspur-gov.com/static/app.js'],
    ['90022', 'Application Error Disclosure', 1, 'CWE-200', 'https://api.lcmc.larkspur-gov.com/v2/cases/0'],
  ] as const;
  const items = alerts.map(([id, name, risk, cwe, uri]) => `      <alertitem>
        <pluginid>${id}</pluginid>
        <alertRef>${id}</alertRef>
        <alert>${esc(name)}</alert>
        <name>${esc(name)}</name>
        <riskcode>${risk}</riskcode>
        <confidence>2</confidence>
        <riskdesc>${['Informational', 'Low', 'Medium', 'High'][risk]} (Medium)</riskdesc>
        <desc>&lt;p&gt;${esc(name)} was observed on the target.&lt;/p&gt;</desc>
        <instances>
          <instance><uri>${esc(uri)}</uri><method>GET</method><param></param><attack></attack><evidence></evidence></instance>
        </instances>
        <count>1</count>
        <solution>&lt;p&gt;Configure the application or web server to address the issue.&lt;/p&gt;</solution>
        <cweid>${cwe.slice(4)}</cweid>
        <wascid>15</wascid>
        <sourceid>3</sourceid>
      </alertitem>`).join('\n');
  const xml = `<?xml version="1.0"?>
<OWASPZAPReport programName="ZAP" version="2.15.0" generated="Wed, 5 Mar 2025 03:14:09">
  <site name="https://cases.lcmc.larkspur-gov.com" host="cases.lcmc.larkspur-gov.com" port="443" ssl="true">
    <alerts>
${items}
    </alerts>
  </site>
</OWASPZAPReport>
`;
  return { file: 'Final_v7.xml', expected: 'SCAN_RESULTS', note: 'OWASP ZAP XML report of the authenticated web application scan (alert items with risk codes and URIs).', data: xml };
}

function trivyJson(): EvalDoc {
  const vulns = [
    ['CVE-2024-45490', 'expat', '2.5.0-r2', '2.6.3-r0', 'CRITICAL', 'libexpat: Negative Length Parsing Vulnerability in libexpat'],
    ['CVE-2024-6119', 'openssl', '3.1.4-r5', '3.1.7-r0', 'HIGH', 'openssl: Possible denial of service in X.509 name checks'],
    ['CVE-2024-37371', 'krb5', '1.21.2-r0', '1.21.3-r0', 'MEDIUM', 'krb5: GSS message token handling'],
    ['CVE-2023-42363', 'busybox', '1.36.1-r15', '1.36.1-r17', 'MEDIUM', 'busybox: use-after-free in awk'],
    ['CVE-2024-2511', 'openssl', '3.1.4-r5', '3.1.4-r6', 'LOW', 'openssl: Unbounded memory growth with session handling in TLSv1.3'],
  ];
  const doc = {
    SchemaVersion: 2,
    CreatedAt: '2025-03-06T04:12:55.118Z',
    ArtifactName: '412345678901.dkr.ecr.us-gov-west-1.amazonaws.com/lcmc/case-api:2025.03.1',
    ArtifactType: 'container_image',
    Metadata: { OS: { Family: 'alpine', Name: '3.19.1' }, ImageID: 'sha256:7c1f3b0e9a2d4f6e8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6c8d0e2f4a', RepoTags: ['lcmc/case-api:2025.03.1'] },
    Results: [
      {
        Target: '412345678901.dkr.ecr.us-gov-west-1.amazonaws.com/lcmc/case-api:2025.03.1 (alpine 3.19.1)',
        Class: 'os-pkgs',
        Type: 'alpine',
        Vulnerabilities: vulns.map(([id, pkg, inst, fixed, severity, titleText]) => ({
          VulnerabilityID: id, PkgName: pkg, InstalledVersion: inst, FixedVersion: fixed, Status: 'fixed', Severity: severity, Title: titleText,
          PrimaryURL: `https://avd.aquasec.com/nvd/${(id ?? '').toLowerCase()}`, SeveritySource: 'nvd',
        })),
      },
    ],
  };
  return { file: 'image-scan.json', expected: 'SCAN_RESULTS', note: 'Trivy JSON vulnerability scan of the production container image (Results/Vulnerabilities with CVEs and severities).', data: JSON.stringify(doc, null, 2) };
}

export function scanDocs(): EvalDoc[] {
  return [nessus(), nessusCsv(), qualysCsv(), zapXml(), trivyJson()];
}
