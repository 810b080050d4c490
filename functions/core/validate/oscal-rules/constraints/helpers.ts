import { perDocument, child, fieldText, isObject, propsNamedAny, select, text, type Json, type JsonObject, type Located } from '../query.js';
import type { OscalModelName, OscalRule, RuleContext, Violation } from '../types.js';

/**
 * Shared predicates for FedRAMP's Metaschema constraints (ids frr…), read over the OSCAL JSON model.
 * A constraint is a `target` (the nodes it applies to) and a `test` each target must satisfy; the
 * helpers below build a rule from those two halves so each topic file reads like the constraint.
 */

export const SSP: readonly OscalModelName[] = ['system-security-plan'];
export const ALL_MODELS: readonly OscalModelName[] = ['system-security-plan', 'assessment-plan', 'assessment-results', 'plan-of-action-and-milestones'];

/** FedRAMP's namespace, as its constraints write it and as some documents write it. */
const FEDRAMP_NAMESPACES: ReadonlySet<string> = new Set(['http://fedramp.gov/ns/oscal', 'https://fedramp.gov/ns/oscal']);

export type Level = 'CRITICAL' | 'ERROR' | 'WARNING' | 'INFORMATIONAL';

export const severityOf = (level: Level): OscalRule['severity'] =>
  level === 'WARNING' ? 'warning' : level === 'INFORMATIONAL' ? 'info' : 'error';

/** The text of a key of an object node ('' when absent). */
export const field = (node: Located | undefined, key: string): string => fieldText(node, key);

/** Whether an object node has `key` (Metaschema's `exists(x)`: present, even if empty). */
export const has = (node: Located | undefined, key: string): boolean => !!node && isObject(node.value) && key in node.value && node.value[key] !== null;

/** How many values a key holds (0 absent, n for an array, 1 otherwise). */
export function countOf(node: Located | undefined, key: string): number {
  const c = node ? child(node, key) : undefined;
  if (!c || c.value === null) return 0;
  return Array.isArray(c.value) ? c.value.length : 1;
}

/** A prop's value (`value`, or element text when written `<prop name="x">v</prop>`). */
export function propText(p: Located): string {
  if (!isObject(p.value)) return '';
  return text(p.value['value']) || text(p.value['#text']);
}

export const isFedrampNs = (ns: Json | undefined): boolean => typeof ns === 'string' && FEDRAMP_NAMESPACES.has(ns.trim());

/**
 * The props of a node named `name`: in any namespace (`prop[@name='x']`), or only FedRAMP's
 * (`prop[@name='x' and @ns='http://fedramp.gov/ns/oscal']`) when `fedramp` is set.
 */
export function propsNamed(node: Located | undefined, name: string, fedramp = false): readonly Located<JsonObject>[] {
  const all = propsNamedAny(node, name);
  return fedramp ? all.filter((p) => isFedrampNs(p.value['ns'])) : all;
}

/** FedRAMP-namespace props named `name`. */
export const frProps = (node: Located | undefined, name: string): readonly Located<JsonObject>[] => propsNamed(node, name, true);

/** Whether a node has a prop `name` (any namespace), with one of `values` when given. */
export function hasProp(node: Located | undefined, name: string, values?: readonly string[], fedramp = false): boolean {
  for (const p of propsNamedAny(node, name)) {
    if (fedramp && !isFedrampNs(p.value['ns'])) continue;
    if (!values || values.includes(propText(p))) return true;
  }
  return false;
}

/** A node's `links` with a given rel. */
export const linksWithRel = (node: Located | undefined, rel: string): Located[] =>
  select(node, 'links').filter((l) => field(l, 'rel') === rel);

/** The uuid a `#uuid` href points at ('' for other hrefs). */
export const fragmentOf = (href: string): string => (href.startsWith('#') ? href.slice(1) : '');

/** A short label for a node in messages: its uuid (or id, or title), else its pointer. */
export function label(node: Located, what: string): string {
  const id = field(node, 'uuid') || field(node, 'id') || field(node, 'title');
  return id ? `${what} ${id}` : `${what} at ${node.pointer}`;
}

/** The SSP's components (`//component`). */
export const components = (ctx: RuleContext): readonly Located[] => perDocument(ctx.doc, 'components', () => select(ctx.doc, 'system-implementation/components'));

/** The SSP's inventory items. */
export const inventoryItems = (ctx: RuleContext): readonly Located[] => perDocument(ctx.doc, 'inventoryItems', () => select(ctx.doc, 'system-implementation/inventory-items'));

/** Components by uuid. */
export function componentsByUuid(ctx: RuleContext): Map<string, Located> {
  return perDocument(ctx.doc, 'componentsByUuid', () => indexComponents(ctx));
}

function indexComponents(ctx: RuleContext): Map<string, Located> {
  const out = new Map<string, Located>();
  for (const c of components(ctx)) {
    const uuid = field(c, 'uuid');
    if (uuid && !out.has(uuid)) out.set(uuid, c);
  }
  return out;
}

/** Back-matter resources by uuid. */
export function resourcesByUuid(ctx: RuleContext): Map<string, Located> {
  return perDocument(ctx.doc, 'resourcesByUuid', () => indexResources(ctx));
}

function indexResources(ctx: RuleContext): Map<string, Located> {
  const out = new Map<string, Located>();
  for (const r of select(ctx.doc, 'back-matter/resources')) {
    const uuid = field(r, 'uuid');
    if (uuid && !out.has(uuid)) out.set(uuid, r);
  }
  return out;
}

