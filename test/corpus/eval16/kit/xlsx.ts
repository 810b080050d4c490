import ExcelJS from 'exceljs';
import type { DocMeta } from './model.js';
import { FIXED_DATE } from './rand.js';
import { appXml, coreXml, rezip } from './zip.js';

export type Cell = string | number | boolean | Date | null;

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  /** 1-based row numbers rendered bold (header rows). */
  readonly boldRows?: readonly number[];
  readonly widths?: readonly number[];
  /** Merge ranges such as 'A1:F1'. */
  readonly merges?: readonly string[];
  readonly freezeRow?: number;
}

/** Builds an .xlsx with exceljs, then fixes metadata and zip timestamps. */
export async function renderXlsx(sheets: readonly SheetSpec[], meta: DocMeta | null): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name, spec.freezeRow ? { views: [{ state: 'frozen', ySplit: spec.freezeRow }] } : undefined);
    spec.rows.forEach((row) => ws.addRow([...row]));
    for (const r of spec.boldRows ?? []) ws.getRow(r).font = { bold: true };
    spec.widths?.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    for (const m of spec.merges ?? []) ws.mergeCells(m);
  }
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  return rezip(raw, { 'docProps/core.xml': coreXml(meta), 'docProps/app.xml': appXml(meta ?? { application: 'Microsoft Excel' }) });
}

/** CSV text from rows (RFC 4180 quoting), with a chosen separator, line ending and optional BOM. */
export function toCsv(rows: readonly (readonly Cell[])[], opts: { sep?: string; eol?: string; bom?: boolean } = {}): string {
  const sep = opts.sep ?? ',';
  const eol = opts.eol ?? '\r\n';
  const cell = (c: Cell): string => {
    const s = c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c);
    return /["\r\n]/.test(s) || s.includes(sep) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return (opts.bom ? '\uFEFF' : '') + rows.map((r) => r.map(cell).join(sep)).join(eol) + eol;
}
