import ExcelJS from 'exceljs';
import { fixture } from '../../../support/fixtures.js';
import { buildDocx } from '../kit/docx.js';
import { buildPdf } from '../kit/pdf.js';
import { Rng } from '../kit/rng.js';
import type { Block, EvalDoc } from '../kit/types.js';
import { applyMeta, buildXlsx, finishXlsx } from '../kit/xlsx.js';
import { bh, bullets, BRIGHTQUILL, CORVANE, h1, HALBERD, KESTREL, LEDGERLEAF, longDate, p, table, backMatter } from './common.js';

const C = CORVANE;
const L = LEDGERLEAF;
const B = BRIGHTQUILL;

interface Weak {
  id: string;
  ctl: string;
  name: string;
  desc: string;
  src: string;
  srcId: string;
  asset: string;
  detected: string;
  due: string;
  risk: 'High' | 'Moderate' | 'Low';
  cve: string;
}

const CV_WEAK: Weak[] = [
  { id: 'V-1102', ctl: 'RA-5; SI-2', name: 'OpenSSH regreSSHion (CVE-2024-6387)', desc: 'Signal handler race condition in sshd allows unauthenticated remote code execution on glibc-based Linux.', src: 'Nessus OS scan', srcId: '201194', asset: 'hv-use1-0412; hv-use1-0413', detected: '2025-07-03', due: '2025-10-01', risk: 'Moderate', cve: 'CVE-2024-6387' },
  { id: 'V-1187', ctl: 'SI-2', name: 'Storage controller firmware vulnerability', desc: 'Vendor advisory VSA-2025-014: authentication bypass on management interface of array controllers.', src: 'Vendor advisory', srcId: 'VSA-2025-014', asset: 'sa-use1-01; sa-use1-02', detected: '2025-08-11', due: '2025-11-09', risk: 'Moderate', cve: 'CVE-2025-21412' },
  { id: 'CSC-02', ctl: 'AC-2(2)', name: 'Break-glass account review', desc: 'Break-glass accounts are not reviewed after each use as required by the AC policy.', src: 'SAR 2025 (Halberd)', srcId: 'CSC-02', asset: 'Management plane IdP', detected: '2025-07-24', due: '2025-10-22', risk: 'Moderate', cve: '' },
  { id: 'CSC-03', ctl: 'AU-3', name: 'Kubernetes API audit policy incomplete', desc: 'Audit policy omits request bodies for secrets resources.', src: 'SAR 2025 (Halberd)', srcId: 'CSC-03', asset: 'eks-mgmt-use1', detected: '2025-07-24', due: '2025-10-22', risk: 'Moderate', cve: '' },
  { id: 'CSC-04', ctl: 'CP-4(2)', name: 'Alternate site failover not tested', desc: 'Secondary region failover not exercised at the alternate processing site.', src: 'SAR 2025 (Halberd)', srcId: 'CSC-04', asset: 'System-wide', detected: '2025-07-24', due: '2025-10-22', risk: 'Moderate', cve: '' },
  { id: 'V-1201', ctl: 'RA-5', name: 'PostgreSQL 15.6 multiple vulnerabilities', desc: 'Installed PostgreSQL is prior to 15.8; affected by CVE-2024-7348 (pg_dump race).', src: 'Nessus DB scan', srcId: '205232', asset: 'pg-use1-billing', detected: '2025-09-02', due: '2026-03-01', risk: 'Low', cve: 'CVE-2024-7348' },
];

async function poamTemplate(): Promise<EvalDoc> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixture('office/FedRAMP-POAM-Template.xlsx'));
  applyMeta(wb, { creator: 'FedRAMP PMO', lastModifiedBy: C.isso, created: '2024-03-29T12:00:00Z', modified: '2025-09-30T18:00:00Z' });
  const open = wb.getWorksheet('Open POA&M Items')!;
  const r3 = open.getRow(3);
  r3.getCell(2).value = C.org;
  r3.getCell(3).value = C.system;
  r3.getCell(4).value = 'High';
  r3.getCell(5).value = '09/30/2025';
  CV_WEAK.forEach((w, i) => {
    const row = open.getRow(6 + i);
    const v = [w.id, w.ctl, w.name, w.desc, w.src, w.srcId, w.asset, C.isso, 'Engineering time', 'Apply vendor fix; validate by rescan', w.detected, w.due, 'Patch in staging; deploy to production; rescan', '', '2025-09-30', w.id === 'V-1187' ? 'Yes' : 'No', w.id === 'V-1187' ? '2025-09-26' : '', w.id === 'V-1187' ? 'ArrayOS 9.4' : '', w.risk, w.risk, 'No', 'No', 'No', '', '', '', 'No', w.cve !== '' ? 'Yes' : 'No', '', w.cve, 'Compute'];
    v.forEach((x, j) => {
      if (x !== '') row.getCell(2 + j).value = x;
    });
  });
  const closed = wb.getWorksheet('Closed POA&M Items')!;
  const c3 = closed.getRow(3);
  c3.getCell(2).value = C.org;
  c3.getCell(3).value = C.system;
  c3.getCell(4).value = 'High';
  c3.getCell(5).value = '09/30/2025';
  const cr = closed.getRow(6);
  ['CSC-01', 'RA-5', 'Erlang/OTP SSH pre-auth RCE (CVE-2025-32433)', 'Management host exposed vulnerable SSH daemon', 'SAR 2025 (Halberd)', 'CSC-01', 'mgmt-use1-07', C.isso].forEach((x, j) => {
    cr.getCell(2 + j).value = x;
  });
  const data = await finishXlsx(wb);
  return { file: 'Corvane_POAM_2025-09.xlsx', expected: 'POAM', note: 'The High IaaS\'s monthly POA&M on the FedRAMP v2.1 template (Open and Closed POA&M Items filled).', data };
}

