/**
 * A small raw-OOXML writer for Word packages carrying what real Word files carry: tracked changes,
 * comments, content controls, fields with cached results, VML text boxes, section breaks with a
 * different first-page header, footnotes/endnotes, custom (DMS) properties, template names.
 */
import { zipParts } from './zip.js';

export interface Rev { author: string; date: string }
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  size?: number; // half-points
  color?: string;
  ins?: Rev;
  del?: Rev;
  comment?: number; // id of a comment anchored on this run
  footnote?: number;
  endnote?: number;
  field?: string; // field instruction; `text` is its cached result
}
export type Para = {
  kind: 'p';
  runs: Run[];
  style?: string;
  align?: 'center' | 'right' | 'both';
  pageBreakBefore?: boolean;
};
export type Block =
  | Para
  | { kind: 'table'; rows: string[][]; header?: boolean; boldFirstCol?: boolean }
  | { kind: 'pagebreak' }
  | { kind: 'sectbreak' }
  | { kind: 'sdt'; tag: string; alias: string; text: string; size?: number; bold?: boolean; date?: string; align?: 'center' }
  | { kind: 'textbox'; lines: string[]; size?: number; top?: number }
  | { kind: 'toc'; entries: string[] };

export interface Comment { id: number; author: string; initials?: string; date: string; text: string }
export interface DocxSpec {
  blocks: Block[];
  core?: { title?: string; subject?: string; creator?: string; lastModifiedBy?: string; keywords?: string; description?: string; category?: string; created?: string; modified?: string; revision?: number };
  app?: { template?: string; company?: string; pages?: number; words?: number };
  custom?: Record<string, string>;
  header?: Run[];
  firstHeader?: Run[];
  footer?: Run[];
  comments?: Comment[];
  footnotes?: string[];
  endnotes?: string[];
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ---- convenience constructors --------------------------------------------------------------
export const p = (text: string, style?: string): Para => ({ kind: 'p', runs: [{ text }], ...(style ? { style } : {}) });
export const h = (level: 1 | 2 | 3, text: string): Para => ({ kind: 'p', runs: [{ text }], style: `Heading${level}` });
/** A heading typed as a bold paragraph (no style), as many authors do. */
export const hb = (text: string, size = 26): Para => ({ kind: 'p', runs: [{ text, bold: true, size }] });
export const big = (text: string, size = 44, align: 'center' | undefined = 'center'): Para => ({
  kind: 'p',
  runs: [{ text, bold: true, size }],
  ...(align ? { align } : {}),
});
export const table = (rows: string[][], header = true): Block => ({ kind: 'table', rows, header });
export const pagebreak: Block = { kind: 'pagebreak' };
export const sectbreak: Block = { kind: 'sectbreak' };

let nextId = 100;
function runXml(r: Run): string {
  const props: string[] = [];
  if (r.bold) props.push('<w:b/>');
  if (r.italic) props.push('<w:i/>');
  if (r.color) props.push(`<w:color w:val="${r.color}"/>`);
  if (r.size) props.push(`<w:sz w:val="${r.size}"/><w:szCs w:val="${r.size}"/>`);
  const rPr = props.length ? `<w:rPr>${props.join('')}</w:rPr>` : '';
  const t = (s: string, tag = 'w:t') => `<${tag} xml:space="preserve">${esc(s)}</${tag}>`;
  let body: string;
  if (r.field) {
    body =
      `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r>` +
      `<w:r>${rPr}<w:instrText xml:space="preserve"> ${esc(r.field)} </w:instrText></w:r>` +
      `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r>` +
      `<w:r>${rPr}${t(r.text)}</w:r>` +
      `<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`;
  } else if (r.del) {
    body = `<w:del w:id="${nextId++}" w:author="${esc(r.del.author)}" w:date="${r.del.date}"><w:r>${rPr}${t(r.text, 'w:delText')}</w:r></w:del>`;
  } else {
    body = `<w:r>${rPr}${t(r.text)}</w:r>`;
    if (r.ins) body = `<w:ins w:id="${nextId++}" w:author="${esc(r.ins.author)}" w:date="${r.ins.date}">${body}</w:ins>`;
  }
  if (r.footnote !== undefined) body += `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${r.footnote}"/></w:r>`;
  if (r.endnote !== undefined) body += `<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="${r.endnote}"/></w:r>`;
  if (r.comment !== undefined) {
    body =
      `<w:commentRangeStart w:id="${r.comment}"/>${body}<w:commentRangeEnd w:id="${r.comment}"/>` +
      `<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${r.comment}"/></w:r>`;
  }
  return body;
}

function paraXml(b: Para, extraPPr = ''): string {
  const pPr: string[] = [];
  if (b.style) pPr.push(`<w:pStyle w:val="${b.style}"/>`);
  if (b.pageBreakBefore) pPr.push('<w:pageBreakBefore/>');
  if (b.align) pPr.push(`<w:jc w:val="${b.align}"/>`);
  const pp = pPr.length || extraPPr ? `<w:pPr>${pPr.join('')}${extraPPr}</w:pPr>` : '';
  return `<w:p>${pp}${b.runs.map(runXml).join('')}</w:p>`;
}

function sectPr(spec: DocxSpec, last: boolean): string {
  const refs =
    (spec.header ? '<w:headerReference w:type="default" r:id="rIdHdr1"/>' : '') +
    (spec.firstHeader ? '<w:headerReference w:type="first" r:id="rIdHdr2"/>' : '') +
    (spec.footer ? '<w:footerReference w:type="default" r:id="rIdFtr1"/>' : '');
  return (
    `<w:sectPr>${refs}${last ? '' : '<w:type w:val="nextPage"/>'}<w:pgSz w:w="12240" w:h="15840"/>` +
    `<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>` +
    `${spec.firstHeader ? '<w:titlePg/>' : ''}</w:sectPr>`
  );
}

function blockXml(b: Block, spec: DocxSpec): string {
  switch (b.kind) {
    case 'p':
      return paraXml(b);
    case 'pagebreak':
      return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
    case 'sectbreak':
      return `<w:p><w:pPr>${sectPr(spec, false)}</w:pPr></w:p>`;
    case 'table': {
      const cols = Math.max(...b.rows.map((r) => r.length));
      const w = Math.floor(9360 / cols);
      const grid = `<w:tblGrid>${Array.from({ length: cols }, () => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
      const rows = b.rows
        .map((row, ri) => {
          const hdr = b.header && ri === 0;
          const cells = row
            .map((c, ci) => {
              const bold = hdr || (b.boldFirstCol && ci === 0);
              const paras = c.split('\n').map((line) => paraXml({ kind: 'p', runs: [{ text: line, bold: Boolean(bold) }] })).join('');
              return `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${hdr ? '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' : ''}</w:tcPr>${paras}</w:tc>`;
            })
            .join('');
          return `<w:tr>${hdr ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells}</w:tr>`;
        })
        .join('');
      return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr>${grid}${rows}</w:tbl>`;
    }
    case 'sdt': {
      const id = nextId++;
      const date = b.date ? `<w:date w:fullDate="${b.date}T00:00:00Z"><w:dateFormat w:val="MMMM d, yyyy"/><w:lid w:val="en-US"/></w:date>` : '<w:text/>';
      const run: Run = { text: b.text, ...(b.bold ? { bold: true } : {}), ...(b.size ? { size: b.size } : {}) };
      return (
        `<w:sdt><w:sdtPr><w:alias w:val="${esc(b.alias)}"/><w:tag w:val="${esc(b.tag)}"/><w:id w:val="${id}"/>${date}</w:sdtPr>` +
        `<w:sdtContent>${paraXml({ kind: 'p', runs: [run], ...(b.align ? { align: b.align } : {}) })}</w:sdtContent></w:sdt>`
      );
    }
    case 'textbox': {
      const id = nextId++;
      const inner = b.lines
        .map((l, i) => paraXml({ kind: 'p', runs: [{ text: l, bold: i === 0, size: i === 0 ? (b.size ?? 48) : 24, color: 'FFFFFF' }] }))
        .join('');
      return (
        `<w:p><w:r><w:pict><v:shape id="TextBox${id}" o:spid="_x0000_s${1025 + id}" type="#_x0000_t202" ` +
        `style="position:absolute;margin-left:0;margin-top:${b.top ?? 150}pt;width:468pt;height:160pt;z-index:251659264;mso-position-horizontal-relative:margin" ` +
        `fillcolor="#1f3864" stroked="f"><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`
      );
    }
    case 'toc': {
      const entry = (e: string) => `<w:r>${e.split('\t').map((x) => `<w:t xml:space="preserve">${esc(x)}</w:t>`).join('<w:tab/>')}</w:r>`;
      const first =
        '<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
        '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
        `${entry(b.entries[0] ?? '')}</w:p>`;
      const rest = b.entries.slice(1).map((e) => `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>${entry(e)}</w:p>`);
      return first + rest.join('') + '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
    }
  }
}

const NS =
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const STYLES =
  `${XML}<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="56"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="5A5A5A"/><w:sz w:val="28"/></w:rPr></w:style>' +
  [1, 2, 3]
    .map(
      (l) =>
        `<w:style w:type="paragraph" w:styleId="Heading${l}"><w:name w:val="heading ${l}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="${l - 1}"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="${36 - l * 4}"/></w:rPr></w:style>`,
    )
    .join('') +
  '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>' +
  '</w:styles>';

