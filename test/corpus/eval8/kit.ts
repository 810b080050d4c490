/**
 * Small document kit for the eval8 corpus: a hand-written WordprocessingML writer, an ExcelJS wrapper,
 * a pdf-lib layout helper and text helpers (CSV). Everything is deterministic: fixed zip timestamps,
 * fixed document dates, seeded randomness.
 */
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';

/** Every zip entry carries this time (UTC). */
export const ZIP_DATE = new Date(Date.UTC(2025, 7, 4, 13, 22, 10));

// ---------------------------------------------------------------- randomness

/** mulberry32: a small seeded PRNG. */
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

/** A deterministic UUID (v4 layout) from a PRNG. */
export function uuid(r: () => number): string {
  const h = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
  h[12] = '4';
  h[16] = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** ISO date (yyyy-mm-dd) `days` after `start`. */
export function addDays(start: string, days: number): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** mm/dd/yyyy from yyyy-mm-dd. */
export function us(date: string): string {
  const [y, m, d] = date.split('-');
  return `${m}/${d}/${y}`;
}

// ---------------------------------------------------------------- zip

/** Re-zips an OOXML package with fixed timestamps, keeping the entry order (and dropping `drop` parts). */
export async function rezip(data: Buffer | Uint8Array, edit?: (name: string, text: string) => string | null): Promise<Buffer> {
  const src = await JSZip.loadAsync(data);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n]?.dir);
  // [Content_Types].xml first, as Office writes it.
  names.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  for (const name of names) {
    const f = src.file(name);
    if (!f) continue;
    if (edit && /\.(xml|rels)$/.test(name)) {
      const text = await f.async('string');
      const edited = edit(name, text);
      if (edited === null) continue;
      out.file(name, edited, { date: ZIP_DATE, createFolders: false });
    } else {
      out.file(name, await f.async('uint8array'), { date: ZIP_DATE, createFolders: false });
    }
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

// ---------------------------------------------------------------- shared block model

export type Run = string | { text: string; b?: boolean; i?: boolean; u?: boolean; size?: number; color?: string; font?: string };

export type Block =
  | { k: 'p'; runs: Run[]; align?: 'left' | 'center' | 'right' | 'both'; style?: string; size?: number; bold?: boolean; after?: number; before?: number }
  | { k: 'h'; level: 1 | 2 | 3; text: string }
  | { k: 'bh'; text: string; size?: number }
  | { k: 'title'; text: string; size?: number; align?: 'left' | 'center' }
  | { k: 'table'; rows: string[][]; header?: boolean; widths?: number[]; shade?: string; size?: number }
  | { k: 'list'; items: string[]; numbered?: boolean }
  | { k: 'break' }
  | { k: 'toc'; entries: [string, string][] }
  | { k: 'space'; n?: number };

export const P = (text: string, o: Partial<Omit<Extract<Block, { k: 'p' }>, 'k' | 'runs'>> = {}): Block => ({ k: 'p', runs: [text], ...o });
export const PR = (runs: Run[], o: Partial<Omit<Extract<Block, { k: 'p' }>, 'k' | 'runs'>> = {}): Block => ({ k: 'p', runs, ...o });
export const H1 = (text: string): Block => ({ k: 'h', level: 1, text });
export const H2 = (text: string): Block => ({ k: 'h', level: 2, text });
export const H3 = (text: string): Block => ({ k: 'h', level: 3, text });
export const BH = (text: string, size?: number): Block => (size ? { k: 'bh', text, size } : { k: 'bh', text });
export const TITLE = (text: string, size?: number, align: 'left' | 'center' = 'center'): Block => (size ? { k: 'title', text, size, align } : { k: 'title', text, align });
export const T = (rows: string[][], o: { header?: boolean; widths?: number[]; shade?: string; size?: number } = {}): Block => ({ k: 'table', rows, header: o.header ?? true, ...o });
export const UL = (items: string[]): Block => ({ k: 'list', items });
export const OL = (items: string[]): Block => ({ k: 'list', items, numbered: true });
export const BR: Block = { k: 'break' };
export const SP = (n = 1): Block => ({ k: 'space', n });
export const TOC = (entries: [string, string][]): Block => ({ k: 'toc', entries });
/** Several paragraphs at once. */
export const PS = (...texts: string[]): Block[] => texts.map((t) => P(t));

// ---------------------------------------------------------------- docx writer

export interface CoreProps {
  title?: string;
  subject?: string;
  creator?: string;
  keywords?: string;
  description?: string;
  lastModifiedBy?: string;
  revision?: string;
  category?: string;
  created?: string; // ISO
  modified?: string; // ISO
}

export interface DocxOptions {
  /** null: no docProps/core.xml at all. */
  core: CoreProps | null;
  app?: { application?: string; company?: string; template?: string; pages?: number } | null;
  header?: string;
  footer?: string;
  /** Add "Page N" to the footer. */
  pageNumbers?: boolean;
  font?: string;
  fontSize?: number; // half-points
  /** Header/footer only from page 2 on (title page different). */
  titlePage?: boolean;
  landscape?: boolean;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').split('').filter((c) => { const n = c.charCodeAt(0); return n >= 0x20 || n === 0x09 || n === 0x0a || n === 0x0d; }).join('');

function runXml(run: Run, base: { b?: boolean; size?: number } = {}): string {
  const r = typeof run === 'string' ? { text: run } : run;
  const props: string[] = [];
  if (r.font) props.push(`<w:rFonts w:ascii="${esc(r.font)}" w:hAnsi="${esc(r.font)}" w:cs="${esc(r.font)}"/>`);
  if (r.b ?? base.b) props.push('<w:b/><w:bCs/>');
  if (r.i) props.push('<w:i/><w:iCs/>');
  if (r.color) props.push(`<w:color w:val="${r.color}"/>`);
  const size = r.size ?? base.size;
  if (size) props.push(`<w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/>`);
  if (r.u) props.push('<w:u w:val="single"/>');
  const rpr = props.length ? `<w:rPr>${props.join('')}</w:rPr>` : '';
  const parts = r.text.split('\n');
  const inner = parts.map((t, i) => `${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(t)}</w:t>`).join('');
  return `<w:r>${rpr}${inner}</w:r>`;
}

function pXml(runs: Run[], o: { style?: string; align?: string; b?: boolean; size?: number; after?: number; before?: number; numId?: number; keepNext?: boolean } = {}): string {
  const ppr: string[] = [];
  if (o.style) ppr.push(`<w:pStyle w:val="${o.style}"/>`);
  if (o.keepNext) ppr.push('<w:keepNext/>');
  if (o.numId !== undefined) ppr.push(`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${o.numId}"/></w:numPr>`);
  if (o.after !== undefined || o.before !== undefined) ppr.push(`<w:spacing w:before="${o.before ?? 0}" w:after="${o.after ?? 160}"/>`);
  if (o.align) ppr.push(`<w:jc w:val="${o.align === 'left' ? 'left' : o.align}"/>`);
  const base: { b?: boolean; size?: number } = {};
  if (o.b) base.b = true;
  if (o.size) base.size = o.size;
  const pp = ppr.length ? `<w:pPr>${ppr.join('')}</w:pPr>` : '';
  return `<w:p>${pp}${runs.map((r) => runXml(r, base)).join('')}</w:p>`;
}

function tableXml(rows: string[][], header: boolean, widths: number[] | undefined, shade: string | undefined, size: number | undefined): string {
  const cols = Math.max(...rows.map((r) => r.length));
  const total = 9360;
  const w = widths && widths.length === cols ? widths.map((x) => Math.round((x / widths.reduce((a, b) => a + b, 0)) * total)) : Array.from({ length: cols }, () => Math.floor(total / cols));
  const grid = `<w:tblGrid>${w.map((x) => `<w:gridCol w:w="${x}"/>`).join('')}</w:tblGrid>`;
  const border = '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders>';
  const body = rows
    .map((row, ri) => {
      const isHead = header && ri === 0;
      const cells = Array.from({ length: cols }, (_, ci) => {
        const text = row[ci] ?? '';
        const tcpr = `<w:tcPr><w:tcW w:w="${w[ci] ?? 1000}" w:type="dxa"/>${isHead ? `<w:shd w:val="clear" w:color="auto" w:fill="${shade ?? 'D9E2F3'}"/>` : ''}</w:tcPr>`;
        const paras = text.split('\n\n').map((t) => pXml([t], { b: isHead, size: size ?? 10, after: 40 })).join('');
        return `<w:tc>${tcpr}${paras}</w:tc>`;
      }).join('');
      return `<w:tr>${isHead ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="${total}" w:type="dxa"/>${border}<w:tblLook w:val="04A0"/></w:tblPr>${grid}${body}</w:tbl>${pXml([''], { after: 120 })}`;
}

function blocksXml(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.k) {
      case 'p': {
        const o: Parameters<typeof pXml>[1] = {};
        if (b.style) o.style = b.style;
        if (b.align) o.align = b.align;
        if (b.bold) o.b = true;
        if (b.size) o.size = b.size;
        if (b.after !== undefined) o.after = b.after;
        if (b.before !== undefined) o.before = b.before;
        out.push(pXml(b.runs, o));
        break;
      }
      case 'h':
        out.push(pXml([b.text], { style: `Heading${b.level}` }));
        break;
      case 'bh':
        out.push(pXml([b.text], { b: true, size: b.size ?? 12, before: 240, after: 120, keepNext: true }));
        break;
      case 'title':
        out.push(pXml([b.text], { style: 'Title', align: b.align ?? 'center', ...(b.size ? { size: b.size } : {}) }));
        break;
      case 'table':
        out.push(tableXml(b.rows, b.header ?? true, b.widths, b.shade, b.size));
        break;
      case 'list':
        for (const item of b.items) out.push(pXml([item], { style: 'ListParagraph', numId: b.numbered ? 2 : 1 }));
        break;
      case 'break':
        out.push('<w:p><w:r><w:br w:type="page"/></w:r></w:p>');
        break;
      case 'space':
        for (let i = 0; i < (b.n ?? 1); i++) out.push('<w:p/>');
        break;
      case 'toc': {
        out.push(pXml(['Table of Contents'], { style: 'TOCHeading' }));
        out.push(`<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9350"/></w:tabs></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${runXml(b.entries[0]?.[0] ?? '')}<w:r><w:tab/></w:r>${runXml(b.entries[0]?.[1] ?? '')}</w:p>`);
        for (const [t, pg] of b.entries.slice(1)) {
          const indent = /^\d+\.\d+/.test(t) ? 'TOC2' : 'TOC1';
          out.push(`<w:p><w:pPr><w:pStyle w:val="${indent}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9350"/></w:tabs></w:pPr>${runXml(t)}<w:r><w:tab/></w:r>${runXml(pg)}</w:p>`);
        }
        out.push('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>');
        break;
      }
    }
  }
  return out.join('');
}

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function stylesXml(font: string, size: number): string {
  const heading = (n: number, sz: number, color: string) =>
    `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${n === 1 ? 360 : 240}" w:after="120"/><w:outlineLvl w:val="${n - 1}"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="${color}"/><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/></w:rPr></w:style>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:cs="${font}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>${heading(1, 32, '1F3864')}${heading(2, 26, '2F5496')}${heading(3, 24, '1F3763')}<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="240"/><w:contextualSpacing/></w:pPr><w:rPr><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/><w:ind w:left="220"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style></w:styles>`;
}

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W_NS}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;

function hdrFtr(tag: 'hdr' | 'ftr', text: string, pageNumbers: boolean): string {
  const style = tag === 'hdr' ? 'Header' : 'Footer';
  const parts = text.split('\t');
  const runs = parts.map((p, i) => `${i > 0 ? '<w:r><w:tab/></w:r>' : ''}${runXml({ text: p, size: 8 })}`).join('');
  const page = pageNumbers ? `<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:tab/><w:t xml:space="preserve">Page </w:t></w:r><w:fldSimple w:instr=" PAGE   \\* MERGEFORMAT "><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:${tag} ${W_NS}><w:p><w:pPr><w:pStyle w:val="${style}"/><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr>${runs}${page}</w:p></w:${tag}>`;
}

function coreXml(c: CoreProps): string {
  const el = (tag: string, v: string | undefined) => (v === undefined ? '' : `<${tag}>${esc(v)}</${tag}>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${el('dc:title', c.title)}${el('dc:subject', c.subject)}${el('dc:creator', c.creator)}${el('cp:keywords', c.keywords)}${el('dc:description', c.description)}${el('cp:lastModifiedBy', c.lastModifiedBy)}${el('cp:revision', c.revision)}${c.created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${c.created}</dcterms:created>` : ''}${c.modified ? `<dcterms:modified xsi:type="dcterms:W3CDTF">${c.modified}</dcterms:modified>` : ''}${el('cp:category', c.category)}</cp:coreProperties>`;
}

function appXml(a: { application?: string; company?: string; template?: string; pages?: number }): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>${esc(a.template ?? 'Normal.dotm')}</Template><TotalTime>0</TotalTime><Pages>${a.pages ?? 1}</Pages><Application>${esc(a.application ?? 'Microsoft Office Word')}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>${a.company !== undefined ? `<Company>${esc(a.company)}</Company>` : ''}<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>`;
}

/** Writes a .docx from blocks. */
export async function docx(blocks: Block[], o: DocxOptions): Promise<Buffer> {
  const zip = new JSZip();
  const add = (name: string, text: string) => zip.file(name, text, { date: ZIP_DATE, createFolders: false });
  const hasHeader = o.header !== undefined;
  const hasFooter = o.footer !== undefined || o.pageNumbers === true;
  const overrides = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>',
  ];
  if (hasHeader) overrides.push('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>');
  if (hasFooter) overrides.push('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>');
  if (o.core) overrides.push('<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>');
  if (o.app !== null) overrides.push('<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>');
  add(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  const rootRels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'];
  if (o.core) rootRels.push('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>');
  if (o.app !== null) rootRels.push('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>');
  add('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rootRels.join('')}</Relationships>`);
  const sect = `<w:sectPr>${hasHeader ? '<w:headerReference w:type="default" r:id="rId10"/>' : ''}${hasFooter ? '<w:footerReference w:type="default" r:id="rId11"/>' : ''}${o.landscape ? '<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"/>' : '<w:pgSz w:w="12240" w:h="15840"/>'}<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/><w:cols w:space="720"/>${o.titlePage ? '<w:titlePg/>' : ''}<w:docGrid w:linePitch="360"/></w:sectPr>`;
  add('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W_NS}><w:body>${blocksXml(blocks)}${sect}</w:body></w:document>`);
  const rels = [
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>',
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
  ];
  if (hasHeader) rels.push('<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>');
  if (hasFooter) rels.push('<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>');
  add('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  add('word/styles.xml', stylesXml(o.font ?? 'Calibri', o.fontSize ?? 22));
  add('word/settings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings ${W_NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`);
  add('word/numbering.xml', NUMBERING);
  if (hasHeader) add('word/header1.xml', hdrFtr('hdr', o.header ?? '', false));
  if (hasFooter) add('word/footer1.xml', hdrFtr('ftr', o.footer ?? '', o.pageNumbers === true));
  if (o.core) add('docProps/core.xml', coreXml(o.core));
  if (o.app !== null) add('docProps/app.xml', appXml(o.app ?? {}));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

// ---------------------------------------------------------------- xlsx (ExcelJS)

export interface XlsxProps {
  creator?: string;
  lastModifiedBy?: string;
  title?: string;
  subject?: string;
  company?: string;
  keywords?: string;
  description?: string;
  created: string; // ISO
  modified: string; // ISO
}

/** Builds a workbook with ExcelJS, then re-zips it with fixed timestamps. */
export async function xlsx(build: (wb: ExcelJS.Workbook) => void, p: XlsxProps): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = p.creator ?? '';
  wb.lastModifiedBy = p.lastModifiedBy ?? '';
  if (p.title) wb.title = p.title;
  if (p.subject) wb.subject = p.subject;
  if (p.company) wb.company = p.company;
  if (p.keywords) wb.keywords = p.keywords;
  if (p.description) wb.description = p.description;
  wb.created = new Date(p.created);
  wb.modified = new Date(p.modified);
  build(wb);
  const raw = await wb.xlsx.writeBuffer();
  return rezip(Buffer.from(raw as ArrayBuffer));
}

/** Adds rows (arrays) starting at `startRow`, bolding `boldRows` (1-based absolute row numbers). */
export function fill(ws: ExcelJS.Worksheet, startRow: number, rows: (string | number | Date | null)[][], opts: { bold?: number[]; wrap?: boolean } = {}): void {
  rows.forEach((r, i) => {
    const row = ws.getRow(startRow + i);
    r.forEach((v, j) => {
      if (v !== null && v !== '') row.getCell(j + 1).value = v;
    });
    if (opts.bold?.includes(startRow + i)) row.font = { bold: true };
    if (opts.wrap) row.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** Styles a header row: bold, fill, wrap, borders. */
export function headerStyle(ws: ExcelJS.Worksheet, rowNo: number, color = 'FF1F3864', fontColor = 'FFFFFFFF'): void {
  const row = ws.getRow(rowNo);
  row.eachCell((c) => {
    c.font = { bold: true, color: { argb: fontColor }, size: 10 };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: color } };
    c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
}

export function widths(ws: ExcelJS.Worksheet, w: number[]): void {
  w.forEach((x, i) => {
    ws.getColumn(i + 1).width = x;
  });
}

// ---------------------------------------------------------------- pdf (pdf-lib)

export interface PdfOptions {
  meta: { title?: string; author?: string; subject?: string; creator?: string; producer?: string; keywords?: string[] } | null;
  created: string; // ISO
  header?: string;
  footer?: string;
  pageNumbers?: 'page-of' | 'plain' | false;
  serif?: boolean;
  landscape?: boolean;
  fontSize?: number;
}

const WINANSI_MAP: Record<string, string> = {
  '\u2264': '<=', '\u2265': '>=', '\u2192': '->', '\u2190': '<-', '\u2713': 'X', '\u2714': 'X', '\u2610': '[ ]', '\u2612': '[X]', '\u00a0': ' ', '\u2011': '-', '\u2212': '-', '\u2248': '~',
};

/** Keeps text encodable by the standard 14 fonts (WinAnsi). */
export function winAnsi(s: string): string {
  let out = '';
  for (const ch of s) {
    if (WINANSI_MAP[ch] !== undefined) out += WINANSI_MAP[ch];
    else if (ch.charCodeAt(0) < 256 || '\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2122\u20ac\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2020\u2021\u2030\u2039\u203a\u201a\u201e'.includes(ch)) out += ch;
    else out += '?';
  }
  return out.replace(/\t/g, '    ');
}

function wrap(text: string, font: PDFFont, size: number, maxW: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    const words = para.split(/ +/);
    let line = '';
    for (const w of words) {
      const cand = line ? `${line} ${w}` : w;
      if (font.widthOfTextAtSize(cand, size) <= maxW || !line) {
        if (!line && font.widthOfTextAtSize(cand, size) > maxW) {
          // hard-break a very long token
          let chunk = '';
          for (const ch of cand) {
            if (font.widthOfTextAtSize(chunk + ch, size) > maxW) {
              lines.push(chunk);
              chunk = ch;
            } else chunk += ch;
          }
          line = chunk;
        } else line = cand;
      } else {
        lines.push(line);
        line = w;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Lays out blocks on Letter pages with pdf-lib. */
export async function pdf(blocks: Block[], o: PdfOptions): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = await doc.embedFont(o.serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(o.serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const italic = await doc.embedFont(o.serif ? StandardFonts.TimesRomanItalic : StandardFonts.HelveticaOblique);
  const [W, H] = o.landscape ? [792, 612] : [612, 792];
  const margin = 64;
  const base = o.fontSize ?? 10.5;
  let page: PDFPage = doc.addPage([W, H]);
  let y = H - margin - 10;
  const newPage = () => {
    page = doc.addPage([W, H]);
    y = H - margin - 10;
  };
  const ensure = (h: number) => {
    if (y - h < margin + 10) newPage();
  };
  const text = (s: string, f: PDFFont, size: number, x: number, align: 'left' | 'center' | 'right' = 'left', maxW = W - 2 * margin) => {
    for (const line of wrap(winAnsi(s), f, size, maxW)) {
      ensure(size * 1.35);
      let lx = x;
      const lw = f.widthOfTextAtSize(line, size);
      if (align === 'center') lx = (W - lw) / 2;
      if (align === 'right') lx = W - margin - lw;
      page.drawText(line, { x: lx, y: y - size, size, font: f, color: rgb(0.08, 0.08, 0.1) });
      y -= size * 1.35;
    }
  };
  for (const b of blocks) {
    switch (b.k) {
      case 'title':
        y -= 8;
        text(b.text, bold, b.size ?? 20, margin, b.align ?? 'center');
        y -= 10;
        break;
      case 'h': {
        const size = b.level === 1 ? 15 : b.level === 2 ? 12.5 : 11;
        ensure(size * 4);
        y -= b.level === 1 ? 10 : 6;
        text(b.text, bold, size, margin);
        y -= 4;
        break;
      }
      case 'bh':
        ensure(40);
        y -= 6;
        text(b.text, bold, b.size ?? 11.5, margin);
        y -= 3;
        break;
      case 'p': {
        const plain = b.runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
        const anyBold = b.bold || b.runs.some((r) => typeof r !== 'string' && r.b);
        const anyItalic = b.runs.some((r) => typeof r !== 'string' && r.i);
        const size = b.size ?? base;
        text(plain, anyBold ? bold : anyItalic ? italic : regular, size, margin, b.align === 'both' || !b.align ? 'left' : b.align);
        y -= b.after !== undefined ? b.after / 20 : 6;
        break;
      }
      case 'list':
        b.items.forEach((item, i) => {
          const lines = wrap(winAnsi(item), regular, base, W - 2 * margin - 20);
          lines.forEach((line, li) => {
            ensure(base * 1.35);
            if (li === 0) page.drawText(b.numbered ? `${i + 1}.` : '\u2022', { x: margin + 4, y: y - base, size: base, font: regular });
            page.drawText(line, { x: margin + 20, y: y - base, size: base, font: regular });
            y -= base * 1.35;
          });
          y -= 2;
        });
        y -= 4;
        break;
      case 'table': {
        const cols = Math.max(...b.rows.map((r) => r.length));
        const totalW = W - 2 * margin;
        const ws = b.widths && b.widths.length === cols ? b.widths.map((x) => (x / (b.widths ?? []).reduce((a, c) => a + c, 0)) * totalW) : Array.from({ length: cols }, () => totalW / cols);
        const size = b.size ?? Math.min(base - 1, 9);
        b.rows.forEach((row, ri) => {
          const head = (b.header ?? true) && ri === 0;
          const f = head ? bold : regular;
          const cells = Array.from({ length: cols }, (_, ci) => wrap(winAnsi(row[ci] ?? ''), f, size, (ws[ci] ?? 50) - 6));
          const h = Math.max(...cells.map((c) => c.length)) * size * 1.25 + 6;
          ensure(h);
          let x = margin;
          if (head) page.drawRectangle({ x: margin, y: y - h, width: totalW, height: h, color: rgb(0.85, 0.88, 0.94) });
          cells.forEach((lines, ci) => {
            const cw = ws[ci] ?? 50;
            page.drawRectangle({ x, y: y - h, width: cw, height: h, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.5 });
            lines.forEach((line, li) => page.drawText(line, { x: x + 3, y: y - 3 - size - li * size * 1.25, size, font: f }));
            x += cw;
          });
          y -= h;
        });
        y -= 10;
        break;
      }
      case 'break':
        newPage();
        break;
      case 'space':
        y -= 14 * (b.n ?? 1);
        break;
      case 'toc':
        text('Table of Contents', bold, 13, margin);
        for (const [t, pg] of b.entries) {
          ensure(base * 1.4);
          const tw = regular.widthOfTextAtSize(winAnsi(t), base);
          const pw = regular.widthOfTextAtSize(pg, base);
          const dots = '.'.repeat(Math.max(2, Math.floor((W - 2 * margin - tw - pw - 8) / regular.widthOfTextAtSize('.', base))));
          page.drawText(`${winAnsi(t)} ${dots} ${pg}`, { x: margin, y: y - base, size: base, font: regular });
          y -= base * 1.4;
        }
        y -= 8;
        break;
    }
  }
  const pages = doc.getPages();
  pages.forEach((pg, i) => {
    if (o.header) pg.drawText(winAnsi(o.header), { x: margin, y: H - 36, size: 8, font: italic, color: rgb(0.35, 0.35, 0.35) });
    const foot = [o.footer ? winAnsi(o.footer) : '', o.pageNumbers === 'page-of' ? `Page ${i + 1} of ${pages.length}` : o.pageNumbers === 'plain' ? `${i + 1}` : ''].filter(Boolean).join('    ');
    if (foot) pg.drawText(foot, { x: margin, y: 30, size: 8, font: regular, color: rgb(0.35, 0.35, 0.35) });
  });
  const when = new Date(o.created);
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  if (o.meta) {
    if (o.meta.title) doc.setTitle(o.meta.title);
    if (o.meta.author) doc.setAuthor(o.meta.author);
    if (o.meta.subject) doc.setSubject(o.meta.subject);
    if (o.meta.keywords) doc.setKeywords(o.meta.keywords);
    doc.setCreator(o.meta.creator ?? 'Microsoft\u00ae Word for Microsoft 365');
    doc.setProducer(o.meta.producer ?? 'Microsoft\u00ae Word for Microsoft 365');
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------- text formats

/** RFC 4180 CSV. */
export function csv(rows: (string | number | null | undefined)[][], o: { eol?: '\n' | '\r\n'; bom?: boolean; sep?: string } = {}): string {
  const sep = o.sep ?? ',';
  const cell = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) || s.includes(sep) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const body = rows.map((r) => r.map(cell).join(sep)).join(o.eol ?? '\r\n') + (o.eol ?? '\r\n');
  return (o.bom ? '\ufeff' : '') + body;
}

export function xmlEsc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
