import { isObject, select, text, type Located } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { allowed, has, label, namedProps, oneOf, partiesByUuid, propText, resourceFor, sspRule } from './helpers.js';

/**
 * System interconnections: `interconnection` components with their remote system, direction,
 * information, protocols and ports, addresses, security, circuit, the four ISA responsible roles
 * (local and remote PoC and authorizing official, distinct on each side), and the interconnection
 * security agreement attached in back-matter.
 */

type Check = (ctx: RuleContext) => Iterable<Violation>;

const interconnections = (ctx: RuleContext): Located[] =>
  select(ctx.doc, 'system-implementation/components').filter((c) => isObject(c.value) && text(c.value['type']) === 'interconnection');

const name = (c: Located): string => label(c, 'interconnection');

/** Direction props: GSA's scenarios name them `interconnection-direction`, FedRAMP's template `direction`. */
const directionProps = (c: Located) => [...namedProps(c, 'interconnection-direction'), ...namedProps(c, 'direction')];

const requireField = (key: string, what: string): Check =>
  function* (ctx) {
    for (const c of interconnections(ctx)) if (!has(c, key)) yield { message: `${name(c)} has no ${what}`, pointer: c.pointer };
  };

const requireProp = (prop: string, what: string): Check =>
  function* (ctx) {
    for (const c of interconnections(ctx)) if (namedProps(c, prop).length === 0) yield { message: `${name(c)} has no ${prop} property (${what})`, pointer: c.pointer };
  };

function* hasDirection(ctx: RuleContext): Iterable<Violation> {
  for (const c of interconnections(ctx)) if (directionProps(c).length === 0) yield { message: `${name(c)} has no interconnection-direction property`, pointer: c.pointer };
}

function* directionAllowed(ctx: RuleContext): Iterable<Violation> {
  const values = allowed(ctx, 'interconnection-direction');
  for (const p of interconnections(ctx).flatMap(directionProps)) {
    const v = propText(p);
    if (!values.has(v)) yield { message: `interconnection direction '${v}' is not one of ${oneOf(values)}`, pointer: p.pointer };
  }
}

function* securityAllowed(ctx: RuleContext): Iterable<Violation> {
  const values = allowed(ctx, 'interconnection-security');
  for (const p of interconnections(ctx).flatMap((c) => namedProps(c, 'interconnection-security'))) {
    const v = propText(p);
    if (!values.has(v)) yield { message: `interconnection-security '${v}' is not one of ${oneOf(values)}`, pointer: p.pointer };
  }
}

function* securityRemarks(ctx: RuleContext): Iterable<Violation> {
  for (const p of interconnections(ctx).flatMap((c) => namedProps(c, 'interconnection-security'))) {
    if (propText(p) === 'other' && !has(p, 'remarks')) yield { message: "interconnection-security 'other' has no remarks explaining it", pointer: p.pointer };
  }
}

function* hasProtocol(ctx: RuleContext): Iterable<Violation> {
  for (const c of interconnections(ctx)) if (select(c, 'protocols').length === 0) yield { message: `${name(c)} describes no protocol`, pointer: c.pointer };
}

function* hasAddresses(ctx: RuleContext): Iterable<Violation> {
  for (const c of interconnections(ctx)) {
    const addresses = [...namedProps(c, 'ipv4-address'), ...namedProps(c, 'ipv6-address')];
    const sides = new Set(addresses.map((p) => text(p.value['class'])));
    const missing = ['local', 'remote'].filter((s) => !sides.has(s));
    if (missing.length > 0) yield { message: `${name(c)} has no ${missing.join(' or ')} ipv4-address/ipv6-address property`, pointer: c.pointer };
  }
}

/** The party uuids of an interconnection's responsible roles with `roleId`. */
const partiesIn = (c: Located, roleId: string): string[] =>
  select(c, 'responsible-roles')
    .filter((r) => isObject(r.value) && text(r.value['role-id']) === roleId)
    .flatMap((r) => select(r, 'party-uuids').map((u) => text(u)));

