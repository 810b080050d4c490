import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream, PDFArray } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';

const BACK: Record<number, string> = { 1: 'ﬁ', 2: 'ﬂ', 0x96: '–', 0x97: '—', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0xa7: '§', 0xa9: '©', 0xae: '®', 0xb0: '°', 0xd7: '×', 0xe9: 'é', 0x85: '…', 0x99: '™', 0xb1: '±' };

/**
 * The text layer of a PDF this kit wrote (hex strings under our own single-byte encoding), one line per
 * text object, the way a text extractor reads it. Only for the self-check: it opens the file with pdf-lib.
 */
export async function pdfText(data: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await PDFDocument.load(data);
  const out: string[] = [];
  for (const page of doc.getPages()) {
    const contents: PDFObject | undefined = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : contents !== undefined ? [contents] : [];
    for (const ref of refs) {
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const raw = Buffer.from(stream.contents);
      const text = stream.dict.get(PDFName.of('Filter')) !== undefined ? inflateSync(raw).toString('latin1') : raw.toString('latin1');
      for (const obj of text.split('ET')) {
        const strings = [...obj.matchAll(/<([0-9a-f]*)>\s*Tj/g)].map((m) =>
          (m[1]?.match(/../g) ?? []).map((h) => {
            const b = parseInt(h, 16);
            return BACK[b] ?? String.fromCharCode(b);
          }).join(''),
        );
        if (strings.length > 0) out.push(strings.join(''));
      }
    }
  }
  return { pages: doc.getPageCount(), text: out.join('\n') };
}
