import type { ByteSource } from '../../bytes/byte-source.js';
import { BudgetExceededError } from '../../bytes/byte-source.js';
import { CLASSIFY_LIMITS } from '../limits.js';
import type { Segment } from './document.js';

/**
 * The bytes a PDF is read from: the whole file when it is small, else its first pdfHeadBytes (header,
 * and in most files the first pages) and its last pdfTailBytes (trailer, and in incrementally saved
 * or linearized files the latest objects). The tail starts on a block boundary so that it costs no
 * more than pdfTailBytes of a block-aligned metered source. Past the read budget, keeps what was read.
 */
export async function readHeadAndTail(source: ByteSource, notes: Set<string>): Promise<Segment[]> {
  const { pdfHeadBytes, pdfTailBytes, blockSize } = CLASSIFY_LIMITS;
  const size = source.size;
  if (size <= pdfHeadBytes + pdfTailBytes) return [{ offset: 0, bytes: await readRange(source, 0, size, notes) }];
  const head = await readRange(source, 0, pdfHeadBytes, notes);
  const tailStart = Math.max(pdfHeadBytes, Math.ceil((size - pdfTailBytes) / blockSize) * blockSize);
  const tail = await readRange(source, tailStart, size - tailStart, notes);
  notes.add(`only the first ${kib(pdfHeadBytes)} and last ${kib(size - tailStart)} of ${kib(size)} were read`);
  return [
    { offset: 0, bytes: head },
    { offset: tailStart, bytes: tail },
  ];
}

async function readRange(source: ByteSource, offset: number, length: number, notes: Set<string>): Promise<Uint8Array> {
  try {
    return await source.read(offset, length);
  } catch (error) {
    if (!(error instanceof BudgetExceededError)) throw error;
  }
  // Over budget: take it block by block, as far as the budget goes (blocks already fetched are free).
  notes.add('read budget exhausted: part of the PDF was not read');
  const parts: Uint8Array[] = [];
  for (let at = offset; at < offset + length; at += CLASSIFY_LIMITS.blockSize) {
    try {
      parts.push(await source.read(at, Math.min(CLASSIFY_LIMITS.blockSize, offset + length - at)));
    } catch (error) {
      if (error instanceof BudgetExceededError) break;
      throw error;
    }
  }
  return Buffer.concat(parts);
}

function kib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
