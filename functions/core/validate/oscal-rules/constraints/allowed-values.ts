import { select, text, type Located } from '../query.js';
import type { OscalRule, RuleContext } from '../types.js';

import { ALL_MODELS, allowedRule, components, componentsByUuid, field, frProps, inventoryItems, isExternalFacing, isNetworkComponent, propsNamed, typeIs } from './helpers.js';
import { SP800_60_INFORMATION_TYPE_IDS } from '../sp800-60-information-types.js';

/**
 * FedRAMP's enumerations (Metaschema `allowed-values` constraints with frr ids). Those FedRAMP marks
 * allow-other="yes" only suggest values, so they are not rules here (frr144, frr234, frr269).
 */

const si = (ctx: RuleContext, path: string): readonly Located[] => select(ctx.doc, `system-implementation/${path}`);
const usersOf = (ctx: RuleContext): Located[] => [...si(ctx, 'users'), ...select(ctx.doc, 'local-definitions/users')];
const onItemsAndComponents = (ctx: RuleContext, name: string): Located[] => [...inventoryItems(ctx), ...components(ctx)].flatMap((n) => propsNamed(n, name));
const attr = (key: string) => (n: Located): string | undefined => (n.value !== null && typeof n.value === 'object' && !Array.isArray(n.value) && key in n.value ? field(n, key) : undefined);
const nodeText = (n: Located): string | undefined => (typeof n.value === 'string' ? text(n) : undefined);

const FIPS = ['fips-199-low', 'fips-199-moderate', 'fips-199-high'];

