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
 * Parses XML with saxes, safely: any DOCTYPE is refused (so no entity, internal or external, is ever
 * declared, expanded or fetched), nesting is capped, and malformed XML is a clear `unreadable` error.
 * Returns false when a handler stopped parsing early.
 */
export function parseXmlSafely(xml: string, handlers: SaxHandlers, options: SaxOptions): boolean {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let depth = 0;
  parser.on('doctype', () => {
    throw hostile(`${options.label}: XML with a document type declaration (DTD) is refused; entities are never resolved`);
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
  try {
    parser.write(xml);
    if (options.complete) parser.close();
    return true;
  } catch (err) {
    if (err instanceof StopParsing) return false;
    if (err instanceof Error && err.name === 'DocumentRejectedError') throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw unreadable(`${options.label}: XML is not well-formed (${message.split('\n')[0]})`);
  }
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** The namespace the root element is in, from its xmlns declarations. */
export function namespaceOf(tag: SaxTag): string | undefined {
  const colon = tag.name.indexOf(':');
  const attr = colon >= 0 ? `xmlns:${tag.name.slice(0, colon)}` : 'xmlns';
  return tag.attributes[attr];
}
