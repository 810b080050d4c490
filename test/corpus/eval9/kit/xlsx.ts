import ExcelJS from 'exceljs';
import type { DocMeta } from './types.js';
import { rezip } from './zip.js';

export type CellValue = string | number | null;

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  /** 1-based row numbers written in bold with a fill (header rows). */
  readonly boldRows?: readonly number[];
  readonly widths?: readonly number[];
  readonly merges?: readonly string[];
}

export function applyMeta(wb: ExcelJS.Workbook, meta: DocMeta): void {
  wb.created = new Date(meta.created);
  wb.modified = new Date(meta.modified ?? meta.created);
  if (meta.creator !== undefined) wb.creator = meta.creator;
  if (meta.lastModifiedBy !== undefined) wb.lastModifiedBy = meta.lastModifiedBy;
  if (meta.title !== undefined) wb.title = meta.title;
  if (meta.subject !== undefined) wb.subject = meta.subject;
  if (meta.keywords !== undefined) wb.keywords = meta.keywords;
  if (meta.description !== undefined) wb.description = meta.description;
  if (meta.company !== undefined) wb.company = meta.company;
}

export function fillSheet(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  spec.rows.forEach((row, i) => {
    const r = ws.getRow(i + 1);
    row.forEach((v, j) => {
      if (v !== null) r.getCell(j + 1).value = v;
    });
    if (spec.boldRows?.includes(i + 1)) {
      r.eachCell((c) => {
        c.font = { bold: true };
        c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
      });
    }
  });
  spec.widths?.forEach((w, j) => {
    ws.getColumn(j + 1).width = w;
  });
  for (const m of spec.merges ?? []) ws.mergeCells(m);
}

/** Writes a workbook of plain sheets with fixed document properties and zip dates. */
export async function buildXlsx(meta: DocMeta, sheets: readonly SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  applyMeta(wb, meta);
  for (const s of sheets) fillSheet(wb.addWorksheet(s.name), s);
  return finishXlsx(wb);
}

export async function finishXlsx(wb: ExcelJS.Workbook): Promise<Buffer> {
  const raw = await wb.xlsx.writeBuffer();
  return rezip(Buffer.from(raw as ArrayBuffer));
}
