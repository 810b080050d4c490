import ExcelJS from 'exceljs';
import { coreXml, repack } from './zip.js';
import type { CoreProps } from './zip.js';

export type Row = (string | number | Date | null)[];

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date('2025-01-06T14:00:00Z');
  wb.modified = new Date('2025-06-27T19:12:00Z');
  wb.calcProperties.fullCalcOnLoad = false;
  return wb;
}

/** A header row with bold shaded cells, wrapped text. */
export function headerRow(ws: ExcelJS.Worksheet, rowNo: number, headers: string[], fill = 'FFD9E1F2', startCol = 1): void {
  const row = ws.getRow(rowNo);
  headers.forEach((h, i) => {
    const cell = row.getCell(startCol + i);
    cell.value = h;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
}

export function dataRows(ws: ExcelJS.Worksheet, firstRow: number, rows: Row[], startCol = 1): void {
  rows.forEach((values, r) => {
    const row = ws.getRow(firstRow + r);
    values.forEach((v, c) => {
      if (v === null) return;
      const cell = row.getCell(startCol + c);
      cell.value = v;
      if (v instanceof Date) cell.numFmt = 'mm/dd/yyyy';
      cell.alignment = { wrapText: typeof v === 'string' && v.length > 30, vertical: 'top' };
    });
  });
}

/** A title written once in a merged range across the sheet (as many teams do). */
export function mergedTitle(ws: ExcelJS.Worksheet, range: string, text: string, size = 16, fill?: string): void {
  ws.mergeCells(range);
  const first = range.split(':')[0] ?? 'A1';
  const cell = ws.getCell(first);
  cell.value = text;
  cell.font = { bold: true, size };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
}

export function widths(ws: ExcelJS.Worksheet, list: number[]): void {
  list.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

export async function finishXlsx(wb: ExcelJS.Workbook, core: CoreProps): Promise<Buffer> {
  const raw = await wb.xlsx.writeBuffer();
  return repack(Buffer.from(raw as ArrayBuffer), { 'docProps/core.xml': coreXml(core) });
}
