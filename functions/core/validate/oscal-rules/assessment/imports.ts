import { child, select, text } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { has, hrefUuid, label, resourceFor, resources, resourcesOfType, resourceTypes, rule, SAP_POAM, SAR } from './helpers.js';

/**
 * The document a SAP or POA&M imports (import-ssp) and the plan a SAR imports (import-ap): present,
 * with an href; an internal href (#uuid) names a back-matter resource declaring the imported document,
 * which has exactly one rlink with an OSCAL media type (and, for the SSP, no base64).
 */

/** Media types of an OSCAL document (XML, JSON or YAML). */
const OSCAL_MEDIA_TYPES: ReadonlySet<string> = new Set([
  'application/xml',
  'text/xml',
  'application/json',
  'text/json',
  'application/yaml',
  'application/x-yaml',
  'text/yaml',
  'text/x-yaml',
]);

/** Whether a media type names an OSCAL serialization (including `+xml`, `+json`, `+yaml` types). */
export const isOscalMediaType = (mediaType: string): boolean => {
  const base = (mediaType.split(';')[0] ?? '').trim().toLowerCase();
  return OSCAL_MEDIA_TYPES.has(base) || /\+(xml|json|yaml)$/.test(base);
};

interface ImportSpec {
  /** The import element: 'import-ssp' or 'import-ap'. */
  element: string;
  /** The back-matter resource type of the imported document. */
  type: string;
  /** Resource types that also declare it (e.g. 'no-oscal-ssp'). */
  alsoDeclaredBy: readonly string[];
  /** How the imported document is named in messages. */
  what: string;
}

function importChecks(spec: ImportSpec) {
  const imp = (ctx: RuleContext) => child(ctx.doc, spec.element);
  const internal = (ctx: RuleContext) => {
    const node = imp(ctx);
    const href = node && child(node, 'href');
    return node && href && hrefUuid(text(href)) ? { node, href, value: text(href) } : undefined;
  };
  const typed = (ctx: RuleContext) => resourcesOfType(ctx, spec.type);
  return {
    *present(ctx: RuleContext): Iterable<Violation> {
      if (!imp(ctx)) yield { message: `the ${ctx.model} has no ${spec.element} naming the ${spec.what} it is for`, pointer: ctx.doc.pointer };
    },
    *href(ctx: RuleContext): Iterable<Violation> {
      const node = imp(ctx);
      if (node && !text(child(node, 'href'))) yield { message: `${spec.element} has no href`, pointer: node.pointer };
    },
    *internalHref(ctx: RuleContext): Iterable<Violation> {
      const i = internal(ctx);
      if (i && !resourceFor(ctx, i.value)) yield { message: `${spec.element} href '${i.value}' does not name a back-matter resource`, pointer: i.href.pointer };
    },
    *resource(ctx: RuleContext): Iterable<Violation> {
      const i = internal(ctx);
      if (!i) return;
      const types = [spec.type, ...spec.alsoDeclaredBy];
      if (!resources(ctx).some((r) => resourceTypes(r).some((t) => types.includes(t)))) {
        yield { message: `${spec.element} refers to '${i.value}' but no back-matter resource has type '${spec.type}'`, pointer: i.node.pointer };
      }
    },
    *rlink(ctx: RuleContext): Iterable<Violation> {
      for (const r of typed(ctx)) {
        const n = select(r, 'rlinks').length;
        if (n !== 1) yield { message: `${label(r, `${spec.type} resource`)} has ${n} rlinks; it must have exactly one`, pointer: r.pointer };
      }
    },
    *mediaType(ctx: RuleContext): Iterable<Violation> {
      for (const r of typed(ctx)) {
        for (const link of select(r, 'rlinks')) {
          const mt = text(child(link, 'media-type'));
          if (!isOscalMediaType(mt)) {
            yield { message: `the rlink of ${label(r, `${spec.type} resource`)} has media-type '${mt}', not an OSCAL XML, JSON or YAML type`, pointer: link.pointer };
          }
        }
      }
    },
    *noBase64(ctx: RuleContext): Iterable<Violation> {
      for (const r of typed(ctx)) {
        if (has(r, 'base64')) yield { message: `${label(r, `${spec.type} resource`)} embeds the ${spec.what} as base64; it must link to it with an rlink`, pointer: r.pointer };
      }
    },
  };
}

const ssp = importChecks({ element: 'import-ssp', type: 'system-security-plan', alsoDeclaredBy: ['no-oscal-ssp'], what: 'system security plan' });
const ap = importChecks({ element: 'import-ap', type: 'security-assessment-plan', alsoDeclaredBy: [], what: 'security assessment plan' });

function* nonOscalSsp(ctx: RuleContext): Iterable<Violation> {
  for (const r of resourcesOfType(ctx, 'no-oscal-ssp')) {
    yield { message: `${label(r, 'resource')} declares a system security plan that is not in OSCAL ('no-oscal-ssp')`, pointer: r.pointer };
  }
}

export const IMPORT_RULES: readonly OscalRule[] = [
  rule('has-import-ssp', SAP_POAM, 'error', 'A FedRAMP SAP or POA&M must have an import-ssp element.', ssp.present),
  rule('has-import-ssp-href', SAP_POAM, 'error', 'The import-ssp element must have an href attribute.', ssp.href),
  rule('has-import-ssp-internal-href', SAP_POAM, 'error', 'An import-ssp href that is a fragment (#uuid) must refer to a back-matter resource.', ssp.internalHref),
  rule(
    'has-system-security-plan-resource',
    SAP_POAM,
    'error',
    "When import-ssp refers to the back-matter, the SSP must be declared there as a resource of type 'system-security-plan'.",
    ssp.resource,
  ),
  rule('has-ssp-rlink', SAP_POAM, 'error', 'A system-security-plan back-matter resource must have one and only one rlink.', ssp.rlink),
  rule(
    'has-acceptable-system-security-plan-rlink-media-type',
    SAP_POAM,
    'error',
    'The rlink of a system-security-plan resource must have an OSCAL media-type (XML, JSON or YAML).',
    ssp.mediaType,
  ),
  rule('has-no-base64', SAP_POAM, 'error', 'A system-security-plan back-matter resource must not have a base64 element.', ssp.noBase64),
  rule(
    'has-non-OSCAL-system-security-plan-resource',
    SAP_POAM,
    'warning',
    "A back-matter resource of type 'no-oscal-ssp' means the system security plan is not available in OSCAL.",
    nonOscalSsp,
  ),
  rule('has-import-ap', SAR, 'error', 'A FedRAMP SAR must have an import-ap element.', ap.present),
  rule('has-import-ap-href', SAR, 'error', 'The import-ap element must have an href attribute.', ap.href),
  rule('has-import-ap-internal-href', SAR, 'error', 'An import-ap href that is a fragment (#uuid) must refer to a back-matter resource.', ap.internalHref),
  rule(
    'has-security-assessment-plan-resource',
    SAR,
    'error',
    "When import-ap refers to the back-matter, the SAP must be declared there as a resource of type 'security-assessment-plan'.",
    ap.resource,
  ),
  rule('has-sap-rlink', SAR, 'error', 'A security-assessment-plan back-matter resource must have one and only one rlink.', ap.rlink),
  rule(
    'has-acceptable-security-assessment-plan-rlink-media-type',
    SAR,
    'error',
    'The rlink of a security-assessment-plan resource must have an OSCAL media-type (XML, JSON or YAML).',
    ap.mediaType,
  ),
];
