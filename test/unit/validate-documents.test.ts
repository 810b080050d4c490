import { PDFDocument, StandardFonts } from 'pdf-lib';
import { BufferByteSource } from '../../functions/core/bytes/byte-source.js';
import type { ImpactLevel } from '../../functions/core/domain/stages.js';
import type { Finding } from '../../functions/core/validate/finding.js';
import { hasErrors } from '../../functions/core/validate/finding.js';
import type { DeliverableValidator, ValidationContext, ValidationOutcome } from '../../functions/core/validate/types.js';
import { findDates } from '../../functions/core/validate/documents/dates.js';
import { readDocumentOutline } from '../../functions/core/validate/documents/document-text.js';
import { headingsOf, tablesOf } from '../../functions/core/validate/documents/outline.js';
import {
  DOCUMENT_VALIDATORS,
  sspAttachmentValidator,
  validateAtoLetter,
  validateSapDocument,
  validateSarDocument,
  validateSspDocument,
} from '../../functions/core/validate/documents/index.js';
import { makeXlsx } from '../support/office.js';
import { docx, SSP_TITLE, sspNodes, type DocNode as Node } from '../support/ssp-document.js';
import { VirtualZip } from '../support/virtual-zip.js';

// ---------------------------------------------------------------------------------------------
// Fixture builders: real .docx files (the `docx` library) and PDFs (pdf-lib).

/** A PDF with one page per entry, lines drawn top-down (long lines are the caller's to wrap). */
async function pdf(pages: readonly string[][], title?: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  if (title) doc.setTitle(title);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([612, 792]);
    lines.forEach((line, i) => page.drawText(line, { x: 72, y: 720 - i * 16, size: 10, font }));
  }
  return Buffer.from(await doc.save());
}

const CTX: ValidationContext = { asOf: new Date('2025-06-30T00:00:00Z') };
const withBaseline = (baseline: ImpactLevel): ValidationContext => ({ ...CTX, baseline });

const run = (validator: DeliverableValidator, bytes: Uint8Array, ctx: ValidationContext = CTX): Promise<ValidationOutcome> =>
  validator(new BufferByteSource(bytes), ctx);

const ids = (o: ValidationOutcome, severity?: Finding['severity']): string[] =>
  o.findings.filter((f) => !severity || f.severity === severity).map((f) => f.ruleId);
const errors = (o: ValidationOutcome): string[] => ids(o, 'error');
const finding = (o: ValidationOutcome, ruleId: string): Finding | undefined => o.findings.find((f) => f.ruleId === ruleId);

// ---------------------------------------------------------------------------------------------
// Realistic content.

const riskTable: Node = {
  table: [
    ['Identifier', 'Name', 'Description', 'Likelihood Level', 'Impact Level', 'Risk Exposure (High, Moderate, Low)', 'Adjusted Risk Rating'],
    ['V-001', 'Outdated OpenSSL on web tier', 'OpenSSL 1.1.1 is end of life', 'High', 'High', 'High', 'High'],
    ['V-002', 'Weak session timeout', 'Sessions last 24 hours', 'Moderate', 'Moderate', 'Moderate', 'Low'],
    ['V-003', 'Verbose error messages', 'Stack traces returned to users', 'Low', 'Moderate', 'Low', 'Low'],
  ],
};

function sarNodes(options: { table?: Node | null; recommendation?: string | null; executiveSummary?: boolean } = {}): Node[] {
  const nodes: Node[] = [{ h: 'Acme Cloud Platform Security Assessment Report', level: 0 }];
  if (options.executiveSummary !== false) {
    nodes.push(
      { h: 'Executive Summary' },
      { p: 'Example 3PAO assessed the Acme Cloud Platform against the FedRAMP Moderate baseline between March 3 and March 28, 2025.' },
    );
  }
  nodes.push(
    { h: '5. Summary of Risks' },
    { p: 'Testing identified one high, one moderate and one low risk.' },
    { table: [['Risk Level', 'Risks'], ['High', '1'], ['Moderate', '1'], ['Low', '1']] },
  );
  if (options.table !== null) nodes.push({ h: 'Appendix A. Risk Exposure Table' }, options.table ?? riskTable);
  if (options.recommendation !== null) {
    nodes.push(
      { h: '6. Authorization Recommendation' },
      {
        p:
          options.recommendation ??
          'Example 3PAO recommends that the Acme Cloud Platform be granted an authorization to operate, provided the POA&M items are remediated on schedule.',
      },
    );
  }
  return nodes;
}

