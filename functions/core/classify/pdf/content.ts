import type { PdfDocument } from './document.js';
import type { DecodedStream } from './filters.js';
import type { FontCache, FontDecoder } from './fonts.js';
import { DEFAULT_FONT } from './fonts.js';
import { Lexer, WHITESPACE } from './lexer.js';
import { decodeTextBytes } from './encodings.js';
import type { PdfStream, PdfValue } from './objects.js';
import { PdfDict, PdfName, PdfOp, PdfString } from './objects.js';
import { parseValue } from './parser.js';
import type { TextSink } from './text-sink.js';

/** a b c d e f, as in `cm` and `Tm`. */
type Matrix = readonly [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** Operands kept before an operator (no operator takes more than 6; TJ takes one array). */
const MAX_OPERANDS = 32;
/** q without Q nested deeper than this is not saved. */
const MAX_SAVE_DEPTH = 64;
/** Form XObjects (Do) followed: nesting depth, and how many per page. */
const MAX_FORM_DEPTH = 3;
const MAX_FORMS_PER_PAGE = 64;
/** Marked-content sections (BMC/BDC … EMC) tracked. */
const MAX_MARKED_DEPTH = 64;
/** Advance of a glyph whose font gives no width (an average Latin glyph is about half an em). */
const GUESSED_WIDTH = 0.5;

/** a × b: apply a, then b. */
function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[1] * b[2],
    a[0] * b[1] + a[1] * b[3],
    a[2] * b[0] + a[3] * b[2],
    a[2] * b[1] + a[3] * b[3],
    a[4] * b[0] + a[5] * b[2] + b[4],
    a[4] * b[1] + a[5] * b[3] + b[5],
  ];
}

function translate(m: Matrix, tx: number, ty: number): Matrix {
  return [m[0], m[1], m[2], m[3], tx * m[0] + ty * m[2] + m[4], tx * m[1] + ty * m[3] + m[5]];
}

interface GraphicsState {
  ctm: Matrix;
  font: FontDecoder;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
}

/** Shared by the content streams of one page (and the forms they draw). */
export interface PageContext {
  doc: PdfDocument;
  fonts: FontCache;
  sink: TextSink;
  /** Forms drawn on this page so far. */
  forms: number;
  /** Decoded form streams, drawn again without decoding again. */
  formCache: WeakMap<PdfStream, DecodedStream | undefined>;
}

/**
 * Runs the text operators of a content stream (ISO 32000-1 §9.4): BT/ET, Tf, Tc/Tw/Tz/TL, Td/TD/Tm/T*,
 * Tj/TJ/'/", with q/Q/cm tracked so that glyph positions, and so word and line breaks, are right in
 * device space. Form XObjects are followed a few levels deep; inline images are skipped. Every step
 * consumes input, and the loop stops when the sink is full.
 */
