import JSZip from 'jszip';

/** Fixed timestamp used for every zip entry and every document date. */
export const FIXED_DATE = new Date(Date.UTC(2025, 2, 14, 9, 30, 0));

export interface CoreOverrides {
  /** Replace dc:title (empty string removes it). */
  readonly title?: string;
  readonly created?: string;
  readonly modified?: string;
}

function patchCore(xml: string, o: CoreOverrides): string {
  const created = o.created ?? FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const modified = o.modified ?? created;
  let out = xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${created}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${modified}$2`);
  if (o.title !== undefined) {
    out = out.replace(/<dc:title>[^<]*<\/dc:title>|<dc:title\/>/, o.title === '' ? '' : `<dc:title>${o.title}</dc:title>`);
  }
  return out;
}

/** Re-zips an Office file with fixed entry timestamps and fixed core-property dates. */
export async function normalizeOfficeZip(buf: Buffer | Uint8Array, core: CoreOverrides = {}): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n]?.dir);
  for (const name of names) {
    const entry = src.file(name);
    if (!entry) continue;
    let data: Buffer | string = await entry.async('nodebuffer');
    if (name === 'docProps/core.xml') data = patchCore(data.toString('utf8'), core);
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
