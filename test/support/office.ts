import { Document, Header, HeadingLevel, Packer, Paragraph, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export interface DocxSpec {
  /** Core-properties title (document metadata). */
  title?: string;
  /** Text of the page header. */
  header?: string;
  paragraphs: { text: string; heading?: boolean }[];
}

/** A real .docx built with the `docx` library. */
export async function makeDocx(spec: DocxSpec): Promise<Buffer> {
  const doc = new Document({
    ...(spec.title ? { title: spec.title } : {}),
    sections: [
      {
        ...(spec.header ? { headers: { default: new Header({ children: [new Paragraph(spec.header)] }) } } : {}),
        children: spec.paragraphs.map((p) => (p.heading ? new Paragraph({ text: p.text, heading: HeadingLevel.HEADING_1 }) : new Paragraph(p.text))),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A real .xlsx built with exceljs. */
export async function makeXlsx(sheets: { name: string; rows: (string | number)[][] }[], title?: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (title) wb.title = title;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A real PDF built with pdf-lib: one page per entry of `pages`, lines of text each. */
export async function makePdf(pages: string[][], title?: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  if (title) pdf.setTitle(title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([612, 792]);
    lines.forEach((line, i) => page.drawText(line, { x: 72, y: 720 - i * 16, size: 11, font }));
  }
  return Buffer.from(await pdf.save());
}

/** A docx table row of plain-text cells, for documents the tests build with the `docx` library. */
export function docxRow(cells: readonly string[]): TableRow {
  return new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) });
}
