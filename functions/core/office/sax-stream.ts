import { TextDecoder } from 'node:util';
import type { SaxesParser } from 'saxes';
import { unreadable } from '../classify/errors.js';
import type { SaxHandlers } from '../classify/extract/safe-sax.js';
import { createSafeSaxParser, StopParsing, xmlRejection } from '../classify/extract/safe-sax.js';

export interface SaxStreamOptions {
  maxDepth: number;
  /** Names the document in error messages ("xl/worksheets/sheet1.xml"). */
  label: string;
}

/**
 * The chunked twin of `parseXmlSafely` (classify/extract/safe-sax.ts), for documents read whole
 * without being buffered whole: saxes fed bytes chunk by chunk, with the same protections (any
 * DOCTYPE is refused so no entity is ever declared or expanded, nesting is capped, malformed XML
 * or bad UTF-8 is an `unreadable` DocumentRejectedError). Handlers may throw StopParsing.
 */
export class SafeSaxStream {
  private readonly parser: SaxesParser;
  private decoder: TextDecoder | undefined;
  private stopped = false;

  constructor(
    handlers: SaxHandlers,
    private readonly options: SaxStreamOptions,
  ) {
    this.parser = createSafeSaxParser(handlers, options);
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
      throw xmlRejection(err, this.options.label);
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
