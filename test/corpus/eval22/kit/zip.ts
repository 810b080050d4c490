/** Re-zips Office files with fixed entry dates and writes their core properties, so the bytes never change. */
import JSZip from 'jszip';
import type { Meta } from './model.js';

export const FIXED_ZIP_DATE = new Date(Date.UTC(2025, 2, 14, 9, 30, 0));

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** docProps/core.xml holding only the properties `meta` gives. */
export function coreXml(meta: Meta): string {
  const el = (tag: string, v: string | undefined): string => (v === undefined ? '' : `<${tag}>${esc(v)}</${tag}>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', meta.title) +
    el('dc:subject', meta.subject) +
    el('dc:creator', meta.author) +
    el('cp:keywords', meta.keywords) +
    el('dc:description', meta.description) +
    el('cp:lastModifiedBy', meta.lastModifiedBy) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${meta.created}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${meta.modified}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * Copies every entry of an Office zip into a new zip with one fixed date, replacing docProps/core.xml
 * with `meta`'s properties and applying `patch` to any other part.
 */
export async function rezip(
  input: Buffer | Uint8Array,
  meta: Meta,
  patch?: (name: string, text: string) => string,
): Promise<Buffer> {
  const src = await JSZip.loadAsync(input);
  const out = new JSZip();
  const names = Object.keys(src.files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const entry = src.files[name];
    if (!entry || entry.dir) continue;
    let data: string | Uint8Array;
    if (name === 'docProps/core.xml') {
      data = coreXml(meta);
    } else if (patch && /\.(xml|rels)$/.test(name)) {
      data = patch(name, await entry.async('string'));
    } else {
      data = await entry.async('uint8array');
    }
    out.file(name, data, { date: FIXED_ZIP_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
