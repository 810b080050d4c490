import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';

function streamText(obj: PDFObject | undefined): string {
  if (!(obj instanceof PDFRawStream)) return '';
  const ops = Buffer.from(decodePDFRawStream(obj).decode()).toString('latin1');
  const parts: string[] = [];
  for (const m of ops.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) parts.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
  for (const m of ops.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)) parts.push(m[1] ?? '');
  return parts.join('\n');
}

/** The text drawn by a PDF's page content streams (hex and literal strings shown with Tj), for the self-check. */
export async function pdfText(buf: Buffer): Promise<{ pages: number; text: string }> {
  const pdf = await PDFDocument.load(buf, { updateMetadata: false });
  const out: string[] = [];
  for (const page of pdf.getPages()) {
    const contents = page.node.Contents();
    if (contents instanceof PDFArray) for (let i = 0; i < contents.size(); i++) out.push(streamText(pdf.context.lookup(contents.get(i))));
    else out.push(streamText(contents));
  }
  return { pages: pdf.getPageCount(), text: out.join('\n') };
}