async function poamDrift(): Promise<EvalDoc> {
  const header = ['POA&M Item ID', 'Security Control(s)', 'Weakness', 'Description', 'Detected By', 'Source ID', 'Affected Asset(s)', 'POC', 'Remediation Plan', 'Date Identified', 'Due Date', 'Milestones', 'Status', 'Original Risk', 'Adjusted Risk', 'Vendor Dependency', 'False Positive', 'Operational Req.', 'CVE'];
  const items = [
    ['LGM-25-01', 'AC-2(3)', 'Inactive accounts not disabled', 'Reviewer accounts inactive >90 days remain enabled', 'SAR 2025 (K&F)', 'LGM-25-01', 'Reviewer portal', L.isso, 'Enable automatic disablement job', '2025-07-10', '2025-10-08', '09/15 job deployed to staging', 'Ongoing', 'Moderate', 'Moderate', 'No', 'No', 'No', ''],
    ['LGM-25-02', 'AU-6', 'Audit review frequency', 'Admin console audit review weekly instead of daily', 'SAR 2025 (K&F)', 'LGM-25-02', 'Admin console', L.isso, 'Automate daily review in SIEM', '2025-07-10', '2025-10-08', 'SIEM rule drafted', 'Ongoing', 'Moderate', 'Moderate', 'No', 'No', 'No', ''],
    ['LGM-25-04', 'SI-2', 'OpenSSH vulnerability', 'CVE-2025-26465 unpatched beyond 90 days', 'Nessus', '233914', 'wrk-01..wrk-06', 'Platform team', 'Rebuild AMI', '2025-04-02', '2025-07-01', 'AMI rebuilt 2025-09-20', 'Ongoing', 'Moderate', 'Moderate', 'No', 'No', 'No', 'CVE-2025-26465'],
    ['LGM-25-07', 'SI-10', 'Reflected input', 'Reflected input in reviewer search error page', 'Burp Suite', 'LGM-25-07', 'reviewer.ledgerleaf.io', 'App team', 'Encode output', '2025-07-10', '2026-01-06', 'Fix in release 2025.4', 'Ongoing', 'Low', 'Low', 'No', 'No', 'No', ''],
    ['V-0388', 'RA-5', 'TLS certificate weak signature on legacy endpoint', 'SHA-1 intermediate on webhook endpoint', 'Qualys', '38173', 'hooks.ledgerleaf.io', 'Platform team', 'Replace certificate', '2025-08-05', '2026-02-01', '', 'Ongoing', 'Low', 'Low', 'No', 'No', 'No', ''],
  ];
  const pre = [
    [`${L.org}`, null, null, null],
    [`Plan of Action & Milestones — ${L.system} (FedRAMP Low)`, null, null, null],
    ['Reporting period: September 2025', null, null, null],
    ['Prepared by: LedgerLeaf Compliance   |   Agency: NECL', null, null, null],
    ['Exported from Drata on 2025-10-01; do not edit header rows', null, null, null],
    [null, null, null, null],
  ];
  const data = await buildXlsx({ title: 'POA&M template v1.7', creator: 'Drata Export', lastModifiedBy: L.isso, created: '2025-10-01T13:00:00Z' }, [
    { name: 'Open POA&M Items', rows: [...pre, header, ...items], boldRows: [7], widths: [12, 14, 30, 40, 16, 12, 20, 16, 26, 14, 12, 26, 10, 12, 12, 12, 10, 12, 16] },
    { name: 'Closed POA&M Items', rows: [...pre, header, ['LGM-25-06', 'SC-8', 'TLS 1.0 accepted', 'Legacy webhook endpoint accepted TLS 1.0', 'SAR 2025 (K&F)', 'LGM-25-06', 'hooks.ledgerleaf.io', 'Platform team', 'Disable TLS 1.0', '2025-07-10', '2025-10-08', 'Completed 2025-07-08', 'Completed', 'Low', 'Low', 'No', 'No', 'No', '']], boldRows: [7] },
  ]);
  return { file: 'book1.xlsx', expected: 'POAM', note: 'The Low SaaS\'s POA&M exported from a GRC tool: Open/Closed POA&M Items sheets, header row moved to row 7 and columns renamed.', data };
}