export const ALLOWED_VALUE_RULES: readonly OscalRule[] = [
  allowedRule({
    id: 'frr121',
    level: 'ERROR',
    models: ALL_MODELS,
    statement: 'A party address in a FedRAMP document MUST be a work address.',
    what: 'party address type',
    allowed: ['work'],
    targets: (ctx) => select(ctx.doc, 'metadata/parties/addresses'),
    value: attr('type'),
  }),
  allowedRule({
    id: 'frr123',
    level: 'ERROR',
    models: ALL_MODELS,
    statement: 'A back-matter resource type in a FedRAMP document MUST be one of the attachment types FedRAMP recognizes.',
    what: 'resource type',
    allowed: [
      'law', 'regulation', 'standard', 'guidance', 'policy', 'procedure', 'guide', 'rules-of-behavior', 'plan', 'system-security-plan', 'artifact',
      'evidence', 'screen-shot', 'image', 'tool-report', 'raw-tool-output', 'interview-notes', 'questionnaire', 'report', 'fedramp-citations',
      'fedramp-acronyms', 'fedramp-logo', 'separation-of-duties-matrix', 'logo', 'personally-identifiable-information', 'agreement', 'isa-agreement',
      'incident-response-plan', 'information-security-policies-and-procedures', 'users-guide', 'privacy-impact-assessment',
      'information-system-contingency-plan', 'configuration-management-plan', 'fedramp-poam',
    ],
    targets: (ctx) => select(ctx.doc, 'back-matter/resources').flatMap((r) => frProps(r, 'type')),
  }),
  allowedRule({
    id: 'frr126',
    level: 'ERROR',
    statement: 'The FedRAMP authorization type of a system or leveraged authorization MUST be fedramp-jab (deprecated), fedramp-agency or fedramp-li-saas.',
    what: 'authorization type',
    allowed: ['fedramp-jab', 'fedramp-agency', 'fedramp-li-saas'],
    targets: (ctx) => [...select(ctx.doc, 'system-characteristics'), ...si(ctx, 'leveraged-authorizations')].flatMap((n) => frProps(n, 'authorization-type')),
  }),
  allowedRule({
    id: 'frr132',
    level: 'ERROR',
    statement: 'The cloud service model of a FedRAMP SSP MUST be iaas, paas, saas or other.',
    what: 'cloud service model',
    allowed: ['iaas', 'paas', 'saas', 'other'],
    targets: (ctx) => select(ctx.doc, 'system-characteristics').flatMap((n) => propsNamed(n, 'cloud-service-model')),
  }),
  allowedRule({
    id: 'frr143',
    level: 'ERROR',
    statement: 'A component type in a FedRAMP SSP MUST be one of the component types FedRAMP recognizes.',
    what: 'component type',
    allowed: [
      'interconnection', 'software', 'hardware', 'service', 'policy', 'physical', 'process-procedure', 'plan', 'guidance', 'standard', 'validation',
      'this-system', 'system', 'network', 'client', 'connection',
    ],
    targets: components,
    value: attr('type'),
  }),
  allowedRule({
    id: 'frr145',
    level: 'ERROR',
    statement: 'The implementation status of a by-component in a FedRAMP SSP MUST be implemented, partial, planned, alternative or not-applicable.',
    what: 'implementation status',
    allowed: ['implemented', 'partial', 'planned', 'alternative', 'not-applicable'],
    targets: (ctx) => select(ctx.doc, 'control-implementation/implemented-requirements/statements/by-components/implementation-status'),
    value: attr('state'),
  }),
  allowedRule({
    id: 'frr155',
    level: 'ERROR',
    statement: 'The cloud deployment model of a FedRAMP SSP MUST be public-cloud, private-cloud, government-only-cloud, hybrid-cloud or other.',
    what: 'cloud deployment model',
    allowed: ['public-cloud', 'private-cloud', 'government-only-cloud', 'hybrid-cloud', 'other'],
    targets: (ctx) => select(ctx.doc, 'system-characteristics').flatMap((n) => propsNamed(n, 'cloud-deployment-model')),
  }),
  allowedRule({
    id: 'frr157',
    level: 'ERROR',
    statement: 'The nature of agreement of an external system MUST be contract, eula, isa, license, mou, other or sla.',
    what: 'nature of agreement',
    allowed: ['contract', 'eula', 'isa', 'license', 'mou', 'other', 'sla'],
    targets: (ctx) => components(ctx).filter((c) => isNetworkComponent(c, false)).flatMap((c) => frProps(c, 'nature-of-agreement')),
  }),
  allowedRule({
    id: 'frr161',
    level: 'ERROR',
    models: ALL_MODELS,
    statement: 'The FedRAMP version of a document MUST be one FedRAMP publishes (fedramp-3.0.0rc1-oscal-1.1.2).',
    what: 'FedRAMP version',
    allowed: ['fedramp-3.0.0rc1-oscal-1.1.2'],
    targets: (ctx) => select(ctx.doc, 'metadata').flatMap((m) => frProps(m, 'fedramp-version')),
  }),
  allowedRule({
    id: 'frr164',
    level: 'ERROR',
    statement: 'The function of a component MUST be data-at-rest, data-in-transit or other.',
    what: 'component function',
    allowed: ['data-at-rest', 'data-in-transit', 'other'],
    targets: (ctx) => components(ctx).flatMap((c) => frProps(c, 'function')),
  }),
  allowedRule({
    id: 'frr220',
    level: 'ERROR',
    statement: 'The class of a component information type MUST give the direction of the data flow: incoming or outgoing.',
    what: 'information type class',
    allowed: ['incoming', 'outgoing'],
    targets: (ctx) => components(ctx).flatMap((c) => frProps(c, 'information-type')),
    value: attr('class'),
  }),
  allowedRule({
    id: 'frr221',
    level: 'ERROR',
    statement: 'An information type identifier MUST be one of the NIST SP 800-60 Volume 2 Revision 1 information types.',
    what: 'information type',
    allowed: [...SP800_60_INFORMATION_TYPE_IDS],
    targets: (ctx) => [
      ...select(ctx.doc, 'system-characteristics/system-information/information-types/categorizations')
        .filter((c) => field(c, 'system') === 'https://doi.org/10.6028/NIST.SP.800-60v2r1')
        .flatMap((c) => select(c, 'information-type-ids')),
      ...components(ctx).filter(isExternalFacing).flatMap((c) => frProps(c, 'information-type')),
    ],
    value: (n) => nodeText(n) ?? attr('value')(n),
  }),
  allowedRule({
    id: 'frr226',
    level: 'ERROR',
    statement: 'The categorization system of an information type MUST be NIST SP 800-60 Volume 2 Revision 1 (https://doi.org/10.6028/NIST.SP.800-60v2r1).',
    what: 'categorization system',
    allowed: ['https://doi.org/10.6028/NIST.SP.800-60v2r1'],
    targets: (ctx) => select(ctx.doc, 'system-characteristics/system-information/information-types/categorizations'),
    value: attr('system'),
  }),
  allowedRule({
    id: 'frr230',
    level: 'ERROR',
    statement: 'The direction of an interconnection MUST be in, out or in/out.',
    what: 'interconnection direction',
    allowed: ['in', 'out', 'in/out'],
    targets: (ctx) => components(ctx).filter((c) => typeIs(c, 'interconnection')).flatMap((c) => frProps(c, 'interconnection-direction')),
  }),
  allowedRule({
    id: 'frr231',
    level: 'ERROR',
    statement: 'The security of an interconnection MUST be ipsec, vpn, tls, dtls, certificate, secure-file-transfer or other.',
    what: 'interconnection security',
    allowed: ['ipsec', 'vpn', 'tls', 'dtls', 'certificate', 'secure-file-transfer', 'other'],
    targets: (ctx) => components(ctx).filter((c) => typeIs(c, 'interconnection')).flatMap((c) => frProps(c, 'interconnection-security')),
  }),
  allowedRule({
    id: 'frr232',
    level: 'ERROR',
    statement: 'Whether an asset allows authenticated scans MUST be yes or no.',
    what: 'allows-authenticated-scan',
    allowed: ['yes', 'no'],
    targets: (ctx) => onItemsAndComponents(ctx, 'allows-authenticated-scan'),
  }),
  allowedRule({
    id: 'frr250',
    level: 'ERROR',
    statement: 'Whether an asset is public MUST be yes or no.',
    what: 'public',
    allowed: ['yes', 'no'],
    targets: (ctx) => onItemsAndComponents(ctx, 'public'),
  }),
  allowedRule({
    id: 'frr251',
    level: 'ERROR',
    statement: 'Whether an asset is virtual MUST be yes or no.',
    what: 'virtual',
    allowed: ['yes', 'no'],
    targets: (ctx) => onItemsAndComponents(ctx, 'virtual'),
  }),
  allowedRule({
    id: 'frr263',
    level: 'ERROR',
    statement: 'The nature of agreement of a leveraged authorization MUST be contract, eula, license, mou, other or sla.',
    what: 'nature of agreement',
    allowed: ['contract', 'eula', 'license', 'mou', 'other', 'sla'],
    targets: (ctx) =>
      components(ctx)
        .filter((c) => typeIs(c, 'system') && propsNamed(c, 'leveraged-authorization-uuid').length > 0)
        .flatMap((c) => frProps(c, 'nature-of-agreement')),
  }),
  allowedRule({
    id: 'frr276',
    level: 'ERROR',
    statement: 'The privilege level of a user MUST be read, read-write, write or no-access.',
    what: 'privilege level',
    allowed: ['read', 'read-write', 'write', 'no-access'],
    targets: (ctx) => si(ctx, 'users').flatMap((u) => frProps(u, 'privilege-level')),
  }),
  allowedRule({
    id: 'frr302',
    level: 'ERROR',
    models: ['system-security-plan', 'assessment-plan', 'assessment-results'],
    statement: 'The privilege level of a user MUST be read, read-write, write or no-access.',
    what: 'privilege level',
    allowed: ['read', 'read-write', 'write', 'no-access'],
    targets: (ctx) => usersOf(ctx).flatMap((u) => frProps(u, 'privilege-level')),
  }),
  allowedRule({
    id: 'frr303',
    level: 'ERROR',
    models: ['system-security-plan', 'assessment-plan', 'assessment-results'],
    statement: 'The sensitivity of a user MUST be high-risk, severe, moderate, limited or not-applicable.',
    what: 'user sensitivity',
    allowed: ['high-risk', 'severe', 'moderate', 'limited', 'not-applicable'],
    targets: (ctx) => usersOf(ctx).flatMap((u) => frProps(u, 'sensitivity')),
  }),
  allowedRule({
    id: 'frr304',
    level: 'ERROR',
    statement: 'The type of a user MUST be internal, external or privileged.',
    what: 'user type',
    allowed: ['internal', 'external', 'privileged'],
    targets: (ctx) => si(ctx, 'users').flatMap((u) => propsNamed(u, 'type')),
  }),
  allowedRule({
    id: 'frr291',
    level: 'ERROR',
    statement: 'The scan type of an asset MUST be infrastructure, database, web or other.',
    what: 'scan type',
    allowed: ['infrastructure', 'database', 'web', 'other'],
    targets: (ctx) => [...components(ctx), ...inventoryItems(ctx)].flatMap((n) => [n, ...select(n, 'implemented-components')]).flatMap((n) => frProps(n, 'scan-type')),
  }),
  allowedRule({
    id: 'frr298',
    level: 'ERROR',
    statement: 'The authentication method of a component MUST be yes, no or not-applicable.',
    what: 'authentication method',
    allowed: ['yes', 'no', 'not-applicable'],
    targets: (ctx) => components(ctx).flatMap((c) => frProps(c, 'authentication-method')),
  }),
  ...(
    [
      ['frr306', true, ['sp-corporate', 'sp-system']],
      ['frr307', false, ['sp-corporate', 'sp-system', 'customer-configured', 'customer-provided', 'inherited']],
    ] as const
  ).map(([id, policy, allowed]) =>
    allowedRule({
      id,
      level: 'ERROR',
      statement: `The control origination of a by-component for a ${policy ? '' : 'non-'}policy component MUST be ${allowed.join(', ')}.`,
      what: `control origination of a ${policy ? '' : 'non-'}policy component`,
      allowed,
      targets: (ctx) => {
        const byUuid = componentsByUuid(ctx);
        return select(ctx.doc, 'control-implementation/implemented-requirements/statements/by-components')
          .filter((bc) => {
            const c = byUuid.get(field(bc, 'component-uuid'));
            return !!c && (field(c, 'type') === 'policy') === policy;
          })
          .flatMap((bc) => frProps(bc, 'control-origination'));
      },
    }),
  ),
  allowedRule({
    id: 'frr293',
    level: 'ERROR',
    statement: 'A security level (sensitivity, objective, information type impact, leveraged impact level) MUST be fips-199-low, fips-199-moderate or fips-199-high.',
    what: 'security level',
    allowed: FIPS,
    targets: (ctx) => [
      ...select(ctx.doc, 'system-characteristics/security-sensitivity-level'),
      ...['confidentiality', 'integrity', 'availability'].flatMap((o) => select(ctx.doc, `system-characteristics/security-impact-level/security-objective-${o}`)),
      ...['confidentiality', 'integrity', 'availability'].flatMap((o) =>
        ['base', 'selected'].flatMap((k) => select(ctx.doc, `system-characteristics/system-information/information-types/${o}-impact/${k}`)),
      ),
      ...si(ctx, 'leveraged-authorizations').flatMap((la) => frProps(la, 'impact-level')),
    ],
    value: (n) => nodeText(n) ?? attr('value')(n),
  }),
];
