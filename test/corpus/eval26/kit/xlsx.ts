import ExcelJS from 'exceljs';
import type { CoreMeta } from './blocks.js';
import { FIXED_DATE } from './blocks.js';
import { normalizeOoxml } from './ooxml.js';

/** Builds a workbook with `fill`, then pins every timestamp and sets the given (or no) core properties. */
export async function buildXlsx(meta: CoreMeta | null, fill: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.creator = meta?.creator ?? '';
  fill(wb);
  const raw = await wb.xlsx.writeBuffer();
  return normalizeOoxml(Buffer.from(raw as ArrayBuffer), meta);
}

/** Appends a header row in bold with a light fill, the way most people format their tables. */
export function headerRow(ws: ExcelJS.Worksheet, values: string[], rowNumber?: number): ExcelJS.Row {
  const row = rowNumber === undefined ? ws.addRow(values) : ws.insertRow(rowNumber, values);
  row.font = { bold: true };
  row.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    c.alignment = { wrapText: true, vertical: 'top' };
  });
  return row;
}

export function widths(ws: ExcelJS.Worksheet, w: number[]): void {
  w.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
}
