import { child, isObject, items, select, text, type Json, type JsonObject, type Located } from '../query.js';
import type { OscalModelName, OscalRule, RuleContext, Violation } from '../types.js';

/**
 * Helpers shared by the assessment family (SAP, SAR, POA&M rules). FedRAMP's Schematron tests the
 * presence of an element (even an empty one), so "has" means the key exists; "filled" means it has text.
 */

export const SAP: readonly OscalModelName[] = ['assessment-plan'];
export const SAR: readonly OscalModelName[] = ['assessment-results'];
export const POAM: readonly OscalModelName[] = ['plan-of-action-and-milestones'];
export const SAP_POAM: readonly OscalModelName[] = ['assessment-plan', 'plan-of-action-and-milestones'];

type Check = (ctx: RuleContext) => Iterable<Violation>;

/** One rule of this family. */
export const rule = (
  id: string,
  models: readonly OscalModelName[],
  severity: OscalRule['severity'],
  statement: string,
  check: Check,
): OscalRule => ({ id, models, severity, statement, check });

/** Whether an object node has `key` (whatever its value, even ''). */
export const has = (node: Located | undefined, key: string): boolean => !!node && isObject(node.value) && key in node.value;

/** The text of `key` under an object node ('' when absent). */
export const field = (node: Located | undefined, key: string): string => (node ? text(child(node, key)) : '');

/** The object nodes among some nodes (drops strings and other stray values). */
export const objects = (nodes: readonly Located[]): Located<JsonObject>[] => nodes.filter((n): n is Located<JsonObject> => isObject(n.value));

/** Object nodes at `path` under `from`. */
export const objectsAt = (from: Located | undefined, path: string): Located<JsonObject>[] => objects(select(from, path));

/** The texts of the (possibly repeated) `key` of a node, e.g. an observation's `types` or `methods`. */
export const texts = (node: Located | undefined, key: string): string[] => (node ? items(child(node, key)).map((n) => text(n)) : []);

/** A short label for a node in messages: its uuid (or id), else its pointer. */
export function label(node: Located, what: string): string {
  const v = node.value;
  const id = isObject(v) ? text(v['uuid']) || text(v['id']) : '';
  return id ? `${what} ${id}` : `${what} at ${node.pointer}`;
}

/** The props of a node named `name`, in any namespace (FedRAMP's rules do not always pin it). */
export const namedProps = (node: Located | undefined, name: string): Located<JsonObject>[] =>
  objectsAt(node, 'props').filter((p) => p.value['name'] === name);

/** The value of a node's first prop named `name` ('' when none). */
export const propOf = (node: Located | undefined, name: string): string => {
  const p = namedProps(node, name)[0];
  return p ? text(p.value['value']) : '';
};

/** Every node held under `key` anywhere below `node` (arrays flattened), like XPath `.//key`. */
export function descendants(node: Located | undefined, key: string): Located[] {
  const out: Located[] = [];
  const walk = (n: Located): void => {
    if (Array.isArray(n.value)) {
      for (const el of items(n)) walk(el);
      return;
    }
    if (!isObject(n.value)) return;
    for (const k of Object.keys(n.value)) {
      const c = child(n, k);
      if (!c) continue;
      if (k === key) out.push(...items(c));
      walk(c);
    }
  };
  if (node) walk(node);
  return out;
}

// ---- back-matter resources ----

/** The document's back-matter resources. */
export const resources = (ctx: RuleContext): Located<JsonObject>[] => objectsAt(ctx.doc, 'back-matter/resources');

/** The `type` prop values of a resource. */
export const resourceTypes = (r: Located): string[] => namedProps(r, 'type').map((p) => text(p.value['value']));

/** The resources whose `type` prop is `type`. */
export const resourcesOfType = (ctx: RuleContext, type: string): Located<JsonObject>[] => resources(ctx).filter((r) => resourceTypes(r).includes(type));

/** The uuids of the back-matter resources. */
export const resourceUuids = (ctx: RuleContext): Set<string> => new Set(resources(ctx).map((r) => text(r.value['uuid'])).filter(Boolean));

/** The uuid an internal href (`#uuid`) names, or '' when the href is not internal. */
export const hrefUuid = (href: string): string => (href.startsWith('#') ? href.slice(1).trim() : '');

/** The resource an internal href (`#uuid`) points to, if any. */
export function resourceFor(ctx: RuleContext, href: string): Located<JsonObject> | undefined {
  const uuid = hrefUuid(href);
  return uuid ? resources(ctx).find((r) => text(r.value['uuid']) === uuid) : undefined;
}

