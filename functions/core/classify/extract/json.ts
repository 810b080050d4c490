import { Tokenizer, TokenType } from '@streamparser/json';
import type { DocumentFacts } from '../types.js';
import { emptyFacts } from '../types.js';
import { CLASSIFY_LIMITS } from '../limits.js';
import { hostile, unreadable } from '../errors.js';
import { StopParsing } from './safe-sax.js';
import { TextAccumulator } from './text-facts.js';

interface Frame {
  kind: 'object' | 'array';
  /** In an object: the key of the value being read; undefined while a key is expected. */
  key: string | undefined;
}

/** Most distinct key paths kept: enough to see a data file's structure. */
const MAX_KEY_PATHS = 200;

/**
 * Facts of a JSON document (or JSON Lines: one value after another) from a prefix of it, by tokenizing
 * (never building the document): its root key, OSCAL `metadata.title` and `metadata.oscal-version`, a
 * top-level `title`, its first key paths, and the start of its string values. Nesting is capped, so
 * `[[[[…` bombs are refused after a few hundred bytes.
 */
export function jsonFacts(json: string, complete: boolean): DocumentFacts {
  const facts = emptyFacts('json');
  const text = new TextAccumulator();
  const stack: Frame[] = [];
  // An empty separator accepts one value after another (JSON Lines, concatenated JSON).
  const tokenizer = new Tokenizer({ separator: '' });
  const keyPaths = new Set<string>();
  let records = 0;

  const path = (): string[] => stack.map((f) => f.key ?? '');
  const onValue = (value: unknown): void => {
    const top = stack[stack.length - 1];
    if (typeof value === 'string') {
      const p = path();
      if (p.length === 3 && p[1] === 'metadata' && p[2] === 'title') facts.title = value.trim();
      if (p.length === 3 && p[1] === 'metadata' && p[2] === 'oscal-version') facts.oscalVersion = value.trim();
      if (p.length === 1 && p[0] === 'title' && records === 0 && facts.title === undefined) facts.title = value.trim().slice(0, 300);
      text.add(value);
      text.add(' ');
    }
    if (top?.kind === 'object') top.key = undefined;
    if (!complete && facts.root && facts.title && facts.oscalVersion) throw new StopParsing();
  };

  tokenizer.onToken = ({ token, value }) => {
    const top = stack[stack.length - 1];
    switch (token) {
      case TokenType.LEFT_BRACE:
      case TokenType.LEFT_BRACKET:
        if (stack.length >= CLASSIFY_LIMITS.maxDepth) {
          throw hostile(`JSON nested deeper than ${CLASSIFY_LIMITS.maxDepth} levels`);
        }
        stack.push({ kind: token === TokenType.LEFT_BRACE ? 'object' : 'array', key: undefined });
        return;
      case TokenType.RIGHT_BRACE:
      case TokenType.RIGHT_BRACKET:
        stack.pop();
        if (stack.length === 0) records++;
        onValue(undefined);
        return;
      case TokenType.STRING:
        if (top?.kind === 'object' && top.key === undefined) {
          top.key = String(value);
          if (stack.length === 1 && facts.root === undefined && top.key !== '$schema') facts.root = top.key;
          if (keyPaths.size < MAX_KEY_PATHS) {
            keyPaths.add(stack.filter((f) => f.kind === 'object').map((f) => f.key ?? '').join('.'));
          }
          return;
        }
        onValue(value);
        return;
      case TokenType.COLON:
      case TokenType.COMMA:
        return;
      default:
        onValue(value);
    }
  };
  tokenizer.onError = (err) => {
    throw err;
  };
  try {
    tokenizer.write(json);
    if (complete) {
      tokenizer.end();
      if (stack.length > 0) throw new Error(`the document ends inside ${stack.length} unclosed container(s)`);
    }
  } catch (err) {
    if (!(err instanceof StopParsing)) {
      if (err instanceof Error && err.name === 'DocumentRejectedError') throw err;
      throw unreadable(`not valid JSON (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  facts.text = text.toString();
  facts.keyPaths = [...keyPaths];
  facts.records = records;
  return facts;
}
