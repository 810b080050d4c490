import type { DocumentFacts } from '../types.js';
import { emptyFacts } from '../types.js';
import { CLASSIFY_LIMITS } from '../limits.js';
import { namespaceOf, parseXmlSafely, StopParsing } from './safe-sax.js';
import { TextAccumulator } from './text-facts.js';

export const OSCAL_XML_NAMESPACE = 'http://csrc.nist.gov/ns/oscal/1.0';

/**
 * Facts of an XML document from a prefix of it: root element and namespace, OSCAL metadata (title,
 * oscal-version), and the start of its text. A prefix of a larger file stops as soon as OSCAL
 * metadata is complete; a whole file is checked for well-formedness to its end.
 */
export function xmlFacts(xml: string, complete: boolean): DocumentFacts {
  const facts = emptyFacts('xml');
  const text = new TextAccumulator();
  const path: string[] = [];
  let capture: 'title' | 'version' | undefined;
  let title = '';
  let version = '';
  const seen = new Set<string>();
  parseXmlSafely(
    xml,
    {
      open(tag, depth) {
        if (seen.size < 64 && !seen.has(tag.local)) seen.add(tag.local);
        path.length = depth - 1;
        path.push(tag.local);
        if (depth === 1) {
          facts.root = tag.local;
          facts.namespace = namespaceOf(tag);
        }
        if (depth === 3 && path[1] === 'metadata') {
          capture = tag.local === 'title' ? 'title' : tag.local === 'oscal-version' ? 'version' : undefined;
        }
      },
      text(t, depth) {
        if (capture === 'title' && depth >= 3) title += t;
        else if (capture === 'version' && depth === 3) version += t;
        text.add(t);
        text.add(' ');
      },
      close(local, depth) {
        if (depth === 3 && capture) capture = undefined;
        // OSCAL metadata ends: everything classification needs is known. A file read whole is
        // parsed to its end all the same, so a truncated one is reported, not classified.
        if (complete) return;
        if (depth === 2 && local === 'metadata' && facts.namespace === OSCAL_XML_NAMESPACE) throw new StopParsing();
        if (text.full && facts.root) throw new StopParsing();
      },
    },
    { complete, maxDepth: CLASSIFY_LIMITS.maxDepth, label: 'XML' },
  );
  if (title.trim()) facts.title = title.replace(/\s+/g, ' ').trim();
  if (version.trim()) facts.oscalVersion = version.trim();
  facts.text = text.toString();
  facts.elementNames = [...seen];
  if (facts.namespace === OSCAL_XML_NAMESPACE) facts.format = 'oscal-xml';
  else if (facts.root === 'NessusClientData_v2' || facts.root === 'NessusClientData') facts.format = 'nessus';
  return facts;
}
