import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoPackageRepository } from '../../functions/adapters/dynamo/package-repository.js';
import { InvalidRequestError } from '../../functions/core/workflow/errors.js';
import { ConflictError, NotFoundError } from '../../functions/core/workflow/ports.js';
import type { DecisionRecord, DeliverableRecord, HistoryEntry, PackageRecord } from '../../functions/core/workflow/records.js';
import { freshTable, type TestTable } from '../support/dynamodb.js';

const T0 = Date.parse('2026-01-05T10:00:00.000Z');
const iso = (offsetSeconds: number): string => new Date(T0 + offsetSeconds * 1000).toISOString();

function pkg(packageId: string, createdAt = iso(0)): PackageRecord {
  return {
    packageId,
    processId: 'rev5-agency',
    csp: 'Acme Cloud',
    cso: 'Acme Gov',
    agency: 'Department of Examples',
    impactLevel: 'MODERATE',
    stage: 'PARTNERSHIP',
    gate: 'created',
    createdAt,
    updatedAt: createdAt,
    revision: 0,
    deliverableCount: 0,
  };
}

function deliverable(packageId: string, deliverableId: string, version: number, extra: Partial<DeliverableRecord> = {}): DeliverableRecord {
  return {
    packageId,
    deliverableId,
    type: 'SSP',
    format: 'oscal-json',
    version,
    sha256: 'a'.repeat(64),
    size: 1234,
    uploadedBy: 'CSP',
    uploader: 'alice@csp.example',
    status: 'VALID',
    objectKey: `${packageId}/ssp-${version}.json`,
    objectVersion: undefined,
    receivedAt: iso(version),
    findingCounts: { error: 0, warning: 1, info: 0 },
    findings: [{ ruleId: 'oscal-schema-required', severity: 'warning', message: 'something', location: '/system-security-plan' }],
    summary: '{}',
    ...extra,
  };
}

function pendingDecision(packageId: string, kind: string, taskToken: string): DecisionRecord {
  return { packageId, kind, role: 'AGENCY', gate: 'ssp-review', allowed: ['approve', 'reject'], taskToken, status: 'PENDING', requestedAt: iso(10) };
}

function history(packageId: string, seq: string, action: string): HistoryEntry {
  return { packageId, at: seq.slice(0, 24), seq, actor: 'workflow', role: 'SYSTEM', action, detail: action };
}

