import { readFile } from 'node:fs/promises';
import { DynamoPackageRepository } from '../../functions/adapters/dynamo/package-repository.js';
import type { DeliverableType } from '../../functions/core/domain/deliverables.js';
import type { Role } from '../../functions/core/domain/roles.js';
import type { Decision } from '../../functions/core/domain/stages.js';
import type { WorkflowDeps } from '../../functions/core/workflow/context.js';
import { makeDecision } from '../../functions/core/workflow/decisions.js';
import { ForbiddenError } from '../../functions/core/workflow/errors.js';
import { recordUpload } from '../../functions/core/workflow/intake.js';
import { createPackage, packageStatus } from '../../functions/core/workflow/packages.js';
import { ConflictError } from '../../functions/core/workflow/ports.js';
import type { DeliverableRecord } from '../../functions/core/workflow/records.js';
import type { DeliverableValidation } from '../../functions/core/validate/validate.js';
import { makeConmonSchedulerHandler } from '../../functions/handlers/conmon-scheduler.js';
import { makeWorkflowTasksHandler } from '../../functions/handlers/workflow-tasks.js';
import { conmonExecutionName } from '../../functions/core/workflow/conmon.js';
import { LocalWorkflow } from '../../local/stepfunctions/local-workflow.js';
import { lambdaContext } from '../../local/lambda-context.js';
import { freshTable, type TestTable } from '../support/dynamodb.js';
import { ROOT } from '../support/run-cli.js';
import { CollectingPublisher, ManualClock, racingDecisions } from '../support/workflow-doubles.js';

/**
 * Whole journeys on the real ASL files (aws-local-stepfunctions), the real workflow-tasks Lambda
 * handler and DynamoDB Local: uploads complete gates and resume the execution, humans decide through task tokens.
 * Deliverables are recorded with validation results chosen per test, so each journey controls which
 * gates complete (validation itself is tested on real documents elsewhere).
 */
process.env['POWERTOOLS_METRICS_DISABLED'] = 'true';
process.env['POWERTOOLS_LOG_LEVEL'] = 'WARN';

const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:000000000000:function:workflow-tasks';

