/**
 * Small, total helpers for reading the OSCAL JSON model in rules: paths that flatten arrays, FedRAMP
 * props, and text. Nothing here throws on a missing or oddly-typed node: rules see fragments too.
 */

export const FEDRAMP_NS = 'https://fedramp.gov/ns/oscal';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A node of the document with its JSON pointer (RFC 6901). */
export interface Located<T = Json> {
  value: T;
  pointer: string;
}

const escapePointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The child at `key` of an object node; arrays are not flattened. */
export function child(node: Located, key: string): Located | undefined {
  if (!isObject(node.value) || !(key in node.value)) return undefined;
  return { value: node.value[key] as Json, pointer: `${node.pointer}/${escapePointer(key)}` };
}

/** The elements of an array node (or the node itself when it is a single value). */
export function items(node: Located | undefined): Located[] {
  if (!node) return [];
  if (Array.isArray(node.value)) return node.value.map((value, i) => ({ value, pointer: `${node.pointer}/${i}` }));
  return [node];
}

/**
 * Every node reached by a `/`-separated path of keys from `from`, flattening arrays at each step:
 * `select(ssp, 'metadata/parties/links')` yields each link of each party.
 */
export function select(from: Located | undefined, path: string): Located[] {
  let current: Located[] = from ? [from] : [];
  for (const key of path.split('/').filter(Boolean)) {
    const next: Located[] = [];
    for (const node of current) for (const el of items(node)) {
      const c = child(el, key);
      if (c) next.push(...items(c));
    }
    current = next;
  }
  return current;
}

/** The first node at `path`, if any. */
export const first = (from: Located | undefined, path: string): Located | undefined => select(from, path)[0];

/** A node's text: strings trimmed, numbers and booleans stringified, anything else ''. */
export function text(node: Located | Json | undefined): string {
  const v = node !== null && typeof node === 'object' && 'pointer' in (node as object) ? (node as Located).value : (node as Json | undefined);
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/** Whether a node is present and not empty ('' or whitespace, [] or {}). */
export function present(node: Located | undefined): boolean {
  if (!node) return false;
  const v = node.value;
  if (v === null || v === undefined) return false;
  if (typeof v === 'string') return v.trim().length > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (isObject(v)) return Object.keys(v).length > 0;
  return true;
}

/** The props of a node with a given name, optionally in the FedRAMP namespace only. */
export function props(node: Located | undefined, name: string, ns?: 'fedramp' | 'any'): Located<JsonObject>[] {
  return select(node, 'props').filter((p): p is Located<JsonObject> => {
    if (!isObject(p.value) || p.value['name'] !== name) return false;
    if (ns === 'fedramp') return p.value['ns'] === FEDRAMP_NS;
    return true;
  });
}

/** The value of the first prop with `name` (any namespace unless `ns` says otherwise). */
export function propValue(node: Located | undefined, name: string, ns?: 'fedramp' | 'any'): string | undefined {
  const p = props(node, name, ns)[0];
  return p ? text(p.value['value']) : undefined;
}

const memos = new WeakMap<object, Map<string, unknown>>();

/**
 * A value computed once per document (indexes of components, resources, requirements): rules ask for
 * the same lookups many times, and a per-item scan would make them quadratic on large SSPs.
 */
export function perDocument<T>(doc: Located, key: string, compute: () => T): T {
  const root = doc.value;
  if (typeof root !== 'object' || root === null) return compute();
  let cache = memos.get(root);
  if (!cache) memos.set(root, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key) as T;
}
