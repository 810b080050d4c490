import type { Readable } from 'node:stream';
import type { ByteSource } from '../bytes/byte-source.js';
import { hostile } from '../classify/errors.js';
import type { SaxHandlers } from '../classify/extract/safe-sax.js';
import { ZipArchive } from '../classify/extract/zip-archive.js';
import type { XlsxLimits } from './limits.js';
import { XLSX_LIMITS } from './limits.js';
import { SafeSaxStream } from './sax-stream.js';
import type { XlsxRow } from './sheet-rows.js';
import { sheetRowHandlers } from './sheet-rows.js';
import type { PartSource, XlsxSheet } from './xlsx-parts.js';
import { readDateStyles, readSharedStrings, readWorkbookParts } from './xlsx-parts.js';

export type { XlsxCell, XlsxCellKind, XlsxRow } from './sheet-rows.js';
export type { XlsxSheet } from './xlsx-parts.js';

/**
 * An .xlsx opened from a ByteSource for reading every row of chosen sheets. The zip is read by range
 * (never whole) and each worksheet part is streamed through the safe SAX parser chunk by chunk, so
 * memory holds the shared strings and one chunk's rows, not the sheet. Limits (XLSX_LIMITS) on
 * inflated bytes, rows and columns refuse hostile workbooks with a DocumentRejectedError.
 */
export class XlsxWorkbook implements PartSource {
  private inflated = 0;
  private rowsRead = 0;
  private strings: string[] = [];
  private dateStyles: boolean[] = [];
  private info: { sheets: XlsxSheet[]; date1904: boolean } = { sheets: [], date1904: false };

  private constructor(
    private readonly zip: ZipArchive,
    readonly limits: XlsxLimits,
  ) {}

  static async open(source: ByteSource, limits: Partial<XlsxLimits> = {}): Promise<XlsxWorkbook> {
    const zip = await ZipArchive.open(source);
    const workbook = new XlsxWorkbook(zip, { ...XLSX_LIMITS, ...limits });
    try {
      const parts = await readWorkbookParts(workbook);
      workbook.info = { sheets: parts.sheets, date1904: parts.date1904 };
      workbook.dateStyles = await readDateStyles(workbook, parts.styles);
      workbook.strings = await readSharedStrings(workbook, parts.sharedStrings, workbook.limits);
    } catch (err) {
      workbook.close();
      throw err;
    }
    return workbook;
  }

  /** Sheets in tab order. */
  get sheets(): readonly XlsxSheet[] {
    return this.info.sheets;
  }

  /** Whether serial dates count from 1904 (for numbers that are dates without a date format). */
  get date1904(): boolean {
    return this.info.date1904;
  }

  /** Decompressed bytes read so far. */
  get bytesInflated(): number {
    return this.inflated;
  }

  has(name: string): boolean {
    return this.zip.has(name);
  }

  async parse(name: string, handlers: SaxHandlers): Promise<boolean> {
    const stream = await this.open(name);
    if (!stream) return false;
    const sax = new SafeSaxStream(handlers, { maxDepth: this.limits.maxDepth, label: name });
    try {
      for await (const chunk of this.metered(stream, name)) {
        sax.write(chunk);
        if (sax.done) return true;
      }
      sax.end();
    } finally {
      stream.destroy();
    }
    return true;
  }

  /**
   * Every row of a sheet that holds a value, in order, streamed: rows are parsed as chunks of the
   * part arrive. Stopping early (break) stops reading the part.
   */
  async *rows(sheet: XlsxSheet): AsyncGenerator<XlsxRow> {
    if (!sheet.part) return;
    const stream = await this.open(sheet.part);
    if (!stream) return;
    const pending: XlsxRow[] = [];
    const handlers = sheetRowHandlers({
      sheet: sheet.name,
      label: `${sheet.part} ('${sheet.name}')`,
      strings: this.strings,
      dateStyles: this.dateStyles,
      date1904: this.date1904,
      limits: this.limits,
      emit: (row) => {
        if (++this.rowsRead > this.limits.maxRows) {
          throw hostile(`the workbook has more than ${this.limits.maxRows} rows with values`);
        }
        pending.push(row);
      },
    });
    const sax = new SafeSaxStream(handlers, { maxDepth: this.limits.maxDepth, label: sheet.part });
    try {
      for await (const chunk of this.metered(stream, sheet.part)) {
        sax.write(chunk);
        yield* pending.splice(0);
      }
      sax.end();
      yield* pending.splice(0);
    } finally {
      stream.destroy();
    }
  }

  close(): void {
    this.zip.close();
  }

  private async open(name: string): Promise<Readable | undefined> {
    if (!this.zip.has(name)) return undefined;
    const remaining = this.limits.maxInflatedBytes - this.inflated;
    if (remaining <= 0) throw hostile(`the workbook inflates beyond ${this.limits.maxInflatedBytes} bytes (at ${name})`);
    return this.zip.openStream(name, { maxInflated: remaining });
  }

  private async *metered(stream: Readable, name: string): AsyncGenerator<Buffer> {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      this.inflated += chunk.byteLength;
      if (this.inflated > this.limits.maxInflatedBytes) {
        throw hostile(`the workbook inflates beyond ${this.limits.maxInflatedBytes} bytes (at ${name})`);
      }
      yield chunk;
    }
  }
}

/** Reads every row of the chosen sheets of an .xlsx; the workbook is closed afterwards. */
export async function* readXlsxRows(
  source: ByteSource,
  choose: (sheets: readonly XlsxSheet[]) => readonly XlsxSheet[],
  limits: Partial<XlsxLimits> = {},
): AsyncGenerator<XlsxRow> {
  const workbook = await XlsxWorkbook.open(source, limits);
  try {
    for (const sheet of choose(workbook.sheets)) yield* workbook.rows(sheet);
  } finally {
    workbook.close();
  }
}
