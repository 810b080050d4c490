import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { parse as parseYaml } from 'yaml';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval21Docs, generateEval21Corpus } from './generate-eval21.js';
import type { Eval21Doc } from './generate-eval21.js';
import { pdfText } from './kit/extract.js';

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/** Open a document with its format's own library and return its text. */
async function textOf(doc: Eval21Doc): Promise<string> {
  const buf = typeof doc.data === 'string' ? Buffer.from(doc.data, 'utf8') : doc.data;
  const ext = extname(doc.file).toLowerCase();
  switch (ext) {
    case '.docx': {
      const zip = await JSZip.loadAsync(buf);
      const xml = await zip.file('word/document.xml')?.async('string');
      if (xml === undefined) throw new Error(`${doc.file}: no word/document.xml`);
      return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    }
    case '.xlsx': {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      const parts: string[] = [];
      wb.eachSheet((ws) => {
        parts.push(ws.name);
        ws.eachRow((row) => row.eachCell((cell) => parts.push(cell.text)));
      });
      return parts.join(' ');
    }
    case '.pdf': {
      const { pages, text } = await pdfText(buf);
      expect(pages).toBeGreaterThan(0);
      return text;
    }
    case '.json':
      return strings(JSON.parse(buf.toString('utf8'))).join(' ');
    case '.yaml':
    case '.yml':
      return strings(parseYaml(buf.toString('utf8'))).join(' ');
    case '.xml':
    case '.nessus': {
      const parts: string[] = [];
      const parser = new SaxesParser();
      parser.on('text', (t) => parts.push(t.trim()));
      parser.on('opentag', (tag) => parts.push(...Object.values(tag.attributes).map(String)));
      parser.write(buf.toString('utf8')).close();
      return parts.filter((p) => p !== '').join(' ');
    }
    case '.csv': {
      const rows = parseCsv(buf, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
      expect(rows.length).toBeGreaterThan(2);
      return rows.flat().join(' ');
    }
    case '.md':
    case '.rst':
    case '.adoc':
    case '.txt': {
      const s = new TextDecoder('utf-8', { fatal: true }).decode(buf);
      return s;
    }
    default:
      throw new Error(`${doc.file}: no reader for ${ext}`);
  }
}

describe('evaluation corpus 21 (self-check, no classification)', () => {
  let first: Eval21Doc[];
  let second: Eval21Doc[];

  beforeAll(async () => {
    first = await buildEval21Docs();
    second = await buildEval21Docs();
  }, 120_000);

  it('has 65–80 documents with unique file names', () => {
    expect(first.length).toBeGreaterThanOrEqual(65);
    expect(first.length).toBeLessThanOrEqual(80);
    expect(new Set(first.map((d) => d.file)).size).toBe(first.length);
  });

  it('covers every deliverable code, the core ones three times and at least 15 UNKNOWN look-alikes', () => {
    const counts = new Map<string, number>();
    for (const d of first) counts.set(d.expected, (counts.get(d.expected) ?? 0) + 1);
    for (const code of DeliverableType.options) expect({ code, n: (counts.get(code) ?? 0) >= 2 }).toEqual({ code, n: true });
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY'] as const) expect({ code, n: (counts.get(code) ?? 0) >= 3 }).toEqual({ code, n: true });
    expect(counts.get('UNKNOWN') ?? 0).toBeGreaterThanOrEqual(15);
    for (const d of first) expect(DeliverableType.safeParse(d.expected).success).toBe(true);
  });

  it('every label has a note', () => {
    for (const d of first) expect({ file: d.file, ok: d.note.length > 20 }).toEqual({ file: d.file, ok: true });
  });

  it('is deterministic to the byte', () => {
    expect(second.map((d) => d.file)).toEqual(first.map((d) => d.file));
    first.forEach((d, i) => {
      const a = typeof d.data === 'string' ? Buffer.from(d.data) : d.data;
      const other = second[i]!.data;
      const b = typeof other === 'string' ? Buffer.from(other) : other;
      expect({ file: d.file, same: a.equals(b) }).toEqual({ file: d.file, same: true });
    });
  });

  it('every file is under 3 MB, opens with its format library and has at least 200 characters of text', async () => {
    for (const d of first) {
      const size = typeof d.data === 'string' ? Buffer.byteLength(d.data) : d.data.length;
      expect({ file: d.file, small: size < 3 * 1024 * 1024 }).toEqual({ file: d.file, small: true });
      const text = (await textOf(d)).replace(/\s+/g, ' ').trim();
      expect({ file: d.file, enough: text.length >= 200 }).toEqual({ file: d.file, enough: true });
    }
  }, 60_000);

  it('writes the same files to a directory and returns the labels', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval21-'));
    try {
      const labels = await generateEval21Corpus(dir);
      expect(labels.map((l) => l.file)).toEqual(first.map((d) => d.file));
      expect((await readdir(dir)).sort()).toEqual(first.map((d) => d.file).sort());
      for (const d of first) {
        const onDisk = await readFile(join(dir, d.file));
        const expected = typeof d.data === 'string' ? Buffer.from(d.data, 'utf8') : d.data;
        expect({ file: d.file, same: onDisk.equals(expected) }).toEqual({ file: d.file, same: true });
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
