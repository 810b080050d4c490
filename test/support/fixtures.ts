import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of a file under test/fixtures. */
export function fixture(relative: string): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', relative);
}
