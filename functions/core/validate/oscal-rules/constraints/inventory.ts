import { select, type Located } from '../query.js';
import type { OscalRule, RuleContext } from '../types.js';

import {
  components,
  componentsByUuid,
  expectRule,
  field,
  fragmentOf,
  frProps,
  has,
  hasProp,
  inventoryItems,
  label,
  linksWithRel,
  propsNamed,
  propText,
  resourcesByUuid,
  sensitivityLevel,
  typeIs,
} from './helpers.js';

/**
 * FedRAMP's constraints on an SSP's inventory items. Most facts about an item (asset type, scan
 * settings, diagram label, software and hardware details) may be stated on the item itself or on the
 * component it implements (`implemented-component`).
 */

const item = (i: Located): string => label(i, 'inventory item');

/** The components an inventory item implements. */
function linked(ctx: RuleContext, i: Located): Located[] {
  const byUuid = componentsByUuid(ctx);
  return select(i, 'implemented-components').flatMap((ic) => {
    const c = byUuid.get(field(ic, 'component-uuid'));
    return c ? [c] : [];
  });
}

/** `count(prop[@name=x]) <op> n` on the item, or on a linked component. */
function onItemOrComponent(ctx: RuleContext, i: Located, names: readonly string[], ok: (n: number) => boolean, fedramp = false): boolean {
  const count = (n: Located): number => names.reduce((s, name) => s + propsNamed(n, name, fedramp).length, 0);
  return ok(count(i)) || linked(ctx, i).some((c) => ok(count(c)));
}

/** "The item or its linked component states X" rules. */
const stated = (id: string, names: readonly string[], what: string, statement: string, ok: (n: number) => boolean, fedramp = false, targets = inventoryItems): OscalRule =>
  expectRule({
    id,
    level: 'ERROR',
    statement,
    targets,
    test: (i, ctx) => onItemOrComponent(ctx, i, names, ok, fedramp),
    message: (i) => `${item(i)} does not state ${what} (${names.join(' or ')} prop), neither itself nor in its linked component`,
  });

const once = (n: number): boolean => n === 1;
const atLeastOnce = (n: number): boolean => n >= 1;

const SOFTWARE_ASSETS = ['operating-system', 'container', 'image'];
const softwareItems = (ctx: RuleContext): Located[] => inventoryItems(ctx).filter((i) => hasProp(i, 'asset-type', SOFTWARE_ASSETS));

