import ExcelJS from 'exceljs';
import { FIXED_DATE, normalizeOfficeZip } from './zip.js';

export { ExcelJS };

/** A workbook with fixed core properties (exceljs stamps "now" otherwise). */
export function newWorkbook(meta: { creator?: string; lastModifiedBy?: string; title?: string; company?: string } = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator ?? '';
  wb.lastModifiedBy = meta.lastModifiedBy ?? meta.creator ?? '';
  if (meta.title !== undefined) wb.title = meta.title;
  if (meta.company !== undefined) wb.company = meta.company;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  const raw = await wb.xlsx.writeBuffer();
  return normalizeOfficeZip(Buffer.from(raw as ArrayBuffer), FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z'));
}

/** Write rows starting at `row`, bolding the first when `header` is set. */
export function putRows(ws: ExcelJS.Worksheet, row: number, rows: readonly (readonly (string | number | Date | null)[])[], header = false): number {
  rows.forEach((r, i) => {
    const xr = ws.getRow(row + i);
    r.forEach((v, c) => {
      if (v !== null) xr.getCell(c + 1).value = v;
    });
    if (header && i === 0) xr.font = { bold: true };
  });
  return row + rows.length;
}
