import type { ByteSource } from '../../bytes/byte-source.js';
import type { DocumentFacts } from '../types.js';
import { emptyFacts } from '../types.js';
import { CLASSIFY_LIMITS } from '../limits.js';
import { unreadable } from '../errors.js';
import { parseXmlSafely, StopParsing } from './safe-sax.js';
import { labelledTitle, normalizeText, TextAccumulator, TITLE_LINES } from './text-facts.js';
import { ZipArchive } from './zip-archive.js';

const MAIN_CONTENT_TYPES = {
  docx: /wordprocessingml\.document\.main|ms-word\.document\.macroEnabled\.main|wordprocessingml\.template\.main/,
  xlsx: /spreadsheetml\.sheet\.main|ms-excel\.sheet\.macroEnabled\.main|spreadsheetml\.template\.main/,
  pptx: /presentationml\.presentation\.main|ms-powerpoint\.presentation\.macroEnabled\.main/,
} as const;

type OfficeKind = keyof typeof MAIN_CONTENT_TYPES;

const parseOptions = (label: string, complete: boolean) => ({ complete, maxDepth: CLASSIFY_LIMITS.maxDepth, label });

/**
 * Facts of an Office Open XML document, from the zip central directory and a few parts: core
 * properties, the start of the body (docx), sheet names and first rows (xlsx).
 */
export async function ooxmlFacts(source: ByteSource): Promise<DocumentFacts> {
  const zip = await ZipArchive.open(source);
  try {
    const found = await mainPart(zip);
    if (!found) {
      throw unreadable(`a zip archive that is not an Office Open XML document (no recognised main part among ${zip.entries.size} entries)`);
    }
    const facts = emptyFacts(found.kind);
    facts.notes.push(`${found.kind}: ${zip.entries.size} zip entries, main part ${found.part}`);
    const embedded = [...zip.entries.keys()].filter((n) => /\/embeddings\/|\.(?:zip|docx|xlsx|pptx|bin)$/i.test(n)).length;
    if (embedded > 0) facts.notes.push(`${embedded} embedded object(s) not opened (nested archives are never examined)`);
    await coreProperties(zip, facts);
    if (found.kind === 'docx') await docxBody(zip, found.part, facts);
    else if (found.kind === 'xlsx') await xlsxSheets(zip, found.part, facts);
    return facts;
  } finally {
    zip.close();
  }
}

async function mainPart(zip: ZipArchive): Promise<{ kind: OfficeKind; part: string } | undefined> {
  const types = await zip.readText('[Content_Types].xml', 64 * 1024);
  if (types) {
    let found: { kind: OfficeKind; part: string } | undefined;
    parseXmlSafely(
      types.text,
      {
        open(tag) {
          if (tag.local !== 'Override' || found) return;
          const contentType = tag.attributes['ContentType'] ?? '';
          const part = (tag.attributes['PartName'] ?? '').replace(/^\/+/, '');
          for (const kind of Object.keys(MAIN_CONTENT_TYPES) as OfficeKind[]) {
            if (MAIN_CONTENT_TYPES[kind].test(contentType) && zip.has(part)) found = { kind, part };
          }
        },
      },
      parseOptions('[Content_Types].xml', !types.truncated),
    );
    if (found) return found;
  }
  if (zip.has('word/document.xml')) return { kind: 'docx', part: 'word/document.xml' };
  if (zip.has('xl/workbook.xml')) return { kind: 'xlsx', part: 'xl/workbook.xml' };
  if (zip.has('ppt/presentation.xml')) return { kind: 'pptx', part: 'ppt/presentation.xml' };
  return undefined;
}

async function coreProperties(zip: ZipArchive, facts: DocumentFacts): Promise<void> {
  const core = await zip.readText('docProps/core.xml', 32 * 1024);
  if (!core) return;
  const values: Record<string, string> = {};
  let current: string | undefined;
  parseXmlSafely(
    core.text,
    {
      open(tag, depth) {
        current = depth === 2 ? tag.local : current;
      },
      text(t, depth) {
        if (current && depth === 2) values[current] = (values[current] ?? '') + t;
      },
      close(_local, depth) {
        if (depth === 2) current = undefined;
      },
    },
    parseOptions('docProps/core.xml', !core.truncated),
  );
  const title = normalizeText(values['title'] ?? '', 300);
  if (title) facts.title = title;
  const subject = [values['subject'], values['keywords'], values['description'], values['category']]
    .map((v) => normalizeText(v ?? '', 300))
    .filter(Boolean)
    .join(' | ');
  if (subject) facts.subject = subject;
}

const HEADING_STYLE = /^(heading|title|subtitle|toc ?heading|titre|berschrift|cover)/i;

