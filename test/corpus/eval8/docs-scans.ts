/** Scan exports from many tools: .nessus, Tenable.sc CSV, Qualys XML, Rapid7 CSV, Greenbone XML, Inspector JSON, Trivy JSON, Burp XML, ZAP JSON, DB scanner xlsx. */
import { FINDINGS, byKey } from './findings.js';
import type { Finding } from './findings.js';
import { csv, fill, headerStyle, rng, uuid, widths, xlsx, xmlEsc } from './kit.js';
import { CSP, HOSTS, PEOPLE, host } from './world.js';
import type { CorpusDoc } from './world.js';

const infra = FINDINGS.filter((f) => !['Container image', 'Web application'].includes(f.family));
const sev = (f: Finding): number => (f.cvss >= 9 ? 4 : f.cvss >= 7 ? 3 : f.cvss >= 4 ? 2 : f.cvss > 0 ? 1 : 2);
const sevName = (n: number): string => ['Info', 'Low', 'Medium', 'High', 'Critical'][n] ?? 'Info';
const X = xmlEsc;

function nessusDate(iso: string, h: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCHours(h, 14, 52);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, '0')} ${String(h).padStart(2, '0')}:14:52 ${d.getUTCFullYear()}`;
}

// ------------------------------------------------------------------ .nessus

function nessus(): string {
  const r = rng(8201);
  const scanDate = '2025-07-08';
  const prefs = [
    ['plugin_set', '202507071535'],
    ['TARGET', HOSTS.map((h) => h[1]).join(',')],
    ['port_range', 'default'],
    ['safe_checks', 'yes'],
    ['report_verbosity', 'Normal'],
    ['scan_start_timestamp', '1751943292'],
    ['name', 'LCG-PRD Monthly Credentialed OS Scan'],
  ];
  const hostsXml = HOSTS.slice(0, 8).map(([h, ip], hi) => {
    const items = infra.filter((f) => f.hosts.includes(hi));
    const mac = `0a:${Array.from({ length: 5 }, () => Math.floor(r() * 256).toString(16).padStart(2, '0')).join(':')}`;
    const props = [
      ['HOST_END', nessusDate(scanDate, 4)], ['LastAuthenticatedResults', '1751947190'], ['Credentialed_Scan', 'true'], ['policy-used', 'LCG Advanced Credentialed AL2023'], ['patch-summary-total-cves', String(items.length * 3)], ['cpe', 'cpe:/o:amazon:linux:2023'], ['os', 'linux'], ['mac-address', mac], ['host-fqdn', `${h}.lcg.internal`], ['hostname', h], ['operating-system', 'Amazon Linux 2023'], ['system-type', 'general-purpose'], ['host-ip', ip], ['HOST_START', nessusDate(scanDate, 3)],
    ].map(([k, v]) => `<tag name="${k}">${X(v ?? '')}</tag>`).join('\n');
    const info = `<ReportItem port="0" svc_name="general" protocol="tcp" severity="0" pluginID="19506" pluginName="Nessus Scan Information" pluginFamily="Settings">
<description>This plugin displays, for each tested host, information about the scan itself.</description>
<fname>scan_info.nasl</fname>
<plugin_name>Nessus Scan Information</plugin_name>
<plugin_type>summary</plugin_type>
<risk_factor>None</risk_factor>
<solution>n/a</solution>
<synopsis>This plugin displays information about the Nessus scan.</synopsis>
<plugin_output>Information about this scan : 

Nessus version : 10.8.3
Plugin feed version : 202507071535
Scanner edition used : Nessus
Scan type : Normal
Scan name : LCG-PRD Monthly Credentialed OS Scan
Scan policy used : LCG Advanced Credentialed AL2023
Scanner IP : 10.40.2.20
Port scanner(s) : nessus_syn_scanner 
Port range : default
Ping RTT : 0.412 ms
Credentialed checks : yes, as 'svc_tenable' via ssh
Patch management checks : None
Safe checks : yes
Scan Start Date : 2025/7/8 3:14 UTC
Scan duration : 1071 sec
</plugin_output>
</ReportItem>`;
    const vulns = items.map((f) => `<ReportItem port="${f.port}" svc_name="${f.port === 22 ? 'ssh' : f.port === 443 ? 'www' : f.port === 5432 ? 'postgresql' : 'general'}" protocol="${f.proto}" severity="${sev(f)}" pluginID="${X(f.plugin)}" pluginName="${X(f.name)}" pluginFamily="${X(f.family)}">
${f.cvss ? `<cvss3_base_score>${f.cvss}</cvss3_base_score>\n<cvss3_vector>CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H</cvss3_vector>` : ''}
${f.cve ? `<cve>${f.cve}</cve>` : ''}
<description>${X(f.desc)}</description>
<fname>${X(f.key)}_check.nasl</fname>
<plugin_modification_date>2025/07/02</plugin_modification_date>
<plugin_name>${X(f.name)}</plugin_name>
<plugin_publication_date>${f.detected.replace(/-/g, '/')}</plugin_publication_date>
<plugin_type>local</plugin_type>
<risk_factor>${sevName(sev(f))}</risk_factor>
<script_version>1.${(f.plugin.length * 7) % 13}</script_version>
<solution>${X(f.solution)}</solution>
<synopsis>The remote host is affected by ${X(f.cve || 'a configuration weakness')}.</synopsis>
${f.kev ? '<cisa-known-exploited>2025/01/29</cisa-known-exploited>\n<exploit_available>true</exploit_available>' : '<exploit_available>false</exploit_available>'}
<plugin_output>
  Remote package installed : ${f.key}-${1 + (hi % 3)}.${hi + 2}.${(hi * 7) % 11}
  Should be                : see solution
