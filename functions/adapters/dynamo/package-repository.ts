import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Decision } from '../../core/domain/stages.js';
import { InvalidRequestError } from '../../core/workflow/errors.js';
import { ConflictError, NotFoundError, type Clock, type PackageRepository } from '../../core/workflow/ports.js';
import { PackageRecord, type DecisionRecord, type DeliverableRecord, type GateWaitRecord, type HistoryEntry, type UploadGrant } from '../../core/workflow/records.js';
import { conditionFailure, numberAttr, stringAttr } from './errors.js';
import {
  decisionItem,
  deliverableItem,
  gateWaitItem,
  historyItem,
  packageItem,
  readDecision,
  readDeliverable,
  readGateWait,
  readHistory,
  readPackage,
  readUploadGrant,
  uploadGrantItem,
  type Item,
} from './items.js';
import { decisionKey, deliverableKey, gateWaitKey, packageKey, packagePk, PACKAGES_PARTITION, SK_PREFIX, uploadGrantKey, type ItemKey } from './keys.js';
import { decodeCursor, encodeCursor, gsi1Position, queryAll } from './query.js';
import { TABLE } from './table.js';

const MAX_PAGE = 1000;
const PackageChanges = PackageRecord.pick({ stage: true, gate: true, executionArn: true }).partial();
type PackageChanges = Partial<Pick<PackageRecord, 'stage' | 'gate' | 'executionArn'>>;

/** Everything stored under one package, read with a single Query. */
export interface PackageItems {
  package: PackageRecord | undefined;
  deliverables: DeliverableRecord[];
  decisions: DecisionRecord[];
  gateWaits: GateWaitRecord[];
  history: HistoryEntry[];
}

/**
 * The PackageRepository over one DynamoDB table (docs/access-patterns.md). Every invariant is a
 * condition of the write itself, so concurrent Lambdas cannot break it; no method scans. Base-table
 * reads are strongly consistent; the package listing (GSI1) is eventually consistent.
 */
