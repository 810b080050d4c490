/** Pipeline and GRC-tool outputs: scans, inventories, POA&M workbook/CSV, and DevOps look-alikes. */
import YAML from 'yaml';
import { csv, int, isoDay, pick, rng, uuid, xlsx, xmlEsc } from './kit.js';
import { CSP, SYS, type EvalDoc } from './types.js';

const BASE = new Date(Date.UTC(2025, 5, 1));

interface Vuln {
  cve: string;
  pkg: string;
  ver: string;
  fix: string;
  sev: 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW';
  title: string;
  cvss: number;
}
const VULNS: Vuln[] = [
  { cve: 'CVE-2024-6387', pkg: 'openssh-server', ver: '1:9.2p1-2+deb12u2', fix: '1:9.2p1-2+deb12u3', sev: 'HIGH', title: 'openssh: regreSSHion - race condition in signal handler allows RCE', cvss: 8.1 },
  { cve: 'CVE-2023-4911', pkg: 'libc6', ver: '2.36-9+deb12u1', fix: '2.36-9+deb12u3', sev: 'HIGH', title: 'glibc: buffer overflow in ld.so leading to privilege escalation (Looney Tunables)', cvss: 7.8 },
  { cve: 'CVE-2024-45490', pkg: 'libexpat1', ver: '2.5.0-1', fix: '2.5.0-1+deb12u1', sev: 'CRITICAL', title: 'libexpat: negative length for XML_ParseBuffer', cvss: 9.8 },
  { cve: 'CVE-2023-44487', pkg: 'golang.org/x/net', ver: 'v0.15.0', fix: '0.17.0', sev: 'HIGH', title: 'HTTP/2 rapid reset can cause excessive work in net/http', cvss: 7.5 },
  { cve: 'CVE-2024-24790', pkg: 'stdlib', ver: '1.21.6', fix: '1.21.11, 1.22.4', sev: 'CRITICAL', title: 'net/netip: unexpected behavior from Is methods for IPv4-mapped IPv6 addresses', cvss: 9.8 },
  { cve: 'CVE-2024-2511', pkg: 'libssl3', ver: '3.0.11-1~deb12u2', fix: '3.0.13-1~deb12u1', sev: 'MEDIUM', title: 'openssl: unbounded memory growth with session handling in TLSv1.3', cvss: 5.9 },
  { cve: 'CVE-2023-52425', pkg: 'libexpat1', ver: '2.5.0-1', fix: '', sev: 'MEDIUM', title: 'expat: parsing large tokens can trigger a denial of service', cvss: 7.5 },
  { cve: 'CVE-2024-28182', pkg: 'libnghttp2-14', ver: '1.52.0-1', fix: '1.52.0-1+deb12u1', sev: 'MEDIUM', title: 'nghttp2: CONTINUATION frames DoS', cvss: 5.3 },
  { cve: 'CVE-2023-50495', pkg: 'ncurses-base', ver: '6.4-4', fix: '', sev: 'LOW', title: 'ncurses: segmentation fault via _nc_wrap_entry()', cvss: 6.5 },
  { cve: 'CVE-2011-3374', pkg: 'apt', ver: '2.6.1', fix: '', sev: 'LOW', title: 'It was found that apt-key in apt, all versions, do not correctly validate gpg keys', cvss: 3.7 },
];

function trivy(): string {
  return JSON.stringify(
    {
      SchemaVersion: 2,
      CreatedAt: '2025-06-14T03:12:44.118734Z',
      ArtifactName: '123456789012.dkr.ecr.us-gov-west-1.amazonaws.com/cap/api-gateway:1.42.0',
      ArtifactType: 'container_image',
      Metadata: {
        OS: { Family: 'debian', Name: '12.5' },
        ImageID: 'sha256:' + 'ab12'.repeat(16),
        RepoTags: ['cap/api-gateway:1.42.0'],
        ImageConfig: { architecture: 'amd64', os: 'linux' },
      },
      Results: [
        {
          Target: 'cap/api-gateway:1.42.0 (debian 12.5)',
          Class: 'os-pkgs',
          Type: 'debian',
          Vulnerabilities: VULNS.filter((v) => !v.pkg.includes('/') && v.pkg !== 'stdlib').map((v) => ({
            VulnerabilityID: v.cve,
            PkgID: `${v.pkg}@${v.ver}`,
            PkgName: v.pkg,
            InstalledVersion: v.ver,
            ...(v.fix ? { FixedVersion: v.fix } : {}),
            Status: v.fix ? 'fixed' : 'affected',
            SeveritySource: 'nvd',
            PrimaryURL: `https://avd.aquasec.com/nvd/${v.cve.toLowerCase()}`,
            Title: v.title,
            Severity: v.sev,
            CVSS: { nvd: { V3Score: v.cvss } },
            PublishedDate: '2024-03-01T15:15:00Z',
          })),
        },
        {
          Target: 'app/api-gateway',
          Class: 'lang-pkgs',
          Type: 'gobinary',
          Vulnerabilities: VULNS.filter((v) => v.pkg.includes('/') || v.pkg === 'stdlib').map((v) => ({
            VulnerabilityID: v.cve,
            PkgName: v.pkg,
            InstalledVersion: v.ver,
            FixedVersion: v.fix,
            Status: 'fixed',
            Title: v.title,
            Severity: v.sev,
          })),
        },
      ],
    },
    null,
    2,
  );
}

function grype(): string {
  return JSON.stringify({
    matches: VULNS.slice(0, 7).map((v) => ({
      vulnerability: {
        id: v.cve,
        dataSource: `https://security-tracker.debian.org/tracker/${v.cve}`,
        namespace: 'debian:distro:debian:12',
        severity: v.sev[0] + v.sev.slice(1).toLowerCase(),
        urls: [`https://nvd.nist.gov/vuln/detail/${v.cve}`],
        description: v.title,
        cvss: [{ version: '3.1', metrics: { baseScore: v.cvss } }],
        fix: { versions: v.fix ? [v.fix] : [], state: v.fix ? 'fixed' : 'not-fixed' },
      },
      relatedVulnerabilities: [],
      matchDetails: [{ type: 'exact-indirect-match', matcher: 'dpkg-matcher', searchedBy: { distro: { type: 'debian', version: '12' }, package: { name: v.pkg, version: v.ver } } }],
      artifact: { id: uuid('g' + v.cve).slice(0, 16), name: v.pkg, version: v.ver, type: 'deb', locations: [{ path: '/var/lib/dpkg/status' }], purl: `pkg:deb/debian/${v.pkg}@${v.ver}?distro=debian-12` },
    })),
    source: { type: 'image', target: { userInput: 'cap/build-runner:2025.06.1', imageID: 'sha256:' + 'cd34'.repeat(16), tags: ['cap/build-runner:2025.06.1'] } },
    distro: { name: 'debian', version: '12', idLike: [] },
    descriptor: { name: 'grype', version: '0.79.1', timestamp: '2025-06-14T03:20:02Z' },
  });
}