function sapNodes(options: { rulesOfEngagement?: boolean; level?: string } = {}): Node[] {
  return [
    { h: 'Acme Cloud Platform Security Assessment Plan', level: 0 },
    { h: '1. Introduction' },
    { p: `This plan covers the initial assessment of the Acme Cloud Platform, a FedRAMP ${options.level ?? 'Moderate'} baseline system.` },
    { h: '3. Scope' },
    { p: 'The scope includes every component inside the authorization boundary described in the SSP.' },
    { h: '5. Methodology' },
    { p: 'Controls are tested with the FedRAMP test case workbook: examine, interview and test.' },
    { h: '5.3 Sampling', level: 2 },
    { p: 'Hosts are sampled per the FedRAMP sampling methodology: all unique configurations.' },
    { h: '5.4 Penetration Test Plan', level: 2 },
    { p: 'Penetration testing follows the FedRAMP Penetration Test Guidance, attack vectors 1 to 6.' },
    { h: '6. Test Plan' },
    { h: '6.1 Security Assessment Team', level: 2 },
    { table: [['Name', 'Role', 'Contact'], ['Sam Lee', 'Lead Assessor', 'sam.lee@example-3pao.com']] },
    { h: '6.2 CSP Testing Points of Contact', level: 2 },
    { table: [['Name', 'Role'], ['Jordan Rivera', 'System Owner']] },
    { h: '6.5 Testing Schedule', level: 2 },
    { table: [['Task', 'Start', 'End'], ['Kick-off', '2025-03-03', '2025-03-03'], ['Penetration testing', '2025-03-10', '2025-03-21']] },
    ...(options.rulesOfEngagement === false
      ? []
      : ([
          { h: '7. Rules of Engagement' },
          { p: 'Testing is performed from the 3PAO network during business hours; denial of service is out of scope.' },
        ] satisfies Node[])),
  ];
}

const ATO_LINES = [
  'UNITED STATES DEPARTMENT OF COMMERCE',
  'Office of the Chief Information Officer',
  'Washington, D.C. 20230',
  'March 14, 2025',
  'MEMORANDUM FOR: Acme Cloud, Inc.',
  'SUBJECT: Authority to Operate for the Acme Cloud Platform (ACP)',
  'Based on the security assessment of the Acme Cloud Platform and the residual risks documented in the POA&M,',
  'I hereby grant an Authority to Operate (ATO) for the Acme Cloud Platform at the FedRAMP Moderate impact level.',
  'This authorization expires on March 14, 2028 unless revoked earlier.',
  'Sincerely,',
  '/s/ Jane Q. Smith',
  'Jane Q. Smith',
  'Chief Information Officer and Authorizing Official',
];

// ---------------------------------------------------------------------------------------------

