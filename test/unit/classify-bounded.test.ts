import { classifyDocument, CLASSIFY_LIMITS } from '../../functions/core/classify/index.js';
import { VirtualZip } from '../support/virtual-zip.js';

const GiB = 1024 * 1024 * 1024;

const docxParts = (title: string) => [
  {
    name: '[Content_Types].xml',
    data: Buffer.from(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
  },
  {
    name: 'word/document.xml',
    data: Buffer.from(
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
        `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>${title}</w:t></w:r></w:p>` +
        '<w:p><w:r><w:t>System owner, authorizing official and the control implementation summary follow.</w:t></w:r></w:p>' +
        '</w:body></w:document>',
    ),
  },
];

describe('classification cost does not grow with file size', () => {
  it.each([
    ['1 MiB', 1024 * 1024],
    ['64 MiB', 64 * 1024 * 1024],
    ['1 GiB', GiB],
  ])('a %s docx is classified reading at most 2 MiB', async (_label, mediaSize) => {
    // The large part is an embedded video stored at the front of the archive, as Word does.
    const zip = new VirtualZip([{ name: 'word/media/video1.mp4', zeros: mediaSize }, ...docxParts('System Security Plan')]);
    const result = await classifyDocument(zip);
    expect(result.type).toBe('SSP');
    expect(result.bytesRead).toBeLessThanOrEqual(CLASSIFY_LIMITS.readBudget);
    expect(result.bytesRead).toBeLessThan(300 * 1024);
    expect(zip.size).toBeGreaterThan(mediaSize);
  });

  it('a 1 GiB xlsx whose first sheet is huge reads only the start of it', async () => {
    const sheetHead =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>UNIQUE ASSET IDENTIFIER</t></is></c><c r="B1" t="inlineStr"><is><t>IPv4 or IPv6 Address</t></is></c>' +
      '<c r="C1" t="inlineStr"><is><t>Virtual</t></is></c><c r="D1" t="inlineStr"><is><t>Public</t></is></c><c r="E1" t="inlineStr"><is><t>DNS Name or URL</t></is></c></row>';
    const rows = Array.from({ length: 200_000 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>asset-${i}</t></is></c></row>`).join('');
    const zip = new VirtualZip([
      { name: 'xl/media/image1.png', zeros: GiB },
      {
        name: '[Content_Types].xml',
        data: Buffer.from(
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        ),
      },
      {
        name: 'xl/workbook.xml',
        data: Buffer.from(
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Inventory" sheetId="1" r:id="rId1"/></sheets></workbook>',
        ),
      },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: Buffer.from(
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        ),
      },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(`${sheetHead}${rows}</sheetData></worksheet>`) },
    ]);
    const result = await classifyDocument(zip);
    expect(result.type).toBe('INVENTORY');
    expect(result.bytesRead).toBeLessThanOrEqual(CLASSIFY_LIMITS.readBudget);
  });

  it('refuses an archive listing more entries than the limit, from its end record alone', async () => {
    const entries = Array.from({ length: CLASSIFY_LIMITS.maxZipEntries + 1 }, (_, i) => ({ name: `m/${i}`, data: Buffer.from('x'), stored: true }));
    const zip = new VirtualZip([...docxParts('System Security Plan'), ...entries]);
    const result = await classifyDocument(zip);
    expect(result.type).toBe('UNKNOWN');
    expect(result.error).toMatch(/entries/);
    expect(result.bytesRead).toBeLessThanOrEqual(256 * 1024);
  });

  it('never asks the source for more than the budget, even for a huge central directory', async () => {
    const longName = 'x'.repeat(400);
    const entries = Array.from({ length: 12_000 }, (_, i) => ({ name: `word/media/${longName}-${i}.bin`, data: Buffer.from('x'), stored: true }));
    const zip = new VirtualZip([...docxParts('System Security Plan'), ...entries]);
    const result = await classifyDocument(zip);
    expect(result.type).toBe('UNKNOWN');
    expect(result.error).toMatch(/budget/);
    expect(result.bytesRead).toBeLessThanOrEqual(CLASSIFY_LIMITS.readBudget);
  });
});
