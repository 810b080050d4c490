import { isMap, isScalar, parseDocument, visit, type Node } from 'yaml';
import type { DocumentFacts } from '../types.js';
import { emptyFacts } from '../types.js';
import { CLASSIFY_LIMITS } from '../limits.js';
import { hostile, unreadable } from '../errors.js';
import { normalizeText } from './text-facts.js';
import { isOscalModel } from '../../oscal/types.js';

const MAX_ALIASES = 50;
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq', 'timestamp', 'binary'].map((t) => `tag:yaml.org,2002:${t}`));

/** Deepest nesting of flow collections (`[`, `{`) outside quotes: a cheap guard before parsing. */
function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (c === '\n') quote = undefined;
  }
  return max;
}

/**
 * Facts of a YAML document from a prefix of it (cut at a line end): its root key and OSCAL metadata.
 * Aliases are never expanded (only the node tree is read, never converted with toJS), custom tags stay plain scalars, and flow
 * nesting is capped before the parser sees the text.
 */
export function yamlFacts(yamlText: string, complete: boolean): DocumentFacts {
  const facts = emptyFacts('yaml');
  const source = complete ? yamlText : yamlText.slice(0, yamlText.lastIndexOf('\n') + 1);
  if (flowDepth(source) > CLASSIFY_LIMITS.maxDepth) {
    throw hostile(`YAML nested deeper than ${CLASSIFY_LIMITS.maxDepth} levels`);
  }
  let doc;
  // Text that only starts like YAML ("MEMORANDUM FOR: …") gives the parser an error per line; each
  // error's stack trace cost more than the parse itself (2.3 s for 100,000 lines), and none is read.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    doc = parseDocument(source, { strict: false, uniqueKeys: false, prettyErrors: false });
  } catch (err) {
    if (err instanceof RangeError) throw hostile('YAML nested too deeply to parse');
    throw unreadable(`not valid YAML (${err instanceof Error ? err.message : String(err)})`);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  // Aliases are never expanded here, but a document built of them is an expansion bomb for whoever
  // reads it next; OSCAL documents use none.
  // Custom tags (`!!js/function`, `!!python/object`) ask the reader to build code or objects.
  let aliases = 0;
  let customTag: string | undefined;
  visit(doc, {
    Alias() {
      aliases++;
      return aliases > MAX_ALIASES ? visit.BREAK : undefined;
    },
    Node(_key, node) {
      if (node.tag && !CORE_TAGS.has(node.tag)) {
        customTag = node.tag;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (aliases > MAX_ALIASES) throw hostile(`YAML with more than ${MAX_ALIASES} aliases (an alias expansion bomb shape) is refused`);
  if (customTag) throw hostile(`YAML with the custom tag '${customTag}' is refused (OSCAL uses none)`);
  const root: Node | null = doc.contents;
  if (!isMap(root) || root.items.length === 0) {
    if (complete && doc.errors.length > 0) throw unreadable(`not valid YAML (${doc.errors[0]?.message.split('\n')[0]})`);
    facts.text = normalizeText(source);
    return facts;
  }
  const firstKey = root.items[0]?.key;
  const rootKey = isScalar(firstKey) ? String(firstKey.value) : undefined;
  // A text that only starts like YAML ("Subject: …" over an e-mail's prose) parses, with errors, into
  // a mapping of prose: it is text, not data. An OSCAL document with an error is still OSCAL (its
  // validation says what is wrong).
  if (doc.errors.length > 0 && !(rootKey !== undefined && isOscalModel(rootKey))) {
    facts.text = normalizeText(source);
    return facts;
  }
  facts.root = rootKey;
  const scalarAt = (keys: string[]): string | undefined => {
    const node = doc.getIn(keys, true);
    return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value).trim() : undefined;
  };
  if (facts.root) {
    facts.title = scalarAt([facts.root, 'metadata', 'title']);
    facts.oscalVersion = scalarAt([facts.root, 'metadata', 'oscal-version']);
  }
  facts.text = normalizeText(source);
  return facts;
}