describe('document-text: the outline of a Word document', () => {
  it('reads headings with their level, paragraphs, tables as rows, metadata and page headers', async () => {
    const bytes = await docx(
      [
        { h: 'Plan', level: 0 },
        { h: '1. Purpose' },
        { p: 'First paragraph.' },
        { h: '1.1 Detail', level: 2 },
        { p: 'Line one\nline two' },
        { table: [['A', 'B'], ['1', '2']] },
      ],
      { title: 'My Title', header: 'Header text' },
    );
    const outline = await readDocumentOutline(new BufferByteSource(bytes));
    expect(outline).toMatchObject({ format: 'docx', title: 'My Title', pageHeaders: ['Header text'], truncated: false });
    expect(headingsOf(outline).map((h) => [h.level, h.text])).toEqual([
      [0, 'Plan'],
      [1, '1. Purpose'],
      [2, '1.1 Detail'],
    ]);
    expect(outline.blocks.filter((b) => b.kind === 'paragraph').map((b) => [b.text, b.location])).toEqual([
      ['First paragraph.', 'paragraph 1'],
      ['Line one\nline two', 'paragraph 2'],
    ]);
    expect(tablesOf(outline)).toEqual([{ kind: 'table', index: 1, rows: [['A', 'B'], ['1', '2']], location: 'table 1' }]);
  });

  it('resolves custom heading styles, skips the table of contents, tracked deletions and fallbacks, aligns merged cells', async () => {
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
    const styles = `<w:styles ${w}>
      <w:style w:type="paragraph" w:styleId="FRHead"><w:name w:val="FedRAMP Heading"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="FRHeadChild"><w:name w:val="FedRAMP Heading Child"/><w:basedOn w:val="FRHead"/></w:style>
      <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style></w:styles>`;
    const body = `<w:document ${w}><w:body>
      <w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:pos="9350"/></w:tabs></w:pPr><w:r><w:t>Scope</w:t></w:r><w:r><w:tab/><w:t>3</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="FRHeadChild"/></w:pPr><w:r><w:t>Scope</w:t></w:r></w:p>
      <w:p><w:r><w:t xml:space="preserve">Kept </w:t></w:r><w:del><w:r><w:delText>deleted</w:delText></w:r></w:del><w:r><w:t>text</w:t></w:r>
        <mc:AlternateContent><mc:Choice><w:r><w:t xml:space="preserve"> once</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t> twice</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>
      <w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Merged</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>C</w:t></w:r></w:p></w:tc></w:tr>
        <w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
      </w:body></w:document>`;
    const zip = new VirtualZip([
      { name: 'word/document.xml', data: Buffer.from(body) },
      { name: 'word/styles.xml', data: Buffer.from(styles) },
    ]);
    const outline = await readDocumentOutline(zip);
    expect(outline.blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Scope', location: "heading 'Scope'" },
      { kind: 'paragraph', text: 'Kept text once', location: 'paragraph 1' },
      { kind: 'table', index: 1, rows: [['Merged', '', 'C'], ['a', 'b', 'c']], location: 'table 1' },
    ]);
  });

  it('reads a body far larger than the classifier budget to its end', async () => {
    const filler = '<w:p><w:r><w:t>Filler paragraph of a very long system security plan body text.</w:t></w:r></w:p>'.repeat(60_000);
    const body = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${filler}<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>15. Attachments</w:t></w:r></w:p></w:body></w:document>`;
    expect(body.length).toBeGreaterThan(5 * 1024 * 1024);
    const outline = await readDocumentOutline(new VirtualZip([{ name: 'word/document.xml', data: Buffer.from(body) }]));
    expect(outline.truncated).toBe(false);
    expect(headingsOf(outline).map((h) => h.text)).toEqual(['15. Attachments']);
    expect(outline.blocks).toHaveLength(60_001);
  });

  it('keeps what precedes damage; missing sections of a partly read SSP are warnings', async () => {
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const heading = (text: string) => `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = `<w:document ${w}><w:body>${heading('1. Information System Name')}<w:p><w:r><w:t>Acme Cloud Platform</w:t></w:r></w:p>${heading('2. System Owner')}<w:p><w:r><w:t>Jordan`;
    const zip = new VirtualZip([
      { name: 'word/document.xml', data: Buffer.from(body) },
      { name: 'word/styles.xml', data: Buffer.from('<w:styles><w:style') },
    ]);
    const outline = await readDocumentOutline(zip);
    expect(outline.truncated).toBe(true);
    expect(headingsOf(outline).map((h) => h.text)).toEqual(['1. Information System Name', '2. System Owner']);
    expect(outline.notes.join(' ')).toMatch(/styles\.xml.*ignored/);
    const outcome = await validateSspDocument(zip, CTX);
    expect(errors(outcome)).toEqual([]);
    expect(ids(outcome, 'warning')).toEqual(expect.arrayContaining(['ssp-doc-partially-read', 'ssp-doc-missing-fips199', 'ssp-doc-impact-level-missing']));
  });

  it('refuses a DTD in the body as hostile', async () => {
    const body = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "y">]><w:document xmlns:w="urn:w"><w:body/></w:document>';
    const outcome = await validateSspDocument(new VirtualZip([{ name: 'word/document.xml', data: Buffer.from(body) }]), CTX);
    expect(errors(outcome)).toEqual(['ssp-doc-hostile']);
  });

  it('reads a PDF as lines joined into paragraphs, with numbered lines as headings', async () => {
    const outline = await readDocumentOutline(new BufferByteSource(await pdf([['1. Purpose', 'This plan sets out the purpose.', '2. Scope', 'All systems.']], 'A PDF')));
    expect(outline).toMatchObject({ format: 'pdf', title: 'A PDF', pages: 1 });
    expect(outline.blocks.map((b) => (b.kind === 'table' ? '' : `${b.kind}:${b.text}@${b.location}`))).toEqual([
      "heading:1. Purpose@heading '1. Purpose'",
      'paragraph:This plan sets out the purpose.@page 1, line 2',
      "heading:2. Scope@heading '2. Scope'",
      'paragraph:All systems.@page 1, line 4',
    ]);
  });
});

