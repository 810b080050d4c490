import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { BufferByteSource } from '../../functions/core/bytes/byte-source.js';
import type { ByteSource } from '../../functions/core/bytes/byte-source.js';
import { DocumentRejectedError } from '../../functions/core/classify/errors.js';
import { ZipArchive } from '../../functions/core/classify/extract/zip-archive.js';
import { columnLetters, parseCellRef } from '../../functions/core/office/cell-ref.js';
import { excelSerialToIso, isDateFormat } from '../../functions/core/office/excel-dates.js';
import type { XlsxLimits } from '../../functions/core/office/limits.js';
import type { XlsxRow } from '../../functions/core/office/xlsx-rows.js';
import { XlsxWorkbook, readXlsxRows } from '../../functions/core/office/xlsx-rows.js';
import { fixture } from '../support/fixtures.js';
import { VirtualZip } from '../support/virtual-zip.js';
import type { VirtualEntry } from '../support/virtual-zip.js';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

interface RawSheet {
  name: string;
  /** The <sheetData> content. */
  data: string;
  stored?: boolean;
}

/** A minimal .xlsx written part by part, for what exceljs never writes (inline strings, 1904 dates, hostile XML). */
function rawXlsx(sheets: RawSheet[], opts: { sharedStrings?: string[]; styles?: string; date1904?: boolean; extra?: VirtualEntry[] } = {}): VirtualZip {
  const entries: VirtualEntry[] = [
    {
      name: '_rels/.rels',
      data: Buffer.from(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `<workbook ${NS}>${opts.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>` +
          sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
          '</sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
          '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>' +
          '<Relationship Id="rIdY" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="../xl/styles.xml"/>' +
          '</Relationships>',
      ),
    },
    {
      name: 'xl/sharedStrings.xml',
      data: Buffer.from(`<sst ${NS}>${(opts.sharedStrings ?? []).map((s) => `<si>${s}</si>`).join('')}</sst>`),
    },
    { name: 'xl/styles.xml', data: Buffer.from(opts.styles ?? `<styleSheet ${NS}><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`) },
    ...sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: Buffer.from(`<worksheet ${NS}><sheetData>${s.data}</sheetData></worksheet>`),
      ...(s.stored ? { stored: true } : {}),
    })),
    ...(opts.extra ?? []),
  ];
  return new VirtualZip(entries);
}

async function allRows(source: ByteSource, limits: Partial<XlsxLimits> = {}): Promise<XlsxRow[]> {
  const rows: XlsxRow[] = [];
  for await (const row of readXlsxRows(source, (sheets) => sheets, limits)) rows.push(row);
  return rows;
}

const texts = (row: XlsxRow | undefined): (string | undefined)[] => Array.from(row?.cells ?? [], (c) => c?.text);

async function rejection(promise: Promise<unknown>): Promise<DocumentRejectedError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof DocumentRejectedError) return err;
    throw err;
  }
  throw new Error('expected a DocumentRejectedError');
}

describe('cell references and dates', () => {
  it('converts column letters both ways', () => {
    expect(parseCellRef('A1')).toEqual({ column: 0, row: 1 });
    expect(parseCellRef('AE5')).toEqual({ column: 30, row: 5 });
    expect(parseCellRef('$XFD$1048576')).toEqual({ column: 16_383, row: 1_048_576 });
    expect(parseCellRef('XFE1')).toBeUndefined();
    expect(parseCellRef('1A')).toBeUndefined();
    expect([0, 25, 26, 30, 701, 702, 16_383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AE', 'ZZ', 'AAA', 'XFD']);
  });

  it('knows date formats: built-in 14–22 and 45–47, custom codes with d/m/y', () => {
    for (const id of [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]) expect(isDateFormat(id, undefined)).toBe(true);
    for (const id of [0, 1, 2, 9, 10, 11, 13, 23, 37, 44, 48, 49]) expect(isDateFormat(id, undefined)).toBe(false);
    for (const code of ['m/d/yyyy', 'mm/dd/yy', 'dd-mmm-yyyy', 'yyyy-mm-dd hh:mm', '[$-409]d mmmm yyyy;@', 'mmm yyyy', '[$-F800]dddd, mmmm dd, yyyy']) {
      expect(isDateFormat(164, code)).toBe(true);
    }
    for (const code of ['General', '0.00', '0%', '#,##0;[Red]-#,##0', '[$-F400]h:mm:ss\\ AM/PM', 'h:mm', '"Day "0', '0.00E+00', '@']) {
      expect(isDateFormat(164, code)).toBe(false);
    }
  });

  it('turns serial dates into ISO dates (1900 and 1904 systems)', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(45168)).toBe('2023-08-30');
    expect(excelSerialToIso(45658.5)).toBe('2025-01-01T12:00:00');
    expect(excelSerialToIso(0, true)).toBe('1904-01-01');
    expect(excelSerialToIso(43830, true)).toBe('2024-01-01');
    expect(excelSerialToIso(-1)).toBeUndefined();
    expect(excelSerialToIso(3_000_000)).toBeUndefined();
  });
});

