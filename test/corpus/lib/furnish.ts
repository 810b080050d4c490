/** Shared cover/markings/revision choices for prose documents, seeded per document. */
import { assemble } from './compose.js';
import type { Furniture, Placement } from './compose.js';
import { renderDocx } from './docx.js';
import type { Csp } from './parties.js';
import { renderPdf } from './pdf.js';
import { daysAfter } from './rng.js';
import type { Rng } from './rng.js';
import type { Block, DocProps } from './spec.js';
import type { CorpusSet } from './types.js';
import { frontMatter } from '../text/filler.js';

const CONTACT_US: readonly Block[] = [
  { kind: 'heading', level: 1, text: 'How to Contact Us', unnumbered: true },
  { kind: 'para', text: 'Questions about FedRAMP, or this document, should be directed to info@fedramp.gov. For more information about FedRAMP, visit the website at https://www.fedramp.gov.' },
];

const INSTRUCTION: Block = {
  kind: 'para',
  italic: true,
  text: 'Instruction: This template contains a number of features to facilitate data entry. Delete this and all other instructions from your final version of this document.',
};

export function furniture(set: CorpusSet, csp: Csp, rng: Rng, title: string, subtitle: readonly string[] | undefined, placement: Placement, subject: string | undefined): Furniture {
  const train = set === 'train';
  return {
    csp,
    title,
    subtitle,
    version: train ? `${rng.int(1, 4)}.${rng.int(0, 3)}` : `${rng.int(2, 7)}.${rng.int(0, 9)}`,
    date: daysAfter(-rng.int(10, 400)),
    author: rng.pick([csp.isso.name, csp.engineer.name, csp.owner.name]),
    placement,
    marking: train ? (rng.chance(0.85) ? 'cui' : 'none') : rng.pick(['cui', 'proprietary', 'none'] as const),
    toc: train ? true : rng.chance(0.6),
    revisions: train ? 'fedramp' : rng.pick(['simple', 'none', 'simple'] as const),
    numbering: train ? rng.pick(['literal', 'auto'] as const) : rng.pick(['auto', 'none', 'literal'] as const),
    frontMatter: placement === 'late' ? frontMatter(set, csp, rng, 8) : rng.chance(0.3) ? frontMatter(set, csp, rng, 2) : undefined,
    preface: train && rng.chance(0.6) ? [...CONTACT_US, INSTRUCTION] : undefined,
    subject: train ? subject : undefined,
    look: train ? 'fedramp' : 'corporate',
  };
}

export async function render(format: 'docx' | 'pdf', f: Furniture, body: readonly Block[], rng: Rng, props: Partial<DocProps> = {}): Promise<Buffer> {
  const spec = assemble(f, body, rng);
  spec.props = { ...spec.props, ...props };
  return format === 'docx' ? renderDocx(spec) : renderPdf(spec);
}

export function describe(p: Placement): string {
  return {
    props: 'in document properties and on the cover',
    body: 'on the cover only',
    header: 'only in the running page header',
    late: 'after a page of generic front matter',
  }[p];
}