describe('ssp-doc: System Security Plan documents', () => {
  it('a complete SSP passes and reports its impact level', async () => {
    const outcome = await run(validateSspDocument, await docx(sspNodes(), { title: SSP_TITLE }), withBaseline('MODERATE'));
    expect(errors(outcome)).toEqual([]);
    expect(ids(outcome, 'warning')).toEqual([]);
    expect(outcome.summary).toEqual({ impactLevel: 'MODERATE' });
    expect(finding(outcome, 'ssp-doc-impact-level')).toMatchObject({ severity: 'info', location: 'table 2 row 1' });
    expect(hasErrors(outcome.findings)).toBe(false);
  });

  it('a Rev5-shaped SSP (FIPS 199 level in the System Information table, appendices list, diagrams) passes', async () => {
    const rev5: Node[] = [
      { h: 'Acme Cloud Platform System Security Plan (SSP)', level: 0 },
      { h: '3. System Information' },
      {
        table: [
          ['CSP Name', 'Acme Cloud, Inc.'],
          ['CSO Name', 'Acme Cloud Platform'],
          ['FIPS PUB 199 Level (SSP Appendix K)', '☐ Low ☒ Moderate ☐ High'],
        ],
      },
      { h: '4. System Owner' },
      { table: [['Name', 'Jordan Rivera'], ['Title', 'Vice President, Cloud Operations']] },
      { h: '5. Assignment of Security Responsibility' },
      { table: [['Role', 'Name'], ['Agency Authorizing Official', 'Jane Q. Smith'], ['ISSO', 'Pat Morgan']] },
      { h: '7. External Systems and Services Not Having FedRAMP Authorization' },
      { p: 'None.' },
      { h: '8. Illustrated Architecture and Narratives' },
      { h: '8.1 Illustrated Architecture', level: 2 },
      { p: 'Figure 8-1 Authorization Boundary Diagram' },
      { h: '8.2 Narrative', level: 2 },
      { p: 'Figure 8-2 Data Flow Diagram' },
      { p: 'Customer traffic enters through the load balancer; administrators connect through the bastion over SSH.' },
      { h: '9. Services, Ports, and Protocols' },
      { table: [['Service', 'Port', 'Protocol'], ['Web UI', '443', 'HTTPS']] },
      { h: '12. SSP Appendices List' },
      {
        table: [
          ['Appendix A', 'FedRAMP Security Controls'],
          ['Appendix K', 'FIPS 199 Categorization'],
          ['Appendix L', 'Laws, Regulations, Standards and Guidance'],
        ],
      },
      { h: 'Appendix A: FedRAMP Moderate Security Controls' },
      { h: 'AC-1 Policy and Procedures', level: 2 },
      { p: 'Acme Cloud develops, documents and disseminates an access control policy.' },
    ];
    const outcome = await run(validateSspDocument, await docx(rev5), withBaseline('MODERATE'));
    expect(errors(outcome)).toEqual([]);
    expect(ids(outcome, 'warning')).toEqual([]);
    expect(outcome.summary.impactLevel).toBe('MODERATE');
    expect(finding(outcome, 'ssp-doc-impact-level')?.location).toBe('table 1 row 3');
  });

  it('an SSP without its FIPS 199 categorization is an error', async () => {
    const outcome = await run(validateSspDocument, await docx(sspNodes({ fips199: [] }).filter((n) => !('p' in n && /Moderate/.test(n.p)))));
    expect(errors(outcome)).toEqual(['ssp-doc-missing-fips199', 'ssp-doc-impact-level-missing']);
    expect(outcome.summary).toEqual({});
  });

  it('every missing section is named', async () => {
    const outcome = await run(validateSspDocument, await docx([{ h: SSP_TITLE, level: 0 }, { h: '1. Information System Name' }, { p: 'Acme Cloud Platform' }]));
    expect(errors(outcome)).toEqual([
      'ssp-doc-missing-fips199',
      'ssp-doc-missing-system-owner',
      'ssp-doc-missing-authorizing-officials',
      'ssp-doc-missing-system-description',
      'ssp-doc-missing-system-environment',
      'ssp-doc-missing-data-flow',
      'ssp-doc-missing-ports-protocols-services',
      'ssp-doc-missing-interconnections',
      'ssp-doc-missing-laws-regulations',
      'ssp-doc-missing-control-implementation',
      'ssp-doc-missing-attachments',
      'ssp-doc-impact-level-missing',
    ]);
    expect(finding(outcome, 'ssp-doc-missing-data-flow')?.location).toBe('document');
  });

  it('an SSP stating Low in a MODERATE package is a mismatch', async () => {
    const low: Node[] = [
      { h: '2. Information System Categorization' },
      { p: 'The Acme Cloud Platform has a FIPS 199 security categorization of Low.' },
    ];
    const outcome = await run(validateSspDocument, await docx(sspNodes({ fips199: low })), withBaseline('MODERATE'));
    expect(errors(outcome)).toEqual(['ssp-doc-impact-level-mismatch']);
    expect(finding(outcome, 'ssp-doc-impact-level-mismatch')).toMatchObject({
      message: expect.stringMatching(/LOW .*MODERATE/),
      location: 'paragraph 2',
    });
    expect(outcome.summary.impactLevel).toBe('LOW');
    // The same SSP in a LOW package is consistent (the Moderate C/I/A table is gone, the baseline sentence remains).
    const lowCtx = await run(validateSspDocument, await docx(sspNodes({ fips199: low })), withBaseline('LOW'));
    expect(errors(lowCtx)).toEqual([]);
    expect(ids(lowCtx, 'warning')).toEqual(['ssp-doc-impact-level-inconsistent']);
  });

  it.each([
    ['check boxes', 'Security categorization: ☐ Low ☒ Moderate ☐ High', 'MODERATE'],
    ['a categorized-as sentence', 'The system is categorized as High in accordance with FIPS PUB 199.', 'HIGH'],
    ['LI-SaaS', 'The service is a FedRAMP Tailored LI-SaaS offering; its FIPS 199 categorization is Low.', 'LI-SAAS'],
  ])('reads the impact level from %s', async (_label, sentence, level) => {
    const outcome = await run(validateSspDocument, await docx(sspNodes({ fips199: [{ h: '2. Security Categorization' }, { p: sentence }] }).filter((n) => !('p' in n && /FedRAMP Moderate/.test(n.p)))));
    expect(outcome.summary.impactLevel).toBe(level);
    expect(ids(outcome)).not.toContain('ssp-doc-impact-level-inconsistent');
  });

  it('the list of levels in a definition is not a statement', async () => {
    const nodes = sspNodes({ fips199: [{ h: '2. Security Categorization' }, { p: 'FIPS 199 defines three impact levels: Low, Moderate and High.' }] });
    const outcome = await run(validateSspDocument, await docx(nodes.filter((n) => !('p' in n && /FedRAMP Moderate/.test(n.p)))));
    expect(errors(outcome)).toEqual(['ssp-doc-impact-level-missing']);
  });

  it('empty sections and template placeholders are warnings', async () => {
    const nodes = sspNodes().map((n): Node => ('p' in n && n.p.startsWith('Customer data enters') ? { p: '<Insert data flow description>' } : n));
    nodes.splice(nodes.findIndex((n) => 'h' in n && n.h === '11. System Interconnections') + 1, 1);
    const outcome = await run(validateSspDocument, await docx(nodes));
    expect(errors(outcome)).toEqual([]);
    expect(ids(outcome, 'warning')).toEqual(['ssp-doc-section-empty', 'ssp-doc-template-placeholder']);
    expect(finding(outcome, 'ssp-doc-section-empty')?.location).toBe("heading '11. System Interconnections'");
  });

  it('a PDF SSP is read through its numbered headings', async () => {
    const lines = sspNodes().flatMap((n) => ('h' in n ? [n.h] : 'p' in n ? [n.p.slice(0, 90)] : n.table.map((r) => r.join('  '))));
    const outcome = await run(validateSspDocument, await pdf([lines.slice(0, 40), lines.slice(40)], SSP_TITLE), withBaseline('MODERATE'));
    expect(errors(outcome)).toEqual([]);
    expect(outcome.summary.impactLevel).toBe('MODERATE');
  });

  it('bytes that are no document are an error', async () => {
    const text = await run(validateSspDocument, Buffer.from('just some text\n'));
    expect(errors(text)).toEqual(['ssp-doc-unsupported-format']);
    const broken = await run(validateSspDocument, (await docx(sspNodes())).subarray(0, 2000));
    expect(errors(broken)).toEqual(['ssp-doc-unreadable']);
    const empty = await run(validateSspDocument, await docx([]));
    expect(errors(empty)).toEqual(['ssp-doc-no-text']);
  });
});

