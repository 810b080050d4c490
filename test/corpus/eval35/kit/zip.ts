import JSZip from 'jszip';

/** The fixed time stamped on every zip entry and every Office core property. */
export const FIXED_DATE = new Date(Date.UTC(2026, 2, 16, 14, 30, 0));

/**
 * Re-zips an Office file with fixed entry dates and fixed core-property dates, so the same
 * document gives the same bytes on every run.
 */
export async function normalizeZip(input: Buffer | ArrayBuffer | Uint8Array, iso = '2026-03-16T14:30:00Z'): Promise<Buffer> {
  const src = await JSZip.loadAsync(input);
  const out = new JSZip();
  const names = Object.keys(src.files).sort((a, b) => orderKey(a).localeCompare(orderKey(b)));
  for (const name of names) {
    const entry = src.files[name];
    if (!entry || entry.dir) continue;
    let data: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      data = Buffer.from(data)
        .toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${iso}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso}$2`);
    }
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** [Content_Types].xml first, as Office writes it; the rest keeps its name order. */
function orderKey(name: string): string {
  return name === '[Content_Types].xml' ? '0' : `1${name}`;
}
