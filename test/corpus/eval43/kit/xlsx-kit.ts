import ExcelJS from 'exceljs';
import { FIXED_DATE } from './model.js';
import { normaliseZip } from './zipfix.js';

export type Cell = string | number | Date | null;
export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** 1-based row numbers to print bold (header rows). */
  boldRows?: number[];
  widths?: number[];
  merges?: string[];
}

/** Writes a workbook with fixed properties and timestamps. */
export async function renderXlsx(sheets: SheetSpec[], meta: { title?: string; creator?: string; company?: string } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator ?? '';
  wb.lastModifiedBy = meta.creator ?? '';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  if (meta.title) wb.title = meta.title;
  if (meta.company) wb.company = meta.company;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r) => ws.addRow(r));
    for (const n of s.boldRows ?? []) ws.getRow(n).font = { bold: true };
    (s.widths ?? []).forEach((w, i) => { ws.getColumn(i + 1).width = w; });
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return normaliseZip(Buffer.from(await wb.xlsx.writeBuffer()));
}