</plugin_output>
</ReportItem>`).join('\n');
    return `<ReportHost name="${ip}"><HostProperties>\n${props}\n</HostProperties>\n${info}\n${vulns}\n</ReportHost>`;
  }).join('\n');
  return `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>LCG Advanced Credentialed AL2023</policyName>
<Preferences><ServerPreferences>
${prefs.map(([k, v]) => `<preference><name>${k}</name><value>${X(v ?? '')}</value></preference>`).join('\n')}
</ServerPreferences>
<PluginsPreferences>
<item><pluginName>SSH settings</pluginName><pluginId>14273</pluginId><fullName>SSH settings[entry]:SSH user name :</fullName><preferenceName>SSH user name :</preferenceName><preferenceType>entry</preferenceType><preferenceValues>root</preferenceValues><selectedValue>svc_tenable</selectedValue></item>
</PluginsPreferences>
</Preferences>
<FamilySelection>
<FamilyItem><FamilyName>Amazon Linux Local Security Checks</FamilyName><Status>enabled</Status></FamilyItem>
<FamilyItem><FamilyName>Databases</FamilyName><Status>enabled</Status></FamilyItem>
<FamilyItem><FamilyName>Windows</FamilyName><Status>disabled</Status></FamilyItem>
</FamilySelection>
</Policy>
<Report name="LCG-PRD Monthly Credentialed OS Scan - July 2025" xmlns:cm="http://www.nessus.org/cm">
${hostsXml}
</Report>
</NessusClientData_v2>
`;
}

// ------------------------------------------------------------------ Tenable.sc CSV

function tenableScCsv(): string {
  const head = ['Plugin', 'Plugin Name', 'Family', 'Severity', 'IP Address', 'Protocol', 'Port', 'Exploit?', 'Repository', 'MAC Address', 'DNS Name', 'NetBIOS Name', 'Plugin Text', 'Synopsis', 'Description', 'Solution', 'See Also', 'Risk Factor', 'CVSS V3 Base Score', 'CVSS V3 Vector', 'CPE', 'CVE', 'First Discovered', 'Last Observed', 'Vuln Publication Date', 'Plugin Publication Date', 'Check Type', 'Vulnerability Priority Rating'];
  const rows: (string | number)[][] = [];
  for (const f of infra) {
    for (const h of f.hosts) {
      const [name, ip] = host(h);
      rows.push([f.plugin, f.name, f.family, sevName(sev(f)), ip, f.proto.toUpperCase(), f.port, f.kev ? 'Yes' : 'No', 'LCG-PROD', '', `${name}.lcg.internal`, '', `Plugin Output: \n  Installed package : ${f.key}\n  Fixed package     : see solution`, `The remote host is missing a security update (${f.cve || f.plugin}).`, f.desc, f.solution, 'https://alas.aws.amazon.com/AL2023/', sevName(sev(f)), f.cvss || '', f.cvss ? 'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' : '', 'cpe:/o:amazon:linux:2023', f.cve, `Jul ${8 - (h % 3)}, 2025 03:${10 + h}:00 UTC`.replace('Jul', f.detected < '2025-07-01' ? 'Jun' : 'Jul'), 'Aug 5, 2025 03:22:41 UTC', f.detected, f.detected, f.family === 'Policy Compliance' ? 'compliance' : 'local', f.kev ? 9.7 : Math.round(f.cvss * 8) / 10]);
    }
  }
  return csv([head, ...rows]);
}

// ------------------------------------------------------------------ Qualys VM scan XML (scan-1.dtd)

function qualysXml(): string {
  const east = HOSTS.slice(0, 6).map(([h, ip]) => [h.replace('prd', 'dr'), ip.replace('10.40', '10.41')] as const);
  const ips = east.map(([h, ip], hi) => {
    const items = infra.filter((f) => f.hosts.includes(hi) && !f.config);
    const vulns = items.map((f) => `      <VULN number="${3800 + (Number.parseInt(f.plugin, 10) % 997 || 17)}" severity="${Math.min(5, sev(f) + 1)}"${f.cve ? ` cveid="${f.cve}"` : ''}>
        <TITLE><![CDATA[${f.name}]]></TITLE>
        <LAST_UPDATE><![CDATA[2025-06-30T19:12:04Z]]></LAST_UPDATE>
        <CVSS_BASE>${(f.cvss * 0.9).toFixed(1)}</CVSS_BASE>
        <CVSS3_BASE>${f.cvss}</CVSS3_BASE>
        <PCI_FLAG>${f.cvss >= 4 ? 1 : 0}</PCI_FLAG>
        ${f.cve ? `<CVE_ID_LIST><CVE_ID><ID><![CDATA[${f.cve}]]></ID><URL><![CDATA[https://nvd.nist.gov/vuln/detail/${f.cve}]]></URL></CVE_ID></CVE_ID_LIST>` : ''}
        <DIAGNOSIS><![CDATA[${f.desc}]]></DIAGNOSIS>
        <CONSEQUENCE><![CDATA[Successful exploitation may compromise the confidentiality, integrity or availability of the host.]]></CONSEQUENCE>
        <SOLUTION><![CDATA[${f.solution}]]></SOLUTION>
        <RESULT><![CDATA[Vulnerable version detected on ${h}]]></RESULT>
      </VULN>`).join('\n');
    return `  <IP value="${ip}" name="${h}.lcg.internal">
    <OS><![CDATA[Amazon Linux 2023]]></OS>
    <INFOS>
      <CAT value="Information gathering">
        <INFO number="45038"><TITLE><![CDATA[Host Scan Time - Scanner]]></TITLE><RESULT><![CDATA[Scan duration: 612 seconds]]></RESULT></INFO>
        <INFO number="105296"><TITLE><![CDATA[Authentication Method - SSH Key Based Authentication]]></TITLE><RESULT><![CDATA[User: qualys_auth]]></RESULT></INFO>
      </CAT>
    </INFOS>
    <VULNS>
      <CAT value="Local" fqdn="" port="">
