import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import type { PDFFont, PDFRef } from 'pdf-lib';
import { numberHeadings, splitFootnotes } from './model.js';
import type { Block, ProseDoc } from './model.js';

/**
 * A small typesetter that writes PDFs the way LaTeX / Pandoc / Sphinx / Asciidoctor-PDF / Word do in their
 * text layer: Type1 base fonts with a /Differences encoding so "fi" and "fl" are single ligature glyphs
 * (with a ToUnicode CMap mapping them to U+FB01/U+FB02), justified lines with hyphenated breaks,
 * one or two columns, running heads carrying the current section, footnotes under the column,
 * an optional title page and a "Contents" page with dot leaders.
 */
export interface PdfOptions {
  readonly columns: 1 | 2;
  readonly fontSize?: number;
  readonly family?: 'times' | 'helvetica';
  readonly titlePage?: boolean;
  readonly toc?: boolean;
  /** 'section': the current section's name; a string: fixed text; false: none. */
  readonly runningHeader?: 'section' | string | false;
  readonly footer?: 'page' | 'page-of' | string | false;
  readonly ligatures?: boolean;
  readonly hyphenate?: boolean;
  readonly justify?: boolean;
  readonly numbered?: boolean;
  readonly parIndent?: boolean;
  readonly meta: { readonly title?: string; readonly author?: string; readonly subject?: string; readonly keywords?: string[]; readonly creator: string; readonly producer: string };
  readonly date: Date;
}

const W = 612;
const H = 792;

const WIN_ANSI: Record<string, number> = {
  '–': 0x96, '—': 0x97, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '§': 0xa7, '©': 0xa9, '®': 0xae,
  '°': 0xb0, '×': 0xd7, 'é': 0xe9, '…': 0x85, '™': 0x99, '±': 0xb1, '≥': 0x3e, '≤': 0x3c,
};

interface Fonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
  readonly italic: PDFFont;
  readonly mono: PDFFont;
}
type FontKey = keyof Fonts;
const TAG: Record<FontKey, string> = { regular: 'F1', bold: 'F2', italic: 'F3', mono: 'F4' };

/** Text with Unicode punctuation folded to what WinAnsi encodes. */
function fold(s: string): string {
  return [...s].map((c) => (c.charCodeAt(0) < 0x7f || c in WIN_ANSI ? c : '?')).join('');
}

class Typesetter {
  private readonly fonts: Fonts;
  private readonly lig: boolean;
  constructor(fonts: Fonts, lig: boolean) {
    this.fonts = fonts;
    this.lig = lig;
  }
  width(text: string, font: FontKey, size: number): number {
    const plain = [...fold(text)].map((c) => (c in WIN_ANSI && WIN_ANSI[c]! < 0x7f ? String.fromCharCode(WIN_ANSI[c]!) : c)).join('');
    const safe = plain.replace(/[^\x20-\x7e]/g, 'n');
    let w = this.fonts[font].widthOfTextAtSize(safe, size);
    if (this.lig && font !== 'mono') w -= ((safe.match(/f[il]/g) ?? []).length * 55 * size) / 1000;
    return w;
  }
  hex(text: string, font: FontKey): string {
    let s = fold(text);
    const bytes: number[] = [];
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      const next = s[i + 1];
      if (this.lig && font !== 'mono' && c === 'f' && (next === 'i' || next === 'l')) {
        bytes.push(next === 'i' ? 1 : 2);
        i++;
        continue;
      }
      bytes.push(WIN_ANSI[c] ?? c.charCodeAt(0));
    }
    s = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
    return `<${s}>`;
  }
}

interface Word {
  text: string;
  marker?: string;
}
interface Column {
  x: number;
  width: number;
  top: number;
  bottom: number;
  y: number;
  notes: string[];
}
interface Page {
  ops: string[];
  section: string;
  cols: Column[];
  col: number;
}

const VOWELS = /[aeiouy]/;

class Layout {
  readonly pages: Page[] = [];
  readonly tocEntries: { level: number; label: string; page: number }[] = [];
  private currentSection = '';
  private noteCounter = 0;
  constructor(
    private readonly ts: Typesetter,
    private readonly o: PdfOptions,
    private readonly size: number,
  ) {}

