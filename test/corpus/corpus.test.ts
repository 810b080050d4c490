/**
 * The labelled train and holdout corpora: coverage, formats (by magic bytes), neutral names,
 * determinism, and every document labelled by the classifier as the corpus says (the accuracy figure
 * itself is measured by `npm run classify:accuracy` on sets the classifier was not tuned on).
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { FileByteSource } from '../../functions/adapters/file-byte-source.js';
import { classifyDocument } from '../../functions/core/classify/index.js';
import { DeliverableType } from '../../functions/core/domain/deliverables.js';
import type { DocumentFormat } from '../../functions/core/domain/deliverables.js';
import { generateCorpus, generateLabelled } from './generate.js';
import type { CorpusSet, LabelledItem } from './generate.js';
import { readZip } from './lib/zip.js';

const SETS: readonly CorpusSet[] = ['train', 'holdout'];
const CODES = DeliverableType.options.filter((t) => t !== 'UNKNOWN');
const OSCAL_ROOTS = ['system-security-plan', 'assessment-plan', 'assessment-results', 'plan-of-action-and-milestones', 'catalog', 'profile', 'component-definition'];

/** DOMAIN.md's "usual formats" per deliverable. */
const USUAL: Partial<Record<DeliverableType, readonly DocumentFormat[]>> = {
  SSP: ['docx', 'pdf', 'oscal-json', 'oscal-xml', 'oscal-yaml'],
  SAP: ['docx', 'pdf', 'oscal-json', 'oscal-xml', 'oscal-yaml'],
  SAR: ['docx', 'pdf', 'oscal-json', 'oscal-xml', 'oscal-yaml'],
  POAM: ['xlsx', 'oscal-json', 'oscal-xml', 'oscal-yaml'],
  ATO_LETTER: ['pdf'],
  AUTHORIZATION_CHECKLIST: ['xlsx', 'docx'],
  SCAN_RESULTS: ['nessus', 'csv', 'xml', 'json'],
  INVENTORY: ['xlsx'],
  SIGNIFICANT_CHANGE_REQUEST: ['docx', 'xlsx'],
  DEVIATION_REQUEST: ['docx', 'xlsx'],
};
const ATTACHMENT_FORMATS: readonly DocumentFormat[] = ['docx', 'xlsx', 'pdf'];

/** Words a neutral file name must not contain, per type. */
const NAME_HINTS: Partial<Record<DeliverableType, readonly string[]>> = {
  SSP: ['ssp', 'security plan'],
  SAP: ['sap', 'assessment plan'],
  SAR: ['sar', 'assessment report', 'results'],
  POAM: ['poam', 'poa&m', 'milestone'],
  INVENTORY: ['inventory', 'iiw'],
  SCAN_RESULTS: ['scan', 'nessus', 'qualys', 'vuln'],
  ATO_LETTER: ['ato', 'authoriz'],
  CONTINGENCY_PLAN: ['iscp', 'contingency', 'dr'],
  INCIDENT_RESPONSE_PLAN: ['irp', 'incident'],
  CONFIGURATION_MANAGEMENT_PLAN: ['cmp', 'config'],
  SEPARATION_OF_DUTIES_MATRIX: ['sod', 'duties'],
  DEVIATION_REQUEST: ['deviation', 'dr-'],
  SIGNIFICANT_CHANGE_REQUEST: ['scr', 'change'],
};

const corpus = {} as Record<CorpusSet, LabelledItem[]>;
let root = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'fedramp-corpus-'));
  for (const set of SETS) corpus[set] = await generateLabelled(join(root, set), set);
}, 120_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

const bytesOf = (set: CorpusSet, item: LabelledItem): Promise<Buffer> => readFile(join(root, set, item.file));

function firstChar(buf: Buffer): string {
  return buf.toString('utf8').replace(/^\uFEFF/, '').trimStart().charAt(0);
}

