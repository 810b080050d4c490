/**
 * The pipeline on the embedded stack (local/stack.ts): N deliverables uploaded at once through the
 * signed API and presigned POSTs (the CLI's client), then followed to the record: throughput, p50/p95
 * from upload start to "recorded with its validation", and lost = uploads neither recorded nor in the
 * dead-letter file. Full: 200 deliverables; quick: 50.
 *   npx tsx bench/pipeline.ts [--quick] [--count N]
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApiClient } from '../cli/api/client.js';
import type { Connection, Credentials } from '../cli/api/connection.js';
import { uploadFile } from '../cli/api/upload-file.js';
import type { Role } from '../functions/core/domain/roles.js';
import { progress } from './progress.js';
import { quickFrom, type BenchOptions, type Row, type SectionResult } from './results.js';
import { formatMs, formatRatio, percentile } from './stats.js';

const ROOT = join(import.meta.dirname, '..');
const PACKAGES = 10;
const POLL_MS = 200;
/** Give up on uploads still pending after this long without any new outcome. */
const STALL_MS = 120_000;

/** The contract of local/stack.ts. */
interface LocalStack {
  endpoints: { api: string; s3: string; dynamodb: string; region: string };
  stop(): Promise<void>;
}
type StartLocalStack = (options: { dataDir: string; apiPort?: number; s3Port?: number; dynamoPort?: number; quiet?: boolean; log?: (line: string) => void }) => Promise<LocalStack>;

export const STACK_MODULE = join(ROOT, 'local', 'stack.ts');

async function loadStack(): Promise<StartLocalStack> {
  if (!existsSync(STACK_MODULE)) throw new Error('local/stack.ts (the embedded stack) is not there yet');
  // Imported by path at run time: the bench does not tie its types to a module that may still be moving.
  const mod = (await import(pathToFileURL(STACK_MODULE).href)) as { startLocalStack?: StartLocalStack };
  if (typeof mod.startLocalStack !== 'function') throw new Error('local/stack.ts exports no startLocalStack');
  return mod.startLocalStack;
}

/** Sample deliverables: every fixture document (OSCAL, office, PDF, scans), cycled. */
function sampleFiles(): string[] {
  const folders = ['oscal', 'office', 'pdf', 'scans'].map((f) => join(ROOT, 'test', 'fixtures', f));
  return folders.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => !name.endsWith('.md') && statSync(join(dir, name)).isFile())
      .map((name) => join(dir, name)),
  );
}

interface Upload {
  file: string;
  packageId: string;
  start: number;
  key?: string;
  uploadedAt?: number;
  error?: string;
  /** Epoch ms the deliverable was recorded (its receivedAt), or when it was seen in the DLQ. */
  doneAt?: number;
  outcome?: 'recorded' | 'dlq';
  status?: string;
}

export interface PipelineFigures {
  count: number;
  recorded: number;
  dlq: number;
  uploadFailures: number;
  lost: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  uploadP50Ms: number;
  throughput: number;
  wallMs: number;
  statuses: Record<string, number>;
  /** Warning/error lines the stack logged, and the last few of them. */
  stackLines: number;
  stackLogTail: string[];
}

