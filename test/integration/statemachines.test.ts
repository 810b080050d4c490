import { readFileSync } from 'node:fs';
import { REV5_AGENCY_AUTHORIZATION as REV5 } from '../../functions/core/process/rev5-agency.js';
import { findGate } from '../../functions/core/process/gates.js';
import { Decision } from '../../functions/core/domain/stages.js';
import { WorkflowTask } from '../../functions/core/workflow/workflow-tasks.js';
import { isRecord, validateAsl } from '../../local/stepfunctions/asl-library.js';
import { placeholdersOf, statesOf } from '../../local/stepfunctions/definition.js';
import { LocalWorkflow, type ExecutionDescription } from '../../local/stepfunctions/local-workflow.js';

const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:000000000000:function:workflow-tasks';
const DAY = 86_400;
const LAMBDA_RETRY_ERRORS = ['Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException'];

function readAsl(name: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(new URL(`../../statemachines/${name}.asl.json`, import.meta.url), 'utf8'));
  if (!isRecord(parsed)) throw new Error(`${name}.asl.json is not a JSON object`);
  return parsed;
}
const DEFINITIONS = { authorization: readAsl('authorization'), conmon: readAsl('conmon') };

type State = Record<string, unknown>;
const stateMap = (definition: State): Map<string, State> => new Map(statesOf(definition));
const field = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((v, k) => (Array.isArray(v) && typeof k === 'number' ? v[k] : isRecord(v) && typeof k === 'string' ? v[k] : undefined), value);
const payloadOf = (state: State): State => {
  const payload = field(state, 'Parameters', 'Payload');
  return isRecord(payload) ? payload : {};
};
const isLambdaTask = (state: State): boolean => state.Type === 'Task' && typeof state.Resource === 'string' && state.Resource.startsWith('arn:aws:states:::lambda:invoke');
const isWaiting = (state: State): boolean => state.Resource === 'arn:aws:states:::lambda:invoke.waitForTaskToken';
const catchers = (state: State): { ErrorEquals: string[]; Next: string; ResultPath?: string }[] =>
  (Array.isArray(state.Catch) ? state.Catch : []).map((c) => ({
    ErrorEquals: [field(c, 'ErrorEquals')].flat().filter((e): e is string => typeof e === 'string'),
    Next: String(field(c, 'Next')),
    ...(typeof field(c, 'ResultPath') === 'string' ? { ResultPath: String(field(c, 'ResultPath')) } : {}),
  }));

// ---------------------------------------------------------------------------------------------
// A fake workflow-tasks function: an in-memory script of uploads and human decisions.

interface Script {
  /** Decisions per kind, in order; 'silent' leaves the request unanswered (it times out). Default: the first outcome. */
  decisions?: Partial<Record<string, (Decision | 'silent')[]>>;
  /** How many waits of a gate stay unanswered before its deliverables arrive (Infinity: never). */
  silentGates?: Partial<Record<string, number>>;
  /** Makes the n-th call (1-based, per action+gate) throw. */
  throwOn?: (task: WorkflowTask, attempt: number) => Error | undefined;
}

class FakeWorkflowTasks {
  readonly tasks: WorkflowTask[] = [];
  readonly payloads: unknown[] = [];
  readonly resumeErrors: unknown[] = [];
  workflow: LocalWorkflow | undefined;
  private readonly attempts = new Map<string, number>();

  constructor(private readonly script: Script = {}) {}