describe('XlsxWorkbook on the FedRAMP templates', () => {
  it('lists the POA&M sheets and reads the header row where the template puts it (row 5)', async () => {
    const workbook = await XlsxWorkbook.open(new BufferByteSource(await readFile(fixture('office/FedRAMP-POAM-Template.xlsx'))));
    try {
      expect(workbook.sheets.map((s) => s.name)).toEqual(['Open POA&M Items', 'Closed POA&M Items', 'Configuration Findings', 'Record of Changes']);
      const rows: XlsxRow[] = [];
      for await (const row of workbook.rows(workbook.sheets[0]!)) rows.push(row);
      // The sheet declares rows down to 1,048,576 (styled, empty): only rows with values come back.
      expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 5]);
      const header = rows[3]!;
      expect(header.cells[0]).toMatchObject({ ref: 'A5', kind: 'string', text: 'POAM ID' });
      expect(header.cells[30]).toMatchObject({ ref: 'AE5', text: 'Service Name' });
      const changes: XlsxRow[] = [];
      for await (const row of workbook.rows(workbook.sheets[3]!)) changes.push(row);
      // "Record of Changes" dates use a custom m/d/yyyy style.
      expect(changes.find((r) => r.row === 4)?.cells[1]).toMatchObject({ kind: 'date', text: '2023-08-30', number: 45168 });
      expect(changes.find((r) => r.row === 5)?.cells[3]).toMatchObject({ kind: 'number', text: '2.1' });
    } finally {
      workbook.close();
    }
  });

  it('reads the inventory template with its two-line headers', async () => {
    const rows = await allRows(new BufferByteSource(await readFile(fixture('office/SSP-A13-FedRAMP-Integrated-Inventory-Workbook-Template.xlsx'))));
    const header = rows.find((r) => r.sheet === 'Inventory' && r.row === 2);
    expect(texts(header).slice(0, 3)).toEqual(['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual']);
  });
});

