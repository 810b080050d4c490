import { TextDecoder } from 'node:util';
import { SaxesParser } from 'saxes';
import { hostile, unreadable } from '../classify/errors.js';
import type { SaxHandlers } from '../classify/extract/safe-sax.js';
import { StopParsing } from '../classify/extract/safe-sax.js';

export interface SaxStreamOptions {
  maxDepth: number;
  /** Names the document in error messages ("xl/worksheets/sheet1.xml"). */
  label: string;
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * The chunked twin of `parseXmlSafely` (classify/extract/safe-sax.ts), for documents read whole
 * without being buffered whole: saxes fed bytes chunk by chunk, with the same protections (any
 * DOCTYPE is refused so no entity is ever declared or expanded, nesting is capped, malformed XML
 * or bad UTF-8 is an `unreadable` DocumentRejectedError). Handlers may throw StopParsing.
 */
export class SafeSaxStream {
  private readonly parser = new SaxesParser({ xmlns: false, position: false });
  private decoder: TextDecoder | undefined;
  private depth = 0;
  private stopped = false;

  constructor(
    handlers: SaxHandlers,
    private readonly options: SaxStreamOptions,
  ) {
    const { parser } = this;
    parser.on('doctype', () => {
      throw hostile(`${options.label}: XML with a document type declaration (DTD) is refused; entities are never resolved`);
    });
    parser.on('opentag', (tag) => {
      this.depth++;
      if (this.depth > options.maxDepth) throw hostile(`${options.label}: XML nested deeper than ${options.maxDepth} elements`);
      handlers.open?.({ name: tag.name, local: localName(tag.name), attributes: tag.attributes as Record<string, string> }, this.depth);
    });
    parser.on('closetag', (tag) => {
      handlers.close?.(localName(tag.name), this.depth);
      this.depth--;
    });
    if (handlers.text) {
      const onText = handlers.text;
      parser.on('text', (t) => onText(t, this.depth));
      parser.on('cdata', (t) => onText(t, this.depth));
    }
  }

  /** True once a handler stopped parsing: further input is ignored. */
  get done(): boolean {
    return this.stopped;
  }

  /** Feeds the next bytes of the document. */
  write(chunk: Uint8Array): void {
    if (this.stopped) return;
    this.decoder ??= new TextDecoder(encodingOf(chunk), { fatal: true });
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      throw unreadable(`${this.options.label}: the text is not valid ${this.decoder.encoding}`);
    }
    this.run(() => this.parser.write(text));
  }

  /** Ends the document: unclosed elements are an error. */
  end(): void {
    if (this.stopped) return;
    this.run(() => {
      if (this.decoder) {
        const rest = this.decoder.decode();
        if (rest) this.parser.write(rest);
      }
      this.parser.close();
    });
  }

  private run(step: () => void): void {
    try {
      step();
    } catch (err) {
      if (err instanceof StopParsing) {
        this.stopped = true;
        return;
      }
      if (err instanceof Error && err.name === 'DocumentRejectedError') throw err;
      const message = err instanceof Error ? err.message : String(err);
      throw unreadable(`${this.options.label}: XML is not well-formed (${message.split('\n')[0]})`);
    }
  }
}

/** UTF-16 when the document starts with its byte-order mark; UTF-8 otherwise. */
function encodingOf(first: Uint8Array): string {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Parses a whole streamed document; returns false when a handler stopped parsing early. */
export async function parseXmlStream(chunks: AsyncIterable<Uint8Array>, handlers: SaxHandlers, options: SaxStreamOptions): Promise<boolean> {
  const sax = new SafeSaxStream(handlers, options);
  for await (const chunk of chunks) {
    sax.write(chunk);
    if (sax.done) return false;
  }
  sax.end();
  return !sax.done;
}
