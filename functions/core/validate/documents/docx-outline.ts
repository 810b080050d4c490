import type { ByteSource } from '../../bytes/byte-source.js';
import { parseXmlSafely } from '../../classify/extract/safe-sax.js';
import { ZipArchive } from '../../classify/extract/zip-archive.js';
import { DocumentRejectedError, unreadable } from '../../classify/errors.js';
import { cleanText, parseDocxBody } from './docx-body.js';
import { DocxStyles } from './docx-styles.js';
import { guessHeadingLevel } from './heading-guess.js';
import { DOCUMENT_LIMITS } from './limits.js';
import type { DocumentOutline, OutlineBlock } from './outline.js';
import { headingLocation } from './outline.js';
import { UnsupportedDocumentError } from './unsupported.js';
import { ZipPartReader } from './zip-parts.js';

const WORD_MAIN = /wordprocessingml\.document\.main|ms-word\.document\.macroEnabled\.main|wordprocessingml\.template\.main/;
const OTHER_OFFICE: readonly [RegExp, string][] = [
  [/spreadsheetml|ms-excel/, 'an Excel workbook'],
  [/presentationml|ms-powerpoint/, 'a PowerPoint presentation'],
];

const xmlOptions = (label: string, complete: boolean) => ({ complete, maxDepth: DOCUMENT_LIMITS.maxDepth, label });

/** The whole outline of a Word document (bounded by DOCUMENT_LIMITS). */
export async function readDocxOutline(source: ByteSource): Promise<DocumentOutline> {
  const zip = await ZipArchive.open(source);
  try {
    const parts = new ZipPartReader(source, zip);
    const main = await mainPart(parts);
    const notes: string[] = [];
    const outline: DocumentOutline = { format: 'docx', pageHeaders: [], blocks: [], truncated: false, encrypted: false, notes };

    const styles = await tolerant(notes, new DocxStyles(), async () => {
      const part = await parts.read(`${dirOf(main)}styles.xml`, DOCUMENT_LIMITS.maxSmallPartBytes);
      return DocxStyles.parse(part?.text, !(part?.truncated ?? false));
    });
    await tolerant(notes, undefined, () => coreProperties(parts, outline));
    outline.pageHeaders = await tolerant(notes, [], () => pageHeaders(parts, main, styles));

    const body = await parts.read(main, DOCUMENT_LIMITS.maxBodyBytes);
    if (!body) throw unreadable(`${main} is missing`);
    if (body.note) notes.push(body.note);
    const parsed = parseDocxBody(body.text, !body.truncated, styles, main);
    notes.push(...parsed.notes);
    outline.blocks = parsed.blocks.some((b) => b.kind === 'heading') ? parsed.blocks : withGuessedHeadings(parsed.blocks);
    outline.truncated = body.truncated || parsed.truncated;
    return outline;
  } finally {
    zip.close();
  }
}

async function mainPart(parts: ZipPartReader): Promise<string> {
  const types = await parts.read('[Content_Types].xml', DOCUMENT_LIMITS.maxSmallPartBytes);
  let main: string | undefined;
  let other: string | undefined;
  if (types) {
    parseXmlSafely(
      types.text,
      {
        open(tag) {
          if (tag.local !== 'Override') return;
          const contentType = tag.attributes['ContentType'] ?? '';
          const part = (tag.attributes['PartName'] ?? '').replace(/^\/+/, '');
          if (!main && WORD_MAIN.test(contentType) && parts.has(part)) main = part;
          for (const [pattern, what] of OTHER_OFFICE) if (!other && pattern.test(contentType) && /\.main\+xml$/.test(contentType)) other = what;
        },
      },
      xmlOptions('[Content_Types].xml', !types.truncated),
    );
  }
  if (main) return main;
  if (parts.has('word/document.xml')) return 'word/document.xml';
  if (other || parts.has('xl/workbook.xml') || parts.has('ppt/presentation.xml')) {
    throw new UnsupportedDocumentError(`${other ?? 'an Office file'} that is not a Word document`);
  }
  throw new UnsupportedDocumentError('a zip archive that is not a Word document');
}

/** A damaged secondary part (styles, properties, page headers) costs what it holds, not the document. */
async function tolerant<T>(notes: string[], fallback: T, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (!(err instanceof DocumentRejectedError) || err.kind !== 'unreadable') throw err;
    notes.push(`${err.message} (ignored)`);
    return fallback;
  }
}

const dirOf = (part: string): string => part.slice(0, part.lastIndexOf('/') + 1);

async function coreProperties(parts: ZipPartReader, outline: DocumentOutline): Promise<void> {
  const core = await parts.read('docProps/core.xml', 256 * 1024);
  if (!core) return;
  const values: Record<string, string> = {};
  let current: string | undefined;
  parseXmlSafely(
    core.text,
    {
      open(tag, depth) {
        if (depth === 2) current = tag.local;
      },
      text(t, depth) {
        if (current && depth === 2) values[current] = (values[current] ?? '') + t;
      },
      close(_local, depth) {
        if (depth === 2) current = undefined;
      },
    },
    xmlOptions('docProps/core.xml', !core.truncated),
  );
  const title = cleanText(values['title'] ?? '', 500).replace(/\n/g, ' ');
  const subject = cleanText(values['subject'] ?? '', 500).replace(/\n/g, ' ');
  if (title) outline.title = title;
  if (subject) outline.subject = subject;
}

async function pageHeaders(parts: ZipPartReader, main: string, styles: DocxStyles): Promise<string[]> {
  const names = parts.names
    .filter((n) => n.startsWith(dirOf(main)) && /\/header\d*\.xml$/.test(n))
    .sort()
    .slice(0, DOCUMENT_LIMITS.maxHeaderParts);
  const lines = new Set<string>();
  for (const name of names) {
    const part = await parts.read(name, 256 * 1024);
    if (!part) continue;
    const { blocks } = parseDocxBody(part.text, !part.truncated, styles, name);
    for (const b of blocks) {
      if (b.kind === 'table') for (const row of b.rows) for (const cell of row) if (cell) lines.add(cell);
      if (b.kind !== 'table') lines.add(b.text);
    }
  }
  return [...lines].slice(0, 20);
}

/** A Word file without heading styles: numbered and all-capitals paragraphs become headings. */
function withGuessedHeadings(blocks: OutlineBlock[]): OutlineBlock[] {
  return blocks.map((b) => {
    if (b.kind !== 'paragraph') return b;
    const level = guessHeadingLevel(b.text, false);
    return level === undefined ? b : { kind: 'heading', level, text: b.text, location: headingLocation(b.text) };
  });
}
