import * as z from 'zod';
import { EVENT_DETAILS, EVENT_SOURCE, type EventType } from './events.js';

/** JSON Schema (draft 2020-12) of each event's `detail`, with the EventBridge envelope fields it travels in. */
export function eventJsonSchemas(): Record<EventType, object> {
  return Object.fromEntries(
    Object.entries(EVENT_DETAILS).map(([name, schema]) => [
      name,
      {
        $id: `https://fedramp-intake.example/events/${name}.schema.json`,
        title: name,
        description: `EventBridge detail of source '${EVENT_SOURCE}', detail-type '${name}'.`,
        ...z.toJSONSchema(schema),
      },
    ]),
  ) as Record<EventType, object>;
}