/** The hrefs of an observation's relevant evidence (`relevant-evidence/@href` and its `links`). */
export function evidenceHrefs(observation: Located): Located[] {
  const out: Located[] = [];
  for (const ev of select(observation, 'relevant-evidence')) {
    const href = child(ev, 'href');
    if (href && text(href)) out.push(href);
    for (const link of select(ev, 'links')) {
      const h = child(link, 'href');
      if (h && text(h)) out.push(h);
    }
  }
  return out;
}

// ---- metadata ----

/** The metadata node, if the document (or fragment) has one. */
export const metadata = (ctx: RuleContext): Located | undefined => child(ctx.doc, 'metadata');

/** The metadata roles with id `id`. */
export const rolesWithId = (ctx: RuleContext, id: string): Located<JsonObject>[] => objectsAt(ctx.doc, 'metadata/roles').filter((r) => text(r.value['id']) === id);

/** The metadata responsible-parties for a role. */
export const responsibleParties = (ctx: RuleContext, roleId: string): Located<JsonObject>[] =>
  objectsAt(ctx.doc, 'metadata/responsible-parties').filter((rp) => text(rp.value['role-id']) === roleId);

/** The party-uuid nodes of the responsible-parties for a role. */
export const rolePartyUuids = (ctx: RuleContext, roleId: string): Located[] => responsibleParties(ctx, roleId).flatMap((rp) => select(rp, 'party-uuids'));

/** The metadata parties, by uuid. */
export function partiesByUuid(ctx: RuleContext): Map<string, Located<JsonObject>> {
  const out = new Map<string, Located<JsonObject>>();
  for (const p of objectsAt(ctx.doc, 'metadata/parties')) out.set(text(p.value['uuid']), p);
  return out;
}

// ---- parts (terms-and-conditions, attestations) ----

/** The child parts of a node with a given name. */
export const partsNamed = (node: Located | undefined, name: string): Located<JsonObject>[] => objectsAt(node, 'parts').filter((p) => text(p.value['name']) === name);

/** The paragraphs of a markup-multiline string (Markdown blocks separated by blank lines). */
export const paragraphs = (prose: string): string[] =>
  prose
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

// ---- dates ----

const DATE_TIME = /^-?\d{4,}-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/** Whether a string is a valid xs:dateTime (timezone optional, as in XML Schema). */
export function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value.trim());
  if (!m) return false;
  const [month, day, hour, minute, second] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 24 && minute <= 59 && second <= 60 && !Number.isNaN(Date.parse(withZone(value.trim())));
}

const withZone = (v: string): string => (/(Z|[+-]\d{2}:\d{2})$/.test(v) ? v : `${v}Z`);

/** The instant of an xs:dateTime string (UTC when it has no timezone), or undefined when it is not one. */
export function instant(value: Located | Json | undefined): number | undefined {
  const v = text(value);
  if (!v || !isDateTime(v)) return undefined;
  return Date.parse(withZone(v));
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A date for messages (yyyy-mm-dd). */
export const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

// ---- SAR results ----

/** The SAR's results. */
export const results = (ctx: RuleContext): Located<JsonObject>[] => objectsAt(ctx.doc, 'results');

/** The most recent result (latest start; the last one in the document on a tie or without dates). */
export function latestResult(ctx: RuleContext): Located<JsonObject> | undefined {
  let best: Located<JsonObject> | undefined;
  let bestStart = -Infinity;
  for (const r of results(ctx)) {
    const start = instant(r.value['start']) ?? -Infinity;
    if (!best || start >= bestStart) {
      best = r;
      bestStart = start;
    }
  }
  return best;
}

/** Every observation of the SAR's results. */
export const observations = (ctx: RuleContext): Located<JsonObject>[] => results(ctx).flatMap((r) => objectsAt(r, 'observations'));

/** Whether an observation lists `type` among its types. */
export const hasType = (o: Located, type: string): boolean => texts(o, 'types').includes(type);

/** Whether an observation lists `method` among its methods. */
export const hasMethod = (o: Located, method: string): boolean => texts(o, 'methods').includes(method);

/** The origin actors of an observation (or risk). */
export const actors = (o: Located): Located<JsonObject>[] => objectsAt(o, 'origins/actors');

/** Whether an observation's origin includes an actor of `type` ('tool', 'party', …). */
export const hasActorType = (o: Located, type: string): boolean => actors(o).some((a) => text(a.value['type']) === type);

/** The observation uuids that findings (anywhere in the document) relate to. */
export const relatedObservationUuids = (ctx: RuleContext): Set<string> =>
  new Set(objectsAt(ctx.doc, 'results/findings/related-observations').map((r) => text(r.value['observation-uuid'])));

/** The resources an observation's relevant evidence points to (by internal href). */
export const evidenceResources = (ctx: RuleContext, o: Located): Located<JsonObject>[] =>
  evidenceHrefs(o).flatMap((h) => {
    const r = resourceFor(ctx, text(h));
    return r ? [r] : [];
  });
