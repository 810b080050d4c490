/** The fictitious organisations, systems and people the corpus talks about. */
import { readFile } from 'node:fs/promises';
import { fixture } from '../../../support/fixtures.js';

export const CSP = 'Larkspur Analytics, Inc.';
export const CSP_SHORT = 'Larkspur';
export const CSO = 'Larkspur Case Management Cloud';
export const CSO_SHORT = 'LCMC';
export const CSP2 = 'Quillfeather Software Corp.';
export const CSO2 = 'Quillfeather Grants Workspace';
export const CSO2_SHORT = 'QGW';
export const TPAO = 'Bastion Assurance Partners, LLC';
export const AGENCY = 'National Records Modernization Administration';
export const AGENCY_SHORT = 'NRMA';
export const AGENCY2 = 'Bureau of Coastal Economics';

export const PEOPLE = {
  isso: ['Dana Whitfield', 'Information System Security Officer'],
  owner: ['Marcus Oyelaran', 'Information System Owner'],
  ciso: ['Priya Ramanathan', 'Chief Information Security Officer'],
  cto: ['Jonas Ekwueme', 'Chief Technology Officer'],
  grc: ['Elena Sokolova', 'Director, Compliance Automation'],
  sre: ['Tomasz Wierzbicki', 'SRE Manager'],
  privacy: ['Hannah Delacroix', 'Privacy Officer'],
  ao: ['Gregory T. Albrecht', 'Authorizing Official'],
  tpaoLead: ['Renee Castellanos', 'Assessment Lead, ' + 'Bastion Assurance Partners'],
} as const satisfies Record<string, readonly [string, string]>;

export function person(key: keyof typeof PEOPLE): [string, string] {
  const [n, t] = PEOPLE[key];
  return [n, t];
}

/** Reads a project fixture (test/fixtures/...) as text. */
export function readFixture(relative: string): Promise<string> {
  return readFile(fixture(relative), 'utf8');
}

/** Sentences that any governance document of this CSP may carry; none names a deliverable type. */
export const GOVERNANCE = [
  'Changes to this document are tracked in the revision history table and approved by the document owner.',
  'The document owner reviews this document at least annually and whenever a significant change to the environment occurs.',
  'Terms such as "shall" and "must" indicate mandatory requirements; "should" indicates a recommended practice.',
  'Questions about this document should be directed to the Security and Compliance team through the internal service desk.',
  'All personnel with assigned responsibilities acknowledge the current version through the learning management system.',
  'Where this document conflicts with a contractual requirement, the contractual requirement takes precedence and the conflict is reported to Legal.',
  'Evidence of performance is retained in the GRC platform for a minimum of three years.',
  'Exceptions are requested through the exception workflow and require approval by the CISO.',
  'The production environment is hosted in AWS GovCloud (US-West) with a warm standby in AWS GovCloud (US-East).',
  'Automation pipelines enforce these requirements where technically feasible, and manual review covers the remainder.',
] as const;
