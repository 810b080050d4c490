import { readFileSync } from 'node:fs';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { fixture } from '../../support/fixtures.js';

/** One labelled document of the eval6 corpus, in memory. */
export interface EvalDoc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

/** Text of a file under test/fixtures (the real FedRAMP templates and OSCAL documents). */
export function fixtureText(relative: string): string {
  return readFileSync(fixture(relative), 'utf8');
}

export function fixturePath(relative: string): string {
  return fixture(relative);
}
