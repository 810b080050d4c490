/**
 * Documents recognised by structure rather than by the names in them: scanner outputs of many tools
 * (JSON, JSON Lines, XML, CSV) whose alert titles read like names of other deliverables; review comment
 * matrices that cite a deliverable in every row; and documents titled only in their running page
 * header whose first paragraph mentions another deliverable in a sentence.
 */
import { renderDocx } from '../lib/docx.js';
import { makeHosts } from '../lib/hosts.js';
import type { Csp } from '../lib/parties.js';
import { renderPdf } from '../lib/pdf.js';
import { daysAfter } from '../lib/rng.js';
import type { Rng } from '../lib/rng.js';
import type { Block, DocSpec } from '../lib/spec.js';
import type { Draft, Family } from '../lib/types.js';
import { newWorkbook, saveWorkbook, writeTable } from '../lib/xlsx.js';
import { VULNS } from '../text/findings.js';

const text = (s: string): Buffer => Buffer.from(s, 'utf8');
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const csvCell = (v: string | number): string => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const csv = (rows: readonly (readonly (string | number)[])[]): string => rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
const scan = (format: Draft['format'], ext: string, body: string, note: string, name?: string): Draft => ({ expected: 'SCAN_RESULTS', format, ext, bytes: text(body), note, name, misleading: name !== undefined });

/** Web application alerts whose titles name policies, plans and reports. */
const WEB_ALERTS = [
  { id: '10038', name: 'Content Security Policy (CSP) Header Not Set', risk: 2, cwe: '693', desc: 'Content Security Policy (CSP) is an added layer of security that helps to detect and mitigate certain types of attacks.' },
  { id: '10035', name: 'Strict-Transport-Security Header Not Set', risk: 1, cwe: '319', desc: 'HTTP Strict Transport Security (HSTS) is a web security policy mechanism.' },
  { id: '10055', name: 'CSP: Wildcard Directive', risk: 2, cwe: '693', desc: 'The Content Security Policy is missing directives; the security policy of the site allows wildcards.' },
  { id: '10202', name: 'Absence of Anti-CSRF Tokens', risk: 1, cwe: '352', desc: 'No Anti-CSRF tokens were found in an HTML submission form, e.g. the incident response plan upload form.' },
  { id: '10096', name: 'Timestamp Disclosure - Unix', risk: 0, cwe: '200', desc: 'A timestamp was disclosed by the application/web server.' },
];

function zapJson(csp: Csp): string {
  return JSON.stringify({
    '@programName': 'ZAP', '@version': '2.15.0', '@generated': 'Tue, 11 Mar 2025 03:10:44',
    site: [{
      '@name': `https://portal.${csp.domain}`, '@host': `portal.${csp.domain}`, '@port': '443', '@ssl': 'true',
      alerts: WEB_ALERTS.map((a) => ({ pluginid: a.id, alertRef: a.id, alert: a.name, name: a.name, riskcode: String(a.risk), confidence: '2', riskdesc: `${['Informational', 'Low', 'Medium', 'High'][a.risk]} (Medium)`, desc: `<p>${a.desc}</p>`, instances: [{ uri: `https://portal.${csp.domain}/`, method: 'GET', param: '', attack: '', evidence: '' }], count: '1', solution: '<p>Configure the web server to set the header.</p>', cweid: a.cwe, wascid: '15', sourceid: '3' })),
    }],
  }, null, 2);
}

function zapXml(csp: Csp): string {
  const items = WEB_ALERTS.map((a) => `<alertitem><pluginid>${a.id}</pluginid><alertRef>${a.id}</alertRef><alert>${esc(a.name)}</alert><name>${esc(a.name)}</name><riskcode>${a.risk}</riskcode><confidence>2</confidence><desc>${esc(a.desc)}</desc><instances><instance><uri>https://app.${csp.domain}/</uri><method>GET</method></instance></instances><count>1</count><cweid>${a.cwe}</cweid></alertitem>`);
  return `<?xml version="1.0"?>\n<OWASPZAPReport programName="ZAP" version="2.14.0" generated="Mon, 10 Mar 2025 22:01:13">\n<site name="https://app.${csp.domain}" host="app.${csp.domain}" port="443" ssl="true"><alerts>\n${items.join('\n')}\n</alerts></site></OWASPZAPReport>\n`;
}

