/**
 * Cold start of each Lambda: bundle size (from the synthesized assets) and module init time (median
 * of fresh imports, each in a new Node process) as a ratio to a minimal handler that bundles and
 * constructs the same AWS SDK clients. Aim: every bundle ≤ 250 KB, init ≤ 1.2× the baseline.
 *   npx tsx bench/cold-start.ts [--quick]
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { hasCdkApp, lambdaBuildOptions, localBundles, OUT, synthesizedBundles, type BundleSet, type FunctionBundle } from './bundles.js';
import { progress } from './progress.js';
import { quickFrom, type BenchOptions, type Row, type SectionResult } from './results.js';
import { formatMs, formatRatio, median } from './stats.js';

export const BUNDLE_AIM_BYTES = 250 * 1000;
export const INIT_AIM_RATIO = 1.2;

/** The SDK clients a bundle can hold: package, exported class, and a string only that client's code carries. */
const CLIENTS = [
  { pkg: '@aws-sdk/client-dynamodb', cls: 'DynamoDBClient', marker: 'DynamoDB_20120810' },
  { pkg: '@aws-sdk/client-s3', cls: 'S3Client', marker: 'AmazonS3' },
  { pkg: '@aws-sdk/client-sfn', cls: 'SFNClient', marker: 'AWSStepFunctions' },
  { pkg: '@aws-sdk/client-eventbridge', cls: 'EventBridgeClient', marker: 'AWSEvents' },
] as const;
type Client = (typeof CLIENTS)[number];

/** Which SDK clients a bundle carries (bundled: by their service markers; external: by their imports). */
export function clientsIn(code: string, externals: readonly string[]): Client[] {
  return CLIENTS.filter((c) => externals.includes(c.pkg) || code.includes(c.marker));
}

/** A minimal handler constructing the same clients, bundled with the same options and externals. */
async function baselineBundle(clients: readonly Client[], externals: readonly string[]): Promise<FunctionBundle> {
  const id = clients.map((c) => c.cls.replace(/Client$/, '').toLowerCase()).join('-') || 'none';
  const dir = join(OUT, 'cold-start', `baseline-${id}`);
  await mkdir(dir, { recursive: true });
  const entry = join(dir, 'handler.ts');
  await writeFile(
    entry,
    [
      ...clients.map((c) => `import { ${c.cls} } from '${c.pkg}';`),
      `const clients = [${clients.map((c) => `new ${c.cls}({})`).join(', ')}];`,
      'export const handler = async () => ({ statusCode: 200, body: String(clients.length) });',
      '',
    ].join('\n'),
  );
  const outfile = join(dir, 'index.mjs');
  await build({ ...lambdaBuildOptions(externals), entryPoints: [entry], outfile });
  const code = await readFile(outfile, 'utf8');
  return { name: `baseline (${clients.map((c) => c.cls).join(', ')})`, file: outfile, bytes: Buffer.byteLength(code), assetBytes: Buffer.byteLength(code), externals: [] };
}

/** The environment of an init: a region and dummy credentials so nothing reaches for the network. */
function childEnv(): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG'];
  const env: NodeJS.ProcessEnv = Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]]));
  return {
    ...env,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIDBENCHMARK000000',
    AWS_SECRET_ACCESS_KEY: 'bench-secret',
    AWS_EC2_METADATA_DISABLED: 'true',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_TRACE_ENABLED: 'false',
  };
}

const IMPORT_SCRIPT = 'const t = performance.now(); await import(process.argv[1]); process.stdout.write(String(performance.now() - t));';

/** One fresh Node process importing the bundle: milliseconds spent in `await import(bundle)`. */
export function importOnce(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', IMPORT_SCRIPT, pathToFileURL(file).href], { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(out.trim());
      if (code !== 0 || !Number.isFinite(ms)) reject(new Error(`importing ${file} failed (exit ${code}): ${err.slice(-1500)}`));
      else resolve(ms);
    });
  });
}

export interface ColdStartPoint {
  name: string;
  bytes: number;
  assetBytes: number;
  clients: string[];
  initMs: number;
  baselineBytes: number;
  baselineInitMs: number;
}