  invoke = async (functionArn: string, payload: unknown): Promise<unknown> => {
    if (functionArn !== FUNCTION_ARN) throw new Error(`unexpected function ${functionArn}`);
    this.payloads.push(payload);
    const task = WorkflowTask.parse(payload);
    this.tasks.push(task);
    const key = `${task.action}:${'gate' in task ? task.gate : ''}`;
    const attempt = (this.attempts.get(key) ?? 0) + 1;
    this.attempts.set(key, attempt);
    const failure = this.script.throwOn?.(task, attempt);
    if (failure) throw failure;
    switch (task.action) {
      case 'enterGate':
        return { stage: findGate(REV5, task.gate).stage, gate: task.gate };
      case 'awaitDeliverables': {
        const silent = this.script.silentGates?.[task.gate] ?? 0;
        if (silent > 0) this.script.silentGates = { ...this.script.silentGates, [task.gate]: silent - 1 };
        else this.resume(task.taskToken, { gate: task.gate, complete: true });
        return { waiting: true };
      }
      case 'requestDecision': {
        const queue = this.script.decisions?.[task.kind] ?? [];
        const next = queue.shift() ?? defaultDecision(task.gate);
        if (next !== 'silent') this.resume(task.taskToken, { decision: next, decidedBy: 'official@agency.example', comment: `${next} by script` });
        return { requested: task.kind };
      }
      case 'escalate':
        return { escalated: task.reason };
      case 'finish':
        return { stage: task.outcome };
      case 'recordFailure':
        return { recorded: true };
    }
  };

  /** Resumes on the next turn of the event loop, as an upload or a decision API call would. */
  private resume(token: string, output: unknown): void {
    setImmediate(() => {
      this.workflow?.sendTaskSuccess(token, output).catch((err: unknown) => this.resumeErrors.push(err));
    });
  }

  /** `action gate[/kind|reason|outcome]` per call, for readable sequence assertions. */
  steps(): string[] {
    return this.tasks.map((t) => {
      switch (t.action) {
        case 'enterGate':
        case 'awaitDeliverables':
          return `${t.action} ${t.gate}`;
        case 'requestDecision':
          return `${t.action} ${t.kind}`;
        case 'escalate':
          return `${t.action} ${t.gate} ${t.reason}`;
        case 'finish':
          return `${t.action} ${t.outcome}`;
        case 'recordFailure':
          return `${t.action} ${t.error}`;
      }
    });
  }
}

function defaultDecision(gateId: string): Decision {
  const gates = [...REV5.gates, { id: 'conmon-monthly', decision: { outcomes: { approve: 'done' } } }];
  const outcomes = gates.find((g) => g.id === gateId)?.decision?.outcomes ?? {};
  const first = Object.keys(outcomes)[0];
  if (first === undefined) throw new Error(`gate ${gateId} has no decision`);
  return Decision.parse(first);
}

const workflows: LocalWorkflow[] = [];
afterEach(async () => {
  await Promise.all(workflows.splice(0).map((w) => w.stop()));
});

function setup(script: Script = {}, timeoutScale?: number): { fake: FakeWorkflowTasks; workflow: LocalWorkflow } {
  const fake = new FakeWorkflowTasks(script);
  const workflow = new LocalWorkflow({
    definitions: DEFINITIONS,
    substitutions: { WorkflowTasksFunctionArn: FUNCTION_ARN },
    stateMachineOf: (name) => (name.startsWith('conmon-') ? 'conmon' : 'authorization'),
    invokeLambda: fake.invoke,
    ...(timeoutScale !== undefined ? { timeoutScale } : {}),
  });
  fake.workflow = workflow;
  workflows.push(workflow);
  return { fake, workflow };
}

const PACKAGE_INPUT = { packageId: 'pkg-1', processId: 'rev5-agency', impactLevel: 'MODERATE' };

async function runAuthorization(script: Script = {}, timeoutScale?: number): Promise<{ fake: FakeWorkflowTasks; workflow: LocalWorkflow; arn: string; result: ExecutionDescription }> {
  const { fake, workflow } = setup(script, timeoutScale);
  const { executionArn } = await workflow.startExecution('pkg-1', PACKAGE_INPUT);
  const result = await workflow.waitForExecution(executionArn, 8_000);
  // Every Payload is exactly a WorkflowTask: parsing drops nothing.
  expect(fake.tasks).toEqual(fake.payloads);
  expect(fake.resumeErrors).toEqual([]);
  return { fake, workflow, arn: executionArn, result };
}

const outputOf = (d: ExecutionDescription): unknown => JSON.parse(d.output ?? 'null');