function nessus(): string {
  const hosts = [
    ['10.40.1.21', 'ip-10-40-1-21.us-gov-west-1.compute.internal', 'Amazon Linux 2023'],
    ['10.40.1.37', 'ip-10-40-1-37.us-gov-west-1.compute.internal', 'Amazon Linux 2023'],
    ['10.40.8.5', 'bastion-01.cap.internal', 'Debian Linux 12'],
  ];
  const items = [
    ['22', 'ssh', 'tcp', '3', '201194', 'OpenSSH < 9.8 RCE (regreSSHion)', 'Misc.', 'High', 'CVE-2024-6387', '8.1'],
    ['443', 'www', 'tcp', '2', '42873', 'SSL Medium Strength Cipher Suites Supported (SWEET32)', 'General', 'Medium', 'CVE-2016-2183', '7.5'],
    ['0', 'general', 'tcp', '3', '186437', 'Amazon Linux 2023 : glibc (ALAS2023-2023-359)', 'Amazon Linux Local Security Checks', 'High', 'CVE-2023-4911', '7.8'],
    ['0', 'general', 'tcp', '1', '84239', 'Debian 12 : ncurses - security update', 'Debian Local Security Checks', 'Low', 'CVE-2023-50495', '3.3'],
    ['0', 'general', 'tcp', '0', '19506', 'Nessus Scan Information', 'Settings', 'None', '', ''],
  ];
  const r = rng(51);
  const hx = hosts
    .map(([ip, fqdn, os]) => {
      const its = items
        .filter(() => r() > 0.2)
        .map(
          ([port, svc, proto, sev, id, name, fam, risk, cve, score]) => `<ReportItem port="${port}" svc_name="${svc}" protocol="${proto}" severity="${sev}" pluginID="${id}" pluginName="${xmlEsc(name ?? '')}" pluginFamily="${xmlEsc(fam ?? '')}">
<description>${xmlEsc(`The remote host is affected by ${name}.`)}</description>
<fname>${id}.nasl</fname>
<plugin_modification_date>2025/05/20</plugin_modification_date>
<plugin_name>${xmlEsc(name ?? '')}</plugin_name>
<plugin_type>${port === '0' ? 'local' : 'remote'}</plugin_type>
<risk_factor>${risk}</risk_factor>
<solution>Upgrade to the latest vendor-supplied version.</solution>
<synopsis>The remote host is missing a security update.</synopsis>
${cve ? `<cve>${cve}</cve>\n<cvss3_base_score>${score}</cvss3_base_score>\n` : ''}<plugin_output>Remote package installed : ${xmlEsc(name ?? '')}</plugin_output>
</ReportItem>`,
        )
        .join('\n');
      return `<ReportHost name="${ip}"><HostProperties>
<tag name="HOST_END">Sat Jun 14 04:41:10 2025</tag>
<tag name="operating-system">${os}</tag>
<tag name="host-ip">${ip}</tag>
<tag name="host-fqdn">${fqdn}</tag>
<tag name="Credentialed_Scan">true</tag>
<tag name="HOST_START">Sat Jun 14 04:02:51 2025</tag>
</HostProperties>
${its}
</ReportHost>`;
    })
    .join('\n');
  return `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>CAP Monthly Authenticated - OS</policyName>
<Preferences><ServerPreferences><preference><name>TARGET</name><value>10.40.0.0/16</value></preference><preference><name>plugin_set</name><value>202506130512</value></preference></ServerPreferences></Preferences>
</Policy>
<Report name="CAP June 2025 OS Scan" xmlns:cm="http://www.nessus.org/cm">
${hx}
</Report>
</NessusClientData_v2>
`;
}

function qualysCsv(): string {
  const head = ['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'Bugtraq ID', 'CVSS3.1 Base', 'Threat', 'Impact', 'Solution', 'Results', 'First Detected', 'Last Detected', 'Times Detected'];
  const r = rng(77);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 18; i++) {
    const v = pick(r, VULNS);
    const ip = `10.41.${int(r, 1, 9)}.${int(r, 10, 200)}`;
    rows.push([ip, `db-${i}.cap.internal`, '', 'Amazon Linux 2023', 'host scanned, found vuln', 370000 + int(r, 1, 9999), v.title, 'Vuln', v.sev === 'CRITICAL' ? 5 : v.sev === 'HIGH' ? 4 : v.sev === 'MEDIUM' ? 3 : 2, i % 3 ? '' : 5432, i % 3 ? '' : 'tcp', '', '', v.cve, 'ALAS2023-2025-' + int(r, 100, 999), '', v.cvss, v.title, 'Successful exploitation may allow compromise.', 'Apply the vendor patch.', `${v.pkg} ${v.ver} installed`, isoDay(BASE, -int(r, 1, 90)), '2025-06-13', int(r, 1, 6)]);
  }
  return (
    csv([
      ['Scan Results'],
      ['Cirrusway Inc', 'cirrusway-gov', '1 Federal Plaza', 'Washington', 'DC', 'United States', '20001'],
      [],
      ['Launch Date', 'Active Hosts', 'Total Hosts', 'Type', 'Status', 'Reference', 'Scanner Appliance', 'Duration', 'Scan Title', 'Asset Groups', 'IPs', 'Excluded IPs', 'Option Profile'],
      ['06/13/2025 22:00:11', 18, 18, 'Scheduled', 'Finished', 'scan/1749852011.28117', 'cap_gov_scanner_01', '01:12:47', 'CAP DB Tier Monthly', 'CAP-Database', '10.41.0.0/16', '', 'FedRAMP Authenticated'],
      [],
      head,
    ]) + csv(rows)
  );
}

