import yauzl from 'yauzl';
import yazl from 'yazl';
import type { Readable } from 'node:stream';

export interface ZipPart {
  name: string;
  data: Buffer;
}

async function drain(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

export async function readZip(buf: Buffer): Promise<ZipPart[]> {
  const zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true });
  const parts: ZipPart[] = [];
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith('/')) continue;
    parts.push({ name: entry.fileName, data: await drain(await zip.openReadStreamPromise(entry)) });
  }
  zip.close();
  return parts;
}

export async function writeZip(parts: readonly ZipPart[], mtime: Date): Promise<Buffer> {
  // DOS timestamps are local time: give yazl the UTC wall-clock so the bytes do not depend on TZ.
  const wall = new Date(mtime.getUTCFullYear(), mtime.getUTCMonth(), mtime.getUTCDate(), mtime.getUTCHours(), mtime.getUTCMinutes(), mtime.getUTCSeconds());
  const zip = new yazl.ZipFile();
  for (const p of parts) zip.addBuffer(p.data, p.name, { mtime: wall, compress: true, forceDosTimestamp: true });
  const done = drain(zip.outputStream as unknown as Readable);
  zip.end();
  return done;
}

export interface OfficeNormalization {
  /** Written into docProps/core.xml as created and modified. */
  date: Date;
  /** Replaces docProps/app.xml entirely (Word's extended properties: Application, Company...). */
  appXml?: string;
  /** Drop docProps/core.xml's dc:title (for documents whose title lives only in the body). */
  dropTitle?: boolean;
  /** Extra edits of part text, by part name. */
  edit?: Record<string, (xml: string) => string>;
}

const FIRST = ['[Content_Types].xml', '_rels/.rels'];

/**
 * Rewrites an Office package so that its bytes are deterministic (fixed dates everywhere) and its part
 * order is Office's ([Content_Types].xml first), as files saved by Word and Excel are.
 */
const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** docProps/app.xml as Word writes it. */
export function wordAppXml(application: string, company: string | undefined, pages: number): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Template>Normal.dotm</Template><TotalTime>${pages * 17}</TotalTime><Pages>${pages}</Pages>` +
    `<Application>${xmlEscape(application)}</Application><DocSecurity>0</DocSecurity>` +
    (company ? `<Company>${xmlEscape(company)}</Company>` : '') +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><AppVersion>16.0000</AppVersion></Properties>'
  );
}

export async function normalizeOffice(buf: Buffer, opts: OfficeNormalization): Promise<Buffer> {
  const parts = await readZip(buf);
  const stamp = opts.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const edited = parts.map((p): ZipPart => {
    let text: string | undefined;
    if (p.name === 'docProps/core.xml') {
      text = p.data
        .toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
      if (opts.dropTitle) text = text.replace(/<dc:title>[^<]*<\/dc:title>|<dc:title\/>/, '');
    }
    if (p.name === 'docProps/app.xml' && opts.appXml) text = opts.appXml;
    const edit = opts.edit?.[p.name];
    if (edit) text = edit(text ?? p.data.toString('utf8'));
    return text === undefined ? p : { name: p.name, data: Buffer.from(text, 'utf8') };
  });
  edited.sort((a, b) => rank(a.name) - rank(b.name));
  return writeZip(edited, opts.date);
}

function rank(name: string): number {
  const i = FIRST.indexOf(name);
  return i < 0 ? FIRST.length : i;
}
