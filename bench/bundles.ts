/**
 * Where the Lambda bundles come from: the CDK app's cloud assembly when the app is there (`cdk synth`
 * into a temporary folder, function assets read through the templates' Code.S3Key), else the
 * handlers bundled here with esbuild, with the options the stack uses for NodejsFunction.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';

export const ROOT = join(import.meta.dirname, '..');
/** Git-ignored scratch folder inside the project (bundles there resolve the project's node_modules). */
export const OUT = join(ROOT, 'bench', 'out');

export const HANDLERS = ['api', 'intake', 'workflow-tasks', 'conmon-scheduler'] as const;

export interface FunctionBundle {
  /** Short name: the handler it runs (api, intake, …) or the construct path. */
  name: string;
  /** The bundle's entry file (index.mjs). */
  file: string;
  /** Bytes of the entry file. */
  bytes: number;
  /** Bytes of every file in the asset (source maps, licences included). */
  assetBytes: number;
  /** Packages left out of the bundle (imported at run time), e.g. @aws-sdk/*. */
  externals: string[];
}

export interface BundleSet {
  source: 'cdk-synth' | 'esbuild-here';
  functions: FunctionBundle[];
  synthMs?: number;
  note: string;
}

/** The esbuild options of a NodejsFunction with ESM output on nodejs22.x (minified, no source map). */
export function lambdaBuildOptions(externals: readonly string[]): BuildOptions {
  return {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    minify: true,
    mainFields: ['module', 'main'],
    external: [...externals],
    // What NodejsFunction users add for ESM: packages that still call require() find one.
    banner: { js: "import { createRequire as __benchCreateRequire } from 'node:module'; const require = __benchCreateRequire(import.meta.url);" },
    logLevel: 'silent',
  };
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Packages a bundle imports at run time (`from"@aws-sdk/…"`, `import("…")`), builtins excluded. */
export function externalImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom|\bimport|\brequire)\s*\(?\s*["']((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w.-]+)*)["']/g)) {
    const spec = m[1]!;
    if (spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]!)) continue;
    const parts = spec.split('/');
    found.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
  }
  return [...found].sort();
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

interface TemplateResource {
  Type: string;
  Properties?: { Code?: { S3Key?: unknown; ZipFile?: unknown }; Handler?: string; Runtime?: string };
  Metadata?: Record<string, unknown>;
}

/** The name a function is known by: the handler whose name its construct path carries, else the path. */
function functionName(logicalId: string, path: string | undefined): string {
  // The construct path without its first segment: the stack's own name (FedRampIntake) names no handler.
  const own = path ? path.split('/').slice(1).join('/') : logicalId;
  const flat = own.toLowerCase().replace(/[^a-z]/g, '');
  const byLength = [...HANDLERS].sort((a, b) => b.length - a.length);
  return byLength.find((h) => flat.includes(h.replace(/-/g, ''))) ?? path ?? logicalId;
}

/** `cdk synth` into `outdir` and the project's function bundles in it (CDK's own helper functions left out). */
export async function synthesizedBundles(outdir: string): Promise<BundleSet> {
  const started = performance.now();
  const env = { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true' };
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const r = await run(npx, ['cdk', 'synth', '--no-notices', '--quiet', '-o', outdir], env);
  if (r.code !== 0) throw new Error(`cdk synth failed (exit ${r.code}):\n${r.output.slice(-3000)}`);
  const synthMs = performance.now() - started;
  const functions: FunctionBundle[] = [];
  for (const file of (await readdir(outdir)).filter((f) => f.endsWith('.template.json'))) {
    const template = JSON.parse(await readFile(join(outdir, file), 'utf8')) as { Resources?: Record<string, TemplateResource> };
    for (const [logicalId, res] of Object.entries(template.Resources ?? {})) {
      if (res.Type !== 'AWS::Lambda::Function') continue;
      const key = res.Properties?.Code?.S3Key;
      if (typeof key !== 'string') continue; // inline code: a CDK helper, not ours
      const assetDir = join(outdir, `asset.${key.replace(/\.zip$/, '')}`);
      const entry = ['index.mjs', 'index.js'].map((f) => join(assetDir, f)).find((f) => existsSync(f));
      if (!entry || !entry.endsWith('.mjs')) continue; // CDK's own custom-resource providers ship index.js
      const code = await readFile(entry, 'utf8');
      const path = typeof res.Metadata?.['aws:cdk:path'] === 'string' ? (res.Metadata['aws:cdk:path'] as string) : undefined;
      functions.push({
        name: functionName(logicalId, path),
        file: entry,
        bytes: Buffer.byteLength(code),
        assetBytes: await dirBytes(assetDir),
        externals: externalImports(code),
      });
    }
  }
  if (functions.length === 0) throw new Error(`cdk synth produced no function asset with an index.mjs in ${outdir}`);
  functions.sort((a, b) => a.name.localeCompare(b.name));
  return { source: 'cdk-synth', functions, synthMs, note: `Bundles read from the cloud assembly of \`cdk synth\` (${functions.length} functions; synth took ${(synthMs / 1000).toFixed(1)} s).` };
}

/** The four handlers bundled here (no CDK app yet): esbuild, ESM, node22, minified, AWS SDK bundled. */
export async function localBundles(): Promise<BundleSet> {
  const dir = join(OUT, 'cold-start', 'handlers');
  await mkdir(dir, { recursive: true });
  const functions: FunctionBundle[] = [];
  for (const name of HANDLERS) {
    const outfile = join(dir, name, 'index.mjs');
    await build({ ...lambdaBuildOptions([]), entryPoints: [join(ROOT, 'functions', 'handlers', `${name}.ts`)], outfile });
    const code = await readFile(outfile, 'utf8');
    functions.push({ name, file: outfile, bytes: Buffer.byteLength(code), assetBytes: Buffer.byteLength(code), externals: externalImports(code) });
  }
  return {
    source: 'esbuild-here',
    functions,
    note: 'The CDK app (infra/, cdk.json) was not there: the handlers in functions/handlers were bundled here with esbuild (ESM, node22, minified, AWS SDK bundled), not read from a synthesized assembly.',
  };
}

export const hasCdkApp = (): boolean => existsSync(join(ROOT, 'cdk.json')) && existsSync(join(ROOT, 'infra'));