function poamCsv(): EvalDoc {
  const head = 'POAM ID,Controls,Weakness Name,Weakness Description,Weakness Detector Source,Weakness Source Identifier,Asset Identifier,Point of Contact,Resources Required,Overall Remediation Plan,Original Detection Date,Scheduled Completion Date,Planned Milestones,Milestone Changes,Status Date,Vendor Dependency,Last Vendor Check-in Date,Vendor Dependent Product Name,Original Risk Rating,Adjusted Risk Rating,Risk Adjustment,False Positive,Operational Requirement,Deviation Rationale,Supporting Documents,Comments,Auto-Approve,CVE';
  const rows = [
    ['BQF-1', 'AC-7', 'Account lockout threshold differs from SSP', 'Okta policy allows 10 attempts; SSP requires 3', 'SAR (Meridian)', 'BQF-1', 'Okta tenant brightquill-gov', B.isso, 'None', 'Change Okta policy to 3 attempts', '2025-09-19', '2025-12-18', 'Policy change in CAB 2025-10-08', '', '2025-10-31', 'No', '', '', 'Moderate', 'Moderate', 'No', 'No', 'No', '', 'SAR Appendix', '', 'No', ''],
    ['BQF-2', 'RA-5', 'Database scans missed', 'Monthly database scans not performed May and June 2025', 'SAR (Meridian)', 'BQF-2', 'cloudsql-forms-prod', B.isso, 'Scanner licence', 'Schedule monthly DB scan; alert on missed scan', '2025-09-19', '2025-12-18', 'Scans resumed Sept 2025', '', '2025-10-31', 'No', '', '', 'Moderate', 'Moderate', 'No', 'No', 'No', '', '', '', 'No', ''],
    ['BQF-3', 'SI-2', 'libexpat vulnerability', 'CVE-2024-45490 in renderer image', 'Trivy', 'CVE-2024-45490', 'forms-renderer', 'Declan Furey', 'None', 'Rebuild on patched base', '2025-03-02', '2025-08-29', 'Base image update', 'Delayed: upstream fix', '2025-10-31', 'Yes', '2025-10-20', 'distroless/base', 'Low', 'Low', 'No', 'No', 'No', '', '', 'Overdue', 'No', 'CVE-2024-45490'],
    ['BQF-4', 'SI-2', 'zlib vulnerability', 'CVE-2023-45853 in worker image', 'Trivy', 'CVE-2023-45853', 'forms-worker', 'Declan Furey', 'None', 'Rebuild on patched base', '2025-03-02', '2025-08-29', '', '', '2025-10-31', 'No', '', '', 'Low', 'Low', 'No', 'No', 'No', '', '', 'Overdue', 'No', 'CVE-2023-45853'],
  ];
  const q = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const text = `${head}\r\n${rows.map((r) => r.map(q).join(',')).join('\r\n')}\r\n`;
  return { file: 'export.csv', expected: 'POAM', note: 'The LI-SaaS\'s POA&M exported as CSV with the FedRAMP POA&M template columns.', data: text };
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const PLUGINS = [
  { id: '201194', name: 'OpenSSH < 9.8 RCE', fam: 'Misc.', sev: 3, risk: 'High', cve: 'CVE-2024-6387', cvss: '8.1', syn: 'The SSH server running on the remote host is affected by a remote code execution vulnerability.', sol: 'Upgrade to OpenSSH version 9.8 or later.' },
  { id: '187315', name: 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', fam: 'Misc.', sev: 2, risk: 'Medium', cve: 'CVE-2023-48795', cvss: '5.9', syn: 'The remote SSH server is vulnerable to a mitm prefix truncation attack.', sol: 'Contact the vendor for an update with the strict key exchange countermeasures.' },
  { id: '233914', name: 'RHEL 9 : openssh (RHSA-2025:1762)', fam: 'Red Hat Local Security Checks', sev: 2, risk: 'Medium', cve: 'CVE-2025-26465', cvss: '6.8', syn: 'The remote Red Hat host is missing a security update for openssh.', sol: 'Update the RHEL openssh package based on the guidance in RHSA-2025:1762.' },
  { id: '57582', name: 'SSL Self-Signed Certificate', fam: 'General', sev: 2, risk: 'Medium', cve: '', cvss: '6.5', syn: 'The SSL certificate chain for this service ends in an unrecognized self-signed certificate.', sol: 'Purchase or generate a proper SSL certificate for this service.' },
  { id: '19506', name: 'Nessus Scan Information', fam: 'Settings', sev: 0, risk: 'None', cve: '', cvss: '', syn: 'This plugin displays information about the Nessus scan.', sol: 'n/a' },
  { id: '141118', name: 'Target Credential Status by Authentication Protocol - Valid Credentials Provided', fam: 'Settings', sev: 0, risk: 'None', cve: '', cvss: '', syn: 'Valid credentials were provided for an available authentication protocol.', sol: 'n/a' },
];

function nessus(): EvalDoc {
  const rng = new Rng(901);
  let hosts = '';
  for (let i = 0; i < 14; i++) {
    const name = `hv-use1-${String(400 + i * 3).padStart(4, '0')}`;
    const ip = `10.40.${12 + (i % 3)}.${20 + i * 7}`;
    let items = '';
    for (const pl of PLUGINS) {
      if (pl.sev > 0 && rng.next() < 0.45) continue;
      items += `<ReportItem port="${pl.id === '19506' || pl.id === '141118' ? 0 : 22}" svc_name="${pl.id === '19506' ? 'general' : 'ssh'}" protocol="tcp" severity="${pl.sev}" pluginID="${pl.id}" pluginName="${esc(pl.name)}" pluginFamily="${esc(pl.fam)}">
<agent>unix</agent>
<description>${esc(pl.syn)}</description>
<fname>${pl.id}.nasl</fname>
<plugin_modification_date>2025/08/20</plugin_modification_date>
<plugin_name>${esc(pl.name)}</plugin_name>
<plugin_type>${pl.sev === 0 ? 'summary' : 'remote'}</plugin_type>
<risk_factor>${pl.risk}</risk_factor>
<script_version>1.${rng.int(5, 30)}</script_version>
<solution>${esc(pl.sol)}</solution>
<synopsis>${esc(pl.syn)}</synopsis>
${pl.cve !== '' ? `<cve>${pl.cve}</cve>\n<cvss3_base_score>${pl.cvss}</cvss3_base_score>\n` : ''}${pl.id === '19506' ? `<plugin_output>Nessus version : 10.8.3\nScan name : CSC-Monthly-OS-2025-09\nCredentialed checks : yes\nScan Start Date : 2025/9/8 2:00 EDT</plugin_output>\n` : ''}</ReportItem>
`;
    }
    hosts += `<ReportHost name="${ip}"><HostProperties>
<tag name="HOST_END">Mon Sep  8 03:${String(10 + i).padStart(2, '0')}:44 2025</tag>
<tag name="host-fqdn">${name}.mgmt.corvane.internal</tag>
<tag name="hostname">${name}</tag>
<tag name="host-ip">${ip}</tag>
<tag name="operating-system">Linux Kernel 5.14.0-503.26.1.el9_5.x86_64 on Red Hat Enterprise Linux release 9.5 (Plow)</tag>
<tag name="Credentialed_Scan">true</tag>
<tag name="HOST_START">Mon Sep  8 02:${String(1 + i).padStart(2, '0')}:12 2025</tag>
</HostProperties>
${items}</ReportHost>
`;
  }
  const xml = `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>CSC FedRAMP Monthly OS (Authenticated)</policyName>
<Preferences><ServerPreferences><preference><name>TARGET</name><value>10.40.12.0/22</value></preference><preference><name>scan_start_timestamp</name><value>1757311200</value></preference></ServerPreferences></Preferences>
</Policy>
<Report name="CSC-Monthly-OS-2025-09" xmlns:cm="http://www.nessus.org/cm">
${hosts}</Report>
</NessusClientData_v2>
`;
  return { file: 'scan-2025-09-os.nessus', expected: 'SCAN_RESULTS', note: 'The High IaaS\'s monthly authenticated OS scan as a Nessus v2 export.', data: xml };
}

function qualysCsv(): EvalDoc {
  const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  const lines = [
    ['Scan Results', 'ledgerleaf_monthly_2025-09', ''],
    ['LedgerLeaf Software LLC', '221 West Sixth Street', 'Austin', 'Texas', '78701'],
    ['compliance@ledgerleaf.io', 'Scan Date', '09/09/2025 at 04:00:12 (GMT-0500)'],
    ['Active Hosts', '64', 'Total Hosts', '64', 'Type', 'Scheduled', 'Status', 'Finished', 'Reference', 'scan/1757408412.33108'],
    [],
    ['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'CVSS3.1 Base', 'Threat', 'Impact', 'Solution', 'Results', 'PCI Vuln', 'Category'],
  ];
  const rng = new Rng(77);
  const vulns = [
    ['38173', 'SSL Certificate - Signature Verification Failed Vulnerability', 'Vuln', '2', '443', 'tcp', 'yes', '', '', '4.0', 'An SSL Certificate associates an entity with a public key.', 'Spoofing of the server is possible.', 'Replace the certificate.', 'Certificate #1 CN=hooks.ledgerleaf.io', 'yes', 'General remote services'],
    ['380974', 'Amazon Linux 2023 Security Advisory for openssh (ALAS2023-2025-836)', 'Vuln', '3', '', '', 'no', 'CVE-2025-26465', 'ALAS2023-2025-836', '6.8', 'Amazon Linux 2023 has released a security update for openssh.', 'Successful exploitation allows MitM.', 'Run dnf update openssh.', 'openssh-8.7p1-8.amzn2023.0.11 installed', 'no', 'Amazon Linux'],
    ['11827', 'HTTP Security Header Not Detected', 'Vuln', '2', '443', 'tcp', 'yes', '', '', '5.3', 'The X-Content-Type-Options header was not detected.', 'Browsers may MIME-sniff responses.', 'Add the header.', 'GET / HTTP/1.1 response lacked X-Content-Type-Options', 'no', 'CGI'],
    ['45038', 'Host Scan Time - Scanner', 'Ig', '1', '', '', 'no', '', '', '', 'Scan duration.', 'N/A', 'N/A', 'Scan duration: 412 seconds', 'no', 'Information gathering'],
  ];
  const out = lines.map((l) => l.map(q).join(','));
  for (let i = 0; i < 16; i++) {
    const ip = `10.12.${rng.int(1, 4)}.${rng.int(10, 240)}`;
    const v = vulns[i % vulns.length]!;
    out.push([ip, `ip-${ip.replace(/\./g, '-')}.us-east-2.compute.internal`, '', 'Amazon Linux 2023', 'host scanned, found vuln', ...v.slice(0, 6), `app-${i}.ledgerleaf.internal`, ...v.slice(6)].map(q).join(','));
  }
  return { file: 'report_1758210.csv', expected: 'SCAN_RESULTS', note: 'The Low SaaS\'s monthly Qualys vulnerability scan CSV export with its preamble lines.', data: `${out.join('\r\n')}\r\n` };
}

function zapXml(): EvalDoc {
  const alerts = [
    ['10038', 'Content Security Policy (CSP) Header Not Set', '2', '3', 'Medium (High)', 'Content Security Policy is an added layer of security that helps to detect and mitigate certain types of attacks.', 'Ensure that the web server is configured to set the Content-Security-Policy header.', '693', '15', ['https://gov.brightquill.com.au/f/intake-2025', 'https://gov.brightquill.com.au/robots.txt']],
    ['10020', 'Missing Anti-clickjacking Header', '2', '2', 'Medium (Medium)', 'The response does not protect against ClickJacking attacks.', 'Set Content-Security-Policy frame-ancestors or X-Frame-Options.', '1021', '15', ['https://gov.brightquill.com.au/f/intake-2025']],
    ['10054', 'Cookie without SameSite Attribute', '1', '2', 'Low (Medium)', 'A cookie has been set without the SameSite attribute.', 'Ensure that the SameSite attribute is set to lax or strict.', '1275', '13', ['https://gov.brightquill.com.au/login']],
    ['10096', 'Timestamp Disclosure - Unix', '0', '1', 'Informational (Low)', 'A timestamp was disclosed by the application/web server.', 'Manually confirm that the timestamp data is not sensitive.', '497', '13', ['https://gov.brightquill.com.au/static/app.js']],
  ] as const;
  const items = alerts
    .map(
      ([id, name, risk, conf, riskdesc, desc, sol, cwe, wasc, uris]) => `			<alertitem>
				<pluginid>${id}</pluginid>
				<alertRef>${id}</alertRef>
				<alert>${esc(name)}</alert>
				<name>${esc(name)}</name>
				<riskcode>${risk}</riskcode>
				<confidence>${conf}</confidence>
				<riskdesc>${riskdesc}</riskdesc>
				<desc>&lt;p&gt;${esc(desc)}&lt;/p&gt;</desc>
				<instances>
${uris.map((u) => `					<instance><uri>${u}</uri><method>GET</method><param></param><attack></attack><evidence></evidence></instance>`).join('\n')}
				</instances>
				<count>${uris.length}</count>
				<solution>&lt;p&gt;${esc(sol)}&lt;/p&gt;</solution>
				<reference>&lt;p&gt;https://owasp.org/www-project-secure-headers/&lt;/p&gt;</reference>
				<cweid>${cwe}</cweid>
				<wascid>${wasc}</wascid>
				<sourceid>3</sourceid>
			</alertitem>`,
    )
    .join('\n');
  const xml = `<?xml version="1.0"?>
<OWASPZAPReport programName="ZAP" version="2.16.1" generated="Tue, 16 Sept 2025 03:12:45">
	<site name="https://gov.brightquill.com.au" host="gov.brightquill.com.au" port="443" ssl="true">
		<alerts>
${items}
		</alerts>
	</site>
</OWASPZAPReport>
`;
  return { file: 'zap.xml', expected: 'SCAN_RESULTS', note: 'The LI-SaaS\'s monthly web application scan as an OWASP ZAP XML report.', data: xml };
}

function nessusDbCsv(): EvalDoc {
  const head = ['Plugin ID', 'CVE', 'CVSS v2.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output', 'CVSS v3.0 Base Score'];
  const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  const hosts = ['10.40.30.11', '10.40.30.12', '10.40.30.21', '10.41.30.11', '10.41.30.12'];
  const rows: string[][] = [];
  hosts.forEach((h, i) => {
    rows.push(['205232', 'CVE-2024-7348', '6.8', 'Medium', h, 'tcp', '5432', 'PostgreSQL 12.x < 12.20 / 13.x < 13.16 / 14.x < 14.13 / 15.x < 15.8 / 16.x < 16.4 Multiple Vulnerabilities', 'The remote database server is affected by a vulnerability.', 'The version of PostgreSQL installed on the remote host is prior to 15.8. It is therefore affected by a time-of-check time-of-use race condition in pg_dump.', 'Upgrade to PostgreSQL 15.8 or later.', 'https://www.postgresql.org/support/security/CVE-2024-7348/', 'Installed version : 15.6\nFixed version : 15.8', '8.8']);
    if (i % 2 === 0) rows.push(['110095', '', '', 'None', h, 'tcp', '5432', 'Target Credential Issues by Authentication Protocol - No Issues Found', 'Nessus was able to log in to the remote host using the provided credentials.', 'Valid credentials were provided for PostgreSQL.', 'n/a', '', 'PostgreSQL authentication succeeded for user nessus_audit', '']);
    rows.push(['21157', '', '', 'Medium', h, 'tcp', '5432', 'CIS PostgreSQL 15 Benchmark - 3.1.2 Ensure the log destinations are set correctly', 'Compliance check failed.', 'log_destination should include csvlog.', 'Set log_destination = \'csvlog\'.', '', 'Actual value: stderr', '']);
  });
  const text = [head, ...rows].map((r) => r.map(q).join(',')).join('\n');
  return { file: 'inventory-sept.csv', expected: 'SCAN_RESULTS', note: 'A Nessus CSV export of the High IaaS\'s monthly database scan; the file name wrongly says inventory.', data: `${text}\n` };
}

function trivyJson(): EvalDoc {
  const vulns = [
    { VulnerabilityID: 'CVE-2024-45490', PkgName: 'libexpat1', InstalledVersion: '2.5.0-1', FixedVersion: '2.5.0-1+deb12u1', Severity: 'LOW', Title: 'libexpat: Negative Length Parsing Vulnerability in libexpat', PrimaryURL: 'https://avd.aquasec.com/nvd/cve-2024-45490' },
    { VulnerabilityID: 'CVE-2023-45853', PkgName: 'zlib1g', InstalledVersion: '1:1.2.13.dfsg-1', FixedVersion: '', Status: 'will_not_fix', Severity: 'LOW', Title: 'zlib: integer overflow and resultant heap-based buffer overflow in zipOpenNewFileInZip4_6', PrimaryURL: 'https://avd.aquasec.com/nvd/cve-2023-45853' },
    { VulnerabilityID: 'CVE-2025-0395', PkgName: 'libc6', InstalledVersion: '2.36-9+deb12u9', FixedVersion: '2.36-9+deb12u10', Severity: 'MEDIUM', Title: 'glibc: buffer overflow in the GNU C Library\'s assert()', PrimaryURL: 'https://avd.aquasec.com/nvd/cve-2025-0395' },
  ];
  const doc = {
    SchemaVersion: 2,
    CreatedAt: '2025-09-15T22:04:18.55123+10:00',
    ArtifactName: 'us-docker.pkg.dev/bq-forms-prod/forms/renderer@sha256:4f1c0e8b2a9d7c6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e',
    ArtifactType: 'container_image',
    Metadata: { OS: { Family: 'debian', Name: '12.11' }, ImageID: 'sha256:9a8b7c6d5e4f', RepoTags: ['forms/renderer:5.1.3'] },
    Results: [
      { Target: 'us-docker.pkg.dev/bq-forms-prod/forms/renderer:5.1.3 (debian 12.11)', Class: 'os-pkgs', Type: 'debian', Vulnerabilities: vulns },
      { Target: 'app/package-lock.json', Class: 'lang-pkgs', Type: 'npm', Vulnerabilities: [{ VulnerabilityID: 'CVE-2024-21538', PkgName: 'cross-spawn', InstalledVersion: '7.0.3', FixedVersion: '7.0.5', Severity: 'HIGH', Title: 'cross-spawn: regular expression denial of service', PrimaryURL: 'https://avd.aquasec.com/nvd/cve-2024-21538' }] },
    ],
  };
  return { file: 'results.json', expected: 'SCAN_RESULTS', note: 'A Trivy JSON container image vulnerability scan of the LI-SaaS renderer image.', data: `${JSON.stringify(doc, null, 2)}\n` };
}

async function inventoryTemplate(): Promise<EvalDoc> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixture('office/SSP-A13-FedRAMP-Integrated-Inventory-Workbook-Template.xlsx'));
  applyMeta(wb, { creator: 'Ma, Don', lastModifiedBy: C.isso, created: '2014-09-02T16:38:38Z', modified: '2025-09-30T17:00:00Z' });
  const ws = wb.getWorksheet('Inventory')!;
  const rng = new Rng(4242);
  for (let i = 0; i < 30; i++) {
    const hv = i < 20;
    const name = hv ? `hv-use1-${String(400 + i * 3).padStart(4, '0')}` : `pg-use1-${['billing', 'iam', 'kms', 'audit', 'meter', 'catalog', 'quota', 'events', 'images', 'net'][i - 20]}`;
    const ip = hv ? `10.40.${12 + (i % 3)}.${20 + i * 7}` : `10.40.30.${11 + (i - 20)}`;
    const row = ws.getRow(6 + i);
    const v = [name, ip, hv ? 'No' : 'Yes', 'No', `${name}.mgmt.corvane.internal`, '', hv ? `0c:42:a1:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}` : '', 'Yes', hv ? 'CSC-HV-RHEL9-STIG v2.3' : 'CSC-PG15-CIS v1.1', hv ? 'Red Hat Enterprise Linux 9.5' : 'Red Hat Enterprise Linux 9.5', 'Ashburn, VA (us-gov-east-1)', hv ? 'Hypervisor host' : 'Database server', hv ? 'Dell PowerEdge R760' : '', 'Yes', hv ? '' : 'PostgreSQL Global Development Group', hv ? '' : 'PostgreSQL 15.6', hv ? 'RHSA-2025:1762' : '15.6', hv ? 'Tenant compute' : 'Management plane database', '', hv ? `SVC${rng.int(100000, 999999)}` : '', hv ? 'VLAN 412' : 'VLAN 430', 'Cloud Operations', hv ? '' : 'Platform Data Team'];
    v.forEach((x, j) => {
      if (x !== '') row.getCell(2 + j).value = x;
    });
  }
  const data = await finishXlsx(wb);
  return { file: 'CSC_IIW_2025-09.xlsx', expected: 'INVENTORY', note: 'The High IaaS\'s Integrated Inventory Workbook on the FedRAMP v2.2 template with 30 assets.', data };
}

const IIW_HEAD = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/ Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

async function inventoryAppendixM(): Promise<EvalDoc> {
  const rng = new Rng(515);
  const rows: (string | null)[][] = [];
  for (let i = 0; i < 22; i++) {
    const ip = `10.12.${1 + (i % 3)}.${rng.int(10, 240)}`;
    rows.push([`i-0${rng.hex(16)}`, ip, 'Yes', i < 2 ? 'Yes' : 'No', `app-${i}.ledgerleaf.internal`, '', '', 'Yes', 'LL-AL2023-CIS-L1 v4', 'Amazon Linux 2023.8', 'AWS us-east-2', i < 2 ? 'Load balancer target' : 'Application server', 'AWS EC2 m7i.large', 'Yes', 'Open Source', 'nginx 1.26; Node.js 22', '2025-09-02', i % 2 === 0 ? 'Applicant portal' : 'Reviewer API', '', '', 'vpc-0a1b2c3d / subnet-app', 'Platform team', 'Grants app team', i < 2 ? 'LB-1' : 'APP-TIER']);
  }
  rows.push(['aurora-grants-prod', '', 'Yes', 'No', 'aurora-grants-prod.cluster-cq1.us-east-2.rds.amazonaws.com', '', '', 'Yes', 'LL-PG15-CIS v1', '', 'AWS us-east-2', 'Database', '', 'Yes', 'Amazon', 'Aurora PostgreSQL 15.10', '15.10', 'Grants database', '', '', 'subnet-db', 'Platform team', 'Data team', 'DB-1']);
  const data = await buildXlsx({ title: 'SSP Appendix M Integrated Inventory Workbook', creator: 'FedRAMP', lastModifiedBy: L.isso, created: '2024-12-06T12:00:00Z', modified: '2025-09-30T20:00:00Z' }, [
    { name: 'Instructions', rows: [['SSP Appendix M — FedRAMP Integrated Inventory Workbook'], ['Complete one row per inventory item. Every item scanned must appear here.']] },
    { name: 'Inventory', rows: [[`${L.system} — Integrated Inventory — September 2025`], ['All Inventories'], [null], [...IIW_HEAD, 'Diagram Label'], ...rows], boldRows: [4], widths: IIW_HEAD.map(() => 18) },
  ]);
  return { file: 'Copy of Appendix M (2).xlsx', expected: 'INVENTORY', note: 'The Low SaaS\'s Rev5 Appendix M inventory workbook (header row 4, with Diagram Label).', data };
}

function inventoryCsv(): EvalDoc {
  const q = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const rows = [
    ['forms-renderer', '', 'Yes', 'Yes', 'https://gov.brightquill.com.au', '', '', 'N/A (serverless)', 'BQ-CloudRun-Baseline v3', 'Cloud Run (gVisor)', 'GCP us-east4', 'Container service', '', 'Yes', 'Brightquill', 'forms-renderer 5.1.3', '5.1.3', 'Form rendering', 'Image scanned by Trivy', '', 'vpc-forms-prod', 'Declan Furey', 'Mei Lin Cho'],
    ['forms-api', '', 'Yes', 'Yes', 'https://api.gov.brightquill.com.au', '', '', 'N/A (serverless)', 'BQ-CloudRun-Baseline v3', 'Cloud Run (gVisor)', 'GCP us-east4', 'Container service', '', 'Yes', 'Brightquill', 'forms-api 5.1.3', '5.1.3', 'API', '', '', 'vpc-forms-prod', 'Declan Furey', 'Mei Lin Cho'],
    ['forms-worker', '', 'Yes', 'No', '', '', '', 'N/A (serverless)', 'BQ-CloudRun-Baseline v3', 'Cloud Run (gVisor)', 'GCP us-east4', 'Container service', '', 'Yes', 'Brightquill', 'forms-worker 5.1.3', '5.1.3', 'Background jobs', '', '', 'vpc-forms-prod', 'Declan Furey', 'Mei Lin Cho'],
    ['cloudsql-forms-prod', '10.20.0.5', 'Yes', 'No', 'cloudsql-forms-prod (private IP)', '', '', 'Yes', 'BQ-PG16-CIS v1', '', 'GCP us-east4', 'Database', '', 'Yes', 'Google', 'Cloud SQL for PostgreSQL 16.4', '16.4', 'Submissions store', '', '', 'vpc-forms-prod', 'Declan Furey', 'Data team'],
    ['gcs-forms-uploads', '', 'Yes', 'No', 'gs://bq-forms-uploads-prod', '', '', 'N/A', 'BQ-GCS-Baseline v2', '', 'GCP us-east4', 'Object storage', '', 'N/A', 'Google', 'Cloud Storage', '', 'Uploaded attachments', 'CMEK encrypted', '', '', 'Declan Furey', ''],
    ['lb-forms-prod', '34.117.88.21', 'Yes', 'Yes', 'gov.brightquill.com.au', '', '', 'N/A', 'BQ-LB-Baseline v2', '', 'GCP global', 'Load balancer', '', 'Yes', 'Google', 'External HTTPS Load Balancer + Cloud Armor', '', 'Ingress/WAF', '', '', '', 'Declan Furey', ''],
  ];
  const text = `${IIW_HEAD.map(q).join(',')}\n${rows.map((r) => r.map(q).join(',')).join('\n')}\n`;
  return { file: 'assets.csv', expected: 'INVENTORY', note: 'The LI-SaaS\'s integrated inventory saved as CSV with the FedRAMP inventory columns.', data: text };
}

async function scrCorvane(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: 'Significant Change Request Form', size: 36 },
    { k: 'center', text: 'FedRAMP Continuous Monitoring — submit to the Authorizing Official at least 30 business days before implementation', size: 18 },
    bh('Section 1: CSP Information'),
    table([['Field', 'Response'], ['Cloud Service Provider', C.org], ['Cloud Service Offering', C.system], ['FedRAMP Package ID', C.fedrampId], ['Impact Level', 'High'], ['Authorizing agency', C.agency], ['Date submitted', '08/18/2025'], ['SCR number', 'SCR-2025-04'], ['CSP point of contact', `${C.isso}, ISSO`]], [35, 65]),
    bh('Section 2: Type of Change'),
    table([['Significant change type', 'Selected'], ['Adding a new data centre / region', '☒'], ['New or different cryptographic module', '☐'], ['Change of 3PAO', '☐'], ['Adding a new leveraged service', '☐'], ['Change to the authorization boundary', '☒'], ['Transformative change to technology', '☐']], [80, 20]),
    bh('Section 3: Description of the Change'),
    ...p(`${C.org} proposes to add a third region, us-gov-central-2, located in a new colocation facility in Council Bluffs, Iowa. The region will host tenant compute and block storage only, built from the existing golden images and managed by the existing management plane. A new encrypted transit (MACsec + IPsec, FIPS 140-3 validated) will connect it to the existing regions.`),
    bh('Section 4: Security Impact Analysis'),
    ...p('Controls affected: PE family (new facility, inherited in part from the colocation provider\'s FedRAMP High authorization), SC-7 and SC-8 (new transit), CM-2/CM-6/CM-8 (new hosts), CP-6/CP-7 (alternate site). No change to identity, key management or customer-facing APIs. Residual risk is assessed as Low once assessed by the 3PAO.'),
    bh('Section 5: 3PAO Assessment'),
    ...p(`${HALBERD.name} will assess the change under an assessment plan to be approved by the AO and report the results in a SAR addendum before the region is opened to federal tenants.`),
    bh('Section 6: Documents to be Updated'),
    bullets('System Security Plan sections 9–11 and boundary diagram', 'Integrated Inventory Workbook', 'Information System Contingency Plan', 'CIS/CRM workbook (no changes expected)'),
    bh('Section 7: Approvals'),
    table([['Role', 'Name', 'Decision', 'Date'], ['CSP System Owner', C.owner, 'Submitted', '08/18/2025'], ['Agency AO', C.ao, 'Approved with conditions', '09/03/2025']], [25, 30, 25, 20]),
    ...backMatter(28),
  ];
  const data = await buildDocx({ meta: { title: 'FedRAMP Significant Change Request Form', creator: C.isso, created: '2025-08-18T14:00:00Z', modified: '2025-09-03T19:00:00Z' }, blocks, header: `${C.abbrev} SCR-2025-04` });
  return { file: 'SCR-2025-04.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'The High IaaS\'s Significant Change Request form for a new region.', data };
}