function zap(): string {
  const alerts = [
    ['10038', 'Content Security Policy (CSP) Header Not Set', '2', 'Medium (High)', '693', '15'],
    ['10035', 'Strict-Transport-Security Header Not Set', '1', 'Low (High)', '319', '15'],
    ['40012', 'Cross Site Scripting (Reflected)', '3', 'High (Medium)', '79', '8'],
    ['10021', 'X-Content-Type-Options Header Missing', '1', 'Low (Medium)', '693', '15'],
    ['10096', 'Timestamp Disclosure - Unix', '0', 'Informational (Low)', '200', '13'],
  ];
  const ai = alerts
    .map(
      ([id, name, risk, desc, cwe, wasc]) => `\t\t\t<alertitem>
\t\t\t\t<pluginid>${id}</pluginid>
\t\t\t\t<alertRef>${id}</alertRef>
\t\t\t\t<alert>${name}</alert>
\t\t\t\t<name>${name}</name>
\t\t\t\t<riskcode>${risk}</riskcode>
\t\t\t\t<confidence>2</confidence>
\t\t\t\t<riskdesc>${desc}</riskdesc>
\t\t\t\t<desc>&lt;p&gt;${xmlEsc(name ?? '')} was detected on the console application.&lt;/p&gt;</desc>
\t\t\t\t<instances>
\t\t\t\t\t<instance><uri>https://console.cap.cirrusway.us/apps</uri><method>GET</method><param></param><attack></attack><evidence></evidence><otherinfo></otherinfo></instance>
\t\t\t\t\t<instance><uri>https://console.cap.cirrusway.us/login?next=%2F</uri><method>GET</method><param>next</param><attack></attack><evidence></evidence><otherinfo></otherinfo></instance>
\t\t\t\t</instances>
\t\t\t\t<count>2</count>
\t\t\t\t<solution>&lt;p&gt;Configure the web server to return the appropriate header.&lt;/p&gt;</solution>
\t\t\t\t<reference>&lt;p&gt;https://owasp.org/www-project-secure-headers/&lt;/p&gt;</reference>
\t\t\t\t<cweid>${cwe}</cweid>
\t\t\t\t<wascid>${wasc}</wascid>
\t\t\t\t<sourceid>3</sourceid>
\t\t\t</alertitem>`,
    )
    .join('\n');
  return `<?xml version="1.0"?><OWASPZAPReport programName="ZAP" version="2.15.0" generated="Fri, 13 Jun 2025 23:51:07">
\t<site name="https://console.cap.cirrusway.us" host="console.cap.cirrusway.us" port="443" ssl="true">
\t\t<alerts>
${ai}
\t\t</alerts>
\t</site>
</OWASPZAPReport>
`;
}