  private get page(): Page {
    const p = this.pages[this.pages.length - 1];
    if (p === undefined) throw new Error('no page');
    return p;
  }
  private get col(): Column {
    const c = this.page.cols[this.page.col];
    if (c === undefined) throw new Error('no column');
    return c;
  }

  newPage(topOffset = 0): void {
    const n = this.o.columns;
    const margin = n === 2 ? 54 : 90;
    const gap = 18;
    const width = (W - 2 * margin - (n - 1) * gap) / n;
    const top = H - 72 - topOffset;
    const cols: Column[] = [];
    for (let i = 0; i < n; i++) cols.push({ x: margin + i * (width + gap), width, top, bottom: 72, y: top, notes: [] });
    this.pages.push({ ops: [], section: this.currentSection, cols, col: 0 });
  }

  /** Full-width block at the top of the first body page (\maketitle without a title page). */
  fullWidth(draw: (x: number, width: number, y: number) => number): void {
    const margin = this.o.columns === 2 ? 54 : 90;
    const used = draw(margin, W - 2 * margin, H - 72);
    for (const c of this.page.cols) {
      c.top = H - 72 - used;
      c.y = c.top;
    }
  }

  text(x: number, y: number, s: string, font: FontKey, size: number): string {
    return `BT /${TAG[font]} ${f(size)} Tf ${f(x)} ${f(y)} Td ${this.ts.hex(s, font)} Tj ET`;
  }

  private need(h: number): void {
    if (this.col.y - h >= this.col.bottom) return;
    this.advanceColumn();
  }
  advanceColumn(): void {
    if (this.page.col + 1 < this.page.cols.length) this.page.col++;
    else {
      this.newPage();
    }
  }

  space(h: number): void {
    if (this.col.y !== this.col.top) this.col.y -= h;
  }

  heading(level: 1 | 2 | 3, label: string, num: string | undefined): void {
    const size = this.size * (level === 1 ? 1.44 : level === 2 ? 1.2 : 1.0);
    const text = num !== undefined ? `${num}  ${label}` : label;
    const lines = this.breakLines(text.split(' ').map((t) => ({ text: t })), this.col.width, 'bold', size, false);
    const lh = size * 1.25;
    this.need(lines.length * lh + this.size * 4 + 8);
    this.space(level === 1 ? this.size * 1.4 : this.size * 0.9);
    if (level === 1) {
      this.currentSection = num !== undefined ? `${num} ${label}` : label;
      if (this.col.y > this.col.top - this.size * 3 && this.page.col === 0) this.page.section = this.currentSection;
      else if (this.page.section === '') this.page.section = this.currentSection;
    }
    this.tocEntries.push({ level, label: text, page: this.pages.length });
    for (const line of lines) {
      this.col.y -= lh;
      this.page.ops.push(this.text(this.col.x, this.col.y, line.map((w) => w.text).join(' '), 'bold', size));
    }
    this.col.y -= this.size * 0.5;
  }

  /** Greedy line breaking with optional hyphenation of long words. */
  breakLines(words: Word[], width: number, font: FontKey, size: number, hyphenate: boolean, firstIndent = 0): Word[][] {
    const lines: Word[][] = [];
    let cur: Word[] = [];
    let curW = firstIndent;
    const space = this.ts.width(' ', font, size);
    const ww = (w: Word): number => this.ts.width(w.text, font, size) + (w.marker !== undefined ? this.ts.width(w.marker, font, size * 0.7) : 0);
    const queue = [...words];
    while (queue.length > 0) {
      const w = queue.shift()!;
      const wWidth = ww(w);
      const add = (cur.length > 0 ? space : 0) + wWidth;
      if (curW + add <= width || cur.length === 0) {
        cur.push(w);
        curW += add;
        continue;
      }
      if (hyphenate && w.text.length >= 8 && /^[A-Za-z]+[,.;:]?$/.test(w.text)) {
        const letters = w.text.replace(/[,.;:]$/, '');
        let split = -1;
        for (let p = letters.length - 3; p >= 3; p--) {
          const head = `${letters.slice(0, p)}-`;
          const a = letters[p - 2] ?? '';
          const b = letters[p - 1]!;
          const c = letters[p]!;
          const d = letters[p + 1] ?? '';
          const vcv = VOWELS.test(b) && !VOWELS.test(c) && VOWELS.test(d);
          const vccv = VOWELS.test(a) && !VOWELS.test(b) && !VOWELS.test(c) && VOWELS.test(d) && !/^(th|ch|sh|ph|ck|ng|gh|wh)$/i.test(b + c);
          if ((vcv || vccv) && curW + space + this.ts.width(head, font, size) <= width) {
            split = p;
            break;
          }
        }
        if (split > 0) {
          cur.push({ text: `${w.text.slice(0, split)}-` });
          lines.push(cur);
          cur = [];
          curW = 0;
          queue.unshift({ text: w.text.slice(split), ...(w.marker !== undefined ? { marker: w.marker } : {}) });
          continue;
        }
      }
      lines.push(cur);
      cur = [w];
      curW = wWidth;
    }
    if (cur.length > 0) lines.push(cur);
    return lines;
  }

