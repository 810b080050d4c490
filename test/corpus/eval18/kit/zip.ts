import JSZip from 'jszip';
import { FIXED_DATE } from './model.js';

const W3CDTF = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Re-zips an Office file so that it has the same bytes on every run: entries in their original order,
 * every entry stamped with FIXED_DATE, and core-property timestamps replaced by FIXED_DATE (or by
 * `createdOverride` when a stale template date is wanted).
 */
export async function normaliseOfficeZip(data: Buffer | Uint8Array, createdOverride?: string): Promise<Buffer> {
  const src = await JSZip.loadAsync(data);
  const out = new JSZip();
  const first = ['[Content_Types].xml', '_rels/.rels'];
  const names = Object.keys(src.files)
    .filter((n) => !src.files[n]?.dir)
    .sort((a, b) => (first.includes(b) ? 1 : 0) - (first.includes(a) ? 1 : 0) || first.indexOf(a) - first.indexOf(b));
  for (const name of names) {
    const entry = src.file(name);
    if (!entry) continue;
    let content: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      let xml = Buffer.from(content).toString('utf8');
      xml = xml.replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${createdOverride ?? W3CDTF}$2`);
      xml = xml.replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${W3CDTF}$2`);
      content = xml;
    }
    out.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
