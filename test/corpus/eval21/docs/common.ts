import type { DeliverableType } from '../../../../functions/core/domain/deliverables.js';
import type { Block } from '../kit/model.js';

/** One document of the set before it is written. */
export interface Spec {
  readonly file: string;
  readonly expected: DeliverableType;
  readonly note: string;
  readonly build: () => Promise<Buffer | string>;
}

export const ORG = {
  csp: 'Forgeline, Inc.',
  cspShort: 'Forgeline',
  addr: '1200 Larimer Street, Suite 400, Denver, CO 80204',
  cso: 'Forgeline Cloud Build for Government',
  csoShort: 'FCBG',
  cso2: 'Forgeline Artifact Vault',
  fedrampId: 'FR2417058932',
  tpao: 'Kestrel Assurance Partners, LLC',
  agency: 'National Hydrographic Data Administration',
  agencyShort: 'NHDA',
  ao: 'Dr. Renata Okafor',
  aoTitle: 'Chief Information Officer and Authorizing Official',
  isso: 'Marisol Tran',
  cto: 'Devin Achterberg',
  ciso: 'Priya Raman',
  eng: 'Jonas Whitfield',
} as const;

export function revisionHistory(rows: readonly (readonly [string, string, string, string])[]): Block {
  return { table: { head: ['Date', 'Version', 'Description', 'Author'], rows, widths: [2, 1, 5, 2] } };
}

export function approvals(role: string, names: readonly (readonly [string, string])[]): Block[] {
  return [
    { h: 1, text: role, numbered: false },
    { p: 'The signatures below indicate that the signatory has reviewed this document and agrees with its content.' },
    { table: { head: ['Name', 'Title', 'Signature', 'Date'], rows: names.map(([n, t]) => [n, t, '', '']), widths: [2, 3, 2, 1] } },
  ];
}

export const CUI_NOTICE = 'CONTROLLED UNCLASSIFIED INFORMATION // FEDCON — Forgeline Proprietary';

/** Join paragraphs into blocks quickly. */
export function paras(...texts: string[]): Block[] {
  return texts.map((p) => ({ p }));
}

/** The front matter Forgeline's Pandoc template puts before every attachment's first chapter. */
export function frontMatter(docTitle: string, version: string, date: string): Block[] {
  return [
    { h: 1, text: 'Document Information', numbered: false },
    { p: `Proprietary and confidential. This document contains Controlled Unclassified Information of ${ORG.csp} and is provided to the sponsoring agency, the 3PAO and the FedRAMP PMO for the purpose of evaluating ${ORG.cso}. It may not be disclosed outside these organizations without the written consent of ${ORG.csp}. Printed copies are uncontrolled; the version of record is the one in the compliance-docs repository at tag ssp-v${version}.` },
    { table: { head: ['Item', 'Value'], rows: [['Document', docTitle], ['Version', version], ['Date', date], ['Owner', `${ORG.isso}, ISSO`], ['Review cycle', 'Annually and after significant changes'], ['Source', `compliance-docs @ ssp-v${version}`]] } },
    { h: 2, text: 'Distribution List', numbered: false },
    { table: { head: ['Name', 'Organization', 'Role'], rows: [[ORG.ao, ORG.agency, 'Authorizing Official'], ['Tomas Ferreira', ORG.agency, 'ISSM'], ['Colm Brannigan', ORG.tpao, '3PAO Assessment Lead'], [ORG.cto, ORG.csp, 'System Owner'], [ORG.isso, ORG.csp, 'ISSO']] } },
    revisionHistory([['2024-10-01', '1.0', 'Initial release for the initial authorization package', ORG.isso], ['2025-02-03', '1.2', 'Agency review comments incorporated', ORG.eng], [date, version, 'Annual review; references updated to Rev5 and SCR-2025-03', ORG.isso]]),
    ...approvals('Approvals', [[ORG.cto, 'System Owner'], [ORG.ciso, 'Chief Information Security Officer']]),
  ];
}