function hdrFtr(tag: 'hdr' | 'ftr', runs: Run[]): string {
  return `${XML}<w:${tag} ${NS}>${paraXml({ kind: 'p', runs, style: tag === 'hdr' ? 'Header' : 'Footer' })}</w:${tag}>`;
}

function notes(kind: 'footnote' | 'endnote', texts: string[]): string {
  const sep =
    `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}>` +
    `<w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>`;
  const body = texts
    .map(
      (t, i) =>
        `<w:${kind} w:id="${i + 1}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="${kind === 'footnote' ? 'FootnoteReference' : 'EndnoteReference'}"/></w:rPr><w:${kind}Ref/></w:r><w:r><w:t xml:space="preserve"> ${esc(t)}</w:t></w:r></w:p></w:${kind}>`,
    )
    .join('');
  return `${XML}<w:${kind}s ${NS}>${sep}${body}</w:${kind}s>`;
}

export async function buildDocx(spec: DocxSpec): Promise<Buffer> {
  nextId = 100;
  const body = spec.blocks.map((b) => blockXml(b, spec)).join('') + sectPr(spec, true);
  const document = `${XML}<w:document ${NS}><w:body>${body}</w:body></w:document>`;

  const ct: string[] = [
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
  ];
  const rels: string[] = [
    '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
    '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>',
  ];
  const parts: [string, string][] = [];
  const rootRels: string[] = [
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>',
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>',
  ];
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const add = (id: string, type: string, target: string, ctype: string, xml: string) => {
    rels.push(`<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`);
    ct.push(`<Override PartName="/word/${target}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${ctype}+xml"/>`);
    parts.push([`word/${target}`, xml]);
  };
  if (spec.header) add('rIdHdr1', 'header', 'header1.xml', 'header', hdrFtr('hdr', spec.header));
  if (spec.firstHeader) add('rIdHdr2', 'header', 'header2.xml', 'header', hdrFtr('hdr', spec.firstHeader));
  if (spec.footer) add('rIdFtr1', 'footer', 'footer1.xml', 'footer', hdrFtr('ftr', spec.footer));
  if (spec.footnotes?.length) add('rIdFn', 'footnotes', 'footnotes.xml', 'footnotes', notes('footnote', spec.footnotes));
  if (spec.endnotes?.length) add('rIdEn', 'endnotes', 'endnotes.xml', 'endnotes', notes('endnote', spec.endnotes));
  if (spec.comments?.length) {
    const xml =
      `${XML}<w:comments ${NS}>` +
      spec.comments
        .map(
          (c) =>
            `<w:comment w:id="${c.id}" w:author="${esc(c.author)}" w:date="${c.date}" w:initials="${esc(c.initials ?? c.author.slice(0, 2).toUpperCase())}"><w:p><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">${esc(c.text)}</w:t></w:r></w:p></w:comment>`,
        )
        .join('') +
      '</w:comments>';
    add('rIdCm', 'comments', 'comments.xml', 'comments', xml);
  }

  const core = spec.core;
  if (core) {
    ct.push('<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>');
    rootRels.push('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>');
    const el = (tag: string, v: string | number | undefined) => (v === undefined ? '' : `<${tag}>${esc(String(v))}</${tag}>`);
    parts.push([
      'docProps/core.xml',
      `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
        el('dc:title', core.title) + el('dc:subject', core.subject) + el('dc:creator', core.creator) + el('cp:keywords', core.keywords) +
        el('dc:description', core.description) + el('cp:category', core.category) + el('cp:lastModifiedBy', core.lastModifiedBy) + el('cp:revision', core.revision) +
        (core.created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${core.created}</dcterms:created>` : '') +
        (core.modified ? `<dcterms:modified xsi:type="dcterms:W3CDTF">${core.modified}</dcterms:modified>` : '') +
        '</cp:coreProperties>',
    ]);
  }
  const app = spec.app ?? {};
  parts.push([
    'docProps/app.xml',
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<Template>${esc(app.template ?? 'Normal.dotm')}</Template><TotalTime>412</TotalTime><Pages>${app.pages ?? 12}</Pages><Words>${app.words ?? 4210}</Words>` +
      `<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>${app.company ? `<Company>${esc(app.company)}</Company>` : ''}<AppVersion>16.0000</AppVersion></Properties>`,
  ]);
  if (spec.custom && Object.keys(spec.custom).length) {
    ct.push('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>');
    rootRels.push('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>');
    parts.push([
      'docProps/custom.xml',
      `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
        Object.entries(spec.custom)
          .map(([k, v], i) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${esc(k)}"><vt:lpwstr>${esc(v)}</vt:lpwstr></property>`)
          .join('') +
        '</Properties>',
    ]);
  }
  const settings =
    `${XML}<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
    (spec.blocks.some((b) => b.kind === 'p' && b.runs.some((r) => r.ins || r.del)) ? '<w:trackRevisions/>' : '') +
    '<w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

  return zipParts([
    ['[Content_Types].xml', `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${ct.join('')}</Types>`],
    ['_rels/.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rootRels.join('')}</Relationships>`],
    ['word/document.xml', document],
    ['word/_rels/document.xml.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`],
    ['word/styles.xml', STYLES],
    ['word/settings.xml', settings],
    ...parts,
  ]);
}
