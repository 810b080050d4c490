/**
 * A small hand-written PDF object writer (eval32's own kit): numbered indirect objects, optional
 * zlib compression of streams, a classic xref table, and incremental updates appended to an existing
 * file (as signing tools and PDF editors do). Only what the corpus needs; no layout here.
 */
import { deflateSync } from 'node:zlib';

export type PdfBody = string | Buffer;

/** PDF literal string with the characters PDF requires escaped (ASCII input). */
export function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?')})`;
}

/** PDF hex string, as some producers write every text string. */
export function pdfHex(text: string): string {
  return `<${Buffer.from(text.replace(/[^\x20-\x7e]/g, '?'), 'latin1').toString('hex').toUpperCase()}>`;
}

/** A stream object body: dictionary entries (without << >>) plus data, deflated when asked. */
export function streamBody(dictEntries: string, data: string | Buffer, compress: boolean): Buffer {
  const raw = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  const bytes = compress ? deflateSync(raw, { level: 6 }) : raw;
  const filter = compress ? ' /Filter /FlateDecode' : '';
  return Buffer.concat([
    Buffer.from(`<< ${dictEntries}${filter} /Length ${bytes.length} >>\nstream\n`, 'latin1'),
    bytes,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

export class PdfObjects {
  private readonly bodies: (PdfBody | undefined)[] = [];

  /** Reserve an object number to fill later (for forward references such as /Parent). */
  reserve(): number {
    this.bodies.push(undefined);
    return this.bodies.length;
  }

  add(body: PdfBody): number {
    this.bodies.push(body);
    return this.bodies.length;
  }

  set(num: number, body: PdfBody): void {
    this.bodies[num - 1] = body;
  }

  get count(): number {
    return this.bodies.length;
  }

  /** Serialise a whole file: header, objects, xref table, trailer. */
  build(opts: { root: number; info?: number; id: string; version?: string }): Buffer {
    const chunks: Buffer[] = [Buffer.from(`%PDF-${opts.version ?? '1.7'}\n%\xe2\xe3\xcf\xd3\n`, 'latin1')];
    let offset = chunks[0]!.length;
    const offsets: number[] = [];
    this.bodies.forEach((body, i) => {
      if (body === undefined) throw new Error(`object ${i + 1} reserved but never set`);
      const buf = Buffer.concat([
        Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
        typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
        Buffer.from('\nendobj\n', 'latin1'),
      ]);
      offsets.push(offset);
      chunks.push(buf);
      offset += buf.length;
    });
    const xref = [`xref\n0 ${this.bodies.length + 1}\n0000000000 65535 f \n`];
    for (const o of offsets) xref.push(`${String(o).padStart(10, '0')} 00000 n \n`);
    const info = opts.info ? ` /Info ${opts.info} 0 R` : '';
    xref.push(
      `trailer\n<< /Size ${this.bodies.length + 1} /Root ${opts.root} 0 R${info} /ID [<${opts.id}> <${opts.id}>] >>\nstartxref\n${offset}\n%%EOF\n`,
    );
    chunks.push(Buffer.from(xref.join(''), 'latin1'));
    return Buffer.concat(chunks);
  }
}

/** Where the previous xref section starts (the number after the last `startxref`). */
export function lastStartXref(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const at = text.lastIndexOf('startxref');
  return Number(/startxref\s+(\d+)/.exec(text.slice(at))![1]);
}

/**
 * Append an incremental update: new or replaced objects, a new xref section with /Prev, and a
 * trailer that keeps the same /Root. Returns the whole new file.
 */
export function appendUpdate(
  pdf: Buffer,
  objects: Map<number, PdfBody>,
  trailer: { size: number; root: number; info?: number; id: string },
): Buffer {
  const prev = lastStartXref(pdf);
  const chunks: Buffer[] = [pdf];
  let offset = pdf.length;
  const entries: [number, number][] = [];
  for (const [num, body] of [...objects.entries()].sort((a, b) => a[0] - b[0])) {
    const buf = Buffer.concat([
      Buffer.from(`${num} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    entries.push([num, offset]);
    chunks.push(buf);
    offset += buf.length;
  }
  const xref = ['xref\n0 1\n0000000000 65535 f \n'];
  for (const [num, off] of entries) xref.push(`${num} 1\n${String(off).padStart(10, '0')} 00000 n \n`);
  const info = trailer.info ? ` /Info ${trailer.info} 0 R` : '';
  xref.push(
    `trailer\n<< /Size ${trailer.size} /Root ${trailer.root} 0 R${info} /Prev ${prev} /ID [<${trailer.id}> <${trailer.id}>] >>\nstartxref\n${offset}\n%%EOF\n`,
  );
  chunks.push(Buffer.from(xref.join(''), 'latin1'));
  return Buffer.concat(chunks);
}
