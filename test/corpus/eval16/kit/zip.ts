import JSZip from 'jszip';
import { FIXED_DATE } from './rand.js';
import type { DocMeta } from './model.js';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** docProps/core.xml with the given properties (and fixed dates), or a bare one when meta is null. */
export function coreXml(meta: DocMeta | null): string {
  const m = meta ?? {};
  const when = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const parts = [
    m.title !== undefined ? `<dc:title>${esc(m.title)}</dc:title>` : '',
    m.subject !== undefined ? `<dc:subject>${esc(m.subject)}</dc:subject>` : '',
    m.creator !== undefined ? `<dc:creator>${esc(m.creator)}</dc:creator>` : '',
    m.keywords !== undefined ? `<cp:keywords>${esc(m.keywords)}</cp:keywords>` : '',
    m.description !== undefined ? `<dc:description>${esc(m.description)}</dc:description>` : '',
    m.lastModifiedBy !== undefined ? `<cp:lastModifiedBy>${esc(m.lastModifiedBy)}</cp:lastModifiedBy>` : '',
    meta ? '<cp:revision>3</cp:revision>' : '',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    parts.join('') +
    '</cp:coreProperties>'
  );
}

export function appXml(meta: DocMeta | null): string {
  const app = meta?.application;
  const company = meta?.company;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    (app ? `<Application>${esc(app)}</Application>` : '') +
    (company ? `<Company>${esc(company)}</Company>` : '') +
    '</Properties>'
  );
}

/**
 * Re-zips an Office package with every entry stamped FIXED_DATE, in the original entry order,
 * optionally replacing some parts (e.g. docProps/core.xml).
 */
export async function rezip(data: Buffer | Uint8Array, replace: Readonly<Record<string, string>> = {}): Promise<Buffer> {
  const src = await JSZip.loadAsync(data);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n]?.dir);
  for (const name of names) {
    const file = src.file(name);
    if (!file) continue;
    const replacement = replace[name];
    const content = replacement !== undefined ? Buffer.from(replacement, 'utf8') : await file.async('nodebuffer');
    out.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  for (const [name, text] of Object.entries(replace)) {
    if (!names.includes(name)) out.file(name, Buffer.from(text, 'utf8'), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
