import ExcelJS from 'exceljs';
import { repackOoxml } from './zip.js';
import type { OfficeProps } from './zip.js';

export type Cell = string | number | Date | null;

export interface SheetSpec {
  readonly name: string;
  /** Rows from row 1; `null` leaves a cell empty. */
  readonly rows: readonly (readonly Cell[])[];
  /** 1-based row number of the header row to bold and freeze under (Google's frozen header). */
  readonly headerRow?: number;
  readonly freeze?: boolean;
  readonly widths?: readonly number[];
  /** Merge ranges such as 'A1:F1'. */
  readonly merges?: readonly string[];
  /** Cell notes (Google comments come out as notes): address → text. */
  readonly notes?: Readonly<Record<string, string>>;
  readonly strikeRows?: readonly number[];
  readonly hidden?: boolean;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly props: OfficeProps;
}

export async function renderXlsx(spec: WorkbookSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2026, 9, 14, 9, 30, 0));
  wb.created = fixed;
  wb.modified = fixed;
  wb.creator = '';
  wb.lastModifiedBy = '';
  for (const sh of spec.sheets) {
    const ws = wb.addWorksheet(sh.name, {
      state: sh.hidden ? 'hidden' : 'visible',
      views: sh.freeze && sh.headerRow !== undefined ? [{ state: 'frozen', ySplit: sh.headerRow, xSplit: 0 }] : [],
    });
    sh.rows.forEach((row, r) => {
      const xr = ws.getRow(r + 1);
      row.forEach((v, c) => {
        if (v !== null) xr.getCell(c + 1).value = v;
      });
      if (sh.headerRow === r + 1) xr.font = { bold: true };
      if (sh.strikeRows?.includes(r + 1)) xr.font = { strike: true };
    });
    (sh.widths ?? []).forEach((w, c) => {
      ws.getColumn(c + 1).width = w;
    });
    for (const m of sh.merges ?? []) ws.mergeCells(m);
    for (const [addr, text] of Object.entries(sh.notes ?? {})) ws.getCell(addr).note = text;
  }
  const raw = await wb.xlsx.writeBuffer();
  return repackOoxml(new Uint8Array(raw as ArrayBuffer), spec.props);
}