const requireRole = (roleId: string, what: string): Check =>
  function* (ctx) {
    for (const c of interconnections(ctx)) {
      const named = select(c, 'responsible-roles').some((r) => isObject(r.value) && text(r.value['role-id']) === roleId);
      if (!named) yield { message: `${name(c)} has no '${roleId}' responsible role (${what})`, pointer: c.pointer };
    }
  };

function* responsiblePersonsDefined(ctx: RuleContext): Iterable<Violation> {
  const parties = partiesByUuid(ctx);
  for (const c of interconnections(ctx)) {
    for (const u of select(c, 'responsible-roles/party-uuids')) {
      const party = parties.get(text(u));
      if (!party || text(party.value['type']) !== 'person') yield { message: `${name(c)} names responsible party ${text(u)}, which metadata does not define as a person`, pointer: u.pointer };
    }
  }
}

const LOCAL = ['isa-poc-local', 'isa-authorizing-official-local'];
const REMOTE = ['isa-poc-remote', 'isa-authorizing-official-remote'];

const distinct = (side: 'local' | 'remote'): Check =>
  function* (ctx) {
    for (const c of interconnections(ctx)) {
      const mine = new Set((side === 'local' ? LOCAL : REMOTE).flatMap((r) => partiesIn(c, r)));
      const theirs = new Set((side === 'local' ? REMOTE : LOCAL).flatMap((r) => partiesIn(c, r)));
      const both = [...mine].filter((u) => theirs.has(u));
      if (both.length > 0) yield { message: `${name(c)} names party ${both.join(', ')} on both the local and the remote side`, pointer: c.pointer };
    }
  };

/** Links citing the interconnection agreement. */
const agreementLinks = (c: Located): Located[] => select(c, 'links').filter((l) => isObject(l.value) && ['isa-agreement', 'agreement'].includes(text(l.value['rel'])));
const hrefOf = (l: Located): string => (isObject(l.value) ? text(l.value['href']) : '');

function* citesAgreement(ctx: RuleContext): Iterable<Violation> {
  for (const c of interconnections(ctx)) if (agreementLinks(c).length === 0) yield { message: `${name(c)} cites no interconnection agreement (link rel 'isa-agreement')`, pointer: c.pointer };
}

function* agreementIntraDocument(ctx: RuleContext): Iterable<Violation> {
  for (const l of interconnections(ctx).flatMap(agreementLinks)) {
    if (!hrefOf(l).startsWith('#')) yield { message: `interconnection agreement link '${hrefOf(l)}' is not a reference (#uuid) to a back-matter resource`, pointer: l.pointer };
  }
}

function* agreementAttached(ctx: RuleContext): Iterable<Violation> {
  for (const l of interconnections(ctx).flatMap(agreementLinks)) {
    const href = hrefOf(l);
    if (href.startsWith('#') && !resourceFor(ctx, href)) yield { message: `interconnection agreement ${href} is not a back-matter resource of this SSP`, pointer: l.pointer };
  }
}

const protocols = (ctx: RuleContext): Located[] => interconnections(ctx).flatMap((c) => select(c, 'protocols'));
const portRanges = (ctx: RuleContext): Located[] => protocols(ctx).flatMap((p) => select(p, 'port-ranges'));

function* protocolName(ctx: RuleContext): Iterable<Violation> {
  for (const p of protocols(ctx)) if (!has(p, 'name')) yield { message: 'an interconnection protocol has no name', pointer: p.pointer };
}

function* protocolPortRange(ctx: RuleContext): Iterable<Violation> {
  for (const p of protocols(ctx)) {
    if (select(p, 'port-ranges').length === 0) yield { message: `interconnection protocol '${isObject(p.value) ? text(p.value['name']) : ''}' declares no port range`, pointer: p.pointer };
  }
}

const portRangeHas = (key: string, what: string): Check =>
  function* (ctx) {
    for (const r of portRanges(ctx)) if (!has(r, key)) yield { message: `an interconnection protocol port range has no ${what}`, pointer: r.pointer };
  };

const must = (s: string): string => `A system interconnection must ${s}.`;

