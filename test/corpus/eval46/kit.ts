/**
 * Small, deterministic builders for the eval46 corpus: raw OOXML (docx/xlsx) written by hand so the
 * files can carry the traits of an old archive (Word 2007 compatibility mode, LibreOffice conversions),
 * PDFs through pdf-lib (old producers, PDF 1.3/1.4 headers, Type 1 standard fonts, OCR text layers),
 * and a seeded random generator. Every zip entry gets a fixed timestamp.
 */
import yazl from 'yazl';
import {
  PDFDocument,
  PDFHeader,
  StandardFonts,
  rgb,
  beginText,
  endText,
  setFontAndSize,
  setTextRenderingMode,
  TextRenderingMode,
  moveText,
  showText,
} from 'pdf-lib';

/* ------------------------------------------------------------------ random */

/** mulberry32: small seeded PRNG so every run yields the same bytes. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, items: readonly T[]): T {
  const v = items[Math.floor(r() * items.length)];
  if (v === undefined) throw new Error('pick from empty list');
  return v;
}

export function int(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

/** Deterministic RFC 4122-shaped UUID from the generator. */
export function uuid(r: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(r() * 4)).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/* --------------------------------------------------------------------- zip */

const FIXED_MTIME = new Date('2011-03-14T09:26:00Z');