const HAPPY_PATH = [
  'enterGate ssp-review',
  'awaitDeliverables ssp-review',
  'requestDecision ssp-approval',
  'enterGate sap-review',
  'awaitDeliverables sap-review',
  'requestDecision sap-approval',
  'enterGate testing',
  'awaitDeliverables testing',
  'enterGate agency-review',
  'requestDecision assessment-review',
  'enterGate ato-letter',
  'awaitDeliverables ato-letter',
  'enterGate pmo-review',
  'awaitDeliverables pmo-review',
  'requestDecision pmo-review',
  'enterGate authorization-decision',
  'requestDecision authorization',
  'finish AUTHORIZED',
];

async function waitUntil(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

// ---------------------------------------------------------------------------------------------

describe('ASL definitions', () => {
  it.each(Object.entries(DEFINITIONS))('%s is valid ASL (asl-validator 4, paths and ARNs checked)', (_name, definition) => {
    const result = validateAsl(definition);
    expect({ isValid: result.isValid, errors: result.errorsText('\n') }).toEqual({ isValid: true, errors: '' });
  });

  it.each(Object.entries(DEFINITIONS))('%s uses only the ${WorkflowTasksFunctionArn} substitution, JSONPath and no Assign', (_name, definition) => {
    expect([...placeholdersOf(definition)]).toEqual(['WorkflowTasksFunctionArn']);
    const text = JSON.stringify(definition);
    expect(text).not.toMatch(/"(QueryLanguage|Assign|Arguments|Output)"\s*:/);
    expect(text).not.toContain('{%');
    // AWS limits state names to 80 characters.
    expect([...stateMap(definition).keys()].filter((name) => [...name].length > 80)).toEqual([]);
  });

  it.each(Object.entries(DEFINITIONS))('%s: every Lambda task sends an exact WorkflowTask, retries Lambda errors and catches everything', (_name, definition) => {
    const states = stateMap(definition);
    const lambdaTasks = [...states].filter(([, s]) => isLambdaTask(s));
    expect(lambdaTasks.length).toBeGreaterThan(5);
    for (const [name, state] of lambdaTasks) {
      expect([name, field(state, 'Parameters', 'FunctionName')]).toEqual([name, '${WorkflowTasksFunctionArn}']);
      // A sample Payload with every JSONPath filled in parses as a WorkflowTask without losing a key.
      const sample = Object.fromEntries(Object.entries(payloadOf(state)).map(([k, v]) => (k.endsWith('.$') ? [k.slice(0, -2), `sample-${k}`] : [k, v])));
      expect([name, WorkflowTask.parse(sample)]).toEqual([name, sample]);
      expect([name, state.Retry]).toEqual([name, [{ ErrorEquals: LAMBDA_RETRY_ERRORS, IntervalSeconds: 2, BackoffRate: 2, MaxAttempts: 3, JitterStrategy: 'FULL' }]]);
      const catches = catchers(state);
      expect([name, catches[catches.length - 1]?.ErrorEquals]).toEqual([name, ['States.ALL']]);
      if (isWaiting(state)) {
        expect([name, payloadOf(state)['taskToken.$']]).toEqual([name, '$$.Task.Token']);
        expect([name, catches[0]?.ErrorEquals]).toEqual([name, ['States.Timeout']]);
        expect([name, typeof state.TimeoutSeconds]).toEqual([name, 'number']);
      } else {
        expect([name, state.ResultSelector, state.ResultPath]).toEqual([name, { 'result.$': '$.Payload' }, '$.task']);
      }
    }
  });

  it.each(Object.entries(DEFINITIONS))('%s: waits follow the process table (deadlines, escalation loops, decision outcomes)', (_name, definition) => {
    const states = stateMap(definition);
    const get = (name: string): State => {
      const s = states.get(name);
      if (!s) throw new Error(`no state ${name}`);
      return s;
    };
    /** Where a transition leads in process terms: a gate, a final outcome, or 'done'. */
    const leadsTo = (name: string): string => {
      const s = get(name);
      const p = payloadOf(s);
      if (s.Type === 'Task' && p.action === 'finish') return String(p.outcome);
      if (s.Type === 'Task' && typeof p.gate === 'string') return p.gate;
      return 'done';
    };
    for (const [name, state] of states) {
      if (!isWaiting(state)) continue;
      const p = payloadOf(state);
      const gate = findGate(REV5, String(p.gate));
      const onTimeout = catchers(state)[0]?.Next ?? '';
      const escalation = payloadOf(get(onTimeout));
      if (p.action === 'awaitDeliverables') {
        expect([name, state.TimeoutSeconds]).toEqual([name, gate.dueDays * DAY]);
        expect([name, escalation]).toEqual([name, { action: 'escalate', 'packageId.$': '$.packageId', gate: gate.id, reason: 'deliverables-overdue' }]);
        if (gate.stage === 'CONTINUOUS_MONITORING') expect([name, p['since.$']]).toEqual([name, '$.monthStart']);
      } else {
        const decision = gate.decision;
        if (!decision) throw new Error(`${name}: gate ${gate.id} has no decision`);
        expect([name, p.kind, state.TimeoutSeconds]).toEqual([name, decision.kind, decision.timeoutDays * DAY]);
        expect([name, escalation]).toEqual([name, { action: 'escalate', 'packageId.$': '$.packageId', gate: gate.id, kind: decision.kind, reason: 'decision-overdue' }]);
        // Overdue decisions are asked again: the escalation leads back to this state (a new token).
        expect([name, get(onTimeout).Next]).toEqual([name, name]);
        const choice = get(String(state.Next));
        const routes = Object.fromEntries(
          (Array.isArray(choice.Choices) ? choice.Choices : []).map((c) => [String(field(c, 'StringEquals')), leadsTo(String(field(c, 'Next')))]),
        );
        expect([name, routes]).toEqual([name, decision.outcomes]);
        expect([name, field(choice, 'Choices', 0, 'Variable')]).toEqual([name, '$.decision.decision']);
      }
    }
  });
});

describe('authorization state machine on the local runner', () => {
  it('runs the happy path to AUTHORIZED', async () => {
    const { fake, workflow, arn, result } = await runAuthorization();
    expect(result.status).toBe('SUCCEEDED');
    expect(fake.steps()).toEqual(HAPPY_PATH);
    expect(outputOf(result)).toEqual({ packageId: 'pkg-1', outcome: 'AUTHORIZED', decision: { decision: 'authorize', decidedBy: 'official@agency.example', comment: 'authorize by script' } });
    const transitions = workflow.stateTransitionCount(arn);
    console.log(`authorization happy path: ${transitions} state transitions`);
    expect(transitions).toBe(24);
    const entered = workflow.executionEvents(arn).flatMap((e) => (e.type === 'StateEntered' ? [e.state.name] : []));
    expect(entered.slice(0, 4)).toEqual(['PARTNERSHIP · Enter SSP review', 'PARTNERSHIP · Await SSP', 'PARTNERSHIP · Agency SSP decision', 'PARTNERSHIP · SSP approved?']);
    expect(entered[entered.length - 1]).toBe('AUTHORIZED');
  });

  it('loops back to the SSP wait when the agency rejects the SSP', async () => {
    const { fake, result } = await runAuthorization({ decisions: { 'ssp-approval': ['reject', 'approve'] } });
    expect(result.status).toBe('SUCCEEDED');
    expect(fake.steps().slice(0, 6)).toEqual([
      'enterGate ssp-review',
      'awaitDeliverables ssp-review',
      'requestDecision ssp-approval',
      'awaitDeliverables ssp-review',
      'requestDecision ssp-approval',
      'enterGate sap-review',
    ]);
    expect(fake.steps().slice(6)).toEqual(HAPPY_PATH.slice(4));
  });

  it('goes back to testing when the agency requests more testing', async () => {
    const { fake, result } = await runAuthorization({ decisions: { 'assessment-review': ['request-testing', 'approve'] } });
    expect(result.status).toBe('SUCCEEDED');
    expect(fake.steps().slice(6, 14)).toEqual([
      'enterGate testing',
      'awaitDeliverables testing',
      'enterGate agency-review',
      'requestDecision assessment-review',
      'enterGate testing',
      'awaitDeliverables testing',
      'enterGate agency-review',
      'requestDecision assessment-review',
    ]);
    expect(fake.steps().slice(14)).toEqual(HAPPY_PATH.slice(10));
  });

  it('waits for the package again when the PMO returns it', async () => {
    const { fake, result } = await runAuthorization({ decisions: { 'pmo-review': ['return', 'return', 'approve'] } });
    expect(result.status).toBe('SUCCEEDED');
    expect(fake.steps().slice(12)).toEqual([
      'enterGate pmo-review',
      'awaitDeliverables pmo-review',
      'requestDecision pmo-review',
      'awaitDeliverables pmo-review',
      'requestDecision pmo-review',
      'awaitDeliverables pmo-review',
      'requestDecision pmo-review',
      'enterGate authorization-decision',
      'requestDecision authorization',
      'finish AUTHORIZED',
    ]);
  });

  it('finishes DENIED when the PMO denies the authorization', async () => {
    const { fake, result } = await runAuthorization({ decisions: { authorization: ['deny'] } });
    expect(result.status).toBe('SUCCEEDED');
    expect(fake.steps()).toEqual([...HAPPY_PATH.slice(0, -1), 'finish DENIED']);
    expect(outputOf(result)).toMatchObject({ packageId: 'pkg-1', outcome: 'DENIED' });
  });

  it('escalates an overdue decision and asks again with a new token', async () => {
    const { fake, workflow, arn, result } = await runAuthorization({ decisions: { 'ssp-approval': ['silent', 'approve'] } }, 1e-9);
    expect(result.status).toBe('SUCCEEDED');
    expect(fake.steps().slice(0, 6)).toEqual([
      'enterGate ssp-review',
      'awaitDeliverables ssp-review',
      'requestDecision ssp-approval',
      'escalate ssp-review decision-overdue',
      'requestDecision ssp-approval',
      'enterGate sap-review',
    ]);
    expect(fake.tasks[3]).toEqual({ action: 'escalate', packageId: 'pkg-1', gate: 'ssp-review', kind: 'ssp-approval', reason: 'decision-overdue' });
    const tokens = fake.tasks.flatMap((t) => (t.action === 'requestDecision' && t.kind === 'ssp-approval' ? [t.taskToken] : []));
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).not.toBe(tokens[1]);
    // The timed-out token is dead, like on AWS.
    await expect(workflow.sendTaskSuccess(tokens[0] ?? '', { decision: 'approve' })).rejects.toMatchObject({ name: 'TaskTimedOut' });
    const caught = workflow.executionEvents(arn).flatMap((e) => (e.type === 'StateCaught' ? [e.state.name] : []));
    expect(caught).toEqual(['PARTNERSHIP · Agency SSP decision']);
    expect(fake.steps()[fake.steps().length - 1]).toBe('finish AUTHORIZED');
  });

  it('fails on a decision that is not an outcome of the pending decision', async () => {
    const { fake, result } = await runAuthorization({ decisions: { authorization: ['approve'] } });
    expect(result).toMatchObject({ status: 'FAILED', error: 'UnexpectedDecision' });
    expect(result.cause).toContain('"decision":"approve"');
    expect(fake.steps().slice(-2)).toEqual(['requestDecision authorization', 'recordFailure UnexpectedDecision']);
  });

  it('records the failure and fails when a task throws', async () => {
    class NotFoundError extends Error {
      override readonly name = 'NotFoundError';
    }
    const { fake, result } = await runAuthorization({
      throwOn: (t) => (t.action === 'enterGate' && t.gate === 'testing' ? new NotFoundError('package pkg-1 does not exist') : undefined),
    });
    expect(result.status).toBe('FAILED');
    expect(fake.steps().slice(6)).toEqual(['enterGate testing', 'recordFailure NotFoundError']);
    const cause = JSON.stringify({ errorType: 'NotFoundError', errorMessage: 'package pkg-1 does not exist' });
    expect(fake.tasks[7]).toEqual({ action: 'recordFailure', packageId: 'pkg-1', error: 'NotFoundError', cause });
    expect(result).toMatchObject({ error: 'NotFoundError', cause });
  });

  it('retries a throttled Lambda call', async () => {
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'Lambda.TooManyRequestsException' });
    const { fake, workflow, arn, result } = await runAuthorization({ throwOn: (t, attempt) => (t.action === 'enterGate' && t.gate === 'ssp-review' && attempt === 1 ? throttled : undefined) }, 1e-3);
    expect(result.status).toBe('SUCCEEDED');
    expect(fake.steps()).toEqual([HAPPY_PATH[0], ...HAPPY_PATH]);
    expect(workflow.executionEvents(arn).filter((e) => e.type === 'StateRetried')).toHaveLength(1);
    expect(workflow.stateTransitionCount(arn)).toBe(25);
  });

  it('fails with the error and cause given to SendTaskFailure, after recording it', async () => {
    const { fake, workflow } = setup({ silentGates: { 'ssp-review': 1 } });
    const { executionArn } = await workflow.startExecution('pkg-1', PACKAGE_INPUT);
    await waitUntil(() => workflow.pendingTasks(executionArn).length > 0);
    const [pending] = workflow.pendingTasks(executionArn);
    expect(pending?.stateName).toBe('PARTNERSHIP · Await SSP');
    await workflow.sendTaskFailure(pending?.token ?? '', 'PackageWithdrawn', 'the CSP withdrew the package');
    const result = await workflow.waitForExecution(executionArn);
    expect(result).toMatchObject({ status: 'FAILED', error: 'PackageWithdrawn', cause: 'the CSP withdrew the package' });
    expect(fake.tasks[fake.tasks.length - 1]).toEqual({ action: 'recordFailure', packageId: 'pkg-1', error: 'PackageWithdrawn', cause: 'the CSP withdrew the package' });
  });
});

