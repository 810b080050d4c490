import ExcelJS from 'exceljs';
import { FIXED_DATE, normalizeZip } from './zip.js';

export type CellValue = string | number | null;

export interface SheetSpec {
  name: string;
  rows: CellValue[][];
  /** 1-based row numbers to print bold (header rows). */
  boldRows?: number[];
  widths?: number[];
  merges?: string[];
}

export interface WorkbookMeta {
  creator?: string;
  lastModifiedBy?: string;
  title?: string;
  subject?: string;
  company?: string;
}

/** Writes a workbook with ExcelJS and re-zips it with fixed dates. */
export async function renderXlsx(sheets: SheetSpec[], meta: WorkbookMeta = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator ?? '';
  wb.lastModifiedBy = meta.lastModifiedBy ?? meta.creator ?? '';
  if (meta.title !== undefined) wb.title = meta.title;
  if (meta.subject !== undefined) wb.subject = meta.subject;
  if (meta.company !== undefined) wb.company = meta.company;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    spec.rows.forEach((row) => ws.addRow(row));
    for (const r of spec.boldRows ?? []) ws.getRow(r).font = { bold: true };
    (spec.widths ?? []).forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    for (const m of spec.merges ?? []) ws.mergeCells(m);
  }
  const raw = await wb.xlsx.writeBuffer();
  return normalizeZip(Buffer.from(raw as ArrayBuffer));
}
