import { big, center, p, pageBreak, space, type Block } from '../kit/blocks.js';
import { CSP } from '../kit/cast.js';
import { approvals, revisionHistory, toc } from '../kit/front.js';

/** The CSP's usual front matter for an SSP attachment. */
export function cspFront(title: string, attachment: string | null, version: string, date: string, revs: string[][], tocEntries: [string, string][]): Block[] {
  return [
    center(CSP.name, 12),
    space,
    big(CSP.cso, 18),
    big(title, 24),
    ...(attachment ? [center(attachment, 12)] : []),
    center(`Version ${version} | ${date}`),
    space,
    center('CONTROLLED UNCLASSIFIED INFORMATION'),
    pageBreak,
    ...revisionHistory(revs),
    ...approvals([[CSP.owner, 'Information System Owner', CSP.name], [CSP.ciso, 'Chief Information Security Officer', CSP.name]]),
    pageBreak,
    ...toc(tocEntries),
  ];
}

export const intro = (doc: string, purpose: string): Block =>
  p(`This ${doc} applies to the ${CSP.cso} (${CSP.abbr}) operated by ${CSP.name} for federal customers. ${purpose}`);
