/** The enterprise front matter that precedes the body of every formally managed document (SharePoint/Word exports). */
import type { Block } from './kit.js';
import { b, center, p, pageBreak, small, table, title, toc } from './kit.js';

export const CSP = 'Meridian Global Technologies, Inc.';
export const CSP_SHORT = 'Meridian';
export const CSO = 'Meridian Workforce Cloud';
export const CSO_ABBR = 'MWC';
export const CSP_ADDR = '4100 Corporate Parkway, Suite 900, Reston, VA 20190';
export const TPAO = 'Brightline Assurance Partners, LLC';
export const TPAO_SHORT = 'Brightline';
export const AGENCY = 'Federal Maritime Logistics Administration';
export const AGENCY_ABBR = 'FMLA';
export const CUI = 'CONTROLLED UNCLASSIFIED INFORMATION // PROPRIETARY';

export interface Revision {
  date: string;
  version: string;
  description: string;
  author: string;
}

export function revisionHistory(rows: readonly Revision[], heading = 'Document Revision History'): Block[] {
  return [
    b(heading),
    table([['Date', 'Version', 'Description', 'Author'], ...rows.map((r) => [r.date, r.version, r.description, r.author])]),
  ];
}

export function approvals(signers: readonly (readonly [string, string])[], intro?: string): Block[] {
  return [
    b('Approvals'),
    p(
      intro ??
        'The signatures below indicate that the individuals named have reviewed this document and agree with its content. Signed copies are retained in the document management system; electronic approvals recorded in the workflow are equivalent to wet signatures.',
    ),
    table([
      ['Name', 'Title', 'Signature', 'Date'],
      ...signers.map(([name, role]) => [name, role, '/s/ (signed electronically)', '']),
    ]),
  ];
}

export function preparedTable(preparedBy: readonly string[], preparedFor: readonly string[]): Block[] {
  return [
    table(
      [
        ['Prepared by', ''],
        ['Organization Name', preparedBy[0] ?? ''],
        ['Street Address', preparedBy[1] ?? ''],
        ['Suite/Room/Building', preparedBy[2] ?? ''],
        ['City, State, Zip', preparedBy[3] ?? ''],
      ],
      true,
    ),
    table(
      [
        ['Prepared for', ''],
        ['Organization Name', preparedFor[0] ?? ''],
        ['Street Address', preparedFor[1] ?? ''],
        ['Suite/Room/Building', preparedFor[2] ?? ''],
        ['City, State, Zip', preparedFor[3] ?? ''],
      ],
      true,
    ),
  ];
}

export const MERIDIAN_PREPARED = [CSP, '4100 Corporate Parkway', 'Suite 900', 'Reston, VA 20190'];
export const BRIGHTLINE_PREPARED = [TPAO, '1200 Wilson Boulevard', '14th Floor', 'Arlington, VA 22209'];

export function proprietaryNotice(owner = CSP): Block[] {
  return [
    small(
      `${CUI}. This document contains confidential and proprietary information of ${owner} and is provided to the sponsoring agency, the FedRAMP PMO and the assessing organization for evaluation only. Do not copy, forward or disclose outside the named distribution without written permission of the document owner. Printed copies are uncontrolled; the authoritative copy is maintained in the ${CSP_SHORT} GRC SharePoint library.`,
    ),
  ];
}

export function distribution(list: readonly (readonly [string, string])[]): Block[] {
  return [b('Distribution List'), table([['Recipient', 'Organization / Role'], ...list.map(([n, r]) => [n, r])])];
}

export interface CoverOptions {
  docTitle: string;
  subtitle?: string;
  version: string;
  date: string;
  /** Title as large type (default) or only inside a table cell. */
  titleIn?: 'large' | 'cell';
  preparedBy?: readonly string[];
  preparedFor?: readonly string[];
  extraLines?: readonly string[];
}

export function cover(o: CoverOptions): Block[] {
  const out: Block[] = [center(CUI, true)];
  if (o.titleIn === 'cell') {
    out.push(
      table(
        [
          ['Document Title', o.docTitle],
          ['Cloud Service Offering', `${CSO} (${CSO_ABBR})`],
          ['Version', o.version],
          ['Date', o.date],
        ],
        false,
      ),
    );
  } else {
    out.push(title(CSO, 16), title(o.docTitle, 26));
    if (o.subtitle) out.push(center(o.subtitle, true));
    out.push(center(`Version ${o.version}`), center(o.date));
  }
  for (const l of o.extraLines ?? []) out.push(center(l));
  if (o.preparedBy || o.preparedFor) out.push(...preparedTable(o.preparedBy ?? MERIDIAN_PREPARED, o.preparedFor ?? [AGENCY, '1200 New Jersey Avenue SE', 'Room W41-302', 'Washington, DC 20590']));
  out.push(pageBreak);
  return out;
}

export function tocPage(entries: readonly (readonly [string, number])[]): Block[] {
  return [toc(entries), pageBreak];
}

/** A table of contents computed from section names (page numbers as Word would have cached them). */
export function autoToc(sections: readonly string[], firstPage = 5, perSection = 1): Block[] {
  let page = firstPage;
  const entries: [string, number][] = [];
  for (const s of sections) {
    entries.push([s, page]);
    page += /^\d+\.\d/.test(s) ? 0 : perSection;
  }
  return tocPage(entries);
}

export const STD_REVS: Revision[] = [
  { date: '2024-02-09', version: '1.0', description: 'Initial release for FedRAMP Moderate agency authorization package.', author: 'K. Okafor' },
  { date: '2024-11-15', version: '1.1', description: 'Annual review; updated points of contact and organizational changes after reorganization of Cloud Operations.', author: 'D. Whitcomb' },
  { date: '2025-08-22', version: '2.0', description: 'Rev 5 transition: updated control references to NIST SP 800-53 Rev 5 and FedRAMP Rev 5 baseline.', author: 'K. Okafor' },
  { date: '2026-07-30', version: '2.1', description: 'Annual review; incorporated 3PAO comments from the 2026 annual assessment; minor editorial changes.', author: 'S. Raman' },
];

export const STD_SIGNERS: (readonly [string, string])[] = [
  ['Priya Venkataraman', 'Chief Information Security Officer'],
  ['Marcus Delgado', 'System Owner, Meridian Workforce Cloud'],
  ['Helen Strand', 'Director, Governance, Risk and Compliance'],
];
