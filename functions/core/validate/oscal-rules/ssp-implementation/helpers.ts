import { child, isObject, perDocument, select, text, walkValues, type Json, type Located } from '../query.js';
import { field, namedProps, propText, sspRule, strings } from '../rule-kit.js';
import type { OscalRule, RuleContext } from '../types.js';

export { allowed, field, has, namedProps, oneOf, propText, roleIds, SSP, sspRule } from '../rule-kit.js';

/**
 * Helpers shared by the system-implementation, control-implementation and back-matter rules. FedRAMP's
 * Schematron tests the presence of an element or attribute (even an empty one), so "has" means the key
 * exists; "filled" means it has text. Fragments wrapped one by one may give an array of
 * `system-implementation` objects: `select` flattens arrays, so every path below copes with that.
 */

/** The value of an object node's key, as JSON (undefined when absent or not an object). */
export const raw = (node: Located | undefined, key: string): Json | undefined => (node && isObject(node.value) ? node.value[key] : undefined);

/** The values of the props named `name`. */
export const propValues = (node: Located | undefined, name: string, ns?: 'fedramp'): string[] => namedProps(node, name, ns).map(propText);

/** Text with markup markers and runs of whitespace collapsed, for "has content" and length checks. */
export function plain(value: Json | undefined): string {
  return strings(value)
    .join(' ')
    .replace(/[*_`#>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Printable ASCII that `plain` keeps for certain: not whitespace, not a markup marker (*_`#>). */
const KEPT = new Uint8Array(128).map((_, c) => (c > 0x20 && c < 0x7f && !'*_`#>'.includes(String.fromCharCode(c)) ? 1 : 0));

/**
 * Whether `plain(value)` is certainly at least `n` characters long, found without building it: each
 * printable ASCII character other than a markup marker survives `plain`. False means "not known"
 * (other characters are not counted): ask `plain` itself then.
 */
export function plainAtLeast(value: Json | undefined, n: number): boolean {
  let kept = 0;
  let reached = false;
  walkValues(value, (v) => {
    if (typeof v !== 'string') return;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c < 128 && KEPT[c] === 1 && ++kept >= n) return (reached = true);
    }
  });
  return reached;
}

/** A short label for a node in messages: its uuid (or id / control-id), else its pointer. */
export function label(node: Located, what: string): string {
  const v = node.value;
  const id = isObject(v) ? text(v['statement-id']) || text(v['control-id']) || text(v['uuid']) || text(v['id']) : '';
  return id ? `${what} ${id}` : `${what} at ${node.pointer}`;
}

export const inventoryItems = (ctx: RuleContext): readonly Located[] => perDocument(ctx.doc, 'inventoryItems', () => select(ctx.doc, 'system-implementation/inventory-items'));

/** Every component of the system implementation. */
export const components = (ctx: RuleContext): readonly Located[] => perDocument(ctx.doc, 'components', () => select(ctx.doc, 'system-implementation/components'));

/** Every user of the system implementation. */
export const users = (ctx: RuleContext): readonly Located[] => perDocument(ctx.doc, 'users', () => select(ctx.doc, 'system-implementation/users'));

/** Every implemented requirement of the control implementation. */
export const implementedRequirements = (ctx: RuleContext): readonly Located[] => perDocument(ctx.doc, 'implementedRequirements', () => select(ctx.doc, 'control-implementation/implemented-requirements'));

/** Every statement of every implemented requirement. */
export const statements = (ctx: RuleContext): readonly Located[] => perDocument(ctx.doc, 'statements', () => select(ctx.doc, 'control-implementation/implemented-requirements/statements'));

/** Every by-component of an implemented requirement, directly under it or under its statements. */
export const byComponents = (req: Located): Located[] => [...select(req, 'by-components'), ...select(req, 'statements/by-components')];

/** Every back-matter resource. */
export const resources = (ctx: RuleContext): readonly Located[] => perDocument(ctx.doc, 'resources', () => select(ctx.doc, 'back-matter/resources'));

/** A component's type (`type`, or `component-type` in older documents). */
export const componentType = (c: Located): string => field(c, 'type') || field(c, 'component-type');

/** Every node of a subtree, depth first, with its pointer. */
export function* walk(node: Located): Generator<Located> {
  // An explicit stack, not recursive `yield*` (which costs the depth on every node it passes up).
  const stack: Located[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    yield n;
    const v = n.value;
    if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i] as Json, pointer: `${n.pointer}/${i}` });
    else if (isObject(v)) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) stack.push(child(n, keys[i]!)!);
    }
  }
}



/**
 * The usual "has a prop" pair of FedRAMP rules over a set of nodes: `present` fires when a node lacks a
 * prop named `name`, `single` when it has more than one.
 */
export function propPresenceRules(opts: {
  nodes: (ctx: RuleContext) => readonly Located[];
  what: string;
  name: string;
  ns?: 'fedramp';
  applies?: (node: Located) => boolean;
  present: { id: string; severity: OscalRule['severity']; statement: string };
  single: { id: string; severity: OscalRule['severity']; statement: string };
}): OscalRule[] {
  const scoped = (ctx: RuleContext): Located[] => opts.nodes(ctx).filter((n) => isObject(n.value) && (opts.applies?.(n) ?? true));
  return [
    sspRule(opts.present.id, opts.present.severity, opts.present.statement, function* (ctx) {
      for (const n of scoped(ctx)) {
        if (namedProps(n, opts.name, opts.ns).length === 0) yield { message: `${label(n, opts.what)} has no ${opts.name} property`, pointer: n.pointer };
      }
    }),
    sspRule(opts.single.id, opts.single.severity, opts.single.statement, function* (ctx) {
      for (const n of scoped(ctx)) {
        const found = namedProps(n, opts.name, opts.ns);
        if (found.length > 1) yield { message: `${label(n, opts.what)} has ${found.length} ${opts.name} properties; only one is allowed`, pointer: found[1]!.pointer };
      }
    }),
  ];
}

/** Components by uuid (first one wins), computed once per document. */
export const componentsByUuid = (ctx: RuleContext): ReadonlyMap<string, Located> =>
  perDocument(ctx.doc, 'sspComponentsByUuid', () => {
    const out = new Map<string, Located>();
    for (const c of components(ctx)) {
      const uuid = field(c, 'uuid');
      if (uuid && !out.has(uuid)) out.set(uuid, c);
    }
    return out;
  });