async function docxBody(zip: ZipArchive, part: string, facts: DocumentFacts): Promise<void> {
  // Page headers often carry the document's title on every page.
  const headerParts = [...zip.entries.keys()].filter((n) => /^word\/header\d*\.xml$/.test(n)).sort().slice(0, 3);
  for (const name of headerParts) {
    const header = await zip.readText(name, 32 * 1024);
    if (!header) continue;
    const paragraphs = wordParagraphs(header.text, name, !header.truncated, facts, false);
    for (const p of paragraphs) if (p.text && !facts.pageHeaders.includes(p.text)) facts.pageHeaders.push(p.text);
  }
  const body = await zip.readText(part);
  if (!body) throw unreadable(`${part} is missing`);
  wordParagraphs(body.text, part, !body.truncated, facts, true);
}

interface Paragraph {
  text: string;
  heading: boolean;
}

/** Paragraphs (and table rows) of a WordprocessingML part, in order, up to the text cap. */
function wordParagraphs(xml: string, label: string, complete: boolean, facts: DocumentFacts, isBody: boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const text = new TextAccumulator();
  let inText = false;
  let para: { parts: string[]; heading: boolean; list: boolean } | undefined;
  let row: string[] | undefined;
  let cell: string[] | undefined;
  // The rows of the table being read (outermost only) and how many tables came before: a
  // document-control table labelling the title sits among the first few.
  let table: string[][] | undefined;
  let depth = 0;
  let tables = 0;
  parseXmlSafely(
    xml,
    {
      open(tag) {
        switch (tag.local) {
          case 'p':
            para = { parts: [], heading: false, list: false };
            break;
          case 'numPr':
            // A numbered or bulleted paragraph: a list item, never the document's title.
            if (para) para.list = true;
            break;
          case 'pStyle':
            if (para && HEADING_STYLE.test(tag.attributes['w:val'] ?? '')) para.heading = true;
            break;
          case 'outlineLvl':
            if (para) para.heading = true;
            break;
          case 't':
            inText = true;
            break;
          case 'tab':
          case 'br':
          case 'cr':
            para?.parts.push(' ');
            break;
          case 'tbl':
            if (depth++ === 0) table = [];
            break;
          case 'tr':
            row = [];
            break;
          case 'tc':
            cell = [];
            break;
        }
      },
      text(t) {
        if (inText) para?.parts.push(t);
      },
      close(local) {
        switch (local) {
          case 't':
            inText = false;
            break;
          case 'p': {
            if (!para) break;
            const p = { text: normalizeText(para.parts.join(''), 500), heading: para.heading };
            const listItem = para.list;
            para = undefined;
            if (!p.text) break;
            paragraphs.push(p);
            if (cell) cell.push(p.text);
            if (isBody) {
              if (p.heading && facts.headings.length < 60) facts.headings.push(p.text);
              if (!cell && !listItem && p.text.length <= TITLE_LINES.maxLength && facts.lines.length < TITLE_LINES.max) facts.lines.push(p.text);
              text.add(p.text);
              text.add('\n');
            }
            break;
          }
          case 'tc':
            if (row && cell) row.push(cell.join(' '));
            cell = undefined;
            break;
          case 'tr':
            if (isBody && row && facts.rows.length < CLASSIFY_LIMITS.maxRows) facts.rows.push(row);
            if (row && depth === 1 && table && table.length < 40) table.push(row);
            row = undefined;
            break;
          case 'tbl':
            depth = Math.max(0, depth - 1);
            if (depth > 0) break;
            if (table && facts.labelledTitle === undefined && tables++ < 3) facts.labelledTitle = labelledTitle(table);
            table = undefined;
            break;
        }
        if (isBody && text.full) throw new StopParsing();
      },
    },
    parseOptions(label, complete),
  );
  if (isBody) facts.text = text.toString();
  return paragraphs;
}