${vulns}
      </CAT>
    </VULNS>
  </IP>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE SCAN SYSTEM "https://qualysguard.qg1.apps.qualys.com/scan-1.dtd">
<SCAN value="scan/1751950800.40231">
  <HEADER>
    <KEY value="USERNAME">mrdln_cm2</KEY>
    <KEY value="COMPANY"><![CDATA[${CSP}]]></KEY>
    <KEY value="DATE">2025-07-08T05:00:02Z</KEY>
    <KEY value="TITLE"><![CDATA[LCG GovCloud East (DR) - Monthly Authenticated - July 2025]]></KEY>
    <KEY value="TARGET">${east.map((e) => e[1]).join(',')}</KEY>
    <KEY value="DURATION">00:51:37</KEY>
    <KEY value="SCAN_HOST">10.41.2.30 (Scanner 13.2.27-1, Vulnerability Signatures 2.6.312-2)</KEY>
    <KEY value="NBHOST_ALIVE">6</KEY>
    <KEY value="NBHOST_TOTAL">6</KEY>
    <KEY value="REPORT_TYPE">Scheduled (default option profile)</KEY>
    <KEY value="OPTIONS">Full TCP scan, Standard Password Brute Forcing, Load balancer detection OFF, Authentication: Unix</KEY>
    <KEY value="STATUS">FINISHED</KEY>
    <OPTION_PROFILE><OPTION_PROFILE_TITLE option_profile_default="0"><![CDATA[FedRAMP Authenticated Monthly]]></OPTION_PROFILE_TITLE></OPTION_PROFILE>
  </HEADER>
