import { fileURLToPath } from 'node:url';
import { basename, join } from 'node:path';

/**
 * A real FedRAMP OSCAL document the corpus starts from. The author read them in ../shared/fixtures;
 * the corpus reads the project's byte-identical copies in test/fixtures/oscal (sources in its SOURCES.md),
 * so that it builds from a clean clone alone.
 */
export function sharedFixture(relative: string): string {
  return join(fileURLToPath(new URL('../../../fixtures/oscal/', import.meta.url)), basename(relative));
}
