import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { Classification } from '../../functions/core/classify/types.js';
import { fixture } from '../support/fixtures.js';
import { ROOT, runCli } from '../support/run-cli.js';

const CliResult = Classification.extend({ file: z.string() }).strict();

describe('intake classify', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'intake-cli-'));
    await writeFile(join(dir, 'empty.docx'), '');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints a JSON array with exactly the documented fields, in argument order', async () => {
    const files = [fixture('oscal/FedRAMP-SSP-OSCAL-Template.xml'), fixture('office/FedRAMP-POAM-Template.xlsx'), join(dir, 'empty.docx')];
    const run = await runCli(['classify', '--json', ...files]);
    expect(run.code).toBe(0);
    const results = z.array(CliResult).parse(JSON.parse(run.stdout));
    expect(results.map((r) => r.file)).toEqual(files);
    expect(results.map((r) => r.type)).toEqual(['SSP', 'POAM', 'UNKNOWN']);
    expect(results[2]).toMatchObject({ format: 'empty', error: 'the file is empty' });
    expect(results[0]).not.toHaveProperty('error');
  });

  it('prints a readable line per file without --json', async () => {
    const run = await runCli(['classify', fixture('office/AwesomeCloud-IRP.docx')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/AwesomeCloud-IRP\.docx\s+INCIDENT_RESPONSE_PLAN\s+0\.\d\d\s+docx/);
  });

  it('exits non-zero when a file cannot be opened, still reporting the others', async () => {
    const run = await runCli(['classify', '--json', join(dir, 'missing.pdf'), fixture('oscal/FedRAMP-SAR-OSCAL-Template.json')]);
    expect(run.code).toBe(1);
    const results = z.array(CliResult).parse(JSON.parse(run.stdout));
    expect(results[0]?.error).toMatch(/cannot open/);
    expect(results[1]?.type).toBe('SAR');
  });

  it('stops quietly when the reader of its output closes early (intake classify … | head)', async () => {
    const file = fixture('office/AwesomeCloud-IRP.docx');
    const child = spawn(process.execPath, [join(ROOT, 'cli', 'bin', 'intake.js'), 'classify', ...Array<string>(300).fill(file)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000);

  it('answers --help and rejects unknown options with exit 2', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(/classify/);
    const bad = await runCli(['classify', '--bogus', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown option/);
  });
});
