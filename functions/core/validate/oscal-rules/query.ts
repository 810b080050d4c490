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

const escapePointer = (key: string): string => (key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key);

/**
 * A node reached from its parent. Its pointer is built on first use only: rules visit far more nodes
 * than they report, and building every pointer string was most of their cost on large documents. It
 * also keeps what `select` found under it, since ~460 rules ask the same nodes the same paths.
 */
class Child implements Located {
  #pointer: string | undefined;
  /** The last path `select` was asked of this node, and its answer; other paths in `selected`. */
  lastPath: string | undefined;
  lastSelected: readonly Located[] | undefined;
  selected: Map<string, readonly Located[]> | undefined;
  propIndex: PropIndex | undefined;
  constructor(
    readonly value: Json,
    private readonly parent: Located,
    private readonly key: string | number,
  ) {}
  get pointer(): string {
    return (this.#pointer ??= `${this.parent.pointer}/${typeof this.key === 'number' ? this.key : escapePointer(this.key)}`);
  }
}

/** A node's props (`select(node, 'props')` objects) by name, in document order. */
type PropIndex = ReadonlyMap<string, readonly Located<JsonObject>[]>;

/** What nodes that are not `Child`ren (the model root a rule context holds) keep. */
const selectedOfRoots = new WeakMap<Located, Map<string, readonly Located[]>>();
const propIndexOfRoots = new WeakMap<Located, PropIndex>();

function selectedOf(node: Located): Map<string, readonly Located[]> {
  let m = selectedOfRoots.get(node);
  if (!m) selectedOfRoots.set(node, (m = new Map()));
  return m;
}

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The child at `key` of an object node; arrays are not flattened. */
export function child(node: Located, key: string): Located | undefined {
  const v = node.value;
  if (!isObject(v) || !(key in v)) return undefined;
  return new Child(v[key] as Json, node, key);
}

/** The elements of an array node (or the node itself when it is a single value). */
export function items(node: Located | undefined): Located[] {
  if (!node) return [];
  const v = node.value;
  if (!Array.isArray(v)) return [node];
  const out: Located[] = new Array<Located>(v.length);
  for (let i = 0; i < v.length; i++) out[i] = new Child(v[i] as Json, node, i);
  return out;
}

const paths = new Map<string, readonly string[]>();
const keysOf = (path: string): readonly string[] => {
  let keys = paths.get(path);
  if (!keys) paths.set(path, (keys = path.split('/').filter(Boolean)));
  return keys;
};

/** Appends the child `key` of object `obj` (the value of `parent`), its elements when it is an array. */
function pushChild(out: Located[], parent: Located, obj: JsonObject, key: string): void {
  const c = new Child(obj[key] as Json, parent, key);
  const v = c.value;
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) out.push(new Child(v[i] as Json, c, i));
  else out.push(c);
}

/**
 * Every node reached by a `/`-separated path of keys from `from`, flattening arrays at each step:
 * `select(ssp, 'metadata/parties/links')` yields each link of each party. Asked again of the same
 * node, it answers the same (frozen) array: the document is never modified while rules run.
 */
export function select(from: Located | undefined, path: string): readonly Located[] {
  if (!from) return NONE;
  if (from instanceof Child) {
    // Most nodes are asked one or two paths: the last one is kept in the node, a map only beyond.
    if (from.lastPath === path) return from.lastSelected!;
    let found = from.selected?.get(path);
    if (!found) {
      found = selectUncached(from, keysOf(path));
      if (from.lastPath !== undefined) (from.selected ??= new Map()).set(from.lastPath, from.lastSelected!);
    }
    from.lastPath = path;
    from.lastSelected = found;
    return found;
  }
  const memo = selectedOf(from);
  let found = memo.get(path);
  if (!found) memo.set(path, (found = selectUncached(from, keysOf(path))));
  return found;
}

const NONE: readonly Located[] = Object.freeze([]);