export async function zipEntries(entries: readonly (readonly [string, string | Buffer])[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, body] of entries) {
    zip.addBuffer(typeof body === 'string' ? Buffer.from(body, 'utf8') : body, name, {
      mtime: FIXED_MTIME,
      mode: 0o100644,
    });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/* ------------------------------------------------------------- properties */

/** Where the file came from; decides app.xml, settings and styles. */
export type Flavor = 'word2007' | 'word2010compat' | 'libreoffice';

export interface CoreProps {
  title?: string;
  subject?: string;
  creator?: string;
  lastModifiedBy?: string;
  company?: string;
  keywords?: string;
  created?: string;
  modified?: string;
  template?: string;
}

function coreXml(p: CoreProps): string {
  const parts: string[] = [];
  if (p.title !== undefined) parts.push(`<dc:title>${esc(p.title)}</dc:title>`);
  if (p.subject !== undefined) parts.push(`<dc:subject>${esc(p.subject)}</dc:subject>`);
  if (p.creator !== undefined) parts.push(`<dc:creator>${esc(p.creator)}</dc:creator>`);
  if (p.keywords !== undefined) parts.push(`<cp:keywords>${esc(p.keywords)}</cp:keywords>`);
  if (p.lastModifiedBy !== undefined) parts.push(`<cp:lastModifiedBy>${esc(p.lastModifiedBy)}</cp:lastModifiedBy>`);
  parts.push('<cp:revision>7</cp:revision>');
  parts.push(`<dcterms:created xsi:type="dcterms:W3CDTF">${p.created ?? '2009-06-02T14:11:00Z'}</dcterms:created>`);
  parts.push(`<dcterms:modified xsi:type="dcterms:W3CDTF">${p.modified ?? '2011-02-28T16:40:00Z'}</dcterms:modified>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    parts.join('') +
    '</cp:coreProperties>'
  );
}

function appXml(flavor: Flavor, kind: 'word' | 'excel', p: CoreProps): string {
  const app =
    flavor === 'libreoffice'
      ? 'LibreOffice/6.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2'
      : kind === 'word'
        ? 'Microsoft Office Word'
        : 'Microsoft Excel';
  const ver = flavor === 'word2007' ? '12.0000' : '14.0000';
  const tpl = p.template ?? (kind === 'word' ? 'Normal.dotm' : undefined);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    (tpl !== undefined && flavor !== 'libreoffice' ? `<Template>${esc(tpl)}</Template>` : '') +
    `<Application>${esc(app)}</Application>` +
    (flavor === 'libreoffice' ? '' : `<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>`) +
    (p.company !== undefined ? `<Company>${esc(p.company)}</Company>` : '') +
    (flavor === 'libreoffice' ? '' : `<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><AppVersion>${ver}</AppVersion>`) +
    '</Properties>'
  );
}

/* -------------------------------------------------------------------- docx */

export type Block =
  | { kind: 'h'; level: 1 | 2 | 3; text: string }
  | { kind: 'p'; text: string; bold?: boolean; size?: number; center?: boolean; italic?: boolean }
  | { kind: 'table'; rows: readonly (readonly string[])[]; header?: boolean }
  | { kind: 'pb' };

export const h1 = (text: string): Block => ({ kind: 'h', level: 1, text });
export const h2 = (text: string): Block => ({ kind: 'h', level: 2, text });
export const h3 = (text: string): Block => ({ kind: 'h', level: 3, text });
export const p = (text: string): Block => ({ kind: 'p', text });
export const bold = (text: string, size?: number, center?: boolean): Block => ({
  kind: 'p',
  text,
  bold: true,
  ...(size !== undefined ? { size } : {}),
  ...(center !== undefined ? { center } : {}),
});
export const table = (rows: readonly (readonly string[])[], header = true): Block => ({ kind: 'table', rows, header });
export const pb: Block = { kind: 'pb' };

export interface DocxSpec {
  flavor: Flavor;
  props: CoreProps;
  blocks: readonly Block[];
  header?: string;
  footer?: string;
  /** Headings written as bold direct-formatted paragraphs instead of heading styles. */
  boldHeadings?: boolean;
}

const W_NS =
  'xmlns:ve="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"';

function run(text: string, o: { bold?: boolean; italic?: boolean; size?: number } = {}): string {
  const rpr =
    (o.bold === true ? '<w:b/>' : '') +
    (o.italic === true ? '<w:i/>' : '') +
    (o.size !== undefined ? `<w:sz w:val="${o.size * 2}"/><w:szCs w:val="${o.size * 2}"/>` : '');
  return `<w:r>${rpr ? `<w:rPr>${rpr}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

function para(b: Block, spec: DocxSpec): string {
  if (b.kind === 'pb') return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  if (b.kind === 'h') {
    if (spec.boldHeadings === true) {
      return `<w:p><w:pPr><w:spacing w:before="240" w:after="120"/></w:pPr>${run(b.text, { bold: true, size: b.level === 1 ? 14 : 12 })}</w:p>`;
    }
    const id = spec.flavor === 'libreoffice' ? `Heading${b.level}` : `Heading${b.level}`;
    return `<w:p><w:pPr><w:pStyle w:val="${id}"/></w:pPr>${run(b.text)}</w:p>`;
  }
  if (b.kind === 'p') {
    const ppr = b.center === true ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : '';
    const lines = b.text.split('\n');
    const runs = lines
      .map((l, i) => (i > 0 ? '<w:r><w:br/></w:r>' : '') + run(l, { ...(b.bold ? { bold: true } : {}), ...(b.italic ? { italic: true } : {}), ...(b.size !== undefined ? { size: b.size } : {}) }))
      .join('');
    return `<w:p>${ppr}${runs}</w:p>`;
  }
  const cols = Math.max(...b.rows.map((r) => r.length));
  const grid = `<w:tblGrid>${Array.from({ length: cols }, () => `<w:gridCol w:w="${Math.floor(9000 / cols)}"/>`).join('')}</w:tblGrid>`;
  const rows = b.rows
    .map(
      (r, ri) =>
        `<w:tr>${Array.from({ length: cols }, (_, ci) => r[ci] ?? '')
          .map(
            (c) =>
              `<w:tc><w:tcPr><w:tcW w:w="${Math.floor(9000 / cols)}" w:type="dxa"/></w:tcPr><w:p>${run(c, ri === 0 && b.header !== false ? { bold: true } : {})}</w:p></w:tc>`,
          )
          .join('')}</w:tr>`,
    )
    .join('');
  return (
    '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>' +
    '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>' +
    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>' +
    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>' +
    `<w:tblLook w:val="04A0"/></w:tblPr>${grid}${rows}</w:tbl><w:p/>`
  );
}

function stylesXml(flavor: Flavor): string {
  const font = flavor === 'libreoffice' ? 'Liberation Serif' : 'Times New Roman';
  const hfont = flavor === 'libreoffice' ? 'Liberation Sans' : 'Arial';
  const heading = (n: number, sz: number) =>
    `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="${flavor === 'libreoffice' ? `Heading ${n}` : `heading ${n}`}"/>` +
    `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="60"/><w:outlineLvl w:val="${n - 1}"/></w:pPr>` +
    `<w:rPr><w:rFonts w:ascii="${hfont}" w:hAnsi="${hfont}"/><w:b/><w:sz w:val="${sz}"/></w:rPr></w:style>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    `<w:styles xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:cs="${font}"/><w:sz w:val="24"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    heading(1, 32) +
    heading(2, 28) +
    heading(3, 24) +
    `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>` +
    '</w:styles>'
  );
}

function settingsXml(flavor: Flavor): string {
  const compat =
    flavor === 'libreoffice'
      ? '<w:compat><w:doNotExpandShiftReturn/></w:compat>'
      : flavor === 'word2007'
        ? '<w:compat><w:breakWrappedTables/><w:snapToGridInCell/><w:wrapTextWithPunct/><w:useAsianBreakRules/><w:dontGrowAutofit/></w:compat>'
        : '<w:compat><w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="12"/></w:compat>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<w:settings xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml">' +
    '<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>' +
    compat +
    '<w:rsids><w:rsidRoot w:val="00A1204C"/><w:rsid w:val="00A1204C"/><w:rsid w:val="00B73F21"/></w:rsids>' +
    '</w:settings>'
  );
}

export async function buildDocx(spec: DocxSpec): Promise<Buffer> {
  const hasHeader = spec.header !== undefined;
  const hasFooter = spec.footer !== undefined;
  const sect =
    '<w:sectPr>' +
    (hasHeader ? '<w:headerReference w:type="default" r:id="rId10"/>' : '') +
    (hasFooter ? '<w:footerReference w:type="default" r:id="rId11"/>' : '') +
    '<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>';
  const body = spec.blocks.map((b) => para(b, spec)).join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${W_NS}><w:body>${body}${sect}</w:body></w:document>`;
  const hf = (tag: 'hdr' | 'ftr', text: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:${tag} ${W_NS}><w:p><w:pPr><w:pStyle w:val="${tag === 'hdr' ? 'Header' : 'Footer'}"/></w:pPr>${run(text, { size: 8 })}</w:p></w:${tag}>`;
  const rels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>' +
    (hasHeader ? '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' : '') +
    (hasFooter ? '<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' : '') +
    '</Relationships>';
  const ct =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
    (hasHeader ? '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' : '') +
    (hasFooter ? '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' : '') +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>';
  const rootRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  const entries: [string, string][] = [
    ['[Content_Types].xml', ct],
    ['_rels/.rels', rootRels],
    ['word/_rels/document.xml.rels', rels],
    ['word/document.xml', document],
    ['word/styles.xml', stylesXml(spec.flavor)],
    ['word/settings.xml', settingsXml(spec.flavor)],
  ];
  if (hasHeader) entries.push(['word/header1.xml', hf('hdr', spec.header ?? '')]);
  if (hasFooter) entries.push(['word/footer1.xml', hf('ftr', spec.footer ?? '')]);
  entries.push(['docProps/app.xml', appXml(spec.flavor, 'word', spec.props)]);
  entries.push(['docProps/core.xml', coreXml(spec.props)]);
  return zipEntries(entries);
}

/* -------------------------------------------------------------------- xlsx */

export type Cell = string | number | null;
export interface SheetSpec {
  name: string;
  rows: readonly (readonly Cell[])[];
}
export interface XlsxSpec {
  flavor: Flavor;
  props: CoreProps;
  sheets: readonly SheetSpec[];
}

export function colName(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export async function buildXlsx(spec: XlsxSpec): Promise<Buffer> {
  const shared: string[] = [];
  const index = new Map<string, number>();
  const si = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = shared.length;
      shared.push(s);
      index.set(s, i);
    }
    return i;
  };
  const sheetXml = (sh: SheetSpec): string => {
    const rows = sh.rows
      .map((r, ri) => {
        const cells = r
          .map((c, ci) => {
            if (c === null || c === '') return '';
            const ref = `${colName(ci)}${ri + 1}`;
            if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
            return `<c r="${ref}" t="s"><v>${si(c)}</v></c>`;
          })
          .join('');
        return `<row r="${ri + 1}">${cells}</row>`;
      })
      .join('');
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>' +
      rows +
      '</sheetData></worksheet>'
    );
  };
  const sheets = spec.sheets.map(sheetXml);
  const font = spec.flavor === 'libreoffice' ? 'Arial' : 'Calibri';
  const styles =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<fonts count="1"><font><sz val="${spec.flavor === 'libreoffice' ? 10 : 11}"/><name val="${font}"/><family val="2"/></font></fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
  const sst =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">` +
    shared.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('') +
    '</sst>';
  const workbook =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    (spec.flavor === 'libreoffice' ? '<fileVersion appName="Calc"/>' : '<fileVersion appName="xl" lastEdited="4" lowestEdited="4" rupBuild="4507"/>') +
    '<bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
    spec.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets><calcPr calcId="125725"/></workbook>';
  const n = spec.sheets.length;
  const wbRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    spec.sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>';
  const ct =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    spec.sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('') +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>';
  const rootRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
  const entries: [string, string][] = [
    ['[Content_Types].xml', ct],
    ['_rels/.rels', rootRels],
    ['xl/workbook.xml', workbook],
    ['xl/_rels/workbook.xml.rels', wbRels],
    ...sheets.map((s, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, s]),
    ['xl/styles.xml', styles],
    ['xl/sharedStrings.xml', sst],
    ['docProps/app.xml', appXml(spec.flavor, 'excel', spec.props)],
    ['docProps/core.xml', coreXml(spec.props)],
  ];
  return zipEntries(entries);
}

/* --------------------------------------------------------------------- pdf */

export interface PdfLine {
  text: string;
  size?: number;
  bold?: boolean;
  center?: boolean;
}
export interface PdfSpec {
  producer: string;
  creator?: string;
  title?: string;
  author?: string;
  subject?: string;
  version?: '1.3' | '1.4';
  created?: string;
  /** Each page drawn as a scanned image (grey placeholder) with an invisible OCR text layer. */
  scanned?: boolean;
  header?: string;
  footer?: string;
  lines: readonly (PdfLine | 'pb')[];
}

/** Keep the text inside WinAnsi so the standard Type 1 fonts can encode it. */
export function ascii(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u00a7/g, 'Sec.')
    .replace(/[^\x20-\x7e]/g, ' ');
}

export const L = (text: string, size?: number, boldFace?: boolean, center?: boolean): PdfLine => ({
  text,
  ...(size !== undefined ? { size } : {}),
  ...(boldFace !== undefined ? { bold: boldFace } : {}),
  ...(center !== undefined ? { center } : {}),
});

export async function buildPdf(spec: PdfSpec): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const [maj, min] = (spec.version ?? '1.4').split('.').map(Number);
  doc.context.header = PDFHeader.forVersion(maj ?? 1, min ?? 4);
  const created = new Date(spec.created ?? '2010-11-08T15:02:11Z');
  doc.setProducer(spec.producer);
  if (spec.creator !== undefined) doc.setCreator(spec.creator);
  if (spec.title !== undefined) doc.setTitle(spec.title);
  if (spec.author !== undefined) doc.setAuthor(spec.author);
  if (spec.subject !== undefined) doc.setSubject(spec.subject);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  const regular = await doc.embedFont(spec.scanned === true ? StandardFonts.Courier : StandardFonts.TimesRoman);
  const heavy = await doc.embedFont(spec.scanned === true ? StandardFonts.Courier : StandardFonts.HelveticaBold);
  const W = 612;
  const H = 792;
  const M = 72;
  let page = doc.addPage([W, H]);
  let y = H - M;
  let pageNo = 1;
  const decorate = () => {
    if (spec.scanned === true) {
      page.drawRectangle({ x: 0, y: 0, width: W, height: H, color: rgb(0.96, 0.95, 0.92) });
    }
    if (spec.header !== undefined) page.drawText(ascii(spec.header), { x: M, y: H - 40, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
    if (spec.footer !== undefined)
      page.drawText(ascii(`${spec.footer}    Page ${pageNo}`), { x: M, y: 36, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
  };
  decorate();
  const newPage = () => {
    page = doc.addPage([W, H]);
    pageNo += 1;
    y = H - M;
    decorate();
  };
  const draw = (text: string, size: number, f: typeof regular, x: number) => {
    if (spec.scanned === true) {
      const key = page.node.newFontDictionary(f.name, f.ref);
      page.pushOperators(
        beginText(),
        setFontAndSize(key, size),
        setTextRenderingMode(TextRenderingMode.Invisible),
        moveText(x, y),
        showText(f.encodeText(text)),
        endText(),
      );
    } else {
      page.drawText(text, { x, y, size, font: f });
    }
  };
  for (const item of spec.lines) {
    if (item === 'pb') {
      newPage();
      continue;
    }
    const size = item.size ?? 10.5;
    const f = item.bold === true ? heavy : regular;
    const words = ascii(item.text).split(/\s+/).filter(Boolean);
    const lines: string[] = [];
    let cur = '';
    for (const w of words) {
      const next = cur ? `${cur} ${w}` : w;
      if (f.widthOfTextAtSize(next, size) > W - 2 * M && cur) {
        lines.push(cur);
        cur = w;
      } else cur = next;
    }
    if (cur) lines.push(cur);
    if (lines.length === 0) {
      y -= size;
      continue;
    }
    for (const l of lines) {
      if (y < M + 10) newPage();
      const x = item.center === true ? (W - f.widthOfTextAtSize(l, size)) / 2 : M;
      draw(l, size, f, x);
      y -= size * 1.35;
    }
    y -= size * 0.5;
  }
  const bytes = await doc.save({ useObjectStreams: false });
  return Buffer.from(bytes);
}

/* --------------------------------------------------------------- helpers */

/** Turn docx blocks into PDF lines so one text can be published in either format. */
export function blocksToPdf(blocks: readonly Block[]): (PdfLine | 'pb')[] {
  const out: (PdfLine | 'pb')[] = [];
  for (const b of blocks) {
    if (b.kind === 'pb') out.push('pb');
    else if (b.kind === 'h') out.push(L(b.text, b.level === 1 ? 14 : 12, true));
    else if (b.kind === 'p') {
      for (const line of b.text.split('\n')) out.push(L(line, b.size ?? 10.5, b.bold === true, b.center === true));
    } else for (const r of b.rows) out.push(L(r.join('  |  '), 9));
  }
  return out;
}

/** Blocks to plain text or markdown. */
export function blocksToText(blocks: readonly Block[], md: boolean): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'pb') out.push(md ? '\n---\n' : '\n\f');
    else if (b.kind === 'h') out.push(md ? `${'#'.repeat(b.level)} ${b.text}\n` : `${b.text.toUpperCase()}\n${'='.repeat(Math.min(b.text.length, 70))}\n`);
    else if (b.kind === 'p') out.push(md && b.bold === true ? `**${b.text}**\n` : `${b.text}\n`);
    else if (md) {
      const [head, ...rest] = b.rows;
      if (head) {
        out.push(`| ${head.join(' | ')} |`);
        out.push(`|${head.map(() => '---').join('|')}|`);
      }
      for (const r of rest) out.push(`| ${r.join(' | ')} |`);
      out.push('');
    } else {
      for (const r of b.rows) out.push(r.join('\t'));
      out.push('');
    }
  }
  return out.join('\n');
}

export function csv(rows: readonly (readonly (string | number)[])[], eol = '\r\n'): string {
  return (
    rows
      .map((r) =>
        r
          .map((c) => {
            const s = String(c);
            return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
          })
          .join(','),
      )
      .join(eol) + eol
  );
}
