import { isIPv4, isIPv6 } from '../../ip-address.js';
import { child, select, text, type Located } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { label, namedProps, objectsAt, rule, SAP } from './helpers.js';

/**
 * The SAP's assessment assets: the software tools the 3PAO uses (vendor, name, version, operational
 * status) and the assessment platforms (well-formed, non-placeholder IP addresses; components they use
 * are declared).
 */

/** The SAP's assessment-assets (top level, or under local-definitions). */
const assets = (ctx: RuleContext): Located[] => [...select(ctx.doc, 'assessment-assets'), ...select(ctx.doc, 'local-definitions/assessment-assets')];

/** IP address syntax is shared with the inventory workbook validator. */
export { isIPv4, isIPv6 } from '../../ip-address.js';

const softwareComponents = (ctx: RuleContext) => assets(ctx).flatMap((a) => objectsAt(a, 'components')).filter((c) => text(c.value['type']) === 'software');

/** Each software component must have a property named `name`. */
const softwareHasProp = (name: string, what: string) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    for (const c of softwareComponents(ctx)) {
      if (namedProps(c, name).length === 0) yield { message: `${label(c, 'software component')} has no '${name}' property (${what})`, pointer: c.pointer };
    }
  };

function* softwareOperational(ctx: RuleContext): Iterable<Violation> {
  for (const c of softwareComponents(ctx)) {
    const state = text(child(child(c, 'status') ?? c, 'state'));
    if (state !== 'operational') yield { message: `${label(c, 'software component')} has status '${state}'; the tools used must be 'operational'`, pointer: c.pointer };
  }
}

const platformProps = (ctx: RuleContext, name: string) => assets(ctx).flatMap((a) => objectsAt(a, 'assessment-platforms')).flatMap((p) => namedProps(p, name));

/** A trailing period is read as punctuation, not part of the address. */
const address = (v: string): string => v.trim().replace(/\.$/, '');

const ipCheck = (name: string, valid: (v: string) => boolean, placeholder: boolean) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    for (const p of platformProps(ctx, name)) {
      const raw = text(p.value['value']);
      const v = address(raw);
      if (placeholder) {
        if (valid(v) && /^[0.:]+$/.test(v)) yield { message: `assessment-platform ${name} '${raw}' is a placeholder, not a real address`, pointer: p.pointer };
      } else if (!valid(v)) {
        yield { message: `assessment-platform ${name} '${raw}' is not a well-formed address`, pointer: p.pointer };
      }
    }
  };

function* usesDeclaredComponent(ctx: RuleContext): Iterable<Violation> {
  const declared = new Set(assets(ctx).flatMap((a) => objectsAt(a, 'components')).map((c) => text(c.value['uuid']).toLowerCase()));
  for (const platform of assets(ctx).flatMap((a) => objectsAt(a, 'assessment-platforms'))) {
    for (const use of objectsAt(platform, 'uses-components')) {
      const uuid = text(use.value['component-uuid']);
      if (!declared.has(uuid.toLowerCase())) yield { message: `${label(platform, 'assessment-platform')} uses component ${uuid}, which is not an assessment-assets component`, pointer: use.pointer };
    }
  }
}

export const ASSESSMENT_ASSETS_RULES: readonly OscalRule[] = [
  rule('has-software-component-vendor', SAP, 'error', "Each software component of the assessment assets must have a 'vendor' property.", softwareHasProp('vendor', 'the tool vendor')),
  rule('has-software-component-tool', SAP, 'error', "Each software component of the assessment assets must have a 'name' property.", softwareHasProp('name', 'the tool name')),
  rule('has-software-component-version', SAP, 'error', "Each software component of the assessment assets must have a 'version' property.", softwareHasProp('version', 'the tool version')),
  rule('has-software-component-status', SAP, 'error', "Each software component of the assessment assets must have a status of 'operational'.", softwareOperational),
  rule('ipv4-has-content', SAP, 'error', 'An assessment-platform ipv4-address property must be a well-formed IPv4 address.', ipCheck('ipv4-address', isIPv4, false)),
  rule('ipv4-has-non-placeholder', SAP, 'error', 'An assessment-platform ipv4-address property must not be the placeholder 0.0.0.0.', ipCheck('ipv4-address', isIPv4, true)),
  rule('ipv6-has-content', SAP, 'error', 'An assessment-platform ipv6-address property must be a well-formed IPv6 address.', ipCheck('ipv6-address', isIPv6, false)),
  rule('ipv6-has-non-placeholder', SAP, 'error', 'An assessment-platform ipv6-address property must not be the placeholder ::.', ipCheck('ipv6-address', isIPv6, true)),
  rule('has-uses-component-match', SAP, 'error', 'Each uses-component of an assessment-platform must name a component of the assessment assets.', usesDeclaredComponent),
];
