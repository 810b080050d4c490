import JSZip from 'jszip';

/** Fixed timestamp for every zip entry and every document date of this corpus. */
export const FIXED_DATE = new Date('2026-03-02T14:30:00Z');

/**
 * Re-zips an Office file with fixed entry timestamps and rewrites the core-properties dates,
 * so the same input gives the same bytes on every run.
 */
export async function rezip(data: Buffer | Uint8Array, coreDate = '2026-03-02T14:30:00Z'): Promise<Buffer> {
  const src = await JSZip.loadAsync(data);
  const out = new JSZip();
  const names = Object.keys(src.files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)));
  for (const name of names) {
    const entry = src.files[name];
    if (!entry || entry.dir) continue;
    let content: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      content = Buffer.from(content)
        .toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${coreDate}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${coreDate}$2`);
    }
    out.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}
