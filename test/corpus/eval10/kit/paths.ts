import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** ../shared/fixtures of the workspace (real FedRAMP templates and OSCAL documents). */
export function sharedFixture(relative: string): string {
  return join(fileURLToPath(new URL('../../../../../shared/fixtures/', import.meta.url)), relative);
}
