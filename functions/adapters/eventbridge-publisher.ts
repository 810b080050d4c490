import type { EventBridgeClient} from '@aws-sdk/client-eventbridge';
import { PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { EVENT_SOURCE, type IntakeEvent } from '../core/workflow/events.js';
import type { EventPublisher } from '../core/workflow/ports.js';

const BATCH = 10;
const ATTEMPTS = 3;

/**
 * Publishes intake events to an EventBridge bus, in batches of 10, retrying the entries EventBridge
 * reports as failed (PutEvents is not all-or-nothing) and failing loudly if some never get through.
 */
export class EventBridgePublisher implements EventPublisher {
  constructor(
    private readonly client: EventBridgeClient,
    private readonly busName: string,
  ) {}

  async publish(events: readonly IntakeEvent[]): Promise<void> {
    for (let i = 0; i < events.length; i += BATCH) {
      let entries: PutEventsRequestEntry[] = events.slice(i, i + BATCH).map((e) => ({
        EventBusName: this.busName,
        Source: EVENT_SOURCE,
        DetailType: e.detailType,
        Detail: JSON.stringify(e.detail),
        Resources: [],
      }));
      for (let attempt = 1; entries.length > 0; attempt++) {
        const out = await this.client.send(new PutEventsCommand({ Entries: entries }));
        if (!out.FailedEntryCount) break;
        const failed = entries.filter((_, j) => out.Entries?.[j]?.ErrorCode);
        if (attempt >= ATTEMPTS) {
          const codes = out.Entries?.map((e) => e.ErrorCode).filter(Boolean).join(', ');
          throw new Error(`${failed.length} event(s) could not be published to ${this.busName} after ${ATTEMPTS} attempts (${codes})`);
        }
        entries = failed;
        await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
      }
    }
  }
}