describe('authorization journeys on the real state machine', () => {
  let table: TestTable;
  let deps: WorkflowDeps & { workflow: LocalWorkflow; events: CollectingPublisher; clock: ManualClock };
  let definitions: Record<string, object>;

  beforeAll(async () => {
    table = await freshTable('journeys');
    definitions = {
      authorization: JSON.parse(await readFile(`${ROOT}/statemachines/authorization.asl.json`, 'utf8')),
      conmon: JSON.parse(await readFile(`${ROOT}/statemachines/conmon.asl.json`, 'utf8')),
    };
  });
  afterAll(async () => {
    await table.drop();
  });

  /** Workflow-tasks Lambda calls still running. */
  let inFlight = 0;

  function setUp(timeoutScale = 1): void {
    const clock = new ManualClock();
    const events = new CollectingPublisher();
    const repo = DynamoPackageRepository.fromClient(table.client, table.tableName, clock);
    const holder: { deps?: WorkflowDeps } = {};
    let tasksHandler: ReturnType<typeof makeWorkflowTasksHandler> | undefined;
    const workflow = new LocalWorkflow({
      definitions,
      substitutions: { WorkflowTasksFunctionArn: FUNCTION_ARN },
      stateMachineOf: (name) => (name.startsWith('conmon-') ? 'conmon' : 'authorization'),
      timeoutScale,
      // The Lambda is the deployed workflow-tasks handler (middy + Powertools), over the same ports.
      invokeLambda: async (_arn, payload) => {
        tasksHandler ??= makeWorkflowTasksHandler(holder.deps!);
        inFlight++;
        try {
          return await tasksHandler(payload, lambdaContext('workflow-tasks'));
        } finally {
          inFlight--;
        }
      },
    });
    deps = { repo, workflow, events, clock };
    holder.deps = deps;
  }
  afterEach(async () => {
    await deps.workflow.stop();
  });

  /** Waits until the execution sits in a state whose name contains `fragment`. */
  async function reach(arn: string, fragment: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!(deps.workflow.currentState(arn) ?? '').includes(fragment)) {
      const d = deps.workflow.describeExecution(arn);
      if (d.status !== 'RUNNING') throw new Error(`execution ended (${d.status} ${d.error ?? ''} ${d.cause ?? ''}) before '${fragment}'`);
      if (Date.now() > deadline) throw new Error(`never reached '${fragment}' (at '${deps.workflow.currentState(arn)}')`);
      await new Promise((r) => setTimeout(r, 10));
    }
    // Let the waiting task's Lambda call (token stored, decision requested) finish: no call in flight
    // for three polls in a row, however loaded the machine is.
    for (let idle = 0; idle < 3; ) {
      if (Date.now() > deadline) throw new Error(`the task of '${fragment}' never finished`);
      await new Promise((r) => setTimeout(r, 20));
      idle = inFlight === 0 ? idle + 1 : 0;
    }
  }

  let n = 0;
  /** An upload recorded with the given outcome (VALID unless `valid: false`). */
  async function deliver(packageId: string, type: DeliverableType, role: Role, valid = true, summary = {}): Promise<DeliverableRecord> {
    const validation: DeliverableValidation = {
      type,
      format: 'pdf',
      valid,
      findings: valid ? [] : [{ ruleId: 'seeded', severity: 'error', message: 'seeded defect', location: '' }],
      summary,
      classification: { type, confidence: 0.99, format: 'pdf', evidence: [], bytesRead: 1 },
    };
    n++;
    return recordUpload(deps, { packageId, objectKey: `uploads/${packageId}/u${n}`, objectVersion: `v${n}`, size: 1000, sha256: `h${n}`, role, uploader: `${role.toLowerCase()}-user`, maxSize: 1 << 30 }, validation);
  }

  const decide = (packageId: string, decision: Decision, role: Role, comment?: string, using: WorkflowDeps = deps) =>
    makeDecision(using, { packageId, decision, role, actor: `${role.toLowerCase()}-reviewer`, ...(comment ? { comment } : {}) });

  const PACKAGE_DELIVERABLES: [DeliverableType, Role][] = [
    ['FIPS_199', 'CSP'], ['DIGITAL_IDENTITY_WORKSHEET', 'CSP'], ['PRIVACY_ASSESSMENT', 'CSP'], ['CIS_CRM_WORKBOOK', 'CSP'], ['INVENTORY', 'CSP'],
    ['RULES_OF_BEHAVIOR', 'CSP'], ['USER_GUIDE', 'CSP'], ['CONTINGENCY_PLAN', 'CSP'], ['CONFIGURATION_MANAGEMENT_PLAN', 'CSP'], ['INCIDENT_RESPONSE_PLAN', 'CSP'],
    ['SEPARATION_OF_DUTIES_MATRIX', 'CSP'], ['POLICIES_AND_PROCEDURES', 'CSP'], ['AUTHORIZATION_CHECKLIST', 'CSP'],
  ];

  it('the full journey with every loop: rejected SSP, request-testing, PMO return; to AUTHORIZED, then a ConMon month', async () => {
    setUp();
    const pkg = await createPackage(deps, { csp: 'Acme Cloud', cso: 'Acme Gov', agency: 'Department of Examples', impactLevel: 'MODERATE', actor: 'csp-admin' });
    const arn = pkg.executionArn!;

    await reach(arn, 'Await SSP');
    await deliver(pkg.packageId, 'SSP', 'CSP', false);
    expect(deps.workflow.currentState(arn)).toContain('Await SSP');
    await deliver(pkg.packageId, 'SSP', 'CSP');
    await reach(arn, 'Agency SSP decision');
    // The CSP cannot approve its own SSP: refused, nothing recorded, the execution still waits.
    await expect(decide(pkg.packageId, 'approve', 'CSP')).rejects.toBeInstanceOf(ForbiddenError);
    await decide(pkg.packageId, 'reject', 'AGENCY', 'boundary diagram missing');
    await reach(arn, 'Await SSP');
    // The rejected SSP no longer completes the gate: the workflow waits for a resubmission.
    expect(await deps.repo.getGateWait(pkg.packageId, 'ssp-review')).toBeDefined();
    expect(deps.workflow.currentState(arn)).toContain('Await SSP');
    await deliver(pkg.packageId, 'SSP', 'CSP');
    await reach(arn, 'Agency SSP decision');
    await decide(pkg.packageId, 'approve', 'AGENCY');

    await reach(arn, 'Await SAP');
    await deliver(pkg.packageId, 'SAP', '3PAO');
    await reach(arn, 'Agency SAP decision');
    await decide(pkg.packageId, 'approve', 'AGENCY');

    await reach(arn, 'Await SAR and POA&M');
    const frozen = await deliver(pkg.packageId, 'SSP', 'CSP');
    expect(frozen).toMatchObject({ status: 'REJECTED', reason: expect.stringMatching(/frozen/) });
    await deliver(pkg.packageId, 'SAR', '3PAO');
    await deliver(pkg.packageId, 'POAM', 'CSP');
    await reach(arn, 'Agency assessment decision');
    await decide(pkg.packageId, 'request-testing', 'AGENCY', 'retest the web tier');
    await reach(arn, 'Await SAR and POA&M');
    // More testing: the SAR and POA&M reviewed before no longer complete the gate; the retest's SAR does.
    expect(await deps.repo.getGateWait(pkg.packageId, 'testing')).toBeDefined();
    expect(deps.workflow.currentState(arn)).toContain('Await SAR and POA&M');
    await deliver(pkg.packageId, 'SAR', '3PAO');
    await reach(arn, 'Agency assessment decision');
    await decide(pkg.packageId, 'approve', 'AGENCY');

    await reach(arn, 'Await ATO letter');
    await deliver(pkg.packageId, 'ATO_LETTER', 'AGENCY');
    await reach(arn, 'Await complete package');
    for (const [type, role] of PACKAGE_DELIVERABLES.slice(0, -1)) await deliver(pkg.packageId, type, role);
    expect(deps.workflow.currentState(arn)).toContain('Await complete package');
    await deliver(pkg.packageId, 'AUTHORIZATION_CHECKLIST', 'CSP');
    await reach(arn, 'PMO package review');
    await decide(pkg.packageId, 'return', 'PMO', 'checklist item 7 incomplete');
    await reach(arn, 'Await complete package');
    expect(deps.workflow.currentState(arn)).toContain('Await complete package');
    await deliver(pkg.packageId, 'AUTHORIZATION_CHECKLIST', 'CSP');
    await reach(arn, 'PMO package review');
    await decide(pkg.packageId, 'approve', 'PMO');
    await reach(arn, 'PMO authorization decision');
    await decide(pkg.packageId, 'authorize', 'PMO');

    const done = await deps.workflow.waitForExecution(arn, 10_000);
    expect(done.status).toBe('SUCCEEDED');
    const status = await packageStatus(deps, pkg.packageId);
    expect(status.stage).toBe('AUTHORIZED');
    expect(status.pendingDecisions).toEqual([]);
    const decisions = status.history.filter((h) => h.action.startsWith('decision:')).map((h) => `${h.role} ${h.action} ${h.detail.split(' ')[0]}`);
    expect(decisions).toEqual([
      'AGENCY decision:ssp-approval reject',
      'AGENCY decision:ssp-approval approve',
      'AGENCY decision:sap-approval approve',
      'AGENCY decision:assessment-review request-testing',
      'AGENCY decision:assessment-review approve',
      'PMO decision:pmo-review return',
      'PMO decision:pmo-review approve',
      'PMO decision:authorization authorize',
    ]);
    expect(deps.events.types()).toEqual(expect.arrayContaining(['StageChanged', 'DecisionRequested', 'DecisionRecorded', 'DeliverableRejected', 'PackageAuthorized']));
    const transitions = deps.workflow.stateTransitionCount(arn);
    console.log(`full journey with every loop: ${transitions} state transitions`);
    expect(transitions).toBeGreaterThan(24);

    // Continuous monitoring: the monthly schedule starts one execution per authorized package, once.
    const scheduler = makeConmonSchedulerHandler(deps, deps.workflow);
    const month = deps.clock.now().toISOString().slice(0, 7);
    const first = await scheduler({ time: `${month}-01T06:00:00Z` }, lambdaContext('conmon-scheduler'));
    expect(first.started).toContain(pkg.packageId);
    // A re-run (a retried schedule) starts nothing new: same name and input is the same execution.
    await scheduler({ time: `${month}-01T06:05:00Z` }, lambdaContext('conmon-scheduler'));
    const monthly = deps.workflow.listExecutions({ stateMachine: 'conmon' }).filter((e) => e.name === conmonExecutionName(pkg.packageId, month));
    expect(monthly).toHaveLength(1);
    const conmonArn = monthly[0]!.executionArn;
    await reach(conmonArn, 'Await monthly deliverables');
    deps.clock.advanceDays(1);
    for (const [type, role] of [['POAM', 'CSP'], ['SCAN_RESULTS', 'CSP'], ['INVENTORY', 'CSP']] as [DeliverableType, Role][]) await deliver(pkg.packageId, type, role);
    await reach(conmonArn, 'Agency monthly review');
    await decide(pkg.packageId, 'approve', 'AGENCY', 'June ConMon reviewed');
    expect((await deps.workflow.waitForExecution(conmonArn, 10_000)).status).toBe('SUCCEEDED');
    expect((await packageStatus(deps, pkg.packageId)).stage).toBe('CONTINUOUS_MONITORING');
  }, 90_000);

  it('two concurrent decisions: exactly one wins and the execution moves once', async () => {
    setUp();
    const pkg = await createPackage(deps, { csp: 'Beta Cloud', cso: 'Beta', agency: 'Agency', impactLevel: 'LOW', actor: 'csp' });
    const arn = pkg.executionArn!;
    await reach(arn, 'Await SSP');
    await deliver(pkg.packageId, 'SSP', 'CSP');
    await reach(arn, 'Agency SSP decision');
    // Both read the pending decision before either writes, however the machine schedules them.
    const racing = racingDecisions(deps);
    const results = await Promise.allSettled([decide(pkg.packageId, 'approve', 'AGENCY', undefined, racing), decide(pkg.packageId, 'reject', 'AGENCY', undefined, racing)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const winner = (results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{ decision?: string }>).value.decision;
    await reach(arn, winner === 'approve' ? 'Await SAP' : 'Await SSP');
  }, 30_000);

  it('a decision not made in time is escalated (ReviewEscalated, history) and asked again', async () => {
    // Days become fractions of a second: the agency's 30-day SSP decision times out at once.
    setUp(1 / 86_400 / 20);
    const pkg = await createPackage(deps, { csp: 'Gamma Cloud', cso: 'Gamma', agency: 'Agency', impactLevel: 'HIGH', actor: 'csp' });
    const arn = pkg.executionArn!;
    await reach(arn, 'Await SSP');
    await deliver(pkg.packageId, 'SSP', 'CSP');
    const deadline = Date.now() + 15_000;
    while (!deps.events.types().includes('ReviewEscalated')) {
      if (Date.now() > deadline) throw new Error('no escalation');
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(deps.events.events.find((e) => e.detailType === 'ReviewEscalated')).toMatchObject({ detail: { kind: 'ssp-approval', role: 'AGENCY' } });
    expect((await packageStatus(deps, pkg.packageId)).history.map((h) => h.action)).toContain('review-escalated');
    await deps.workflow.abort(arn);
  }, 30_000);
});
