/**
 * Self-check of the eval13 corpus. It does NOT classify anything: it checks coverage, labels,
 * file-name uniqueness, byte-for-byte determinism, and that every file opens with its format's
 * library and carries at least 200 characters of text. The corpus is built exactly twice: once in
 * memory and once written to disk.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { parse as parseCsv } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import YAML from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { Eval13Doc } from './generate-eval13.js';
import { buildEval13Docs, generateEval13Corpus } from './generate-eval13.js';
import { loadWorkbook } from './kit.js';

function asBuffer(d: Buffer | string): Buffer {
  return typeof d === 'string' ? Buffer.from(d, 'utf8') : d;
}

async function textOf(file: string, buf: Buffer): Promise<string> {
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  switch (ext) {
    case 'docx': {
      const zip = await JSZip.loadAsync(buf);
      const xml = await zip.file('word/document.xml')!.async('string');
      return xml.replace(/<w:tab\/>/g, ' ').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    }
    case 'xlsx': {
      const wb = await loadWorkbook(buf);
      const parts: string[] = [];
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => parts.push(c.text))));
      return parts.join(' ');
    }
    case 'pdf': {
      const pdf = await PDFDocument.load(buf);
      expect(pdf.getPageCount()).toBeGreaterThan(0);
      const parts: string[] = [];
      for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
        if (!(obj instanceof PDFRawStream)) continue;
        if (obj.dict.get(PDFName.of('Filter')) !== PDFName.of('FlateDecode')) continue;
        if (obj.dict.get(PDFName.of('Type')) || obj.dict.get(PDFName.of('Subtype'))) continue;
        const content = inflateSync(Buffer.from(obj.contents)).toString('latin1');
        for (const m of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) parts.push(Buffer.from(m[1]!, 'hex').toString('latin1'));
      }
      return parts.join(' ');
    }
    case 'json':
      return JSON.stringify(JSON.parse(buf.toString('utf8')));
    case 'yaml':
    case 'yml':
      return JSON.stringify(YAML.parse(buf.toString('utf8')));
    case 'xml':
    case 'nessus': {
      const parser = new SaxesParser();
      const parts: string[] = [];
      parser.on('text', (t) => parts.push(t));
      parser.on('attribute', (a) => parts.push(a.value));
      parser.write(buf.toString('utf8')).close();
      return parts.join(' ');
    }
    case 'csv': {
      const rows = parseCsv(buf.toString('utf8'), { relax_column_count: true, skip_empty_lines: true }) as string[][];
      expect(rows.length).toBeGreaterThan(1);
      return rows.map((r) => r.join(' ')).join('\n');
    }
    case 'md':
    case 'txt':
      return buf.toString('utf8');
    default:
      throw new Error(`unexpected extension: ${file}`);
  }
}

describe('eval13 corpus', () => {
  let docs: Eval13Doc[];
  let dir: string;
  let written: { file: string; expected: DeliverableType; note: string }[];

  beforeAll(async () => {
    docs = await buildEval13Docs();
    dir = await mkdtemp(join(tmpdir(), 'eval13-'));
    written = await generateEval13Corpus(dir);
  }, 60000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('covers every deliverable code, with enough UNKNOWN look-alikes and repeated core codes', () => {
    const counts = new Map<string, number>();
    for (const d of docs) counts.set(d.expected, (counts.get(d.expected) ?? 0) + 1);
    for (const code of DeliverableType.options) expect(counts.get(code) ?? 0).toBeGreaterThanOrEqual(1);
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect(counts.get(code) ?? 0).toBeGreaterThanOrEqual(3);
    expect(counts.get('UNKNOWN') ?? 0).toBeGreaterThanOrEqual(15);
    expect(docs.length).toBeGreaterThanOrEqual(60);
    for (const d of docs) {
      expect(DeliverableType.safeParse(d.expected).success).toBe(true);
      expect(d.note.length).toBeGreaterThan(20);
    }
  });

  it('has unique file names', () => {
    const names = docs.map((d) => d.file);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('is deterministic to the byte (in-memory build equals the files written by a second build)', async () => {
    expect(written.map((w) => [w.file, w.expected, w.note])).toEqual(docs.map((d) => [d.file, d.expected, d.note]));
    for (const d of docs) {
      const onDisk = await readFile(join(dir, d.file));
      expect([d.file, onDisk.equals(asBuffer(d.data))]).toEqual([d.file, true]);
    }
  });

  it('keeps every file under 3 MB', () => {
    for (const d of docs) expect([d.file, asBuffer(d.data).length < 3 * 1024 * 1024]).toEqual([d.file, true]);
  });

  it('opens every file with its format library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await textOf(d.file, asBuffer(d.data))).replace(/\s+/g, ' ').trim();
      expect([d.file, text.length >= 200]).toEqual([d.file, true]);
    }
  }, 60000);
});
