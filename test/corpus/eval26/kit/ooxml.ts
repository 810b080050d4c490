import JSZip from 'jszip';
import type { CoreMeta } from './blocks.js';
import { FIXED_DATE } from './blocks.js';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function coreXml(meta: CoreMeta, iso: string): string {
  const el = (tag: string, v: string | undefined) => (v === undefined ? '' : `<${tag}>${esc(v)}</${tag}>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', meta.title) +
    el('dc:subject', meta.subject) +
    el('dc:creator', meta.creator) +
    el('cp:keywords', meta.keywords) +
    el('dc:description', meta.description) +
    el('cp:lastModifiedBy', meta.lastModifiedBy) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * Rewrites an Office package so its bytes never depend on the clock: our own core properties (or none),
 * fixed timestamps on every zip entry.
 */
export async function normalizeOoxml(buf: Buffer | Uint8Array, meta: CoreMeta | null, date: Date = FIXED_DATE): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name];
    if (!entry || entry.dir) continue;
    if (name === 'docProps/core.xml') {
      if (meta) out.file(name, coreXml(meta, iso), { date, createFolders: false });
      continue;
    }
    let content: string | Uint8Array = await entry.async('uint8array');
    if (meta === null && (name === '[Content_Types].xml' || name === '_rels/.rels')) {
      content = Buffer.from(content)
        .toString('utf8')
        .replace(/<Override[^>]*PartName="\/docProps\/core\.xml"[^>]*\/>/, '')
        .replace(/<Relationship[^>]*Target="\/?docProps\/core\.xml"[^>]*\/>/, '');
    }
    out.file(name, content, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
