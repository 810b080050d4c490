import JSZip from 'jszip';

/** Every zip entry and every Office metadata date gets this time, so the bytes do not change between runs. */
export const ZIP_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

/**
 * Re-writes an Office (zip) file with fixed entry timestamps, keeping the entry order.
 * `patch` may rewrite text parts (for example the dates in docProps/core.xml).
 */
export async function rezip(buf: Buffer | Uint8Array, patch?: (name: string, text: string) => string): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  for (const name of Object.keys(src.files)) {
    const entry = src.files[name];
    if (!entry || entry.dir) continue;
    const body = await entry.async('nodebuffer');
    const data = patch && /\.(xml|rels)$/.test(name) ? Buffer.from(patch(name, body.toString('utf8')), 'utf8') : body;
    out.file(name, data, { date: ZIP_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Sets dcterms:created / dcterms:modified in docProps/core.xml. */
export function fixCoreDates(name: string, xml: string, created: Date, modified: Date = created): string {
  if (name !== 'docProps/core.xml') return xml;
  const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${iso(created)}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso(modified)}$2`);
}
