import { child, text, type JsonObject, type Located } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { namedProps, paragraphs, partsNamed, propOf, rule, SAP } from './helpers.js';

/**
 * The SAP's terms-and-conditions: methodology (with the sampling declaration), rules of engagement
 * disclosures, assumptions, included and excluded activities, liability limitations, and the order
 * of their numbered parts.
 */

const terms = (ctx: RuleContext): Located | undefined => child(ctx.doc, 'terms-and-conditions');

/** The terms-and-conditions parts named `name` (none when the SAP has no terms-and-conditions). */
const termsParts = (ctx: RuleContext, name: string): Located<JsonObject>[] => partsNamed(terms(ctx), name);

function* hasTerms(ctx: RuleContext): Iterable<Violation> {
  if (!terms(ctx)) yield { message: 'the assessment plan has no terms-and-conditions (rules of engagement, methodology, disclosures)', pointer: ctx.doc.pointer };
}

/** terms-and-conditions, when present, must have a part named `name`. */
const hasPart = (name: string) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    const t = terms(ctx);
    if (t && termsParts(ctx, name).length === 0) yield { message: `terms-and-conditions has no part named '${name}'`, pointer: t.pointer };
  };

/** Each terms-and-conditions part named `parent` must have at least one child part named `name`. */
const hasChildPart = (parent: string, name: string) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    for (const p of termsParts(ctx, parent)) {
      if (partsNamed(p, name).length === 0) yield { message: `the '${parent}' part has no '${name}' part`, pointer: p.pointer };
    }
  };

/** The child parts named `name` of each `parent` part must be in ascending sort-id order. */
const ordered = (parent: string, name: string) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    for (const p of termsParts(ctx, parent)) {
      const children = partsNamed(p, name);
      for (let i = 1; i < children.length; i++) {
        const prev = propOf(children[i - 1], 'sort-id');
        const cur = propOf(children[i], 'sort-id');
        if (prev && cur && prev.localeCompare(cur, 'en', { numeric: true }) > 0) {
          yield { message: `the '${name}' parts of '${parent}' are out of order: sort-id '${cur}' follows '${prev}'`, pointer: children[i]!.pointer };
        }
      }
    }
  };

const samplingProps = (methodology: Located) => namedProps(methodology, 'sampling');

function* hasSampling(ctx: RuleContext): Iterable<Violation> {
  for (const m of termsParts(ctx, 'methodology')) {
    if (samplingProps(m).length === 0) yield { message: "the methodology part has no 'sampling' property saying whether sampling is used", pointer: m.pointer };
  }
}

function* allowedSampling(ctx: RuleContext): Iterable<Violation> {
  for (const m of termsParts(ctx, 'methodology')) {
    for (const p of samplingProps(m)) {
      const v = text(p.value['value']);
      if (v !== 'yes' && v !== 'no') yield { message: `the methodology 'sampling' property is '${v}'; it must be 'yes' or 'no'`, pointer: p.pointer };
    }
  }
}

const SAMPLING_STATEMENT: Readonly<Record<string, RegExp>> = {
  yes: /will use sampling when performing this assessment\.?$/i,
  no: /will not use sampling when performing this assessment\.?$/i,
};

function* samplingStatement(ctx: RuleContext): Iterable<Violation> {
  for (const m of termsParts(ctx, 'methodology')) {
    const v = text(samplingProps(m)[0]?.value['value']);
    const expected = SAMPLING_STATEMENT[v];
    if (!expected) continue;
    const last = paragraphs(text(child(m, 'prose'))).pop() ?? '';
    if (!expected.test(last)) {
      const should = v === 'yes' ? 'will use sampling' : 'will not use sampling';
      yield { message: `sampling is '${v}' but the methodology's final paragraph does not state "[3PAO] ${should} when performing this assessment."`, pointer: m.pointer };
    }
  }
}

export const TERMS_RULES: readonly OscalRule[] = [
  rule('has-terms-and-conditions', SAP, 'error', 'A FedRAMP SAP must have a terms-and-conditions element.', hasTerms),
  rule('has-methodology', SAP, 'error', "A FedRAMP SAP's terms-and-conditions must have a part named 'methodology'.", hasPart('methodology')),
  rule('has-disclosures', SAP, 'error', "A FedRAMP SAP's terms-and-conditions must have a part named 'disclosures'.", hasPart('disclosures')),
  rule('has-roe-disclosure-detail', SAP, 'error', "The rules of engagement 'disclosures' part must contain at least one 'disclosure' part.", hasChildPart('disclosures', 'disclosure')),
  rule('has-sampling-method', SAP, 'error', "The methodology part must have a FedRAMP 'sampling' property.", hasSampling),
  rule('has-allowed-sampling-method', SAP, 'error', "The methodology 'sampling' property must be 'yes' or 'no'.", allowedSampling),
  rule(
    'has-sampling-method-statement',
    SAP,
    'error',
    "The methodology's final paragraph must state whether the 3PAO will use sampling when performing this assessment, matching the 'sampling' property.",
    samplingStatement,
  ),
  rule('has-part-named-assumptions', SAP, 'error', "A FedRAMP SAP's terms-and-conditions must have a part named 'assumptions'.", hasPart('assumptions')),
  rule('assumption-ordered', SAP, 'error', "The 'assumption' parts must be in sort-id order.", ordered('assumptions', 'assumption')),
  rule('disclosure-ordered', SAP, 'error', "The 'disclosure' parts must be in sort-id order.", ordered('disclosures', 'disclosure')),
  rule('has-part-named-included-activities', SAP, 'error', "A FedRAMP SAP's terms-and-conditions must have a part named 'included-activities'.", hasPart('included-activities')),
  rule('has-roe-included-activity', SAP, 'error', "The 'included-activities' part must contain at least one 'included-activity' part.", hasChildPart('included-activities', 'included-activity')),
  rule('has-part-named-excluded-activities', SAP, 'error', "A FedRAMP SAP's terms-and-conditions must have a part named 'excluded-activities'.", hasPart('excluded-activities')),
  rule('has-roe-excluded-activity', SAP, 'error', "The 'excluded-activities' part must contain at least one 'excluded-activity' part.", hasChildPart('excluded-activities', 'excluded-activity')),
  rule('has-part-named-liability-limitations', SAP, 'error', "A FedRAMP SAP's terms-and-conditions must have a part named 'liability-limitations'.", hasPart('liability-limitations')),
  rule('has-liability-limitation', SAP, 'error', "The 'liability-limitations' part must contain at least one 'liability-limitation' part.", hasChildPart('liability-limitations', 'liability-limitation')),
  rule('liability-limitations-ordered', SAP, 'error', "The 'liability-limitation' parts must be in sort-id order.", ordered('liability-limitations', 'liability-limitation')),
];
