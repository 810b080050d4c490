/**
 * Adds a digital-signature field to a finished PDF as an incremental update (what Acrobat does when
 * an official signs), then optionally a second update after the signature (a receipt stamp). The
 * /Contents is deterministic filler of the size a PKCS#7 blob takes, not a verifiable signature.
 */
import { createHash } from 'node:crypto';
import { appendUpdate, pdfString, streamBody, type PdfBody } from './pdf-objects.js';
import type { BuiltPdf } from './pdf-doc.js';

const SIG_BYTES = 4096;

export function signPdf(doc: BuiltPdf, signer: { name: string; reason: string; date: string; location: string }): { bytes: Buffer; size: number; page1: string; catalog: string; field: number } {
  const first = doc.pages[0]!;
  const sigNum = doc.size;
  const fieldNum = doc.size + 1;
  const size = doc.size + 2;
  const filler = createHash('sha512').update(signer.name + signer.date).digest('hex').toUpperCase();
  const contents = ('3082' + filler.repeat(8)).slice(0, 1400).padEnd(SIG_BYTES * 2, '0');
  const placeholder = '/ByteRange [0 0000000000 0000000000 0000000000]';
  const sig = `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached ${placeholder} /Contents <${contents}> /Name ${pdfString(signer.name)} /Reason ${pdfString(signer.reason)} /Location ${pdfString(signer.location)} /M ${pdfString(signer.date)} >>`;
  const field = `<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /V ${sigNum} 0 R /F 132 /Rect [0 0 0 0] /P ${first.num} 0 R >>`;
  const page1 = first.body.replace(/>>$/, `/Annots [${fieldNum} 0 R] >>`);
  const catalog = doc.catalog.replace(/>>$/, `/AcroForm << /Fields [${fieldNum} 0 R] /SigFlags 3 >> >>`);
  const objects = new Map<number, PdfBody>([
    [doc.root, catalog],
    [first.num, page1],
    [sigNum, sig],
    [fieldNum, field],
  ]);
  let bytes = appendUpdate(doc.bytes, objects, { size, root: doc.root, ...(doc.info ? { info: doc.info } : {}), id: doc.id });
  const text = bytes.toString('latin1');
  const at = text.indexOf(placeholder, doc.bytes.length);
  const cStart = text.indexOf('/Contents <', at) + '/Contents '.length;
  const cEnd = cStart + contents.length + 2;
  const range = `/ByteRange [0 ${String(cStart).padStart(10, '0')} ${String(cEnd).padStart(10, '0')} ${String(bytes.length - cEnd).padStart(10, '0')}]`;
  bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(range, 'latin1'), bytes.subarray(at + placeholder.length)]);
  return { bytes, size, page1, catalog, field: fieldNum };
}

/** A later incremental update after the signature: a FreeText receipt stamp on page 1. */
export function stampAfterSignature(doc: BuiltPdf, signed: ReturnType<typeof signPdf>, stamp: string): Buffer {
  const first = doc.pages[0]!;
  const apNum = signed.size;
  const annotNum = signed.size + 1;
  const ap = streamBody(
    '/Type /XObject /Subtype /Form /BBox [0 0 220 30]',
    `1 0 0 RG 1 1 218 28 re S BT /Helvetica 9 Tf 6 12 Td ${pdfString(stamp)} Tj ET`,
    true,
  );
  const annot = `<< /Type /Annot /Subtype /FreeText /Rect [360 740 580 770] /Contents ${pdfString(stamp)} /DA (/Helv 9 Tf 1 0 0 rg) /F 4 /P ${first.num} 0 R /AP << /N ${apNum} 0 R >> >>`;
  const page1 = signed.page1.replace(/\/Annots \[([^\]]*)\]/, `/Annots [$1 ${annotNum} 0 R]`);
  return appendUpdate(
    signed.bytes,
    new Map<number, PdfBody>([
      [first.num, page1],
      [apNum, ap],
      [annotNum, annot],
    ]),
    { size: signed.size + 2, root: doc.root, ...(doc.info ? { info: doc.info } : {}), id: doc.id },
  );
}
