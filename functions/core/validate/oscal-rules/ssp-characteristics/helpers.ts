import { child, isObject, select, text, type Json, type JsonObject, type Located } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

/**
 * Helpers shared by this family's rules. FedRAMP's Schematron tests the presence of an element (even
 * an empty one), so "has" here means the key exists; "filled" means it has text.
 */

export const SSP = ['system-security-plan'] as const;

/** Whether an object node has `key` (whatever its value, even ''). */
export const has = (node: Located | undefined, key: string): boolean => !!node && isObject(node.value) && key in node.value;

/** The text of `key` under an object node ('' when absent). */
export const field = (node: Located | undefined, key: string): string => (node ? text(child(node, key)) : '');

/** A prop's value: `value`, or the element text (`#text`) of a prop written `<prop name="x">v</prop>`. */
export function propText(p: Located): string {
  if (!isObject(p.value)) return '';
  return text(p.value['value']) || text(p.value['#text']);
}

/** The props of a node named `name`, in any namespace (FedRAMP's rules do not always pin it). */
export function namedProps(node: Located | undefined, name: string): Located<JsonObject>[] {
  return select(node, 'props').filter((p): p is Located<JsonObject> => isObject(p.value) && p.value['name'] === name);
}

/** Every string in a subtree, joined with newlines (for "mentions …" checks). */
export function allText(value: Json | undefined): string {
  const out: string[] = [];
  const walk = (v: Json | undefined): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (isObject(v)) Object.values(v).forEach(walk);
  };
  walk(value);
  return out.join('\n');
}

/** A short label for a node in messages: its uuid (or id), else its pointer. */
export function label(node: Located, what: string): string {
  const v = node.value;
  const id = isObject(v) ? text(v['uuid']) || text(v['id']) || text(v['title']) : '';
  return id ? `${what} ${id}` : `${what} at ${node.pointer}`;
}

/** The back-matter resource a `#uuid` href points to, if any. */
export function resourceFor(ctx: RuleContext, href: string): Located | undefined {
  if (!href.startsWith('#')) return undefined;
  const uuid = href.slice(1);
  return select(ctx.doc, 'back-matter/resources').find((r) => isObject(r.value) && text(r.value['uuid']) === uuid);
}

/** The parties of the document's metadata, by uuid. */
export function partiesByUuid(ctx: RuleContext): Map<string, Located<JsonObject>> {
  const out = new Map<string, Located<JsonObject>>();
  for (const p of select(ctx.doc, 'metadata/parties')) if (isObject(p.value)) out.set(text(p.value['uuid']), p as Located<JsonObject>);
  return out;
}

/** The role ids defined in the document's metadata. */
export const roleIds = (ctx: RuleContext): Set<string> =>
  new Set(select(ctx.doc, 'metadata/roles').map((r) => (isObject(r.value) ? text(r.value['id']) : '')).filter(Boolean));

/** The values of an enumeration (value-set name) from FedRAMP's allowed values. */
export const allowed = (ctx: RuleContext, set: string): ReadonlySet<string> => ctx.allowedValues.get(set) ?? new Set<string>();

/** A value list for messages: 'a', 'b' or 'c'. */
export const oneOf = (values: Iterable<string>): string => [...values].map((v) => `'${v}'`).join(', ');

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
