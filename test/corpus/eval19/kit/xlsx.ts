import ExcelJS from 'exceljs';
import { normalizeOfficeZip } from './zipfix.js';

export interface BookMeta {
  creator?: string;
  lastModifiedBy?: string;
  title?: string;
  subject?: string;
  company?: string;
  created?: string;
  modified?: string;
}

/** A new workbook with fixed properties. */
export function newBook(meta: BookMeta = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator ?? '';
  wb.lastModifiedBy = meta.lastModifiedBy ?? meta.creator ?? '';
  if (meta.title !== undefined) wb.title = meta.title;
  if (meta.subject !== undefined) wb.subject = meta.subject;
  if (meta.company !== undefined) wb.company = meta.company;
  wb.created = new Date(meta.created ?? '2026-01-08T13:00:00Z');
  wb.modified = new Date(meta.modified ?? '2026-03-09T20:15:00Z');
  return wb;
}

/** Adds rows to a sheet, bolding the header row and setting column widths from the content. */
export function addRows(ws: ExcelJS.Worksheet, rows: (string | number | Date | null)[][], headerRow?: number): void {
  for (const r of rows) ws.addRow(r);
  if (headerRow !== undefined) {
    const row = ws.getRow(headerRow);
    row.font = { bold: true };
    row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  }
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.min(60, Math.max(widths[i] ?? 8, String(c ?? '').length + 2))));
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** Writes the workbook with fixed zip timestamps and core-property dates. */
export async function bookBuffer(wb: ExcelJS.Workbook, meta: BookMeta = {}): Promise<Buffer> {
  const raw = await wb.xlsx.writeBuffer();
  return normalizeOfficeZip(Buffer.from(raw as ArrayBuffer), meta.created ?? '2026-01-08T13:00:00Z', meta.modified ?? '2026-03-09T20:15:00Z');
}

/** CSV with RFC 4180 quoting. */
export function toCsv(rows: (string | number)[][], eol = '\r\n'): string {
  const q = (v: string | number): string => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(q).join(',')).join(eol) + eol;
}