describe('sap-doc: Security Assessment Plan documents', () => {
  it('a complete SAP passes', async () => {
    const outcome = await run(validateSapDocument, await docx(sapNodes()), withBaseline('MODERATE'));
    expect(errors(outcome)).toEqual([]);
    expect(ids(outcome, 'warning')).toEqual([]);
    expect(outcome.summary).toEqual({ impactLevel: 'MODERATE' });
  });

  it('a SAP without rules of engagement is an error', async () => {
    const outcome = await run(validateSapDocument, await docx(sapNodes({ rulesOfEngagement: false })));
    expect(errors(outcome)).toEqual(['sap-doc-missing-rules-of-engagement']);
  });

  it('a SAP for another baseline is a mismatch; one without a level is a warning', async () => {
    const high = await run(validateSapDocument, await docx(sapNodes({ level: 'High' })), withBaseline('MODERATE'));
    expect(errors(high)).toEqual(['sap-doc-impact-level-mismatch']);
    const none = await run(validateSapDocument, await docx(sapNodes({ level: 'cloud' })), withBaseline('MODERATE'));
    expect(errors(none)).toEqual([]);
    expect(ids(none, 'warning')).toEqual(['sap-doc-impact-level-missing']);
  });
});

describe('sar-doc: Security Assessment Report documents', () => {
  it('reads the risk exposure table into sarRisks and the recommendation', async () => {
    const outcome = await run(validateSarDocument, await docx(sarNodes()));
    expect(errors(outcome)).toEqual([]);
    expect(ids(outcome, 'warning')).toEqual([]);
    expect(outcome.summary.sarRisks).toEqual([
      { id: 'V-001', title: 'Outdated OpenSSL on web tier', risk: 'high', location: 'table 2 row 2' },
      { id: 'V-002', title: 'Weak session timeout', risk: 'moderate', location: 'table 2 row 3' },
      { id: 'V-003', title: 'Verbose error messages', risk: 'low', location: 'table 2 row 4' },
    ]);
    expect(finding(outcome, 'sar-doc-recommends-authorization')).toMatchObject({
      severity: 'info',
      location: "heading '6. Authorization Recommendation'",
    });
  });

  it('a SAR without risk exposure table, recommendation or executive summary has errors', async () => {
    const outcome = await run(validateSarDocument, await docx(sarNodes({ table: null, recommendation: null, executiveSummary: false })));
    expect(errors(outcome)).toEqual(['sar-doc-missing-executive-summary', 'sar-doc-missing-risk-exposure-table', 'sar-doc-missing-recommendation']);
    expect(outcome.summary).toEqual({});
  });

  it('a risk exposure table delivered as a workbook is a warning', async () => {
    const outcome = await run(
      validateSarDocument,
      await docx([...sarNodes({ table: null }), { p: 'The Risk Exposure Table is provided in Appendix A as an Excel workbook.' }]),
    );
    expect(errors(outcome)).toEqual([]);
    expect(ids(outcome, 'warning')).toEqual(['sar-doc-missing-risk-exposure-table']);
  });

  it('unrated and unidentified risks, a negative and an unclear recommendation', async () => {
    const table: Node = {
      table: [
        ['Risk ID', 'Weakness Name', 'Likelihood', 'Impact', 'Risk Level'],
        ['', 'Default credentials on switch', 'High', 'High', 'Critical'],
        ['R-2', 'Missing banner', 'Low', 'Low', 'TBD'],
      ],
    };
    const negative = await run(
      validateSarDocument,
      await docx(sarNodes({ table, recommendation: 'Example 3PAO does not recommend the Acme Cloud Platform for authorization at this time.' })),
    );
    expect(errors(negative)).toEqual([]);
    expect(ids(negative, 'warning')).toEqual(['sar-doc-risk-unrated', 'sar-doc-risk-missing-id', 'sar-doc-not-recommended']);
    expect(negative.summary.sarRisks?.map((r) => [r.id, r.risk])).toEqual([
      ['table 2 row 2', 'critical'],
      ['R-2', undefined],
    ]);
    const unclear = await run(validateSarDocument, await docx(sarNodes({ recommendation: 'See the attached letter.' })));
    expect(errors(unclear)).toEqual(['sar-doc-recommendation-unclear']);
  });
});

