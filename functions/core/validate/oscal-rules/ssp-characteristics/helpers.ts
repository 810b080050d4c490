import { isObject, select, text, type Json, type JsonObject, type Located } from '../query.js';
import { strings } from '../rule-kit.js';
import type { RuleContext } from '../types.js';

/** Helpers of this family's rules, over the shared vocabulary of rule-kit.ts. */
export { allowed, field, has, namedProps, oneOf, propText, roleIds, SSP, sspRule } from '../rule-kit.js';

/** Every string in a subtree, joined with newlines (for "mentions …" checks). */
export const allText = (value: Json | undefined): string => strings(value).join('\n');

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
