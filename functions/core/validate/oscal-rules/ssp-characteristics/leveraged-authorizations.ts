import { select } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { label, namedProps, propText, sspRule } from './helpers.js';

/** Leveraged authorizations: each names the FedRAMP ATO it leverages. */

function* hasAtoIdentifier(ctx: RuleContext): Iterable<Violation> {
  for (const la of select(ctx.doc, 'system-implementation/leveraged-authorizations')) {
    if (!namedProps(la, 'leveraged-system-identifier').some((p) => propText(p))) {
      yield { message: `${label(la, 'leveraged authorization')} has no leveraged-system-identifier property (FedRAMP ATO identifier)`, pointer: la.pointer };
    }
  }
}

export const RULES: readonly OscalRule[] = [
  sspRule('FedRAMP-ATO-Identifier-exists', 'error', 'A FedRAMP SSP leveraged authorization must contain a FedRAMP ATO identifier.', hasAtoIdentifier),
];
