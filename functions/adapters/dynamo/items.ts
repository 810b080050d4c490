import type * as z from 'zod';
import { DecisionRecord, DeliverableRecord, GateWaitRecord, HistoryEntry, PackageRecord, UploadGrant } from '../../core/workflow/records.js';
import { TABLE } from './table.js';
import { decisionKey, deliverableKey, gateWaitKey, historyKey, packageGsi1, packageKey, uploadGrantKey } from './keys.js';

/** What an item is (kept on every item: readable in the console, filterable in exports). */
export type Entity = 'PACKAGE' | 'DELIVERABLE' | 'DECISION' | 'GATE_WAIT' | 'HISTORY' | 'UPLOAD_GRANT';

export type Item = Record<string, unknown>;

/** Top-level undefined values are dropped (DynamoDB has no undefined; optional fields are absent). */
function compact(record: object): Item {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** Records are validated on the way in too: a malformed record never reaches the table. */
export const packageItem = (pkg: PackageRecord): Item => {
  const valid = PackageRecord.parse(pkg);
  return { ...compact(valid), ...packageKey(valid.packageId), ...packageGsi1(valid.packageId, valid.createdAt), entity: 'PACKAGE' satisfies Entity };
};

export const deliverableItem = (record: DeliverableRecord): Item => {
  const valid = DeliverableRecord.parse(record);
  return { ...compact(valid), ...deliverableKey(valid.packageId, valid.deliverableId), entity: 'DELIVERABLE' satisfies Entity };
};

export const decisionItem = (record: DecisionRecord): Item => {
  const valid = DecisionRecord.parse(record);
  return { ...compact(valid), ...decisionKey(valid.packageId, valid.kind), entity: 'DECISION' satisfies Entity };
};

export const gateWaitItem = (record: GateWaitRecord): Item => {
  const valid = GateWaitRecord.parse(record);
  return { ...compact(valid), ...gateWaitKey(valid.packageId, valid.gate), entity: 'GATE_WAIT' satisfies Entity };
};

export const historyItem = (entry: HistoryEntry): Item => {
  const valid = HistoryEntry.parse(entry);
  return { ...compact(valid), ...historyKey(valid.packageId, valid.seq), entity: 'HISTORY' satisfies Entity };
};

/** `expiresAt` (epoch seconds) is also the table's TTL attribute: DynamoDB deletes the grant some time after it. */
export const uploadGrantItem = (grant: UploadGrant): Item => {
  const valid = UploadGrant.parse(grant);
  return { ...compact(valid), [TABLE.ttlAttribute]: valid.expiresAt, ...uploadGrantKey(valid.uploadId), entity: 'UPLOAD_GRANT' satisfies Entity };
};

/** Validates an item read back; key and bookkeeping attributes are stripped by the schema. */
function reader<S extends z.ZodType>(schema: S, what: string): (item: Item) => z.output<S> {
  return (item) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      throw new Error(`corrupt ${what} item ${String(item.PK)} / ${String(item.SK)}: ${parsed.error.message}`, { cause: parsed.error });
    }
    return parsed.data;
  };
}

export const readPackage = reader(PackageRecord, 'package');
export const readDeliverable = reader(DeliverableRecord, 'deliverable');
export const readDecision = reader(DecisionRecord, 'decision');
export const readGateWait = reader(GateWaitRecord, 'gate wait');
export const readHistory = reader(HistoryEntry, 'history');
export const readUploadGrant = reader(UploadGrant, 'upload grant');
