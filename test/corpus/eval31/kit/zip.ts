import JSZip from 'jszip';

/** Fixed timestamp for every zip entry, so Office files are the same bytes on every run. */
export const FIXED_ZIP_DATE = new Date(Date.UTC(2026, 2, 2, 9, 0, 0));

/** Zips the given parts (in the given order) with fixed entry dates. */
export async function zipParts(parts: readonly (readonly [string, string | Uint8Array])[]): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of parts) zip.file(name, data, { date: FIXED_ZIP_DATE, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Re-zips an Office package produced by a library, so its entries carry fixed dates. */
export async function rezip(data: Buffer | ArrayBuffer | Uint8Array): Promise<Buffer> {
  const src = await JSZip.loadAsync(data);
  const parts: [string, Uint8Array][] = [];
  for (const name of Object.keys(src.files)) {
    const f = src.files[name];
    if (!f || f.dir) continue;
    parts.push([name, await f.async('uint8array')]);
  }
  return zipParts(parts);
}
