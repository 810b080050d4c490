import type { DeliverableType } from '../../../../functions/core/domain/deliverables.js';
import type { Block, Inline } from '../kit/model.js';
import { b, h1, p, s, table } from '../kit/model.js';

export interface EvalDoc {
  readonly file: string;
  readonly expected: DeliverableType;
  readonly note: string;
  readonly data: Buffer | string;
}

/** The world these documents come from: a 60-person defense-tech SaaS moving from CMMC L2 to FedRAMP Moderate. */
export const ORG = {
  csp: 'Kestrel Forge, Inc.',
  short: 'Kestrel Forge',
  cso: 'Kestrel Mission Cloud',
  abbr: 'KMC',
  city: '2200 Wilson Blvd, Suite 410, Arlington, VA 22201',
  fedrampId: 'FR2609157731',
  agency: 'United States Coast Guard',
  agencyDept: 'Department of Homeland Security',
  agencyOffice: 'Office of the Assistant Commandant for C5IT (CG-6)',
  ao: 'Rear Admiral Ellen T. Marsh',
  aoTitle: 'Authorizing Official and Chief Information Officer',
  threePao: 'Brightline Assurance Partners, LLC',
  leadAssessor: 'Carla Jimenez',
  isso: 'Dana Okafor',
  issoTitle: 'Director, Security & Compliance (ISSO)',
  secEng: 'Theo Lindqvist',
  secEngTitle: 'Senior Security Engineer',
  ceo: 'Marcus Hale',
  cto: 'Priya Raman',
  vpe: 'Sam Kowalski',
  sre: 'Jun Takahashi',
  counsel: 'Alicia Brandt',
  region: 'AWS GovCloud (US-West)',
} as const;

export function revisionHistory(rows: readonly (readonly Inline[])[], heading = 'Revision History'): Block[] {
  return [p(b(heading)), table([['Date', 'Version', 'Description', 'Author'], ...rows])];
}

export function approvals(signers: readonly (readonly [string, string])[], lead = 'The signatures below indicate approval of this document.'): Block[] {
  return [
    h1('Document Approval'),
    p(lead),
    table([
      ['Name', 'Title', 'Signature', 'Date'],
      ...signers.map(([n, t]) => [n, t, '', ''] as Inline[]),
    ]),
  ];
}

export function toc(entries: readonly string[]): Block[] {
  return [p(b('Table of Contents')), ...entries.map((e) => p(e))];
}

export const CUI_BANNER = 'CUI // SP-PRVCY — Kestrel Forge Proprietary';
export const PROPRIETARY =
  'This document contains proprietary and confidential information of Kestrel Forge, Inc. It is provided for the sole purpose of supporting the authorization of Kestrel Mission Cloud and must not be disclosed outside the recipient organization without written permission.';

export function struck(text: string, note: string): Inline[] {
  return [s(text), ` ${note}`];
}
