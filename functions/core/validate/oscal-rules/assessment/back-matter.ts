import { child, select, text } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { has, label, resourcesOfType, rule, SAP } from './helpers.js';

/** The SAP's back-matter attachments: the penetration test plan and the signed SAP (a described PDF). */

/** A rule that the SAP's back-matter holds a resource of `type`. */
const hasResource = (type: string, what: string) =>
  function* (ctx: RuleContext): Iterable<Violation> {
    if (resourcesOfType(ctx, type).length === 0) {
      const bm = child(ctx.doc, 'back-matter');
      yield { message: `the assessment plan's back-matter has no '${type}' resource (${what})`, pointer: (bm ?? ctx.doc).pointer };
    }
  };

function* signedSapDescription(ctx: RuleContext): Iterable<Violation> {
  for (const r of resourcesOfType(ctx, 'signed-sap')) {
    if (!has(r, 'description')) yield { message: `${label(r, 'signed-sap resource')} has no description`, pointer: r.pointer };
  }
}

function* signedSapRlink(ctx: RuleContext): Iterable<Violation> {
  for (const r of resourcesOfType(ctx, 'signed-sap')) {
    if (select(r, 'rlinks').length === 0) yield { message: `${label(r, 'signed-sap resource')} has no rlink to the signed document`, pointer: r.pointer };
  }
}

function* signedSapPdf(ctx: RuleContext): Iterable<Violation> {
  for (const r of resourcesOfType(ctx, 'signed-sap')) {
    for (const link of select(r, 'rlinks')) {
      const mt = text(child(link, 'media-type'));
      if (mt !== 'application/pdf') yield { message: `the rlink of ${label(r, 'signed-sap resource')} has media-type '${mt}', not 'application/pdf'`, pointer: link.pointer };
    }
  }
}

export const BACK_MATTER_RULES: readonly OscalRule[] = [
  rule('has-penetration-test-plan', SAP, 'error', "A FedRAMP SAP must have a back-matter resource of type 'penetration-test-plan'.", hasResource('penetration-test-plan', 'the penetration testing plan and methodology')),
  rule('has-signed-sap-resource', SAP, 'error', "A FedRAMP SAP must have a back-matter resource of type 'signed-sap'.", hasResource('signed-sap', 'the signed SAP')),
  rule('signed-sap-resource-has-description', SAP, 'error', 'The signed-sap resource must have a description.', signedSapDescription),
  rule('signed-sap-resource-has-rlink', SAP, 'error', 'The signed-sap resource must have an rlink.', signedSapRlink),
  rule('signed-sap-rlink-has-media-type-pdf', SAP, 'error', "The signed-sap resource's rlink must have media-type 'application/pdf'.", signedSapPdf),
];
