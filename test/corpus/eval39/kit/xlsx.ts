import ExcelJS from 'exceljs';
import { FIXED_DATE, rezip } from './det.js';

export type Cell = string | number | boolean | Date | null;

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  widths?: number[];
  /** 1-based row numbers to print bold (header rows). */
  boldRows?: number[];
  merges?: string[];
}

export interface XlsxMeta {
  title?: string;
  creator?: string;
  subject?: string;
  company?: string;
  lastModifiedBy?: string;
}

export async function buildXlsx(sheets: SheetSpec[], meta: XlsxMeta = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.creator = meta.creator ?? '';
  wb.lastModifiedBy = meta.lastModifiedBy ?? '';
  if (meta.title !== undefined) wb.title = meta.title;
  if (meta.subject !== undefined) wb.subject = meta.subject;
  if (meta.company !== undefined) wb.company = meta.company;
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    for (const row of spec.rows) ws.addRow(row);
    spec.widths?.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    for (const r of spec.boldRows ?? []) ws.getRow(r).font = { bold: true };
    for (const m of spec.merges ?? []) ws.mergeCells(m);
  }
  const raw = await wb.xlsx.writeBuffer();
  return rezip(Buffer.from(raw as ArrayBuffer));
}