${ips}
</SCAN>
`;
}

// ------------------------------------------------------------------ Rapid7 InsightVM CSV

function rapid7Csv(): string {
  const head = ['Asset IP Address', 'Asset Names', 'Asset OS Name', 'Asset OS Version', 'Vulnerability ID', 'Vulnerability Title', 'Vulnerability Severity Level', 'Vulnerability CVSSv3 Score', 'Vulnerability CVE IDs', 'Vulnerability Risk Score', 'Vulnerability Proof', 'Vulnerability Solution', 'Service Port', 'Service Protocol', 'Vulnerable Since', 'Exploit Count', 'Malware Kit Count'];
  const rows: (string | number)[][] = [];
  const jan = FINDINGS.filter((f) => f.detected <= '2025-02-15' || ['openssl', 'nginx', 'curl'].includes(f.key));
  for (const f of jan) {
    for (const h of f.hosts) {
      const [name, ip] = host(h);
      rows.push([ip, `${name}.lcg.internal`, 'Amazon Linux', '2023', `amazon-linux-ami-2023-alas2023-2025-${f.plugin.slice(-3)}`, f.name, Math.max(1, Math.round(f.cvss)), f.cvss, f.cve, Math.round(f.cvss * 97.3), `<p><ul><li>Vulnerable OS: Amazon Linux 2023</li><li>Package ${f.key} is vulnerable</li></ul></p>`, f.solution, f.port || '', f.port ? 'TCP' : '', '2025-01-21', f.kev ? 2 : 0, 0]);
    }
  }
  return csv([head, ...rows]);
}

// ------------------------------------------------------------------ Greenbone / OpenVAS XML

function greenboneXml(): string {
  const r = rng(8205);
  const mgmt = [8, 9, 10];
  const results = infra.filter((f) => f.hosts.some((h) => mgmt.includes(h))).flatMap((f) => f.hosts.filter((h) => mgmt.includes(h)).map((h) => {
    const [name, ip] = host(h);
    return `<result id="${uuid(r)}"><name>${X(f.name)}</name><owner><name>admin</name></owner><modification_time>2025-07-09T05:41:10Z</modification_time><comment></comment><creation_time>2025-07-09T05:41:10Z</creation_time><host>${ip}<asset asset_id="${uuid(r)}"/><hostname>${name}</hostname></host><port>${f.port ? `${f.port}/${f.proto}` : 'general/tcp'}</port><nvt oid="1.3.6.1.4.1.25623.1.1.${Math.floor(r() * 900000) + 100000}"><type>nvt</type><name>${X(f.name)}</name><family>${X(f.family)}</family><cvss_base>${f.cvss.toFixed(1)}</cvss_base><severities score="${f.cvss.toFixed(1)}"><severity type="cvss_base_v3"><origin></origin><date>2025-06-20T08:00:00Z</date><score>${f.cvss.toFixed(1)}</score><value>CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H</value></severity></severities><tags>summary=${X(f.desc)}|insight=${X(f.desc)}|affected=${X(f.key)}|impact=Successful exploitation may allow compromise of the host.|solution=${X(f.solution)}|vuldetect=Checks if a vulnerable package version is present on the target host.|solution_type=VendorFix</tags><solution type="VendorFix">${X(f.solution)}</solution>${f.cve ? `<refs><ref type="cve" id="${f.cve}"/></refs>` : ''}</nvt><scan_nvt_version>2025-06-20T08:00:00Z</scan_nvt_version><threat>${f.cvss >= 7 ? 'High' : f.cvss >= 4 ? 'Medium' : 'Low'}</threat><severity>${f.cvss.toFixed(1)}</severity><qod><value>97</value><type>package</type></qod><description>Vulnerable package: ${X(f.key)}\nInstalled version: see host details\nFixed version: see solution</description><original_threat>${f.cvss >= 7 ? 'High' : f.cvss >= 4 ? 'Medium' : 'Low'}</original_threat><original_severity>${f.cvss.toFixed(1)}</original_severity></result>`;
  })).join('\n');
  return `<report id="${uuid(r)}" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml"><owner><name>admin</name></owner><name>2025-07-09T05:00:07Z</name><comment></comment><creation_time>2025-07-09T05:00:07Z</creation_time><modification_time>2025-07-09T05:52:33Z</modification_time><writable>0</writable><in_use>0</in_use><task id="${uuid(r)}"><name>LCG management subnet - monthly (authenticated)</name></task><report_format id="a994b278-1f62-11e1-96ac-406186ea4fc5"><name>XML</name></report_format><report id="${uuid(r)}"><gmp><version>22.5</version></gmp><sort><field>severity<order>descending</order></field></sort><filters id=""><term>apply_overrides=0 min_qod=70 first=1 rows=100 sort-reverse=severity</term></filters><scan_run_status>Done</scan_run_status><hosts><count>3</count></hosts><closed_cves><count>0</count></closed_cves><vulns><count>7</count></vulns><os><count>1</count></os><apps><count>14</count></apps><ssl_certs><count>2</count></ssl_certs><task id="${uuid(r)}"><name>LCG management subnet - monthly (authenticated)</name><comment></comment><target id="${uuid(r)}"><trash>0</trash><name>LCG-MGMT 10.40.2.0/24</name><comment></comment></target></task><timestamp>2025-07-09T05:00:02Z</timestamp><scan_start>2025-07-09T05:00:07Z</scan_start><timezone>Coordinated Universal Time</timezone><timezone_abbrev>UTC</timezone_abbrev><ports start="1" max="100"><count>3</count><port>22/tcp<host>10.40.2.11</host><severity>8.1</severity><threat>High</threat></port></ports><results start="1" max="100">
${results}
</results><result_count>7<full>7</full><filtered>7</filtered></result_count><severity><full>8.1</full><filtered>8.1</filtered></severity><scan_end>2025-07-09T05:52:31Z</scan_end><errors><count>0</count></errors><report_format></report_format></report></report>
`;
}

// ------------------------------------------------------------------ Amazon Inspector v2 findings JSON

function inspectorJson(): string {
  const r = rng(8206);
  const findings = FINDINGS.filter((f) => f.cve && !['Web application'].includes(f.family)).slice(0, 9).map((f) => {
    const h = f.hosts[0] ?? 0;
    const inst = `i-0${Math.floor(r() * 0xffffffff).toString(16).padStart(8, '0')}${Math.floor(r() * 0xffffffff).toString(16).padStart(8, '0')}`;
    const image = f.family === 'Container image';
    return {
      awsAccountId: '418204771530',
      description: f.desc,
      exploitAvailable: f.kev ? 'YES' : 'NO',
      findingArn: `arn:aws-us-gov:inspector2:us-gov-west-1:418204771530:finding/${uuid(r).replace(/-/g, '')}`,
      firstObservedAt: `${f.detected}T06:${String(10 + h).padStart(2, '0')}:00.000Z`,
      fixAvailable: 'YES',
      inspectorScore: f.cvss,
      lastObservedAt: '2025-07-29T06:02:11.000Z',
      packageVulnerabilityDetails: {
        cvss: [{ baseScore: f.cvss, scoringVector: 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', source: 'NVD', version: '3.1' }],
        referenceUrls: [`https://nvd.nist.gov/vuln/detail/${f.cve}`],
        source: image ? 'NVD' : 'AMAZON_LINUX',
        sourceUrl: `https://nvd.nist.gov/vuln/detail/${f.cve}`,
        vendorSeverity: f.risk === 'High' ? 'Important' : 'Medium',
        vulnerabilityId: f.cve,
        vulnerablePackages: [{ arch: 'X86_64', epoch: 0, fixedInVersion: 'see remediation', name: f.key, packageManager: 'OS', release: 'amzn2023', remediation: f.solution, version: '1.0' }],
      },
      remediation: { recommendation: { text: f.solution } },
      resources: image
        ? [{ details: { awsEcrContainerImage: { architecture: 'amd64', imageHash: `sha256:${uuid(r).replace(/-/g, '')}${uuid(r).replace(/-/g, '')}`, imageTags: ['2025.07.1'], platform: 'ALPINE_LINUX_3_20', pushedAt: '2025-07-01T18:22:10.000Z', registry: '418204771530', repositoryName: 'lcg/recon-worker' } }, id: 'arn:aws-us-gov:ecr:us-gov-west-1:418204771530:repository/lcg/recon-worker/sha256:…', partition: 'aws-us-gov', region: 'us-gov-west-1', type: 'AWS_ECR_CONTAINER_IMAGE' }]
        : [{ details: { awsEc2Instance: { iamInstanceProfileArn: 'arn:aws-us-gov:iam::418204771530:instance-profile/lcg-node', imageId: 'ami-0c4f1e2d9a7b6c5d4', ipV4Addresses: [host(h)[1]], launchedAt: '2025-07-01T02:00:00.000Z', platform: 'AMAZON_LINUX_2023', subnetId: 'subnet-0a1b2c3d4e5f60718', type: 'm6i.large', vpcId: 'vpc-0lcgprod' } }, id: inst, partition: 'aws-us-gov', region: 'us-gov-west-1', tags: { Name: host(h)[0], Environment: 'prod', Boundary: 'fedramp' }, type: 'AWS_EC2_INSTANCE' }],
      severity: f.risk === 'High' ? 'HIGH' : f.risk === 'Moderate' ? 'MEDIUM' : 'LOW',
      status: 'ACTIVE',
      title: `${f.cve} - ${f.key}`,
      type: 'PACKAGE_VULNERABILITY',
      updatedAt: '2025-07-29T06:02:11.000Z',
    };
  });
  return `${JSON.stringify({ findings, nextToken: null }, null, 4)}\n`;
}

