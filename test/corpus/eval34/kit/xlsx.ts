import ExcelJS from 'exceljs';
import { FIXED_DATE, normalizeOfficeZip } from './zip.js';

export type Cell = string | number | null;
export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  /** 1-based row numbers rendered bold (header rows). */
  readonly boldRows?: readonly number[];
  readonly widths?: readonly number[];
  readonly merges?: readonly string[];
}
export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly title?: string;
  readonly creator?: string;
  readonly lastModifiedBy?: string;
  readonly subject?: string;
}

/** Renders sheets to a deterministic .xlsx buffer. */
export async function renderXlsx(spec: WorkbookSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.creator = spec.creator ?? '';
  wb.lastModifiedBy = spec.lastModifiedBy ?? spec.creator ?? '';
  if (spec.title !== undefined) wb.title = spec.title;
  if (spec.subject !== undefined) wb.subject = spec.subject;
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow([...r]);
    for (const n of s.boldRows ?? []) ws.getRow(n).font = { bold: true };
    (s.widths ?? []).forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  const raw = await wb.xlsx.writeBuffer();
  return normalizeOfficeZip(Buffer.from(raw as ArrayBuffer), spec.title === undefined ? { title: '' } : {});
}
