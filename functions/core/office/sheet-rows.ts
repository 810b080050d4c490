import { hostile, unreadable } from '../classify/errors.js';
import type { SaxHandlers } from '../classify/extract/safe-sax.js';
import { cellRef, parseCellRef } from './cell-ref.js';
import { excelSerialToIso } from './excel-dates.js';
import type { XlsxLimits } from './limits.js';

export type XlsxCellKind = 'string' | 'number' | 'boolean' | 'date' | 'error';

export interface XlsxCell {
  /** A1 reference, `B12`. */
  ref: string;
  /** 0-based column. */
  column: number;
  kind: XlsxCellKind;
  /**
   * The value as text: strings as written, numbers in JavaScript notation, booleans `TRUE`/`FALSE`,
   * errors as shown (`#N/A`), dates as ISO (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS` with a time of day).
   */
  text: string;
  /** The number of a number, boolean (1/0) or serial date cell; undefined otherwise. */
  number: number | undefined;
}

export interface XlsxRow {
  sheet: string;
  /** 1-based row number, as Excel shows it. */
  row: number;
  /** Cells by 0-based column, with holes where cells are empty. */
  cells: readonly (XlsxCell | undefined)[];
}

export interface SheetContext {
  sheet: string;
  label: string;
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  limits: XlsxLimits;
  /** Called for every row that holds a value; may throw to refuse the workbook. */
  emit(row: XlsxRow): void;
}

interface OpenCell {
  /** The reference as written, when it was. */
  ref: string | undefined;
  column: number;
  type: string;
  style: number;
  parts: string[];
  length: number;
}

/** SAX handlers that turn a worksheet part into rows of typed cells, skipping empty cells and rows. */
export function sheetRowHandlers(ctx: SheetContext): SaxHandlers {
  let rowNumber = 0;
  let cells: (XlsxCell | undefined)[] | undefined;
  let nextColumn = 0;
  let cell: OpenCell | undefined;
  let capture = false;
  let inInline = false;
  let phonetic = 0;
  const { limits } = ctx;

  return {
    open(tag) {
      switch (tag.local) {
        case 'row': {
          const r = Number(tag.attributes['r']);
          rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
          cells = [];
          nextColumn = 0;
          break;
        }
        case 'c': {
          const ref = tag.attributes['r'];
          const parsed = ref === undefined ? undefined : parseCellRef(ref);
          if (ref !== undefined && !parsed) throw unreadable(`${ctx.label}: '${ref}' is not a cell reference`);
          const column = parsed?.column ?? nextColumn;
          nextColumn = column + 1;
          cell = { ref: parsed ? ref : undefined, column, type: tag.attributes['t'] ?? 'n', style: Number(tag.attributes['s'] ?? 0), parts: [], length: 0 };
          break;
        }
        case 'v':
          capture = cell !== undefined;
          break;
        case 'is':
          inInline = true;
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          capture = cell !== undefined && inInline && phonetic === 0;
          break;
      }
    },
    text(t) {
      if (!capture || !cell || cell.length >= limits.maxCellChars) return;
      const piece = t.slice(0, limits.maxCellChars - cell.length);
      cell.parts.push(piece);
      cell.length += piece.length;
    },
    close(local) {
      switch (local) {
        case 'v':
        case 't':
          capture = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c': {
          const done = cell && toCell(cell, rowNumber, ctx);
          cell = undefined;
          if (!done || !cells) break;
          if (done.column >= limits.maxColumns) {
            throw hostile(`${ctx.label}: a value in column ${done.ref}, past the ${limits.maxColumns}-column limit`);
          }
          cells[done.column] = done;
          break;
        }
        case 'row':
          if (cells && cells.length > 0) ctx.emit({ sheet: ctx.sheet, row: rowNumber, cells });
          cells = undefined;
          break;
      }
    },
  };
}

/** One object shape for every cell keeps property access monomorphic on large sheets. */
function makeCell(open: OpenCell, row: number, kind: XlsxCellKind, text: string, number?: number): XlsxCell {
  return { ref: open.ref ?? cellRef(open.column, row), column: open.column, kind, text, number };
}

function toCell(open: OpenCell, row: number, ctx: SheetContext): XlsxCell | undefined {
  const raw = open.parts.length === 1 ? open.parts[0]! : open.parts.join('');
  switch (open.type) {
    case 's': {
      const text = ctx.strings[Number(raw)] ?? '';
      return text === '' ? undefined : makeCell(open, row, 'string', text);
    }
    case 'inlineStr':
    case 'str':
      return raw === '' ? undefined : makeCell(open, row, 'string', raw);
    case 'b': {
      const flag = raw.trim().toLowerCase();
      if (flag === '') return undefined;
      const value = flag === '1' || flag === 'true';
      return makeCell(open, row, 'boolean', value ? 'TRUE' : 'FALSE', value ? 1 : 0);
    }
    case 'e':
      return raw === '' ? undefined : makeCell(open, row, 'error', raw.trim());
    case 'd': {
      const text = raw.trim().replace(/T00:00:00(?:\.0+)?Z?$/, '');
      return text === '' ? undefined : makeCell(open, row, 'date', text);
    }
    default: {
      if (raw.trim() === '') return undefined;
      const number = Number(raw);
      if (!Number.isFinite(number)) return makeCell(open, row, 'string', raw);
      if (ctx.dateStyles[open.style] === true) {
        const iso = excelSerialToIso(number, ctx.date1904);
        if (iso !== undefined) return makeCell(open, row, 'date', iso, number);
      }
      return makeCell(open, row, 'number', String(number), number);
    }
  }
}
