import { isObject, select, text, type Located } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { label, namedProps, propText, sspRule } from './helpers.js';

/**
 * FIPS 140 validated cryptographic modules: `validation` components citing a NIST CMVP certificate by
 * number (validation-reference prop) and by its detail page (validation-details link), in accord.
 */

const CMVP_PAGE = /^https:\/\/csrc\.nist\.gov\/projects\/cryptographic-module-validation-program\/certificate\/(\d+)$/i;
const CERTIFICATE_NUMBER = /^\d{1,5}$/;

const validations = (ctx: RuleContext): Located[] =>
  select(ctx.doc, 'system-implementation/components').filter((c) => isObject(c.value) && text(c.value['type']) === 'validation');
const references = (c: Located) => namedProps(c, 'validation-reference');
const details = (c: Located): Located[] => select(c, 'links').filter((l) => isObject(l.value) && text(l.value['rel']) === 'validation-details');
const hrefOf = (l: Located): string => (isObject(l.value) ? text(l.value['href']) : '');

function* hasValidation(ctx: RuleContext): Iterable<Violation> {
  for (const si of select(ctx.doc, 'system-implementation')) {
    if (validations(ctx).length === 0) yield { message: "system-implementation has no component of type 'validation' (FIPS 140 validated module)", pointer: si.pointer };
  }
}

function* hasReference(ctx: RuleContext): Iterable<Violation> {
  for (const c of validations(ctx)) if (references(c).length === 0) yield { message: `${label(c, 'validation component')} has no validation-reference property`, pointer: c.pointer };
}

function* hasDetails(ctx: RuleContext): Iterable<Violation> {
  for (const c of validations(ctx)) if (details(c).length === 0) yield { message: `${label(c, 'validation component')} has no link with rel 'validation-details'`, pointer: c.pointer };
}

function* credibleReference(ctx: RuleContext): Iterable<Violation> {
  for (const p of validations(ctx).flatMap(references)) {
    const v = propText(p);
    if (!CERTIFICATE_NUMBER.test(v)) yield { message: `validation-reference '${v}' is not a CMVP certificate number`, pointer: p.pointer };
  }
}

function* credibleDetails(ctx: RuleContext): Iterable<Violation> {
  for (const l of validations(ctx).flatMap(details)) {
    const href = hrefOf(l);
    if (!CMVP_PAGE.test(href)) yield { message: `validation-details link '${href}' is not a NIST CMVP certificate detail page`, pointer: l.pointer };
  }
}

/** Pairs of a component's reference numbers and detail-page numbers that disagree. */
function* disagreements(ctx: RuleContext): Iterable<{ reference: Located; link: Located; number: string; page: string }> {
  for (const c of validations(ctx)) {
    for (const reference of references(c)) {
      for (const link of details(c)) {
        const page = CMVP_PAGE.exec(hrefOf(link))?.[1];
        const number = propText(reference);
        if (page && CERTIFICATE_NUMBER.test(number) && page !== number) yield { reference, link, number, page };
      }
    }
  }
}

function* consonantReference(ctx: RuleContext): Iterable<Violation> {
  for (const d of disagreements(ctx)) yield { message: `validation-reference ${d.number} does not match the certificate of its validation-details page (${d.page})`, pointer: d.reference.pointer };
}

function* consonantDetails(ctx: RuleContext): Iterable<Violation> {
  for (const d of disagreements(ctx)) yield { message: `validation-details page for certificate ${d.page} does not match the validation-reference (${d.number})`, pointer: d.link.pointer };
}

export const RULES: readonly OscalRule[] = [
  sspRule('has-CMVP-validation', 'error', 'A FedRAMP SSP must incorporate one or more FIPS 140 validated modules.', hasValidation),
  sspRule('has-CMVP-validation-reference', 'error', 'Every FIPS 140 validation citation must have a validation reference.', hasReference),
  sspRule('has-CMVP-validation-details', 'error', 'Every FIPS 140 validation citation must have validation details.', hasDetails),
  sspRule('has-credible-CMVP-validation-reference', 'error', 'A validation reference must provide a NIST Cryptographic Module Validation Program (CMVP) certificate number.', credibleReference),
  sspRule('has-consonant-CMVP-validation-reference', 'error', 'A validation reference must be in accord with its sibling validation details.', consonantReference),
  sspRule('has-credible-CMVP-validation-details', 'error', 'A validation details must refer to a NIST Cryptographic Module Validation Program (CMVP) certificate detail page.', credibleDetails),
  sspRule('has-consonant-CMVP-validation-details', 'error', 'A validation details link must be in accord with its sibling validation reference.', consonantDetails),
];
