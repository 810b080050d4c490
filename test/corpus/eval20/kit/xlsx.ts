import ExcelJS from 'exceljs';
import { normalizeOffice, type CoreProps } from './zip.js';

export type Cell = string | number | null;

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** Column widths (characters). */
  widths?: number[];
  /** 1-based row numbers rendered bold with a fill (header rows). */
  headerRows?: number[];
  /** Ranges to merge, e.g. "A1:F1". */
  merges?: string[];
  /** Sheet state. */
  hidden?: boolean;
}

export interface XlsxSpec {
  sheets: SheetSpec[];
  core: CoreProps | null;
  company?: string;
}

function fillSheet(ws: ExcelJS.Worksheet, s: SheetSpec): void {
  s.rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((v, j) => {
      if (v !== null) row.getCell(j + 1).value = v;
    });
    if (s.headerRows?.includes(i + 1)) {
      row.font = { bold: true };
      row.eachCell((c) => {
        c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
        c.alignment = { wrapText: true, vertical: 'top' };
      });
    }
  });
  s.widths?.forEach((w, j) => {
    ws.getColumn(j + 1).width = w;
  });
  for (const m of s.merges ?? []) ws.mergeCells(m);
}

function fixedWorkbook(wb: ExcelJS.Workbook, date: Date, company?: string): void {
  wb.created = date;
  wb.modified = date;
  wb.lastPrinted = date;
  wb.creator = '';
  wb.lastModifiedBy = '';
  if (company) wb.company = company;
}

export async function buildXlsx(spec: XlsxSpec, date: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fixedWorkbook(wb, date, spec.company);
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name, s.hidden ? { state: 'hidden' } : {});
    fillSheet(ws, s);
  }
  const raw = await wb.xlsx.writeBuffer();
  return normalizeOffice(Buffer.from(raw as ArrayBuffer), spec.core, date);
}

/** Opens a real template (a project fixture), lets `edit` fill it, and saves it with fixed metadata. */
export async function buildXlsxFromTemplate(
  templatePath: string,
  edit: (wb: ExcelJS.Workbook) => void,
  core: CoreProps | null,
  date: Date,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(templatePath);
  fixedWorkbook(wb, date);
  edit(wb);
  const raw = await wb.xlsx.writeBuffer();
  return normalizeOffice(Buffer.from(raw as ArrayBuffer), core, date);
}

export { fillSheet };
