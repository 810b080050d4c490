import type { PdfDocument } from './document.js';
import { decodeTextString } from './encodings.js';
import type { PdfObject } from './objects.js';
import { PdfDict, PdfStream, PdfString } from './objects.js';
import { xmpTitle } from './xmp.js';

/** Bytes of an Info string decoded. */
const MAX_INFO_STRING = 4096;
/** Keys only an Info dictionary has (with /Title): how it is recognised when the trailer was not read. */
const INFO_KEYS = ['Producer', 'Creator', 'CreationDate', 'ModDate', 'Author'];

/**
 * Title and subject: from the Info dictionary the trailer names (or, with no trailer read, the
 * dictionary that looks like one), completed from the catalog's XMP metadata (dc:title, dc:description).
 */
export async function readMetadata(
  doc: PdfDocument,
  trailer: PdfDict,
  catalog: PdfDict | undefined,
): Promise<{ title?: string; subject?: string }> {
  const info = trailer.has('Root')
    ? await doc.dict(trailer.get('Info'))
    : findDict(doc, (d) => !d.has('Type') && d.has('Title') && INFO_KEYS.some((k) => d.has(k)));
  const title = await textString(doc, info?.get('Title'));
  const subject = await textString(doc, info?.get('Subject'));
  const found = { ...(title ? { title } : {}), ...(subject ? { subject } : {}) };
  if (title && subject) return found;

  const isMetadata = (v: PdfObject): v is PdfStream => v instanceof PdfStream && v.dict.name('Type') === 'Metadata';
  const metadata = (await doc.stream(catalog?.get('Metadata'))) ?? [...doc.all()].map(([, v]) => v).find(isMetadata);
  const decoded = metadata && (await doc.decode(metadata));
  if (!decoded) return found;
  return { ...xmpTitle(decoded.bytes), ...found };
}

/** The last dictionary among the objects that passes `test`. */
export function findDict(doc: PdfDocument, test: (dict: PdfDict) => boolean): PdfDict | undefined {
  let found: PdfDict | undefined;
  for (const [, value] of doc.all()) if (value instanceof PdfDict && test(value)) found = value;
  return found;
}

async function textString(doc: PdfDocument, value: PdfObject | undefined): Promise<string | undefined> {
  const resolved = await doc.resolve(value);
  if (!(resolved instanceof PdfString)) return undefined;
  const text = decodeTextString(resolved.bytes.subarray(0, MAX_INFO_STRING));
  return text.length > 0 ? text : undefined;
}
