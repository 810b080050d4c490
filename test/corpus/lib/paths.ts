import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of a copied third-party fixture under test/fixtures/{oscal,office}/. */
export function fixturePath(kind: 'oscal' | 'office', name: string): string {
  return fileURLToPath(new URL(`../../fixtures/${kind}/${name}`, import.meta.url));
}

export function readFixture(kind: 'oscal' | 'office', name: string): Buffer {
  return readFileSync(fixturePath(kind, name));
}

export function readFixtureText(kind: 'oscal' | 'office', name: string): string {
  return readFixture(kind, name).toString('utf8');
}
