import JSZip from 'jszip';

/** Every zip entry gets this timestamp, so Office files are the same bytes on every run. */
export const ZIP_DATE = new Date(Date.UTC(2026, 9, 14, 9, 30, 0));

export type OfficeProps =
  | { readonly mode: 'none' }
  | {
      readonly mode: 'core';
      readonly title?: string;
      readonly subject?: string;
      readonly creator?: string;
      readonly lastModifiedBy?: string;
      readonly keywords?: string;
      readonly created: string;
      readonly modified?: string;
      readonly revision?: number;
      /** When set, docProps/app.xml is rewritten to name this application. */
      readonly application?: string;
    };

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function coreXml(p: Extract<OfficeProps, { mode: 'core' }>): string {
  const parts: string[] = [];
  if (p.title !== undefined) parts.push(`<dc:title>${esc(p.title)}</dc:title>`);
  if (p.subject !== undefined) parts.push(`<dc:subject>${esc(p.subject)}</dc:subject>`);
  if (p.creator !== undefined) parts.push(`<dc:creator>${esc(p.creator)}</dc:creator>`);
  if (p.keywords !== undefined) parts.push(`<cp:keywords>${esc(p.keywords)}</cp:keywords>`);
  if (p.lastModifiedBy !== undefined) parts.push(`<cp:lastModifiedBy>${esc(p.lastModifiedBy)}</cp:lastModifiedBy>`);
  if (p.revision !== undefined) parts.push(`<cp:revision>${p.revision}</cp:revision>`);
  parts.push(`<dcterms:created xsi:type="dcterms:W3CDTF">${p.created}</dcterms:created>`);
  parts.push(`<dcterms:modified xsi:type="dcterms:W3CDTF">${p.modified ?? p.created}</dcterms:modified>`);
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
 * Rewrites an OOXML package the way the document's author would have produced it: core properties
 * replaced (or every docProps part removed, as some exporters do), [Content_Types].xml first, and
 * every entry stamped with one fixed date.
 */
export async function repackOoxml(data: Uint8Array, props: OfficeProps): Promise<Buffer> {
  const src = await JSZip.loadAsync(data);
  const names: string[] = [];
  src.forEach((path, entry) => {
    if (!entry.dir) names.push(path);
  });
  const contents = new Map<string, string | Uint8Array>();
  for (const name of names) {
    const entry = src.file(name);
    if (!entry) continue;
    contents.set(name, name.endsWith('.xml') || name.endsWith('.rels') ? await entry.async('string') : await entry.async('uint8array'));
  }
  if (props.mode === 'none') {
    for (const name of names) if (name.startsWith('docProps/')) contents.delete(name);
    const types = contents.get('[Content_Types].xml');
    if (typeof types === 'string') contents.set('[Content_Types].xml', types.replace(/<Override[^>]*PartName="\/docProps\/[^"]*"[^>]*\/>/g, ''));
    const rels = contents.get('_rels/.rels');
    if (typeof rels === 'string') contents.set('_rels/.rels', rels.replace(/<Relationship[^>]*Target="\/?docProps\/[^"]*"[^>]*\/>/g, ''));
  } else {
    contents.set('docProps/core.xml', coreXml(props));
    // The library writes its own name and counts into app.xml; keep a plain one.
    if (contents.has('docProps/app.xml') && props.application !== undefined) {
      contents.set(
        'docProps/app.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>${esc(props.application)}</Application><DocSecurity>0</DocSecurity></Properties>`,
      );
    }
  }
  const out = new JSZip();
  const order = ['[Content_Types].xml', ...[...contents.keys()].filter((n) => n !== '[Content_Types].xml')];
  for (const name of order) {
    const c = contents.get(name);
    if (c !== undefined) out.file(name, c, { date: ZIP_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