/** MAC addresses: six hex pairs separated by ':' or '-', or three dotted groups of four. */
const MAC = /^(([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})$/;
/** xs:date: a full date, optionally with a timezone. */
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(Z|[+-]\d{2}:\d{2})?$/;

export const INVENTORY_RULES: readonly OscalRule[] = [
  expectRule({
    id: 'frr194',
    level: 'ERROR',
    statement: 'A FedRAMP SSP system implementation section MUST have at least two inventory items.',
    targets: (ctx) => select(ctx.doc, 'system-implementation'),
    test: (si) => select(si, 'inventory-items').length >= 2,
    message: (si) => `the system implementation has ${select(si, 'inventory-items').length} inventory item(s); at least two are required`,
  }),
  expectRule({
    id: 'frr124',
    level: 'ERROR',
    statement: 'A FedRAMP SSP MUST provide justification for any high or moderate impact system inventory item that does not support authenticated scans.',
    targets: (ctx) =>
      ['fips-199-high', 'fips-199-moderate'].includes(sensitivityLevel(ctx))
        ? inventoryItems(ctx).flatMap((i) => propsNamed(i, 'allows-authenticated-scan').filter((p) => propText(p) === 'no'))
        : [],
    test: (p) => has(p, 'remarks'),
    message: () => 'an inventory item does not allow authenticated scans and gives no justification (remarks) on its allows-authenticated-scan prop',
  }),
  expectRule({
    id: 'frr214',
    level: 'ERROR',
    statement:
      'For HIGH-impact systems, every inventory-item MUST identify an asset-owner or administrator property either within the inventory-item itself, or within the component linked by the inventory-item.',
    targets: (ctx) => (sensitivityLevel(ctx) === 'fips-199-high' ? inventoryItems(ctx) : []),
    test: (i, ctx) => {
      const owns = (r: Located): boolean => ['asset-owner', 'asset-administrator'].includes(field(r, 'role-id'));
      return select(i, 'responsible-parties').some(owns) || linked(ctx, i).some((c) => select(c, 'responsible-roles').some((r) => owns(r) && select(r, 'party-uuids').length > 0));
    },
    message: (i) => `${item(i)} of a high-impact system identifies no asset owner or asset administrator`,
  }),
  expectRule({
    id: 'frr233',
    level: 'ERROR',
    statement: 'In a FedRAMP SSP, each inventory item and internal service component MUST state if they are public-facing.',
    targets: (ctx) => [...inventoryItems(ctx), ...components(ctx).filter((c) => typeIs(c, 'service') && hasProp(c, 'implementation-point', ['internal']))],
    test: (n) => propsNamed(n, 'public').length === 1,
    message: (n) => `${label(n, n.pointer.includes('/inventory-items/') ? 'inventory item' : 'internal service component')} does not state (once) whether it is public-facing (public prop)`,
  }),
  stated('frr235', ['asset-type'], 'its asset type', 'In a FedRAMP SSP, each inventory item MUST define the asset type either in the inventory item itself or within the linked component.', once),
  stated(
    'frr236',
    ['allows-authenticated-scan'],
    'whether it allows authenticated scans',
    'In a FedRAMP SSP, each inventory item MUST state whether it allows authenticated scans in the inventory item itself or within the linked component.',
    (n) => n >= 1,
  ),
  expectRule({
    id: 'frr237',
    level: 'ERROR',
    statement: 'In a FedRAMP SSP, each inventory item or its linked component MUST have a baseline configuration link that links to the appropriate baseline resource.',
    targets: inventoryItems,
    test: (i, ctx) => {
      const resources = resourcesByUuid(ctx);
      return [i, ...linked(ctx, i)].some((n) => linksWithRel(n, 'baseline-configuration-name').some((l) => resources.has(fragmentOf(field(l, 'href')))));
    },
    message: (i) => `neither ${item(i)} nor its linked component has a baseline-configuration-name link to a back-matter resource`,
  }),
  stated(
    'frr238',
    ['diagram-label'],
    'its diagram label',
    'In a FedRAMP SSP, each inventory item MUST include the diagram label either in the inventory item itself or within the linked component.',
    atLeastOnce,
    true,
  ),
  expectRule({
    id: 'frr239',
    level: 'ERROR',
    statement:
      'Every inventory-item MUST provide remarks to describe the function of the item, either within the inventory-item itself, or within the component linked by the inventory-item.',
    targets: inventoryItems,
    test: (i, ctx) => [i, ...linked(ctx, i)].some((n) => propsNamed(n, 'function').some((p) => has(p, 'remarks'))),
    message: (i) => `${item(i)} describes its function nowhere (a function prop with remarks on the item or its linked component)`,
  }),
  stated(
    'frr240',
    ['hardware-model'],
    'its hardware model',
    'In a FedRAMP SSP, each inventory item MUST provide the hardware model either in the inventory item itself or within the linked component.',
    atLeastOnce,
    false,
    (ctx) =>
      inventoryItems(ctx).filter(
        (i) => hasProp(i, 'asset-type', ['hardware']) || linked(ctx, i).some((c) => typeIs(c, 'hardware') || hasProp(c, 'asset-type', ['hardware'])),
      ),
  ),
  stated('frr241', ['is-scanned'], 'whether it is scanned', 'In a FedRAMP SSP, each inventory item MUST state if it is included in scans either in the inventory item itself or within the linked component.', once),
  stated(
    'frr242',
    ['scan-type'],
    'its scan type(s)',
    'Every inventory-item MUST indicate one or more scan type(s), either within the inventory-item itself, or within the component linked by the inventory-item.',
    atLeastOnce,
    true,
  ),
  stated(
    'frr243',
    ['software-name', 'os-name'],
    'its software name',
    'In a FedRAMP SSP, each inventory item MUST include the software name in the inventory item itself or within the linked component.',
    once,
    false,
    softwareItems,
  ),
  stated(
    'frr244',
    ['software-version', 'os-version'],
    'its software version',
    'In a FedRAMP SSP, each inventory item MUST include the software version in the inventory item itself or within the linked component.',
    once,
    false,
    softwareItems,
  ),
  expectRule({
    id: 'frr245',
    level: 'ERROR',
    statement: 'In a FedRAMP SSP, each inventory item that has a MAC address MUST format the MAC address correctly.',
    targets: (ctx) => inventoryItems(ctx).flatMap((i) => propsNamed(i, 'mac-address')),
    test: (p) => MAC.test(propText(p)),
    message: (p) => `MAC address '${propText(p)}' is not formatted as six hex pairs (00:1A:2B:3C:4D:5E) or three dotted groups (001a.2b3c.4d5e)`,
  }),
  stated(
    'frr246',
    ['vendor-name'],
    'its vendor name',
    'In a FedRAMP SSP, each inventory item MUST include the vendor name in the inventory item itself or within the linked component.',
    atLeastOnce,
    true,
    (ctx) => inventoryItems(ctx).filter((i) => linked(ctx, i).some((c) => typeIs(c, 'hardware', 'software'))),
  ),
  expectRule({
    id: 'frr247',
    level: 'ERROR',
    statement: 'In a FedRAMP SSP, an inventory item MUST NOT reference a "system" or "validation" component.',
    targets: inventoryItems,
    test: (i, ctx) => !linked(ctx, i).some((c) => typeIs(c, 'system', 'validation')),
    message: (i) => `${item(i)} references a 'system' or 'validation' component`,
  }),
  expectRule({
    id: 'frr248',
    level: 'ERROR',
    statement: 'In a FedRAMP SSP, each inventory item and software image component MUST include the asset ID.',
    targets: (ctx) => [...inventoryItems(ctx), ...components(ctx).filter((c) => typeIs(c, 'software') && hasProp(c, 'asset-type', ['image']))],
    test: (n) => propsNamed(n, 'asset-id').length === 1,
    message: (n) => `${label(n, n.pointer.includes('/inventory-items/') ? 'inventory item' : 'image component')} does not have exactly one asset-id prop`,
  }),
  stated('frr249', ['virtual'], 'whether it is virtual', 'In a FedRAMP SSP, each inventory item MUST state if it is virtual in the inventory item itself or the linked component.', once),
  expectRule({
    id: 'frr292',
    level: 'ERROR',
    statement: "When scan-type is 'other' or 'not-applicable', remarks MUST be provided to explain the selection.",
    targets: (ctx) =>
      inventoryItems(ctx).length === 0
        ? []
        : [...components(ctx), ...inventoryItems(ctx)]
            .flatMap((n) => [n, ...select(n, 'implemented-components')])
            .flatMap((n) => frProps(n, 'scan-type'))
            .filter((p) => ['other', 'not-applicable'].includes(propText(p))),
    test: (p) => has(p, 'remarks'),
    message: (p) => `scan-type '${propText(p)}' has no remarks explaining the selection`,
  }),
  {
    id: 'frr296',
    models: ['system-security-plan'],
    severity: 'error',
    statement: "A FedRAMP SSP's inventory item MUST have an Asset ID that is unique across all inventory items in the system and its components.",
    *check(ctx) {
      const seen = new Set<string>();
      for (const p of inventoryItems(ctx).flatMap((i) => propsNamed(i, 'asset-id'))) {
        const v = propText(p);
        if (seen.has(v)) yield { message: `asset ID '${v}' is used by more than one inventory item`, pointer: p.pointer };
        seen.add(v);
      }
    },
  },
  expectRule({
    id: 'frr156',
    level: 'ERROR',
    statement: 'When the end-of-life-date property is present, it MUST be in date format.',
    targets: (ctx) => [...components(ctx), ...inventoryItems(ctx)].flatMap((n) => frProps(n, 'end-of-life-date')),
    test: (p) => DATE.test(propText(p)),
    message: (p) => `end-of-life-date '${propText(p)}' is not a date (YYYY-MM-DD)`,
  }),
];
