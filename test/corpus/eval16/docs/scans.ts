/** Vulnerability scan exports from several vendors. */
import type { CorpusDoc } from '../kit/corpus.js';
import { int, pick, seeded, uuid } from '../kit/rand.js';
import { toCsv, type Cell } from '../kit/xlsx.js';
import { hosts, type Host } from './conmon.js';

function x(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface Plugin {
  readonly id: number;
  readonly name: string;
  readonly sev: 0 | 1 | 2 | 3 | 4;
  readonly family: string;
  readonly cve: string[];
  readonly port: number;
  readonly svc: string;
  readonly cvss3: string;
  readonly solution: string;
}

const PLUGINS: Plugin[] = [
  { id: 19506, name: 'Nessus Scan Information', sev: 0, family: 'Settings', cve: [], port: 0, svc: 'general', cvss3: '', solution: 'n/a' },
  { id: 201193, name: 'Amazon Linux 2023 : openssl (ALAS2023-2024-672)', sev: 3, family: 'Amazon Linux Local Security Checks', cve: ['CVE-2024-5535'], port: 0, svc: 'general', cvss3: '9.1', solution: "Run 'dnf update openssl --releasever 2023.5.20240708' to update your system." },
  { id: 190470, name: 'Amazon Linux 2023 : kernel (ALAS2023-2024-549)', sev: 3, family: 'Amazon Linux Local Security Checks', cve: ['CVE-2024-1086'], port: 0, svc: 'general', cvss3: '7.8', solution: "Run 'dnf update kernel' to update your system." },
  { id: 182873, name: 'Amazon Linux 2023 : curl, libcurl (ALAS2023-2023-376)', sev: 4, family: 'Amazon Linux Local Security Checks', cve: ['CVE-2023-38545', 'CVE-2023-38546'], port: 0, svc: 'general', cvss3: '9.8', solution: "Run 'dnf update curl' to update your system." },
  { id: 104743, name: 'TLS Version 1.0 Protocol Detection', sev: 2, family: 'Service detection', cve: [], port: 443, svc: 'www', cvss3: '6.5', solution: 'Enable support for TLS 1.2 and 1.3, and disable support for TLS 1.0.' },
  { id: 57582, name: 'SSL Self-Signed Certificate', sev: 2, family: 'General', cve: [], port: 8443, svc: 'www', cvss3: '6.5', solution: 'Purchase or generate a proper SSL certificate for this service.' },
  { id: 10881, name: 'SSH Protocol Versions Supported', sev: 0, family: 'General', cve: [], port: 22, svc: 'ssh', cvss3: '', solution: 'n/a' },
  { id: 214521, name: 'PostgreSQL 15.x < 15.11 Multiple Vulnerabilities', sev: 3, family: 'Databases', cve: ['CVE-2025-1094'], port: 5432, svc: 'postgresql', cvss3: '8.1', solution: 'Upgrade to PostgreSQL 15.11 or later.' },
  { id: 153953, name: 'SSH Weak Key Exchange Algorithms Enabled', sev: 1, family: 'Misc.', cve: [], port: 22, svc: 'ssh', cvss3: '3.7', solution: 'Contact the vendor or consult product documentation to disable the weak algorithms.' },
];
const RISK = ['None', 'Low', 'Medium', 'High', 'Critical'];

function findings(seed: number, hs: Host[]): [Host, Plugin][] {
  const r = seeded(seed);
  const out: [Host, Plugin][] = [];
  for (const h of hs) {
    const db = h.fn.startsWith('RDS');
    for (const pl of PLUGINS) {
      if (pl.id === 19506 || pl.id === 10881) out.push([h, pl]);
      else if ((pl.family === 'Databases') === db && r() < 0.45) out.push([h, pl]);
    }
  }
  return out;
}

function nessus(): string {
  const hs = hosts(801, 7);
  const fs = findings(802, hs);
  const start = 'Fri Mar  7 02:00:11 2025';
  const hostXml = hs.map((h) => {
    const items = fs.filter(([fh]) => fh === h).map(([, pl]) => {
      const cves = pl.cve.map((c) => `<cve>${c}</cve>`).join('');
      return `<ReportItem port="${pl.port}" svc_name="${pl.svc}" protocol="tcp" severity="${pl.sev}" pluginID="${pl.id}" pluginName="${x(pl.name)}" pluginFamily="${x(pl.family)}">
<description>${x(pl.name)}. The remote host is affected by the vulnerability referenced in the advisory.</description>
<fname>${pl.id}.nasl</fname>
<plugin_modification_date>2025/02/20</plugin_modification_date>
<plugin_type>${pl.port ? 'remote' : 'local'}</plugin_type>
<risk_factor>${RISK[pl.sev]}</risk_factor>
<solution>${x(pl.solution)}</solution>
<synopsis>The remote host is missing a security update.</synopsis>
${pl.cvss3 ? `<cvss3_base_score>${pl.cvss3}</cvss3_base_score>` : ''}${cves}
<plugin_output>${pl.sev ? `\n  Remote package installed : ${pl.name.split(':')[1]?.trim() ?? pl.name}\n  Should be              : patched version\n` : 'Information about this scan : ...'}</plugin_output>
</ReportItem>`;
    });
    return `<ReportHost name="${h.ip}"><HostProperties>
<tag name="HOST_END">Fri Mar  7 02:41:53 2025</tag>
<tag name="operating-system">${x(h.os)}</tag>
<tag name="host-ip">${h.ip}</tag>
<tag name="host-fqdn">${h.dns}</tag>
<tag name="mac-address">${h.mac}</tag>
<tag name="Credentialed_Scan">true</tag>
<tag name="HOST_START">${start}</tag>
</HostProperties>
${items.join('\n')}
</ReportHost>`;
  });
  return `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>FedRAMP Monthly Authenticated OS</policyName>
<Preferences><ServerPreferences>
<preference><name>TARGET</name><value>${hs.map((h) => h.ip).join(',')}</value></preference>
<preference><name>scan_start_timestamp</name><value>1741312811</value></preference>
</ServerPreferences></Preferences></Policy>
<Report name="LCMC Prod OS Monthly - 2025-03" xmlns:cm="http://www.nessus.org/cm">
${hostXml.join('\n')}
</Report>
</NessusClientData_v2>
`;
}

function qualysXml(): string {
  const hs = hosts(811, 5).map((h) => ({ ...h, dns: h.dns.replace('lcmc', 'qgw') }));
  const r = seeded(812);
  const vulns = [
    [38739, 'Deprecated SSH Cryptographic Settings', 3, 'CVE-2008-5161'],
    [38885, 'OpenSSH Regular Expression Denial of Service Vulnerability', 2, 'CVE-2023-51385'],
    [376572, 'OpenSSL Multiple Vulnerabilities (OpenSSL Security Advisory 20240627)', 4, 'CVE-2024-5535'],
    [105328, 'EOL/Obsolete Software: Node.js 16.x Detected', 5, ''],
    [11827, 'HTTP Security Header Not Detected', 2, ''],
  ] as const;
  const ips = hs.map((h) => {
    const vs = vulns.filter(() => r() < 0.7).map(([qid, title, sev, cve]) => `      <VULN number="${qid}" severity="${sev}"${cve ? ` cveid="${cve}"` : ''}>
        <TITLE><![CDATA[${title}]]></TITLE>
        <LAST_UPDATE><![CDATA[2025-02-11T09:00:00Z]]></LAST_UPDATE>
        <CVSS_BASE>${(4 + sev).toFixed(1)}</CVSS_BASE>
        <DIAGNOSIS><![CDATA[${title} was detected on the host during an authenticated scan.]]></DIAGNOSIS>
        <CONSEQUENCE><![CDATA[Successful exploitation could compromise the confidentiality or integrity of the host.]]></CONSEQUENCE>
        <SOLUTION><![CDATA[Apply the vendor-supplied update or configuration change.]]></SOLUTION>
        <RESULT><![CDATA[Detected version matches the vulnerable range.]]></RESULT>
      </VULN>`);
    return `  <IP value="${h.ip}" name="${h.dns}">
    <OS><![CDATA[${h.os}]]></OS>
    <VULNS>
     <CAT value="General remote services" port="${int(r, 0, 1) ? 22 : 443}" protocol="tcp">
${vs.join('\n')}
     </CAT>
    </VULNS>
  </IP>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE SCAN SYSTEM "https://qualysguard.qg3.apps.qualys.com/scan-1.dtd">
<SCAN value="scan/1741480001.72215">
  <HEADER>
    <KEY value="USERNAME">quill_cm3</KEY>
    <KEY value="COMPANY"><![CDATA[Quillfeather Software Corp.]]></KEY>
    <KEY value="DATE">2025-03-09T02:00:01Z</KEY>
    <KEY value="TITLE"><![CDATA[QGW Monthly Authenticated Scan - March 2025]]></KEY>
    <KEY value="TARGET">${hs.map((h) => h.ip).join(',')}</KEY>
    <KEY value="DURATION">00:48:12</KEY>
    <KEY value="SCAN_HOST">qualys-scanner-gov-01 (Scanner 12.17.34-1, Vulnerability Signatures 2.6.210-2)</KEY>
    <KEY value="NBHOST_ALIVE">${hs.length}</KEY>
    <KEY value="STATUS">FINISHED</KEY>
    <OPTION_PROFILE><OPTION_PROFILE_TITLE option_profile_default="0"><![CDATA[FedRAMP Authenticated]]></OPTION_PROFILE_TITLE></OPTION_PROFILE>
  </HEADER>
${ips.join('\n')}
</SCAN>
`;
}

function tenableCsv(): string {
  const hs = hosts(821, 9);
  const fs = findings(822, hs).filter(([, pl]) => pl.sev > 0);
  const r = seeded(823);
  const rows: Cell[][] = [['Asset UUID', 'Asset Name', 'IPv4 Address', 'Plugin ID', 'Plugin Name', 'Severity', 'VPR', 'CVSSv3 Base Score', 'CVE', 'Port', 'Protocol', 'First Seen', 'Last Seen', 'State', 'Plugin Output', 'Solution']];
  for (const [h, pl] of fs) {
    rows.push([uuid(r), h.dns, h.ip, pl.id, pl.name, RISK[pl.sev] ?? 'Info', (int(r, 30, 98) / 10).toFixed(1), pl.cvss3, pl.cve.join(','), pl.port, 'TCP', '2025-01-12T03:14:00Z', '2025-03-12T02:51:00Z', pick(r, ['ACTIVE', 'ACTIVE', 'RESURFACED']), pl.sev ? `Remote package installed : ${pl.name}\nShould be : fixed version` : '', pl.solution]);
  }
  return toCsv(rows, { bom: true });
}

function zapXml(): string {
  const alerts = [
    ['10038', 'Content Security Policy (CSP) Header Not Set', 2, 3, '693', '15', 'Ensure that your web server, application server, load balancer, etc. is configured to set the Content-Security-Policy header.'],
    ['10035', 'Strict-Transport-Security Header Not Set', 1, 3, '319', '15', 'Ensure that your web server is configured to enforce Strict-Transport-Security.'],
    ['10202', 'Absence of Anti-CSRF Tokens', 2, 1, '352', '9', 'Use a vetted library or framework that does not allow this weakness to occur.'],
    ['40012', 'Cross Site Scripting (Reflected)', 3, 2, '79', '8', 'Use a vetted library or framework that neutralizes untrusted input.'],
    ['10096', 'Timestamp Disclosure - Unix', 0, 1, '200', '13', 'Manually confirm that the timestamp data is not sensitive.'],
  ] as const;
  const riskName = ['Informational', 'Low', 'Medium', 'High'];
  const confName = ['False Positive', 'Low', 'Medium', 'High'];
  const items = alerts.map(([id, name, risk, conf, cwe, wasc, sol], i) => `			<alertitem>
				<pluginid>${id}</pluginid>
				<alertRef>${id}</alertRef>
				<alert>${name}</alert>
				<name>${name}</name>
				<riskcode>${risk}</riskcode>
				<confidence>${conf}</confidence>
				<riskdesc>${riskName[risk]} (${confName[conf]})</riskdesc>
				<confidencedesc>${confName[conf]}</confidencedesc>
				<desc>&lt;p&gt;${x(name)} was identified on the target.&lt;/p&gt;</desc>
				<instances>
					<instance>
						<uri>https://workspace.qgw.quillfeather.example/${['', 'login', 'opportunities?q=test', 'api/v2/search', 'static/app.js'][i]}</uri>
						<method>GET</method>
						<param></param>
						<attack>${risk === 3 ? x('"><scrIpt>alert(1);</scRipt>') : ''}</attack>
						<evidence></evidence>
					</instance>
				</instances>
				<count>${i + 1}</count>
				<solution>&lt;p&gt;${x(sol)}&lt;/p&gt;</solution>
				<reference>&lt;p&gt;https://owasp.org/www-project-top-ten/&lt;/p&gt;</reference>
				<cweid>${cwe}</cweid>
				<wascid>${wasc}</wascid>
				<sourceid>${i + 3}</sourceid>
			</alertitem>`);
  return `<?xml version="1.0"?><OWASPZAPReport programName="ZAP" version="2.15.0" generated="Sun, 9 Mar 2025 04:12:55">
	
		<site name="https://workspace.qgw.quillfeather.example" host="workspace.qgw.quillfeather.example" port="443" ssl="true">
			<alerts>
${items.join('\n')}
			</alerts>
		</site>
	
</OWASPZAPReport>
`;
}

function trivyJson(): string {
  const r = seeded(841);
  const vulns = [
    ['CVE-2024-5535', 'openssl', '3.1.4-r5', '3.1.6-r0', 'CRITICAL', 'openssl: SSL_select_next_proto buffer overread'],
    ['CVE-2024-6119', 'openssl', '3.1.4-r5', '3.1.7-r0', 'HIGH', 'openssl: Possible denial of service in X.509 name checks'],
    ['CVE-2024-45492', 'expat', '2.6.2-r0', '2.6.3-r0', 'HIGH', 'libexpat: integer overflow'],
    ['CVE-2024-2511', 'libssl3', '3.1.4-r5', '3.1.4-r6', 'MEDIUM', 'openssl: Unbounded memory growth with session handling in TLSv1.3'],
    ['CVE-2023-42363', 'busybox', '1.36.1-r15', '1.36.1-r17', 'MEDIUM', 'busybox: use-after-free in awk'],
  ] as const;
  const doc = {
    SchemaVersion: 2,
    CreatedAt: '2025-03-12T06:01:44.392218Z',
    ArtifactName: '123456789012.dkr.ecr.us-gov-west-1.amazonaws.com/qgw/api:2025.03.1',
    ArtifactType: 'container_image',
    Metadata: {
      OS: { Family: 'alpine', Name: '3.19.1' },
      ImageID: 'sha256:' + Array.from({ length: 64 }, () => Math.floor(r() * 16).toString(16)).join(''),
      RepoTags: ['123456789012.dkr.ecr.us-gov-west-1.amazonaws.com/qgw/api:2025.03.1'],
      ImageConfig: { architecture: 'amd64', os: 'linux' },
    },
    Results: [
      {
        Target: '123456789012.dkr.ecr.us-gov-west-1.amazonaws.com/qgw/api:2025.03.1 (alpine 3.19.1)',
        Class: 'os-pkgs',
        Type: 'alpine',
        Vulnerabilities: vulns.map(([id, pkg, inst, fixed, sev, title]) => ({
          VulnerabilityID: id,
          PkgID: `${pkg}@${inst}`,
          PkgName: pkg,
          InstalledVersion: inst,
          FixedVersion: fixed,
          Status: 'fixed',
          Layer: { DiffID: 'sha256:d4fc045c9e3a848011de66f34b81f052d4f2c15a17bb196d637e526349601820' },
          SeveritySource: 'nvd',
          PrimaryURL: `https://avd.aquasec.com/nvd/${id.toLowerCase()}`,
          Title: title,
          Severity: sev,
          CweIDs: ['CWE-125'],
          PublishedDate: '2024-06-27T11:15:24.447Z',
        })),
      },
      { Target: 'app/package-lock.json', Class: 'lang-pkgs', Type: 'npm', Vulnerabilities: [{ VulnerabilityID: 'CVE-2024-21538', PkgName: 'cross-spawn', InstalledVersion: '7.0.3', FixedVersion: '7.0.5', Severity: 'HIGH', Title: 'cross-spawn: regular expression denial of service', Status: 'fixed' }] },
    ],
  };
  return JSON.stringify(doc, null, 2);
}

export function scanDocs(): CorpusDoc[] {
  return [
    { file: 'LCMC_Prod_OS_Monthly_2025-03_abc123.nessus', expected: 'SCAN_RESULTS', note: 'Nessus NessusClientData_v2 export of the monthly authenticated OS scan (7 hosts, severities 0–4, CVEs).', data: nessus() },
    { file: 'scan_report.xml', expected: 'SCAN_RESULTS', note: 'Qualys VM scan results XML (SCAN/HEADER/IP/VULNS/CAT/VULN with QIDs and severities).', data: qualysXml() },
    { file: 'vulns-export-2025-03-12.csv', expected: 'SCAN_RESULTS', note: 'Tenable Vulnerability Management (Tenable.io) findings CSV export with BOM: plugin, severity, CVSS, CVE per asset.', data: tenableCsv() },
    { file: 'ZAP-Report-workspace.xml', expected: 'SCAN_RESULTS', note: 'OWASP ZAP XML report of the monthly web application scan (OWASPZAPReport/site/alerts).', data: zapXml() },
    { file: 'trivy-qgw-api-2025.03.1.json', expected: 'SCAN_RESULTS', note: 'Trivy JSON vulnerability scan of a production container image (OS and language package CVEs).', data: trivyJson() },
  ];
}