describe('XlsxWorkbook cell values', () => {
  it('reads shared strings, numbers, booleans, dates and formulas written by exceljs', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data & Dates');
    ws.getCell('A1').value = 'plain text';
    ws.getCell('B1').value = 42.5;
    ws.getCell('C1').value = true;
    ws.getCell('D1').value = new Date(Date.UTC(2025, 0, 15));
    ws.getCell('E1').value = new Date(Date.UTC(2025, 0, 15));
    ws.getCell('E1').numFmt = 'dd/mm/yyyy';
    ws.getCell('F1').value = new Date(Date.UTC(2025, 0, 15, 13, 30));
    ws.getCell('F1').numFmt = 'yyyy-mm-dd hh:mm';
    ws.getCell('G1').value = 0.25;
    ws.getCell('G1').numFmt = '0.00%';
    ws.getCell('H1').value = 1234.5;
    ws.getCell('H1').numFmt = '#,##0.00';
    ws.getCell('I1').value = { formula: 'A1&"!"', result: 'plain text!' };
    ws.getCell('J1').value = { richText: [{ text: 'rich ' }, { text: 'text', font: { bold: true } }] };
    ws.getCell('AB12').value = 'far away';
    const source = new BufferByteSource(Buffer.from(await wb.xlsx.writeBuffer()));
    const rows = await allRows(source);
    expect(rows.map((r) => r.row)).toEqual([1, 12]);
    const cells = rows[0]!.cells;
    expect(cells[0]).toMatchObject({ ref: 'A1', kind: 'string', text: 'plain text' });
    expect(cells[1]).toMatchObject({ kind: 'number', text: '42.5', number: 42.5 });
    expect(cells[2]).toMatchObject({ kind: 'boolean', text: 'TRUE' });
    expect(cells[3]).toMatchObject({ kind: 'date', text: '2025-01-15' });
    expect(cells[4]).toMatchObject({ kind: 'date', text: '2025-01-15' });
    expect(cells[5]).toMatchObject({ kind: 'date', text: '2025-01-15T13:30:00' });
    expect(cells[6]).toMatchObject({ kind: 'number', text: '0.25' });
    expect(cells[7]).toMatchObject({ kind: 'number', text: '1234.5' });
    expect(cells[8]).toMatchObject({ kind: 'string', text: 'plain text!' });
    expect(cells[9]).toMatchObject({ kind: 'string', text: 'rich text' });
    expect(rows[1]!.sheet).toBe('Data & Dates');
    expect(rows[1]!.cells[27]).toMatchObject({ ref: 'AB12', text: 'far away' });
  });

  it('reads inline and rich strings (without phonetic runs), errors, ISO date cells, 1904 dates and cells without references', async () => {
    const styles =
      `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>` +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const zip = rawXlsx(
      [
        {
          name: 'Items',
          data:
            '<row r="3"><c r="B3" t="inlineStr"><is><t>inline</t></is></c><c r="C3" t="inlineStr"><is><r><t>ri</t></r><r><t xml:space="preserve">ch </t></r><rPh><t>ふりがな</t></rPh></is></c>' +
            '<c r="D3" t="e"><v>#N/A</v></c><c r="E3" t="d"><v>2025-02-03T00:00:00Z</v></c><c r="F3" s="1"><v>0</v></c><c r="G3" s="2"><f>TODAY()</f><v>43830</v></c>' +
            '<c r="H3" t="s"><v>1</v></c><c r="I3" t="b"><v>0</v></c><c r="J3" t="str"><f>"x"</f><v>x &amp; y</v></c><c r="K3"/><c r="L3" t="s"><v>99</v></c></row>' +
            '<row><c t="inlineStr"><is><t>no refs</t></is></c><c><v>7</v></c></row>',
        },
      ],
      { sharedStrings: ['<t>zero</t>', '<r><t>one</t></r><r><t> more</t></r>'], styles, date1904: true },
    );
    const rows = await allRows(zip);
    expect(rows).toHaveLength(2);
    const [row3, row4] = rows;
    expect(row3!.row).toBe(3);
    expect(texts(row3)).toEqual([undefined, 'inline', 'rich ', '#N/A', '2025-02-03', '1904-01-01', '2024-01-01', 'one more', 'FALSE', 'x & y']);
    expect(row3!.cells[3]?.kind).toBe('error');
    expect(row3!.cells[4]?.kind).toBe('date');
    expect(row4).toMatchObject({ row: 4 });
    expect(texts(row4)).toEqual(['no refs', '7']);
    expect(row4!.cells[1]?.ref).toBe('B4');
  });
});

