import ExcelJS from 'exceljs';
import { fixCoreDates, rezip } from './zip.js';

export type Cell = string | number | Date | null;

/** A new workbook with fixed metadata (exceljs otherwise stamps the current time). */
export function workbook(opts: { creator?: string; lastModifiedBy?: string; title?: string; date: Date }): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = opts.creator ?? '';
  wb.lastModifiedBy = opts.lastModifiedBy ?? opts.creator ?? '';
  if (opts.title !== undefined) wb.title = opts.title;
  wb.created = opts.date;
  wb.modified = opts.date;
  return wb;
}

/** Appends rows to a sheet; `bold` rows get a bold font and `widths` set column widths. */
export function fill(ws: ExcelJS.Worksheet, rows: Cell[][], opts: { bold?: number[]; widths?: number[]; startRow?: number } = {}): void {
  const start = opts.startRow ?? 1;
  rows.forEach((r, i) => {
    const row = ws.getRow(start + i);
    r.forEach((v, c) => {
      if (v !== null) row.getCell(c + 1).value = v;
    });
    if (opts.bold?.includes(start + i)) row.font = { bold: true };
    row.commit();
  });
  opts.widths?.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

export async function xlsxBytes(wb: ExcelJS.Workbook, date: Date): Promise<Buffer> {
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  return rezip(raw, (name, xml) => fixCoreDates(name, xml, date));
}

/** RFC 4180 CSV. */
export function toCsv(rows: (string | number)[][], eol = '\r\n'): string {
  const q = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(q).join(',')).join(eol) + eol;
}
