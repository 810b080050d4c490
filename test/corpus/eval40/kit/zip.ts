import JSZip from 'jszip';

/** Every timestamp this corpus writes (documents, zip entries, OSCAL metadata) derives from these. */
export const FIXED_DATE = new Date('2026-10-14T15:20:00Z');

/**
 * Re-zips an Office package so every entry carries the same timestamp and the core properties
 * hold fixed dates (docx stamps `new Date()` into docProps/core.xml).
 */
export async function normalizeOfficeZip(data: Buffer, created: string, modified: string): Promise<Buffer> {
  const src = await JSZip.loadAsync(data);
  const out = new JSZip();
  for (const name of Object.keys(src.files)) {
    const entry = src.files[name];
    if (!entry || entry.dir) continue;
    let content: Buffer | string = await entry.async('nodebuffer');
    if (name === 'docProps/core.xml') {
      content = content
        .toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${created}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${modified}$2`);
    }
    out.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
