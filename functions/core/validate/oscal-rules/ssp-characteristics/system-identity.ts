import { child, isObject, select, text } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { allowed, has, namedProps, oneOf, propText, sspRule } from './helpers.js';

/**
 * The system's identity in system-characteristics: FedRAMP system identifier, names, a description of
 * adequate length, and the FedRAMP authorization type.
 */

const FEDRAMP_ID_TYPES = new Set(['https://fedramp.gov', 'http://fedramp.gov']);
/** GSA's scenarios call a description of 32 words adequate and shorter ones not. */
const MIN_DESCRIPTION_WORDS = 32;

function* hasSystemId(ctx: RuleContext): Iterable<Violation> {
  for (const sc of select(ctx.doc, 'system-characteristics')) {
    const ids = select(sc, 'system-ids').filter((id) => isObject(id.value) && FEDRAMP_ID_TYPES.has(text(id.value['identifier-type'])) && text(id.value['id']));
    if (ids.length === 0) yield { message: 'system-characteristics has no system-id with identifier-type https://fedramp.gov (FedRAMP system identifier)', pointer: sc.pointer };
  }
}

const hasField = (key: string, what: string): ((ctx: RuleContext) => Iterable<Violation>) =>
  function* (ctx) {
    for (const sc of select(ctx.doc, 'system-characteristics')) {
      if (!has(sc, key)) yield { message: `system-characteristics has no ${what}`, pointer: sc.pointer };
    }
  };

function* adequateDescription(ctx: RuleContext): Iterable<Violation> {
  for (const sc of select(ctx.doc, 'system-characteristics')) {
    const d = child(sc, 'description');
    const words = text(d).split(/\s+/).filter(Boolean).length;
    if (words < MIN_DESCRIPTION_WORDS) {
      yield { message: `the system description has ${words} word(s); at least ${MIN_DESCRIPTION_WORDS} are expected`, pointer: (d ?? sc).pointer };
    }
  }
}

function* authorizationType(ctx: RuleContext): Iterable<Violation> {
  const values = allowed(ctx, 'authorization-type');
  for (const sc of select(ctx.doc, 'system-characteristics')) {
    const ps = namedProps(sc, 'authorization-type');
    if (ps.length === 0) yield { message: `system-characteristics has no authorization-type property (one of ${oneOf(values)})`, pointer: sc.pointer };
    for (const p of ps) {
      const v = propText(p);
      if (!values.has(v)) yield { message: `authorization-type '${v}' is not one of ${oneOf(values)}`, pointer: p.pointer };
    }
  }
}

function* hasFedrampLogo(ctx: RuleContext): Iterable<Violation> {
  const bm = select(ctx.doc, 'back-matter')[0];
  if (!bm) return;
  const logo = select(bm, 'resources').some((r) => namedProps(r, 'type').some((p) => propText(p) === 'fedramp-logo'));
  if (!logo) yield { message: "back-matter has no resource of type 'fedramp-logo' (the FedRAMP logo)", pointer: bm.pointer };
}

export const RULES: readonly OscalRule[] = [
  sspRule('has-system-id', 'error', 'A FedRAMP SSP must have a FedRAMP system identifier.', hasSystemId),
  sspRule('has-system-name', 'error', 'A FedRAMP SSP must have a system name.', hasField('system-name', 'system-name')),
  sspRule('has-system-name-short', 'error', 'A FedRAMP SSP must have a short system name.', hasField('system-name-short', 'system-name-short')),
  sspRule('has-system-description', 'error', 'A FedRAMP SSP must have a system description of adequate length.', adequateDescription),
  sspRule('has-fedramp-authorization-type', 'error', 'A FedRAMP SSP must have an allowed FedRAMP authorization type.', authorizationType),
  sspRule('has-fedramp-logo', 'error', 'A FedRAMP OSCAL SSP must have the FedRAMP Logo attached.', hasFedrampLogo),
];
