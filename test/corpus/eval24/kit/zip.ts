import JSZip from 'jszip';
import { FIXED_DATE } from './model.js';
import type { DocMeta } from './model.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** docProps/core.xml with fixed dates; `meta` null leaves every descriptive field out. */
export function coreXml(meta: DocMeta | null, date: Date = FIXED_DATE): string {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const f = (tag: string, v: string | undefined): string => (v ? `<${tag}>${esc(v)}</${tag}>` : '');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    f('dc:title', meta?.title) + f('dc:subject', meta?.subject) + f('dc:creator', meta?.creator) + f('cp:keywords', meta?.keywords) +
    f('cp:lastModifiedBy', meta?.lastModifiedBy) + '<cp:revision>3</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * Re-zips an Office file with fixed entry timestamps and a rewritten core.xml, so the bytes are the same on
 * every run whatever time the writing library stamped.
 */
export async function normaliseOffice(buf: Buffer, meta: DocMeta | null): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const names = Object.keys(src.files).sort();
  for (const name of names) {
    const entry = src.files[name];
    if (!entry || entry.dir) continue;
    let data: Buffer = await entry.async('nodebuffer');
    if (name === 'docProps/core.xml') data = Buffer.from(coreXml(meta), 'utf8');
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  // [Content_Types].xml first, as Office writes it.
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