  paragraph(text: string, opts: { font?: FontKey; size?: number; indent?: number; bullet?: string; center?: boolean; justify?: boolean; firstIndent?: number } = {}): void {
    const font = opts.font ?? 'regular';
    const size = opts.size ?? this.size;
    const indent = opts.indent ?? 0;
    const words: Word[] = [];
    const notes: string[] = [];
    for (const seg of splitFootnotes(text)) {
      for (const t of seg.text.split(/\s+/).filter((x) => x !== '')) words.push({ text: t });
      if (seg.footnote !== undefined) {
        this.noteCounter++;
        notes.push(`${this.noteCounter} ${seg.footnote}`);
        const last = words[words.length - 1];
        if (last !== undefined) last.marker = String(this.noteCounter);
      }
    }
    const width = this.col.width - indent;
    const firstIndent = opts.firstIndent ?? 0;
    const lines = this.breakLines(words, width, font, size, this.o.hyphenate ?? true, firstIndent);
    const lh = size * 1.22;
    const justify = opts.justify ?? this.o.justify ?? true;
    lines.forEach((line, li) => {
      this.need(lh);
      this.col.y -= lh;
      const x0 = this.col.x + indent + (li === 0 ? firstIndent : 0);
      if (li === 0 && opts.bullet !== undefined) this.page.ops.push(this.text(this.col.x + indent - 10, this.col.y, opts.bullet, 'regular', size));
      const natural = this.ts.width(line.map((w) => w.text + (w.marker ?? '')).join(' '), font, size);
      const avail = width - (li === 0 ? firstIndent : 0);
      const spaces = line.length - 1;
      const tw = justify && li < lines.length - 1 && spaces > 0 ? Math.max(0, (avail - natural) / spaces) : 0;
      const x = opts.center === true ? this.col.x + (this.col.width - natural) / 2 : x0;
      const parts: string[] = [`BT /${TAG[font]} ${f(size)} Tf ${f(x)} ${f(this.col.y)} Td ${f(tw)} Tw`];
      line.forEach((w, k) => {
        parts.push(`${this.ts.hex(k < line.length - 1 ? `${w.text} ` : w.text, font)} Tj`);
        if (w.marker !== undefined) {
          parts.push(`/${TAG[font]} ${f(size * 0.7)} Tf ${f(size * 0.35)} Ts ${this.ts.hex(w.marker, font)} Tj 0 Ts /${TAG[font]} ${f(size)} Tf`);
          if (k < line.length - 1) parts.push(`${this.ts.hex(' ', font)} Tj`);
        }
      });
      parts.push('0 Tw ET');
      this.page.ops.push(parts.join(' '));
      const lineNotes = line.filter((w) => w.marker !== undefined).length;
      for (let n = 0; n < lineNotes; n++) {
        const note = notes.shift();
        if (note !== undefined) this.footnote(note);
      }
    });
  }

  private footnote(note: string): void {
    const size = this.size * 0.8;
    const lines = this.breakLines(note.split(' ').map((t) => ({ text: t })), this.col.width, 'regular', size, false);
    const c = this.col;
    if (c.notes.length === 0) c.bottom += 8;
    c.notes.push(...lines.map((l) => l.map((w) => w.text).join(' ')));
    c.bottom += lines.length * size * 1.2;
  }

  finishColumnsNotes(): void {
    for (const page of this.pages) {
      for (const c of page.cols) {
        if (c.notes.length === 0) continue;
        const size = this.size * 0.8;
        let y = 72 + c.notes.length * size * 1.2;
        page.ops.push(`0.4 w ${f(c.x)} ${f(y + 4)} m ${f(c.x + 72)} ${f(y + 4)} l S`);
        for (const line of c.notes) {
          y -= size * 1.2;
          page.ops.push(this.text(c.x, y + 2, line, 'regular', size));
        }
      }
    }
  }

