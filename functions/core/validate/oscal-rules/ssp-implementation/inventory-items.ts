import { isObject, select, type Located } from '../query.js';
import type { OscalRule, RuleContext } from '../types.js';
import { allowed, components, has, inventoryItems, label, namedProps, oneOf, propPresenceRules, propText, sspRule } from './helpers.js';

/**
 * The system inventory (SSP Attachment 13): every inventory item identifies itself (uuid, one unique
 * asset-id) and states its asset type, virtual/public flags and scan type; "infrastructure" items add
 * scanning and configuration details, "software or database" items their name, version and function.
 */

/** Asset types FedRAMP treats as infrastructure (GSA's scenarios use `os`; the enumeration's network/OS types too). */
const INFRASTRUCTURE = new Set(['os', 'infrastructure', 'operating-system', 'firewall', 'router', 'switch', 'storage-array']);
/** Asset types FedRAMP treats as software or database. */
const SOFTWARE_OR_DATABASE = new Set(['software', 'database']);

const assetTypes = (n: Located): string[] => namedProps(n, 'asset-type').map(propText);
const isInfrastructure = (n: Located): boolean => assetTypes(n).some((t) => INFRASTRUCTURE.has(t));
const isSoftwareOrDatabase = (n: Located): boolean => assetTypes(n).some((t) => SOFTWARE_OR_DATABASE.has(t));

/** Vendors whose equipment and services federal systems may not use (FY2019 NDAA §889; BOD 17-01). */
const PROHIBITED_VENDORS = [/huawei/i, /\bzte\b/i, /hytera/i, /hikvision/i, /dahua/i, /kaspersky/i];

const presence = (
  name: string,
  ids: [string, string],
  statements: [string, string],
  severity: [OscalRule['severity'], OscalRule['severity']],
  applies?: (n: Located) => boolean,
): OscalRule[] =>
  propPresenceRules({
    nodes: inventoryItems,
    what: 'inventory item',
    name,
    ...(applies ? { applies } : {}),
    present: { id: ids[0], severity: severity[0], statement: statements[0] },
    single: { id: ids[1], severity: severity[1], statement: statements[1] },
  });

/** Inventory items and components: the nodes whose props the value sets bind to. */
const assetNodes = (ctx: RuleContext): Located[] => [...inventoryItems(ctx), ...components(ctx)];

const kind = (node: Located): string => (node.pointer.includes('/inventory-items/') ? 'inventory item' : 'component');

/** A "prop has an allowed value" rule over inventory items and components. */
const allowedValueRule = (id: string, statement: string, name: string, valueSet: string): OscalRule =>
  sspRule(id, 'error', statement, function* (ctx) {
    const values = allowed(ctx, valueSet);
    if (values.size === 0) return;
    for (const node of assetNodes(ctx)) {
      for (const p of namedProps(node, name)) {
        const v = propText(p);
        if (!values.has(v)) yield { message: `${name} '${v}' of ${label(node, kind(node))} is not one of ${oneOf(values)}`, pointer: p.pointer };
      }
    }
  });

