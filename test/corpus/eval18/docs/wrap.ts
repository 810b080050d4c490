import type { Block, DocMeta, DocSpec } from '../kit/model.js';
import { pagebreak } from '../kit/model.js';
import type { FrontMatter } from '../kit/group.js';
import { FOOTER, HEADER, groupControl, groupFrontTail } from '../kit/group.js';

export type TitlePlace = 'cover' | 'after-control' | 'after-front' | 'none';

/**
 * Builds a DocSpec in the group template: the control block, then the title blocks (on a cover, right
 * after the control table, after the whole front matter, or nowhere), the rest of the front matter, and
 * the body.
 */
export function groupDoc(fm: FrontMatter, titleBlocks: readonly Block[], body: readonly Block[], opts: { place?: TitlePlace; header?: string; meta?: DocMeta; headings?: 'styles' | 'bold'; what?: string } = {}): DocSpec {
  const place = opts.place ?? 'after-control';
  const control = groupControl(fm);
  const tail = groupFrontTail(fm);
  let blocks: Block[];
  switch (place) {
    case 'cover':
      blocks = [...titleBlocks, pagebreak, ...control, ...tail, pagebreak, ...body];
      break;
    case 'after-control':
      blocks = [...control, ...titleBlocks, pagebreak, ...tail, pagebreak, ...body];
      break;
    case 'after-front':
      blocks = [...control, ...tail, pagebreak, ...titleBlocks, ...body];
      break;
    case 'none':
      blocks = [...control, ...tail, pagebreak, ...body];
      break;
  }
  return {
    blocks,
    header: opts.header ?? HEADER(fm.docId, opts.what ?? fm.docId),
    footer: FOOTER(fm.docId),
    ...(opts.meta ? { meta: opts.meta } : {}),
    headings: opts.headings ?? 'styles',
  };
}