async function scrLedgerLeaf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'center', text: L.org, bold: true, size: 22 },
    { k: 'title', text: 'Significant Change Request', size: 34 },
    { k: 'center', text: `${L.system} — Request SCR-LL-2025-01 — ${longDate('2025-01-27')}`, size: 20 },
    h1('1. Summary of Proposed Change'),
    ...p('Migrate the reporting service database from Amazon RDS for MySQL 8.0 to Amazon Aurora PostgreSQL 15 within the existing boundary, and retire the MySQL instances. The change alters a database technology within the boundary and is therefore submitted as a significant change under the FedRAMP Significant Change Policies and Procedures.'),
    h1('2. Reason for Change'),
    ...p('MySQL 8.0 reaches end of standard support; Aurora PostgreSQL provides FIPS-validated encryption, IAM database authentication and better audit logging (pgaudit).'),
    h1('3. Security Impact Analysis'),
    table([['Control', 'Impact', 'Mitigation'], ['AU-2, AU-12', 'Audit logging moves to pgaudit', 'Logging configuration reviewed by ISSO; SIEM parser updated'], ['CM-2, CM-6', 'New baseline configuration', 'CIS PostgreSQL benchmark applied'], ['SC-28', 'Encryption at rest via KMS', 'Same CMK policy as existing databases'], ['CP-9', 'Backup method changes', 'Automated snapshots and cross-region copies tested']], [20, 35, 45]),
    h1('4. Assessment'),
    ...p(`${KESTREL.name} will assess the affected controls during the 2025 annual assessment.`),
    h1('5. Implementation Schedule'),
    ...p('Planned: March 10–14, 2025, in the regular maintenance window, subject to AO approval.'),
    h1('6. Approval'),
    ...p(`Requested by ${L.owner}. Approved by ${L.ao}, NECL AO, on February 12, 2025.`),
    ...backMatter(29),
  ];
  const data = await buildPdf({ meta: { title: 'SCR', author: L.isso, created: '2025-01-27T15:00:00Z' }, blocks });
  return { file: 'doc-1184.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'The Low SaaS\'s Significant Change Request for a database engine migration.', data };
}

