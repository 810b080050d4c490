import type { Block, DocMeta, ProseDoc } from './model.js';
import { h1, h2, p } from './model.js';
import type { FrontMatter } from './prose.js';
import { frontMatter, para, rng } from './prose.js';

export interface Section { h: string; s?: string[][]; sub?: boolean; extra?: Block[] }

export interface ProseSpec {
  seed: number;
  fm?: FrontMatter;
  order?: ('cover' | 'legal' | 'rev' | 'appr' | 'dist' | 'toc')[];
  lead?: Block[];
  sections: Section[];
  meta: DocMeta;
  header?: string;
  footer?: string;
  boldHeadings?: boolean;
  filler?: number;
}

/** Assembles a long prose document: front matter, then numbered sections of paragraphs with neutral filler woven in. */
export function prose(spec: ProseSpec): ProseDoc {
  const r = rng(spec.seed);
  const blocks: Block[] = [...(spec.fm ? frontMatter(spec.fm, spec.order) : []), ...(spec.lead ?? [])];
  for (const sec of spec.sections) {
    blocks.push(sec.sub ? h2(sec.h, spec.boldHeadings) : h1(sec.h, spec.boldHeadings));
    for (const s of sec.s ?? []) blocks.push(p(para(r, s, spec.filler ?? 1)));
    blocks.push(...(sec.extra ?? []));
  }
  return {
    meta: spec.meta,
    blocks,
    ...(spec.header ? { header: spec.header } : {}),
    ...(spec.footer ? { footer: spec.footer } : {}),
  };
}
