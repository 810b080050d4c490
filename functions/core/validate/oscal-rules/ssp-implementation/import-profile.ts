import { first } from '../query.js';
import type { OscalRule } from '../types.js';
import { has, sspRule } from './helpers.js';

/** The baseline an SSP implements: declared by an import-profile element with a reference. */
export const RULES: readonly OscalRule[] = [
  sspRule('system-security-plan-has-import-profile', 'info', 'A FedRAMP SSP declares the related FedRAMP OSCAL Profile using an import-profile element.', function* (ctx) {
    if (!has(ctx.doc, 'import-profile')) yield { message: 'the SSP has no import-profile naming the FedRAMP baseline it implements', pointer: ctx.doc.pointer };
  }),
  sspRule('import-profile-has-href-attribute', 'info', 'The import-profile element has a reference.', function* (ctx) {
    const ip = first(ctx.doc, 'import-profile');
    if (ip && !has(ip, 'href')) yield { message: 'the import-profile has no href to the FedRAMP baseline profile', pointer: ip.pointer };
  }),
];