function selectUncached(from: Located, keys: readonly string[]): readonly Located[] {
  let current: Located[] = [from];
  for (const key of keys) {
    const next: Located[] = [];
    for (const node of current) {
      const v = node.value;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          const el = v[i];
          if (isObject(el) && key in el) pushChild(next, new Child(el, node, i), el, key);
        }
      } else if (isObject(v) && key in v) pushChild(next, node, v, key);
    }
    if (next.length === 0) return NONE;
    current = next;
  }
  return Object.freeze(current);
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

/** The text of a raw value: strings trimmed, numbers and booleans stringified, anything else ''. */
export function textOf(v: Json | undefined): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/** The text of `key` under an object node ('' when absent): `text(child(node, key))` without the node. */
export function fieldText(node: Located | undefined, key: string): string {
  const v = node?.value;
  return isObject(v) && key in v ? textOf(v[key]) : '';
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

function buildPropIndex(node: Located): PropIndex {
  const index = new Map<string, Located<JsonObject>[]>();
  for (const p of select(node, 'props')) {
    const v = p.value;
    if (!isObject(v)) continue;
    const name = v['name'];
    if (typeof name !== 'string') continue;
    const list = index.get(name);
    if (list) list.push(p as Located<JsonObject>);
    else index.set(name, [p as Located<JsonObject>]);
  }
  for (const list of index.values()) Object.freeze(list);
  return index;
}

const NO_PROPS: readonly Located<JsonObject>[] = Object.freeze([]);

/**
 * The props of a node named `name` (objects under `props` whose `name` is exactly that), in document
 * order, from an index built once per node.
 */
export function propsNamedAny(node: Located | undefined, name: string): readonly Located<JsonObject>[] {
  if (!node) return NO_PROPS;
  let index: PropIndex | undefined;
  if (node instanceof Child) index = node.propIndex ??= buildPropIndex(node);
  else {
    index = propIndexOfRoots.get(node);
    if (!index) propIndexOfRoots.set(node, (index = buildPropIndex(node)));
  }
  return index.get(name) ?? NO_PROPS;
}

/** The props of a node with a given name, optionally in the FedRAMP namespace only. */
export function props(node: Located | undefined, name: string, ns?: 'fedramp' | 'any'): readonly Located<JsonObject>[] {
  const all = propsNamedAny(node, name);
  return ns === 'fedramp' ? all.filter((p) => p.value['ns'] === FEDRAMP_NS) : all;
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

/**
 * The node at `path` (keys and array indexes) below `root`, for walks that go over raw values and keep
 * only the path: it is built (with its pointer still lazy) for the few nodes a rule reports.
 */
export function descend(root: Located, path: readonly (string | number)[]): Located {
  let node = root;
  for (const key of path) {
    const v = node.value as Record<string | number, Json> | null;
    node = new Child(v !== null && typeof v === 'object' ? (v[key] as Json) : null, node, key);
  }
  return node;
}

/**
 * Visits every value of a subtree in document order (depth first, object keys in their order, array
 * elements in theirs) with the path of keys from `root`, building nothing per node; `visit` returning
 * true stops the walk. `path` is the walker's own array: copy it to keep it.
 */
export function walkValues(root: Json | undefined, visit: (value: Json, path: readonly (string | number)[]) => boolean | void): void {
  if (root !== undefined) walkFrom(root, [], visit);
}

function walkFrom(v: Json, path: (string | number)[], visit: (value: Json, path: readonly (string | number)[]) => boolean | void): boolean {
  if (visit(v, path) === true) return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      const stop = walkFrom(v[i] as Json, path, visit);
      path.pop();
      if (stop) return true;
    }
  } else if (v !== null && typeof v === 'object') {
    for (const key of Object.keys(v)) {
      path.push(key);
      const stop = walkFrom(v[key] as Json, path, visit);
      path.pop();
      if (stop) return true;
    }
  }
  return false;
}