describe('XlsxWorkbook streams and bounds', () => {
  const bigSheet = (rows: number): string =>
    Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>asset-${i}</t></is></c><c r="B${i + 1}"><v>${i}</v></c></row>`).join('');

  it('streams a sheet: stopping after a few rows reads a small part of a large stored sheet', async () => {
    const zip = rawXlsx([{ name: 'Big', data: bigSheet(200_000), stored: true }]);
    expect(zip.size).toBeGreaterThan(15 * 1024 * 1024);
    const seen: XlsxRow[] = [];
    for await (const row of readXlsxRows(zip, (s) => s)) {
      seen.push(row);
      if (seen.length === 10) break;
    }
    expect(texts(seen[9])).toEqual(['asset-9', '9']);
    const bytesRead = zip.reads.reduce((n, r) => n + r.length, 0);
    expect(bytesRead).toBeLessThan(1024 * 1024);
  });

  it('reads every row of a large sheet in chunks, never with one read of the whole part', async () => {
    const zip = rawXlsx([{ name: 'Big', data: bigSheet(100_000), stored: true }]);
    let count = 0;
    for await (const row of readXlsxRows(zip, (s) => s)) count += row.cells[1]?.number === count ? 1 : 0;
    expect(count).toBe(100_000);
    // 64 KiB chunks of the part (the end-of-archive probe is 22 + 65,535 + 20 bytes).
    expect(Math.max(...zip.reads.map((r) => r.length))).toBeLessThanOrEqual(65_577);
    expect(zip.reads.length).toBeGreaterThan(zip.size / (64 * 1024));
  });

  it('refuses a workbook with more rows than allowed', async () => {
    const err = await rejection(allRows(rawXlsx([{ name: 'Big', data: bigSheet(1000) }]), { maxRows: 500 }));
    expect(err.kind).toBe('hostile');
    expect(err.message).toMatch(/more than 500 rows/);
  });

  it('refuses a value past the column limit', async () => {
    const err = await rejection(allRows(rawXlsx([{ name: 'Wide', data: '<row r="1"><c r="ZZ1"><v>1</v></c></row>' }]), { maxColumns: 100 }));
    expect(err.kind).toBe('hostile');
    expect(err.message).toMatch(/ZZ1/);
  });

  it('refuses a workbook that inflates beyond its byte budget (declared, and while streaming)', async () => {
    const zip = rawXlsx([{ name: 'Big', data: bigSheet(20_000) }]);
    const declared = await rejection(allRows(zip, { maxInflatedBytes: 200_000 }));
    expect(declared.kind).toBe('hostile');
    // Two sheets, each under the budget, together over it.
    const two = rawXlsx([
      { name: 'One', data: bigSheet(2000) },
      { name: 'Two', data: bigSheet(2000) },
    ]);
    const streamed = await rejection(allRows(two, { maxInflatedBytes: 200_000 }));
    expect(streamed.kind).toBe('hostile');
  });

  it('refuses a zip bomb before inflating anything', async () => {
    const zip = rawXlsx([{ name: 'Sheet1', data: '<row r="1"><c r="A1"><v>1</v></c></row>' }], {
      extra: [{ name: 'xl/media/bomb.bin', data: Buffer.alloc(16 * 1024 * 1024, 0x20) }],
    });
    const err = await rejection(XlsxWorkbook.open(zip));
    expect(err.kind).toBe('hostile');
    expect(err.message).toMatch(/zip bomb/);
  });

  it('refuses a DOCTYPE in a worksheet (no entity is ever expanded)', async () => {
    const entries: VirtualEntry[] = [
      { name: '_rels/.rels', data: Buffer.from('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="x/officeDocument" Target="xl/workbook.xml"/></Relationships>') },
      { name: 'xl/workbook.xml', data: Buffer.from(`<workbook ${NS}><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
      { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>') },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: Buffer.from(`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`),
      },
    ];
    const err = await rejection(allRows(new VirtualZip(entries)));
    expect(err.kind).toBe('hostile');
    expect(err.message).toMatch(/DTD/);
  });

  it('calls malformed XML, bad cell references and non-zip input unreadable', async () => {
    const broken = await rejection(allRows(rawXlsx([{ name: 'S', data: '<row r="1"><c r="A1"><v>1</v></row>' }])));
    expect(broken.kind).toBe('unreadable');
    const badRef = await rejection(allRows(rawXlsx([{ name: 'S', data: '<row r="1"><c r="A-1"><v>1</v></c></row>' }])));
    expect(badRef.kind).toBe('unreadable');
    const notZip = await rejection(XlsxWorkbook.open(new BufferByteSource(Buffer.from('Plugin ID,Host\n1,10.0.0.1\n'))));
    expect(notZip.kind).toBe('unreadable');
    const noWorkbook = await rejection(XlsxWorkbook.open(new VirtualZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }])));
    expect(noWorkbook.kind).toBe('unreadable');
  });
});

describe('ZipArchive.openStream', () => {
  const archive = (data: Buffer): VirtualZip => new VirtualZip([{ name: 'part.xml', data }]);
  const drain = async (stream: NodeJS.ReadableStream): Promise<number> => {
    let n = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) n += chunk.byteLength;
    return n;
  };

  it('streams a whole part, uncapped by the classification budget', async () => {
    const zip = await ZipArchive.open(archive(randomBytes(5 * 1024 * 1024)));
    try {
      expect(await drain((await zip.openStream('part.xml', { maxInflated: 8 * 1024 * 1024 }))!)).toBe(5 * 1024 * 1024);
      expect(await zip.openStream('missing.xml', { maxInflated: 1 })).toBeUndefined();
      // readText still stops at its cap.
      expect((await zip.readText('part.xml', 1000))?.truncated).toBe(true);
    } finally {
      zip.close();
    }
  });

  it('refuses a part declared larger than the cap', async () => {
    const zip = await ZipArchive.open(archive(Buffer.alloc(100_000, 0x41)));
    try {
      const err = await rejection(zip.openStream('part.xml', { maxInflated: 50_000 }));
      expect(err.kind).toBe('hostile');
    } finally {
      zip.close();
    }
  });
});