describe('ato: Authority to Operate letters', () => {
  it('a signed ATO letter PDF passes', async () => {
    const outcome = await run(validateAtoLetter, await pdf([ATO_LINES], 'Authority to Operate'));
    expect(errors(outcome)).toEqual([]);
    expect(ids(outcome, 'warning')).toEqual([]);
    expect(finding(outcome, 'ato-date')?.message).toMatch(/2025-03-14/);
    expect(finding(outcome, 'ato-official')?.message).toMatch(/Jane Q\. Smith, Chief Information Officer/);
  });

  it('a letter without a date or an official has errors', async () => {
    const lines = ATO_LINES.filter((l) => l !== 'March 14, 2025' && !/expires/.test(l)).slice(0, -4);
    const outcome = await run(validateAtoLetter, await pdf([lines]));
    expect(errors(outcome)).toEqual(['ato-date-missing', 'ato-official-missing']);
    expect(finding(outcome, 'ato-date-missing')?.location).toBe('document');
  });

  it('a letter naming no agency, no system and granting nothing has errors', async () => {
    const outcome = await run(
      validateAtoLetter,
      await docx([{ p: 'June 2, 2025' }, { p: 'We have reviewed the security package and will follow up.' }, { p: 'Sincerely,\nJane Q. Smith\nChief Information Officer' }]),
    );
    expect(errors(outcome)).toEqual(['ato-agency-missing', 'ato-system-missing', 'ato-authorization-statement-missing']);
  });

  it('a denial, an expired authorization and a letter dated after the as-of date', async () => {
    const denied = ATO_LINES.map((l) =>
      l.startsWith('I hereby') ? 'An Authority to Operate for the Acme Cloud Platform is denied until the high risks are remediated.' : l,
    );
    expect(errors(await run(validateAtoLetter, await pdf([denied])))).toEqual(['ato-authorization-denied']);
    const later = await run(validateAtoLetter, await pdf([ATO_LINES]), { asOf: new Date('2028-04-01T00:00:00Z') });
    expect(errors(later)).toEqual(['ato-expired']);
    const early = await run(validateAtoLetter, await pdf([ATO_LINES]), { asOf: new Date('2025-01-01T00:00:00Z') });
    expect(ids(early, 'warning')).toEqual(['ato-date-in-future']);
  });

  it('an ATO letter in Word: an official without signature block, or without title, warns', async () => {
    const letter = (official: Node[]) =>
      docx([
        { p: 'General Services Administration' },
        { p: 'Date: 2025-05-01' },
        { p: 'The GSA hereby grants an authorization to operate for the Acme Cloud Platform.' },
        ...official,
      ]);
    const unsigned = await run(validateAtoLetter, await letter([{ p: 'Authorizing Official: Robert Chen' }]));
    expect(errors(unsigned)).toEqual([]);
    expect(ids(unsigned, 'warning')).toEqual(['ato-signature-missing']);
    expect(finding(unsigned, 'ato-official')?.message).toBe('signed by Robert Chen, Authorizing Official');
    const untitled = await run(validateAtoLetter, await letter([{ p: 'Sincerely,' }, { p: 'Robert Chen' }]));
    expect(errors(untitled)).toEqual([]);
    expect(ids(untitled, 'warning')).toEqual(['ato-official-title-missing']);
  });

  it('a scanned letter without text cannot be checked', async () => {
    const outcome = await run(validateAtoLetter, await pdf([[]]));
    expect(errors(outcome)).toEqual(['ato-no-text']);
  });
});

