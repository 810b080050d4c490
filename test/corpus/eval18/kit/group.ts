import type { Block } from './model.js';
import { b, p, small, table } from './model.js';

/** The fictional group whose compliance office writes this corpus. */
export const G = {
  group: 'Nordhaus Cloud Group SE',
  groupShort: 'Nordhaus Group',
  hq: 'Mainzer Landstraße 180, 60327 Frankfurt am Main, Germany',
  office: 'Global Compliance Office (GCO)',
  sub: 'Nordhaus Federal Cloud, Inc.',
  subAddr: '13241 Woodland Park Road, Suite 400, Herndon, VA 20171, USA',
  cso: 'Nordhaus Federal Cloud Platform',
  csoShort: 'NFCP',
  fedId: 'FR2614503217',
  agency: 'Federal Grants Analytics Administration',
  agencyShort: 'FGAA',
  ao: 'Marcus T. Ellery',
  aoTitle: 'Chief Information Officer and Authorizing Official',
  tpao: 'Kestrel Assurance Partners, LLC',
  tpaoShort: 'Kestrel',
  tpaoLead: 'Rebecca Okafor, CISSP, CCSP',
  headCompliance: 'Eleanor Whitcombe',
  complianceLead: 'Priya Raghunathan',
  architect: 'Arvind Subramaniam',
  ciso: 'Dr. Katrin Oberländer',
  isms: 'Matthias Brenneke',
  systemOwner: 'Jonathan R. Mercer',
  isso: 'Dana L. Whitfield',
  privacy: 'Sophie Delacroix-Hartmann',
  legal: 'Florian Achterberg',
  sre: 'Rohan Mehta',
} as const;

export const LOGO_LINE = '■ NORDHAUS  CLOUD  GROUP  ■   Global Compliance Office';
export const CLASSIFICATION = 'INTERNAL – RESTRICTED';

export interface FrontMatter {
  readonly docId: string;
  readonly version: string;
  readonly status: string;
  readonly owner: string;
  readonly approver: string;
  readonly reviewer: string;
  readonly date: string;
  readonly nextReview?: string;
  readonly classification?: string;
  readonly revisions: readonly (readonly [string, string, string, string])[];
  readonly distribution?: readonly string[];
  readonly legal?: boolean;
  readonly toc?: readonly string[];
  readonly approvals?: readonly (readonly [string, string])[];
}

/** The group template's control block: logo line, marking, document control, version block. */
export function groupControl(fm: FrontMatter): Block[] {
  const out: Block[] = [
    small(LOGO_LINE),
    b(fm.classification ?? CLASSIFICATION),
    table(
      [
        ['Document Control', ''],
        ['Document ID', fm.docId],
        ['Version', fm.version],
        ['Status', fm.status],
        ['Document Owner', fm.owner],
        ['Approver', fm.approver],
        ['Reviewer', fm.reviewer],
        ['Date of issue', fm.date],
        ['Next scheduled review', fm.nextReview ?? '12 months after approval'],
        ['Classification', fm.classification ?? CLASSIFICATION],
      ],
      true,
    ),
  ];
  return out;
}

/** Revision history, approvals, distribution, legal notice and table of contents. */
export function groupFrontTail(fm: FrontMatter): Block[] {
  const out: Block[] = [b('Version History'), table([['Version', 'Date', 'Author', 'Description of change'], ...fm.revisions])];
  if (fm.approvals) {
    out.push(b('Approval'), table([['Role', 'Name', 'Signature', 'Date'], ...fm.approvals.map(([role, name]) => [role, name, '', ''])]));
  }
  if (fm.distribution) {
    out.push(b('Distribution List'), table([['Recipient', 'Organisation / Function'], ...fm.distribution.map((d) => d.split(' — ') as [string, string])]));
  }
  if (fm.legal) {
    out.push(
      b('Legal Notice'),
      small(
        `© ${G.group}. All rights reserved. This document is the property of ${G.group} and its affiliated companies. It contains information classified ${fm.classification ?? CLASSIFICATION} under the Group Information Classification Standard (GCO-STD-004) and may be disclosed only to the recipients on the distribution list or to persons bound by an equivalent obligation of confidentiality. Printed copies are uncontrolled; the controlled version is held in the group document management system.`,
      ),
    );
  }
  if (fm.toc) {
    out.push(b('Table of Contents'), ...fm.toc.map((t, i) => p(`${t} ${'.'.repeat(Math.max(3, 60 - t.length))} ${i * 2 + 3}`)));
  }
  return out;
}

export function groupFront(fm: FrontMatter): Block[] {
  return [...groupControl(fm), ...groupFrontTail(fm)];
}

export const HEADER = (docId: string, what: string): string => `${G.groupShort} | ${what} | ${docId} | ${CLASSIFICATION}`;
export const FOOTER = (docId: string): string => `${CLASSIFICATION} — uncontrolled when printed — ${docId}`;