export const RULES: readonly OscalRule[] = [
  sspRule('has-inventory-items', 'error', 'A FedRAMP SSP must incorporate inventory items.', function* (ctx) {
    const impls = select(ctx.doc, 'system-implementation').filter((s) => isObject(s.value));
    if (impls.length === 0 || inventoryItems(ctx).length > 0) return;
    yield { message: 'the system implementation has no inventory items (SSP Attachment 13)', pointer: impls[0]!.pointer };
  }),
  sspRule('has-unique-asset-id', 'error', 'Every asset identifier must be unique.', function* (ctx) {
    const seen = new Map<string, string>();
    for (const item of inventoryItems(ctx)) {
      for (const p of namedProps(item, 'asset-id')) {
        const id = propText(p);
        if (!id) continue;
        const before = seen.get(id);
        if (before) yield { message: `asset-id '${id}' of ${label(item, 'inventory item')} is already used at ${before}`, pointer: p.pointer };
        else seen.set(id, item.pointer);
      }
    }
  }),
  allowedValueRule('has-allowed-asset-type', 'An asset type must have an allowed value.', 'asset-type', 'asset-type'),
  allowedValueRule('has-allowed-virtual', 'A virtual property must have an allowed value.', 'virtual', 'virtual'),
  allowedValueRule('has-allowed-public', 'A public property must have an allowed value.', 'public', 'public'),
  allowedValueRule('has-allowed-allows-authenticated-scan', 'An allows-authenticated-scan property has an allowed value.', 'allows-authenticated-scan', 'allows-authenticated-scan'),
  allowedValueRule('has-allowed-is-scanned', 'is-scanned property must have an allowed value.', 'is-scanned', 'is-scanned'),
  allowedValueRule('has-allowed-scan-type', 'A scan-type property must have an allowed value.', 'scan-type', 'scan-type'),
  sspRule('inventory-item-has-uuid', 'info', 'An inventory item has a unique identifier.', function* (ctx) {
    for (const item of inventoryItems(ctx)) {
      if (isObject(item.value) && !has(item, 'uuid')) yield { message: `inventory item at ${item.pointer} has no uuid`, pointer: item.pointer };
    }
  }),
  ...presence('asset-id', ['has-asset-id', 'has-one-asset-id'], ['An inventory item must have an asset identifier.', 'An inventory item must have only one asset identifier.'], ['error', 'error']),
  ...presence(
    'asset-type',
    ['inventory-item-has-asset-type', 'inventory-item-has-one-asset-type'],
    ['An inventory item must have an asset-type.', 'An inventory item must have only one asset-type.'],
    ['error', 'error'],
  ),
  ...presence(
    'virtual',
    ['inventory-item-has-virtual', 'inventory-item-has-one-virtual'],
    ['An inventory item must have a virtual property.', 'An inventory item must have only one virtual property.'],
    ['error', 'error'],
  ),
  ...presence(
    'public',
    ['inventory-item-has-public', 'inventory-item-has-one-public'],
    ['An inventory item must have a public property.', 'An inventory item must have only one public property.'],
    ['error', 'error'],
  ),
  ...presence(
    'scan-type',
    ['inventory-item-has-scan-type', 'inventory-item-has-one-scan-type'],
    ['An inventory item must have a scan-type property.', 'An inventory item has only one scan-type property.'],
    ['error', 'info'],
  ),
  ...presence(
    'allows-authenticated-scan',
    ['inventory-item-has-allows-authenticated-scan', 'inventory-item-has-one-allows-authenticated-scan'],
    ['"infrastructure" inventory item has allows-authenticated-scan.', 'An inventory item has one-allows-authenticated-scan property.'],
    ['info', 'info'],
    isInfrastructure,
  ),
  ...presence(
    'baseline-configuration-name',
    ['inventory-item-has-baseline-configuration-name', 'inventory-item-has-one-baseline-configuration-name'],
    ['"infrastructure" inventory item has baseline-configuration-name.', '"infrastructure" inventory item has only one baseline-configuration-name.'],
    ['info', 'info'],
    isInfrastructure,
  ),
  ...presence(
    'vendor-name',
    ['inventory-item-has-vendor-name', 'inventory-item-has-one-vendor-name'],
    ['"infrastructure" inventory item has a vendor-name property.', '"infrastructure" inventory item must have only one vendor-name property.'],
    ['info', 'error'],
    isInfrastructure,
  ),
  ...presence(
    'hardware-model',
    ['inventory-item-has-hardware-model', 'inventory-item-has-one-hardware-model'],
    ['"infrastructure" inventory item must have a hardware-model property.', '"infrastructure" inventory item must have only one hardware-model property.'],
    ['error', 'error'],
    isInfrastructure,
  ),
  ...presence(
    'is-scanned',
    ['inventory-item-has-is-scanned', 'inventory-item-has-one-is-scanned'],
    ['"infrastructure" inventory item must have is-scanned property.', '"infrastructure" inventory item must have only one is-scanned property.'],
    ['error', 'error'],
    isInfrastructure,
  ),
  ...presence(
    'software-name',
    ['inventory-item-has-software-name', 'inventory-item-has-one-software-name'],
    ['"software or database" inventory item must have a software-name property.', '"software or database" inventory item must have a software-name property.'],
    ['error', 'error'],
    isSoftwareOrDatabase,
  ),
  ...presence(
    'software-version',
    ['inventory-item-has-software-version', 'inventory-item-has-one-software-version'],
    ['"software or database" inventory item must have a software-version property.', '"software or database" inventory item must have one software-version property.'],
    ['error', 'error'],
    isSoftwareOrDatabase,
  ),
  ...presence(
    'function',
    ['inventory-item-has-function', 'inventory-item-has-one-function'],
    ['"software or database" inventory item must have a function property.', '"software or database" inventory item must have one function property.'],
    ['error', 'error'],
    isSoftwareOrDatabase,
  ),
  sspRule('has-prohibited-vendor-name', 'error', 'An inventory item must not name a vendor whose products federal systems are prohibited from using.', function* (ctx) {
    for (const node of assetNodes(ctx)) {
      for (const p of namedProps(node, 'vendor-name')) {
        const v = propText(p);
        if (PROHIBITED_VENDORS.some((re) => re.test(v))) yield { message: `vendor-name '${v}' of ${label(node, kind(node))} names a prohibited vendor`, pointer: p.pointer };
      }
    }
  }),
];
