import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { ROOT, runCli, type CliRun } from '../support/run-cli.js';
import { pidAlive } from '../../local/endpoints-file.js';

/**
 * End to end: the embedded local stack in its own process (free ports, a fresh data folder), and the
 * real `intake` CLI in others, as a user runs them from two terminals. `intake demo` drives a whole
 * Agency Authorization to AUTHORIZED and one ConMon month; the test then reads the package back
 * through the CLI, and checks on a second package that a decision by the wrong role is refused and
 * changes nothing. The stack is stopped at the end with nothing left running.
 */
const DemoResult = z.object({
  packageId: z.string(),
  finalStage: z.string(),
  finalGate: z.string(),
  authorized: z.boolean(),
  conmonMonth: z.string(),
  steps: z.array(z.object({ n: z.number(), role: z.string(), command: z.string(), what: z.string(), outcome: z.string(), atSeconds: z.number(), seconds: z.number() })),
  wrongRole: z.object({ role: z.literal('CSP'), decision: z.literal('approve'), status: z.number(), message: z.string(), historyBefore: z.number(), historyAfter: z.number(), pendingBefore: z.array(z.string()), pendingAfter: z.array(z.string()), unchanged: z.boolean() }),
  seconds: z.number(),
});

const Status = z.object({
  packageId: z.string(),
  stage: z.string(),
  gate: z.string(),
  deliverables: z.array(z.object({ deliverableId: z.string(), type: z.string(), version: z.number(), status: z.string(), uploadedBy: z.string() })),
  pendingDecisions: z.array(z.object({ kind: z.string(), role: z.string(), allowed: z.array(z.string()) })),
  history: z.array(z.object({ at: z.string(), role: z.string(), actor: z.string(), action: z.string(), detail: z.string() })),
});
type Status = z.infer<typeof Status>;

