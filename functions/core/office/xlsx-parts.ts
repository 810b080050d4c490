import { unreadable, hostile } from '../classify/errors.js';
import type { SaxHandlers } from '../classify/extract/safe-sax.js';
import { isDateFormat } from './excel-dates.js';
import type { XlsxLimits } from './limits.js';

/** Where the parts of a workbook come from: each is parsed whole, streamed. */
export interface PartSource {
  has(name: string): boolean;
  /** Streams a part through the safe parser; false when the part does not exist. */
  parse(name: string, handlers: SaxHandlers): Promise<boolean>;
}

export interface XlsxSheet {
  name: string;
  /** Position in the workbook's tab order. */
  index: number;
  hidden: boolean;
  /** The worksheet part, `xl/worksheets/sheet1.xml`; undefined for chart sheets and broken links. */
  part: string | undefined;
}

export interface WorkbookParts {
  part: string;
  sheets: XlsxSheet[];
  /** Serial dates count from 1904-01-01 (old Mac workbooks) instead of 1900. */
  date1904: boolean;
  sharedStrings: string | undefined;
  styles: string | undefined;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** Resolves a relationship target against the folder of the part that declares it. */
export function resolveTarget(dir: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

async function relationships(parts: PartSource, relsPath: string, dir: string): Promise<{ id: string; type: string; target: string }[]> {
  const rels: { id: string; type: string; target: string }[] = [];
  await parts.parse(relsPath, {
    open(tag) {
      if (tag.local !== 'Relationship' || (tag.attributes['TargetMode'] ?? '') === 'External') return;
      rels.push({
        id: tag.attributes['Id'] ?? '',
        type: tag.attributes['Type'] ?? '',
        target: resolveTarget(dir, tag.attributes['Target'] ?? ''),
      });
    },
  });
  return rels;
}

/** The `r:id` of an element, whatever prefix the relationships namespace was given. */
function relationshipId(attributes: Readonly<Record<string, string>>): string {
  const key = Object.keys(attributes).find((k) => /:id$/.test(k));
  return key === undefined ? '' : (attributes[key] ?? '');
}

const dirOf = (part: string): string => part.slice(0, part.lastIndexOf('/') + 1);
const relsOf = (part: string): string => `${dirOf(part)}_rels/${part.slice(dirOf(part).length)}.rels`;

/** The workbook part, its sheets (in tab order) and the shared-strings and styles parts. */
export async function readWorkbookParts(parts: PartSource): Promise<WorkbookParts> {
  const root = await relationships(parts, '_rels/.rels', '');
  const part = root.find((r) => OFFICE_DOCUMENT.test(r.type) && parts.has(r.target))?.target ?? (parts.has('xl/workbook.xml') ? 'xl/workbook.xml' : undefined);
  if (!part) throw unreadable('not an xlsx workbook: no workbook part');
  const declared: { name: string; rid: string; hidden: boolean }[] = [];
  let date1904 = false;
  await parts.parse(part, {
    open(tag) {
      if (tag.local === 'sheet') {
        declared.push({
          name: tag.attributes['name'] ?? '',
          rid: relationshipId(tag.attributes),
          hidden: (tag.attributes['state'] ?? 'visible') !== 'visible',
        });
      } else if (tag.local === 'workbookPr') {
        const v = tag.attributes['date1904'];
        date1904 = v === '1' || v === 'true';
      }
    },
  });
  const rels = await relationships(parts, relsOf(part), dirOf(part));
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = declared.map((s, index): XlsxSheet => {
    const rel = byId.get(s.rid);
    const isWorksheet = rel !== undefined && /\/worksheet$/.test(rel.type) && parts.has(rel.target);
    return { name: s.name, index, hidden: s.hidden, part: isWorksheet ? rel.target : undefined };
  });
  const target = (type: RegExp): string | undefined => rels.find((r) => type.test(r.type) && parts.has(r.target))?.target;
  return { part, sheets, date1904, sharedStrings: target(/\/sharedStrings$/), styles: target(/\/styles$/) };
}

/** For each cell style (`s` attribute), whether its number format shows a date. */
export async function readDateStyles(parts: PartSource, stylesPart: string | undefined): Promise<boolean[]> {
  if (!stylesPart) return [];
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  await parts.parse(stylesPart, {
    open(tag) {
      if (tag.local === 'numFmt') {
        formats.set(Number(tag.attributes['numFmtId']), tag.attributes['formatCode'] ?? '');
      } else if (tag.local === 'cellXfs') {
        inCellXfs = true;
      } else if (tag.local === 'xf' && inCellXfs) {
        xfFormats.push(Number(tag.attributes['numFmtId'] ?? 0));
      }
    },
    close(local) {
      if (local === 'cellXfs') inCellXfs = false;
    },
  });
  return xfFormats.map((id) => Number.isInteger(id) && isDateFormat(id, formats.get(id)));
}

/** The shared-string table: rich-text runs joined, phonetic runs left out, each capped. */
export async function readSharedStrings(parts: PartSource, part: string | undefined, limits: XlsxLimits): Promise<string[]> {
  if (!part) return [];
  const strings: string[] = [];
  let current: string[] | undefined;
  let length = 0;
  let inText = false;
  let phonetic = 0;
  await parts.parse(part, {
    open(tag) {
      if (tag.local === 'si') {
        current = [];
        length = 0;
      } else if (tag.local === 'rPh') phonetic++;
      else if (tag.local === 't') inText = true;
    },
    text(t) {
      if (!inText || phonetic > 0 || !current || length >= limits.maxCellChars) return;
      const piece = t.slice(0, limits.maxCellChars - length);
      current.push(piece);
      length += piece.length;
    },
    close(local) {
      if (local === 'si' && current) {
        if (strings.length >= limits.maxSharedStrings) {
          throw hostile(`${part}: more than ${limits.maxSharedStrings} shared strings`);
        }
        strings.push(current.join(''));
        current = undefined;
      } else if (local === 'rPh') phonetic--;
      else if (local === 't') inText = false;
    },
  });
  return strings;
}