describe('DynamoPackageRepository against DynamoDB Local', () => {
  let table: TestTable;
  let repo: DynamoPackageRepository;
  const commands: string[] = [];
  let now = new Date(T0 + 3600_000);

  beforeAll(async () => {
    table = await freshTable('repository');
    table.client.middlewareStack.add(
      (next, context) => (args) => {
        commands.push(String(context.commandName));
        return next(args);
      },
      { step: 'initialize', name: 'recordCommandNames' },
    );
    repo = DynamoPackageRepository.fromClient(table.client, table.tableName, { now: () => now });
  });

  afterAll(async () => {
    await table?.drop();
  });

  describe('packages', () => {
    it('creates, reads back and refuses a second create of the same id', async () => {
      const record = pkg('create-1');
      await repo.createPackage(record);
      expect(await repo.getPackage('create-1')).toEqual(record);
      await expect(repo.createPackage({ ...record, csp: 'Other' })).rejects.toThrow(ConflictError);
      expect((await repo.getPackage('create-1'))?.csp).toBe('Acme Cloud');
      expect(await repo.getPackage('no-such-package')).toBeUndefined();
    });

    it('updates conditionally on the revision and refuses a stale one', async () => {
      await repo.createPackage(pkg('update-1'));
      now = new Date(T0 + 7200_000);
      const updated = await repo.updatePackage('update-1', 0, { stage: 'ASSESSMENT', gate: 'sap-review', executionArn: 'arn:aws:states:us-east-1:1:execution:m:update-1' });
      expect(updated).toMatchObject({ revision: 1, stage: 'ASSESSMENT', gate: 'sap-review', updatedAt: now.toISOString(), createdAt: iso(0) });
      expect(await repo.getPackage('update-1')).toEqual(updated);

      const stale = repo.updatePackage('update-1', 0, { gate: 'testing' });
      await expect(stale).rejects.toThrow(ConflictError);
      await expect(stale).rejects.toThrow(/revision is 1, the update expected 0/);
      expect((await repo.getPackage('update-1'))?.gate).toBe('sap-review');

      await expect(repo.updatePackage('missing', 0, { gate: 'x' })).rejects.toThrow(NotFoundError);
      await expect(repo.updatePackage('update-1', 1, { stage: 'NOT_A_STAGE' as PackageRecord['stage'] })).rejects.toThrow();
    });

    it('lets exactly one of two concurrent updates of the same revision win', async () => {
      await repo.createPackage(pkg('update-race'));
      const results = await Promise.allSettled([repo.updatePackage('update-race', 0, { gate: 'a' }), repo.updatePackage('update-race', 0, { gate: 'b' })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected).toHaveLength(1);
      expect(rejected[0]!.reason).toBeInstanceOf(ConflictError);
      expect((await repo.getPackage('update-race'))?.revision).toBe(1);
    });

    it('reserves distinct deliverable versions under concurrency, without touching the revision', async () => {
      await repo.createPackage(pkg('versions-1'));
      const versions = await Promise.all(Array.from({ length: 25 }, () => repo.nextDeliverableVersion('versions-1')));
      expect([...versions].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      expect(await repo.getPackage('versions-1')).toMatchObject({ deliverableCount: 25, revision: 0 });
      await expect(repo.nextDeliverableVersion('missing')).rejects.toThrow(NotFoundError);
      expect(await repo.getPackage('missing')).toBeUndefined();
    });
  });

  describe('deliverables', () => {
    it('records, reads and lists every version oldest first; a replay is a ConflictError', async () => {
      await repo.createPackage(pkg('dlv-1'));
      // Ids sort in the opposite order of their versions: the listing must follow versions.
      await repo.putDeliverable(deliverable('dlv-1', 'dlv-zzz', 1));
      await repo.putDeliverable(deliverable('dlv-1', 'dlv-mmm', 2, { status: 'REJECTED', reason: 'wrong role', objectVersion: 'v2' }));
      await repo.putDeliverable(deliverable('dlv-1', 'dlv-aaa', 3));

      const second = await repo.getDeliverable('dlv-1', 'dlv-mmm');
      expect(second).toEqual(deliverable('dlv-1', 'dlv-mmm', 2, { status: 'REJECTED', reason: 'wrong role', objectVersion: 'v2' }));
      const first = await repo.getDeliverable('dlv-1', 'dlv-zzz');
      expect(first && 'objectVersion' in first).toBe(false);
      expect(await repo.getDeliverable('dlv-1', 'dlv-none')).toBeUndefined();

      expect((await repo.listDeliverables('dlv-1')).map((d) => d.version)).toEqual([1, 2, 3]);

      const replay = repo.putDeliverable(deliverable('dlv-1', 'dlv-zzz', 4, { status: 'INVALID' }));
      await expect(replay).rejects.toThrow(ConflictError);
      expect(await repo.getDeliverable('dlv-1', 'dlv-zzz')).toMatchObject({ version: 1, status: 'VALID' });
      expect(await repo.listDeliverables('other-package')).toEqual([]);
    });

    it('follows LastEvaluatedKey past the 1 MB page limit', async () => {
      await repo.createPackage(pkg('dlv-big'));
      const summary = JSON.stringify({ filler: 'x'.repeat(60_000) });
      await Promise.all(Array.from({ length: 30 }, (_, i) => repo.putDeliverable(deliverable('dlv-big', `dlv-${String(i).padStart(2, '0')}`, i + 1, { summary }))));
      const before = commands.length;
      const all = await repo.listDeliverables('dlv-big');
      expect(commands.slice(before).filter((name) => name === 'QueryCommand').length).toBeGreaterThanOrEqual(2); // ~1.8 MB
      expect(all).toHaveLength(30);
      expect(all.map((d) => d.version)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    });

    it('validates records read back', async () => {
      await table.doc.send(new PutCommand({ TableName: table.tableName, Item: { PK: 'PKG#corrupt', SK: 'DLV#dlv-bad', packageId: 'corrupt', deliverableId: 'dlv-bad', version: 'one' } }));
      await expect(repo.getDeliverable('corrupt', 'dlv-bad')).rejects.toThrow(/corrupt deliverable item PKG#corrupt \/ DLV#dlv-bad/);
    });
  });

  describe('decisions', () => {
    it('stores a pending decision and lists only the pending ones', async () => {
      await repo.putPendingDecision(pendingDecision('dec-1', 'ssp-approval', 'token-1'));
      await repo.putPendingDecision({ ...pendingDecision('dec-1', 'sap-approval', 'token-2') });
      await repo.expireDecision('dec-1', 'sap-approval');
      expect(await repo.getDecision('dec-1', 'ssp-approval')).toEqual(pendingDecision('dec-1', 'ssp-approval', 'token-1'));
      expect((await repo.getDecision('dec-1', 'sap-approval'))?.status).toBe('EXPIRED');
      expect((await repo.listPendingDecisions('dec-1')).map((d) => d.kind)).toEqual(['ssp-approval']);
      expect(await repo.getDecision('dec-1', 'nothing')).toBeUndefined();
      await expect(repo.putPendingDecision({ ...pendingDecision('dec-1', 'x', 't'), status: 'DECIDED' })).rejects.toThrow(/PENDING/);
    });

    it('lets exactly one of two concurrent decisions win; the loser gets a ConflictError', async () => {
      await repo.putPendingDecision(pendingDecision('dec-race', 'ssp-approval', 'token-race'));
      const results = await Promise.allSettled([
        repo.decide('dec-race', 'ssp-approval', { decision: 'approve', decidedBy: 'ao@agency.example', comment: 'looks good' }, iso(100)),
        repo.decide('dec-race', 'ssp-approval', { decision: 'reject', decidedBy: 'reviewer@agency.example' }, iso(101)),
      ]);
      const won = results.filter((r): r is PromiseFulfilledResult<DecisionRecord> => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toBeInstanceOf(ConflictError);
      expect(String(lost[0]!.reason)).toMatch(/no longer pending: it is DECIDED \((approve|reject) by /);
      expect(won[0]!.value).toMatchObject({ status: 'DECIDED', taskToken: 'token-race' });
      expect(await repo.getDecision('dec-race', 'ssp-approval')).toEqual(won[0]!.value);
      expect(await repo.listPendingDecisions('dec-race')).toEqual([]);
    });

    it('refuses an outcome that is not allowed, and a decision that does not exist', async () => {
      await repo.putPendingDecision(pendingDecision('dec-2', 'ssp-approval', 'token-a'));
      await expect(repo.decide('dec-2', 'ssp-approval', { decision: 'authorize', decidedBy: 'x' }, iso(1))).rejects.toThrow(/not an allowed outcome/);
      expect((await repo.getDecision('dec-2', 'ssp-approval'))?.status).toBe('PENDING');
      await expect(repo.decide('dec-2', 'no-such-kind', { decision: 'approve', decidedBy: 'x' }, iso(1))).rejects.toThrow(NotFoundError);
    });

    it('never reopens a used token; a new token replaces a decided, expired or superseded one', async () => {
      await repo.putPendingDecision(pendingDecision('dec-3', 'ssp-approval', 'token-1'));
      const decided = await repo.decide('dec-3', 'ssp-approval', { decision: 'reject', decidedBy: 'ao', comment: 'fix section 9' }, iso(50));
      expect(decided).toMatchObject({ decision: 'reject', decidedBy: 'ao', decidedAt: iso(50), comment: 'fix section 9' });

      await repo.putPendingDecision(pendingDecision('dec-3', 'ssp-approval', 'token-1')); // replayed request
      expect((await repo.getDecision('dec-3', 'ssp-approval'))?.status).toBe('DECIDED');

      await repo.putPendingDecision(pendingDecision('dec-3', 'ssp-approval', 'token-2')); // the CSP resubmitted
      const reopened = await repo.getDecision('dec-3', 'ssp-approval');
      expect(reopened).toEqual(pendingDecision('dec-3', 'ssp-approval', 'token-2'));

      await repo.putPendingDecision(pendingDecision('dec-3', 'ssp-approval', 'token-3')); // a superseded wait
      const again = await repo.decide('dec-3', 'ssp-approval', { decision: 'approve', decidedBy: 'ao' }, iso(60));
      expect(again.taskToken).toBe('token-3');
      expect('comment' in again).toBe(false);
    });

    it('expires only pending decisions', async () => {
      await repo.putPendingDecision(pendingDecision('dec-4', 'ssp-approval', 'token-1'));
      await repo.expireDecision('dec-4', 'ssp-approval');
      await repo.expireDecision('dec-4', 'ssp-approval'); // replay: no-op
      expect((await repo.getDecision('dec-4', 'ssp-approval'))?.status).toBe('EXPIRED');
      await expect(repo.decide('dec-4', 'ssp-approval', { decision: 'approve', decidedBy: 'ao' }, iso(1))).rejects.toThrow(/it is EXPIRED/);

      await repo.putPendingDecision(pendingDecision('dec-4', 'ssp-approval', 'token-2'));
      await repo.decide('dec-4', 'ssp-approval', { decision: 'approve', decidedBy: 'ao' }, iso(2));
      await repo.expireDecision('dec-4', 'ssp-approval'); // decided just before the timeout: stays decided
      expect((await repo.getDecision('dec-4', 'ssp-approval'))?.status).toBe('DECIDED');
      await expect(repo.expireDecision('dec-4', 'nothing')).rejects.toThrow(NotFoundError);
    });
  });

  describe('gate waits', () => {
    it('is taken exactly once, and only with its own token', async () => {
      const wait = { packageId: 'gate-1', gate: 'ssp-submission', taskToken: 'wait-1', since: iso(0) };
      await repo.putGateWait(wait);
      expect(await repo.getGateWait('gate-1', 'ssp-submission')).toEqual(wait);
      expect(await repo.takeGateWait('gate-1', 'ssp-submission', 'another-token')).toBe(false);

      const takes = await Promise.all(Array.from({ length: 5 }, () => repo.takeGateWait('gate-1', 'ssp-submission', 'wait-1')));
      expect(takes.filter(Boolean)).toHaveLength(1);
      expect(await repo.getGateWait('gate-1', 'ssp-submission')).toBeUndefined();
      expect(await repo.takeGateWait('gate-1', 'ssp-submission', 'wait-1')).toBe(false);
      expect(await repo.takeGateWait('gate-1', 'never-waited', 'wait-1')).toBe(false);
    });

    it('replaces the wait of a gate entered again', async () => {
      await repo.putGateWait({ packageId: 'gate-2', gate: 'sar-submission', taskToken: 'old', since: iso(0) });
      await repo.putGateWait({ packageId: 'gate-2', gate: 'sar-submission', taskToken: 'new', since: iso(5) });
      expect(await repo.takeGateWait('gate-2', 'sar-submission', 'old')).toBe(false);
      expect(await repo.takeGateWait('gate-2', 'sar-submission', 'new')).toBe(true);
    });
  });

  describe('history', () => {
    it('is append-only and listed oldest first', async () => {
      const entries = [history('hist-1', `${iso(2)}#000002#bbbbbb`, 'second'), history('hist-1', `${iso(1)}#000001#aaaaaa`, 'first'), history('hist-1', `${iso(3)}#000003#cccccc`, 'third')];
      for (const entry of entries) await repo.appendHistory(entry);
      expect((await repo.listHistory('hist-1')).map((h) => h.action)).toEqual(['first', 'second', 'third']);

      const overwrite = repo.appendHistory({ ...entries[0]!, action: 'rewritten' });
      await expect(overwrite).rejects.toThrow(ConflictError);
      await expect(overwrite).rejects.toThrow(/append-only/);
      expect((await repo.listHistory('hist-1')).map((h) => h.action)).toEqual(['first', 'second', 'third']);
    });
  });

  it('reads a whole package with one Query', async () => {
    await repo.createPackage(pkg('view-1'));
    await repo.putDeliverable(deliverable('view-1', 'dlv-b', 2));
    await repo.putDeliverable(deliverable('view-1', 'dlv-a', 1));
    await repo.putPendingDecision(pendingDecision('view-1', 'ssp-approval', 't'));
    await repo.putGateWait({ packageId: 'view-1', gate: 'ssp-submission', taskToken: 'w', since: iso(0) });
    await repo.appendHistory(history('view-1', `${iso(1)}#000001#aaaaaa`, 'package-created'));
    const before = commands.length;
    const view = await repo.getPackageItems('view-1');
    expect(commands.slice(before)).toEqual(['QueryCommand']);
    expect(view.package?.packageId).toBe('view-1');
    expect(view.deliverables.map((d) => d.deliverableId)).toEqual(['dlv-a', 'dlv-b']);
    expect(view.decisions).toHaveLength(1);
    expect(view.gateWaits).toHaveLength(1);
    expect(view.history).toHaveLength(1);
  });

  it('has issued no Scan in any test', () => {
    expect(commands.length).toBeGreaterThan(50);
    expect(commands.filter((name) => /Scan/.test(name))).toEqual([]);
  });
});

describe('listPackages against DynamoDB Local', () => {
  let table: TestTable;
  let repo: DynamoPackageRepository;
  const ids = Array.from({ length: 30 }, (_, i) => `list-${String(i).padStart(2, '0')}`);

  beforeAll(async () => {
    table = await freshTable('list-packages');
    repo = DynamoPackageRepository.fromClient(table.client, table.tableName);
    // Created in shuffled order; createdAt decides the order of the listing.
    const shuffled = ids.map((_, i) => (i * 7) % ids.length);
    await Promise.all(shuffled.map((i) => repo.createPackage(pkg(ids[i]!, iso(i * 60)))));
  });

  afterAll(async () => {
    await table?.drop();
  });

  async function pages(limit: number): Promise<PackageRecord[][]> {
    const out: PackageRecord[][] = [];
    let cursor: string | undefined;
    do {
      const page = await repo.listPackages(limit, cursor);
      out.push(page.packages);
      cursor = page.cursor;
    } while (cursor);
    return out;
  }

  it('pages newest first by 7: 7, 7, 7, 7, 2, without gaps or repeats', async () => {
    const result = await pages(7);
    expect(result.map((p) => p.length)).toEqual([7, 7, 7, 7, 2]);
    expect(result.flat().map((p) => p.packageId)).toEqual([...ids].reverse());
  });

  it('ends without an empty page when the count is a multiple of the page size', async () => {
    expect((await pages(10)).map((p) => p.length)).toEqual([10, 10, 10]);
    expect((await pages(30)).map((p) => p.length)).toEqual([30]);
    const single = await repo.listPackages(1000);
    expect(single.packages).toHaveLength(30);
    expect(single.cursor).toBeUndefined();
  });

  it('refuses a forged cursor and a bad page size', async () => {
    await expect(repo.listPackages(5, 'not-a-cursor')).rejects.toThrow(InvalidRequestError);
    const forged = Buffer.from(JSON.stringify({ PK: 'USER#1', SK: 'META', GSI1PK: 'PACKAGE', GSI1SK: 'x' })).toString('base64url');
    await expect(repo.listPackages(5, forged)).rejects.toThrow(InvalidRequestError);
    await expect(repo.listPackages(0)).rejects.toThrow(InvalidRequestError);
    await expect(repo.listPackages(2.5)).rejects.toThrow(InvalidRequestError);
  });
});
