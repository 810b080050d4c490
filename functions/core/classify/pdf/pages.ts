import type { PdfDocument } from './document.js';
import type { PdfValue } from './objects.js';
import { PdfDict, PdfRef } from './objects.js';

export interface Page {
  dict: PdfDict;
  /** The page's /Resources, or the nearest ancestor's (resources are inherited). */
  resources: PdfDict | undefined;
}

/** Page tree nodes visited at most, and how deep. */
const MAX_NODES = 10_000;
const MAX_DEPTH = 64;

/**
 * The pages of the page tree in order (depth-first, kids in order), as far as the tree's nodes are in
 * the bytes read: missing nodes are skipped, cycles and runaway trees are cut.
 */
export async function* pageTree(doc: PdfDocument, root: PdfDict): AsyncGenerator<Page> {
  const seen = new Set<number>();
  const stack: { node: PdfValue | undefined; resources: PdfDict | undefined; depth: number }[] = [
    { node: root, resources: undefined, depth: 0 },
  ];
  let visits = 0;
  for (let item = stack.pop(); item && visits++ < MAX_NODES; item = stack.pop()) {
    const { node, resources: inherited, depth } = item;
    if (node instanceof PdfRef) {
      if (seen.has(node.num)) continue;
      seen.add(node.num);
    }
    const dict = await doc.dict(node);
    if (!dict) continue;
    const resources = (await doc.dict(dict.get('Resources'))) ?? inherited;
    const kids = await doc.array(dict.get('Kids'));
    if (kids && dict.name('Type') !== 'Page') {
      if (depth >= MAX_DEPTH) continue;
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], resources, depth: depth + 1 });
    } else {
      yield { dict, resources };
    }
  }
}

/** Pages found by scanning every object for /Type /Page, in file order: when there is no usable page tree. */
export async function* loosePages(doc: PdfDocument): AsyncGenerator<Page> {
  await doc.expandAll();
  for (const [, value] of doc.all()) {
    if (value instanceof PdfDict && value.name('Type') === 'Page') {
      yield { dict: value, resources: await doc.dict(value.get('Resources')) };
    }
  }
}
