import type { Block } from './model.js';
import { bold, center, h1, p, pb, table, title } from './model.js';

/** mulberry32: a small seeded generator so every run writes the same bytes. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, xs: readonly T[]): T {
  const v = xs[Math.floor(r() * xs.length)];
  if (v === undefined) throw new Error('pick from empty list');
  return v;
}

export const ORG = {
  uni: 'Allegheny Ridge University',
  uniShort: 'ARU',
  office: 'Office of Research Computing and Cyberinfrastructure (ORCC)',
  cso: 'Ridgeline Research Cloud',
  csoShort: 'RRC',
  agency: 'National Institute for Biomedical Data Science (NIBDS)',
  agencyShort: 'NIBDS',
  dept: 'U.S. Department of Health and Human Services',
  tpao: 'Keystone Assurance Partners, LLC',
  iso: 'Miriam K. Okafor, Ph.D.',
  owner: 'Daniel S. Ishikawa, Ph.D.',
  ao: 'Thomas R. Whitcombe',
  ciso: 'Laurence J. Petrakis',
  city: 'Millbrook, Pennsylvania 16801',
};

/** Neutral institutional sentences that any university IT document could carry (no deliverable vocabulary). */
const FILLER = [
  'The Office of Research Computing and Cyberinfrastructure reports to the Vice President for Research and coordinates with the central Information Technology Services organization on shared campus services.',
  'Faculty investigators, research engineers, postdoctoral scholars and graduate students constitute the principal user community, and their needs are collected through the annual research computing survey.',
  'Questions regarding this document should be directed to the ORCC service desk, which is staffed during normal business hours of the academic calendar.',
  'Terminology follows the usage of the University Glossary of Information Technology Terms unless a more specific definition is given in the text.',
  'The University operates on a fiscal year beginning on July 1, and budgetary commitments referenced herein follow that convention.',
  'Staffing figures are reported as full-time equivalents and include research software engineers funded from sponsored awards.',
  'Where this document refers to the data center, it means the University\'s Tier III facility on the North Campus, with a secondary site at the Regional Research Network co-location hall.',
  'Comments received during the review period were adjudicated by the document owner and are retained in the ORCC document management system.',
  'The University is committed to open science, and this commitment is balanced against its obligations to research participants, sponsors and federal partners.',
  'Nothing in this document is intended to limit academic freedom or the customary rights of faculty in the conduct of scholarship.',
  'Capitalized terms such as Principal Investigator (PI) and Research Data Steward carry the meanings assigned by the Office of the Vice President for Research.',
  'The effort described here builds on infrastructure originally funded through the National Science Foundation Campus Cyberinfrastructure program.',
];

/** A paragraph: the given sentences, with `extra` neutral sentences woven in deterministically. */
export function para(r: () => number, sentences: string[], extra = 1): string {
  const out = [...sentences];
  for (let i = 0; i < extra; i++) out.splice(Math.floor(r() * (out.length + 1)), 0, pick(r, FILLER));
  return out.join(' ');
}

export interface FrontMatter {
  title: string;
  subtitle?: string;
  version: string;
  date: string;
  revisions?: string[][];
  approvals?: string[][];
  distribution?: string[];
  toc?: string[];
  legal?: string;
  marking?: string;
  titleStyle?: 'cover' | 'tableCell' | 'bold';
}

/** Cover page, legal notice, revision history, approval block, distribution list and contents, in the order given. */
export function frontMatter(f: FrontMatter, order: ('cover' | 'legal' | 'rev' | 'appr' | 'dist' | 'toc')[] = ['cover', 'rev', 'appr', 'toc']): Block[] {
  const out: Block[] = [];
  for (const part of order) {
    if (part === 'cover') {
      if (f.marking) out.push(center(f.marking, true));
      if (f.titleStyle === 'tableCell') {
        out.push(table([[ORG.uni, f.title], ['Version', f.version], ['Date', f.date], ['Cloud Service Offering', ORG.cso]]));
      } else if (f.titleStyle === 'bold') {
        out.push(bold(f.title));
      } else {
        out.push(center(ORG.uni), center(ORG.office), title(f.title));
      }
      if (f.subtitle) out.push(center(f.subtitle));
      out.push(center(`Version ${f.version}`), center(f.date), pb);
    } else if (part === 'legal' && f.legal) {
      out.push(bold('Notice'), p(f.legal));
    } else if (part === 'rev') {
      out.push(bold('Document Revision History'), table([['Date', 'Version', 'Description', 'Author'], ...(f.revisions ?? [['09/12/2024', '0.9', 'Initial draft for internal review', 'M. Okafor'], [f.date, f.version, 'Release for submission', 'M. Okafor']])]));
    } else if (part === 'appr') {
      out.push(bold('Approvals'), p('The undersigned have reviewed this document and concur with its content.'),
        table([['Name', 'Title', 'Signature', 'Date'], ...(f.approvals ?? [[ORG.owner, 'Director of Research Computing (System Owner)', '/s/ signed electronically', f.date], [ORG.iso, 'Information Security Officer', '/s/ signed electronically', f.date]])]));
    } else if (part === 'dist') {
      out.push(bold('Distribution'), p((f.distribution ?? ['ORCC leadership team', 'University Chief Information Security Officer', 'Office of General Counsel']).join('; ') + '.'));
    } else if (part === 'toc' && f.toc) {
      out.push(bold('Table of Contents'), ...f.toc.map((t, i) => p(`${t} ${'.'.repeat(Math.max(3, 60 - t.length))} ${i + 3}`)), pb);
    }
  }
  return out;
}

export const chapter = (n: string, text: string): Block => h1(`${n} ${text}`);
