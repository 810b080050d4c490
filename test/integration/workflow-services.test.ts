import { readFile } from 'node:fs/promises';
import { DynamoPackageRepository } from '../../functions/adapters/dynamo/package-repository.js';
import { BufferByteSource } from '../../functions/core/bytes/byte-source.js';
import type { DeliverableType } from '../../functions/core/domain/deliverables.js';
import type { Role } from '../../functions/core/domain/roles.js';
import type { WorkflowDeps } from '../../functions/core/workflow/context.js';
import { makeDecision } from '../../functions/core/workflow/decisions.js';
import { ForbiddenError } from '../../functions/core/workflow/errors.js';
import { recordUpload, type ArrivedUpload } from '../../functions/core/workflow/intake.js';
import { createPackage, packageStatus } from '../../functions/core/workflow/packages.js';
import { ConflictError } from '../../functions/core/workflow/ports.js';
import { runWorkflowTask } from '../../functions/core/workflow/workflow-tasks.js';
import { validateDeliverable } from '../../functions/core/validate/validate.js';
import { freshTable, type TestTable } from '../support/dynamodb.js';
import { fixture } from '../support/fixtures.js';
import { CollectingPublisher, ManualClock, racingDecisions, RecordingWorkflow } from '../support/workflow-doubles.js';

/**
 * The workflow services against DynamoDB Local through the real SDK: intake recording, gates that
 * resume their execution when complete, decisions with role ownership and races.
 */
