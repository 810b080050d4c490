/** Builds .xlsx workbooks with exceljs, then fixes their dates and properties. */
import ExcelJS from 'exceljs';
import type { Meta } from './model.js';
import { rezip } from './zip.js';

export type CellValue = string | number | Date | null;

export interface SheetSpec {
  name: string;
  rows: CellValue[][];
  /** 1-based index of the header row to make bold and fill; rows above it are banner rows. */
  headerRow?: number;
  widths?: number[];
  /** Merge ranges such as 'A1:H1'. */
  merges?: string[];
  header?: string;
  footer?: string;
  state?: 'visible' | 'hidden';
}

export interface WorkbookSpec {
  meta: Meta;
  company?: string;
  sheets: SheetSpec[];
}

export async function renderXlsx(spec: WorkbookSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(spec.meta.created);
  wb.modified = new Date(spec.meta.modified);
  if (spec.company) wb.company = spec.company;
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state ?? 'visible' });
    for (const row of s.rows) ws.addRow(row);
    if (s.headerRow) {
      const r = ws.getRow(s.headerRow);
      r.font = { bold: true };
      r.alignment = { wrapText: true, vertical: 'top' };
      r.eachCell((c) => {
        c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
      });
    }
    for (const [i, w] of (s.widths ?? []).entries()) ws.getColumn(i + 1).width = w;
    for (const range of s.merges ?? []) ws.mergeCells(range);
    if (s.header) ws.headerFooter.oddHeader = `&C${s.header}`;
    if (s.footer) ws.headerFooter.oddFooter = `&L${s.footer}&RPage &P of &N`;
  }
  const raw = await wb.xlsx.writeBuffer();
  return rezip(Buffer.from(raw as ArrayBuffer), spec.meta);
}
