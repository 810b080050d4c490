/**
 * Counting wrappers for the cost benchmark: DynamoDB capacity units (ReturnConsumedCapacity TOTAL
 * added to every data-plane request, consumed units summed from the answers), S3 requests by class,
 * events published, Lambda invocations and their durations.
 */
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { IntakeEvent } from '../functions/core/workflow/events.js';
import type { EventPublisher } from '../functions/core/workflow/ports.js';

/** Operations that accept ReturnConsumedCapacity (base and document-client command names). */
const CAPACITY_COMMANDS = new Set(
  ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query', 'Scan', 'BatchGetItem', 'BatchWriteItem', 'TransactGetItems', 'TransactWriteItems', 'Get', 'Put', 'Update', 'Delete', 'BatchGet', 'BatchWrite', 'TransactGet', 'TransactWrite'].map(
    (op) => `${op}Command`,
  ),
);

interface CapacityEntry {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

export class DynamoMeter {
  readUnits = 0;
  writeUnits = 0;
  requests = 0;
  /** Requests whose answer carried no ConsumedCapacity (then units are undercounted: reported). */
  unmetered = 0;
  readonly byOperation = new Map<string, number>();

  reset(): void {
    this.readUnits = this.writeUnits = this.requests = this.unmetered = 0;
    this.byOperation.clear();
  }

  snapshot(): { readUnits: number; writeUnits: number; requests: number; unmetered: number } {
    return { readUnits: this.readUnits, writeUnits: this.writeUnits, requests: this.requests, unmetered: this.unmetered };
  }

  /** A DynamoDB client whose data-plane requests this meter counts. */
  client(config: DynamoDBClientConfig): DynamoDBClient {
    const client = new DynamoDBClient(config);
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const name = context.commandName ?? '';
        if (!CAPACITY_COMMANDS.has(name)) return next(args);
        (args.input as Record<string, unknown>)['ReturnConsumedCapacity'] = 'TOTAL';
        const result = await next(args);
        this.requests++;
        this.byOperation.set(name, (this.byOperation.get(name) ?? 0) + 1);
        const consumed = (result.output as { ConsumedCapacity?: CapacityEntry | CapacityEntry[] }).ConsumedCapacity;
        const entries = consumed === undefined ? [] : Array.isArray(consumed) ? consumed : [consumed];
        if (entries.length === 0) this.unmetered++;
        const isWrite = /Put|Update|Delete|Write/.test(name);
        for (const e of entries) {
          const read = e.ReadCapacityUnits ?? (isWrite ? 0 : (e.CapacityUnits ?? 0));
          const write = e.WriteCapacityUnits ?? (isWrite ? (e.CapacityUnits ?? 0) : 0);
          this.readUnits += read;
          this.writeUnits += write;
        }
        return result;
      },
      { step: 'initialize', name: 'benchConsumedCapacity' },
    );
    return client;
  }
}

/** Counts an S3 client's requests: PUT-class (PUT, POST, COPY, LIST) and GET-class (GET, HEAD, others). */
export class S3Meter {
  putClass = 0;
  getClass = 0;
  /** GetObject alone (what SSE-KMS decrypts): part of getClass. */
  getObject = 0;
  reset(): void {
    this.putClass = this.getClass = this.getObject = 0;
  }
  attach(client: S3Client): S3Client {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (/^(Put|Copy|List|CreateMultipart|UploadPart|CompleteMultipart)/.test(context.commandName ?? '')) this.putClass++;
        else this.getClass++;
        if (context.commandName === 'GetObjectCommand') this.getObject++;
        return next(args);
      },
      { step: 'initialize', name: 'benchCountS3' },
    );
    return client;
  }
}

/** A publisher that only counts (and keeps the detail types). */
export class CountingPublisher implements EventPublisher {
  readonly types: string[] = [];
  async publish(events: readonly IntakeEvent[]): Promise<void> {
    for (const e of events) this.types.push(e.detailType);
  }
}

/** Invocations and their wall times, by function. */
export class InvocationMeter {
  readonly calls = new Map<string, number[]>();
  async time<T>(fn: string, call: () => Promise<T>): Promise<T> {
    const t = performance.now();
    try {
      return await call();
    } finally {
      const list = this.calls.get(fn) ?? [];
      list.push(performance.now() - t);
      this.calls.set(fn, list);
    }
  }
  count(fn: string): number {
    return this.calls.get(fn)?.length ?? 0;
  }
  totalMs(fn: string): number {
    return (this.calls.get(fn) ?? []).reduce((a, b) => a + b, 0);
  }
}