function inspector(): string {
  const r = rng(5);
  return JSON.stringify(
    {
      findings: VULNS.slice(0, 6).map((v, i) => ({
        awsAccountId: '123456789012',
        description: v.title,
        exploitAvailable: i < 2 ? 'YES' : 'NO',
        findingArn: `arn:aws-us-gov:inspector2:us-gov-west-1:123456789012:finding/${uuid('insp' + i).replace(/-/g, '')}`,
        firstObservedAt: `2025-0${int(r, 3, 5)}-1${i}T08:15:00.000Z`,
        fixAvailable: v.fix ? 'YES' : 'NO',
        inspectorScore: v.cvss,
        lastObservedAt: '2025-06-14T02:00:00.000Z',
        packageVulnerabilityDetails: {
          cvss: [{ baseScore: v.cvss, scoringVector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H', source: 'NVD', version: '3.1' }],
          referenceUrls: [`https://nvd.nist.gov/vuln/detail/${v.cve}`],
          relatedVulnerabilities: [],
          source: 'NVD',
          sourceUrl: `https://nvd.nist.gov/vuln/detail/${v.cve}`,
          vendorSeverity: v.sev,
          vulnerabilityId: v.cve,
          vulnerablePackages: [{ name: v.pkg, version: v.ver, packageManager: 'OS', fixedInVersion: v.fix || 'NotAvailable', arch: 'X86_64' }],
        },
        remediation: { recommendation: { text: `Update ${v.pkg} to ${v.fix || 'a fixed version when available'}.` } },
        resources: [{ details: { awsEc2Instance: { imageId: 'ami-0a1b2c3d4e5f60718', platform: 'AMAZON_LINUX_2023', type: 'm6i.xlarge' } }, id: `i-0${(i * 7919).toString(16).padStart(16, '0')}`, partition: 'aws-us-gov', region: 'us-gov-west-1', type: 'AWS_EC2_INSTANCE' }],
        severity: v.sev,
        status: 'ACTIVE',
        title: `${v.cve} - ${v.pkg}`,
        type: 'PACKAGE_VULNERABILITY',
        updatedAt: '2025-06-14T02:00:00.000Z',
      })),
    },
    null,
    1,
  );
}

function securityHubCve(): string {
  return JSON.stringify(
    {
      Findings: VULNS.slice(1, 8).map((v, i) => ({
        SchemaVersion: '2018-10-08',
        Id: `arn:aws-us-gov:inspector2:us-gov-west-1:123456789012:finding/${uuid('sh' + i).replace(/-/g, '')}`,
        ProductArn: 'arn:aws-us-gov:securityhub:us-gov-west-1::product/aws/inspector',
        ProductName: 'Inspector',
        CompanyName: 'Amazon',
        Region: 'us-gov-west-1',
        GeneratorId: 'AWSInspector',
        AwsAccountId: '123456789012',
        Types: ['Software and Configuration Checks/Vulnerabilities/CVE'],
        FirstObservedAt: '2025-05-20T11:02:00Z',
        LastObservedAt: '2025-06-14T02:00:00Z',
        CreatedAt: '2025-05-20T11:02:00Z',
        UpdatedAt: '2025-06-14T02:00:00Z',
        Severity: { Label: v.sev, Normalized: v.sev === 'CRITICAL' ? 90 : v.sev === 'HIGH' ? 70 : v.sev === 'MEDIUM' ? 40 : 1 },
        Title: `${v.cve} - ${v.pkg}`,
        Description: v.title,
        Remediation: { Recommendation: { Text: `Upgrade ${v.pkg}.` } },
        Resources: [{ Type: 'AwsEcrContainerImage', Id: `arn:aws-us-gov:ecr:us-gov-west-1:123456789012:repository/cap/worker/sha256:${'ef56'.repeat(16)}`, Partition: 'aws-us-gov', Region: 'us-gov-west-1' }],
        Vulnerabilities: [{ Id: v.cve, VulnerablePackages: [{ Name: v.pkg, Version: v.ver, PackageManager: 'OS' }], Cvss: [{ Version: '3.1', BaseScore: v.cvss }], Vendor: { Name: 'NVD', Url: `https://nvd.nist.gov/vuln/detail/${v.cve}` }, FixAvailable: v.fix ? 'YES' : 'NO' }],
        Workflow: { Status: 'NEW' },
        RecordState: 'ACTIVE',
      })),
    },
    null,
    2,
  );
}

// ------------------------------------------------------------ inventory

const IIW_HEAD = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/\nNetwork ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

function inventoryRows(seed: number, n: number): (string | number)[][] {
  const r = rng(seed);
  const rows: (string | number)[][] = [];
  const kinds = [
    ['EKS worker node', 'CIS Amazon Linux 2023 L1', 'Amazon Linux 2023.4.20240528', 'Virtual Machine', 'AWS EC2 m6i.xlarge', '', ''],
    ['RDS PostgreSQL', 'CAP RDS baseline v3', '', 'Database', '', 'Amazon Web Services', 'PostgreSQL 15.6'],
    ['Application Load Balancer', 'CAP ALB TLS1.2 policy', '', 'Load Balancer', '', 'Amazon Web Services', 'ELBv2'],
    ['Bastion host', 'CIS Debian 12 L1', 'Debian 12.5', 'Virtual Machine', 'AWS EC2 t3.medium', '', ''],
    ['Console web app', 'CAP web baseline', '', 'Web Application', '', 'Cirrusway', 'cap-console 5.8.2'],
  ] as const;
  for (let i = 0; i < n; i++) {
    const k = pick(r, kinds);
    const ip = `10.40.${int(r, 1, 12)}.${int(r, 4, 250)}`;
    const pub = k[3] === 'Load Balancer' ? 'Yes' : 'No';
    rows.push([
      k[3] === 'Database' ? `cap-db-${i}.c9x.us-gov-west-1.rds.amazonaws.com` : `i-0${(seed * 131 + i * 977).toString(16).padStart(16, 'a')}`,
      ip,
      'Yes',
      pub,
      k[3] === 'Web Application' ? 'https://console.cap.cirrusway.us' : `ip-${ip.replace(/\./g, '-')}.us-gov-west-1.compute.internal`,
      '',
      '',
      k[3] === 'Virtual Machine' || k[3] === 'Database' ? 'Yes' : 'No',
      k[1],
      k[2],
      pick(r, ['AWS us-gov-west-1a', 'AWS us-gov-west-1b', 'AWS us-gov-east-1a']),
      k[3],
      k[4],
      'Yes',
      k[5],
      k[6],
      k[3] === 'Virtual Machine' ? '2025-06 AMI' : 'Managed',
      k[0],
      '',
      '',
      `vpc-0${seed}c1a2b3`,
      'Platform SRE',
      k[3] === 'Web Application' ? 'Console Team' : 'Platform SRE',
    ]);
  }
  return rows;
}

// ------------------------------------------------------------ POA&M workbook / csv

const POAM_HEAD = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'Binding Operational Directive 22-01 tracking', 'Binding Operational Directive 22-01 Due Date', 'CVE', 'Service Name'];

function poamRows(seed: number, n: number, closed = false): (string | number)[][] {
  const r = rng(seed);
  const out: (string | number)[][] = [];
  for (let i = 0; i < n; i++) {
    const v = pick(r, VULNS);
    const risk = v.sev === 'LOW' ? 'Low' : v.sev === 'MEDIUM' ? 'Moderate' : 'High';
    const det = isoDay(BASE, -int(r, 5, 150));
    const days = risk === 'High' ? 30 : risk === 'Moderate' ? 90 : 180;
    out.push([
      `${closed ? 'C' : 'V'}-${String(300 + i + seed).padStart(4, '0')}`,
      pick(r, ['RA-5', 'SI-2', 'CM-6', 'SC-8']),
      v.title,
      `${v.pkg} ${v.ver} is affected by ${v.cve}.`,
      pick(r, ['Trivy (CI)', 'Amazon Inspector', 'Nessus', 'Grype']),
      v.cve,
      `cap/api-gateway:1.4${i % 3}.0`,
      'Platform SRE',
      'None',
      `Rebuild image on patched base and redeploy via Argo CD.`,
      det,
      isoDay(new Date(det), days),
      'Patch in next release train',
      '',
      '2025-06-30',
      'No',
      '',
      '',
      risk,
      risk,
      'No',
      'No',
      'No',
      '',
      '',
      closed ? 'Closed after verification scan' : '',
      'No',
      'No',
      '',
      v.cve,
      'Platform',
    ]);
  }
  return out;
}

async function poamWorkbook(): Promise<Buffer> {
  const hdr = (title: string): (string | number | null)[][] => [
    [title],
    ['CSP', 'System Name', 'Impact Level', 'POAM Date'],
    [CSP, SYS, 'Moderate', '2025-06-30'],
    [],
    POAM_HEAD,
  ];
  return xlsx(
    [
      { name: 'Open POA&M Items', rows: [...hdr('FedRAMP Plan of Action and Milestones (POA&M) Template'), ...poamRows(11, 14)], headerRow: 5 },
      { name: 'Closed POA&M Items', rows: [...hdr('FedRAMP Plan of Action and Milestones (POA&M) Template'), ...poamRows(12, 6, true)], headerRow: 5 },
      { name: 'Configuration Findings', rows: hdr('FedRAMP Plan of Action and Milestones (POA&M) Template'), headerRow: 5 },
      { name: 'Record of Changes', rows: [[], [null, 'Record of Changes'], [null, 'Date', 'Description', 'Version', 'Author'], [null, '2025-06-30', 'June ConMon update generated by grc-export', '2025.06', 'compliance-bot']] },
    ],
    { creator: 'grc-export 3.2' },
  );
}

// ------------------------------------------------------------ look-alikes

function terraformPlan(): string {
  return `Terraform used the selected providers to generate the following execution
plan. Resource actions are indicated with the following symbols:
  + create
  ~ update in-place
-/+ destroy and then create replacement

Terraform will perform the following actions:

  # module.eks_cluster.aws_eks_node_group.workers["general"] will be updated in-place
  ~ resource "aws_eks_node_group" "workers" {
        id              = "cap-prod:general"
      ~ release_version = "1.29.3-20240514" -> "1.29.3-20240605"
        tags            = {
            "Compliance"  = "fedramp-moderate"
            "Environment" = "prod"
        }
        # (14 unchanged attributes hidden)

      ~ launch_template {
          ~ version = "41" -> "42"
            # (2 unchanged attributes hidden)
        }
    }

  # module.network.aws_security_group_rule.alb_ingress_https will be created
  + resource "aws_security_group_rule" "alb_ingress_https" {
      + cidr_blocks       = [
          + "0.0.0.0/0",
        ]
      + from_port         = 443
      + id                = (known after apply)
      + protocol          = "tcp"
      + security_group_id = "sg-0c1d2e3f4a5b6c7d8"
      + to_port           = 443
      + type              = "ingress"
    }

  # module.logging.aws_cloudwatch_log_group.audit must be replaced
-/+ resource "aws_cloudwatch_log_group" "audit" {
      ~ arn               = "arn:aws-us-gov:logs:us-gov-west-1:123456789012:log-group:/cap/audit" -> (known after apply)
      ~ kms_key_id        = "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/old" -> "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/9f1e" # forces replacement
        name              = "/cap/audit"
      ~ retention_in_days = 365 -> 1096
    }

  # module.scanning.aws_inspector2_enabler.this will be created
  + resource "aws_inspector2_enabler" "this" {
      + account_ids    = [
          + "123456789012",
        ]
      + resource_types = [
          + "EC2",
          + "ECR",
        ]
    }

Plan: 3 to add, 1 to change, 1 to destroy.

Changes to Outputs:
  ~ audit_log_group_arn = "arn:aws-us-gov:logs:us-gov-west-1:123456789012:log-group:/cap/audit" -> (known after apply)

─────────────────────────────────────────────────────────────────────────────

Saved the plan to: tfplan

To perform exactly these actions, run the following command to apply:
    terraform apply "tfplan"
`;
}

function k8sManifests(): string {
  const docs = [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'cap-system', labels: { 'pod-security.kubernetes.io/enforce': 'restricted', 'compliance.cirrusway.us/boundary': 'fedramp-moderate' } } },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'default-deny', namespace: 'cap-system', annotations: { 'compliance.cirrusway.us/controls': 'SC-7, AC-4' } },
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'api-gateway', namespace: 'cap-system', labels: { app: 'api-gateway' } },
      spec: {
        replicas: 3,
        selector: { matchLabels: { app: 'api-gateway' } },
        template: {
          metadata: { labels: { app: 'api-gateway' } },
          spec: {
            serviceAccountName: 'api-gateway',
            securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [
              {
                name: 'api-gateway',
                image: '123456789012.dkr.ecr.us-gov-west-1.amazonaws.com/cap/api-gateway:1.42.1',
                ports: [{ containerPort: 8443 }],
                securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
                resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '512Mi' } },
                env: [{ name: 'FIPS_MODE', value: 'true' }],
              },
            ],
          },
        },
      },
    },
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'api-gateway', namespace: 'cap-system' }, spec: { selector: { app: 'api-gateway' }, ports: [{ port: 443, targetPort: 8443 }] } },
  ];
  return docs.map((d) => '---\n' + YAML.stringify(d)).join('');
}

