import ExcelJS from 'exceljs';
import { fixturePath } from './paths.js';
import { normalizeOffice } from './zip.js';

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;
export type CellValue = string | number | Date | boolean | null;

export interface WorkbookMeta {
  creator: string;
  date: Date;
  title?: string;
  subject?: string;
  company?: string;
  keywords?: string;
}

export function newWorkbook(meta: WorkbookMeta): Workbook {
  const wb = new ExcelJS.Workbook();
  applyMeta(wb, meta);
  return wb;
}

export function applyMeta(wb: Workbook, meta: WorkbookMeta): void {
  wb.creator = meta.creator;
  wb.lastModifiedBy = meta.creator;
  wb.created = meta.date;
  wb.modified = meta.date;
  wb.title = meta.title ?? '';
  wb.subject = meta.subject ?? '';
  wb.company = meta.company ?? '';
  wb.keywords = meta.keywords ?? '';
}

export async function loadTemplate(name: string, meta: WorkbookMeta): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixturePath('office', name));
  applyMeta(wb, meta);
  return wb;
}

export async function saveWorkbook(wb: Workbook, date: Date): Promise<Buffer> {
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  return normalizeOffice(raw, { date, dropTitle: !wb.title });
}

/** Writes `values` into row `rowNo` from `startCol`; dates become date-only cells formatted like Excel's. */
export function setRow(ws: Worksheet, rowNo: number, values: readonly CellValue[], startCol = 1): void {
  const row = ws.getRow(rowNo);
  values.forEach((v, i) => {
    const cell = row.getCell(startCol + i);
    if (v instanceof Date) {
      cell.value = new Date(Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate()));
      cell.numFmt = 'mm/dd/yyyy';
    } else {
      cell.value = v;
    }
  });
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1D396B' } };

/** Writes a header row and data rows from `startRow`; returns the next free row. */
export function writeTable(
  ws: Worksheet,
  startRow: number,
  header: readonly string[],
  rows: readonly (readonly CellValue[])[],
  opts: { startCol?: number; styled?: boolean; width?: number } = {},
): number {
  const c0 = opts.startCol ?? 1;
  const hr = ws.getRow(startRow);
  header.forEach((h, i) => {
    const cell = hr.getCell(c0 + i);
    cell.value = h;
    if (opts.styled !== false) {
      cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      cell.fill = HEADER_FILL;
      cell.alignment = { wrapText: true, vertical: 'middle' };
    }
  });
  rows.forEach((r, k) => setRow(ws, startRow + 1 + k, r, c0));
  if (opts.width) header.forEach((_, i) => (ws.getColumn(c0 + i).width = opts.width));
  return startRow + 1 + rows.length;
}
