import JSZip from 'jszip';
import { FIXED_DATE } from './model.js';

/**
 * Re-zips an Office file with fixed entry timestamps, and pins the core properties' created/modified
 * dates, so the bytes do not depend on when the generator ran.
 */
export async function normaliseZip(buf: Buffer | Uint8Array, iso = '2025-03-14T15:30:00Z'): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n]?.dir);
  for (const name of names) {
    const entry = src.file(name);
    if (!entry) continue;
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