describe('conmon state machine on the local runner', () => {
  const MONTH = { packageId: 'pkg-1', month: '2026-11', monthStart: '2026-11-01T00:00:00.000Z' };

  it('reviews the month, then the annual assessment', async () => {
    const { fake, workflow } = setup();
    const { executionArn } = await workflow.startExecution('conmon-pkg-1-2026-11', { ...MONTH, annual: true });
    expect(executionArn).toBe('arn:aws:states:local:000000000000:execution:conmon:conmon-pkg-1-2026-11');
    const result = await workflow.waitForExecution(executionArn);
    expect(result.status).toBe('SUCCEEDED');
    expect(fake.steps()).toEqual(['enterGate conmon-monthly', 'awaitDeliverables conmon-monthly', 'requestDecision conmon-review', 'enterGate conmon-annual', 'awaitDeliverables conmon-annual']);
    expect(fake.tasks.filter((t) => t.action === 'awaitDeliverables').map((t) => t.action === 'awaitDeliverables' && t.since)).toEqual([MONTH.monthStart, MONTH.monthStart]);
    expect(fake.tasks).toEqual(fake.payloads);
  });

  it('skips the annual assessment in other months and waits again after a rejected review', async () => {
    const { fake, workflow } = setup({ decisions: { 'conmon-review': ['reject', 'approve'] } });
    const { executionArn } = await workflow.startExecution('conmon-pkg-1-2026-12', { ...MONTH, annual: false });
    expect((await workflow.waitForExecution(executionArn)).status).toBe('SUCCEEDED');
    expect(fake.steps()).toEqual(['enterGate conmon-monthly', 'awaitDeliverables conmon-monthly', 'requestDecision conmon-review', 'awaitDeliverables conmon-monthly', 'requestDecision conmon-review']);
  });

  it('gives the month up as MonthlyDeliverablesMissing after three escalations', async () => {
    const { fake, workflow } = setup({ silentGates: { 'conmon-monthly': Infinity } }, 1e-9);
    const { executionArn } = await workflow.startExecution('conmon-pkg-1-2027-01', { ...MONTH, month: '2027-01', annual: false });
    const result = await workflow.waitForExecution(executionArn, 8_000);
    expect(result).toMatchObject({ status: 'FAILED', error: 'MonthlyDeliverablesMissing' });
    expect(fake.steps()).toEqual([
      'enterGate conmon-monthly',
      'awaitDeliverables conmon-monthly',
      'escalate conmon-monthly deliverables-overdue',
      'awaitDeliverables conmon-monthly',
      'escalate conmon-monthly deliverables-overdue',
      'awaitDeliverables conmon-monthly',
      'escalate conmon-monthly deliverables-overdue',
      'recordFailure MonthlyDeliverablesMissing',
    ]);
    expect(fake.tasks[fake.tasks.length - 1]).toMatchObject({ cause: 'monthly deliverables of 2027-01 still missing after 3 escalations' });
  });
});

