import type { ByteSource } from '../../bytes/byte-source.js';
import { unreadable } from '../errors.js';
import { CLASSIFY_LIMITS } from '../limits.js';
import { InflateBudget } from './budget.js';
import { PdfDocument } from './document.js';
import { findDict, readMetadata } from './metadata.js';
import { readText } from './page-text.js';
import { readHeadAndTail } from './read.js';

export interface PdfText {
  /** Header version (`1.7`), or the catalog's /Version when later. */
  version?: string;
  /** From the Info dictionary, else from XMP dc:title / dc:description. */
  title?: string;
  subject?: string;
  /** Text of the first pages in content-stream order, whitespace-normalised (single spaces, line breaks kept), capped. */
  text: string;
  /** The trailer has /Encrypt: nothing but the version is read. */
  encrypted: boolean;
  /** Pages whose content streams were found and read. */
  pagesSeen: number;
  /** Where each page read ends in `text` (character offsets), when pages were read through the page tree. */
  pageEnds: number[];
  /** What limited the reading (bytes not read, streams capped, fonts without Unicode), for evidence. */
  notes: string[];
}

/** Where `%PDF-` may start (leading junk is tolerated, as readers do). */
const HEADER_WINDOW = 1024;

/**
 * The title, subject and first-pages text of a PDF, reading at most pdfHeadBytes from its start and
 * pdfTailBytes from its end, and decompressing at most inflatePerPart per stream and inflateBudget in
 * all. Objects are found by scanning the bytes read, not through the cross-reference table, so
 * truncated and damaged files yield what they hold. Throws DocumentRejectedError (unreadable) when
 * the bytes are not a PDF at all.
 */
export async function extractPdfText(source: ByteSource): Promise<PdfText> {
  const notes = new Set<string>();
  if (source.size === 0) throw unreadable('empty file: not a PDF');
  const segments = await readHeadAndTail(source, notes);
  const head = segments[0]?.bytes ?? new Uint8Array(0);
  const version = headerVersion(head);
  const budget = new InflateBudget(CLASSIFY_LIMITS.inflateBudget, CLASSIFY_LIMITS.inflatePerPart);
  const doc = PdfDocument.scan(segments, budget);
  const trailer = doc.trailer();
  if (doc.objectCount === 0 && trailer.entries.size === 0) {
    throw unreadable('PDF has a %PDF- header but no objects could be read: damaged or not a PDF');
  }
  const result: PdfText = { text: '', encrypted: false, pagesSeen: 0, pageEnds: [], notes: [] };
  if (version) result.version = version;

  if (trailer.has('Encrypt') || (!trailer.has('Root') && hasEncryptionDictionary(doc))) {
    result.encrypted = true;
    result.notes = [...notes];
    return result;
  }
  if (!trailer.has('Root')) notes.add('no trailer in the bytes read: objects found by scanning');
  const catalog = (await doc.dict(trailer.get('Root'))) ?? findDict(doc, (d) => d.name('Type') === 'Catalog');
  const catalogVersion = catalog?.name('Version');
  if (catalogVersion && /^\d\.\d$/.test(catalogVersion) && (!version || catalogVersion > version)) {
    result.version = catalogVersion;
  }

  Object.assign(result, await readMetadata(doc, trailer, catalog));
  Object.assign(result, await readText(doc, catalog, notes));

  if (budget.cappedStreams > 0) {
    notes.add(`${budget.cappedStreams} stream(s) cut at the ${CLASSIFY_LIMITS.inflatePerPart / 1024} KiB decompression cap`);
  }
  if (budget.starvedStreams > 0) {
    const mib = CLASSIFY_LIMITS.inflateBudget / (1024 * 1024);
    notes.add(`decompression budget of ${mib} MiB spent: ${budget.starvedStreams} stream(s) not decoded`);
  }
  if (doc.parseBudget.exhausted || doc.parseBudget.remaining === 0) {
    notes.add(`parse budget of ${doc.parseBudget.total / (1024 * 1024)} MiB spent: the rest of the content was not read`);
  }
  result.notes = [...notes];
  return result;
}

function headerVersion(head: Uint8Array): string | undefined {
  const window = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, HEADER_WINDOW + 8));
  const at = window.indexOf('%PDF-', 0, 'latin1');
  if (at < 0 || at > HEADER_WINDOW) throw unreadable('not a PDF: no %PDF- header in the first 1 KiB');
  const version = /^\d\.\d/.exec(window.toString('latin1', at + 5, at + 8))?.[0];
  return version;
}

/** A Standard security handler dictionary among the objects: encrypted, though the trailer was not read. */
function hasEncryptionDictionary(doc: PdfDocument): boolean {
  return findDict(doc, (d) => d.has('Filter') && d.has('O') && d.has('U') && (d.has('V') || d.has('R'))) !== undefined;
}
