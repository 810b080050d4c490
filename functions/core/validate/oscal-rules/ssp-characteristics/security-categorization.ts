import { child, first, select, text, type Located } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { allowed, has, oneOf, sspRule } from './helpers.js';

/**
 * FIPS 199 categorization in system-characteristics: the security sensitivity level, the security
 * impact level with its three security objectives, and their agreement with each other and with the
 * information types' impacts.
 */

const OBJECTIVES = ['confidentiality', 'integrity', 'availability'] as const;
const RANK: Readonly<Record<string, number>> = { 'fips-199-low': 1, 'fips-199-moderate': 2, 'fips-199-high': 3 };

/** The highest of some FIPS 199 levels ('' when none is a known level). */
export function highWaterMark(levels: Iterable<string>): string {
  let best = '';
  for (const l of levels) if ((RANK[l] ?? 0) > (RANK[best] ?? 0)) best = l;
  return best;
}

const characteristics = (ctx: RuleContext): readonly Located[] => select(ctx.doc, 'system-characteristics');

/** security-impact-level nodes: in system-characteristics (some GSA fragments also put one beside it). */
const impactLevels = (ctx: RuleContext): Located[] => [...select(ctx.doc, 'system-characteristics/security-impact-level'), ...select(ctx.doc, 'security-impact-level')];

function* missingSensitivity(ctx: RuleContext): Iterable<Violation> {
  for (const sc of characteristics(ctx)) {
    const level = child(sc, 'security-sensitivity-level');
    if (!text(level)) yield { message: 'system-characteristics does not state a security-sensitivity-level (FIPS 199 categorization)', pointer: (level ?? sc).pointer };
  }
}

function* lacksSensitivityElement(ctx: RuleContext): Iterable<Violation> {
  for (const sc of characteristics(ctx)) {
    if (!has(sc, 'security-sensitivity-level')) yield { message: 'system-characteristics has no security-sensitivity-level', pointer: sc.pointer };
  }
}

function* sensitivityNotAllowed(ctx: RuleContext): Iterable<Violation> {
  const values = allowed(ctx, 'security-level');
  for (const level of select(ctx.doc, 'system-characteristics/security-sensitivity-level')) {
    const v = text(level);
    if (v && !values.has(v)) yield { message: `security-sensitivity-level '${v}' is not one of ${oneOf(values)}`, pointer: level.pointer };
  }
}

function* sensitivityMatchesObjectives(ctx: RuleContext): Iterable<Violation> {
  for (const sc of characteristics(ctx)) {
    const level = child(sc, 'security-sensitivity-level');
    const v = text(level);
    if (!level || !v) continue;
    for (const sil of impactLevels(ctx)) {
      const objectives = OBJECTIVES.map((o) => text(child(sil, `security-objective-${o}`))).filter(Boolean);
      const highest = highWaterMark(objectives);
      if (highest && highest !== v) {
        yield { message: `security-sensitivity-level '${v}' is not the highest security objective ('${highest}')`, pointer: level.pointer };
      }
    }
  }
}

function* hasImpactLevel(ctx: RuleContext): Iterable<Violation> {
  for (const sc of characteristics(ctx)) {
    if (!has(sc, 'security-impact-level')) yield { message: 'system-characteristics has no security-impact-level', pointer: sc.pointer };
  }
}

const hasObjective = (objective: (typeof OBJECTIVES)[number]): ((ctx: RuleContext) => Iterable<Violation>) =>
  function* (ctx) {
    for (const sil of select(ctx.doc, 'system-characteristics/security-impact-level')) {
      if (!has(sil, `security-objective-${objective}`)) yield { message: `security-impact-level has no security-objective-${objective}`, pointer: sil.pointer };
    }
  };

function* objectiveNotAllowed(ctx: RuleContext): Iterable<Violation> {
  const values = allowed(ctx, 'security-level');
  for (const sil of impactLevels(ctx)) {
    for (const o of OBJECTIVES) {
      const node = child(sil, `security-objective-${o}`);
      const v = text(node);
      if (node && !values.has(v)) yield { message: `security-objective-${o} '${v}' is not one of ${oneOf(values)}`, pointer: node.pointer };
    }
  }
}

/** The effective impact of an information type for one objective: selected when given, else base. */
function effectiveImpact(infoType: Located, objective: string): string {
  return text(first(infoType, `${objective}-impact/selected`)) || text(first(infoType, `${objective}-impact/base`));
}

function* ciaMatchesObjectives(ctx: RuleContext): Iterable<Violation> {
  const infoTypes = select(ctx.doc, 'system-characteristics/system-information/information-types');
  if (infoTypes.length === 0) return;
  for (const sil of impactLevels(ctx)) {
    for (const o of OBJECTIVES) {
      const node = child(sil, `security-objective-${o}`);
      const stated = text(node);
      if (!node || !stated) continue;
      const highest = highWaterMark(infoTypes.map((t) => effectiveImpact(t, o)));
      if (highest && highest !== stated) {
        yield { message: `security-objective-${o} is '${stated}' but the highest ${o} impact of the information types is '${highest}'`, pointer: node.pointer };
      }
    }
  }
}

export const RULES: readonly OscalRule[] = [
  sspRule('no-security-sensitivity-level', 'error', '[Section C Check 1.a] A FedRAMP SSP must define its sensitivity level.', missingSensitivity),
  sspRule('has-security-sensitivity-level', 'error', '[Section B Check 3.10] A FedRAMP SSP must specify a FIPS 199 categorization.', lacksSensitivityElement),
  sspRule('invalid-security-sensitivity-level', 'error', '[Section C Check 1.a] A FedRAMP SSP must have an allowed sensitivity level.', sensitivityNotAllowed, [
    'has-allowed-security-sensitivity-level',
  ]),
  sspRule(
    'security-sensitivity-level-matches-security-impact-level',
    'error',
    'A FedRAMP SSP must have a security sensitivity level that matches the highest value of its security objectives (security impact level).',
    sensitivityMatchesObjectives,
  ),
  sspRule('has-security-impact-level', 'error', '[Section B Check 3.10] A FedRAMP SSP must specify a security impact level.', hasImpactLevel),
  sspRule('has-security-objective-confidentiality', 'error', '[Section B Check 3.10] A FedRAMP SSP must specify a confidentiality security objective.', hasObjective('confidentiality')),
  sspRule('has-security-objective-integrity', 'error', '[Section B Check 3.10] A FedRAMP SSP must specify an integrity security objective.', hasObjective('integrity')),
  sspRule('has-security-objective-availability', 'error', '[Section B Check 3.10] A FedRAMP SSP must specify an availability security objective.', hasObjective('availability')),
  sspRule('has-allowed-security-objective-value', 'error', '[Section B Check 3.10] A FedRAMP SSP must specify an allowed security objective value.', objectiveNotAllowed),
  sspRule(
    'cia-impact-matches-security-objective',
    'error',
    'A FedRAMP SSP must have security objectives that match the highest confidentiality, integrity and availability impacts of its information types.',
    ciaMatchesObjectives,
  ),
];
