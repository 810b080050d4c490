import ExcelJS from 'exceljs';
import { FIXED_DATE } from './model.js';
import { normalizeZip } from './zipfix.js';

export type Cell = string | number | Date | null;

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** 1-based row index of the header row to style bold and freeze under. */
  headerRow?: number;
  widths?: number[];
  merges?: string[];
}

export interface WorkbookMeta {
  creator?: string;
  lastModifiedBy?: string;
  title?: string;
  subject?: string;
  company?: string;
}

/** Build an .xlsx from sheet specs, re-zipped with fixed timestamps. */
export async function renderXlsx(sheets: SheetSpec[], meta: WorkbookMeta = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator ?? '';
  wb.lastModifiedBy = meta.lastModifiedBy ?? '';
  if (meta.title !== undefined) wb.title = meta.title;
  if (meta.subject !== undefined) wb.subject = meta.subject;
  if (meta.company !== undefined) wb.company = meta.company;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    for (const row of spec.rows) ws.addRow(row);
    if (spec.headerRow) {
      const hr = ws.getRow(spec.headerRow);
      hr.font = { bold: true };
      hr.alignment = { wrapText: true, vertical: 'top' };
      ws.views = [{ state: 'frozen', ySplit: spec.headerRow }];
    }
    spec.widths?.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    for (const m of spec.merges ?? []) ws.mergeCells(m);
  }
  return normalizeZip(Buffer.from(await wb.xlsx.writeBuffer()));
}
