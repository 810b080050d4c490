import { isObject, perDocument, select, type Located } from '../query.js';
import type { OscalRule } from '../types.js';
import { byComponents, components, field, has, implementedRequirements, label, plain, plainAtLeast, raw, sspRule, statements } from './helpers.js';

/**
 * The response to each control statement (SSP §13, "What is the solution and how is it implemented?"):
 * FedRAMP wants it written per component (by-component), each citing a declared component and
 * describing, at adequate length, how that component meets the requirement. Text written directly on
 * the statement, outside any component, is extraneous.
 */

/** The shortest response text FedRAMP accepts as adequate. */
const MIN_RESPONSE_LENGTH = 20;

/** Every by-component of every implemented requirement, with its requirement. */
const responses = (ctx: Parameters<OscalRule['check']>[0]): readonly { req: Located; bc: Located }[] =>
  perDocument(ctx.doc, 'responsesWithRequirement', () =>
    implementedRequirements(ctx).flatMap((req) => byComponents(req).filter((bc) => isObject(bc.value)).map((bc) => ({ req, bc }))),
  );

export const RULES: readonly OscalRule[] = [
  sspRule('invalid-component-match', 'info', '[Section D Checks] Response statement cites a component in the system implementation inventory.', function* (ctx) {
    const declared = new Set(components(ctx).map((c) => field(c, 'uuid')).filter(Boolean));
    for (const { req, bc } of responses(ctx)) {
      const uuid = field(bc, 'component-uuid');
      if (uuid && !declared.has(uuid)) yield { message: `a response of ${label(req, 'implemented requirement')} cites component ${uuid}, which the system implementation does not declare`, pointer: bc.pointer };
    }
  }),
  sspRule('missing-component-description', 'info', '[Section D Checks] Response statement has a component which has a required description.', function* (ctx) {
    for (const { req, bc } of responses(ctx)) {
      if (!has(bc, 'description')) yield { message: `the response of component ${field(bc, 'component-uuid') || '(unnamed)'} in ${label(req, 'implemented requirement')} has no description`, pointer: bc.pointer };
    }
  }),
  sspRule('incomplete-response-description', 'info', '[Section D Checks] Response statement component description has adequate length.', function* (ctx) {
    for (const { req, bc } of responses(ctx)) {
      if (!has(bc, 'description') || plainAtLeast(raw(bc, 'description'), MIN_RESPONSE_LENGTH)) continue;
      const t = plain(raw(bc, 'description'));
      if (t.length < MIN_RESPONSE_LENGTH) yield { message: `the response of component ${field(bc, 'component-uuid') || '(unnamed)'} in ${label(req, 'implemented requirement')} is only ${t.length} characters long (at least ${MIN_RESPONSE_LENGTH} expected)`, pointer: `${bc.pointer}/description` };
    }
  }),
  sspRule('incomplete-response-remarks', 'info', '[Section D Checks] Response statement component remarks have adequate length.', function* (ctx) {
    for (const { req, bc } of responses(ctx)) {
      if (!has(bc, 'remarks') || plainAtLeast(raw(bc, 'remarks'), MIN_RESPONSE_LENGTH)) continue;
      const t = plain(raw(bc, 'remarks'));
      if (t.length < MIN_RESPONSE_LENGTH) yield { message: `the remarks of component ${field(bc, 'component-uuid') || '(unnamed)'} in ${label(req, 'implemented requirement')} are only ${t.length} characters long (at least ${MIN_RESPONSE_LENGTH} expected)`, pointer: `${bc.pointer}/remarks` };
    }
  }),
  sspRule('extraneous-response-description', 'info', '[Section D Checks] Response statement does not have a description not within a component.', function* (ctx) {
    for (const s of statements(ctx)) {
      if (has(s, 'description')) yield { message: `${label(s, 'statement')} has a description outside any by-component response`, pointer: `${s.pointer}/description` };
    }
  }),
  sspRule('extraneous-response-remarks', 'info', '[Section D Checks] Response statement does not have remarks not within a component.', function* (ctx) {
    for (const s of statements(ctx)) {
      if (has(s, 'remarks')) yield { message: `${label(s, 'statement')} has remarks outside any by-component response`, pointer: `${s.pointer}/remarks` };
    }
  }),
  sspRule('missing-response-components', 'info', '[Section D Checks] Response statements have sufficient components.', function* (ctx) {
    for (const s of statements(ctx)) {
      if (isObject(s.value) && select(s, 'by-components').length === 0) yield { message: `${label(s, 'statement')} has no by-component response`, pointer: s.pointer };
    }
  }),
];