export class DynamoPackageRepository implements PackageRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock = { now: () => new Date() },
  ) {}

  /** Wraps a low-level client in a document client with the marshalling this repository expects. */
  static fromClient(client: DynamoDBClient, tableName: string, clock?: Clock): DynamoPackageRepository {
    const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    return new DynamoPackageRepository(doc, tableName, clock);
  }

  async createPackage(pkg: PackageRecord): Promise<void> {
    try {
      await this.doc.send(new PutCommand({ TableName: this.tableName, Item: packageItem(pkg), ConditionExpression: 'attribute_not_exists(PK)' }));
    } catch (err) {
      if (conditionFailure(err)) throw new ConflictError(`package ${pkg.packageId} already exists`);
      throw err;
    }
  }

  getPackage(packageId: string): Promise<PackageRecord | undefined> {
    return this.get(packageKey(packageId), readPackage);
  }

  /** Newest first (GSI1, descending). Reads one item past the page to know whether a next page exists. */
  async listPackages(limit: number, cursor?: string): Promise<{ packages: PackageRecord[]; cursor?: string }> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw new InvalidRequestError(`page size must be an integer from 1 to ${MAX_PAGE}, not ${limit}`);
    const wanted = limit + 1;
    const items: Item[] = [];
    let start: Record<string, unknown> | undefined = cursor === undefined ? undefined : decodeCursor(cursor);
    do {
      const page = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: TABLE.gsi1.indexName,
          KeyConditionExpression: '#gpk = :all',
          ExpressionAttributeNames: { '#gpk': TABLE.gsi1.partitionKey },
          ExpressionAttributeValues: { ':all': PACKAGES_PARTITION },
          ScanIndexForward: false,
          Limit: wanted - items.length,
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start && items.length < wanted);
    const pageItems = items.slice(0, limit);
    const last = pageItems.at(-1);
    const next = items.length > limit && last ? encodeCursor(gsi1Position(last)) : undefined;
    return { packages: pageItems.map(readPackage), ...(next ? { cursor: next } : {}) };
  }

  async updatePackage(packageId: string, expectedRevision: number, changes: PackageChanges): Promise<PackageRecord> {
    const valid = PackageChanges.parse(changes);
    const names: Record<string, string> = { '#revision': 'revision', '#updatedAt': 'updatedAt' };
    const values: Record<string, unknown> = { ':expected': expectedRevision, ':next': expectedRevision + 1, ':now': this.clock.now().toISOString() };
    const sets = ['#revision = :next', '#updatedAt = :now'];
    for (const [field, value] of Object.entries(valid)) {
      if (value === undefined) continue;
      names[`#${field}`] = field;
      values[`:${field}`] = value;
      sets.push(`#${field} = :${field}`);
    }
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: packageKey(packageId),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: 'attribute_exists(PK) AND #revision = :expected',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return readPackage(out.Attributes ?? {});
    } catch (err) {
      const failed = conditionFailure(err);
      if (!failed) throw err;
      if (!failed.item) throw new NotFoundError(`package ${packageId} does not exist`);
      const actual = numberAttr(failed.item, 'revision');
      throw new ConflictError(`package ${packageId} was changed concurrently: revision is ${actual ?? '?'}, the update expected ${expectedRevision}`);
    }
  }

  /** ADD on the package's counter: concurrent callers get distinct numbers. Does not bump `revision` (uploads never conflict with stage changes). */
  async nextDeliverableVersion(packageId: string): Promise<number> {
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: packageKey(packageId),
          UpdateExpression: 'ADD #count :one',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeNames: { '#count': 'deliverableCount' },
          ExpressionAttributeValues: { ':one': 1 },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      const count: unknown = out.Attributes?.deliverableCount;
      if (typeof count !== 'number') throw new Error(`package ${packageId}: deliverableCount came back as ${String(count)}`);
      return count;
    } catch (err) {
      if (conditionFailure(err)) throw new NotFoundError(`package ${packageId} does not exist`);
      throw err;
    }
  }

  async putDeliverable(record: DeliverableRecord): Promise<void> {
    try {
      await this.doc.send(new PutCommand({ TableName: this.tableName, Item: deliverableItem(record), ConditionExpression: 'attribute_not_exists(PK)' }));
    } catch (err) {
      if (conditionFailure(err)) throw new ConflictError(`deliverable ${record.deliverableId} of package ${record.packageId} is already recorded`);
      throw err;
    }
  }

  getDeliverable(packageId: string, deliverableId: string): Promise<DeliverableRecord | undefined> {
    return this.get(deliverableKey(packageId, deliverableId), readDeliverable);
  }

  /** Sort keys order deliverables by id; versions (reserved in upload order) give oldest first. */
  async listDeliverables(packageId: string): Promise<DeliverableRecord[]> {
    const items = await this.queryPrefix(packageId, SK_PREFIX.deliverable);
    return items.map(readDeliverable).sort((a, b) => a.version - b.version || a.receivedAt.localeCompare(b.receivedAt));
  }

  /**
   * Writes the pending decision unless the same task token is already stored: a replayed request is a
   * no-op and never reopens a decision whose token was used. A different token replaces whatever is
   * there (EXPIRED, DECIDED, or PENDING from a wait that no longer exists: one execution per package).
   */
  async putPendingDecision(record: DecisionRecord): Promise<void> {
    if (record.status !== 'PENDING') throw new Error(`putPendingDecision takes a PENDING record, not ${record.status}`);
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: decisionItem(record),
          ConditionExpression: 'attribute_not_exists(PK) OR #token <> :token',
          ExpressionAttributeNames: { '#token': 'taskToken' },
          ExpressionAttributeValues: { ':token': record.taskToken },
        }),
      );
    } catch (err) {
      if (!conditionFailure(err)) throw err;
    }
  }

  getDecision(packageId: string, kind: string): Promise<DecisionRecord | undefined> {
    return this.get(decisionKey(packageId, kind), readDecision);
  }

  async listPendingDecisions(packageId: string): Promise<DecisionRecord[]> {
    const items = await this.queryPrefix(packageId, SK_PREFIX.decision, { filter: '#status = :pending', names: { '#status': 'status' }, values: { ':pending': 'PENDING' } });
    return items.map(readDecision);
  }

  /** PENDING → DECIDED in one conditional update (the outcome must be an allowed one): one concurrent caller wins. */
  async decide(packageId: string, kind: string, outcome: Pick<DecisionRecord, 'decision' | 'decidedBy' | 'comment' | 'deliverablesSeen'>, at: string): Promise<DecisionRecord> {
    const decision = Decision.parse(outcome.decision);
    const names: Record<string, string> = { '#status': 'status', '#decision': 'decision', '#decidedBy': 'decidedBy', '#decidedAt': 'decidedAt', '#comment': 'comment', '#allowed': 'allowed' };
    const values: Record<string, unknown> = { ':pending': 'PENDING', ':decided': 'DECIDED', ':decision': decision, ':by': outcome.decidedBy, ':at': at };
    let update = 'SET #status = :decided, #decision = :decision, #decidedBy = :by, #decidedAt = :at';
    if (outcome.deliverablesSeen !== undefined) {
      names['#seen'] = 'deliverablesSeen';
      values[':seen'] = outcome.deliverablesSeen;
      update += ', #seen = :seen';
    }
    if (outcome.comment !== undefined) {
      values[':comment'] = outcome.comment;
      update += ', #comment = :comment';
    } else {
      update += ' REMOVE #comment';
    }
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: decisionKey(packageId, kind),
          UpdateExpression: update,
          ConditionExpression: 'attribute_exists(PK) AND #status = :pending AND contains(#allowed, :decision)',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return readDecision(out.Attributes ?? {});
    } catch (err) {
      const failed = conditionFailure(err);
      if (!failed) throw err;
      if (!failed.item) throw new NotFoundError(`package ${packageId} has no decision '${kind}'`);
      const status = stringAttr(failed.item, 'status');
      if (status !== 'PENDING') {
        const previous = status === 'DECIDED' ? ` (${stringAttr(failed.item, 'decision') ?? '?'} by ${stringAttr(failed.item, 'decidedBy') ?? '?'} at ${stringAttr(failed.item, 'decidedAt') ?? '?'})` : '';
        throw new ConflictError(`decision '${kind}' of package ${packageId} is no longer pending: it is ${status ?? 'unknown'}${previous}`);
      }
      throw new ConflictError(`'${decision}' is not an allowed outcome of decision '${kind}' of package ${packageId}`);
    }
  }

  /** PENDING → EXPIRED. A decision that already left PENDING (decided or expired meanwhile) is left as it is. */
  async expireDecision(packageId: string, kind: string): Promise<void> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: decisionKey(packageId, kind),
          UpdateExpression: 'SET #status = :expired',
          ConditionExpression: 'attribute_exists(PK) AND #status = :pending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':pending': 'PENDING', ':expired': 'EXPIRED' },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
    } catch (err) {
      const failed = conditionFailure(err);
      if (!failed) throw err;
      if (!failed.item) throw new NotFoundError(`package ${packageId} has no decision '${kind}'`);
    }
  }

  /** One wait per gate: a new wait (new token) replaces the previous one. */
  async putGateWait(record: GateWaitRecord): Promise<void> {
    await this.doc.send(new PutCommand({ TableName: this.tableName, Item: gateWaitItem(record) }));
  }

  getGateWait(packageId: string, gate: string): Promise<GateWaitRecord | undefined> {
    return this.get(gateWaitKey(packageId, gate), readGateWait);
  }

  async takeGateWait(packageId: string, gate: string, taskToken: string): Promise<boolean> {
    try {
      await this.doc.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: gateWaitKey(packageId, gate),
          ConditionExpression: '#token = :token',
          ExpressionAttributeNames: { '#token': 'taskToken' },
          ExpressionAttributeValues: { ':token': taskToken },
        }),
      );
      return true;
    } catch (err) {
      if (conditionFailure(err)) return false;
      throw err;
    }
  }

  async appendHistory(entry: HistoryEntry): Promise<void> {
    try {
      await this.doc.send(new PutCommand({ TableName: this.tableName, Item: historyItem(entry), ConditionExpression: 'attribute_not_exists(PK)' }));
    } catch (err) {
      if (conditionFailure(err)) throw new ConflictError(`history entry ${entry.seq} of package ${entry.packageId} already exists: the history is append-only`);
      throw err;
    }
  }

  /** Oldest first: history sort keys start with the ISO time. */
  async listHistory(packageId: string): Promise<HistoryEntry[]> {
    return (await this.queryPrefix(packageId, SK_PREFIX.history)).map(readHistory);
  }

  /** One grant per upload id (a random UUID): a second write of the same id is refused, never overwritten. */
  async putUploadGrant(grant: UploadGrant): Promise<void> {
    try {
      await this.doc.send(new PutCommand({ TableName: this.tableName, Item: uploadGrantItem(grant), ConditionExpression: 'attribute_not_exists(PK)' }));
    } catch (err) {
      if (conditionFailure(err)) throw new ConflictError(`upload ${grant.uploadId} is already granted`);
      throw err;
    }
  }

  /** DynamoDB deletes expired items lazily (DynamoDB Local never does): a grant past `expiresAt` is treated as absent. */
  async getUploadGrant(uploadId: string): Promise<UploadGrant | undefined> {
    const grant = await this.get(uploadGrantKey(uploadId), readUploadGrant);
    return grant && grant.expiresAt * 1000 > this.clock.now().getTime() ? grant : undefined;
  }

  /** The whole package in one Query on its partition (not part of the port: a cheaper status view). */
  async getPackageItems(packageId: string): Promise<PackageItems> {
    const items = await queryAll(this.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': packagePk(packageId) },
      ConsistentRead: true,
    });
    const view: PackageItems = { package: undefined, deliverables: [], decisions: [], gateWaits: [], history: [] };
    for (const item of items) {
      const sk = String(item.SK);
      if (sk === SK_PREFIX.package) view.package = readPackage(item);
      else if (sk.startsWith(SK_PREFIX.deliverable)) view.deliverables.push(readDeliverable(item));
      else if (sk.startsWith(SK_PREFIX.decision)) view.decisions.push(readDecision(item));
      else if (sk.startsWith(SK_PREFIX.gateWait)) view.gateWaits.push(readGateWait(item));
      else if (sk.startsWith(SK_PREFIX.history)) view.history.push(readHistory(item));
    }
    view.deliverables.sort((a, b) => a.version - b.version);
    return view;
  }

  private async get<T>(key: ItemKey, read: (item: Item) => T): Promise<T | undefined> {
    const out = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }));
    return out.Item ? read(out.Item) : undefined;
  }

  private queryPrefix(packageId: string, prefix: string, filter?: { filter: string; names: Record<string, string>; values: Record<string, unknown> }): Promise<Item[]> {
    return queryAll(this.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ...(filter ? { FilterExpression: filter.filter, ExpressionAttributeNames: filter.names } : {}),
      ExpressionAttributeValues: { ':pk': packagePk(packageId), ':prefix': prefix, ...filter?.values },
      ConsistentRead: true,
    });
  }
}
