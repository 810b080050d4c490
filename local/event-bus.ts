/**
 * The local event bus: the EventPublisher the handlers get instead of EventBridge. Every event is
 * logged (one line: time, detail-type, package, what happened), appended to `events.jsonl` as the
 * EventBridge event a rule target would receive, and POSTed to the optional webhook URLs in the
 * background (a slow or failing webhook never holds up the pipeline; failures are logged).
 */
import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { EVENT_SOURCE, type IntakeEvent } from '../functions/core/workflow/events.js';
import type { EventPublisher } from '../functions/core/workflow/ports.js';
import type { StackLog } from './log.js';

const WEBHOOK_TIMEOUT_MS = 5000;
const WEBHOOK_ATTEMPTS = 3;

/** The EventBridge envelope of an event, as a rule target receives it. */
export interface BusEvent {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: IntakeEvent['detail'];
}

export interface LocalEventBusOptions {
  /** `<dataDir>/events.jsonl` */
  file: string;
  log: StackLog;
  region: string;
  account: string;
  webhooks?: readonly string[];
}

/** What the line says after the detail-type and the package. */
export function summary(event: IntakeEvent): string {
  switch (event.detailType) {
    case 'DeliverableReceived':
      return `${event.detail.size} bytes from ${event.detail.uploadedBy} (${event.detail.objectKey})`;
    case 'DeliverableClassified':
      return `${event.detail.type} (${event.detail.format}, confidence ${event.detail.confidence.toFixed(2)})`;
    case 'DeliverableValidated': {
      const c = event.detail.findingCounts;
      return `${event.detail.type} v${event.detail.version} ${event.detail.valid ? 'VALID' : 'INVALID'} (${c.error} errors, ${c.warning} warnings)`;
    }
    case 'DeliverableRejected':
      return `${event.detail.type} from ${event.detail.uploadedBy}: ${event.detail.reason}`;
    case 'DecisionRequested':
      return `${event.detail.kind} by ${event.detail.role}: ${event.detail.allowed.join(' | ')}`;
    case 'DecisionRecorded':
      return `${event.detail.kind}: ${event.detail.decision} by ${event.detail.role}${event.detail.comment ? ` (${event.detail.comment})` : ''}`;
    case 'StageChanged':
      return `${event.detail.from} → ${event.detail.to}`;
    case 'PackageAuthorized':
      return `${event.detail.csp} / ${event.detail.cso} (${event.detail.impactLevel}) by ${event.detail.agency}`;
    case 'DeliverableOverdue':
      return `gate ${event.detail.gate} still needs ${event.detail.missing.join(', ') || 'a valid package'}`;
    case 'ReviewEscalated':
      return `${event.detail.kind} (${event.detail.role}) waiting since ${event.detail.waitingSince}`;
  }
}

export class LocalEventBus implements EventPublisher {
  private readonly webhooks: URL[];
  private appending: Promise<void> = Promise.resolve();
  private readonly deliveries = new Set<Promise<void>>();

  constructor(private readonly options: LocalEventBusOptions) {
    this.webhooks = (options.webhooks ?? []).map((raw) => {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        throw new Error(`webhook '${raw}' is not a URL`);
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`webhook '${raw}' must be an http(s) URL`);
      return url;
    });
  }

  /** Logs and appends every event (in order, before returning); webhooks are sent in the background. */
  async publish(events: readonly IntakeEvent[]): Promise<void> {
    const envelopes = events.map((e) => this.envelope(e));
    for (const e of events) this.options.log.info('event', `${e.detailType.padEnd(21)} ${e.detail.packageId}  ${summary(e)}`);
    const lines = envelopes.map((e) => `${JSON.stringify(e)}\n`).join('');
    // One append at a time, so lines never interleave and keep their order.
    const appended = this.appending.then(() => appendFile(this.options.file, lines, { mode: 0o600 }));
    this.appending = appended.catch(() => undefined);
    await appended;
    for (const envelope of envelopes) for (const url of this.webhooks) this.deliver(url, envelope);
  }

  /** Waits (at most `timeoutMs`) for webhook deliveries still in flight. */
  async drain(timeoutMs = 2000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.deliveries, this.appending]), new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
  }

  private envelope(event: IntakeEvent): BusEvent {
    return {
      version: '0',
      id: randomUUID(),
      'detail-type': event.detailType,
      source: EVENT_SOURCE,
      account: this.options.account,
      time: new Date().toISOString(),
      region: this.options.region,
      resources: [],
      detail: event.detail,
    };
  }

  private deliver(url: URL, envelope: BusEvent): void {
    const delivery = (async () => {
      let last = '';
      for (let attempt = 1; attempt <= WEBHOOK_ATTEMPTS; attempt++) {
        try {
          const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'user-agent': 'fedramp-intake-local' },
            body: JSON.stringify(envelope),
            signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
            redirect: 'error',
          });
          await res.body?.cancel();
          if (res.ok) return;
          last = `HTTP ${res.status}`;
          if (res.status < 500 && res.status !== 429) break;
        } catch (err) {
          last = err instanceof Error ? err.message : String(err);
        }
        if (attempt < WEBHOOK_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
      }
      this.options.log.warn('webhook', `${envelope['detail-type']} for ${envelope.detail.packageId} not delivered to ${url.origin}${url.pathname}: ${last}`);
    })();
    this.deliveries.add(delivery);
    void delivery.finally(() => this.deliveries.delete(delivery));
  }
}
