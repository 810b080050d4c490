import { isObject, select } from '../query.js';
import type { OscalRule, RuleContext } from '../types.js';
import { has, namedProps, propText, resources, sspRule } from './helpers.js';

/**
 * Attachments every FedRAMP SSP must carry as back-matter resources, recognised by their `type` prop
 * (e.g. `type=plan` with `class=incident-response-plan`, or `type=incident-response-plan`). Checked
 * on documents that have a back matter, or that are complete SSPs.
 */

interface Attachment {
  id: string;
  statement: string;
  title: string;
  /** Type values that identify the attachment. */
  types: readonly string[];
  /** Classes that identify it on a `type=plan` prop. */
  planClass?: string;
}

const ATTACHMENTS: readonly Attachment[] = [
  { id: 'has-user-guide', statement: '[Section B Check 3.2] A FedRAMP SSP must have a User Guide attached.', title: 'User Guide', types: ['user-guide', 'users-guide'] },
  { id: 'has-rules-of-behavior', statement: '[Section B Check 3.5] A FedRAMP SSP must have Rules of Behavior.', title: 'Rules of Behavior', types: ['rules-of-behavior'] },
  {
    id: 'has-information-system-contingency-plan',
    statement: '[Section B Check 3.6] A FedRAMP SSP must have a Contingency Plan attached.',
    title: 'Information System Contingency Plan',
    types: ['information-system-contingency-plan'],
    planClass: 'information-system-contingency-plan',
  },
  {
    id: 'has-configuration-management-plan',
    statement: '[Section B Check 3.7] A FedRAMP SSP must have a Configuration Management Plan attached.',
    title: 'Configuration Management Plan',
    types: ['configuration-management-plan'],
    planClass: 'configuration-management-plan',
  },
  {
    id: 'has-incident-response-plan',
    statement: '[Section B Check 3.8] A FedRAMP SSP must have an Incident Response Plan attached.',
    title: 'Incident Response Plan',
    types: ['incident-response-plan'],
    planClass: 'incident-response-plan',
  },
  {
    id: 'has-separation-of-duties-matrix',
    statement: '[Section B Check 3.11] A FedRAMP SSP must have a Separation of Duties Matrix attached.',
    title: 'Separation of Duties Matrix',
    types: ['separation-of-duties-matrix'],
  },
];

/** Whether the document is one the attachment checks apply to: it has a back matter, or is a complete SSP. */
function inScope(ctx: RuleContext): boolean {
  if (select(ctx.doc, 'back-matter').some((b) => isObject(b.value))) return true;
  return ['metadata', 'system-characteristics', 'system-implementation', 'control-implementation'].every((k) => has(ctx.doc, k));
}

const isAttachment = (spec: Attachment, ctx: RuleContext): boolean =>
  resources(ctx).some((r) =>
    namedProps(r, 'type').some((p) => {
      const v = propText(p);
      return spec.types.includes(v) || (!!spec.planClass && v === 'plan' && p.value['class'] === spec.planClass);
    }),
  );

export const RULES: readonly OscalRule[] = ATTACHMENTS.map((spec) =>
  sspRule(spec.id, 'error', spec.statement, function* (ctx) {
    if (!inScope(ctx) || isAttachment(spec, ctx)) return;
    const bm = select(ctx.doc, 'back-matter')[0];
    yield { message: `no back-matter resource is the ${spec.title} (a resource with type ${spec.types.map((t) => `'${t}'`).join(' or ')}${spec.planClass ? `, or type 'plan' of class '${spec.planClass}'` : ''})`, pointer: bm?.pointer ?? ctx.doc.pointer };
  }),
);