  table(head: readonly string[], rows: readonly (readonly string[])[], widths?: readonly number[]): void {
    const size = this.size * 0.82;
    const lh = size * 1.18;
    const total = (widths ?? head.map(() => 1)).reduce((a, b) => a + b, 0);
    const colW = head.map((_, i) => ((widths?.[i] ?? 1) / total) * this.col.width);
    const wrapCell = (t: string, i: number, font: FontKey): string[] =>
      t.split('\n').flatMap((para) => this.breakLines(para.split(' ').filter((x) => x !== '').map((x) => ({ text: x })), (colW[i] ?? 40) - 4, font, size, true).map((l) => l.map((w) => w.text).join(' ')));
    const drawRow = (cells: readonly string[], font: FontKey): void => {
      const wrapped = cells.map((c, i) => wrapCell(c, i, font));
      const h = Math.max(1, ...wrapped.map((w) => w.length)) * lh + 3;
      this.need(h + 2);
      let x = this.col.x;
      wrapped.forEach((lines, i) => {
        lines.forEach((line, k) => this.page.ops.push(this.text(x + 2, this.col.y - (k + 1) * lh, line, font, size)));
        x += colW[i] ?? 0;
      });
      this.col.y -= h;
    };
    const rule = (w: number): void => {
      this.page.ops.push(`${w} w ${f(this.col.x)} ${f(this.col.y - 1)} m ${f(this.col.x + this.col.width)} ${f(this.col.y - 1)} l S`);
      this.col.y -= 2;
    };
    this.space(this.size * 0.6);
    this.need(lh * 3);
    rule(0.8);
    drawRow(head, 'bold');
    rule(0.5);
    for (const r of rows) drawRow(r, 'regular');
    rule(0.8);
    this.col.y -= this.size * 0.6;
  }

  code(text: string): void {
    const size = this.size * 0.8;
    this.space(this.size * 0.4);
    for (const line of text.split('\n')) {
      this.need(size * 1.2);
      this.col.y -= size * 1.2;
      this.page.ops.push(this.text(this.col.x + 8, this.col.y, line, 'mono', size));
    }
    this.col.y -= this.size * 0.4;
  }

  pageBreak(): void {
    this.newPage();
  }
}

function f(n: number): string {
  return (Math.round(n * 100) / 100).toString();
}

