import { child, FEDRAMP_NS, isObject, select, text, type Json, type JsonObject, type Located } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

/**
 * Helpers shared by the system-implementation, control-implementation and back-matter rules. FedRAMP's
 * Schematron tests the presence of an element or attribute (even an empty one), so "has" means the key
 * exists; "filled" means it has text. Fragments wrapped one by one may give an array of
 * `system-implementation` objects: `select` flattens arrays, so every path below copes with that.
 */

export const SSP = ['system-security-plan'] as const;

/** Whether an object node has `key` (whatever its value, even ''). */
export const has = (node: Located | undefined, key: string): boolean => !!node && isObject(node.value) && key in node.value;

/** The text of `key` under an object node ('' when absent). */
export const field = (node: Located | undefined, key: string): string => (node ? text(child(node, key)) : '');

/** The value of an object node's key, as JSON (undefined when absent or not an object). */
export const raw = (node: Located | undefined, key: string): Json | undefined => (node && isObject(node.value) ? node.value[key] : undefined);

/** The props of a node named `name`, in any namespace unless `ns` says FedRAMP's. */
export function namedProps(node: Located | undefined, name: string, ns?: 'fedramp'): Located<JsonObject>[] {
  return select(node, 'props').filter(
    (p): p is Located<JsonObject> => isObject(p.value) && p.value['name'] === name && (ns !== 'fedramp' || p.value['ns'] === FEDRAMP_NS),
  );
}

/** A prop's value: `value`, or the element text (`#text`) of a prop written `<prop name="x">v</prop>`. */
export function propText(p: Located): string {
  if (!isObject(p.value)) return '';
  return text(p.value['value']) || text(p.value['#text']);
}

/** The values of the props named `name`. */
export const propValues = (node: Located | undefined, name: string, ns?: 'fedramp'): string[] => namedProps(node, name, ns).map(propText);

/** Text with markup markers and runs of whitespace collapsed, for "has content" and length checks. */
export function plain(value: Json | undefined): string {
  const out: string[] = [];
  const walk = (v: Json | undefined): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (isObject(v)) Object.values(v).forEach(walk);
  };
  walk(value);
  return out
    .join(' ')
    .replace(/[*_`#>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A short label for a node in messages: its uuid (or id / control-id), else its pointer. */
export function label(node: Located, what: string): string {
  const v = node.value;
  const id = isObject(v) ? text(v['statement-id']) || text(v['control-id']) || text(v['uuid']) || text(v['id']) : '';
  return id ? `${what} ${id}` : `${what} at ${node.pointer}`;
}

/** The values of an enumeration (value-set name) from FedRAMP's allowed values. */
export const allowed = (ctx: RuleContext, set: string): ReadonlySet<string> => ctx.allowedValues.get(set) ?? new Set<string>();

/** A value list for messages: 'a', 'b', 'c'. */
export const oneOf = (values: Iterable<string>): string => [...values].map((v) => `'${v}'`).join(', ');

/** The role ids defined in the document's metadata. */
export const roleIds = (ctx: RuleContext): Set<string> =>
  new Set(select(ctx.doc, 'metadata/roles').map((r) => field(r, 'id')).filter(Boolean));

/** Every inventory item of the system implementation. */
export const inventoryItems = (ctx: RuleContext): Located[] => select(ctx.doc, 'system-implementation/inventory-items');

/** Every component of the system implementation. */
export const components = (ctx: RuleContext): Located[] => select(ctx.doc, 'system-implementation/components');

/** Every user of the system implementation. */
export const users = (ctx: RuleContext): Located[] => select(ctx.doc, 'system-implementation/users');

/** Every implemented requirement of the control implementation. */
export const implementedRequirements = (ctx: RuleContext): Located[] => select(ctx.doc, 'control-implementation/implemented-requirements');

/** Every statement of every implemented requirement. */
export const statements = (ctx: RuleContext): Located[] => select(ctx.doc, 'control-implementation/implemented-requirements/statements');

/** Every by-component of an implemented requirement, directly under it or under its statements. */
export const byComponents = (req: Located): Located[] => [...select(req, 'by-components'), ...select(req, 'statements/by-components')];

/** Every back-matter resource. */
export const resources = (ctx: RuleContext): Located[] => select(ctx.doc, 'back-matter/resources');

/** A component's type (`type`, or `component-type` in older documents). */
export const componentType = (c: Located): string => field(c, 'type') || field(c, 'component-type');

/** Every node of a subtree, depth first, with its pointer. */
export function* walk(node: Located): Generator<Located> {
  yield node;
  const v = node.value;
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* walk({ value: v[i] as Json, pointer: `${node.pointer}/${i}` });
  else if (isObject(v)) for (const key of Object.keys(v)) yield* walk(child(node, key)!);
}

type Check = (ctx: RuleContext) => Iterable<Violation>;

/** An SSP rule. */
export const sspRule = (id: string, severity: OscalRule['severity'], statement: string, check: Check, aliases?: readonly string[]): OscalRule => ({
  id,
  ...(aliases ? { aliases } : {}),
  models: SSP,
  severity,
  statement,
  check,
});

/**
 * The usual "has a prop" pair of FedRAMP rules over a set of nodes: `present` fires when a node lacks a
 * prop named `name`, `single` when it has more than one.
 */
export function propPresenceRules(opts: {
  nodes: (ctx: RuleContext) => Located[];
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
