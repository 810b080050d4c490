/**
 * The local stand-in for the intake SQS queue and its DLQ. S3 notifications (s3rver's object-created
 * events) are written to `<dataDir>/queue/` before anything else happens, then delivered to the real
 * intake handler as SQS events (one record each, a bounded number at a time). A record the handler
 * reports in `batchItemFailures` (or a failed invocation) is retried with backoff; after the last
 * attempt it is appended to `<dataDir>/dlq.jsonl` and logged. A message leaves the folder only once it
 * is handled or dead-lettered, so a restart delivers again whatever was pending (intake is idempotent
 * per object version).
 */
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { StackLog } from './log.js';

export interface IntakeQueueOptions {
  /** `<dataDir>/queue` */
  dir: string;
  /** `<dataDir>/dlq.jsonl` */
  dlqFile: string;
  handler: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
  context: () => Context;
  log: StackLog;
  queueArn: string;
  region: string;
  /** Deliveries at once (default 2: validation is CPU-bound and the machine is shared). */
  concurrency?: number;
  /** Pause before each retry; attempts = retries + 1 (default 1 s, 4 s, 15 s). */
  retryDelaysMs?: readonly number[];
}

interface Message {
  file: string;
  messageId: string;
  body: string;
  sentAt: number;
  receiveCount: number;
}

const DEFAULT_RETRY_DELAYS_MS = [1000, 4000, 15_000];

let sequence = 0;

export class LocalIntakeQueue {
  private readonly ready: Message[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly retryTimers = new Map<Message, NodeJS.Timeout>();
  private started = false;
  private stopped = false;
  private idleWaiters: (() => void)[] = [];

  private constructor(private readonly options: IntakeQueueOptions) {}

  /** Opens the queue folder; messages left by a previous run are delivered once `start` is called. */
  static async open(options: IntakeQueueOptions): Promise<{ queue: LocalIntakeQueue; pending: number }> {
    const queue = new LocalIntakeQueue(options);
    await mkdir(options.dir, { recursive: true, mode: 0o700 });
    const names = (await readdir(options.dir)).filter((n) => n.endsWith('.json')).sort();
    for (const name of names) {
      const file = join(options.dir, name);
      try {
        const raw = JSON.parse(await readFile(file, 'utf8')) as Partial<Message>;
        if (typeof raw.messageId !== 'string' || typeof raw.body !== 'string') throw new Error('not a queued message');
        queue.ready.push({ file, messageId: raw.messageId, body: raw.body, sentAt: typeof raw.sentAt === 'number' ? raw.sentAt : Date.now(), receiveCount: 0 });
      } catch (err) {
        await queue.deadLetter({ file, messageId: name, body: '', sentAt: Date.now(), receiveCount: 0 }, `unreadable queue file: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    return { queue, pending: queue.ready.length };
  }

  /** Starts delivering (pending messages first). */
  start(): void {
    this.started = true;
    this.pump();
  }

  /** Enqueues a message body (an S3 notification as JSON): on disk first, then delivered. */
  async send(body: string): Promise<string> {
    if (this.stopped) throw new Error('the intake queue is stopped');
    const messageId = randomUUID();
    sequence = (sequence + 1) % 1_000_000;
    const file = join(this.options.dir, `${String(Date.now()).padStart(15, '0')}-${String(sequence).padStart(6, '0')}-${messageId}.json`);
    const message: Message = { file, messageId, body, sentAt: Date.now(), receiveCount: 0 };
    await writeFile(file, JSON.stringify({ messageId, body, sentAt: message.sentAt }), { mode: 0o600 });
    this.ready.push(message);
    this.pump();
    return messageId;
  }

  /** Messages waiting, being delivered or waiting to be retried. */
  get depth(): number {
    return this.ready.length + this.inFlight.size + this.retryTimers.size;
  }

  /** Resolves when nothing is waiting, in flight or scheduled for a retry. */
  idle(): Promise<void> {
    if (this.depth === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Stops taking work: deliveries in flight may finish (up to `timeoutMs`); whatever is left stays in
   * the folder for the next start. Returns how many messages are left.
   */
  async stop(timeoutMs = 10_000): Promise<number> {
    this.stopped = true;
    for (const timer of this.retryTimers.values()) clearTimeout(timer);
    this.retryTimers.clear();
    this.ready.length = 0;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.inFlight]), new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
    this.notifyIdle();
    return (await readdir(this.options.dir)).filter((n) => n.endsWith('.json')).length;
  }

  private pump(): void {
    if (!this.started || this.stopped) return;
    const limit = Math.max(1, this.options.concurrency ?? 2);
    while (this.inFlight.size < limit && this.ready.length > 0) {
      const message = this.ready.shift()!;
      const delivery = this.deliver(message).finally(() => {
        this.inFlight.delete(delivery);
        this.pump();
        this.notifyIdle();
      });
      this.inFlight.add(delivery);
    }
    this.notifyIdle();
  }

  private notifyIdle(): void {
    if (this.depth !== 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private record(message: Message): SQSRecord {
    const now = String(Date.now());
    return {
      messageId: message.messageId,
      receiptHandle: `local-${message.messageId}-${message.receiveCount}`,
      body: message.body,
      attributes: { ApproximateReceiveCount: String(message.receiveCount), SentTimestamp: String(message.sentAt), SenderId: 's3.amazonaws.com', ApproximateFirstReceiveTimestamp: now },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: this.options.queueArn,
      awsRegion: this.options.region,
    };
  }

  private async deliver(message: Message): Promise<void> {
    message.receiveCount++;
    let failure: string | undefined;
    try {
      const out = await this.options.handler({ Records: [this.record(message)] }, this.options.context());
      if (out.batchItemFailures.some((f) => f.itemIdentifier === message.messageId)) failure = 'the intake handler reported the record as failed';
    } catch (err) {
      failure = `the intake invocation failed: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`;
    }
    if (failure === undefined) {
      await rm(message.file, { force: true });
      return;
    }
    const delays = this.options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    const delay = delays[message.receiveCount - 1];
    if (delay === undefined) {
      await this.deadLetter(message, failure);
      return;
    }
    if (this.stopped) return; // Left on disk: delivered again at the next start.
    this.options.log.warn('intake', `message ${message.messageId} failed (attempt ${message.receiveCount} of ${delays.length + 1}): ${failure}; retrying in ${delay / 1000} s`);
    const timer = setTimeout(() => {
      this.retryTimers.delete(message);
      this.ready.push(message);
      this.pump();
    }, delay);
    this.retryTimers.set(message, timer);
  }

  private async deadLetter(message: Message, reason: string): Promise<void> {
    const entry = { messageId: message.messageId, failedAt: new Date().toISOString(), attempts: message.receiveCount, reason, body: message.body };
    await appendFile(this.options.dlqFile, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
    await rm(message.file, { force: true });
    this.options.log.error('intake', `message ${message.messageId} moved to the DLQ (${this.options.dlqFile}) after ${message.receiveCount} attempt(s): ${reason}`);
  }
}