function helmValues(): string {
  return `# Default values for cap-platform.
# This is a YAML-formatted file. Declare variables to be passed into your templates.
# FedRAMP note: values below are reviewed by the CCB; see docs/adr/0011-helm-baseline.md

global:
  imageRegistry: 123456789012.dkr.ecr.us-gov-west-1.amazonaws.com
  fipsMode: true
  region: us-gov-west-1

replicaCount: 3

image:
  repository: cap/api-gateway
  tag: "1.42.1"
  pullPolicy: IfNotPresent

podSecurityContext:
  runAsNonRoot: true
  runAsUser: 10001
  fsGroup: 10001
  seccompProfile:
    type: RuntimeDefault

securityContext:
  allowPrivilegeEscalation: false
  readOnlyRootFilesystem: true
  capabilities:
    drop: ["ALL"]

ingress:
  enabled: true
  className: alb
  annotations:
    alb.ingress.kubernetes.io/ssl-policy: ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04
    alb.ingress.kubernetes.io/wafv2-acl-arn: arn:aws-us-gov:wafv2:us-gov-west-1:123456789012:regional/webacl/cap-prod/abc
  hosts:
    - host: api.cap.cirrusway.us
      paths: [{ path: /, pathType: Prefix }]

audit:
  fluentBit:
    enabled: true
    outputs: [cloudwatch, s3-archive]
  retentionDays: 1096

autoscaling:
  enabled: true
  minReplicas: 3
  maxReplicas: 12
  targetCPUUtilizationPercentage: 65

resources:
  requests: { cpu: 250m, memory: 256Mi }
  limits: { memory: 512Mi }

nodeSelector:
  cap.cirrusway.us/pool: general

tolerations: []
affinity: {}
`;
}

