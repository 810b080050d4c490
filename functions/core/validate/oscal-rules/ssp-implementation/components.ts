import { isObject, select, text, type Located } from '../query.js';
import type { OscalRule, RuleContext } from '../types.js';
import { allowed, componentType, components, field, has, label, namedProps, oneOf, plain, plainAtLeast, raw, sspRule } from './helpers.js';

/**
 * Components of the system implementation: an allowed type, an asset type for components that are
 * assets, a description with content, and the self-referential "this-system" component.
 */

/** Component types that denote assets (FedRAMP's inventory binds asset-type to these). */
const ASSET_TYPES = new Set(['software', 'hardware']);

/** Components that are assets: referenced by an inventory item, of an asset type, or of no type at all. */
function assetComponents(ctx: RuleContext): Located[] {
  const referenced = new Set(select(ctx.doc, 'system-implementation/inventory-items/implemented-components').map((c) => field(c, 'component-uuid')));
  return components(ctx).filter((c) => {
    if (!isObject(c.value)) return false;
    const type = componentType(c);
    return referenced.has(field(c, 'uuid')) || ASSET_TYPES.has(type) || !type;
  });
}

export const RULES: readonly OscalRule[] = [
  sspRule('component-has-allowed-type', 'error', 'A component must have an allowed type.', function* (ctx) {
    const types = allowed(ctx, 'component-type');
    if (types.size === 0) return;
    for (const c of components(ctx)) {
      if (!has(c, 'type') && !has(c, 'component-type')) continue;
      const type = componentType(c);
      if (!types.has(type)) yield { message: `${label(c, 'component')} has type '${type}', not one of ${oneOf(types)}`, pointer: c.pointer };
    }
  }),
  sspRule('component-has-asset-type', 'error', 'A component must have an asset type.', function* (ctx) {
    for (const c of assetComponents(ctx)) {
      if (namedProps(c, 'asset-type').length === 0) yield { message: `${label(c, 'component')} has no asset-type property`, pointer: c.pointer };
    }
  }),
  sspRule('component-has-one-asset-type', 'error', 'A component must have only one asset type.', function* (ctx) {
    for (const c of components(ctx)) {
      const found = namedProps(c, 'asset-type');
      if (found.length > 1) yield { message: `${label(c, 'component')} has ${found.length} asset-type properties; only one is allowed`, pointer: found[1]!.pointer };
    }
  }),
  sspRule('has-this-system-component', 'error', 'A FedRAMP SSP must have a self-referential (i.e., to the SSP itself) component.', function* (ctx) {
    const impls = select(ctx.doc, 'system-implementation').filter((s) => isObject(s.value));
    if (impls.length === 0) return;
    if (components(ctx).some((c) => componentType(c) === 'this-system')) return;
    yield { message: "the system implementation has no component of type 'this-system' describing the system itself", pointer: impls[0]!.pointer };
  }),
  sspRule('no-description-text-in-component', 'error', 'A FedRAMP SSP component must contain a description with content.', function* (ctx) {
    for (const c of components(ctx)) {
      if (!isObject(c.value)) continue;
      if (!plainAtLeast(raw(c, 'description'), 1) && !plain(raw(c, 'description'))) {
        yield { message: `${label(c, 'component')}${text(c.value['title']) ? ` (${text(c.value['title'])})` : ''} has no description text`, pointer: c.pointer };
      }
    }
  }),
];
