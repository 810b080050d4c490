import { isObject, select, text, walkValues, type Located } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { allText, label, namedProps, propText, sspRule } from './helpers.js';

/**
 * DNS and email (checklist Section C Checks 15–16): authoritative DNS services declare well-formed
 * zones, SC-20/SC-21 implementations speak of DNSSEC, and SI-8 of DMARC, SPF and DKIM when the system
 * handles email.
 *
 * Not implemented: GSA's `has-resolved-zone` and `zone-has-DNSSEC` query live DNS, which an intake
 * pipeline must not depend on; `has-DNS-authoritative-service` (every system runs authoritative DNS)
 * is still pending in GSA's suite.
 */

/** A DNS name of letter-digit-hyphen labels, at least two, with an optional root dot. */
const ZONE = /^(?=.{1,254}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.?$/;

const dnsServices = (ctx: RuleContext): Located[] =>
  select(ctx.doc, 'system-implementation/components').filter((c) => isObject(c.value) && text(c.value['type']) === 'DNS-authoritative-service');

function* hasZone(ctx: RuleContext): Iterable<Violation> {
  for (const c of dnsServices(ctx)) {
    if (!namedProps(c, 'DNS-zone').some((p) => propText(p))) yield { message: `${label(c, 'authoritative DNS service')} declares no DNS-zone property`, pointer: c.pointer };
  }
}

function* wellFormedZone(ctx: RuleContext): Iterable<Violation> {
  for (const p of dnsServices(ctx).flatMap((c) => namedProps(c, 'DNS-zone'))) {
    const zone = propText(p);
    if (zone && !ZONE.test(zone)) yield { message: `DNS-zone '${zone}' is not a well-formed DNS zone name`, pointer: p.pointer };
  }
}

const implementedRequirements = (ctx: RuleContext, controls: readonly string[]): Located[] =>
  select(ctx.doc, 'control-implementation/implemented-requirements').filter((r) => isObject(r.value) && controls.includes(text(r.value['control-id'])));

function* dnssecDescribed(ctx: RuleContext): Iterable<Violation> {
  for (const r of implementedRequirements(ctx, ['sc-20', 'sc-21'])) {
    if (!/DNSSEC|DNS Security Extensions/i.test(allText(r.value))) {
      yield { message: `the ${text(isObject(r.value) ? r.value['control-id'] : '').toUpperCase()} implementation does not mention DNSSEC (DNS Security Extensions)`, pointer: r.pointer };
    }
  }
}

const EMAIL = /\b(e-?mail|electronic mail)\b/i;
const DMARC_TERMS = ['DMARC', 'SPF', 'DKIM'] as const;

/**
 * GSA's scenarios make `has-email-and-DMARC` a report: it fires when the SSP mentions email and its
 * SI-8 implementation mentions DMARC, SPF and DKIM (and stays silent otherwise), so it is info-level.
 */
function* emailAndDmarc(ctx: RuleContext): Iterable<Violation> {
  const si8 = implementedRequirements(ctx, ['si-8']);
  if (si8.length === 0) return;
  // allText joins strings with newlines, which EMAIL cannot match across: testing each string is the same.
  let mentionsEmail = false;
  walkValues(ctx.doc.value, (v) => typeof v === 'string' && (mentionsEmail = EMAIL.test(v)));
  if (!mentionsEmail) return;
  for (const r of si8) {
    const t = allText(r.value);
    if (DMARC_TERMS.every((term) => new RegExp(`\\b${term}\\b`).test(t))) {
      yield { message: 'the SSP handles email and its SI-8 implementation describes DMARC, SPF and DKIM (DHS BOD 18-01)', pointer: r.pointer };
    }
  }
}

export const RULES: readonly OscalRule[] = [
  sspRule('has-DNS-zone', 'error', 'An authoritative DNS service must declare its DNS zone.', hasZone),
  sspRule('has-well-formed-DNS-zone', 'error', 'An authoritative DNS service zone must be well-formed.', wellFormedZone),
  sspRule('DNSSEC-described', 'info', 'Within a FedRAMP SSP, the CSO is compliant with DNSSEC. (Controls SC-20 and SC-21 apply).', dnssecDescribed),
  sspRule(
    'has-email-and-DMARC',
    'info',
    'Within a FedRAMP SSP, the CSO adequately employs Domain-based Message Authentication, Reporting & Conformance (DMARC) requirements according to DHS BOD 18-01.',
    emailAndDmarc,
  ),
];
