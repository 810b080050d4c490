import { isObject, select, text } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { sspRule } from './helpers.js';

/**
 * Network protocols of the system's services: when services declare protocols, the ones every cloud
 * service uses (DNS, NTP, SSH, HTTPS, TLS) are expected among them.
 */

const EXPECTED = ['DNS', 'NTP', 'SSH', 'HTTPS', 'TLS'] as const;

function* expectedProtocols(ctx: RuleContext): Iterable<Violation> {
  const services = select(ctx.doc, 'system-implementation/components').filter((c) => isObject(c.value) && text(c.value['type']) === 'service');
  const protocols = services.flatMap((s) => select(s, 'protocols'));
  if (protocols.length === 0) return;
  const names = new Set(protocols.map((p) => (isObject(p.value) ? text(p.value['name']).toUpperCase() : '')));
  const missing = EXPECTED.filter((e) => !names.has(e));
  if (missing.length > 0) {
    yield { message: `the system's services declare protocols but not ${missing.join(', ')}`, pointer: `${ctx.doc.pointer}/system-implementation` };
  }
}

export const RULES: readonly OscalRule[] = [
  sspRule('has-expected-network-protocols', 'info', 'A FedRAMP SSP declares the network protocols its services are expected to use (DNS, NTP, SSH, HTTPS, TLS).', expectedProtocols),
];
