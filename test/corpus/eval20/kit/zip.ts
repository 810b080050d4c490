import JSZip from 'jszip';

/** Core properties written into docProps/core.xml; `null` removes the part (documents without metadata). */
export interface CoreProps {
  title?: string;
  subject?: string;
  creator?: string;
  lastModifiedBy?: string;
  keywords?: string;
  description?: string;
  category?: string;
  revision?: number;
  created: string;
  modified: string;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function coreXml(p: CoreProps): string {
  const el = (tag: string, v: string | number | undefined): string => (v === undefined ? '' : `<${tag}>${esc(String(v))}</${tag}>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', p.title) +
    el('dc:subject', p.subject) +
    el('dc:creator', p.creator) +
    el('cp:keywords', p.keywords) +
    el('dc:description', p.description) +
    el('cp:lastModifiedBy', p.lastModifiedBy) +
    el('cp:revision', p.revision) +
    el('cp:category', p.category) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${p.created}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${p.modified}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * Re-zips an Office file so that its bytes do not depend on the clock: every entry gets the same fixed
 * date, and docProps/core.xml is replaced by `core` (or removed when `core` is null).
 */
export async function normalizeOffice(buf: Buffer | Uint8Array, core: CoreProps | null, date: Date): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  // Word and Excel write [Content_Types].xml and _rels/.rels first.
  const first = ['[Content_Types].xml', '_rels/.rels'];
  const names = Object.keys(src.files)
    .filter((n) => !src.files[n]?.dir)
    .sort((x, y) => (first.includes(y) ? 1 : 0) - (first.includes(x) ? 1 : 0) || first.indexOf(x) - first.indexOf(y));
  for (const name of names) {
    const entry = src.file(name);
    if (!entry) continue;
    if (name === 'docProps/core.xml') {
      if (core) out.file(name, coreXml(core), { date, createFolders: false });
      continue;
    }
    let data: string | Uint8Array = await entry.async('uint8array');
    if (core === null && (name === '_rels/.rels' || name === '[Content_Types].xml')) {
      data = Buffer.from(data)
        .toString('utf8')
        .replace(/<Relationship [^>]*Target="\/?docProps\/core\.xml"[^>]*\/>/g, '')
        .replace(/<Override [^>]*PartName="\/docProps\/core\.xml"[^>]*\/>/g, '');
    }
    out.file(name, data, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
