import { BufferByteSource } from '../../functions/core/bytes/byte-source.js';
import { classifyDocument } from '../../functions/core/classify/index.js';
import { isCommentMatrix } from '../../functions/core/classify/layouts.js';
import { SIGNATURES } from '../../functions/core/classify/signatures.js';
import { scoreDocument } from '../../functions/core/classify/score.js';
import { emptyFacts } from '../../functions/core/classify/types.js';

const classify = (text: string) => classifyDocument(new BufferByteSource(Buffer.from(text, 'utf8')));

describe('scanner outputs are recognised by their structure', () => {
  const alert = { pluginid: '10038', alert: 'Content Security Policy (CSP) Header Not Set', riskcode: '2', desc: 'Security Policy and Procedures' };
  it.each([
    ['OWASP ZAP JSON', JSON.stringify({ '@programName': 'ZAP', site: [{ '@name': 'https://x.example', alerts: [alert] }] }), /OWASP ZAP/],
    ['Trivy JSON', JSON.stringify({ SchemaVersion: 2, ArtifactName: 'img:1', Results: [{ Target: 'img:1 (debian 12)', Vulnerabilities: [{ VulnerabilityID: 'CVE-2024-6387', Severity: 'HIGH' }] }] }), /Trivy/],
    ['Grype JSON', JSON.stringify({ matches: [{ vulnerability: { id: 'CVE-2024-6387' }, artifact: { name: 'openssh' } }], descriptor: { name: 'grype' } }), /Grype/],
    ['SARIF', JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [{ tool: { driver: { name: 'CodeQL' } }, results: [] }] }), /SARIF/],
    ['Nuclei JSON Lines', [1, 2].map((i) => JSON.stringify({ 'template-id': `t${i}`, info: { name: 'Incident Response Plan page exposed', severity: 'info' }, host: 'https://x.example', 'matched-at': 'https://x.example/' })).join('\n') + '\n', /Nuclei/],
    ['Burp Suite XML', '<?xml version="1.0"?><issues burpVersion="2025.1"><issue><serialNumber>1</serialNumber><name>Content security policy: allows untrusted script execution</name><severity>Low</severity><confidence>Certain</confidence></issue></issues>', /Burp/],
    ['Nikto XML', '<?xml version="1.0"?><niktoscan version="2.5.0"><scandetails targetip="10.0.0.1"><item id="1"><description>Security Policy page found</description></item></scandetails></niktoscan>', /Nikto/],
    ['Acunetix XML', '<?xml version="1.0"?><ScanGroup><Scan><Name>web</Name><ReportItems><ReportItem><Name>Content Security Policy (CSP) not implemented</Name></ReportItem></ReportItems></Scan></ScanGroup>', /Acunetix/],
    ['Tenable.sc CSV', 'Plugin,Plugin Name,Family,Severity,IP Address,Port,Synopsis\n51192,SSL Certificate Cannot Be Trusted,General,Medium,10.0.0.5,443,The certificate cannot be trusted.\n', /Tenable\.sc/],
    ['Prisma Cloud CSV', 'Registry,Repository,Tag,CVE ID,Severity,Packages,Package Version,CVSS,Fix Status\nr.example,api,1,CVE-2024-6387,high,openssh,9.2,8.1,fixed in 9.3\n', /Prisma/],
  ])('%s is SCAN_RESULTS, whatever its alert titles say', async (_label, text, tool) => {
    const result = await classify(text);
    expect(result.type).toBe('SCAN_RESULTS');
    expect(result.evidence.join(' ')).toMatch(tool);
  });

  it('a JSON document with a similar but incomplete structure is not taken for a scan', async () => {
    const result = await classify(JSON.stringify({ site: [{ name: 'intranet', pages: ['Security Policy'] }] }));
    expect(result.type).toBe('UNKNOWN');
  });

  it('an Nmap port scan (no vulnerabilities) is not a recognised scanner output', async () => {
    const result = await classify('<?xml version="1.0"?><nmaprun scanner="nmap"><host><address addr="10.0.0.1"/></host></nmaprun>');
    expect(result.type).toBe('UNKNOWN');
  });
});