const typeIs = (c: Located, ...types: string[]): boolean => types.includes(field(c, 'type'));

/**
 * FedRAMP's "non-authorized" (external-facing) components: leveraged systems, external services or
 * software without a leveraged authorization, interconnections, and internal services or software that
 * communicate externally.
 */
export function isExternalFacing(c: Located): boolean {
  const leveraged = hasProp(c, 'leveraged-authorization-uuid');
  return (
    (typeIs(c, 'system') && leveraged) ||
    (typeIs(c, 'service', 'software') && !leveraged && hasProp(c, 'implementation-point', ['external'])) ||
    typeIs(c, 'interconnection') ||
    (typeIs(c, 'service', 'software') && hasProp(c, 'implementation-point', ['internal']) && hasProp(c, 'communicates-externally', ['yes'], true))
  );
}

/**
 * FedRAMP's network components (frr125, frr157, frr272): leveraged systems (frr125 only), external
 * services without a leveraged authorization, interconnections, internal services with a direction,
 * and CLI software with a direction.
 */
export function isNetworkComponent(c: Located, includeLeveragedSystems: boolean): boolean {
  const leveraged = hasProp(c, 'leveraged-authorization-uuid');
  return (
    (includeLeveragedSystems && typeIs(c, 'system') && leveraged) ||
    (typeIs(c, 'service') && !leveraged && hasProp(c, 'implementation-point', ['external'])) ||
    typeIs(c, 'interconnection') ||
    (typeIs(c, 'service') && hasProp(c, 'implementation-point', ['internal']) && hasProp(c, 'direction')) ||
    (typeIs(c, 'software') && hasProp(c, 'asset-type', ['cli']) && hasProp(c, 'direction'))
  );
}

/** Inter-boundary components (frr227, frr228): external-facing components other than leveraged systems. */
export function isInterBoundary(c: Located): boolean {
  return isExternalFacing(c) && !(typeIs(c, 'system') && hasProp(c, 'leveraged-authorization-uuid'));
}

export { typeIs };

/** The FIPS 199 levels, lowest first. */
export const FIPS_LEVELS = ['fips-199-low', 'fips-199-moderate', 'fips-199-high'] as const;
export const levelRank = (v: string): number => FIPS_LEVELS.indexOf(v as (typeof FIPS_LEVELS)[number]);

/** The highest level among the security impact level's objectives ('' when none is set). */
export function highestImpactLevel(ctx: RuleContext): string {
  const values = select(ctx.doc, 'system-characteristics/security-impact-level').flatMap((sil) =>
    isObject(sil.value) ? Object.values(sil.value).map((v) => (typeof v === 'string' ? v.trim() : '')) : [],
  );
  for (const level of [...FIPS_LEVELS].reverse()) if (values.includes(level)) return level;
  return '';
}

/** The SSP's security sensitivity level ('' when absent). */
export const sensitivityLevel = (ctx: RuleContext): string => text(select(ctx.doc, 'system-characteristics/security-sensitivity-level')[0]);

export interface ExpectSpec {
  id: string;
  level: Level;
  statement: string;
  models?: readonly OscalModelName[];
  /** The constraint's target: the nodes the test applies to. */
  targets(ctx: RuleContext): Iterable<Located>;
  /** The constraint's test, true when the target conforms. */
  test(node: Located, ctx: RuleContext): boolean;
  /** A message for a target that does not conform. */
  message(node: Located, ctx: RuleContext): string;
}

/** A rule from a Metaschema `expect` constraint. */
export function expectRule(spec: ExpectSpec): OscalRule {
  return {
    id: spec.id,
    models: spec.models ?? SSP,
    severity: severityOf(spec.level),
    statement: spec.statement,
    *check(ctx: RuleContext): Iterable<Violation> {
      for (const node of spec.targets(ctx)) {
        if (!spec.test(node, ctx)) yield { message: spec.message(node, ctx), pointer: node.pointer };
      }
    },
  };
}

export interface AllowedSpec {
  id: string;
  level: Level;
  statement: string;
  models?: readonly OscalModelName[];
  /** What the value is, for messages ("cloud service model"). */
  what: string;
  allowed: readonly string[];
  /** The nodes holding the value (a prop, an element, an object with an attribute). */
  targets(ctx: RuleContext): Iterable<Located>;
  /** The value of a target (defaults to a prop's value). */
  value?(node: Located): string | undefined;
}

/** A rule from a Metaschema `allowed-values` constraint (allow-other="no"). */
export function allowedRule(spec: AllowedSpec): OscalRule {
  const allowed = new Set(spec.allowed);
  const valueOf = spec.value ?? propText;
  return {
    id: spec.id,
    models: spec.models ?? SSP,
    severity: severityOf(spec.level),
    statement: spec.statement,
    *check(ctx: RuleContext): Iterable<Violation> {
      for (const node of spec.targets(ctx)) {
        const v = valueOf(node);
        if (v === undefined || allowed.has(v)) continue;
        yield { message: `${spec.what} '${v}' is not one of ${[...allowed].map((a) => `'${a}'`).join(', ')}`, pointer: node.pointer };
      }
    },
  };
}

/** Each node of `nodes` at `key` (flattened), or the nodes themselves. */
export const under = (nodes: Iterable<Located>, path: string): Located[] => [...nodes].flatMap((n) => select(n, path));