export const RULES: readonly OscalRule[] = [
  sspRule('interconnection-has-allowed-interconnection-direction-value', 'error', must('have an allowed interconnection-direction'), directionAllowed),
  sspRule('interconnection-has-allowed-interconnection-security-value', 'error', must('have an allowed interconnection-security value'), securityAllowed),
  sspRule('interconnection-has-interconnection-security-remarks', 'error', 'A system interconnection with an interconnection-security of "other" must have explanatory remarks.', securityRemarks),
  sspRule('interconnection-has-title', 'error', must('provide a remote system name'), requireField('title', 'title (remote system name)')),
  sspRule('interconnection-has-description', 'error', must('provide a remote system description'), requireField('description', 'description (remote system description)')),
  sspRule('interconnection-has-direction', 'error', must('identify the direction of data flows'), hasDirection),
  sspRule('interconnection-has-information', 'error', must('describe the information being transferred'), requireProp('information', 'the information transferred')),
  sspRule('interconnection-has-protocol', 'error', must('describe the protocols used for information transfer'), hasProtocol),
  sspRule('interconnection-has-service-processor', 'error', must('describe the service processor'), requireProp('service-processor', 'the service processor')),
  sspRule('interconnection-has-local-and-remote-addresses', 'error', must('specify local and remote network addresses'), hasAddresses),
  sspRule('interconnection-has-interconnection-security', 'error', must('specify how the connection is secured'), requireProp('interconnection-security', 'how the connection is secured')),
  sspRule('interconnection-has-circuit', 'error', 'A system interconnection which uses a dedicated circuit switching network must specify the circuit number.', requireProp('circuit', 'the circuit number')),
  sspRule('interconnection-has-isa-poc-local', 'error', must('specify a responsible local (CSP) point of contact'), requireRole('isa-poc-local', 'local point of contact')),
  sspRule('interconnection-has-isa-poc-remote', 'error', must('specify a responsible remote point of contact'), requireRole('isa-poc-remote', 'remote point of contact')),
  sspRule('interconnection-has-isa-authorizing-official-local', 'error', must('specify a local authorizing official'), requireRole('isa-authorizing-official-local', 'local authorizing official')),
  sspRule('interconnection-has-isa-authorizing-official-remote', 'error', must('specify a remote authorizing official'), requireRole('isa-authorizing-official-remote', 'remote authorizing official')),
  sspRule('interconnection-has-responsible-persons', 'error', 'Every responsible person for a system interconnect is defined.', responsiblePersonsDefined),
  sspRule('interconnection-has-distinct-isa-local', 'error', must('specify local responsible parties which are not remote responsible parties'), distinct('local')),
  sspRule('interconnection-has-distinct-isa-remote', 'error', must('specify remote responsible parties which are not local responsible parties'), distinct('remote')),
  sspRule('interconnection-cites-interconnection-agreement', 'error', must('cite an interconnection agreement'), citesAgreement),
  sspRule('interconnection-cites-interconnection-agreement-href', 'error', must('cite an intra-document defined interconnection agreement'), agreementIntraDocument),
  sspRule(
    'interconnection-cites-attached-interconnection-agreement',
    'error',
    'A system interconnection must cite an intra-document attached interconnection agreement and that agreement must be present in the SSP.',
    agreementAttached,
  ),
  sspRule('interconnection-protocol-has-name', 'error', 'A system interconnection protocol must have a name.', protocolName),
  sspRule('interconnection-protocol-has-port-range', 'warning', 'A system interconnection protocol should have one or more port range declarations.', protocolPortRange),
  sspRule('interconnection-protocol-port-range-has-transport', 'error', 'A system interconnection protocol port range declaration must state a transport protocol.', portRangeHas('transport', 'transport protocol')),
  sspRule('interconnection-protocol-port-range-has-start', 'error', 'A system interconnection protocol port range declaration must state a starting port number.', portRangeHas('start', 'starting port number')),
  sspRule(
    'interconnection-protocol-port-range-has-end',
    'error',
    'A system interconnection protocol port range declaration must state an ending port number. The start and end port number can be the same if there is one port number.',
    portRangeHas('end', 'ending port number'),
  ),
];
