// Writes the JSON Schema of every EventBridge event detail to events/<DetailType>.schema.json, for
// integrators. The zod schemas in functions/core/workflow/events.ts are the source; a test checks
// that the committed files match them.
// Usage: npx tsx scripts/export-event-schemas.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventJsonSchemas } from '../functions/core/workflow/event-schemas.js';

const dir = join(import.meta.dirname, '..', 'events');
const check = process.argv.includes('--check');
let stale = 0;
for (const [name, schema] of Object.entries(eventJsonSchemas())) {
  const path = join(dir, `${name}.schema.json`);
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (check) {
    let current: string;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = '';
    }
    if (current !== text) {
      stale++;
      console.error(`stale: ${path}`);
    }
  } else writeFileSync(path, text);
}
if (stale > 0) process.exit(1);