async function xlsxSheets(zip: ZipArchive, workbookPart: string, facts: DocumentFacts): Promise<void> {
  const dir = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const workbook = await zip.readText(workbookPart, 128 * 1024);
  if (!workbook) throw unreadable(`${workbookPart} is missing`);
  const sheets: { name: string; rid: string; hidden: boolean }[] = [];
  parseXmlSafely(
    workbook.text,
    {
      open(tag) {
        if (tag.local === 'sheet') {
          sheets.push({
            name: tag.attributes['name'] ?? '',
            rid: tag.attributes['r:id'] ?? '',
            hidden: (tag.attributes['state'] ?? 'visible') !== 'visible',
          });
        }
      },
    },
    parseOptions(workbookPart, !workbook.truncated),
  );
  facts.sheetNames = sheets.map((s) => s.name);

  const targets = await relationshipTargets(zip, `${dir}_rels/${workbookPart.slice(dir.length)}.rels`, dir);
  const strings = await sharedStrings(zip, targets, dir);
  const ordered = [...sheets.filter((s) => !s.hidden), ...sheets.filter((s) => s.hidden)].slice(0, 4);
  for (const sheet of ordered) {
    const path = targets.byId.get(sheet.rid);
    if (!path) continue;
    const part = await zip.readText(path, 128 * 1024);
    if (!part) continue;
    const rows = sheetRows(part.text, path, !part.truncated, strings);
    facts.rows.push(...rows);
    // A lone cell in the first rows is the sheet's title (A1 "Integrated Inventory Workbook").
    for (const row of rows.slice(0, 5)) {
      const filled = row.filter((c) => c.trim());
      if (filled.length === 1 && filled[0]!.length <= TITLE_LINES.maxLength) facts.lines.push(filled[0]!);
    }
    facts.text = normalizeText(`${facts.text} ${sheet.name}: ${rows.map((r) => r.join(' ')).join(' ')}`);
  }
}

interface Relationships {
  byId: Map<string, string>;
  byType: Map<string, string>;
}

async function relationshipTargets(zip: ZipArchive, relsPath: string, dir: string): Promise<Relationships> {
  const rels: Relationships = { byId: new Map(), byType: new Map() };
  const part = await zip.readText(relsPath, 64 * 1024);
  if (!part) return rels;
  parseXmlSafely(
    part.text,
    {
      open(tag) {
        if (tag.local !== 'Relationship') return;
        const target = tag.attributes['Target'] ?? '';
        const resolved = target.startsWith('/') ? target.slice(1) : dir + target;
        rels.byId.set(tag.attributes['Id'] ?? '', resolved);
        rels.byType.set((tag.attributes['Type'] ?? '').split('/').pop() ?? '', resolved);
      },
    },
    parseOptions(relsPath, !part.truncated),
  );
  return rels;
}

async function sharedStrings(zip: ZipArchive, rels: Relationships, dir: string): Promise<string[]> {
  const path = rels.byType.get('sharedStrings') ?? `${dir}sharedStrings.xml`;
  const part = await zip.readText(path);
  if (!part) return [];
  const strings: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  try {
    parseXmlSafely(
      part.text,
      {
        open(tag) {
          if (tag.local === 'si') current = [];
          else if (tag.local === 'rPh') phonetic++;
          else if (tag.local === 't') inText = true;
        },
        text(t) {
          if (inText && phonetic === 0) current?.push(t);
        },
        close(local) {
          if (local === 'si' && current) {
            strings.push(normalizeText(current.join(''), 500));
            current = undefined;
          } else if (local === 'rPh') phonetic--;
          else if (local === 't') inText = false;
        },
      },
      parseOptions(path, !part.truncated),
    );
  } catch (err) {
    // Strings read before damage further in are still good for classification.
    if (strings.length === 0) throw err;
  }
  return strings;
}

/** Converts a cell reference's column letters (`AB12`) to a 0-based index. */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return Math.max(0, n - 1);
}

function sheetRows(xml: string, label: string, complete: boolean, strings: readonly string[]): string[][] {
  const rows: string[][] = [];
  let row: string[] | undefined;
  let cell: { col: number; type: string; value: string[] } | undefined;
  let capture = false;
  parseXmlSafely(
    xml,
    {
      open(tag) {
        switch (tag.local) {
          case 'row':
            row = [];
            break;
          case 'c':
            cell = { col: columnIndex(tag.attributes['r'] ?? ''), type: tag.attributes['t'] ?? 'n', value: [] };
            if (!tag.attributes['r'] && row) cell.col = row.length;
            break;
          case 'v':
          case 't':
            capture = cell !== undefined;
            break;
        }
      },
      text(t) {
        if (capture) cell?.value.push(t);
      },
      close(local) {
        switch (local) {
          case 'v':
          case 't':
            capture = false;
            break;
          case 'c':
            if (row && cell && cell.col < 256) {
              const raw = cell.value.join('');
              const value = cell.type === 's' ? (strings[Number(raw)] ?? '') : normalizeText(raw, 500);
              while (row.length < cell.col) row.push('');
              row[cell.col] = value;
            }
            cell = undefined;
            break;
          case 'row':
            if (row && row.some((c) => c !== '')) rows.push(row);
            row = undefined;
            if (rows.length >= CLASSIFY_LIMITS.maxRows) throw new StopParsing();
            break;
        }
      },
    },
    parseOptions(label, complete),
  );
  return rows;
}
