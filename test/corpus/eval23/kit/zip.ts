import JSZip from 'jszip';

/** The fixed instant stamped on every zip entry and in every document's metadata. */
export const FIXED_DATE = new Date(Date.UTC(2025, 4, 14, 9, 30, 0));

export interface CoreProps {
  title?: string;
  subject?: string;
  creator?: string;
  lastModifiedBy?: string;
  description?: string;
  keywords?: string;
  /** ISO instant written as dcterms:created / modified. */
  created?: string;
  modified?: string;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** docProps/core.xml as Office writes it; fields left out are simply absent. */
export function coreXml(p: CoreProps): string {
  const parts: string[] = [];
  if (p.title !== undefined) parts.push(`<dc:title>${esc(p.title)}</dc:title>`);
  if (p.subject !== undefined) parts.push(`<dc:subject>${esc(p.subject)}</dc:subject>`);
  if (p.creator !== undefined) parts.push(`<dc:creator>${esc(p.creator)}</dc:creator>`);
  if (p.keywords !== undefined) parts.push(`<cp:keywords>${esc(p.keywords)}</cp:keywords>`);
  if (p.description !== undefined) parts.push(`<dc:description>${esc(p.description)}</dc:description>`);
  if (p.lastModifiedBy !== undefined) parts.push(`<cp:lastModifiedBy>${esc(p.lastModifiedBy)}</cp:lastModifiedBy>`);
  parts.push('<cp:revision>3</cp:revision>');
  if (p.created !== undefined) parts.push(`<dcterms:created xsi:type="dcterms:W3CDTF">${p.created}</dcterms:created>`);
  if (p.modified !== undefined) parts.push(`<dcterms:modified xsi:type="dcterms:W3CDTF">${p.modified}</dcterms:modified>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    parts.join('') +
    '</cp:coreProperties>'
  );
}

/**
 * Re-zips an Office package with fixed entry timestamps (the libraries stamp the current time), in the
 * original entry order, optionally replacing docProps/core.xml.
 */
export async function normalizeZip(buf: Buffer, core?: CoreProps): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n]?.dir);
  for (const name of names) {
    const entry = src.file(name);
    if (!entry) continue;
    let data: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml' && core) data = coreXml(core);
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
