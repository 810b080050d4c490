import ExcelJS from 'exceljs';
import { FIXED_DATE, rezip } from './zip.js';

/** A new workbook with fixed metadata dates. */
export function newWorkbook(creator = 'Veridoc Labs'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** Loads an existing workbook (a template) and pins its dates. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.lastModifiedBy = 'svc-grc-export';
  return wb;
}

/** Adds rows and makes the header row bold. */
export function addSheet(wb: ExcelJS.Workbook, name: string, rows: (string | number | Date | null)[][], boldRow = 1): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  for (const r of rows) ws.addRow(r);
  if (boldRow > 0) ws.getRow(boldRow).font = { bold: true };
  ws.columns.forEach((c) => {
    c.width = 22;
  });
  return ws;
}

export async function saveWorkbook(wb: ExcelJS.Workbook): Promise<Buffer> {
  return rezip(Buffer.from(await wb.xlsx.writeBuffer()));
}

/** Quoted CSV text. */
export function toCsv(rows: (string | number)[][]): string {
  const q = (v: string | number): string => {
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${rows.map((r) => r.map(q).join(',')).join('\r\n')}\r\n`;
}