async function drCorvane(): Promise<EvalDoc> {
  const data = await buildXlsx({ title: 'FedRAMP Deviation Request Form', creator: 'FedRAMP PMO', lastModifiedBy: C.isso, created: '2023-06-30T12:00:00Z', modified: '2025-08-20T16:00:00Z' }, [
    {
      name: 'Deviation Request',
      rows: [
        ['FedRAMP Deviation Request Form'],
        [null],
        ['CSP', C.org, null, 'System Name', C.system],
        ['Impact Level', 'High', null, 'DR Number', 'DR-CSC-2025-007'],
        ['Date Submitted', '08/20/2025', null, 'Deviation Type', 'Operational Requirement (OR)'],
        [null],
        ['POA&M ID', 'Weakness Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Justification', 'Compensating Controls', 'Evidence', 'Status'],
        ['CSC-06', 'Metadata service verbose errors disclose internal host names', 'Moderate', 'Moderate', 'Generic error messages would break a documented tenant diagnostic API used by three agency tenants; the fix requires a breaking API version planned for 2026.', 'Host names are not routable from tenant networks; management plane access requires PIV; WAF rule blocks malformed tokens after 5 attempts', 'SAR Appendix E PT-1; WAF rule export', 'Pending AO review'],
        [null],
        ['CSP Attestation: I attest that the information above is accurate.', null, null, null, `${C.isso}, ISSO`],
      ],
      boldRows: [7],
      widths: [14, 40, 16, 16, 60, 50, 28, 16],
    },
    { name: 'Instructions', rows: [['Use one row per POA&M item. Deviation types: False Positive (FP), Risk Adjustment (RA), Operational Requirement (OR). Attach evidence. High risks may not be accepted as operational requirements.']] },
  ]);
  return { file: 'DR_CSC_2025_007.xlsx', expected: 'DEVIATION_REQUEST', note: 'The High IaaS\'s Deviation Request form (operational requirement for a POA&M item).', data };
}

