import { first, isObject, select, text, type Located } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { label, namedProps, propText, sspRule } from './helpers.js';

/**
 * Data centers: metadata locations with a `type` prop of `data-center`, classed `primary` or
 * `alternate`. FedRAMP wants one primary, at least one alternate, all in the US.
 */

interface DataCenter {
  location: Located;
  kind: string;
}

function dataCenters(ctx: RuleContext): DataCenter[] {
  const out: DataCenter[] = [];
  for (const location of select(ctx.doc, 'metadata/locations')) {
    const p = namedProps(location, 'type').find((t) => propText(t) === 'data-center');
    if (p) out.push({ location, kind: isObject(p.value) ? text(p.value['class']) : '' });
  }
  return out;
}

/** The metadata a whole-document data center rule reports against (the first, when a fragment has several). */
const metadataOf = (ctx: RuleContext): Located | undefined => select(ctx.doc, 'metadata')[0];

function* singlePrimary(ctx: RuleContext): Iterable<Violation> {
  const md = metadataOf(ctx);
  if (!md) return;
  const n = dataCenters(ctx).filter((d) => d.kind === 'primary').length;
  if (n !== 1) yield { message: `metadata lists ${n} primary data center(s); exactly one is required`, pointer: md.pointer };
}

function* hasAlternate(ctx: RuleContext): Iterable<Violation> {
  const md = metadataOf(ctx);
  if (!md) return;
  if (!dataCenters(ctx).some((d) => d.kind === 'alternate')) yield { message: 'metadata lists no alternate data center', pointer: md.pointer };
}

function* atLeastTwo(ctx: RuleContext): Iterable<Violation> {
  const md = metadataOf(ctx);
  if (!md) return;
  const n = dataCenters(ctx).length;
  if (n < 2) yield { message: `metadata lists ${n} data center(s); at least two are required`, pointer: md.pointer };
}

function* hasCountry(ctx: RuleContext): Iterable<Violation> {
  for (const { location } of dataCenters(ctx)) {
    if (!text(first(location, 'address/country'))) yield { message: `${label(location, 'data center')} has no address country`, pointer: location.pointer };
  }
}

function* inUs(ctx: RuleContext): Iterable<Violation> {
  for (const { location } of dataCenters(ctx)) {
    const country = first(location, 'address/country');
    const v = text(country);
    if (v && v !== 'US') yield { message: `${label(location, 'data center')} is in '${v}', not the US`, pointer: (country ?? location).pointer };
  }
}

export const RULES: readonly OscalRule[] = [
  sspRule('data-center-primary', 'error', 'There must be a single primary data center.', singlePrimary),
  sspRule('data-center-alternate', 'error', 'There must be one (1) or more alternate data center(s).', hasAlternate),
  sspRule('data-center-count', 'error', 'There must be at least two (2) data centers listed.', atLeastTwo),
  sspRule('data-center-country-code', 'error', 'Each location that is a data center must have a country.', hasCountry),
  sspRule('data-center-US', 'error', "The country in locations for data centers must be 'US'.", inUs),
];
