import JSZip from 'jszip';

/** Every zip entry carries this timestamp, so Office files are the same bytes on every run. */
export const ZIP_DATE = new Date('2025-06-30T16:00:00Z');

export interface CoreProps {
  title?: string;
  subject?: string;
  creator?: string;
  keywords?: string;
  description?: string;
  lastModifiedBy?: string;
  revision?: number;
  category?: string;
  created?: string;
  modified?: string;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** docProps/core.xml as Office writes it; absent properties are left out, as in real files. */
export function coreXml(p: CoreProps): string {
  const parts: string[] = [];
  if (p.title !== undefined) parts.push(`<dc:title>${esc(p.title)}</dc:title>`);
  if (p.subject !== undefined) parts.push(`<dc:subject>${esc(p.subject)}</dc:subject>`);
  if (p.creator !== undefined) parts.push(`<dc:creator>${esc(p.creator)}</dc:creator>`);
  if (p.keywords !== undefined) parts.push(`<cp:keywords>${esc(p.keywords)}</cp:keywords>`);
  if (p.description !== undefined) parts.push(`<dc:description>${esc(p.description)}</dc:description>`);
  if (p.lastModifiedBy !== undefined) parts.push(`<cp:lastModifiedBy>${esc(p.lastModifiedBy)}</cp:lastModifiedBy>`);
  if (p.revision !== undefined) parts.push(`<cp:revision>${p.revision}</cp:revision>`);
  if (p.created !== undefined) parts.push(`<dcterms:created xsi:type="dcterms:W3CDTF">${p.created}</dcterms:created>`);
  if (p.modified !== undefined) parts.push(`<dcterms:modified xsi:type="dcterms:W3CDTF">${p.modified}</dcterms:modified>`);
  if (p.category !== undefined) parts.push(`<cp:category>${esc(p.category)}</cp:category>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    parts.join('') +
    '</cp:coreProperties>'
  );
}

/**
 * Re-packs an Office zip: fixed entry timestamps, [Content_Types].xml first (as Office writes it), and optional
 * replacement parts (for example our own docProps/core.xml).
 */
export async function repack(input: Buffer | Uint8Array, replace: Record<string, string> = {}, drop: string[] = []): Promise<Buffer> {
  const src = await JSZip.loadAsync(input);
  const names = Object.keys(src.files).filter((n) => !src.files[n]?.dir && !drop.includes(n));
  names.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out = new JSZip();
  for (const name of names) {
    const data = replace[name] ?? (await src.files[name]!.async('nodebuffer'));
    out.file(name, data, { date: ZIP_DATE, createFolders: false });
  }
  for (const [name, data] of Object.entries(replace)) {
    if (!names.includes(name)) out.file(name, data, { date: ZIP_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

function rank(name: string): number {
  if (name === '[Content_Types].xml') return 0;
  if (name.startsWith('_rels/')) return 1;
  if (name.startsWith('word/') || name.startsWith('xl/') || name.startsWith('ppt/')) return 2;
  return 3;
}

/** Builds a zip from scratch (used for the hand-written pptx). */
export async function zipOf(entries: [string, string | Buffer][]): Promise<Buffer> {
  const out = new JSZip();
  for (const [name, data] of entries) out.file(name, data, { date: ZIP_DATE, createFolders: false });
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
