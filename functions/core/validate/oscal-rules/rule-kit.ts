import { FEDRAMP_NS, fieldText, isObject, propsNamedAny, select, text, type Json, type JsonObject, type Located } from './query.js';
import type { OscalRule, RuleContext, Violation } from './types.js';

/**
 * The small vocabulary every SSP rule family uses. FedRAMP's Schematron tests the presence of an
 * element (even an empty one), so "has" means the key exists; "filled" means it has text.
 */

export const SSP = ['system-security-plan'] as const;

/** Whether an object node has `key` (whatever its value, even ''). */
export const has = (node: Located | undefined, key: string): boolean => !!node && isObject(node.value) && key in node.value;

/** The text of `key` under an object node ('' when absent). */
export const field = (node: Located | undefined, key: string): string => fieldText(node, key);

/** A prop's value: `value`, or the element text (`#text`) of a prop written `<prop name="x">v</prop>`. */
export function propText(p: Located): string {
  if (!isObject(p.value)) return '';
  return text(p.value['value']) || text(p.value['#text']);
}

/** The props of a node named `name`, in any namespace unless `ns` says FedRAMP's. */
export function namedProps(node: Located | undefined, name: string, ns?: 'fedramp'): readonly Located<JsonObject>[] {
  const all = propsNamedAny(node, name);
  return ns === 'fedramp' ? all.filter((p) => p.value['ns'] === FEDRAMP_NS) : all;
}

/** Every string in a subtree, in document order. */
export function strings(value: Json | undefined): string[] {
  const out: string[] = [];
  const walk = (v: Json | undefined): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (isObject(v)) Object.values(v).forEach(walk);
  };
  walk(value);
  return out;
}

/** The values of an enumeration (value-set name) from FedRAMP's allowed values. */
export const allowed = (ctx: RuleContext, set: string): ReadonlySet<string> => ctx.allowedValues.get(set) ?? new Set<string>();

/** A value list for messages: 'a', 'b', 'c'. */
export const oneOf = (values: Iterable<string>): string => [...values].map((v) => `'${v}'`).join(', ');

/** The role ids defined in the document's metadata. */
export const roleIds = (ctx: RuleContext): Set<string> => new Set(select(ctx.doc, 'metadata/roles').map((r) => field(r, 'id')).filter(Boolean));

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
