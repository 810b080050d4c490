import type { Block } from '../kit/blocks.js';
import { h1, h2, p, table } from '../kit/blocks.js';
import type { Csp } from './orgs.js';

export const ACRONYMS: readonly (readonly [string, string])[] = [
  ['3PAO', 'Third Party Assessment Organization'],
  ['AO', 'Authorizing Official'],
  ['ATO', 'Authority to Operate'],
  ['CSO', 'Cloud Service Offering'],
  ['CSP', 'Cloud Service Provider'],
  ['FIPS', 'Federal Information Processing Standard'],
  ['ISSO', 'Information System Security Officer'],
  ['MFA', 'Multi-Factor Authentication'],
  ['NIST', 'National Institute of Standards and Technology'],
  ['PMO', 'Program Management Office'],
  ['POA&M', 'Plan of Action and Milestones'],
  ['SP', 'Special Publication'],
];

export function acronyms(extra: readonly (readonly [string, string])[] = []): Block[] {
  const rows = [...ACRONYMS, ...extra].sort((a, b) => a[0].localeCompare(b[0]));
  return [h1('Acronyms'), table([['Acronym', 'Definition'], ...rows])];
}

export function references(items: readonly string[]): Block[] {
  return [h1('References'), table([['Document', 'Location'], ...items.map((i, n) => [i, n % 2 === 0 ? 'nvlpubs.nist.gov' : 'fedramp.gov'])])];
}

/** The "document maintenance" section almost every CSP plan carries. */
export function maintenance(csp: Csp, doc: string, owner: string): Block[] {
  return [
    h1('Plan Maintenance'),
    p(
      `The ${doc} is reviewed at least annually by the ${owner} and whenever a significant change to the ${csp.cso} environment, a change in organizational structure, or a lesson learned from an exercise or a real event makes the current text inaccurate. Reviews are recorded in the revision history at the front of this document, and each released version is stored in the ${csp.short} document repository with its approval record.`,
    ),
    p(
      `Proposed changes are submitted through the ${csp.short} change management process. Editorial corrections may be approved by the ISSO; substantive changes require the approval of the Information System Owner. When a change affects a commitment made to an authorizing agency, ${csp.short} notifies the agency through the continuous monitoring channel before the revised document takes effect.`,
    ),
    h2('Training and Awareness'),
    p(
      `Personnel with responsibilities under this document receive role-based training when they are assigned and annually thereafter. Completion is tracked in the learning management system and reviewed by the ISSO each quarter; overdue training is escalated to the person's manager and, after thirty days, results in the suspension of privileged access.`,
    ),
  ];
}

export function purposeScope(csp: Csp, what: string, extra: string): Block[] {
  return [
    h1('Introduction'),
    h2('Purpose'),
    p(`This document describes ${what} for the ${csp.cso} (${csp.acronym}), ${/^[AEIOU]/.test(csp.model) ? 'an' : 'a'} ${csp.model} offering operated by ${csp.name} and hosted in ${csp.hosting}. ${extra}`),
    h2('Scope'),
    p(
      `The scope is the ${csp.acronym} authorization boundary as defined in the System Security Plan, including the production and disaster recovery environments, the management plane used by ${csp.short} operations staff, and the supporting services listed in the SSP's interconnection table. Corporate IT systems outside the boundary (e-mail, human resources, finance) are addressed only where they support a control described here.`,
    ),
  ];
}
