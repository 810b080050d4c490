import { isObject, perDocument, select, type Located } from '../query.js';
import type { OscalRule, RuleContext } from '../types.js';
import { byComponents, componentsByUuid, field, implementedRequirements, label, resources, sspRule } from './helpers.js';

/**
 * Policies and procedures (SSP Attachment 1): the "-1" control of each family links, from its
 * by-component responses (directly or through the cited component), to a policy and a procedure
 * document declared as a back-matter resource, and no document serves two families.
 */

type Rel = 'policy' | 'procedure';

/** The "-1" (policy and procedures) implemented requirements. */
const ppRequirements = (ctx: RuleContext): readonly Located[] =>
  perDocument(ctx.doc, 'policyAndProcedureRequirements', () => implementedRequirements(ctx).filter((r) => /^[a-z]{2}-0*1$/i.test(field(r, 'control-id'))));

interface Href {
  href: string;
  link: Located;
}

interface RequirementLinks {
  /** Policy and procedure links of the requirement's by-component responses, in order. */
  direct: readonly (Href & { rel: Rel })[];
  /** Then those of the components the responses cite (each once, in order of first citation). */
  cited: readonly (Href & { rel: Rel })[];
}

const isRel = (v: unknown): v is Rel => v === 'policy' || v === 'procedure';

/** The policy and procedure links reached from a requirement, gathered once per requirement. */
function requirementLinks(ctx: RuleContext, req: Located): RequirementLinks {
  const memo = perDocument(ctx.doc, 'policyAndProcedureLinks', () => new Map<Located, RequirementLinks>());
  let found = memo.get(req);
  if (!found) memo.set(req, (found = gatherLinks(ctx, req)));
  return found;
}

function linksOf(sources: readonly Located[]): (Href & { rel: Rel })[] {
  const out: (Href & { rel: Rel })[] = [];
  for (const n of sources) {
    for (const l of select(n, 'links')) {
      const rel = isObject(l.value) ? l.value['rel'] : undefined;
      if (isRel(rel)) out.push({ rel, href: field(l, 'href'), link: l });
    }
  }
  return out;
}

function gatherLinks(ctx: RuleContext, req: Located): RequirementLinks {
  const responses = byComponents(req);
  const byUuid = componentsByUuid(ctx);
  const cited = [...new Set(responses.map((bc) => field(bc, 'component-uuid')).filter(Boolean))];
  return { direct: linksOf(responses), cited: linksOf(cited.map((u) => byUuid.get(u)).filter((c): c is Located => c !== undefined)) };
}

/**
 * The hrefs of links with `rel` reached from a requirement's responses and (unless `directOnly`) from
 * the components they cite.
 */
function hrefs(ctx: RuleContext, req: Located, rel: Rel, directOnly = false): Href[] {
  const { direct, cited } = requirementLinks(ctx, req);
  const out = direct.filter((h) => h.rel === rel);
  if (!directOnly) for (const h of cited) if (h.rel === rel) out.push(h);
  return out;
}

const linkRule = (id: string, rel: Rel): OscalRule =>
  sspRule(id, 'error', `[Section B Check 3.1] A FedRAMP SSP must incorporate a ${rel} document for each of the 17 NIST SP 800-54 Revision 4 control families.`, function* (ctx) {
    for (const req of ppRequirements(ctx)) {
      if (hrefs(ctx, req, rel).length === 0) yield { message: `${label(req, 'implemented requirement')} links no ${rel} document (a link with rel='${rel}' on a by-component response or its component)`, pointer: req.pointer };
    }
  });

const resourceRule = (id: string, rel: Rel): OscalRule =>
  sspRule(id, 'error', `[Section B Check 3.1] A FedRAMP SSP must incorporate a ${rel} document for each of the 17 NIST SP 800-54 Revision 4 control families.`, function* (ctx) {
    const declared = new Set(resources(ctx).map((r) => field(r, 'uuid')).filter(Boolean));
    for (const req of ppRequirements(ctx)) {
      for (const { href, link } of hrefs(ctx, req, rel)) {
        if (!href.startsWith('#') || !declared.has(href.slice(1))) {
          yield { message: `the ${rel} link '${href}' of ${label(req, 'implemented requirement')} does not point to a back-matter resource`, pointer: link.pointer };
        }
      }
    }
  });

export const RULES: readonly OscalRule[] = [
  linkRule('has-policy-link', 'policy'),
  resourceRule('has-policy-attachment-resource', 'policy'),
  linkRule('has-procedure-link', 'procedure'),
  resourceRule('has-procedure-attachment-resource', 'procedure'),
  sspRule('has-unique-policy-and-procedure', 'error', '[Section B Check 3.1] Policy and procedure documents must have unique per-control-family associations.', function* (ctx) {
    const owner = new Map<string, string>();
    for (const req of ppRequirements(ctx)) {
      const control = field(req, 'control-id').toLowerCase();
      // A shared "policies" component may link every family's document: only a response's own links say
      // which document serves which family.
      const targets = new Set([...hrefs(ctx, req, 'policy', true), ...hrefs(ctx, req, 'procedure', true)].map((h) => h.href).filter((h) => h.startsWith('#')));
      for (const target of targets) {
        const first = owner.get(target);
        if (first && first !== control) yield { message: `document ${target} serves both ${first} and ${control}; each family needs its own policy and procedure documents`, pointer: req.pointer };
        else owner.set(target, control);
      }
    }
  }),
];
