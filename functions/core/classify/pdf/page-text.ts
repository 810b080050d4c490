import { CLASSIFY_LIMITS } from '../limits.js';
import { runContent } from './content.js';
import type { PdfDocument } from './document.js';
import type { DecodedStream } from './filters.js';
import { FontCache } from './fonts.js';
import type { PdfValue } from './objects.js';
import { PdfDict, PdfStream } from './objects.js';
import type { Page } from './pages.js';
import { loosePages, pageTree } from './pages.js';
import { TextSink } from './text-sink.js';

/** Pages read at most (text usually fills the cap well before). */
const MAX_PAGES = 50;

/**
 * The text of the first pages, in page order: through the page tree when it is in the bytes read,
 * else the /Type /Page objects in file order, else (nothing page-like left) every stream that looks
 * like page content. Stops at maxTextChars, MAX_PAGES pages, or when the parse budget is spent.
 */
export async function readText(
  doc: PdfDocument,
  catalog: PdfDict | undefined,
  notes: Set<string>,
): Promise<{ text: string; pagesSeen: number; pageEnds: number[] }> {
  const result = { text: '', pagesSeen: 0, pageEnds: [] as number[] };
  const sink = new TextSink(CLASSIFY_LIMITS.maxTextChars);
  const fonts = new FontCache(doc);
  const formCache = new WeakMap<PdfStream, DecodedStream | undefined>();
  let listed = 0;
  let withoutContent = 0;

  const readPages = async (pages: AsyncIterable<Page>): Promise<void> => {
    for await (const page of pages) {
      if (sink.full || result.pagesSeen >= MAX_PAGES || doc.parseBudget.remaining === 0) break;
      listed++;
      if (!page.dict.has('Contents')) {
        result.pagesSeen++; // a blank page
        continue;
      }
      const content = await pageContent(doc, page.dict.get('Contents'));
      if (!content) {
        withoutContent++;
        continue;
      }
      result.pagesSeen++;
      await runContent(content, page.resources, { doc, fonts, sink, forms: 0, formCache });
      sink.pageBreak();
      result.pageEnds.push(sink.size);
    }
  };

  const pagesRoot = await doc.dict(catalog?.get('Pages'));
  if (pagesRoot) await readPages(pageTree(doc, pagesRoot));
  if (listed === 0) {
    await readPages(loosePages(doc));
    if (listed > 0) notes.add('page tree not in the bytes read: pages taken in file order');
  }
  if (withoutContent > 0) notes.add(`${withoutContent} page(s) whose content is not in the bytes read`);
  if (result.pagesSeen === 0) {
    const streams = await looseContent(doc, fonts, sink, formCache);
    if (streams > 0) {
      result.pagesSeen = streams;
      notes.add(`no readable page: text taken from ${streams} content stream(s) in file order`);
    }
  }
  if (fonts.unmappable.size > 0) {
    const names = [...fonts.unmappable].slice(0, 3).join(', ');
    notes.add(`text in font(s) without a ToUnicode map was skipped: ${names}`);
  }
  result.text = sink.toString();
  if (result.text.length === 0) {
    notes.add(
      result.pagesSeen > 0 ? 'no text found on the pages read (scanned or image-only PDF?)' : 'no page content found',
    );
  }
  return result;
}

/** A page's /Contents (one stream or an array of them) decoded and joined; undefined when none is in reach. */
async function pageContent(doc: PdfDocument, contents: PdfValue | undefined): Promise<Uint8Array | undefined> {
  const resolved = await doc.resolve(contents);
  const items = Array.isArray(resolved) ? resolved : [resolved];
  const parts: Uint8Array[] = [];
  // No more than the parse budget could read: a stream listed 256 times is not copied 256 times.
  const limit = doc.parseBudget.remaining;
  let total = 0;
  for (const item of items.slice(0, 256)) {
    const room = limit - total - 1;
    if (room <= 0) break;
    const stream = await doc.stream(item);
    const decoded = stream && (await doc.decode(stream));
    if (!decoded) continue;
    const bytes = decoded.bytes.subarray(0, room);
    parts.push(bytes, NEWLINE);
    total += bytes.byteLength + 1;
  }
  return parts.length > 0 ? Buffer.concat(parts) : undefined;
}

const NEWLINE = new Uint8Array([0x0a]);
/** Keys of streams that are not page content: typed streams, images, fonts files, ICC profiles, functions. */
const NOT_CONTENT_KEYS = ['Type', 'Subtype', 'Length1', 'Length2', 'Length3', 'BBox', 'N', 'FunctionType'];

/**
 * Last resort when no page could be read (truncated before the page objects): every stream that looks
 * like page content (no /Type or /Subtype, text operators inside), in file order, with fonts looked up
 * by resource name over all resource dictionaries found.
 */
async function looseContent(
  doc: PdfDocument,
  fonts: FontCache,
  sink: TextSink,
  formCache: WeakMap<PdfStream, DecodedStream | undefined>,
): Promise<number> {
  await doc.expandAll();
  const resources = await mergedResources(doc);
  let count = 0;
  for (const [, value] of [...doc.all()]) {
    if (sink.full || count >= MAX_PAGES || doc.parseBudget.remaining === 0) break;
    if (!(value instanceof PdfStream)) continue;
    const { dict } = value;
    if (NOT_CONTENT_KEYS.some((k) => dict.has(k))) continue;
    const decoded = await doc.decode(value);
    if (!decoded || !looksLikeText(decoded.bytes)) continue;
    count++;
    await runContent(decoded.bytes, resources, { doc, fonts, sink, forms: 0, formCache });
    sink.pageBreak();
  }
  return count;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buf.includes('BT', 0, 'latin1') && (buf.includes('Tj', 0, 'latin1') || buf.includes('TJ', 0, 'latin1'));
}

/** One resource dictionary whose /Font and /XObject hold every name found in any resource dictionary. */
async function mergedResources(doc: PdfDocument): Promise<PdfDict> {
  const merged = new PdfDict();
  for (const category of ['Font', 'XObject']) {
    const names = new PdfDict();
    for (const [, value] of [...doc.all()]) {
      if (!(value instanceof PdfDict)) continue;
      const holder = (await doc.dict(value.get('Resources'))) ?? value;
      const entries = await doc.dict(holder.get(category));
      for (const [name, font] of entries?.entries ?? []) if (!names.has(name)) names.entries.set(name, font);
    }
    merged.entries.set(category, names);
  }
  return merged;
}
