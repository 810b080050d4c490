import { child, select, text, type Located } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { allowed, has, label, oneOf, sspRule } from './helpers.js';
import { SP800_60_INFORMATION_TYPE_IDS } from '../sp800-60-information-types.js';

/**
 * NIST SP 800-60 information types in system-characteristics/system-information: each type's title,
 * description, categorization and confidentiality/integrity/availability impacts.
 */

const IMPACTS = ['confidentiality-impact', 'integrity-impact', 'availability-impact'] as const;

const infoTypes = (ctx: RuleContext): readonly Located[] => select(ctx.doc, 'system-characteristics/system-information/information-types');
const categorizations = (ctx: RuleContext): readonly Located[] => select(ctx.doc, 'system-characteristics/system-information/information-types/categorizations');
const impacts = (ctx: RuleContext): Located[] => IMPACTS.flatMap((i) => select(ctx.doc, `system-characteristics/system-information/information-types/${i}`));

function* systemInformationHasType(ctx: RuleContext): Iterable<Violation> {
  for (const si of select(ctx.doc, 'system-characteristics/system-information')) {
    if (select(si, 'information-types').length === 0) yield { message: 'system-information declares no information type', pointer: si.pointer };
  }
}

/** An information type must have `key` (as `what`). */
const infoTypeHas = (key: string, what: string): ((ctx: RuleContext) => Iterable<Violation>) =>
  function* (ctx) {
    for (const t of infoTypes(ctx)) {
      const present = key === 'categorizations' ? select(t, key).length > 0 : has(t, key);
      if (!present) yield { message: `${label(t, 'information type')} has no ${what}`, pointer: t.pointer };
    }
  };

function* categorizationHasSystem(ctx: RuleContext): Iterable<Violation> {
  for (const c of categorizations(ctx)) if (!has(c, 'system')) yield { message: 'an information type categorization has no system attribute', pointer: c.pointer };
}

function* categorizationHasCorrectSystem(ctx: RuleContext): Iterable<Violation> {
  const values = allowed(ctx, 'information-type-system');
  for (const c of categorizations(ctx)) {
    const system = child(c, 'system');
    if (system && !values.has(text(system))) {
      yield { message: `information type categorization system '${text(system)}' is not ${oneOf(values)}`, pointer: system.pointer };
    }
  }
}

function* categorizationHasId(ctx: RuleContext): Iterable<Violation> {
  for (const c of categorizations(ctx)) {
    if (select(c, 'information-type-ids').length === 0) yield { message: 'an information type categorization has no information-type-id', pointer: c.pointer };
  }
}

function* idIsSp80060(ctx: RuleContext): Iterable<Violation> {
  for (const id of select(ctx.doc, 'system-characteristics/system-information/information-types/categorizations/information-type-ids')) {
    const v = text(id);
    if (!SP800_60_INFORMATION_TYPE_IDS.has(v)) yield { message: `information-type-id '${v}' is not an information type of NIST SP 800-60v2r1`, pointer: id.pointer };
  }
}

const impactHas = (key: 'base' | 'selected'): ((ctx: RuleContext) => Iterable<Violation>) =>
  function* (ctx) {
    for (const i of impacts(ctx)) if (!has(i, key)) yield { message: `an information type ${i.pointer.split('/').pop() ?? 'impact'} has no ${key} impact`, pointer: i.pointer };
  };

function* impactHasJustification(ctx: RuleContext): Iterable<Violation> {
  for (const i of impacts(ctx)) {
    const base = text(child(i, 'base'));
    const selected = text(child(i, 'selected'));
    if (base && selected && base !== selected && !has(i, 'adjustment-justification')) {
      yield { message: `an information type impact selects '${selected}' instead of its base '${base}' without an adjustment-justification`, pointer: i.pointer };
    }
  }
}

function* impactValuesAllowed(ctx: RuleContext): Iterable<Violation> {
  const values = allowed(ctx, 'security-level');
  for (const i of impacts(ctx)) {
    for (const key of ['base', 'selected']) {
      const node = child(i, key);
      if (node && !values.has(text(node))) yield { message: `information type ${key} impact '${text(node)}' is not one of ${oneOf(values)}`, pointer: node.pointer };
    }
  }
}

export const RULES: readonly OscalRule[] = [
  sspRule('system-information-has-information-type', 'error', 'A FedRAMP SSP must specify at least one information type.', systemInformationHasType),
  sspRule('information-type-has-title', 'error', 'A FedRAMP SSP information type must have a title.', infoTypeHas('title', 'title')),
  sspRule('information-type-has-description', 'error', 'A FedRAMP SSP information type must have a description.', infoTypeHas('description', 'description')),
  sspRule('information-type-has-categorization', 'error', 'A FedRAMP SSP information type must have at least one categorization.', infoTypeHas('categorizations', 'categorization')),
  sspRule('information-type-has-confidentiality-impact', 'error', 'A FedRAMP SSP information type must have a confidentiality impact.', infoTypeHas('confidentiality-impact', 'confidentiality-impact')),
  sspRule('information-type-has-integrity-impact', 'error', 'A FedRAMP SSP information type must have an integrity impact.', infoTypeHas('integrity-impact', 'integrity-impact')),
  sspRule('information-type-has-availability-impact', 'error', 'A FedRAMP SSP information type must have an availability impact.', infoTypeHas('availability-impact', 'availability-impact')),
  sspRule('categorization-has-system-attribute', 'error', 'A FedRAMP SSP information type categorization must have a system attribute.', categorizationHasSystem),
  sspRule('categorization-has-correct-system-attribute', 'error', 'A FedRAMP SSP information type categorization must have a correct system attribute.', categorizationHasCorrectSystem),
  sspRule('categorization-has-information-type-id', 'error', 'A FedRAMP SSP information type categorization must have at least one information type identifier.', categorizationHasId),
  sspRule('has-allowed-information-type-id', 'error', 'A FedRAMP SSP information type identifier must be chosen from those found in NIST SP 800-60v2r1.', idIsSp80060),
  sspRule('cia-impact-has-base', 'error', 'A FedRAMP SSP information type confidentiality, integrity, or availability impact must specify the base impact.', impactHas('base')),
  sspRule('cia-impact-has-selected', 'error', 'A FedRAMP SSP information type confidentiality, integrity, or availability impact must specify the selected impact.', impactHas('selected')),
  sspRule(
    'cia-impact-has-adjustment-justification',
    'error',
    'A FedRAMP SSP information type confidentiality, integrity, or availability impact whose selected impact differs from its base impact must have an adjustment justification.',
    impactHasJustification,
  ),
  sspRule(
    'cia-impact-has-approved-fips-categorization',
    'error',
    'A FedRAMP SSP must indicate for its information system the appropriate categorization for the respective confidentiality, integrity, impact levels of its information types (per FIPS-199).',
    impactValuesAllowed,
  ),
];