async function assertFormat(format: DocumentFormat, buf: Buffer, file: string): Promise<void> {
  const text = (): string => buf.toString('utf8');
  const ctx = `${file} (${format})`;
  switch (format) {
    case 'docx':
    case 'xlsx': {
      expect(buf.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
      const names = (await readZip(buf)).map((p) => p.name);
      expect(names).toContain('[Content_Types].xml');
      expect(names).toContain(format === 'docx' ? 'word/document.xml' : 'xl/workbook.xml');
      return;
    }
    case 'pdf':
      expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(buf.subarray(-1024).toString('latin1')).toContain('%%EOF');
      return;
    case 'oscal-json':
    case 'json': {
      expect(firstChar(buf)).toBe('{');
      // JSON, or JSON Lines (one object per line, as Nuclei writes them).
      const lines = text().trim().split('\n');
      const parsed = (lines.length > 1 && lines.every((l) => l.trim().startsWith('{') && l.trim().endsWith('}')) ? JSON.parse(lines[0]!) : JSON.parse(text())) as Record<string, unknown>;
      if (format === 'oscal-json') expect(Object.keys(parsed).filter((k) => k !== '$schema').every((k) => OSCAL_ROOTS.includes(k))).toBe(true);
      return;
    }
    case 'oscal-yaml':
    case 'yaml': {
      expect(['{', '<']).not.toContain(firstChar(buf));
      const parsed = YAML.parse(text()) as Record<string, unknown>;
      expect(Object.keys(parsed).some((k) => OSCAL_ROOTS.includes(k))).toBe(format === 'oscal-yaml');
      return;
    }
    case 'oscal-xml':
      expect(firstChar(buf)).toBe('<');
      expect(text()).toMatch(/<(system-security-plan|assessment-plan|assessment-results|plan-of-action-and-milestones|catalog|profile)[\s>][\s\S]*?xmlns="http:\/\/csrc\.nist\.gov\/ns\/oscal\/1\.0"/);
      return;
    case 'nessus':
      expect(firstChar(buf)).toBe('<');
      expect(text().slice(0, 200)).toContain('<NessusClientData_v2>');
      return;
    case 'xml':
      expect(firstChar(buf)).toBe('<');
      return;
    case 'csv': {
      const header = text().split(/\r?\n/).find((l) => (l.match(/[,;]/g) ?? []).length >= 3);
      expect(header).toBeDefined();
      expect(buf.includes(0)).toBe(false);
      return;
    }
    case 'text':
      expect(buf.includes(0)).toBe(false);
      expect(text().length).toBeGreaterThan(20);
      return;
    default:
      throw new Error(`unexpected format in corpus: ${ctx}`);
  }
}

describe.each(SETS)('%s corpus', (set) => {
  it('is labelled by the classifier as the corpus says', async () => {
    const wrong: string[] = [];
    for (const item of corpus[set]) {
      const source = await FileByteSource.open(join(root, set, item.file));
      const result = await classifyDocument(source, { fileName: item.file }).finally(() => source.close());
      if (result.type !== item.expected) wrong.push(`${item.file}: expected ${item.expected}, got ${result.type} (${item.note})`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('has at least 2 documents of every deliverable code', () => {
    const counts = new Map<DeliverableType, number>();
    for (const item of corpus[set]) counts.set(item.expected, (counts.get(item.expected) ?? 0) + 1);
    const missing = CODES.filter((c) => (counts.get(c) ?? 0) < 2);
    expect(missing).toEqual([]);
  });

  it('has at least 6 UNKNOWN documents', () => {
    expect(corpus[set].filter((i) => i.expected === 'UNKNOWN').length).toBeGreaterThanOrEqual(6);
  });

  it('writes non-empty files whose bytes are the format claimed', async () => {
    for (const item of corpus[set]) {
      const buf = await bytesOf(set, item);
      expect(buf.byteLength).toBeGreaterThan(0);
      expect(buf.byteLength).toBe(item.size);
      await assertFormat(item.format, buf, item.file);
    }
  });

  it('uses the usual formats of each deliverable', () => {
    for (const item of corpus[set]) {
      if (item.expected === 'UNKNOWN') continue;
      const allowed = USUAL[item.expected] ?? ATTACHMENT_FORMATS;
      expect([item.file, allowed.includes(item.format)]).toEqual([item.file, true]);
    }
  });

  it('gives neutral names that do not reveal the type, and has misleading ones', () => {
    const files = corpus[set].map((i) => i.file);
    expect(new Set(files).size).toBe(files.length);
    for (const item of corpus[set]) {
      if (item.misleadingName) continue;
      const name = item.file.toLowerCase().replace(/\.[a-z]+$/, '');
      const hit = (NAME_HINTS[item.expected] ?? []).filter((h) => name.includes(h));
      expect([item.file, hit]).toEqual([item.file, []]);
    }
    expect(corpus[set].filter((i) => i.misleadingName).length).toBeGreaterThanOrEqual(3);
  });
});

describe('train vs holdout', () => {
  it('share no file', async () => {
    const hashes = async (set: CorpusSet): Promise<Set<string>> =>
      new Set(await Promise.all(corpus[set].map(async (i) => createHash('sha256').update(await bytesOf(set, i)).digest('hex'))));
    const train = await hashes('train');
    const shared = [...(await hashes('holdout'))].filter((h) => train.has(h));
    expect(shared).toEqual([]);
  });

  it('is deterministic: a second run writes the same bytes', async () => {
    const again = join(root, 'again');
    const items = await generateCorpus(again, 'holdout');
    expect(items.map((i) => i.file)).toEqual(corpus.holdout.map((i) => i.file));
    for (const item of corpus.holdout) {
      const a = await bytesOf('holdout', item);
      const b = await readFile(join(again, item.file));
      expect([item.file, a.equals(b)]).toEqual([item.file, true]);
    }
  }, 60_000);
});
