import JSZip from 'jszip';

/** The fixed time stamped on every zip entry and Office core property. */
export const FIXED_DATE = new Date(Date.UTC(2025, 5, 12, 14, 30, 0));

/**
 * Re-zip an Office file with fixed entry times, a stable entry order, and the core
 * properties' dates replaced, so the same input gives the same bytes on every run.
 */
export async function normalizeOfficeZip(data: Buffer | Uint8Array, coreDate: string): Promise<Buffer> {
  const src = await JSZip.loadAsync(data);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n]?.dir);
  // [Content_Types].xml first, as Office writes it.
  names.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  for (const name of names) {
    const entry = src.file(name);
    if (entry === null) continue;
    let content: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      content = Buffer.from(content)
        .toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${coreDate}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${coreDate}$2`);
    }
    out.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