export async function runContent(
  content: Uint8Array,
  resources: PdfDict | undefined,
  page: PageContext,
  depth = 0,
  inherited?: GraphicsState,
): Promise<void> {
  const { doc, sink } = page;
  content = content.subarray(0, doc.parseBudget.take(content.byteLength));
  const fontResources = await doc.dict(resources?.get('Font'));
  const fontsByName = new Map<string, FontDecoder>();
  let gs: GraphicsState = inherited
    ? { ...inherited }
    : { ctm: IDENTITY, font: DEFAULT_FONT, fontSize: 1, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0 };
  const saved: GraphicsState[] = [];
  let savedOverflow = 0;
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  const lexer = new Lexer(content);
  let operands: PdfValue[] = [];
  /** Open marked-content sections; a /Span with /ActualText replaces the text of the glyphs it wraps. */
  const marked: { actualText: string | undefined; emitted: boolean }[] = [];
  let markedOverflow = 0;
  const replacement = (): { actualText: string | undefined; emitted: boolean } | undefined =>
    marked.findLast((m) => m.actualText !== undefined);

  const nums = (count: number): number[] | undefined => {
    if (operands.length < count) return undefined;
    const last = operands.slice(operands.length - count);
    return last.every((v) => typeof v === 'number') ? (last as number[]) : undefined;
  };
  const moveLine = (tx: number, ty: number): void => {
    tlm = translate(tlm, tx, ty);
    tm = tlm;
  };
  const nextLine = (): void => {
    moveLine(0, -gs.leading);
    sink.newline();
  };
  const show = (bytes: Uint8Array): void => {
    const m = multiply(tm, gs.ctm);
    const size = Math.abs(gs.fontSize) * Math.hypot(m[2], m[3]);
    for (const glyph of gs.font.decode(bytes)) {
      if (sink.full) return;
      const at = multiply(tm, gs.ctm);
      sink.place(at[4], at[5], at[0], at[1], size);
      const span = replacement();
      if (!span) sink.text(glyph.text);
      else if (!span.emitted) {
        sink.text(span.actualText ?? '');
        span.emitted = true;
      }
      const width = glyph.width ?? GUESSED_WIDTH;
      const advance = (width * gs.fontSize + gs.charSpacing + (glyph.wordSpace ? gs.wordSpacing : 0)) * gs.hScale;
      tm = translate(tm, advance, 0);
      const after = multiply(tm, gs.ctm);
      sink.advance(after[4], after[5], size, glyph.width === undefined);
    }
  };

  try {
    for (;;) {
      if (sink.full) return;
      const value = parseValue(lexer, false);
      if (value === undefined) break;
      if (!(value instanceof PdfOp)) {
        if (operands.length < MAX_OPERANDS) operands.push(value);
        continue;
      }
      switch (value.op) {
        case 'q':
          if (saved.length < MAX_SAVE_DEPTH) saved.push({ ...gs });
          else savedOverflow++;
          break;
        case 'Q':
          if (savedOverflow > 0) savedOverflow--;
          else gs = saved.pop() ?? gs;
          break;
        case 'cm': {
          const m = nums(6);
          if (m) gs.ctm = multiply(m as unknown as Matrix, gs.ctm);
          break;
        }
        case 'BT':
          tm = tlm = IDENTITY;
          break;
        case 'Tf': {
          const name = operands[operands.length - 2];
          const size = operands[operands.length - 1];
          if (typeof size === 'number') gs.fontSize = size;
          if (name instanceof PdfName) {
            let font = fontsByName.get(name.name);
            if (!font) {
              font = await page.fonts.get(fontResources?.get(name.name));
              fontsByName.set(name.name, font);
            }
            gs.font = font;
          }
          break;
        }
        case 'Tc':
          gs.charSpacing = nums(1)?.[0] ?? gs.charSpacing;
          break;
        case 'Tw':
          gs.wordSpacing = nums(1)?.[0] ?? gs.wordSpacing;
          break;
        case 'Tz':
          gs.hScale = (nums(1)?.[0] ?? gs.hScale * 100) / 100;
          break;
        case 'TL':
          gs.leading = nums(1)?.[0] ?? gs.leading;
          break;
        case 'Td':
        case 'TD': {
          const t = nums(2);
          if (t) {
            if (value.op === 'TD') gs.leading = -(t[1] ?? 0);
            moveLine(t[0] ?? 0, t[1] ?? 0);
          }
          break;
        }
        case 'Tm': {
          const m = nums(6);
          if (m) tm = tlm = m as unknown as Matrix;
          break;
        }
        case 'T*':
          nextLine();
          break;
        case 'Tj':
        case "'":
        case '"': {
          if (value.op === '"') {
            const spacing = operands.slice(-3, -1);
            if (typeof spacing[0] === 'number') gs.wordSpacing = spacing[0];
            if (typeof spacing[1] === 'number') gs.charSpacing = spacing[1];
          }
          if (value.op !== 'Tj') nextLine();
          const text = operands[operands.length - 1];
          if (text instanceof PdfString) show(text.bytes);
          break;
        }
        case 'TJ': {
          const items = operands[operands.length - 1];
          if (!Array.isArray(items)) break;
          for (const item of items) {
            if (item instanceof PdfString) show(item.bytes);
            else if (typeof item === 'number') tm = translate(tm, (-item / 1000) * gs.fontSize * gs.hScale, 0);
          }
          break;
        }
        case 'Do': {
          const name = operands[operands.length - 1];
          if (name instanceof PdfName) await drawForm(name.name, resources, page, depth, gs);
          break;
        }
        case 'BMC':
        case 'BDC': {
          const props = operands[operands.length - 1];
          const actual = value.op === 'BDC' && props instanceof PdfDict ? props.get('ActualText') : undefined;
          const actualText = actual instanceof PdfString ? decodeTextBytes(actual.bytes) : undefined;
          if (marked.length < MAX_MARKED_DEPTH) marked.push({ actualText, emitted: false });
          else markedOverflow++;
          break;
        }
        case 'EMC': {
          if (markedOverflow > 0) {
            markedOverflow--;
            break;
          }
          const span = marked.pop();
          if (span?.actualText !== undefined && !span.emitted) sink.text(span.actualText);
          break;
        }
        case 'ID':
          lexer.pos = endOfInlineImage(content, lexer.pos);
          break;
      }
      operands = [];
    }
  } finally {
    // Content left unread (the text filled up first) goes back to the budget.
    doc.parseBudget.refund(content.byteLength - lexer.pos);
  }
}

async function drawForm(
  name: string,
  resources: PdfDict | undefined,
  page: PageContext,
  depth: number,
  gs: GraphicsState,
): Promise<void> {
  if (depth >= MAX_FORM_DEPTH || page.forms >= MAX_FORMS_PER_PAGE) return;
  const { doc } = page;
  const xobjects = await doc.dict(resources?.get('XObject'));
  const form = await doc.stream(xobjects?.get(name));
  if (!form || form.dict.name('Subtype') !== 'Form') return; // images carry no text
  page.forms++;
  let decoded = page.formCache.get(form);
  if (!page.formCache.has(form)) {
    decoded = await doc.decode(form);
    page.formCache.set(form, decoded);
  }
  if (!decoded) return;
  const matrix = await doc.array(form.dict.get('Matrix'));
  const m = matrix?.length === 6 && matrix.every((v) => typeof v === 'number') ? (matrix as unknown as Matrix) : IDENTITY;
  const formResources = (await doc.dict(form.dict.get('Resources'))) ?? resources;
  await runContent(decoded.bytes, formResources, page, depth + 1, { ...gs, ctm: multiply(m, gs.ctm) });
}

/** After `ID`: the image data runs to an `EI` standing alone between whitespace. */
function endOfInlineImage(content: Uint8Array, from: number): number {
  const buf = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  let pos = from + 1;
  for (;;) {
    const at = buf.indexOf('EI', pos, 'latin1');
    if (at < 0) return content.byteLength;
    const before = content[at - 1] ?? 0x20;
    const after = content[at + 2];
    if (WHITESPACE[before] === 1 && (after === undefined || WHITESPACE[after] === 1)) return at + 2;
    pos = at + 2;
  }
}

