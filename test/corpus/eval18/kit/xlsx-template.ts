import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { normaliseOfficeZip } from './zip.js';

export type TemplateCell = string | number | Date | null;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function colName(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A date as a US-style text value (MM/DD/YYYY), as most filled-in FedRAMP templates carry them. */
const usDate = (d: Date): string => `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}/${d.getUTCFullYear()}`;

function rowXml(r: number, cells: readonly TemplateCell[]): string {
  const cs = cells
    .map((v, i) => {
      if (v === null || v === '') return '';
      const ref = `${colName(i)}${r}`;
      if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
      const s = v instanceof Date ? usDate(v) : v;
      return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(s)}</t></is></c>`;
    })
    .join('');
  return `<row r="${r}">${cs}</row>`;
}

/**
 * Fills rows of one worksheet of an existing workbook by editing its XML directly (a filled-in template
 * keeps every part, style and validation of the original). Rows given replace existing rows of the same
 * number; the others are inserted in order.
 */
export async function fillTemplate(path: string, edits: readonly { sheet: string; rows: ReadonlyMap<number, readonly TemplateCell[]> }[], core?: { creator?: string; lastModifiedBy?: string }): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await readFile(path));
  for (const { sheet, rows } of edits) {
    const entry = zip.file(sheet);
    if (!entry) throw new Error(`template has no ${sheet}`);
    const xml = await entry.async('string');
    const start = xml.indexOf('<sheetData>');
    const end = xml.indexOf('</sheetData>');
    if (start < 0 || end < 0) throw new Error(`${sheet}: no sheetData`);
    const body = xml.slice(start + '<sheetData>'.length, end);
    const existing: { r: number; xml: string }[] = [];
    const re = /<row r="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
    for (let m = re.exec(body); m; m = re.exec(body)) existing.push({ r: Number(m[1]), xml: m[0] });
    const merged = existing.filter((e) => !rows.has(e.r));
    for (const [r, cells] of rows) merged.push({ r, xml: rowXml(r, cells) });
    merged.sort((a, b) => a.r - b.r);
    zip.file(sheet, xml.slice(0, start) + '<sheetData>' + merged.map((e) => e.xml).join('') + xml.slice(end));
  }
  if (core) {
    const cp = zip.file('docProps/core.xml');
    if (cp) {
      let x = await cp.async('string');
      if (core.creator !== undefined) x = x.replace(/<dc:creator>[^<]*<\/dc:creator>/, `<dc:creator>${esc(core.creator)}</dc:creator>`);
      if (core.lastModifiedBy !== undefined) x = x.replace(/<cp:lastModifiedBy>[^<]*<\/cp:lastModifiedBy>/, `<cp:lastModifiedBy>${esc(core.lastModifiedBy)}</cp:lastModifiedBy>`);
      zip.file('docProps/core.xml', x);
    }
  }
  return normaliseOfficeZip(await zip.generateAsync({ type: 'uint8array' }));
}

/** Rows numbered from `first`. */
export function rowsFrom(first: number, rows: readonly (readonly TemplateCell[])[]): Map<number, readonly TemplateCell[]> {
  return new Map(rows.map((r, i) => [first + i, r]));
}