function ciLog(): string {
  const t = (s: number): string => `2025-06-14T03:${String(10 + Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.${String(s * 37 % 1000).padStart(3, '0')}Z`;
  const lines = [
    'Running with gitlab-runner 17.0.0 (44feccdf) on cap-gov-runner-03 xKjs8a2',
    'Preparing the "kubernetes" executor',
    'Using Kubernetes namespace: ci-runners',
    'Getting source from Git repository',
    'Fetching changes with git depth set to 20...',
    'Checking out 7c1e2f93 as detached HEAD (ref is main)...',
    'Executing "step_script" stage of the job script',
    '$ make oscal-validate',
    'oscal-cli ssp validate build/cap-ssp.json',
    '[INFO] Validating build/cap-ssp.json against OSCAL 1.1.2 schema',
    '[INFO] build/cap-ssp.json is valid.',
    'oscal-cli poam validate build/cap-poam.json',
    '[INFO] build/cap-poam.json is valid.',
    '$ make fedramp-constraints',
    '[WARN] frr189: system-characteristics/props[@name="authorization-type"] should be present (1 warning)',
    '$ make render-pdf',
    'pandoc ssp/narrative/*.md --from markdown+yaml_metadata_block --pdf-engine=xelatex -o build/narrative.pdf',
    '[pandoc] 37 files, 212 pages written to build/narrative.pdf',
    '$ make image-gate',
    'trivy image --exit-code 1 --severity CRITICAL --ignore-unfixed cap/api-gateway:1.42.1',
    'Gate passed: no fixable CRITICAL vulnerabilities (full report uploaded as artifact trivy-api-gateway.json)',
    '$ aws s3 cp build/ s3://cap-compliance-artifacts/2025-06/ --recursive --sse aws:kms',
    'upload: build/cap-ssp.json to s3://cap-compliance-artifacts/2025-06/cap-ssp.json',
    'upload: build/cap-poam.json to s3://cap-compliance-artifacts/2025-06/cap-poam.json',
    'upload: build/narrative.pdf to s3://cap-compliance-artifacts/2025-06/narrative.pdf',
    'Uploading artifacts for successful job',
    'Cleaning up project directory and file based variables',
    'Job succeeded',
  ];
  return lines.map((l, i) => `${t(i * 7)} ${i < 7 ? '00O' : '01O'} ${l}`).join('\n') + '\n';
}

function cyclonedx(): string {
  const comps = [
    ['openssl', '3.0.13', 'pkg:deb/debian/openssl@3.0.13-1~deb12u1'],
    ['libexpat1', '2.5.0-1+deb12u1', 'pkg:deb/debian/libexpat1@2.5.0-1+deb12u1'],
    ['golang.org/x/net', 'v0.26.0', 'pkg:golang/golang.org/x/net@v0.26.0'],
    ['github.com/aws/aws-sdk-go-v2', 'v1.27.2', 'pkg:golang/github.com/aws/aws-sdk-go-v2@v1.27.2'],
    ['google.golang.org/grpc', 'v1.64.0', 'pkg:golang/google.golang.org/grpc@v1.64.0'],
    ['ca-certificates', '20230311', 'pkg:deb/debian/ca-certificates@20230311'],
  ];
  return JSON.stringify(
    {
      $schema: 'http://cyclonedx.org/schema/bom-1.5.schema.json',
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      serialNumber: 'urn:uuid:' + uuid('cdx'),
      version: 1,
      metadata: {
        timestamp: '2025-06-14T03:11:02Z',
        tools: { components: [{ type: 'application', group: 'aquasecurity', name: 'trivy', version: '0.52.2' }] },
        component: { 'bom-ref': 'cap/api-gateway:1.42.1', type: 'container', name: 'cap/api-gateway', version: '1.42.1' },
      },
      components: comps.map(([n, v, p]) => ({ 'bom-ref': p, type: 'library', name: n, version: v, purl: p, licenses: [{ license: { id: 'Apache-2.0' } }] })),
      dependencies: [{ ref: 'cap/api-gateway:1.42.1', dependsOn: comps.map((c) => c[2]) }],
      vulnerabilities: [],
    },
    null,
    2,
  );
}

function spdx(): string {
  const pk = [
    ['cap-console', '5.8.2', 'NOASSERTION'],
    ['react', '18.3.1', 'MIT'],
    ['next', '14.2.4', 'MIT'],
    ['axios', '1.7.2', 'MIT'],
    ['zod', '3.23.8', 'MIT'],
  ];
  return JSON.stringify({
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: 'cap-console-5.8.2',
    documentNamespace: 'https://sbom.cirrusway.us/spdx/cap-console-5.8.2-' + uuid('spdx'),
    creationInfo: { creators: ['Tool: syft-1.8.0', 'Organization: Cirrusway, Inc.'], created: '2025-06-10T17:44:00Z' },
    packages: pk.map(([n, v, l], i) => ({ SPDXID: `SPDXRef-Package-npm-${n}-${i}`, name: n, versionInfo: v, downloadLocation: `https://registry.npmjs.org/${n}/-/${n}-${v}.tgz`, licenseConcluded: l, licenseDeclared: l, externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: `pkg:npm/${n}@${v}` }] })),
    relationships: pk.slice(1).map((_, i) => ({ spdxElementId: 'SPDXRef-Package-npm-cap-console-0', relationshipType: 'DEPENDS_ON', relatedSpdxElement: `SPDXRef-Package-npm-${pk[i + 1]?.[0]}-${i + 1}` })),
  });
}

function rego(): string {
  return `# METADATA
# title: FedRAMP SC-7 / CM-7 guardrails for Terraform plans
# description: Denies plans that open non-approved ports to the internet or disable encryption.
# custom:
#   controls: ["SC-7", "CM-7", "SC-28"]
#   severity: high
package cirrusway.fedramp.terraform

import rego.v1

approved_public_ports := {443, 8443}

deny contains msg if {
	some rc in input.resource_changes
	rc.type == "aws_security_group_rule"
	rc.change.after.type == "ingress"
	"0.0.0.0/0" in rc.change.after.cidr_blocks
	not rc.change.after.from_port in approved_public_ports
	msg := sprintf("%s opens port %d to the internet (SC-7)", [rc.address, rc.change.after.from_port])
}

deny contains msg if {
	some rc in input.resource_changes
	rc.type == "aws_s3_bucket_server_side_encryption_configuration"
	rule := rc.change.after.rule[_]
	rule.apply_server_side_encryption_by_default[_].sse_algorithm != "aws:kms"
	msg := sprintf("%s must use SSE-KMS with a FIPS endpoint (SC-28)", [rc.address])
}

warn contains msg if {
	some rc in input.resource_changes
	rc.type == "aws_cloudwatch_log_group"
	rc.change.after.retention_in_days < 365
	msg := sprintf("%s retains audit logs for fewer than 365 days (AU-11)", [rc.address])
}
`;
}

