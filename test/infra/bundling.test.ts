/**
 * Real bundling (esbuild, no Docker) of one function as the stack builds it: the asset is a minified
 * ESM `index.mjs` with the createRequire banner that loads on its own, outside node_modules. (The other
 * tests skip bundling; `npm run synth` bundles all four functions and the OSCAL validators.)
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Key } from 'aws-cdk-lib/aws-kms';
import { cdkJsonContext } from '../../infra/build-app.js';
import { ESM_REQUIRE_BANNER, PipelineFunction } from '../../infra/constructs/function.js';
import { FUNCTIONS } from '../../infra/layout.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

test('a pipeline function bundles to a self-contained minified ESM index.mjs', async () => {
  const outdir = mkdtempSync(join(tmpdir(), 'intake-bundle-'));
  dirs.push(outdir);
  const app = new App({ outdir, context: cdkJsonContext() });
  const stack = new Stack(app, 'BundleCheck');
  new PipelineFunction(stack, 'Scheduler', {
    ...FUNCTIONS.conmonScheduler,
    description: 'bundling check',
    memorySize: 256,
    timeout: Duration.seconds(10),
    environment: {},
    logRetentionDays: 7,
    logLevel: 'INFO',
    fips: false,
    logsKey: new Key(stack, 'Key'),
  });
  const assembly = app.synth();
  const template = assembly.getStackByName('BundleCheck').template as { Resources: Record<string, { Type: string; Properties: { Handler?: string } }> };
  const fn = Object.values(template.Resources).find((r) => r.Type === 'AWS::Lambda::Function')!;
  expect(fn.Properties.Handler).toBe('index.handler');

  const assets = readdirSync(assembly.directory).filter((d) => d.startsWith('asset.'));
  expect(assets).toHaveLength(1);
  const assetDir = join(assembly.directory, assets[0]!);
  expect(readdirSync(assetDir)).toEqual(['index.mjs']);
  const code = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
  expect(code.startsWith(ESM_REQUIRE_BANNER)).toBe(true);
  expect(code).toMatch(/export\s*\{[^}]*as handler/);
  expect(code.split('\n').length).toBeLessThan(200); // minified

  // Loads with no node_modules around it (a copy in a fresh directory), and exports the handler.
  const isolated = mkdtempSync(join(tmpdir(), 'intake-bundle-load-'));
  dirs.push(isolated);
  cpSync(join(assetDir, 'index.mjs'), join(isolated, 'index.mjs'));
  expect(existsSync(join(isolated, 'node_modules'))).toBe(false);
  const loaded = (await import(pathToFileURL(join(isolated, 'index.mjs')).href)) as { handler: unknown };
  expect(typeof loaded.handler).toBe('function');
}, 180_000);