export async function runPipeline(count: number): Promise<PipelineFigures> {
  const startLocalStack = await loadStack();
  const dataDir = await mkdtemp(join(tmpdir(), 'intake-bench-pipeline-'));
  progress('pipeline', 'starting the embedded stack…');
  // The stack's warnings and errors are kept (the last few go into the report), not printed over the progress.
  const stackLog: string[] = [];
  let stackLines = 0;
  const log = (line: string): void => {
    stackLines++;
    stackLog.push(line.trim());
    if (stackLog.length > 5) stackLog.shift();
  };
  const stack = await startLocalStack({ dataDir, apiPort: 0, s3Port: 0, dynamoPort: 0, quiet: true, log });
  try {
    const identities = JSON.parse(await readFile(join(dataDir, 'identities.json'), 'utf8')) as Record<Role, Credentials>;
    const connection: Connection = {
      mode: 'local',
      api: stack.endpoints.api.replace(/\/$/, ''),
      region: stack.endpoints.region,
      credentialsFor: (role) => async () => ({ accessKeyId: identities[role].accessKeyId, secretAccessKey: identities[role].secretAccessKey }),
      describe: (role) => `${role} (local identity)`,
    };
    const client = new ApiClient(connection);
    const packages: string[] = [];
    for (let i = 0; i < PACKAGES; i++) {
      packages.push((await client.createPackage('CSP', { csp: `Bench Cloud ${i}`, cso: `Bench ${i}`, agency: 'Department of Benchmarks', impactLevel: 'MODERATE' })).packageId);
    }
    // Let each execution reach its first wait before the flood.
    await new Promise((r) => setTimeout(r, 500));
    const files = sampleFiles();
    progress('pipeline', `${PACKAGES} packages; uploading ${count} deliverables at once (${files.length} sample documents, cycled)…`);

    const uploads: Upload[] = Array.from({ length: count }, (_, i) => ({ file: files[i % files.length]!, packageId: packages[i % PACKAGES]!, start: 0 }));
    const t0 = Date.now();
    await Promise.all(
      uploads.map(async (u) => {
        u.start = Date.now();
        try {
          const done = await uploadFile(client, 'CSP', u.packageId, u.file, { progress: false });
          u.key = done.key;
          u.uploadedAt = Date.now();
        } catch (err) {
          u.error = err instanceof Error ? err.message : String(err);
        }
      }),
    );
    const failed = uploads.filter((u) => u.error);
    progress('pipeline', `uploads sent in ${formatMs(Date.now() - t0)}${failed.length ? `; ${failed.length} refused: ${failed[0]!.error}` : ''}`);

    const byKey = new Map(uploads.filter((u) => u.key).map((u) => [u.key!, u]));
    const pending = new Set(byKey.keys());
    const dlqFile = join(dataDir, 'dlq.jsonl');
    let lastChange = Date.now();
    let lastReport = 0;
    while (pending.size > 0 && Date.now() - lastChange < STALL_MS) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      const before = pending.size;
      for (const packageId of packages) {
        const status = await client.status('CSP', packageId);
        for (const d of status.deliverables) {
          const u = byKey.get(d.objectKey);
          if (!u || u.outcome) continue;
          const at = Date.parse(d.receivedAt);
          u.doneAt = Number.isFinite(at) ? at : Date.now();
          u.outcome = 'recorded';
          u.status = d.status;
          pending.delete(d.objectKey);
        }
      }
      if (existsSync(dlqFile)) {
        const dlq = await readFile(dlqFile, 'utf8');
        for (const key of [...pending]) {
          if (!dlq.includes(key)) continue;
          const u = byKey.get(key)!;
          u.outcome = 'dlq';
          u.doneAt = Date.now();
          pending.delete(key);
        }
      }
      if (pending.size !== before) lastChange = Date.now();
      if (Date.now() - lastReport > 3000) {
        lastReport = Date.now();
        progress('pipeline', `${byKey.size - pending.size}/${byKey.size} recorded or dead-lettered`);
      }
    }
    const done = uploads.filter((u) => u.outcome);
    const recorded = done.filter((u) => u.outcome === 'recorded');
    const latencies = recorded.map((u) => u.doneAt! - u.start);
    const lastDone = done.length > 0 ? Math.max(...done.map((u) => u.doneAt!)) : Date.now();
    const lastRecorded = recorded.length > 0 ? Math.max(...recorded.map((u) => u.doneAt!)) : Date.now();
    const statuses: Record<string, number> = {};
    for (const u of done) statuses[u.outcome === 'dlq' ? 'DLQ' : u.status!] = (statuses[u.outcome === 'dlq' ? 'DLQ' : u.status!] ?? 0) + 1;
    return {
      count,
      recorded: recorded.length,
      dlq: done.filter((u) => u.outcome === 'dlq').length,
      uploadFailures: failed.length,
      lost: count - done.length,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      maxMs: latencies.length > 0 ? Math.max(...latencies) : Number.NaN,
      uploadP50Ms: percentile(uploads.filter((u) => u.uploadedAt).map((u) => u.uploadedAt! - u.start), 50),
      throughput: recorded.length / ((lastRecorded - t0) / 1000),
      wallMs: lastDone - t0,
      statuses,
      stackLines,
      stackLogTail: stackLog,
    };
  } finally {
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function measurePipeline(options: BenchOptions, countOverride?: number): Promise<SectionResult> {
  const started = performance.now();
  const count = countOverride ?? (options.quick ? 50 : 200);
  const f = await runPipeline(count);
  const rows: Row[] = [
    { figure: `${count} concurrent uploads: throughput`, value: `${f.throughput.toFixed(1)} deliverables/s`, ratio: `${f.recorded} recorded; all ${count} settled in ${formatMs(f.wallMs)}` },
    { figure: `${count} concurrent uploads: upload → recorded, p50 (of ${f.recorded} recorded)`, value: formatMs(f.p50Ms), ratio: `${formatRatio(f.p50Ms / f.uploadP50Ms)} the upload itself (p50 ${formatMs(f.uploadP50Ms)})` },
    { figure: `${count} concurrent uploads: upload → recorded, p95`, value: formatMs(f.p95Ms), ratio: `${formatRatio(f.p95Ms / f.p50Ms)} p50 (max ${formatMs(f.maxMs)})` },
    {
      figure: `${count} concurrent uploads: lost`,
      value: `${f.lost}`,
      ratio: `${f.recorded} recorded, ${f.dlq} in the DLQ${f.uploadFailures ? `, ${f.uploadFailures} uploads refused` : ''}`,
      aim: '0',
      met: f.lost === 0,
    },
  ];
  return {
    id: 'pipeline',
    title: `Pipeline: ${count} deliverables uploaded at once on the embedded stack`,
    rows,
    notes: [
      `The embedded stack of \`npm start\` (local/stack.ts: local API with SigV4, s3rver, DynamoDB Local, local queue with DLQ, the real handlers and state machines). ${PACKAGES} packages, ${count} uploads started together through the CLI's signed ApiClient and \`uploadFile\` (grant + presigned POST), the fixture documents cycled (OSCAL XML/JSON/YAML, docx, xlsx, PDF, scans).`,
      `Latency: from the start of an upload (before its grant is requested) to the deliverable's recorded \`receivedAt\` (classified, validated, written), or to its sighting in \`dlq.jsonl\` (polled every ${POLL_MS} ms). Throughput: recorded deliverables ÷ time from the first upload start to the last record. Lost: uploads neither recorded nor dead-lettered within ${STALL_MS / 1000} s of the last progress.`,
      `Outcomes: ${Object.entries(f.statuses).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
      ...(options.quick ? ['Quick mode: 50 uploads (the full run: 200).'] : []),
      ...(f.stackLines > 0 ? [`The stack logged ${f.stackLines} warning/error line(s); the last: ${f.stackLogTail.map((l) => `\`${l.slice(0, 300)}\``).join(' / ')}`] : []),
    ],
    timings: [{ figure: `p95 upload → recorded (${count} at once)`, ms: f.p95Ms, boundBy: 'queueing behind the intake worker on 2 cores: each deliverable is classified and validated (CPU-bound) before it is recorded' }],
    elapsedMs: performance.now() - started,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--count');
  const s = await measurePipeline({ quick: quickFrom(process.argv) }, i > 0 ? Number(process.argv[i + 1]) : undefined);
  for (const r of s.rows) console.log(`${r.figure}: ${r.value}${r.ratio ? ` (${r.ratio})` : ''}${r.aim ? ` aim ${r.aim}` : ''}${r.met === false ? ' NOT MET' : ''}`);
  for (const n of s.notes) console.log(`- ${n}`);
}
