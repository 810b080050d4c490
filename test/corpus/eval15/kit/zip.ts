import { ZipFile } from 'yazl';

export interface ZipEntry {
  readonly name: string;
  readonly data: string | Buffer;
}

/** A zip archive with fixed DOS timestamps (no extended UT field): pass a Date built from local fields so the bytes do not depend on the time zone. */
export function zipEntries(entries: readonly ZipEntry[], mtime: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new ZipFile();
    for (const entry of entries) {
      const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
      zip.addBuffer(data, entry.name, { mtime, compress: true, forceDosTimestamp: true });
    }
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.end();
  });
}

/** Escapes text for XML character data and attribute values. */
export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
