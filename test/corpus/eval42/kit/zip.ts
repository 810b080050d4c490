import JSZip from 'jszip';

/** The fixed time stamped on every zip entry and in every document's metadata. */
export const FIXED_DATE = new Date(Date.UTC(2026, 2, 16, 14, 30, 0));
export const FIXED_ISO = '2026-03-16T14:30:00Z';

/**
 * Re-zips an Office file with fixed entry timestamps and with the core properties' dates pinned,
 * so the same document gives the same bytes on every run.
 */
export async function normalizeOfficeZip(data: Buffer, coreDates: { created: string; modified: string } = { created: FIXED_ISO, modified: FIXED_ISO }): Promise<Buffer> {
  const src = await JSZip.loadAsync(data);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n]?.dir);
  for (const name of names) {
    const entry = src.file(name);
    if (!entry) continue;
    let content: Buffer | string = await entry.async('nodebuffer');
    if (name === 'docProps/core.xml') {
      content = content
        .toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${coreDates.created}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${coreDates.modified}$2`);
    }
    out.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
