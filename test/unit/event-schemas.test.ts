import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eventJsonSchemas } from '../../functions/core/workflow/event-schemas.js';
import { EVENT_DETAILS, EVENT_TYPES, intakeEvent } from '../../functions/core/workflow/events.js';
import { ROOT } from '../support/run-cli.js';

describe('EventBridge event schemas', () => {
  it('covers the ten integration events', () => {
    expect(EVENT_TYPES.sort()).toEqual(
      ['DecisionRecorded', 'DecisionRequested', 'DeliverableClassified', 'DeliverableOverdue', 'DeliverableReceived', 'DeliverableRejected', 'DeliverableValidated', 'PackageAuthorized', 'ReviewEscalated', 'StageChanged'].sort(),
    );
  });

  it('the JSON Schemas committed in events/ are the ones the zod schemas generate (npx tsx scripts/export-event-schemas.ts)', async () => {
    for (const [name, schema] of Object.entries(eventJsonSchemas())) {
      const committed = JSON.parse(await readFile(join(ROOT, 'events', `${name}.schema.json`), 'utf8'));
      expect({ name, schema: committed }).toEqual({ name, schema });
    }
  });

  it('refuses an event whose detail does not match its schema', () => {
    expect(() => intakeEvent('StageChanged', { packageId: 'p', at: 'now', from: 'a', to: 'b', stage: 'NOT-A-STAGE', gate: 'g' } as never)).toThrow();
    expect(EVENT_DETAILS.DecisionRecorded.safeParse({ packageId: 'p', at: 't', kind: 'k', decision: 'approve', decidedBy: 'x', role: 'AGENCY' }).success).toBe(true);
  });
});
