import JSZip from 'jszip';

/** Fixed timestamp stamped on every zip entry and in Office core properties. */
export const FIXED_DATE = new Date(Date.UTC(2025, 2, 14, 9, 30, 0));

/**
 * Re-zips an Office package so its bytes are stable: fixed entry dates, original entry order, and the
 * creation/modification dates in docProps/core.xml replaced by `stamp` (ISO, or left as is when undefined).
 */
export async function normalizeZip(data: Buffer | Uint8Array, stamp?: { created: string; modified: string }): Promise<Buffer> {
  const input = await JSZip.loadAsync(data);
  const output = new JSZip();
  const names = Object.keys(input.files).filter((n) => !input.files[n]?.dir);
  for (const name of names) {
    const entry = input.file(name);
    if (!entry) continue;
    let content: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml' && stamp) {
      content = Buffer.from(content)
        .toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp.created}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp.modified}$2`);
    }
    output.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  const out = await output.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return out;
}