// ------------------------------------------------------------------ Trivy JSON

function trivyJson(): string {
  const osVulns = ['libxml2', 'openssl', 'curl'].map((k) => byKey(k)).map((f) => ({
    VulnerabilityID: f.cve, PkgID: `${f.key}@1.0-r0`, PkgName: f.key, PkgIdentifier: { PURL: `pkg:apk/alpine/${f.key}@1.0-r0?arch=x86_64&distro=3.20.3` }, InstalledVersion: '1.0-r0', FixedVersion: '1.0-r1', Status: 'fixed', Layer: { Digest: 'sha256:43c4264eed91be63b206e17d93e75256a6097070ce643c5e8f0379998b44f170', DiffID: 'sha256:63ca1fbb43ae5034640e5e6cb3e083e05c290072c5366fcaa9d62435a4cced85' }, SeveritySource: 'nvd', PrimaryURL: `https://avd.aquasec.com/nvd/${f.cve.toLowerCase()}`, DataSource: { ID: 'alpine', Name: 'Alpine Secdb', URL: 'https://secdb.alpinelinux.org/' }, Title: f.name, Description: f.desc, Severity: f.cvss >= 7 ? 'HIGH' : f.cvss >= 4 ? 'MEDIUM' : 'LOW', CVSS: { nvd: { V3Vector: 'CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H', V3Score: f.cvss } }, PublishedDate: `${f.detected}T00:15:00Z`, LastModifiedDate: '2025-06-12T14:00:00Z',
  }));
  const langVulns = ['undici', 'requests'].map((k) => byKey(k)).map((f) => ({
    VulnerabilityID: f.cve, PkgName: f.key, PkgPath: f.key === 'undici' ? 'app/node_modules/undici/package.json' : '', InstalledVersion: f.key === 'undici' ? '6.19.8' : '2.31.0', FixedVersion: f.key === 'undici' ? '6.21.1, 7.2.3' : '2.32.0', Status: 'fixed', SeveritySource: 'ghsa', PrimaryURL: `https://avd.aquasec.com/nvd/${f.cve.toLowerCase()}`, Title: f.name, Description: f.desc, Severity: 'MEDIUM', CVSS: { ghsa: { V3Vector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:L/A:N', V3Score: f.cvss } },
  }));
  const report = {
    SchemaVersion: 2,
    CreatedAt: '2025-07-10T02:11:37.918402112Z',
    ArtifactName: '418204771530.dkr.ecr.us-gov-west-1.amazonaws.com/lcg/recon-worker:2025.07.1',
    ArtifactType: 'container_image',
    Metadata: {
      Size: 98213376,
      OS: { Family: 'alpine', Name: '3.20.3' },
      ImageID: 'sha256:9b2d5a1e7f4c3b8a6d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e',
      DiffIDs: ['sha256:63ca1fbb43ae5034640e5e6cb3e083e05c290072c5366fcaa9d62435a4cced85'],
      RepoTags: ['418204771530.dkr.ecr.us-gov-west-1.amazonaws.com/lcg/recon-worker:2025.07.1'],
      RepoDigests: ['418204771530.dkr.ecr.us-gov-west-1.amazonaws.com/lcg/recon-worker@sha256:d02b0c1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a77c4'],
      ImageConfig: { architecture: 'amd64', created: '2025-07-01T18:20:44Z', os: 'linux', config: { User: '10001', WorkingDir: '/app', Labels: { 'org.opencontainers.image.source': 'https://git.meridianledger.example/lcg/recon-worker' } } },
    },
    Results: [
      { Target: '418204771530.dkr.ecr.us-gov-west-1.amazonaws.com/lcg/recon-worker:2025.07.1 (alpine 3.20.3)', Class: 'os-pkgs', Type: 'alpine', Vulnerabilities: osVulns },
      { Target: 'app/package-lock.json', Class: 'lang-pkgs', Type: 'npm', Vulnerabilities: langVulns.slice(0, 1) },
      { Target: 'opt/etl/requirements.txt', Class: 'lang-pkgs', Type: 'pip', Vulnerabilities: langVulns.slice(1) },
    ],
  };
  return JSON.stringify(report, null, 2);
}

// ------------------------------------------------------------------ Burp Suite XML

function burpXml(): string {
  const issues = [
    { name: 'Cross-site scripting (reflected)', type: '2097920', sev: 'High', conf: 'Certain', path: '/reports/search', loc: '/reports/search [filter URL parameter]', detail: 'The value of the <b>filter</b> request parameter is copied into the HTML document as plain text between tags. The payload <b>f3k1q&lt;script&gt;alert(1)&lt;/script&gt;b8z2m</b> was submitted in the filter parameter. This input was echoed unmodified in the application\'s response.', bg: 'Reflected cross-site scripting vulnerabilities arise when data is copied from a request and echoed into the application\'s immediate response in an unsafe way.' },
    { name: 'Strict transport security not enforced', type: '16777984', sev: 'Low', conf: 'Certain', path: '/static/js/app.7f3a.js', loc: '/static/js/app.7f3a.js', detail: 'This response was served without a Strict-Transport-Security header.', bg: 'The application fails to prevent users from connecting to it over unencrypted connections.' },
    { name: 'Vulnerable JavaScript dependency', type: '5245568', sev: 'Low', conf: 'Tentative', path: '/admin/legacy/js/jquery-3.4.1.min.js', loc: '/admin/legacy/js/jquery-3.4.1.min.js', detail: 'We observed a vulnerable JavaScript library. jQuery 3.4.1 is affected by CVE-2020-11023 and CVE-2020-11022.', bg: 'The use of third-party JavaScript libraries can introduce a range of DOM-based vulnerabilities.' },
    { name: 'Cookie without HttpOnly flag set', type: '5243392', sev: 'Information', conf: 'Firm', path: '/login/saml/acs', loc: '/login/saml/acs', detail: 'The following cookie was issued by the application and does not have the HttpOnly flag set: lcg_tz_pref', bg: 'If the HttpOnly attribute is set on a cookie, then the cookie\'s value cannot be read or set by client-side JavaScript.' },
    { name: 'Cross-tenant information disclosure (user enumeration)', type: '134217728', sev: 'Medium', conf: 'Firm', path: '/api/v3/users/lookup', loc: '/api/v3/users/lookup [email JSON parameter]', detail: 'Manual finding: a tenant administrator of tenant T-TEST-A received HTTP 200 with the user ID of a user in tenant T-TEST-B when submitting that user\'s e-mail address.', bg: 'Applications should scope directory lookups to the caller\'s tenant.' },
  ];
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  const items = issues.map((i, n) => `  <issue>
    <serialNumber>${5284720933478112256n + BigInt(n * 7919)}</serialNumber>
    <type>${i.type}</type>
    <name>${i.name}</name>
    <host ip="203.0.113.24">https://app.ledgercloud.gov.example</host>
    <path><![CDATA[${i.path}]]></path>
    <location><![CDATA[${i.loc}]]></location>
    <severity>${i.sev}</severity>
    <confidence>${i.conf}</confidence>
    <issueBackground><![CDATA[<p>${i.bg}</p>]]></issueBackground>
    <remediationBackground><![CDATA[<p>Review the affected functionality and apply the vendor or framework guidance.</p>]]></remediationBackground>
    <issueDetail><![CDATA[${i.detail}]]></issueDetail>
    <requestresponse>
      <request method="GET" base64="true"><![CDATA[${b64(`GET ${i.path} HTTP/2\r\nHost: app.ledgercloud.gov.example\r\nCookie: lcg_session=REDACTED\r\nUser-Agent: Mozilla/5.0\r\n\r\n`)}]]></request>
      <response base64="true"><![CDATA[${b64('HTTP/2 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nServer: nginx\r\n\r\n<html>...</html>')}]]></response>
      <responseRedirected>false</responseRedirected>
    </requestresponse>
  </issue>`).join('\n');
  return `<?xml version="1.0"?>
<!DOCTYPE issues [
<!ELEMENT issues (issue*)>
<!ATTLIST issues burpVersion CDATA "">
<!ATTLIST issues exportTime CDATA "">
<!ELEMENT issue (serialNumber, type, name, host, path, location, severity, confidence, issueBackground?, remediationBackground?, references?, vulnerabilityClassifications?, issueDetail?, issueDetailItems?, remediationDetail?, requestresponse*, collaboratorEvent*, infiniteCollaboratorEvent*, staticAnalysis*, dynamicAnalysis*)>
<!ELEMENT serialNumber (#PCDATA)>
<!ELEMENT type (#PCDATA)>
<!ELEMENT name (#PCDATA)>
<!ELEMENT host (#PCDATA)>
<!ATTLIST host ip CDATA "">
<!ELEMENT path (#PCDATA)>
<!ELEMENT location (#PCDATA)>
<!ELEMENT severity (#PCDATA)>
<!ELEMENT confidence (#PCDATA)>
<!ELEMENT issueBackground (#PCDATA)>
<!ELEMENT remediationBackground (#PCDATA)>
<!ELEMENT issueDetail (#PCDATA)>
<!ELEMENT requestresponse (request?, response?, responseRedirected?)>
<!ELEMENT request (#PCDATA)>
<!ATTLIST request method CDATA "">
<!ATTLIST request base64 (true|false) "false">
<!ELEMENT response (#PCDATA)>
<!ATTLIST response base64 (true|false) "false">
<!ELEMENT responseRedirected (#PCDATA)>
]>
<issues burpVersion="2025.3.4" exportTime="Tue Jun 10 16:02:11 EDT 2025">
${items}
</issues>
`;
}

// ------------------------------------------------------------------ OWASP ZAP JSON

function zapJson(): string {
  const alerts = [
    { pluginid: '10035', name: 'Strict-Transport-Security Header Not Set', riskcode: '1', confidence: '3', risk: 'Low (High)', cwe: '319', wasc: '15', desc: '<p>HTTP Strict Transport Security (HSTS) is a web security policy mechanism whereby a web server declares that complying user agents are to interact with it using only secure HTTPS connections.</p>', sol: '<p>Ensure that your web server, application server, load balancer, etc. is configured to enforce Strict-Transport-Security.</p>', uris: ['/static/css/main.css', '/static/js/app.7f3a.js', '/favicon.ico'] },
    { pluginid: '10098', name: 'Cross-Domain Misconfiguration', riskcode: '2', confidence: '2', risk: 'Medium (Medium)', cwe: '264', wasc: '14', desc: '<p>Web browser data loading may be possible, due to a Cross Origin Resource Sharing (CORS) misconfiguration on the web server.</p>', sol: '<p>Ensure that sensitive data is not available in an unauthenticated manner.</p>', uris: ['/api/v3/public/status'] },
    { pluginid: '10202', name: 'Absence of Anti-CSRF Tokens', riskcode: '2', confidence: '1', risk: 'Medium (Low)', cwe: '352', wasc: '9', desc: '<p>No Anti-CSRF tokens were found in a HTML submission form.</p>', sol: '<p>Use a vetted library or framework that does not allow this weakness to occur.</p>', uris: ['/reports/search'] },
    { pluginid: '10038', name: 'Content Security Policy (CSP) Header Not Set', riskcode: '2', confidence: '3', risk: 'Medium (High)', cwe: '693', wasc: '15', desc: '<p>Content Security Policy (CSP) is an added layer of security that helps to detect and mitigate certain types of attacks.</p>', sol: '<p>Ensure that your web server is configured to set the Content-Security-Policy header.</p>', uris: ['/admin/legacy/'] },
    { pluginid: '10096', name: 'Timestamp Disclosure - Unix', riskcode: '0', confidence: '1', risk: 'Informational (Low)', cwe: '200', wasc: '13', desc: '<p>A timestamp was disclosed by the application/web server - Unix</p>', sol: '<p>Manually confirm that the timestamp data is not sensitive.</p>', uris: ['/api/v3/health'] },
  ];
  const report = {
    '@programName': 'ZAP',
    '@version': '2.16.1',
    '@generated': 'Thu, 10 Jul 2025 05:12:44',
    created: '2025-07-10T05:12:44.112Z',
    insights: [],
    site: [{
      '@name': 'https://app.ledgercloud.gov.example', '@host': 'app.ledgercloud.gov.example', '@port': '443', '@ssl': 'true',
      alerts: alerts.map((a, n) => ({
        pluginid: a.pluginid, alertRef: a.pluginid, alert: a.name, name: a.name, riskcode: a.riskcode, confidence: a.confidence, riskdesc: a.risk, desc: a.desc,
        instances: a.uris.map((u, k) => ({ id: String(n * 10 + k + 3), uri: `https://app.ledgercloud.gov.example${u}`, method: 'GET', param: '', attack: '', evidence: '', otherinfo: '' })),
        count: String(a.uris.length), solution: a.sol, otherinfo: '', reference: '<p>https://owasp.org/www-project-secure-headers/</p>', cweid: a.cwe, wascid: a.wasc, sourceid: String(n + 1),
      })),
    }],
  };
  return JSON.stringify(report, null, 2);
}

// ------------------------------------------------------------------ Database scanner xlsx

async function dbScanXlsx(): Promise<Buffer> {
  const checks: (string | number)[][] = [
    ['PG-0101', 'PostgreSQL version is not the latest minor release', 'Medium', 'lcg-prd-rpt-replica', 'postgres', 'Engine version 15.6; latest minor release 15.13.', 'CVE-2024-7348; CVE-2024-10979', 'Upgrade the RDS engine to the latest 15.x minor version.', 'Fail'],
    ['PG-0214', 'log_connections is not enabled', 'Medium', 'lcg-prd-ledger-aurora', 'ledger', 'log_connections = off in cluster parameter group lcg-prd-aurora-pg15.', '', 'Set log_connections = 1.', 'Fail'],
    ['PG-0215', 'log_disconnections is not enabled', 'Medium', 'lcg-prd-ledger-aurora', 'ledger', 'log_disconnections = off.', '', 'Set log_disconnections = 1.', 'Fail'],
    ['PG-0310', 'PUBLIC has CREATE privilege on schema public', 'High', 'lcg-prd-rpt-replica', 'reporting', 'GRANT CREATE ON SCHEMA public TO PUBLIC present (PostgreSQL 15 default revoked; schema migrated from 13).', '', 'REVOKE CREATE ON SCHEMA public FROM PUBLIC.', 'Fail'],
    ['PG-0402', 'Password encryption uses SCRAM-SHA-256', 'Info', 'lcg-prd-ledger-aurora', 'ledger', 'password_encryption = scram-sha-256', '', '', 'Pass'],
    ['PG-0417', 'rds.force_ssl is enabled', 'Info', 'lcg-prd-ledger-aurora', 'ledger', 'rds.force_ssl = 1', '', '', 'Pass'],
    ['PG-0521', 'Unused login role with no activity for 90 days', 'Low', 'lcg-prd-ledger-aurora', 'ledger', 'Role dms_migration last login 2025-03-29.', '', 'Drop the role.', 'Fail'],
    ['PG-0600', 'pgaudit extension installed and configured', 'Info', 'lcg-prd-ledger-aurora', 'ledger', "pgaudit.log = 'ddl,role,write'", '', '', 'Pass'],
  ];
  return xlsx((wb) => {
    const s = wb.addWorksheet('Summary');
    fill(s, 1, [
      ['Database Vulnerability Assessment — Scan Results'],
      ['Scan Name', 'LCG-RDS-Monthly-2025-07'],
      ['Scanner', 'AppDetectivePRO 10.3.1 (policy: CIS PostgreSQL 15 + FedRAMP Moderate)'],
      ['Scan Date', '07/09/2025 01:00 UTC'],
      ['Targets', 'lcg-prd-ledger-aurora (writer), lcg-prd-rpt-replica'],
      ['Operator', PEOPLE.secEng],
      [],
      ['Risk Level', 'Failed Checks'],
      ['High', 1],
      ['Medium', 3],
      ['Low', 1],
      ['Info', 0],
    ], { bold: [1, 8] });
    s.getRow(1).font = { bold: true, size: 14 };
    widths(s, [26, 70]);
    const f = wb.addWorksheet('Findings');
    fill(f, 1, [['Check ID', 'Check Name', 'Risk Level', 'Asset', 'Database', 'Finding Details', 'CVE', 'Fix Information', 'Result'], ...checks], { wrap: true });
    headerStyle(f, 1, 'FF4A1942');
    widths(f, [10, 44, 10, 24, 12, 60, 26, 44, 8]);
  }, { creator: 'AppDetectivePRO', lastModifiedBy: 'kbramhall', created: '2025-07-09T01:52:00Z', modified: '2025-07-09T01:52:00Z' });
}

export async function scanDocs(): Promise<CorpusDoc[]> {
  return [
    { file: 'LCG-PRD_Monthly_Credentialed_OS_Scan_2025-07.nessus', expected: 'SCAN_RESULTS', note: 'Nessus v2 export (NessusClientData_v2) with policy and eight credentialed hosts.', data: nessus() },
    { file: 'vuln_details_0805.csv', expected: 'SCAN_RESULTS', note: 'Tenable.sc vulnerability detail list exported as CSV.', data: tenableScCsv() },
    { file: 'scan_1751950800.xml', expected: 'SCAN_RESULTS', note: 'Qualys VM scan report XML (scan-1.dtd) of the DR region hosts.', data: qualysXml() },
    { file: 'report.csv', expected: 'SCAN_RESULTS', note: 'Rapid7 InsightVM vulnerability export (CSV) from before the move to Tenable.', data: rapid7Csv() },
    { file: 'report-c1f2.xml', expected: 'SCAN_RESULTS', note: 'Greenbone/OpenVAS GMP XML report of the management subnet.', data: greenboneXml() },
    { file: 'out.json', expected: 'SCAN_RESULTS', note: 'Amazon Inspector v2 list-findings JSON (EC2 and ECR package vulnerabilities).', data: inspectorJson() },
    { file: 'recon-worker-2025.07.1.json', expected: 'SCAN_RESULTS', note: 'Trivy JSON container image scan (OS and language packages).', data: trivyJson() },
    { file: 'POAM_input_web.xml', expected: 'SCAN_RESULTS', note: 'Burp Suite issues XML export of the web application; the file name misleadingly mentions the POA&M.', data: burpXml() },
    { file: 'zap-report.json', expected: 'SCAN_RESULTS', note: 'OWASP ZAP traditional JSON report of the customer web application.', data: zapJson() },
    { file: 'DB_VA_July.xlsx', expected: 'SCAN_RESULTS', note: 'Database scanner results workbook (summary and failed/passed checks per database).', data: await dbScanXlsx() },
  ];
}

