import JSZip from 'jszip';

/** The one timestamp every zip entry and every Office core property carries. */
export const FIXED_ZIP_DATE = new Date(Date.UTC(2026, 2, 14, 9, 30, 0));

/**
 * Re-zips an Office file (docx/xlsx) with fixed entry timestamps and fixed core-property dates, so the
 * bytes are the same on every run. `isoDate` replaces dcterms:created / dcterms:modified.
 */
export async function normalizeOfficeZip(buf: Buffer | Uint8Array, isoCreated: string, isoModified: string): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n]?.dir);
  names.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const entry = src.file(name);
    if (!entry) continue;
    let data: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      let xml = Buffer.from(data).toString('utf8');
      xml = xml
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${isoCreated}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${isoModified}$2`);
      data = xml;
    }
    out.file(name, data, { date: FIXED_ZIP_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