describe('intake demo on the embedded local stack', () => {
  let dataDir: string;
  let stack: ChildProcess | undefined;
  let stackErr = '';
  let stackOut = '';
  let readyMs = 0;
  let dynamodbPid = 0;

  const intake = async (args: readonly string[], timeoutMs = 120_000): Promise<CliRun> => runCli([...args, '--data-dir', dataDir], { timeoutMs });
  const json = <S extends z.ZodType>(run: CliRun, schema: S): z.output<S> => {
    if (run.code !== 0) throw new Error(`intake exited ${run.code}: ${run.stderr}`);
    return schema.parse(JSON.parse(run.stdout));
  };
  const status = async (packageId: string): Promise<Status> => json(await intake(['status', packageId, '--json']), Status);

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'intake-e2e-'));
    // `npm start` as a user runs it, on free ports and a fresh data folder.
    const args = ['--import', 'tsx', join(ROOT, 'local', 'start.ts'), '--data-dir', dataDir, '--api-port', '0', '--s3-port', '0', '--dynamodb-port', '0', '--quiet'];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
    stack = child;
    child.stdout?.on('data', (d: Buffer) => (stackOut += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stackErr += d.toString()));
    const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the local stack exited (${code}) before it was ready: ${stackOut.slice(-1000)} ${stackErr.slice(-2000)}`))));
    const started = Date.now();
    const ready = (async (): Promise<void> => {
      while (!existsSync(join(dataDir, 'endpoints.json'))) {
        if (Date.now() - started > 120_000) throw new Error(`the local stack did not start within 120 s: ${stackOut.slice(-1000)} ${stackErr.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    })();
    exited.catch(() => undefined); // once ready, the stack's exit is awaited by the last test
    await Promise.race([ready, exited]);
    readyMs = Date.now() - started;
    dynamodbPid = Number((await readFile(join(dataDir, 'dynamodb.pid'), 'utf8')).trim());
  }, 150_000);

  afterAll(async () => {
    const child = stack;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  }, 90_000);

  let demo: z.infer<typeof DemoResult>;

  it('runs the whole journey to AUTHORIZED and one ConMon month, refusing the CSP its own approval', async () => {
    console.log(`local stack: endpoints.json written ${readyMs} ms after spawning local/start.ts`);
    const run = await intake(['demo', '--json'], 600_000);
    if (run.code !== 0) throw new Error(`intake demo exited ${run.code}: ${run.stderr}\n--- stack log ---\n${stackOut.slice(-3000)}${stackErr.slice(-3000)}`);
    demo = DemoResult.parse(JSON.parse(run.stdout));
    console.log(`intake demo: ${demo.steps.length} steps in ${demo.seconds.toFixed(1)} s`);
    expect(demo.authorized).toBe(true);
    expect(demo.finalStage).toBe('CONTINUOUS_MONITORING');
    expect(demo.wrongRole).toMatchObject({ status: 403, unchanged: true, pendingBefore: ['ssp-approval:AGENCY'], pendingAfter: ['ssp-approval:AGENCY'] });
    expect(demo.wrongRole.historyAfter).toBe(demo.wrongRole.historyBefore);
    expect(demo.wrongRole.message).toMatch(/only AGENCY may approve/);
  }, 660_000);

  it('leaves the history the process prescribes, the same through status and events', async () => {
    expect(demo).toBeDefined();
    const s = await status(demo.packageId);
    expect(s.stage).toBe('CONTINUOUS_MONITORING');
    expect(s.pendingDecisions).toEqual([]);
    const decisions = s.history.filter((h) => h.action.startsWith('decision:')).map((h) => `${h.role} ${h.action} ${h.detail.split(' ')[0]}`);
    expect(decisions).toEqual([
      'AGENCY decision:ssp-approval reject',
      'AGENCY decision:ssp-approval approve',
      'AGENCY decision:sap-approval approve',
      'AGENCY decision:assessment-review approve',
      'PMO decision:pmo-review approve',
      'PMO decision:authorization authorize',
      'AGENCY decision:conmon-review approve',
    ]);
    const stages = s.history.filter((h) => h.action === 'stage-changed').map((h) => h.detail);
    expect(stages.some((d) => /AUTHORIZED\/AUTHORIZED$/.test(d))).toBe(true);
    expect(stages.at(-1)).toMatch(/CONTINUOUS_MONITORING/);
    // The invalid first SSP, the frozen SSP refused during testing, and the rest valid.
    const ssp = s.deliverables
      .filter((d) => d.type === 'SSP')
      .sort((a, b) => a.version - b.version)
      .map((d) => d.status);
    expect(ssp).toEqual(['INVALID', 'VALID', 'VALID', 'REJECTED']);
    expect(s.history.filter((h) => h.action === 'deliverable-rejected').map((h) => h.detail)).toEqual([expect.stringMatching(/frozen/)]);
    expect(s.deliverables.filter((d) => d.type === 'SAR' || d.type === 'SAP').every((d) => d.uploadedBy === '3PAO')).toBe(true);
    expect(s.deliverables.find((d) => d.type === 'ATO_LETTER')?.uploadedBy).toBe('AGENCY');

    const events = json(await intake(['events', demo.packageId, '--json']), z.object({ packageId: z.string(), history: Status.shape.history }));
    expect(events.history).toEqual(s.history);
  }, 120_000);

  it('refuses a decision by the wrong role through the CLI and records nothing', async () => {
    const created = json(await intake(['package', 'create', '--csp', 'Wrong Role Test', '--cso', 'WRT', '--agency', 'Department of Examples', '--impact', 'moderate', '--json']), z.object({ packageId: z.string() }));
    const uploaded: unknown = JSON.parse((await intake(['upload', created.packageId, join(ROOT, 'cli', 'demo', 'samples', 'ssp.docx'), '--as', 'csp', '--wait', '--json'])).stdout);
    expect(uploaded).toEqual([{ file: expect.stringMatching(/ssp\.docx$/), deliverableId: expect.any(String), type: 'SSP', status: 'VALID', findings: expect.any(Array) }]);
    let before = await status(created.packageId);
    for (let i = 0; i < 60 && before.pendingDecisions.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 500));
      before = await status(created.packageId);
    }
    expect(before.pendingDecisions).toEqual([{ kind: 'ssp-approval', role: 'AGENCY', allowed: ['approve', 'reject'] }]);

    for (const role of ['csp', '3pao', 'pmo']) {
      const refused = await intake(['decide', created.packageId, 'approve', '--as', role]);
      expect({ role, code: refused.code }).toEqual({ role, code: 1 });
      expect(refused.stderr).toMatch(new RegExp(`403 Forbidden: refused: only AGENCY may approve ssp-approval .*you act as ${role.toUpperCase()}\\. Nothing was recorded\\.`));
    }
    // Only the PMO runs the ConMon schedule by hand.
    const conmon = await intake(['conmon', 'start', '--as', 'csp']);
    expect(conmon.code).toBe(1);
    expect(conmon.stderr).toMatch(/403 Forbidden: only PMO may start a continuous-monitoring month; you act as CSP/);
    const after = await status(created.packageId);
    expect(after).toEqual(before);
  }, 240_000);

  it('stops the stack with nothing left behind', async () => {
    const child = stack!;
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(join(dataDir, 'endpoints.json'))).toBe(false);
    expect(dynamodbPid).toBeGreaterThan(0);
    expect(pidAlive(dynamodbPid)).toBe(false);
    const afterStop = await intake(['status', demo?.packageId ?? 'x']);
    expect(afterStop.code).toBe(1);
    expect(afterStop.stderr).toMatch(/the local pipeline is not running: start it with `npm start`/);
  }, 90_000);
});
