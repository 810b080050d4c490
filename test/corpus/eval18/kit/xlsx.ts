import ExcelJS from 'exceljs';
import { FIXED_DATE } from './model.js';
import { normaliseOfficeZip } from './zip.js';

export interface WorkbookMeta {
  readonly creator?: string;
  readonly lastModifiedBy?: string;
  readonly title?: string;
  readonly subject?: string;
  readonly company?: string;
  readonly keywords?: string;
}

/** A new workbook with fixed properties. */
export function newWorkbook(meta: WorkbookMeta = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  applyMeta(wb, meta);
  return wb;
}

export function applyMeta(wb: ExcelJS.Workbook, meta: WorkbookMeta): void {
  wb.creator = meta.creator ?? '';
  wb.lastModifiedBy = meta.lastModifiedBy ?? meta.creator ?? '';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  if (meta.title !== undefined) wb.title = meta.title;
  if (meta.subject !== undefined) wb.subject = meta.subject;
  if (meta.company !== undefined) wb.company = meta.company;
  if (meta.keywords !== undefined) wb.keywords = meta.keywords;
}

/** Adds rows starting at `startRow`, bolding the row at `headerRow` if given. */
export function putRows(ws: ExcelJS.Worksheet, startRow: number, rows: readonly (readonly (string | number | Date | null)[])[], headerRow?: number): void {
  rows.forEach((r, i) => {
    const row = ws.getRow(startRow + i);
    r.forEach((v, c) => {
      if (v !== null) row.getCell(c + 1).value = v;
    });
    if (headerRow === startRow + i) row.font = { bold: true };
    row.commit();
  });
}

export function widths(ws: ExcelJS.Worksheet, ...w: number[]): void {
  w.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
}

export async function saveWorkbook(wb: ExcelJS.Workbook): Promise<Buffer> {
  const raw = await wb.xlsx.writeBuffer();
  return normaliseOfficeZip(Buffer.from(raw as ArrayBuffer));
}
