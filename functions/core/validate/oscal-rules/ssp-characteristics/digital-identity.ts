import { select } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { allowed, namedProps, oneOf, propText, sspRule } from './helpers.js';

/**
 * NIST SP 800-63 Digital Identity Determination: the identity, authenticator and federation assurance
 * level props of system-characteristics.
 */

type Level = 'identity' | 'authenticator' | 'federation';

const hasLevel = (level: Level): ((ctx: RuleContext) => Iterable<Violation>) =>
  function* (ctx) {
    for (const sc of select(ctx.doc, 'system-characteristics')) {
      if (namedProps(sc, `${level}-assurance-level`).length === 0) {
        yield { message: `system-characteristics has no ${level}-assurance-level property (Digital Identity Determination)`, pointer: sc.pointer };
      }
    }
  };

const levelAllowed = (level: Level): ((ctx: RuleContext) => Iterable<Violation>) =>
  function* (ctx) {
    const values = allowed(ctx, `${level}-assurance-level`);
    for (const p of select(ctx.doc, 'system-characteristics').flatMap((sc) => namedProps(sc, `${level}-assurance-level`))) {
      const v = propText(p);
      if (!values.has(v)) yield { message: `${level}-assurance-level '${v}' is not one of ${oneOf(values)}`, pointer: p.pointer };
    }
  };

const may = (what: string): string => `[Section B Check 3.3, Section C Check 7] A FedRAMP SSP may have a Digital Identity Determination ${what} property.`;
const should = (what: string): string => `[Section B Check 3.3, Section C Check 7] A FedRAMP SSP should have an allowed Digital Identity Determination ${what}.`;

export const RULES: readonly OscalRule[] = [
  sspRule('has-identity-assurance-level', 'info', may('identity assurance level'), hasLevel('identity')),
  sspRule('has-authenticator-assurance-level', 'info', may('authenticator assurance level'), hasLevel('authenticator')),
  sspRule('has-federation-assurance-level', 'info', may('federation assurance level'), hasLevel('federation')),
  sspRule('has-allowed-identity-assurance-level', 'warning', should('identity assurance level'), levelAllowed('identity')),
  sspRule('has-allowed-authenticator-assurance-level', 'warning', should('authenticator assurance level'), levelAllowed('authenticator')),
  sspRule('has-allowed-federation-assurance-level', 'warning', should('federation assurance level'), levelAllowed('federation')),
];
