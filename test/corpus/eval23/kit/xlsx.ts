import ExcelJS from 'exceljs';
import { FIXED_DATE, normalizeZip, type CoreProps } from './zip.js';

export type CellValue = string | number | null;

export interface SheetSpec {
  name: string;
  rows: CellValue[][];
  /** 1-based row numbers to print bold (header rows, banners). */
  boldRows?: number[];
  widths?: number[];
  /** Freeze panes below this row. */
  freezeRow?: number;
}

export interface XlsxSpec {
  sheets: SheetSpec[];
  meta: CoreProps | null;
}

function fill(ws: ExcelJS.Worksheet, s: SheetSpec): void {
  s.rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((v, j) => { if (v !== null) row.getCell(j + 1).value = v; });
    if (s.boldRows?.includes(i + 1)) row.font = { bold: true };
  });
  s.widths?.forEach((w, j) => { ws.getColumn(j + 1).width = w; });
  if (s.freezeRow) ws.views = [{ state: 'frozen', ySplit: s.freezeRow }];
}

function stamp(wb: ExcelJS.Workbook): void {
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
}

export async function buildXlsx(spec: XlsxSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  stamp(wb);
  for (const s of spec.sheets) fill(wb.addWorksheet(s.name), s);
  const raw = await wb.xlsx.writeBuffer();
  return normalizeZip(Buffer.from(raw as ArrayBuffer), spec.meta ?? {});
}

/** Loads a real template (a project fixture), lets `edit` fill it, writes it back deterministically. */
export async function fromTemplate(template: Buffer, edit: (wb: ExcelJS.Workbook) => void, meta: CoreProps | null): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  stamp(wb);
  edit(wb);
  const raw = await wb.xlsx.writeBuffer();
  return normalizeZip(Buffer.from(raw as ArrayBuffer), meta ?? {});
}
