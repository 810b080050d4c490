import JSZip from 'jszip';

/** Fixed timestamp written into every zip entry (Office files are zips). */
export const ZIP_DATE = new Date(Date.UTC(2025, 2, 14, 9, 30, 0));

/**
 * Re-zips an Office file with fixed entry timestamps, and optionally rewrites docProps/core.xml
 * (libraries stamp the current time there), so every run produces the same bytes.
 */
export async function normalizeZip(data: Buffer | Uint8Array, patchCore?: (xml: string) => string): Promise<Buffer> {
  const src = await JSZip.loadAsync(data);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n]?.dir);
  for (const name of names) {
    const entry = src.files[name];
    if (!entry) continue;
    if (name === 'docProps/core.xml' && patchCore) {
      out.file(name, patchCore(await entry.async('string')), { date: ZIP_DATE, createFolders: false });
    } else {
      out.file(name, await entry.async('uint8array'), { date: ZIP_DATE, createFolders: false });
    }
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

/** Replaces the created/modified dates of a core.xml with fixed ones. */
export function fixCoreDates(created: string, modified: string): (xml: string) => string {
  return (xml) =>
    xml
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${created}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${modified}$2`);
}