async function drLedgerLeaf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: 'Deviation Request — False Positive', size: 34 },
    { k: 'center', text: `${L.system}  |  DR-LL-2025-03  |  ${longDate('2025-10-06')}`, size: 20 },
    table([['Item', 'Detail'], ['POA&M ID', 'V-0391'], ['Scanner', 'Qualys QID 380974'], ['Assets', 'app-3, app-7, app-11 (10.12.2.x)'], ['Original risk', 'Moderate'], ['Requested', 'Close as False Positive']], [30, 70]),
    bh('Justification'),
    ...p('Qualys reports the openssh vulnerability CVE-2025-26465 on three application hosts. These hosts run the Amazon Linux 2023 openssh package 8.7p1-8.amzn2023.0.13, which includes the backported fix (ALAS2023-2025-836). The scanner matches on the upstream version string only. The package changelog and the vendor advisory confirm the fix.'),
    bh('Evidence'),
    bullets('rpm -q --changelog openssh output (attached)', 'ALAS2023-2025-836 advisory text', 'Authenticated rescan on 2025-10-03 showing the finding persists only by version'),
    bh('CSP Approval'),
    ...p(`Submitted by ${L.isso}, ISSO. For decision by the NECL Authorizing Official.`),
  ];
  const data = await buildDocx({ meta: { title: 'DR', creator: L.isso, created: '2025-10-06T14:00:00Z' }, blocks });
  return { file: 'doc-2207.docx', expected: 'DEVIATION_REQUEST', note: 'The Low SaaS\'s false-positive Deviation Request for a scanner finding.', data };
}

export async function conmonDocs(): Promise<EvalDoc[]> {
  return [
    await poamTemplate(),
    await poamDrift(),
    poamCsv(),
    nessus(),
    qualysCsv(),
    zapXml(),
    nessusDbCsv(),
    trivyJson(),
    await inventoryTemplate(),
    await inventoryAppendixM(),
    inventoryCsv(),
    await scrCorvane(),
    await scrLedgerLeaf(),
    await drCorvane(),
    await drLedgerLeaf(),
  ];
}
