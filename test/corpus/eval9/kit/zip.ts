import JSZip from 'jszip';
import type { DocMeta } from './types.js';

/** The date stamped on every zip entry (JSZip writes DOS times in UTC, so the time zone does not matter). */
const ZIP_DATE = new Date('2025-09-30T12:00:00Z');

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** docProps/core.xml as Word writes it, with only the properties given. */
export function coreXml(meta: DocMeta): string {
  const parts: string[] = [];
  if (meta.title !== undefined) parts.push(`<dc:title>${esc(meta.title)}</dc:title>`);
  if (meta.subject !== undefined) parts.push(`<dc:subject>${esc(meta.subject)}</dc:subject>`);
  if (meta.creator !== undefined) parts.push(`<dc:creator>${esc(meta.creator)}</dc:creator>`);
  if (meta.keywords !== undefined) parts.push(`<cp:keywords>${esc(meta.keywords)}</cp:keywords>`);
  if (meta.description !== undefined) parts.push(`<dc:description>${esc(meta.description)}</dc:description>`);
  if (meta.lastModifiedBy !== undefined) parts.push(`<cp:lastModifiedBy>${esc(meta.lastModifiedBy)}</cp:lastModifiedBy>`);
  parts.push('<cp:revision>7</cp:revision>');
  parts.push(`<dcterms:created xsi:type="dcterms:W3CDTF">${meta.created}</dcterms:created>`);
  parts.push(`<dcterms:modified xsi:type="dcterms:W3CDTF">${meta.modified ?? meta.created}</dcterms:modified>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    parts.join('') +
    '</cp:coreProperties>'
  );
}

/** docProps/app.xml naming the application (and the company when given). */
export function appXml(application: string, company?: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Template>Normal.dotm</Template><Application>${esc(application)}</Application><DocSecurity>0</DocSecurity>` +
    (company !== undefined ? `<Company>${esc(company)}</Company>` : '') +
    '<AppVersion>16.0000</AppVersion></Properties>'
  );
}

/**
 * Rewrites an Office zip with fixed entry dates, [Content_Types].xml first, and optional replaced parts,
 * so the same content always gives the same bytes.
 */
export async function rezip(input: Buffer | Uint8Array | ArrayBuffer, replace: Readonly<Record<string, string>> = {}): Promise<Buffer> {
  const src = await JSZip.loadAsync(input);
  const names = Object.keys(src.files).filter((n) => !src.files[n]?.dir);
  names.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  const out = new JSZip();
  for (const name of names) {
    const replaced = replace[name];
    const data = replaced !== undefined ? Buffer.from(replaced, 'utf8') : await src.file(name)!.async('nodebuffer');
    out.file(name, data, { date: ZIP_DATE, createFolders: false });
  }
  for (const [name, text] of Object.entries(replace)) {
    if (!names.includes(name)) out.file(name, text, { date: ZIP_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
