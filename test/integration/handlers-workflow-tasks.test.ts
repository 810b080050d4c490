import type { Context } from 'aws-lambda';
import { DynamoPackageRepository } from '../../functions/adapters/dynamo/package-repository.js';
import type { WorkflowDeps } from '../../functions/core/workflow/context.js';
import { createPackage } from '../../functions/core/workflow/packages.js';
import { ConflictError, type PackageRepository } from '../../functions/core/workflow/ports.js';
import { observability } from '../../functions/handlers/runtime.js';
import { makeWorkflowTasksHandler, handler as deployedHandler } from '../../functions/handlers/workflow-tasks.js';
import { freshTable, type TestTable } from '../support/dynamodb.js';
import { CollectingPublisher, ManualClock, RecordingWorkflow } from '../support/workflow-doubles.js';
import { lambdaContext as testLambdaContext } from '../../local/lambda-context.js';

/** The workflow-tasks Lambda built through its factory, invoked with the Payloads the ASL sends. */
process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
process.env.POWERTOOLS_METRICS_DISABLED = 'true';

const lambdaContext = (): Context => testLambdaContext('workflow-tasks');

describe('workflow-tasks handler on DynamoDB Local', () => {
  let table: TestTable;
  let deps: WorkflowDeps & { workflow: RecordingWorkflow; events: CollectingPublisher };
  let invoke: (payload: unknown) => Promise<Record<string, unknown>>;

  beforeAll(async () => {
    table = await freshTable('handlers-workflow-tasks');
  });
  afterAll(async () => {
    await table.drop();
  });
  beforeEach(() => {
    const clock = new ManualClock();
    deps = { repo: DynamoPackageRepository.fromClient(table.client, table.tableName, clock), workflow: new RecordingWorkflow(), events: new CollectingPublisher(), clock };
    const handler = makeWorkflowTasksHandler(deps, observability('workflow-tasks'));
    invoke = (payload) => handler(payload, lambdaContext());
  });

  const newPackage = () => createPackage(deps, { csp: 'Acme Cloud', cso: 'Acme Gov', agency: 'Department of Examples', impactLevel: 'HIGH', actor: 'csp-user' });

  it('runs a task and returns its output; a replay changes nothing', async () => {
    const pkg = await newPackage();
    expect(await invoke({ action: 'enterGate', packageId: pkg.packageId, gate: 'ssp-review' })).toEqual({ stage: 'PARTNERSHIP', gate: 'ssp-review' });
    expect(await invoke({ action: 'enterGate', packageId: pkg.packageId, gate: 'ssp-review' })).toEqual({ stage: 'PARTNERSHIP', gate: 'ssp-review' });
    expect(deps.events.types()).toEqual(['StageChanged']);
    expect(await invoke({ action: 'awaitDeliverables', packageId: pkg.packageId, gate: 'ssp-review', taskToken: 'token-1' })).toEqual({ waiting: true });
    expect(await deps.repo.getGateWait(pkg.packageId, 'ssp-review')).toMatchObject({ taskToken: 'token-1' });
  });

  it('a payload that is not a WorkflowTask fails as InvalidTask, naming what is wrong', async () => {
    const failure = invoke({ action: 'enterGate', gate: 'ssp-review' });
    await expect(failure).rejects.toMatchObject({ name: 'InvalidTask', message: expect.stringMatching(/packageId: /) });
    await expect(invoke({ action: 'selfDestruct', packageId: 'p' })).rejects.toMatchObject({ name: 'InvalidTask' });
    await expect(invoke('enterGate')).rejects.toMatchObject({ name: 'InvalidTask', message: expect.stringMatching(/\(payload\)/) });
  });

  it('errors keep their names, so the state machine sees them as the error type', async () => {
    await expect(invoke({ action: 'enterGate', packageId: 'no-such-package', gate: 'ssp-review' })).rejects.toMatchObject({ name: 'NotFoundError' });
    const pkg = await newPackage();
    const racing: PackageRepository = Object.create(deps.repo) as PackageRepository;
    racing.updatePackage = () => Promise.reject(new ConflictError('revision is 3, the update expected 2'));
    const handler = makeWorkflowTasksHandler({ ...deps, repo: racing }, observability('workflow-tasks'));
    await expect(handler({ action: 'enterGate', packageId: pkg.packageId, gate: 'ssp-review' }, lambdaContext())).rejects.toMatchObject({ name: 'ConflictError' });
  });

  it('the deployed handler builds its ports from the environment on first use', async () => {
    const saved = { TABLE_NAME: process.env.TABLE_NAME, EVENT_BUS_NAME: process.env.EVENT_BUS_NAME };
    process.env.TABLE_NAME = table.tableName;
    delete process.env.EVENT_BUS_NAME;
    try {
      await expect(deployedHandler({ action: 'enterGate', packageId: 'p', gate: 'g' }, lambdaContext())).rejects.toThrow(/EVENT_BUS_NAME is not set/);
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
