import { isRecord } from './types.js';

/**
 * Structural differences between two OSCAL JSON-model values (e.g. a document converted from XML and
 * the same document published as JSON). Object property order is ignored; strings are compared
 * after `normalize` (by default: whitespace runs collapsed and ends trimmed, since markup whitespace
 * is not significant).
 */
export interface ModelDifference {
  /** JSON pointer of the differing value. */
  location: string;
  kind: 'missing' | 'extra' | 'type' | 'length' | 'value';
  expected?: unknown;
  actual?: unknown;
}

export const collapseWhitespace = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Whitespace collapsed and Markdown backslash escapes removed (`\"` → `"`, `\*` → `*`). */
export const normalizeMarkdown = (s: string): string => collapseWhitespace(s.replace(/\\([!-/:-@[-`{-~])/g, '$1'));

const pointerToken = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

export function diffModels(
  expected: unknown,
  actual: unknown,
  normalize: (s: string) => string = collapseWhitespace,
  limit = 1000,
): ModelDifference[] {
  const out: ModelDifference[] = [];
  const stack: Array<[unknown, unknown, string]> = [[expected, actual, '']];
  for (let item = stack.pop(); item !== undefined && out.length < limit; item = stack.pop()) {
    const [e, a, at] = item;
    if (Array.isArray(e) || Array.isArray(a)) {
      if (!Array.isArray(e) || !Array.isArray(a)) out.push({ location: at, kind: 'type', expected: e, actual: a });
      else {
        if (e.length !== a.length) out.push({ location: at, kind: 'length', expected: e.length, actual: a.length });
        for (let i = Math.min(e.length, a.length) - 1; i >= 0; i--) stack.push([e[i], a[i], `${at}/${i}`]);
      }
    } else if (isRecord(e) || isRecord(a)) {
      if (!isRecord(e) || !isRecord(a)) out.push({ location: at, kind: 'type', expected: e, actual: a });
      else {
        for (const k of Object.keys(e)) {
          if (!(k in a)) out.push({ location: `${at}/${pointerToken(k)}`, kind: 'missing', expected: e[k] });
        }
        for (const k of Object.keys(a)) {
          if (!(k in e)) out.push({ location: `${at}/${pointerToken(k)}`, kind: 'extra', actual: a[k] });
        }
        for (const k of Object.keys(e).reverse()) if (k in a) stack.push([e[k], a[k], `${at}/${pointerToken(k)}`]);
      }
    } else if (typeof e === 'string' && typeof a === 'string') {
      if (normalize(e) !== normalize(a)) out.push({ location: at, kind: 'value', expected: e, actual: a });
    } else if (e !== a) {
      out.push({ location: at, kind: typeof e === typeof a ? 'value' : 'type', expected: e, actual: a });
    }
  }
  return out;
}
