import { SaxesParser } from 'saxes';

/** One XSpec scenario with its (own or inherited) context and expectations. */
export interface XspecScenario {
  label: string;
  /** The OSCAL XML fragment under test. */
  context: string;
  expectAssert: string[];
  expectNotAssert: string[];
  pending: boolean;
}

interface Open {
  label: string;
  context?: string;
  expectAssert: string[];
  expectNotAssert: string[];
  pending: boolean;
}

/**
 * Reads GSA's XSpec files for the FedRAMP Schematron: every scenario that has expectations, with the
 * XML of its x:context (a child scenario without one inherits its parent's), and whether it is pending.
 */
export function parseXspec(xml: string): XspecScenario[] {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: Open[] = [];
  const scenarios: XspecScenario[] = [];
  let contextStart = -1;
  let contextDepth = 0;
  let depth = 0;
  parser.on('opentag', (tag) => {
    depth++;
    const attrs = tag.attributes as Record<string, string>;
    if (tag.name === 'x:scenario') {
      const parent = stack[stack.length - 1];
      stack.push({
        label: [parent?.label, attrs['label']].filter(Boolean).join(' / '),
        ...(parent?.context !== undefined ? { context: parent.context } : {}),
        expectAssert: [],
        expectNotAssert: [],
        pending: (parent?.pending ?? false) || 'pending' in attrs,
      });
    } else if (tag.name === 'x:pending') {
      const top = stack[stack.length - 1];
      if (top) top.pending = true;
    } else if (tag.name === 'x:context' && !tag.isSelfClosing) {
      contextStart = parser.position;
      contextDepth = depth;
    } else if (tag.name === 'x:expect-assert' || tag.name === 'x:expect-not-assert') {
      const top = stack[stack.length - 1];
      const id = attrs['id'];
      if (top && id) (tag.name === 'x:expect-assert' ? top.expectAssert : top.expectNotAssert).push(id);
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'x:context' && depth === contextDepth && contextStart >= 0) {
      const end = parser.position - '</x:context>'.length;
      const top = stack[stack.length - 1];
      if (top) top.context = xml.slice(contextStart, end);
      contextStart = -1;
    } else if (tag.name === 'x:scenario') {
      const done = stack.pop();
      if (done && done.context !== undefined && (done.expectAssert.length > 0 || done.expectNotAssert.length > 0)) {
        scenarios.push({ label: done.label, context: done.context, expectAssert: done.expectAssert, expectNotAssert: done.expectNotAssert, pending: done.pending });
      }
    }
    depth--;
  });
  parser.write(xml).close();
  return scenarios;
}