function toUnicodeCMap(): string {
  const entries: string[] = ['<01> <FB01>', '<02> <FB02>'];
  for (const [c, code] of Object.entries(WIN_ANSI)) if (code >= 0x80) entries.push(`<${code.toString(16)}> <${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}>`);
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<00> <FF>',
    'endcodespacerange',
    '1 beginbfrange',
    '<20> <7E> <0020>',
    'endbfrange',
    `${entries.length} beginbfchar`,
    ...entries,
    'endbfchar',
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

export async function renderPdf(doc: ProseDoc, o: PdfOptions): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const family = o.family ?? 'times';
  const names = family === 'times'
    ? { regular: StandardFonts.TimesRoman, bold: StandardFonts.TimesRomanBold, italic: StandardFonts.TimesRomanItalic, mono: StandardFonts.Courier }
    : { regular: StandardFonts.Helvetica, bold: StandardFonts.HelveticaBold, italic: StandardFonts.HelveticaOblique, mono: StandardFonts.Courier };
  // Fonts for measuring only (a scratch document), so the output holds just our own font dictionaries.
  const scratch = await PDFDocument.create();
  const fonts: Fonts = {
    regular: await scratch.embedFont(names.regular),
    bold: await scratch.embedFont(names.bold),
    italic: await scratch.embedFont(names.italic),
    mono: await scratch.embedFont(names.mono),
  };
  const lig = o.ligatures ?? true;
  const ts = new Typesetter(fonts, lig);
  const size = o.fontSize ?? (o.columns === 2 ? 10 : 11);
  const body = new Layout(ts, o, size);
  const nums = numberHeadings(doc.body);

  body.newPage();
  if (o.titlePage !== true) {
    body.fullWidth((x, width, top) => {
      let y = top;
      const ops = body.pages[0]!.ops;
      for (const b of doc.preTitle ?? []) if ('p' in b) {
        y -= size * 1.3;
        ops.push(body.text(x + (width - ts.width(b.p, 'bold', size)) / 2, y, b.p, 'bold', size));
      }
      const tSize = 17.28;
      const tLines = body.breakLines(doc.title.split(' ').map((t) => ({ text: t })), width, 'regular', tSize, false);
      y -= 8;
      for (const l of tLines) {
        const s = l.map((w) => w.text).join(' ');
        y -= tSize * 1.25;
        ops.push(body.text(x + (width - ts.width(s, 'regular', tSize)) / 2, y, s, 'regular', tSize));
      }
      for (const s of [doc.subtitle, doc.author, doc.date]) {
        if (s === undefined) continue;
        y -= 12 * 1.6;
        ops.push(body.text(x + (width - ts.width(s, 'regular', 12)) / 2, y, s, 'regular', 12));
      }
      return top - y + 18;
    });
  }
  doc.body.forEach((b, i) => {
    if ('h' in b) body.heading(b.h, b.text, o.numbered === false ? undefined : nums.get(i));
    else if ('p' in b) body.paragraph(b.p, { font: b.bold === true ? 'bold' : 'regular', ...(b.center === true ? { center: true, justify: false } : {}), ...(b.size !== undefined ? { size: b.size } : {}), firstIndent: o.parIndent === true ? 15 : 0 });
    else if ('ul' in b) for (const item of b.ul) body.paragraph(item, { indent: 14, bullet: '•' });
    else if ('ol' in b) b.ol.forEach((item, k) => body.paragraph(item, { indent: 16, bullet: `${k + 1}.` }));
    else if ('table' in b) body.table(b.table.head, b.table.rows, b.table.widths);
    else if ('admonition' in b) body.paragraph(`${b.admonition[0]}${b.admonition.slice(1).toLowerCase()}: ${b.text}`, { font: 'italic', indent: 10 });
    else if ('code' in b) body.code(b.code);
    else if ('pagebreak' in b) body.pageBreak();
    if ('p' in b && o.parIndent !== true) body.space(size * 0.5);
  });
  body.finishColumnsNotes();

  // Front matter pages: title page and contents.
  const front: string[][] = [];
  if (o.titlePage === true) {
    const ops: string[] = [];
    let y = H - 110;
    for (const b of doc.preTitle ?? []) if ('p' in b) {
      ops.push(body.text((W - ts.width(b.p, 'bold', 10)) / 2, y, b.p, 'bold', 10));
      y -= 14;
    }
    y = 520;
    const tSize = 24.88;
    for (const l of body.breakLines(doc.title.split(' ').map((t) => ({ text: t })), W - 180, 'regular', tSize, false)) {
      const s = l.map((w) => w.text).join(' ');
      ops.push(body.text((W - ts.width(s, 'regular', tSize)) / 2, y, s, 'regular', tSize));
      y -= tSize * 1.3;
    }
    y -= 20;
    for (const [s, sz] of [[doc.subtitle, 17.28], [doc.author, 14.4], [doc.date, 14.4]] as const) {
      if (s === undefined) continue;
      ops.push(body.text((W - ts.width(s, 'regular', sz)) / 2, y, s, 'regular', sz));
      y -= sz * 2;
    }
    front.push(ops);
  }
  if (o.toc === true) {
    const perPage = 38;
    const entries = body.tocEntries.filter((e) => e.level <= 2);
    const tocPages = Math.max(1, Math.ceil(entries.length / perPage));
    for (let p = 0; p < tocPages; p++) {
      const ops: string[] = [];
      let y = H - 110;
      if (p === 0) {
        ops.push(body.text(90, y, 'Contents', 'bold', 24.88));
        y -= 48;
      }
      for (const e of entries.slice(p * perPage, (p + 1) * perPage)) {
        const x = 90 + (e.level - 1) * 18;
        const font: FontKey = e.level === 1 ? 'bold' : 'regular';
        const num = String(e.page);
        const right = W - 90;
        const labelW = ts.width(e.label, font, 11);
        const numW = ts.width(num, 'regular', 11);
        ops.push(body.text(x, y, e.label, font, 11));
        if (e.level > 1) {
          const dotW = ts.width(' .', 'regular', 11);
          const count = Math.max(0, Math.floor((right - numW - 8 - (x + labelW + 6)) / dotW));
          ops.push(body.text(right - numW - 8 - count * dotW, y, ' .'.repeat(count), 'regular', 11));
        }
        ops.push(body.text(right - numW, y, num, 'regular', 11));
        y -= e.level === 1 ? 20 : 15;
      }
      front.push(ops);
    }
  }

  // Font dictionaries with ligature glyphs in the encoding and a ToUnicode CMap.
  const cmapRef = pdf.context.register(pdf.context.flateStream(toUnicodeCMap()));
  const fontRefs: Record<FontKey, PDFRef> = {} as Record<FontKey, PDFRef>;
  for (const key of ['regular', 'bold', 'italic', 'mono'] as const) {
    fontRefs[key] = pdf.context.register(
      pdf.context.obj({
        Type: 'Font',
        Subtype: 'Type1',
        BaseFont: names[key],
        Encoding: pdf.context.obj({ Type: 'Encoding', BaseEncoding: 'WinAnsiEncoding', Differences: [1, PDFName.of('fi'), PDFName.of('fl')] }),
        ToUnicode: cmapRef,
      }),
    );
  }
  const total = front.length + body.pages.length;
  const addPage = (ops: string[]): void => {
    const page = pdf.addPage([W, H]);
    for (const key of ['regular', 'bold', 'italic', 'mono'] as const) page.node.setFontDictionary(PDFName.of(TAG[key]), fontRefs[key]);
    page.node.set(PDFName.of('Contents'), pdf.context.register(pdf.context.flateStream(ops.join('\n'))));
  };
  front.forEach((ops, i) => {
    if (o.toc === true && (o.titlePage !== true || i > 0)) ops.push(body.text(W / 2 - 4, 40, ['i', 'ii', 'iii', 'iv'][i] ?? 'v', 'regular', 10));
    addPage(ops);
  });
  body.pages.forEach((p, i) => {
    const num = i + 1;
    const ops = [...p.ops];
    const rh = o.runningHeader ?? false;
    if (rh !== false) {
      const label = rh === 'section' ? p.section.toUpperCase() : rh;
      if (label !== '' && !(i === 0 && o.titlePage !== true)) {
        const margin = o.columns === 2 ? 54 : 90;
        ops.push(body.text(margin, H - 50, label, 'italic', 9));
        ops.push(body.text(W - margin - ts.width(String(num), 'regular', 9), H - 50, String(num), 'regular', 9));
        ops.push(`0.4 w ${margin} ${H - 55} m ${W - margin} ${H - 55} l S`);
      }
    }
    const ft = o.footer ?? (rh === false ? 'page' : false);
    if (ft !== false) {
      const s = ft === 'page' ? String(num) : ft === 'page-of' ? `Page ${num} of ${body.pages.length}` : ft.replace('{page}', String(num)).replace('{pages}', String(total));
      ops.push(body.text((W - ts.width(s, 'regular', 9)) / 2, 40, s, 'regular', 9));
    }
    addPage(ops);
  });

  if (o.meta.title !== undefined) pdf.setTitle(o.meta.title);
  if (o.meta.author !== undefined) pdf.setAuthor(o.meta.author);
  if (o.meta.subject !== undefined) pdf.setSubject(o.meta.subject);
  if (o.meta.keywords !== undefined) pdf.setKeywords(o.meta.keywords);
  pdf.setCreator(o.meta.creator);
  pdf.setProducer(o.meta.producer);
  pdf.setCreationDate(o.date);
  pdf.setModificationDate(o.date);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/** Presets for the toolchains that write these PDFs. */
export const PDF_TOOLCHAINS = {
  pdflatex: { creator: 'LaTeX with hyperref', producer: 'pdfTeX-1.40.25' },
  pandoc: { creator: 'LaTeX via pandoc', producer: 'xdvipdfmx (20230313)' },
  sphinx: { creator: 'LaTeX with hyperref', producer: 'LuaTeX-1.17.0' },
  asciidoctor: { creator: 'Asciidoctor PDF 2.3.9, based on Prawn 2.4.0', producer: 'Asciidoctor PDF 2.3.9, based on Prawn 2.4.0' },
  word: { creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365' },
} as const;

/** Blocks other than prose the typesetter skips (the docs for a ToC page is an option). */
export type { Block };
