import { SaxesParser } from 'saxes';
import { hostile, unreadable } from '../errors.js';

export interface SaxTag {
  /** Name without its prefix. */
  local: string;
  /** Name as written, prefix included. */
  name: string;
  attributes: Readonly<Record<string, string>>;
}

export interface SaxHandlers {
  open?(tag: SaxTag, depth: number): void;
  text?(text: string, depth: number): void;
  close?(local: string, depth: number): void;
}

export interface SaxOptions {
  /** True when `xml` is the whole document: unclosed elements are then an error. */
  complete: boolean;
  maxDepth: number;
  /** Names the document in error messages ("word/document.xml"). */
  label: string;
}

/** Thrown from a handler to end parsing early once it has what it needs. */
export class StopParsing extends Error {
  override readonly name = 'StopParsing';
}

/**
 * A document type declaration is tolerated only when it can do nothing: an internal subset without
 * entity declarations (element and attribute lists, as Burp Suite exports carry), and at most the name
 * of an external DTD (Qualys exports name `scan-1.dtd`). saxes never fetches or reads an external DTD
 * and never processes the subset, so nothing in either is applied; a reference to an entity the
 * external DTD would declare stays undefined and makes the document unreadable.
 */
export function inertDoctype(doctype: string): boolean {
  const [, ...subset] = doctype.split('[');
  return !/<!ENTITY|%/i.test(subset.join('['));
}

/**
 * A saxes parser with the safety rules wired in: a DOCTYPE that declares entities is refused (so no
 * entity, internal or external, is ever declared, expanded or fetched; an inert one is let through, see
 * inertDoctype) and nesting is capped. Shared by the whole-string parser below
 * and the chunked one (office/sax-stream.ts).
 */
export function createSafeSaxParser(handlers: SaxHandlers, options: Pick<SaxOptions, 'maxDepth' | 'label'>): SaxesParser {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let depth = 0;
  parser.on('doctype', (doctype) => {
    if (inertDoctype(doctype)) return;
    throw hostile(`${options.label}: XML whose document type declaration (DTD) declares entities is refused; entities are never resolved`);
  });
  parser.on('opentag', (tag) => {
    depth++;
    if (depth > options.maxDepth) {
      throw hostile(`${options.label}: XML nested deeper than ${options.maxDepth} elements`);
    }
    handlers.open?.({ name: tag.name, local: localName(tag.name), attributes: tag.attributes as Record<string, string> }, depth);
  });
  // saxes reports a self-closing element as an open tag followed by a close tag.
  parser.on('closetag', (tag) => {
    handlers.close?.(localName(tag.name), depth);
    depth--;
  });
  if (handlers.text) {
    const onText = handlers.text;
    parser.on('text', (t) => onText(t, depth));
    parser.on('cdata', (t) => onText(t, depth));
  }
  return parser;
}

/** What a parse failure becomes: rejections pass through, anything else is malformed XML. */
export function xmlRejection(err: unknown, label: string): Error {
  if (err instanceof Error && err.name === 'DocumentRejectedError') return err;
  const message = err instanceof Error ? err.message : String(err);
  return unreadable(`${label}: XML is not well-formed (${message.split('\n')[0]})`);
}

/**
 * Parses XML with saxes, safely (see createSafeSaxParser); malformed XML is a clear `unreadable`
 * error. Returns false when a handler stopped parsing early.
 */
export function parseXmlSafely(xml: string, handlers: SaxHandlers, options: SaxOptions): boolean {
  const parser = createSafeSaxParser(handlers, options);
  try {
    parser.write(xml);
    if (options.complete) parser.close();
    return true;
  } catch (err) {
    if (err instanceof StopParsing) return false;
    throw xmlRejection(err, options.label);
  }
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** The namespace the root element is in, from its xmlns declarations. */
export function namespaceOf(tag: SaxTag): string | undefined {
  const colon = tag.name.indexOf(':');
  const attr = colon >= 0 ? `xmlns:${tag.name.slice(0, colon)}` : 'xmlns';
  return tag.attributes[attr];
}
