import ExcelJS from 'exceljs';
import type { DocMeta } from './blocks.js';
import { FIXED_DATE, normalizeOfficeZip } from './zip.js';

export type Cell = string | number | null;

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** 1-based row numbers to make bold (header rows). */
  boldRows?: number[];
  widths?: number[];
  /** Merge ranges like 'A1:F1'. */
  merges?: string[];
}

/** Builds an .xlsx workbook from plain rows, with pinned metadata and zip timestamps. */
export async function renderXlsx(sheets: SheetSpec[], meta: DocMeta = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.lastModifiedBy = meta.lastModifiedBy ?? '';
  wb.creator = meta.creator ?? '';
  if (meta.title !== undefined) wb.title = meta.title;
  if (meta.subject !== undefined) wb.subject = meta.subject;
  if (meta.keywords !== undefined) wb.keywords = meta.keywords;
  if (meta.description !== undefined) wb.description = meta.description;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
    for (const n of s.boldRows ?? []) ws.getRow(n).font = { bold: true };
    (s.widths ?? []).forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return normalizeOfficeZip(buf);
}
