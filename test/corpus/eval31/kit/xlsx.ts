import ExcelJS from 'exceljs';
import { rezip } from './zip.js';

export interface SheetSpec {
  name: string;
  /** Rows written from row 1; empty arrays leave a blank row. */
  rows: (string | number | null)[][];
  /** 1-based row index that holds the column headers (styled bold, frozen below). */
  headerRow?: number;
  widths?: number[];
}
export interface XlsxMeta { title?: string; subject?: string; creator?: string; lastModifiedBy?: string; company?: string; keywords?: string; description?: string }

const FIXED = new Date(Date.UTC(2026, 1, 27, 14, 30, 0));

export async function buildXlsx(sheets: SheetSpec[], meta: XlsxMeta = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator ?? '';
  wb.lastModifiedBy = meta.lastModifiedBy ?? meta.creator ?? '';
  wb.created = FIXED;
  wb.modified = FIXED;
  if (meta.title !== undefined) wb.title = meta.title;
  if (meta.subject !== undefined) wb.subject = meta.subject;
  if (meta.company !== undefined) wb.company = meta.company;
  if (meta.keywords !== undefined) wb.keywords = meta.keywords;
  if (meta.description !== undefined) wb.description = meta.description;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, i) => {
      const r = ws.getRow(i + 1);
      row.forEach((v, j) => {
        if (v !== null && v !== '') r.getCell(j + 1).value = v;
      });
      if (s.headerRow === i + 1) {
        r.font = { bold: true };
        r.alignment = { wrapText: true, vertical: 'top' };
      }
    });
    if (s.headerRow) ws.views = [{ state: 'frozen', ySplit: s.headerRow }];
    (s.widths ?? []).forEach((w, j) => {
      ws.getColumn(j + 1).width = w;
    });
  }
  return rezip(await wb.xlsx.writeBuffer());
}