describe('values in a data file are data, not titles', () => {
  it('deliverable names deep in a non-OSCAL JSON export do not make it that deliverable', async () => {
    const json = JSON.stringify({ items: [{ summary: 'System Security Plan', notes: 'system owner, authorizing official, control implementation, authorization boundary, AC-2' }, { summary: 'System Security Plan attachment list' }] });
    const result = await classify(json);
    expect(result.type).toBe('UNKNOWN');
  });

  it('"Content Security Policy" is not a name of a security policy', () => {
    const policy = SIGNATURES.find((s) => s.type === 'POLICIES_AND_PROCEDURES')!;
    expect(policy.names.some((n) => n.test('Content Security Policy (CSP) Header Not Set'))).toBe(false);
    expect(policy.names.some((n) => n.test('Content-Security-Policy header'))).toBe(false);
    expect(policy.names.some((n) => n.test('Acme Information Security Policy'))).toBe(true);
  });
});

describe('review comment matrices are about a deliverable, not one', () => {
  it('recognises comment, response/disposition and location columns', () => {
    expect(isCommentMatrix([['#', 'Document / Section', 'Page', 'Control', 'Reviewer Comment', 'CSP Response', 'Status']])).toBe(true);
    expect(isCommentMatrix([['Comment ID', 'Deliverable', 'Paragraph', 'Comment', 'Disposition']])).toBe(true);
    expect(isCommentMatrix([['Comment ID', 'Deliverable', 'Paragraph', 'Comment', 'Owner']])).toBe(false);
    expect(isCommentMatrix([['ID', 'Section', 'Agency Comments', 'Resolution']])).toBe(true);
  });

  it('a package checklist (document, included, comments) is not a comment matrix', () => {
    expect(isCommentMatrix([['#', 'Document', 'Template Used', 'File Name', 'Included (Y/N)', 'Comments']])).toBe(false);
  });

  it('a comment matrix CSV on the SSP is UNKNOWN, although its rows cite the SSP and POA&M columns', async () => {
    const csv = [
      'Item,Document,Section,Page,Reviewer Comment,CSP Response,Disposition',
      '1,System Security Plan,9.3,37,Boundary diagram omits the backup region.,Updated.,Accepted',
      '2,Plan of Action and Milestones,Row 4,,Scheduled completion date is past due.,Vendor dependency recorded.,Open',
      '3,Authorization Package Checklist,,2,Deliverable not included.,Added.,Closed',
    ].join('\n') + '\n';
    const result = await classify(csv);
    expect(result.type).toBe('UNKNOWN');
    expect(result.evidence.join(' ')).toMatch(/review comment matrix/);
  });
});

describe('a name in a sentence of the cover is a mention, not the title', () => {
  const ssp = (firstParagraph: string) => ({
    ...emptyFacts('docx'),
    pageHeaders: ['Acme Cloud — System Security Plan — CUI'],
    headings: ['Information System Categorization', 'System Owner'],
    text: `Information System Categorization ${firstParagraph} System Owner The system owner and the authorizing official are named below. Implementation status and control origination are given for AC-2 and IA-2 within the authorization boundary.`,
  });

  it('a running header naming the plan beats a body sentence citing the FIPS 199 worksheet', () => {
    const { scores } = scoreDocument(ssp('Based on the information types identified in the FIPS 199 worksheet, the system is categorized Moderate.'));
    expect(scores[0]!.type).toBe('SSP');
    const fips = scores.find((s) => s.type === 'FIPS_199')!;
    expect(fips.evidence.join(' ')).not.toMatch(/cover page names it/);
    expect(scores[0]!.score - fips.score).toBeGreaterThanOrEqual(4);
  });

  it('a name opening the cover, as a title, still names the document', () => {
    const facts = { ...emptyFacts('docx'), text: 'FIPS 199 Worksheet Acme Cloud Version 1.0 The information types of the system are listed below.' };
    const fips = scoreDocument(facts).scores.find((s) => s.type === 'FIPS_199')!;
    expect(fips.evidence.join(' ')).toMatch(/cover page names it/);
  });
});
