import ExcelJS from 'exceljs';
import { FIXED_DATE, normalizeZip } from './zip.js';

export type Cell = string | number | Date | null;

export interface WorkbookMeta {
  creator?: string;
  lastModifiedBy?: string;
  title?: string;
  subject?: string;
  company?: string;
}

export function newWorkbook(meta: WorkbookMeta = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator ?? '';
  wb.lastModifiedBy = meta.lastModifiedBy ?? meta.creator ?? '';
  if (meta.title !== undefined) wb.title = meta.title;
  if (meta.subject !== undefined) wb.subject = meta.subject;
  if (meta.company !== undefined) wb.company = meta.company;
  wb.created = new Date(Date.UTC(2024, 9, 1, 12, 0, 0));
  wb.modified = FIXED_DATE;
  wb.lastPrinted = FIXED_DATE;
  return wb;
}

/** Writes `rows` starting at `startRow` (1-based); the first row is styled as a header. */
export function putTable(ws: ExcelJS.Worksheet, startRow: number, rows: readonly (readonly Cell[])[], opts: { headerFill?: string; startCol?: number } = {}): void {
  const col0 = opts.startCol ?? 1;
  rows.forEach((row, i) => {
    const r = ws.getRow(startRow + i);
    row.forEach((v, j) => {
      const cell = r.getCell(col0 + j);
      cell.value = v;
      if (i === 0) {
        cell.font = { bold: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: opts.headerFill ?? 'FFD9E1F2' } };
        cell.alignment = { wrapText: true, vertical: 'top' };
      }
    });
  });
}

/** A merged, bold title across `cols` columns on `row`. */
export function putTitle(ws: ExcelJS.Worksheet, row: number, text: string, cols: number, size = 14): void {
  ws.mergeCells(row, 1, row, Math.max(1, cols));
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { bold: true, size };
  cell.alignment = { horizontal: 'center' };
}

export function freezeAt(ws: ExcelJS.Worksheet, row: number, col = 0): void {
  ws.views = [{ state: 'frozen', xSplit: col, ySplit: row }];
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  const raw = await wb.xlsx.writeBuffer();
  return normalizeZip(Buffer.from(raw as ArrayBuffer));
}

/** RFC 4180 CSV with CRLF line ends, as Excel and most scanners write it. */
export function toCsv(rows: readonly (readonly (string | number)[])[], eol = '\r\n'): string {
  const q = (v: string | number): string => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(q).join(',')).join(eol) + eol;
}