function burpXml(csp: Csp): string {
  const issues = WEB_ALERTS.map((a, i) => `<issue><serialNumber>${5_120_000_000_000_000_000n + BigInt(i)}</serialNumber><type>${5_245_344 + i}</type><name>${esc(a.name)}</name><host ip="${csp.net}.4.${10 + i}">https://portal.${csp.domain}</host><path><![CDATA[/]]></path><location><![CDATA[/]]></location><severity>${['Information', 'Low', 'Medium', 'High'][a.risk]}</severity><confidence>Certain</confidence><issueBackground><![CDATA[<p>${a.desc}</p>]]></issueBackground><remediationBackground><![CDATA[<p>Review the security policy of the application.</p>]]></remediationBackground></issue>`);
  return `<?xml version="1.0"?>\n<issues burpVersion="2025.1.2" exportTime="Thu Mar 13 10:02:11 EDT 2025">\n${issues.join('\n')}\n</issues>\n`;
}

function niktoXml(csp: Csp): string {
  const items = [
    ['999986', 'GET', '/', 'The Content-Security-Policy header is not present; the security policy of the site is not enforced.'],
    ['999103', 'GET', '/admin/', 'Admin login page/section found.'],
    ['3092', 'GET', '/docs/', 'This might be interesting: the System Security Plan directory is browsable.'],
  ];
  return `<?xml version="1.0" ?>\n<!-- Nikto scan -->\n<niktoscan hoststest="0" options="-h https://www.${csp.domain} -Format xml" version="2.5.0" nxmlversion="1.2">\n<scandetails targetip="${csp.net}.1.20" targethostname="www.${csp.domain}" targetport="443" targetbanner="nginx" starttime="2025-03-12 02:00:00" sitename="https://www.${csp.domain}:443/">\n${items.map(([id, m, uri, d]) => `<item id="${id}" osvdbid="0" osvdblink="" method="${m}">\n<description><![CDATA[${d}]]></description>\n<uri><![CDATA[${uri}]]></uri>\n<namelink><![CDATA[https://www.${csp.domain}${uri}]]></namelink>\n</item>`).join('\n')}\n<statistics elapsed="312" itemsfound="3" itemstested="7962" endtime="2025-03-12 02:05:12" />\n</scandetails>\n</niktoscan>\n`;
}

function acunetixXml(csp: Csp): string {
  const items = WEB_ALERTS.map((a, i) => `<ReportItem id="${i}" color="${['blue', 'green', 'orange', 'red'][a.risk]}"><Name>${esc(a.name)}</Name><ModuleName>Scripting</ModuleName><Details>${esc(a.desc)}</Details><Affects>/</Affects><Severity>${['info', 'low', 'medium', 'high'][a.risk]}</Severity><Type>configuration</Type><Impact>${esc(a.desc)}</Impact><Recommendation>Set a Content Security Policy.</Recommendation></ReportItem>`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<ScanGroup ExportedOn="13/03/2025, 09:14:12">\n<Scan><Name>${esc(csp.cso)} monthly web scan</Name><ShortName>web</ShortName><StartURL>https://portal.${csp.domain}/</StartURL><StartTime>12/03/2025, 01:00:03</StartTime><FinishTime>12/03/2025, 03:41:55</FinishTime><ReportItems>\n${items.join('\n')}\n</ReportItems></Scan>\n</ScanGroup>\n`;
}

/** Container image and dependency findings. */
const PACKAGES = [
  { id: 'CVE-2024-45337', pkg: 'golang.org/x/crypto', installed: 'v0.28.0', fixed: '0.31.0', sev: 'CRITICAL', title: 'golang.org/x/crypto/ssh: Misuse of ServerConfig.PublicKeyCallback may cause authorization bypass' },
  { id: 'CVE-2024-6387', pkg: 'openssh-client', installed: '1:9.2p1-2+deb12u2', fixed: '1:9.2p1-2+deb12u3', sev: 'HIGH', title: 'openssh: regreSSHion: race condition in sshd signal handler' },
  { id: 'CVE-2023-45853', pkg: 'zlib1g', installed: '1:1.2.13.dfsg-1', fixed: '', sev: 'LOW', title: 'zlib: integer overflow in MiniZip (incident response plan template reader affected)' },
];

function trivyJson(csp: Csp): string {
  return JSON.stringify({
    SchemaVersion: 2, CreatedAt: '2025-03-12T04:12:09.1Z', ArtifactName: `registry.${csp.domain}/platform/api:2025.03.1`, ArtifactType: 'container_image',
    Metadata: { OS: { Family: 'debian', Name: '12.9' }, ImageID: 'sha256:4be8c1a0f2', RepoTags: [`registry.${csp.domain}/platform/api:2025.03.1`] },
    Results: [{ Target: `registry.${csp.domain}/platform/api:2025.03.1 (debian 12.9)`, Class: 'os-pkgs', Type: 'debian', Vulnerabilities: PACKAGES.map((p) => ({ VulnerabilityID: p.id, PkgName: p.pkg, InstalledVersion: p.installed, FixedVersion: p.fixed, Status: p.fixed ? 'fixed' : 'affected', Severity: p.sev, Title: p.title })) }],
  }, null, 2);
}

function grypeJson(csp: Csp): string {
  return JSON.stringify({
    matches: PACKAGES.map((p) => ({ vulnerability: { id: p.id, dataSource: `https://nvd.nist.gov/vuln/detail/${p.id}`, namespace: 'debian:distro:debian:12', severity: p.sev[0] + p.sev.slice(1).toLowerCase(), description: p.title, fix: { versions: p.fixed ? [p.fixed] : [], state: p.fixed ? 'fixed' : 'not-fixed' } }, relatedVulnerabilities: [], matchDetails: [{ type: 'exact-direct-match', matcher: 'dpkg-matcher' }], artifact: { name: p.pkg, version: p.installed, type: 'deb' } })),
    source: { type: 'image', target: { userInput: `registry.${csp.domain}/platform/worker:2025.03.1` } },
    distro: { name: 'debian', version: '12' },
    descriptor: { name: 'grype', version: '0.86.1' },
  });
}

function sarif(csp: Csp): string {
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0',
    runs: [{ tool: { driver: { name: 'Trivy', informationUri: 'https://github.com/aquasecurity/trivy', rules: PACKAGES.map((p) => ({ id: p.id, shortDescription: { text: p.title } })) } }, results: PACKAGES.map((p) => ({ ruleId: p.id, level: p.sev === 'LOW' ? 'note' : 'error', message: { text: `Package: ${p.pkg}\nInstalled Version: ${p.installed}\nSeverity: ${p.sev}` }, locations: [{ physicalLocation: { artifactLocation: { uri: `registry.${csp.domain}/platform/api` } } }] })) }],
  }, null, 2);
}

function nucleiJsonl(csp: Csp): string {
  const rows = [
    ['http-missing-security-headers', 'HTTP Missing Security Headers', 'info', 'content-security-policy'],
    ['tls-version', 'TLS Version - Detect', 'info', 'tls12'],
    ['CVE-2023-44487', 'HTTP/2 Rapid Reset', 'high', ''],
  ];
  return rows.map(([id, name, sev, matcher]) => JSON.stringify({ template: `http/${id}.yaml`, 'template-id': id, 'template-path': `/root/nuclei-templates/http/${id}.yaml`, info: { name, author: ['pdteam'], tags: ['misc'], description: 'Security policy headers (Content Security Policy) are missing.', severity: sev }, type: 'http', host: `https://portal.${csp.domain}`, 'matched-at': `https://portal.${csp.domain}/`, ...(matcher ? { 'matcher-name': matcher } : {}), ip: `${csp.net}.1.20`, timestamp: '2025-03-12T02:14:09.117Z', 'matcher-status': true })).join('\n') + '\n';
}

function tenableScCsv(csp: Csp, rng: Rng): string {
  const rows: (string | number)[][] = [['Plugin', 'Plugin Name', 'Family', 'Severity', 'IP Address', 'Protocol', 'Port', 'Exploit?', 'Repository', 'DNS Name', 'NetBIOS Name', 'Plugin Text', 'Synopsis', 'Description', 'Solution', 'CVE', 'First Discovered', 'Last Observed']];
  for (const h of makeHosts(csp, rng, 5)) for (const v of rng.sample(VULNS.filter((x) => x.severity !== 'None'), 3)) rows.push([v.nessus, v.name, v.family, v.severity, h.ip, 'TCP', v.port, 'No', `${csp.abbr} ConMon`, h.fqdn, h.netbios, `Plugin Output: ${v.name}`, v.synopsis, v.synopsis, v.solution, v.cve.join(','), 'Jan 12, 2025 02:11:00 UTC', 'Mar 11, 2025 02:09:54 UTC']);
  return csv(rows);
}

function prismaCsv(csp: Csp): string {
  const rows: (string | number)[][] = [['Registry', 'Repository', 'Tag', 'Id', 'Distro', 'Hosts', 'Layer', 'CVE ID', 'Compliance ID', 'Type', 'Severity', 'Packages', 'Source Package', 'Package Version', 'Package License', 'CVSS', 'Fix Status', 'Fix Date', 'Grace Days', 'Risk Factors', 'Description', 'Published', 'Discovered']];
  for (const p of PACKAGES) rows.push([`registry.${csp.domain}`, 'platform/api', '2025.03.1', 'sha256:4be8c1a0f2', 'Debian GNU/Linux 12', '3', 'RUN apt-get install', p.id, '', 'image', p.sev.toLowerCase(), p.pkg, p.pkg, p.installed, 'BSD', p.sev === 'CRITICAL' ? 9.1 : p.sev === 'HIGH' ? 8.1 : 3.3, p.fixed ? `fixed in ${p.fixed}` : 'open', '', 30, 'Has fix', p.title, '2024-07-01', '2025-03-11']);
  return csv(rows);
}

function wizCsv(csp: Csp): string {
  const rows: (string | number)[][] = [['ID', 'WizURL', 'Name', 'CVSSSeverity', 'HasExploit', 'FindingStatus', 'VendorSeverity', 'FirstDetected', 'LastDetected', 'Remediation', 'LocationPath', 'DetailedName', 'Version', 'FixedVersion', 'DetectionMethod', 'AssetID', 'AssetName', 'AssetRegion', 'CloudPlatform', 'Description']];
  PACKAGES.forEach((p, i) => rows.push([`f${i}0a1b2c3`, `https://app.wiz.io/findings/f${i}0a1b2c3`, p.id, p.sev, i === 1 ? 'true' : 'false', 'Open', p.sev, '2025-02-01T00:00:00Z', '2025-03-11T00:00:00Z', p.fixed ? `Upgrade ${p.pkg} to ${p.fixed}` : 'No fix available', '/usr/lib', p.pkg, p.installed, p.fixed, 'Package', `i-0${i}4f9e2`, `${csp.abbr.toLowerCase()}-api-${i}`, csp.region, 'AWS', p.title]));
  return csv(rows);
}

/** A review comment matrix: comments on a deliverable, by section, with the author's responses. */
async function commentMatrixXlsx(csp: Csp, date: Date): Promise<Buffer> {
  const wb = newWorkbook({ creator: 'Agency Reviewer', date });
  const ws = wb.addWorksheet('Comments');
  ws.getRow(1).values = [`${csp.cso} System Security Plan - Agency Review, Round 1`];
  writeTable(ws, 3, ['Item', 'Document', 'Section', 'Page', 'Reviewer', 'Comment', 'CSP Response', 'Disposition'], [
    [1, 'System Security Plan', '9.3', 37, 'J. Ortiz', 'The authorization boundary diagram omits the backup region.', 'Diagram updated in v2.1.', 'Accepted'],
    [2, 'System Security Plan', '13 AC-2', 58, 'J. Ortiz', 'Control implementation statement does not address part (j).', 'Statement expanded.', 'Accepted'],
    [3, 'Contingency Plan (Attachment 6)', '4.2', 12, 'K. Wu', 'RTO in the ISCP does not match the BIA.', 'BIA corrected to 12 hours.', 'Closed'],
    [4, 'Incident Response Plan (Attachment 8)', '3', 8, 'K. Wu', 'US-CERT reporting timeframe is out of date.', 'Will update in next revision.', 'Open'],
  ], { width: 28 });
  return saveWorkbook(wb, date);
}

function reviewLogCsv(csp: Csp): string {
  return csv([
    ['Comment ID', 'Deliverable', 'Page', 'Paragraph', 'Comment Type', 'Reviewer Comment', 'Suggested Change', 'Author Response', 'Resolution'],
    ['SAR-001', 'Security Assessment Report', 14, '4.1', 'Substantive', `Risk exposure table lists ${csp.abbr}-07 as Moderate; the test case shows High.`, 'Re-rate or justify.', 'Re-rated High.', 'Resolved'],
    ['SAR-002', 'Security Assessment Report', 22, '5.3', 'Editorial', 'Scan results appendix references the wrong month.', 'Use March 2025.', 'Fixed.', 'Resolved'],
    ['POAM-003', 'Plan of Action and Milestones', '', 'Row 41', 'Substantive', 'Scheduled completion date is past due without a vendor dependency.', 'Add milestone changes.', 'Vendor dependency recorded.', 'Open'],
    ['SAP-004', 'Security Assessment Plan', 9, '2.2', 'Editorial', 'Rules of engagement lack the testing window.', 'Add the window.', 'Added.', 'Resolved'],
  ]);
}

/** A JSON export of a document-management system: deliverable names deep in its values, not a title. */
function taskExportJson(csp: Csp): string {
  return JSON.stringify({
    workspace: `${csp.abbr}-fedramp`, exported: '2025-03-12T10:00:00Z',
    items: [
      { key: 'DOC-11', summary: 'System Security Plan', owner: csp.isso.name, folder: '/package/ssp', state: 'In review', notes: 'Security Policy and Procedures attachment still pending.' },
      { key: 'DOC-12', summary: 'Security Assessment Report', owner: 'Assessor', folder: '/package/sar', state: 'Draft' },
      { key: 'DOC-13', summary: 'Incident Response Plan', owner: csp.engineer.name, folder: '/package/att8', state: 'Final' },
    ],
  }, null, 2);
}

const docSpec = (body: Block[], header: string, date: Date): DocSpec => ({ props: {}, header, body, date, numbering: 'literal' });

/** An SSP named only in its running header; the first paragraph cites the FIPS 199 worksheet in a sentence. */
function headerOnlySsp(csp: Csp): Block[] {
  return [
    { kind: 'heading', level: 1, text: 'Information System Categorization' },
    { kind: 'para', text: `As documented in the completed FIPS 199 worksheet (Attachment 10), ${csp.cso} is categorized ${csp.level} for confidentiality, integrity and availability; the security categorization follows SP 800-60.` },
    { kind: 'heading', level: 1, text: 'System Owner' },
    { kind: 'table', header: ['Role', 'Name'], rows: [['System Owner', csp.owner.name], ['Information System Security Officer', csp.isso.name], ['Authorizing Official', 'Agency AO']] },
    { kind: 'heading', level: 1, text: 'Authorization Boundary' },
    { kind: 'para', text: `The authorization boundary of ${csp.cso} includes the production VPCs in ${csp.region} and the management enclave. Leveraged services: the underlying IaaS (FedRAMP High).` },
    { kind: 'heading', level: 1, text: 'Control Implementation' },
    { kind: 'para', text: 'Implementation status and control origination are given for every control.' },
    { kind: 'heading', level: 2, text: 'AC-2 Account Management' },
    { kind: 'para', text: 'Implementation status: Implemented. Control origination: Service Provider System Specific. What is the solution and how is it implemented? Accounts are provisioned through the identity provider with manager approval.' },
    { kind: 'heading', level: 2, text: 'IA-2 Identification and Authentication' },
    { kind: 'para', text: 'Implementation status: Implemented. Users authenticate with phishing-resistant MFA.' },
    { kind: 'heading', level: 2, text: 'SI-2 Flaw Remediation' },
    { kind: 'para', text: 'Implementation status: Partially Implemented. High vulnerabilities are remediated within 30 days.' },
  ];
}

/** A contingency plan named only in its running header; the first paragraph cites the incident response plan. */
function headerOnlyIscp(csp: Csp): Block[] {
  return [
    { kind: 'heading', level: 1, text: 'Purpose and Applicability' },
    { kind: 'para', text: `Events that begin as security incidents are handled under the Incident Response Plan first; this document takes over once ${csp.cso} must be recovered at the alternate processing site.` },
    { kind: 'heading', level: 1, text: 'Business Impact Analysis' },
    { kind: 'para', text: 'The business impact analysis sets a recovery time objective (RTO) of 12 hours, a recovery point objective (RPO) of 1 hour and a maximum tolerable downtime (MTD) of 24 hours.' },
    { kind: 'heading', level: 1, text: 'Activation and Notification' },
    { kind: 'para', text: 'The contingency plan coordinator activates the plan after the damage assessment.' },
    { kind: 'heading', level: 1, text: 'Recovery' },
    { kind: 'para', text: 'Services are restored from replicated snapshots at the alternate storage site.' },
    { kind: 'heading', level: 1, text: 'Reconstitution' },
    { kind: 'para', text: 'Reconstitution returns processing to the primary region after validation testing; the contingency plan test is run annually.' },
  ];
}

export const structureAndMentions: Family = async (ctx) => {
  const [c0, c1, c2] = ctx.parties.csps;
  const r = (l: string): Rng => ctx.rng.fork(l);
  const date = daysAfter(-6);
  if (ctx.set === 'train') {
    return [
      scan('json', 'json', zapJson(c0), `OWASP ZAP traditional JSON report for ${c0.cso} (alerts "Content Security Policy (CSP) Header Not Set", "… incident response plan upload form")`),
      scan('json', 'json', trivyJson(c1), `Trivy container image JSON report (SchemaVersion, ArtifactName, Results[].Vulnerabilities) for ${c1.cso}`),
      scan('xml', 'xml', burpXml(c2), `Burp Suite issues XML export (<issues><issue><serialNumber>…) for ${c2.cso}`),
      scan('csv', 'csv', tenableScCsv(c0, r('sc0')), `Tenable.sc vulnerability CSV ("Plugin","Plugin Name","Family","Severity","IP Address",…) for ${c0.cso}`),
      { expected: 'UNKNOWN', format: 'xlsx', ext: 'xlsx', bytes: await commentMatrixXlsx(c1, date), note: `agency review comment matrix on the ${c1.cso} SSP (Item, Document, Section, Page, Comment, CSP Response, Disposition)`, name: 'SSP comments round 1.xlsx', misleading: true },
      { expected: 'SSP', format: 'docx', ext: 'docx', bytes: await renderDocx(docSpec(headerOnlySsp(c2), `${c2.cso} — System Security Plan — CUI`, date)), note: `SSP named only in its page header; its first sentence cites "the completed FIPS 199 worksheet" (${c2.cso})` },
    ];
  }
  return [
    scan('json', 'jsonl', nucleiJsonl(c1), `Nuclei JSON Lines output (template-id, info.severity, matched-at) for ${c1.cso}`),
    scan('json', 'json', grypeJson(c2), `Grype JSON report (matches[].vulnerability/artifact, descriptor) for ${c2.cso}`),
    scan('json', 'sarif', sarif(c0), `SARIF 2.1.0 log from a container scanner (runs[].tool.driver, results) for ${c0.cso}`),
    scan('xml', 'xml', niktoXml(c1), `Nikto XML (<niktoscan><scandetails><item>) for ${c1.cso}`),
    scan('xml', 'xml', zapXml(c2), `OWASP ZAP XML report (<OWASPZAPReport>) for ${c2.cso}`, 'Security Policy review.xml'),
    scan('xml', 'xml', acunetixXml(c0), `Acunetix XML export (<ScanGroup><Scan><ReportItems>) for ${c0.cso}`),
    scan('csv', 'csv', prismaCsv(c1), `Prisma Cloud (Twistlock) image vulnerability CSV for ${c1.cso}`),
    scan('csv', 'csv', wizCsv(c2), `Wiz vulnerability findings CSV (CVSSSeverity, AssetName, FixedVersion) for ${c2.cso}`),
    { expected: 'UNKNOWN', format: 'csv', ext: 'csv', bytes: text(reviewLogCsv(c0)), note: `comment resolution log on the SAR, POA&M and SAP (Deliverable, Page, Reviewer Comment, Author Response, Resolution) for ${c0.cso}` },
    { expected: 'UNKNOWN', format: 'json', ext: 'json', bytes: text(taskExportJson(c1)), note: `document-management JSON export whose item summaries name the SSP, SAR and IRP (not OSCAL, not a scan) for ${c1.cso}` },
    { expected: 'SSP', format: 'pdf', ext: 'pdf', bytes: await renderPdf(docSpec(headerOnlySsp(c0), `${c0.cso} | System Security Plan`, date)), note: `SSP PDF named only in its running header; its first sentence cites "the completed FIPS 199 worksheet" (${c0.cso})` },
    { expected: 'CONTINGENCY_PLAN', format: 'docx', ext: 'docx', bytes: await renderDocx(docSpec(headerOnlyIscp(c2), `${c2.cso} Information System Contingency Plan`, date)), note: `contingency plan named only in its page header; its first sentence cites the Incident Response Plan (${c2.cso})` },
  ];
};