function conformancePack(): string {
  return `##################################################################################
#   Conformance Pack:
#     Operational Best Practices for FedRAMP (Moderate) - Cirrusway tailoring
#
#   This conformance pack helps verify compliance with FedRAMP requirements.
#   See Parameters section for names and descriptions of required parameters.
##################################################################################

Parameters:
  AccessKeysRotatedParamMaxAccessKeyAge:
    Default: '90'
    Type: String
  IamPasswordPolicyParamMinimumPasswordLength:
    Default: '14'
    Type: String
Resources:
  AccessKeysRotated:
    Properties:
      ConfigRuleName: access-keys-rotated
      InputParameters:
        maxAccessKeyAge:
          Fn::If:
          - accessKeysRotatedParamMaxAccessKeyAge
          - Ref: AccessKeysRotatedParamMaxAccessKeyAge
          - Ref: AWS::NoValue
      Source:
        Owner: AWS
        SourceIdentifier: ACCESS_KEYS_ROTATED
    Type: AWS::Config::ConfigRule
  CloudTrailEnabled:
    Properties:
      ConfigRuleName: cloudtrail-enabled
      Source:
        Owner: AWS
        SourceIdentifier: CLOUD_TRAIL_ENABLED
    Type: AWS::Config::ConfigRule
  Ec2EbsEncryptionByDefault:
    Properties:
      ConfigRuleName: ec2-ebs-encryption-by-default
      Source:
        Owner: AWS
        SourceIdentifier: EC2_EBS_ENCRYPTION_BY_DEFAULT
    Type: AWS::Config::ConfigRule
  RestrictedIncomingTraffic:
    Properties:
      ConfigRuleName: restricted-common-ports
      Scope:
        ComplianceResourceTypes:
        - AWS::EC2::SecurityGroup
      Source:
        Owner: AWS
        SourceIdentifier: RESTRICTED_INCOMING_TRAFFIC
    Type: AWS::Config::ConfigRule
  VpcFlowLogsEnabled:
    Properties:
      ConfigRuleName: vpc-flow-logs-enabled
      Source:
        Owner: AWS
        SourceIdentifier: VPC_FLOW_LOGS_ENABLED
    Type: AWS::Config::ConfigRule
Conditions:
  accessKeysRotatedParamMaxAccessKeyAge:
    Fn::Not:
    - Fn::Equals:
      - ''
      - Ref: AccessKeysRotatedParamMaxAccessKeyAge
`;
}

function cloudtrail(): string {
  const evs = ['AssumeRole', 'PutBucketPolicy', 'CreateAccessKey', 'UpdateNodegroupVersion', 'ConsoleLogin'].map((name, i) => ({
    eventVersion: '1.09',
    userIdentity: { type: i === 4 ? 'IAMUser' : 'AssumedRole', principalId: 'AROAEXAMPLEID:dwhitfield', arn: `arn:aws-us-gov:sts::123456789012:assumed-role/PlatformAdmin/dwhitfield`, accountId: '123456789012' },
    eventTime: `2025-06-13T1${i}:0${i}:22Z`,
    eventSource: ['sts', 's3', 'iam', 'eks', 'signin'][i] + '.amazonaws.com',
    eventName: name,
    awsRegion: 'us-gov-west-1',
    sourceIPAddress: '203.0.113.' + (10 + i),
    userAgent: 'aws-cli/2.15.58 Python/3.11.8',
    requestParameters: i === 1 ? { bucketName: 'cap-compliance-artifacts' } : null,
    responseElements: null,
    eventID: uuid('ct' + i),
    readOnly: false,
    eventType: i === 4 ? 'AwsConsoleSignIn' : 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: '123456789012',
    eventCategory: 'Management',
  }));
  return JSON.stringify({ Records: evs }, null, 2);
}

function jsonSchema(): string {
  return JSON.stringify(
    {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://schemas.cirrusway.us/compliance/evidence-record.schema.json',
      title: 'Evidence record',
      description: 'One piece of automated control evidence collected by the compliance pipeline and attached to an OSCAL observation.',
      type: 'object',
      required: ['id', 'control_ids', 'collected_at', 'source', 'result'],
      properties: {
        id: { type: 'string', format: 'uuid' },
        control_ids: { type: 'array', items: { type: 'string', pattern: '^[a-z]{2}-\\d+(\\.\\d+)?$' }, minItems: 1 },
        collected_at: { type: 'string', format: 'date-time' },
        source: { enum: ['aws-config', 'security-hub', 'inspector', 'trivy', 'github', 'okta'] },
        result: { enum: ['pass', 'fail', 'not-applicable'] },
        artifact_uri: { type: 'string', format: 'uri' },
        reviewer: { type: 'string' },
      },
      additionalProperties: false,
    },
    null,
    2,
  );
}

function riskRegisterCsv(): string {
  const r = rng(909);
  const risks = [
    'Key engineer dependency for GovCloud network automation',
    'AWS GovCloud regional capacity for m6i instances',
    'Delay of FedRAMP 20x pilot participation',
    'Third-party IdP price increase',
    'Loss of 3PAO availability in Q3',
    'Insufficient budget for second region DR testing',
    'Contractual penalty exposure for SLA breaches',
  ];
  return csv([
    ['Risk ID', 'Risk Title', 'Category', 'Owner', 'Likelihood (1-5)', 'Impact (1-5)', 'Inherent Score', 'Treatment', 'Target Date', 'Status', 'Last Reviewed'],
    ...risks.map((t, i) => {
      const l = int(r, 1, 5);
      const im = int(r, 1, 5);
      return [`ERM-${101 + i}`, t, pick(r, ['Operational', 'Strategic', 'Financial', 'Compliance']), pick(r, ['COO', 'CISO', 'VP Engineering', 'CFO']), l, im, l * im, pick(r, ['Mitigate', 'Accept', 'Transfer']), isoDay(BASE, int(r, 30, 200)), 'Open', '2025-06-05'];
    }),
  ]);
}