describe('workflow services on DynamoDB Local', () => {
  let table: TestTable;
  let deps: WorkflowDeps & { workflow: RecordingWorkflow; events: CollectingPublisher; clock: ManualClock };
  beforeAll(async () => {
    table = await freshTable('workflow-services');
  });
  afterAll(async () => {
    await table.drop();
  });
  beforeEach(() => {
    const clock = new ManualClock();
    deps = { repo: DynamoPackageRepository.fromClient(table.client, table.tableName, clock), workflow: new RecordingWorkflow(), events: new CollectingPublisher(), clock };
  });

  const newPackage = () => createPackage(deps, { csp: 'Acme Cloud', cso: 'Acme Gov', agency: 'Department of Examples', impactLevel: 'MODERATE', actor: 'csp-user' });

  let n = 0;
  async function upload(packageId: string, file: string, role: Role, options: { as?: DeliverableType; version?: string } = {}) {
    const bytes = await readFile(fixture(file));
    const validation = await validateDeliverable(new BufferByteSource(bytes), { asOf: deps.clock.now(), fileName: file, ...(options.as ? { as: options.as } : {}) });
    const arrived: ArrivedUpload = {
      packageId,
      objectKey: `uploads/${packageId}/u-${++n}`,
      objectVersion: options.version ?? `v${n}`,
      size: bytes.byteLength,
      sha256: 'sha',
      role,
      uploader: `${role.toLowerCase()}-user`,
      maxSize: 100 * 1024 * 1024,
    };
    return { arrived, validation, record: await recordUpload(deps, arrived, validation) };
  }

  it('creates a package and starts its execution, named after it', async () => {
    const pkg = await newPackage();
    expect(deps.workflow.started).toEqual([{ name: pkg.packageId, input: { packageId: pkg.packageId, processId: 'rev5-agency', impactLevel: 'MODERATE' } }]);
    expect(pkg.executionArn).toContain(pkg.packageId);
    expect((await packageStatus(deps, pkg.packageId)).history.map((h) => h.action)).toEqual(['package-created']);
  });

  it('a gate waiting for an SSP resumes when a valid SSP arrives, and only then', async () => {
    const pkg = await newPackage();
    await runWorkflowTask(deps, { action: 'enterGate', packageId: pkg.packageId, gate: 'ssp-review' });
    await runWorkflowTask(deps, { action: 'awaitDeliverables', packageId: pkg.packageId, gate: 'ssp-review', taskToken: 'token-ssp' });
    expect(deps.workflow.successes).toEqual([]);
    // A SAR from the CSP is refused (separation of duties) and does not move the gate.
    const refused = await upload(pkg.packageId, 'oscal/FedRAMP-SAR-OSCAL-Template.json', 'CSP');
    expect(refused.record).toMatchObject({ status: 'REJECTED', reason: expect.stringMatching(/CSP may not submit a SAR/) });
    expect(deps.workflow.successes).toEqual([]);
    // The SSP template is schema-valid but fails FedRAMP rules: recorded INVALID, gate still waits.
    const invalid = await upload(pkg.packageId, 'oscal/FedRAMP-SSP-OSCAL-Template.json', 'CSP');
    expect(invalid.record.status).toBe('INVALID');
    expect(deps.workflow.successes).toEqual([]);
    expect(deps.events.types()).toEqual(expect.arrayContaining(['DeliverableRejected', 'DeliverableValidated', 'StageChanged']));
  });

  it('a replayed S3 event changes nothing', async () => {
    const pkg = await newPackage();
    const first = await upload(pkg.packageId, 'oscal/FedRAMP-SAP-OSCAL-Template.json', '3PAO', { version: 'same-version' });
    const eventsBefore = deps.events.events.length;
    const historyBefore = (await packageStatus(deps, pkg.packageId)).history.length;
    const again = await recordUpload(deps, first.arrived, first.validation);
    expect(again).toEqual(first.record);
    expect(deps.events.events.length).toBe(eventsBefore);
    const status = await packageStatus(deps, pkg.packageId);
    expect(status.history.length).toBe(historyBefore);
    expect(status.deliverables.length).toBe(1);
  });

  it('decisions: the wrong role is refused and records nothing; of two concurrent decisions exactly one wins', async () => {
    const pkg = await newPackage();
    await runWorkflowTask(deps, { action: 'enterGate', packageId: pkg.packageId, gate: 'ssp-review' });
    await runWorkflowTask(deps, { action: 'requestDecision', packageId: pkg.packageId, gate: 'ssp-review', kind: 'ssp-approval', taskToken: 'token-decision' });
    expect((await packageStatus(deps, pkg.packageId)).pendingDecisions).toEqual([expect.objectContaining({ kind: 'ssp-approval', role: 'AGENCY', allowed: ['approve', 'reject'] })]);

    const historyBefore = (await packageStatus(deps, pkg.packageId)).history.length;
    await expect(makeDecision(deps, { packageId: pkg.packageId, decision: 'approve', actor: 'csp-user', role: 'CSP' })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await packageStatus(deps, pkg.packageId)).history.length).toBe(historyBefore);
    expect(deps.workflow.successes).toEqual([]);

    // Truly concurrent: both read the pending decision before either writes, however the machine
    // schedules them; the conditional write decides.
    const racing = racingDecisions(deps);
    const results = await Promise.allSettled([
      makeDecision(racing, { packageId: pkg.packageId, decision: 'approve', actor: 'ao-1', role: 'AGENCY' }),
      makeDecision(racing, { packageId: pkg.packageId, decision: 'reject', actor: 'ao-2', role: 'AGENCY', comment: 'incomplete' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(ConflictError);
    expect(deps.workflow.successes).toHaveLength(1);
    expect(deps.workflow.successes[0]!.taskToken).toBe('token-decision');
    expect((await packageStatus(deps, pkg.packageId)).pendingDecisions).toEqual([]);
  });

  it('during testing the system is frozen: a new SSP version is refused with a reason', async () => {
    const pkg = await newPackage();
    await runWorkflowTask(deps, { action: 'enterGate', packageId: pkg.packageId, gate: 'testing' });
    const ssp = await upload(pkg.packageId, 'oscal/FedRAMP-SSP-OSCAL-Template.xml', 'CSP');
    expect(ssp.record).toMatchObject({ status: 'REJECTED', reason: expect.stringMatching(/frozen for testing/) });
  });

  it('a gate whose deliverables are all valid resumes its execution once, however they arrive', async () => {
    const pkg = await newPackage();
    await runWorkflowTask(deps, { action: 'enterGate', packageId: pkg.packageId, gate: 'ato-letter' });
    await runWorkflowTask(deps, { action: 'awaitDeliverables', packageId: pkg.packageId, gate: 'ato-letter', taskToken: 'token-ato' });
    const ato = await upload(pkg.packageId, 'pdf/ato-letter.pdf', 'AGENCY', { as: 'ATO_LETTER' });
    if (ato.record.status === 'VALID') {
      expect(deps.workflow.successes).toEqual([{ taskToken: 'token-ato', output: { gate: 'ato-letter', complete: true } }]);
    } else {
      // The sample letter has findings: the gate keeps waiting and says what is missing when escalated.
      expect(deps.workflow.successes).toEqual([]);
      await runWorkflowTask(deps, { action: 'escalate', packageId: pkg.packageId, gate: 'ato-letter', reason: 'deliverables-overdue' });
      expect(deps.events.events.at(-1)).toMatchObject({ detailType: 'DeliverableOverdue', detail: { gate: 'ato-letter', missing: ['ATO_LETTER'] } });
    }
  });
});
