import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { SaxesParser } from 'saxes';
import { Parser as HtmlParser } from 'htmlparser2';
import { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { buildEval39Docs, generateEval39Corpus } from './generate-eval39.js';
import type { EvalDoc } from './generate-eval39.js';

const sha = (d: Buffer | string): string => createHash('sha256').update(d).digest('hex');
const bytes = (d: Buffer | string): Buffer => (typeof d === 'string' ? Buffer.from(d, 'utf8') : d);

function xmlText(xml: string): string {
  const parser = new SaxesParser();
  const out: string[] = [];
  parser.on('text', (t) => out.push(t));
  parser.on('attribute', (a) => out.push(` ${a.value} `));
  parser.write(xml).close();
  return out.join(' ');
}

async function extractText(doc: EvalDoc): Promise<string> {
  const ext = doc.file.slice(doc.file.lastIndexOf('.') + 1).toLowerCase();
  const buf = bytes(doc.data);
  switch (ext) {
    case 'docx': {
      const zip = await JSZip.loadAsync(buf);
      const part = zip.file('word/document.xml');
      if (!part) throw new Error('no word/document.xml');
      return xmlText(await part.async('string'));
    }
    case 'xlsx': {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      const out: string[] = [];
      wb.eachSheet((ws) => {
        out.push(ws.name);
        ws.eachRow((row) => row.eachCell((c) => out.push(String(c.text))));
      });
      return out.join(' ');
    }
    case 'pdf': {
      const pdf = await PDFDocument.load(buf);
      expect(pdf.getPageCount()).toBeGreaterThan(0);
      const out: string[] = [];
      for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
        if (!(obj instanceof PDFRawStream)) continue;
        const content = Buffer.from(decodePDFRawStream(obj).decode()).toString('latin1');
        for (const m of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) out.push(Buffer.from(m[1] ?? '', 'hex').toString('latin1'));
      }
      return out.join(' ');
    }
    case 'json':
      JSON.parse(buf.toString('utf8'));
      return buf.toString('utf8');
    case 'yaml':
      expect(parseYaml(buf.toString('utf8'))).toBeTruthy();
      return buf.toString('utf8');
    case 'xml':
    case 'nessus':
      return xmlText(buf.toString('utf8'));
    case 'html': {
      const out: string[] = [];
      const p = new HtmlParser({ ontext: (t) => out.push(t) });
      p.write(buf.toString('utf8'));
      p.end();
      return out.join(' ');
    }
    case 'csv': {
      const rows = parseCsv(buf.toString('utf8'), { relax_column_count: false }) as string[][];
      expect(rows.length).toBeGreaterThan(1);
      return rows.flat().join(' ');
    }
    case 'md':
    case 'txt':
      return buf.toString('utf8');
    default:
      throw new Error(`unexpected extension ${ext}`);
  }
}

describe('eval39 corpus (legal-tech CSP persona)', () => {
  let docs: EvalDoc[];
  beforeAll(async () => {
    docs = await buildEval39Docs();
  }, 120_000);

  it('has 65-80 documents, every code, >=15 UNKNOWN and the core codes at least three times', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(docs.length).toBeLessThanOrEqual(80);
    const counts = new Map<string, number>();
    for (const d of docs) counts.set(d.expected, (counts.get(d.expected) ?? 0) + 1);
    for (const code of DeliverableType.options) expect({ code, ok: (counts.get(code) ?? 0) >= 2 }).toEqual({ code, ok: true });
    for (const code of ['SSP', 'SAP', 'SAR', 'POAM', 'SCAN_RESULTS', 'INVENTORY']) expect({ code, ok: (counts.get(code) ?? 0) >= 3 }).toEqual({ code, ok: true });
    expect(counts.get('UNKNOWN') ?? 0).toBeGreaterThanOrEqual(15);
    for (const d of docs) {
      expect(DeliverableType.safeParse(d.expected).success).toBe(true);
      expect(d.note.length).toBeGreaterThan(20);
    }
  });

  it('uses unique file names and keeps every file under 3 MB', () => {
    expect(new Set(docs.map((d) => d.file)).size).toBe(docs.length);
    for (const d of docs) expect({ file: d.file, small: bytes(d.data).length < 3 * 1024 * 1024 }).toEqual({ file: d.file, small: true });
  });

  it('is deterministic to the byte', async () => {
    const again = await buildEval39Docs();
    expect(again.map((d) => d.file)).toEqual(docs.map((d) => d.file));
    again.forEach((d, i) => expect({ file: d.file, hash: sha(d.data) }).toEqual({ file: docs[i]?.file, hash: sha(docs[i]?.data ?? '') }));
  }, 120_000);

  it('opens every file back with its format library and finds at least 200 characters of text', async () => {
    for (const d of docs) {
      const text = (await extractText(d)).replace(/\s+/g, ' ').trim();
      expect({ file: d.file, enough: text.length >= 200 }).toEqual({ file: d.file, enough: true });
    }
  }, 120_000);

  it('writes every file to the directory and returns the same labels', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval39-'));
    try {
      const labels = await generateEval39Corpus(dir);
      expect(labels).toEqual(docs.map(({ file, expected, note }) => ({ file, expected, note })));
      expect((await readdir(dir)).sort()).toEqual(docs.map((d) => d.file).sort());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