describe('attachment: SSP attachments', () => {
  const plan = (title: string): Node[] => [
    { h: title, level: 0 },
    { h: '1. Introduction and Purpose' },
    { p: 'This plan establishes procedures to recover the Acme Cloud Platform following a disruption. '.repeat(12) },
    { h: '2. Activation and Notification' },
    { p: 'The contingency plan coordinator activates the plan when an outage exceeds the recovery time objective. '.repeat(10) },
  ];
  const contingency = sspAttachmentValidator('CONTINGENCY_PLAN');

  it('a contingency plan that names itself passes', async () => {
    const outcome = await run(contingency, await docx(plan('Acme Cloud Platform Information System Contingency Plan (ISCP)')));
    expect(ids(outcome).filter((id) => finding(outcome, id)?.severity !== 'info')).toEqual([]);
    expect(finding(outcome, 'attachment-title')?.message).toMatch(/Contingency Plan/);
  });

  it('a document naming another deliverable is a title mismatch', async () => {
    const outcome = await run(contingency, await docx(plan('Acme Cloud Platform Incident Response Plan')));
    expect(ids(outcome, 'warning')).toEqual(['attachment-title-mismatch']);
    expect(finding(outcome, 'attachment-title-mismatch')?.message).toMatch(/name an Information System Contingency Plan; it names itself an Incident Response Plan/);
  });

  it('untitled, short, empty and non-narrative attachments are warnings', async () => {
    const short = await run(sspAttachmentValidator('RULES_OF_BEHAVIOR'), await docx([{ p: 'Users must not share accounts.' }]));
    expect(ids(short, 'warning')).toEqual(['attachment-title-missing', 'attachment-title-mismatch', 'attachment-short']);
    const empty = await run(contingency, await docx([]));
    expect(ids(empty, 'warning')).toEqual(['attachment-no-text']);
    const workbook = await run(contingency, await makeXlsx([{ name: 'Sheet1', rows: [['a']] }]));
    expect(ids(workbook, 'warning')).toEqual(['attachment-unsupported-format']);
    expect(errors(workbook)).toEqual([]);
  });

  it('a PDF attachment is checked by its metadata title and first lines', async () => {
    const rob = sspAttachmentValidator('RULES_OF_BEHAVIOR');
    const body = Array.from({ length: 30 }, (_, i) => `Rule ${i + 1}: users shall protect their credentials and report incidents promptly.`);
    const outcome = await run(rob, await pdf([['Acme Cloud Platform Rules of Behavior', ...body]]));
    expect(ids(outcome).filter((id) => finding(outcome, id)?.severity !== 'info')).toEqual([]);
  });

  it('is registered for every SSP attachment type', () => {
    expect(Object.keys(DOCUMENT_VALIDATORS)).toEqual(
      expect.arrayContaining(['SSP', 'SAP', 'SAR', 'ATO_LETTER', 'CONTINGENCY_PLAN', 'RULES_OF_BEHAVIOR', 'FIPS_199', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN']),
    );
  });
});

describe('dates', () => {
  it('parses the common formats and skips impossible dates', () => {
    expect(findDates('On January 5, 2025, 5 Feb 2025, 2025-03-07, 04/09/2025, 10-Oct-2025 and 31 June 2025.').map((d) => d.iso)).toEqual([
      '2025-01-05',
      '2025-02-05',
      '2025-03-07',
      '2025-04-09',
      '2025-10-10',
    ]);
  });
});