export async function measureColdStart(options: BenchOptions): Promise<{ points: ColdStartPoint[]; section: SectionResult }> {
  const started = performance.now();
  const runs = options.quick ? 5 : 21;
  if (Number(process.versions.node.split('.')[0]) < 22) throw new Error(`cold start is measured on Node 22 (the Lambda runtime); this is ${process.version}: run through npm/npx`);
  let set: BundleSet;
  let synthDir: string | undefined;
  if (hasCdkApp()) {
    synthDir = await mkdtemp(join(tmpdir(), 'intake-bench-synth-'));
    progress('cold-start', 'cdk synth…');
    set = await synthesizedBundles(synthDir);
  } else {
    progress('cold-start', 'no CDK app (infra/, cdk.json): bundling the handlers here with esbuild');
    set = await localBundles();
  }
  try {
    const points: ColdStartPoint[] = [];
    const baselines = new Map<string, { bundle: FunctionBundle; initMs: number }>();
    for (const fn of set.functions) {
      const code = await readFile(fn.file, 'utf8');
      const clients = clientsIn(code, fn.externals);
      const sdkExternals = fn.externals.filter((e) => e.startsWith('@aws-sdk/') || e.startsWith('@smithy/'));
      const key = `${clients.map((c) => c.cls).join(',')}|${sdkExternals.join(',')}`;
      let baseline = baselines.get(key);
      const base = baseline?.bundle ?? (await baselineBundle(clients, sdkExternals));
      // Interleaved, so drift in machine load hits both sides alike.
      const fnTimes: number[] = [];
      const baseTimes: number[] = [];
      await importOnce(fn.file); // warm the file cache
      await importOnce(base.file);
      for (let i = 0; i < runs; i++) {
        fnTimes.push(await importOnce(fn.file));
        if (!baseline) baseTimes.push(await importOnce(base.file));
      }
      if (!baseline) {
        baseline = { bundle: base, initMs: median(baseTimes) };
        baselines.set(key, baseline);
      }
      const point: ColdStartPoint = {
        name: fn.name,
        bytes: fn.bytes,
        assetBytes: fn.assetBytes,
        clients: clients.map((c) => c.cls),
        initMs: median(fnTimes),
        baselineBytes: base.bytes,
        baselineInitMs: baseline.initMs,
      };
      points.push(point);
      progress(
        'cold-start',
        `${fn.name}: ${(fn.bytes / 1000).toFixed(1)} KB, init ${formatMs(point.initMs)} vs baseline ${formatMs(point.baselineInitMs)} (${formatRatio(point.initMs / point.baselineInitMs)}; ${runs} fresh processes each)`,
      );
    }

    const rows: Row[] = [];
    for (const p of points) {
      rows.push({
        figure: `${p.name}: bundle size`,
        value: `${(p.bytes / 1000).toFixed(1)} KB${p.assetBytes !== p.bytes ? ` (asset ${(p.assetBytes / 1000).toFixed(1)} KB)` : ''}`,
        ratio: `${formatRatio(p.bytes / p.baselineBytes)} of baseline (${(p.baselineBytes / 1000).toFixed(1)} KB)`,
        aim: '≤ 250 KB',
        met: p.bytes <= BUNDLE_AIM_BYTES,
      });
      rows.push({
        figure: `${p.name}: module init`,
        value: formatMs(p.initMs),
        ratio: `${formatRatio(p.initMs / p.baselineInitMs)} of baseline (${formatMs(p.baselineInitMs)})`,
        aim: '≤ 1.20×',
        met: p.initMs / p.baselineInitMs <= INIT_AIM_RATIO,
      });
    }
    const externals = [...new Set(set.functions.flatMap((f) => f.externals))];
    const sdkExternal = CLIENTS.some((c) => externals.includes(c.pkg));
    const slowest = points.reduce((a, b) => (b.initMs > a.initMs ? b : a));
    return {
      points,
      section: {
        id: 'cold-start',
        title: 'Cold start: bundle size and module init against a minimal handler with the same AWS SDK clients',
        rows,
        notes: [
          set.note,
          `Init: median of ${runs} fresh \`node\` processes (${process.version}), each timing \`await import(bundle)\` with performance.now(); AWS_REGION and dummy credentials set, nothing reaches the network. Function and baseline imports are interleaved.`,
          `Baseline: \`new XClient({})\` for each SDK client the function's bundle carries (${[...new Set(points.flatMap((p) => p.clients))].join(', ') || 'none'}), bundled with the same esbuild options (ESM, node22, minified, ${sdkExternal ? 'AWS SDK external as in the functions: the runtime provides it on Lambda; here it is imported from node_modules' : 'AWS SDK bundled'}${externals.length ? `; left external: ${externals.join(', ')}` : ''}).`,
          'KB = 1,000 bytes; size is the entry file (index.mjs). Lambda adds its own runtime start (not measured here): the ratio is what the code adds.',
        ],
        timings: [{ figure: `${slowest.name} module init`, ms: slowest.initMs, boundBy: 'parsing and evaluating the bundle (AWS SDK clients, Powertools, zod schemas)' }],
        elapsedMs: performance.now() - started,
      },
    };
  } finally {
    if (synthDir) await rm(synthDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { section } = await measureColdStart({ quick: quickFrom(process.argv) });
  for (const n of section.notes) console.log(`- ${n}`);
  for (const r of section.rows) console.log(`${r.figure}: ${r.value}${r.ratio ? ` (${r.ratio})` : ''}${r.aim ? ` aim ${r.aim}` : ''}${r.met === false ? ' NOT MET' : ''}`);
}
