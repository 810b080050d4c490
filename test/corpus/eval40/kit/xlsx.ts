import ExcelJS from 'exceljs';
import { normalizeOfficeZip } from './zip.js';

export type Cell = string | number | null;

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** 1-based row numbers written bold (header rows). */
  bold?: number[];
  widths?: number[];
  merges?: string[];
}

export interface XlsxSpec {
  sheets: SheetSpec[];
  creator?: string;
  lastModifiedBy?: string;
  title?: string;
  subject?: string;
  company?: string;
  created?: string;
  modified?: string;
}

export async function buildXlsx(spec: XlsxSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const created = new Date(spec.created ?? '2026-09-02T12:00:00Z');
  const modified = new Date(spec.modified ?? '2026-10-14T15:20:00Z');
  wb.creator = spec.creator ?? '';
  wb.lastModifiedBy = spec.lastModifiedBy ?? '';
  wb.created = created;
  wb.modified = modified;
  if (spec.title !== undefined) wb.title = spec.title;
  if (spec.subject !== undefined) wb.subject = spec.subject;
  if (spec.company !== undefined) wb.company = spec.company;
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.rows) ws.addRow(row);
    for (const r of s.bold ?? []) ws.getRow(r).font = { bold: true };
    (s.widths ?? []).forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  return normalizeOfficeZip(raw, created.toISOString().replace(/\.\d{3}Z$/, 'Z'), modified.toISOString().replace(/\.\d{3}Z$/, 'Z'));
}