export async function machineDocs(): Promise<EvalDoc[]> {
  const iiwRows = [
    ['All Inventories', 'All Inventories', 'All Inventories', 'All Inventories', 'All Inventories', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'Software and Database Inventories', 'Software and Database Inventories', 'Software and Database Inventories', 'Software and Database Inventories', 'Any Inventory', 'Any Inventory', 'Any Inventory', 'Any Inventory', 'Any Inventory'],
    IIW_HEAD,
    ...inventoryRows(3, 40),
  ];
  const inv1 = await xlsx([{ name: 'Inventory', rows: iiwRows, headerRow: 2 }], { creator: 'inventory-sync lambda', title: 'SSP Attachment 13 - Integrated Inventory Workbook' });
  const rev5Head = [...IIW_HEAD.slice(0, 21), 'Diagram Label', ...IIW_HEAD.slice(21)];
  const inv3 = await xlsx(
    [
      {
        name: 'Inventory',
        rows: [
          [`${SYS} - Integrated Inventory (generated 2025-06-30 from AWS Config aggregator)`],
          ['Do not edit: regenerated nightly. Questions: #cap-compliance'],
          [],
          rev5Head,
          ...inventoryRows(8, 25).map((r) => [...r.slice(0, 21), `DL-${String(r[1]).split('.')[2]}`, ...r.slice(21)]),
        ],
        headerRow: 4,
      },
      { name: 'Summary', rows: [['Asset Type', 'Count'], ['Virtual Machine', 14], ['Database', 5], ['Load Balancer', 3], ['Web Application', 3]] },
    ],
    { creator: 'Microsoft Excel' },
  );
  const poamCsv = csv([POAM_HEAD, ...poamRows(21, 12)]);
  return [
    { file: 'scan-20250614.nessus', expected: 'SCAN_RESULTS', note: 'Tenable .nessus (NessusClientData_v2) monthly authenticated OS scan with ReportHost/ReportItem vulnerability results.', data: nessus() },
    { file: 'api-gateway-1.42.0.json', expected: 'SCAN_RESULTS', note: 'Trivy container image scan JSON (SchemaVersion 2, Results[].Vulnerabilities) from the CI pipeline.', data: trivy() },
    { file: 'grype-out.json', expected: 'SCAN_RESULTS', note: 'Grype image vulnerability scan JSON (matches[].vulnerability with CVEs and fix state).', data: grype() },
    { file: 'Scan_Report_CAP_DB_20250613.csv', expected: 'SCAN_RESULTS', note: 'Qualys vulnerability scan CSV export (report header then IP/QID/Title/Severity/CVE rows) for the database tier.', data: qualysCsv() },
    { file: 'zap-report.xml', expected: 'SCAN_RESULTS', note: 'OWASP ZAP XML report (OWASPZAPReport) of the web console: web application vulnerability scan results.', data: zap() },
    { file: 'findings.json', expected: 'SCAN_RESULTS', note: 'Amazon Inspector v2 findings export: PACKAGE_VULNERABILITY findings with CVEs on EC2 instances.', data: inspector() },
    { file: 'securityhub-export-2025-06-14.json', expected: 'SCAN_RESULTS', note: 'Security Hub ASFF findings export containing only Inspector CVE vulnerability findings on container images.', data: securityHubCve() },
    { file: 'Attachment13_IIW_June.xlsx', expected: 'INVENTORY', note: 'Integrated Inventory Workbook in the FedRAMP layout (group row + UNIQUE ASSET IDENTIFIER header), generated from cloud APIs.', data: inv1 },
    { file: 'inventory.csv', expected: 'INVENTORY', note: 'CSV export of the integrated inventory in the FedRAMP IIW column layout.', data: csv([IIW_HEAD.map((h) => h.replace(/\n/g, ' ')), ...inventoryRows(5, 30)], '\n') },
    { file: 'POAM_2025-06.xlsx', expected: 'INVENTORY', note: 'Rev5 IIW layout with Diagram Label, header moved to row 4 below a generated banner; the file name misleadingly says POA&M.', data: inv3 },
    { file: 'Cirrusway_CAP_POAM_2025-06-30.xlsx', expected: 'POAM', note: 'FedRAMP POA&M template v2.1 workbook (Open/Closed/Configuration Findings sheets, POAM ID header on row 5).', data: await poamWorkbook() },
    { file: 'grc_export_poam_items.csv', expected: 'POAM', note: 'GRC tool CSV export of open POA&M items with the FedRAMP POA&M column set starting at POAM ID.', data: poamCsv },
    { file: 'tfplan.txt', expected: 'UNKNOWN', note: 'Terraform plan output with compliance tags: infrastructure change output, not a deliverable.', data: terraformPlan() },
    { file: 'cap-system.yaml', expected: 'UNKNOWN', note: 'Kubernetes manifests (multi-document YAML) with compliance annotations; configuration, not a deliverable.', data: k8sManifests() },
    { file: 'values.yaml', expected: 'UNKNOWN', note: 'Helm chart values file; configuration as code, not a deliverable.', data: helmValues() },
    { file: 'job-88213.log', expected: 'UNKNOWN', note: 'CI pipeline job log that validates and renders the OSCAL package and gates on Trivy; a build log, not any deliverable.', data: ciLog() },
    { file: 'scan-results-api-gateway.cdx.json', expected: 'UNKNOWN', note: 'CycloneDX SBOM (component list, empty vulnerabilities) - an SBOM is not scan results despite the file name.', data: cyclonedx() },
    { file: 'cap-console.spdx.json', expected: 'UNKNOWN', note: 'SPDX 2.3 SBOM of the console application: a bill of materials, not a deliverable.', data: spdx() },
    { file: 'terraform_sc7.rego', expected: 'UNKNOWN', note: 'OPA/Rego policy-as-code guardrails mentioning FedRAMP controls; code, not a deliverable.', data: rego() },
    { file: 'conformance-pack.yaml', expected: 'UNKNOWN', note: 'AWS Config conformance pack template (config rules); tooling configuration, not a deliverable.', data: conformancePack() },
    { file: 'cloudtrail-2025-06-13.json', expected: 'UNKNOWN', note: 'CloudTrail management event export (Records[]): audit log data, not a deliverable.', data: cloudtrail() },
    { file: 'evidence-record.schema.json', expected: 'UNKNOWN', note: 'JSON Schema for the internal evidence record format; not a deliverable.', data: jsonSchema() },
    { file: 'enterprise_risk_register.csv', expected: 'UNKNOWN', note: 'Enterprise risk register exported from the GRC tool (business risks with likelihood/impact), not a POA&M.', data: riskRegisterCsv() },
  ];
}

