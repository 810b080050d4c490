import ExcelJS from 'exceljs';
import { fixCoreDates, normalizeZip } from './zip.js';

export type Cell = string | number | boolean | Date | null;

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** 1-based row numbers to print in bold with a fill (header rows). */
  headerRows?: number[];
  widths?: number[];
  merges?: string[];
  freeze?: number;
}

export interface XlsxMeta {
  creator?: string;
  lastModifiedBy?: string;
  title?: string;
  subject?: string;
  company?: string;
}

const FIXED_CREATED = new Date(Date.UTC(2024, 10, 4, 16, 0, 0));
const FIXED_MODIFIED = new Date(Date.UTC(2025, 2, 12, 21, 45, 0));

/** Builds an .xlsx workbook with fixed metadata dates and zip timestamps. */
export async function buildXlsx(sheets: readonly SheetSpec[], meta: XlsxMeta = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_CREATED;
  wb.modified = FIXED_MODIFIED;
  if (meta.creator !== undefined) wb.creator = meta.creator;
  if (meta.lastModifiedBy !== undefined) wb.lastModifiedBy = meta.lastModifiedBy;
  if (meta.title !== undefined) wb.title = meta.title;
  if (meta.subject !== undefined) wb.subject = meta.subject;
  if (meta.company !== undefined) wb.company = meta.company;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.freeze ? { views: [{ state: 'frozen', ySplit: s.freeze }] } : {});
    s.rows.forEach((r, i) => {
      const row = ws.getRow(i + 1);
      r.forEach((v, j) => {
        if (v !== null) row.getCell(j + 1).value = v;
      });
      if (s.headerRows?.includes(i + 1)) {
        row.eachCell((c) => {
          c.font = { bold: true };
          c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
          c.alignment = { wrapText: true, vertical: 'top' };
        });
      }
    });
    (s.widths ?? []).forEach((w, j) => {
      ws.getColumn(j + 1).width = w;
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  const raw = await wb.xlsx.writeBuffer();
  return normalizeZip(Buffer.from(raw as ArrayBuffer), fixCoreDates('2024-11-04T16:00:00Z', '2025-03-12T21:45:00Z'));
}

/** A deterministic pseudo-random generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rnd: () => number, xs: readonly T[]): T {
  const v = xs[Math.floor(rnd() * xs.length)];
  if (v === undefined) throw new Error('pick from empty list');
  return v;
}

/** CSV text with RFC 4180 quoting. */
export function toCsv(rows: readonly Cell[][], eol = '\r\n'): string {
  const q = (v: Cell): string => {
    if (v === null) return '';
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(q).join(',')).join(eol) + eol;
}
