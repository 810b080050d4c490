import ExcelJS from 'exceljs';
import type { DocMeta } from './model.js';
import { FIXED_DATE } from './model.js';
import { normaliseOffice } from './zip.js';

export type Cell = string | number | Date | null;
export interface SheetSpec { name: string; rows: Cell[][]; headerRow?: number; widths?: number[]; merges?: string[] }

/** An Excel workbook from plain rows; the header row (1-based) is bold and frozen when given. */
export async function writeXlsx(sheets: SheetSpec[], meta: DocMeta | null): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.creator = meta?.creator ?? '';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
    if (s.headerRow) {
      ws.getRow(s.headerRow).font = { bold: true };
      ws.views = [{ state: 'frozen', ySplit: s.headerRow }];
    }
    (s.widths ?? []).forEach((w, i) => { ws.getColumn(i + 1).width = w; });
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  return normaliseOffice(raw, meta);
}