describe('LocalWorkflow as the Step Functions API', () => {
  it('refuses a reused execution name unless it is the same running request', async () => {
    const { workflow } = setup({ silentGates: { 'ssp-review': 1 } });
    const first = await workflow.startExecution('pkg-1', PACKAGE_INPUT);
    await expect(workflow.startExecution('pkg-1', PACKAGE_INPUT)).resolves.toEqual(first);
    await expect(workflow.startExecution('pkg-1', { ...PACKAGE_INPUT, impactLevel: 'HIGH' })).rejects.toMatchObject({ name: 'ExecutionAlreadyExists' });
    await workflow.abort(first.executionArn);
    await expect(workflow.startExecution('pkg-1', PACKAGE_INPUT)).rejects.toMatchObject({ name: 'ExecutionAlreadyExists' });
    await expect(workflow.startExecution('bad name', PACKAGE_INPUT)).rejects.toMatchObject({ name: 'InvalidName' });
    await expect(workflow.startExecution('x', {}, 'nope')).rejects.toMatchObject({ name: 'StateMachineDoesNotExist' });
    expect(() => workflow.describeExecution('arn:aws:states:local:000000000000:execution:authorization:other')).toThrow(expect.objectContaining({ name: 'ExecutionDoesNotExist' }));
  });

  it('aborts a waiting execution and kills its token', async () => {
    const { workflow } = setup({ silentGates: { 'ssp-review': 1 } });
    const { executionArn } = await workflow.startExecution('pkg-1', PACKAGE_INPUT);
    await waitUntil(() => workflow.pendingTasks(executionArn).length > 0);
    const token = workflow.pendingTasks(executionArn)[0]?.token ?? '';
    expect(workflow.describeExecution(executionArn).status).toBe('RUNNING');
    await workflow.abort(executionArn, 'Withdrawn', 'stopped by the test');
    const described = workflow.describeExecution(executionArn);
    expect(described).toMatchObject({ status: 'ABORTED', error: 'Withdrawn', cause: 'stopped by the test', input: JSON.stringify(PACKAGE_INPUT) });
    expect(described.stopDate).toBeInstanceOf(Date);
    expect(workflow.pendingTasks(executionArn)).toEqual([]);
    await expect(workflow.sendTaskSuccess(token, { gate: 'ssp-review', complete: true })).rejects.toMatchObject({ name: 'TaskTimedOut' });
    await expect(workflow.sendTaskSuccess('not-a-token', {})).rejects.toMatchObject({ name: 'InvalidToken' });
    expect(workflow.listExecutions()).toEqual([expect.objectContaining({ executionArn, status: 'ABORTED', name: 'pkg-1' })]);
    expect(workflow.listExecutions({ stateMachine: 'conmon' })).toEqual([]);
  });

  it('refuses definitions with unresolved substitutions', () => {
    expect(() => new LocalWorkflow({ definitions: DEFINITIONS, substitutions: {}, invokeLambda: async () => null })).toThrow('${WorkflowTasksFunctionArn}');
  });
});
