import type { ImpactLevel } from '../../../domain/stages.js';
import { baseline, normalizeControlId } from '../../baselines/index.js';
import { select, text, type Located } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { field, hasProp, resourcesByUuid } from './helpers.js';

/**
 * FedRAMP's constraints on the profile an SSP imports. Rules run offline, so the import is not fetched:
 * an address is judged by its form, and a FedRAMP Rev5 baseline is recognised by FedRAMP's published
 * file names (FedRAMP_rev5_HIGH-baseline_profile.xml, …-resolved-profile_catalog.xml, in XML, JSON or
 * YAML), whose control lists the project carries. Rules that need the profile's content beyond its
 * controls (parameters, response points) are not implemented here.
 */

const imports = (ctx: RuleContext): readonly Located[] => select(ctx.doc, 'import-profile');

/** The address an import-profile points at: its href, or the rlink of the back-matter resource a `#uuid` href names. */
function resolvedHref(ctx: RuleContext, imp: Located): string {
  const href = field(imp, 'href');
  if (!href.startsWith('#')) return href;
  const resource = resourcesByUuid(ctx).get(href.slice(1));
  return text(select(resource, 'rlinks/href')[0]);
}

const DOCUMENT_PATH = /^[^\s?#]+\.(xml|json|ya?ml)$/i;
const HTTP_URL = /^https?:\/\/[^\s/]+\.[^\s/]+\/\S*$/i;

/** Whether an address can name a profile or catalog: an http(s) URL or a path to an XML, JSON or YAML file. */
const plausibleAddress = (href: string): boolean => HTTP_URL.test(href) || DOCUMENT_PATH.test(href);

const BASELINE_FILE = /FedRAMP_rev5_(HIGH|MODERATE|LOW|LI-SaaS)-baseline(?:_profile|-resolved-profile_catalog)(?:-min)?\.(?:xml|json|ya?ml)$/i;

/** The FedRAMP Rev5 baseline an address names, if it names one. */
function baselineOf(href: string): ImpactLevel | undefined {
  const m = BASELINE_FILE.exec(href.split(/[?#]/)[0] ?? '');
  if (!m || !m[1]) return undefined;
  const level = m[1].toUpperCase();
  return (level === 'LI-SAAS' ? 'LI-SAAS' : level) as ImpactLevel;
}

function baselineOfDoc(ctx: RuleContext): ImpactLevel | undefined {
  const imp = imports(ctx)[0];
  return imp ? baselineOf(resolvedHref(ctx, imp)) : undefined;
}

const MAX_LISTED = 50;

export const IMPORTED_PROFILE_RULES: readonly OscalRule[] = [
  {
    id: 'frr217',
    models: ['system-security-plan'],
    severity: 'error',
    statement: 'A FedRAMP SSP MUST import a profile or catalog with a valid file or HTTP(S) address.',
    *check(ctx) {
      for (const imp of imports(ctx)) {
        const href = resolvedHref(ctx, imp);
        if (!plausibleAddress(href)) {
          yield { message: `import-profile '${field(imp, 'href')}' is not the address of an OSCAL profile or catalog (an http(s) URL or a .xml/.json/.yaml file)`, pointer: imp.pointer };
        }
      }
    },
  },
  {
    id: 'frr218',
    models: ['system-security-plan'],
    severity: 'error',
    statement: 'A FedRAMP SSP MUST import a profile or catalog of security controls to reference implemented requirements against those control(s).',
    *check(ctx) {
      for (const imp of imports(ctx)) {
        if (!baselineOf(resolvedHref(ctx, imp))) {
          yield { message: `import-profile '${field(imp, 'href')}' does not name a FedRAMP Rev5 baseline profile or resolved catalog`, pointer: imp.pointer };
        }
      }
    },
  },
  {
    id: 'frr267',
    models: ['system-security-plan'],
    severity: 'error',
    statement: 'A FedRAMP SSP MUST import an LI-SaaS profile or catalog if it is an LI-SaaS.',
    *check(ctx) {
      const liSaas = select(ctx.doc, 'system-characteristics').some((sc) => hasProp(sc, 'authorization-type', ['fedramp-li-saas']));
      if (!liSaas) return;
      for (const imp of imports(ctx)) {
        if (baselineOf(resolvedHref(ctx, imp)) !== 'LI-SAAS') {
          yield { message: `the SSP is an LI-SaaS authorization but imports '${field(imp, 'href')}', not the FedRAMP LI-SaaS baseline`, pointer: imp.pointer };
        }
      }
    },
  },
  {
    id: 'frr219',
    models: ['system-security-plan'],
    severity: 'error',
    statement: 'A FedRAMP SSP MUST contain an implemented requirement for each imported control.',
    *check(ctx): Iterable<Violation> {
      const level = baselineOfDoc(ctx);
      const ci = select(ctx.doc, 'control-implementation')[0];
      if (!level || !ci) return;
      const implemented = new Set(select(ci, 'implemented-requirements').map((r) => normalizeControlId(field(r, 'control-id'))));
      const { title, controls } = baseline(level);
      const missing = [...controls].filter((id) => !implemented.has(id));
      for (const id of missing.slice(0, MAX_LISTED)) yield { message: `control ${id} of the imported ${title} has no implemented requirement`, pointer: ci.pointer };
      if (missing.length > MAX_LISTED) yield { message: `…and ${missing.length - MAX_LISTED} more controls of the ${title} have no implemented requirement`, pointer: ci.pointer };
    },
  },
  {
    id: 'frr158',
    models: ['system-security-plan'],
    severity: 'warning',
    statement: 'A FedRAMP SSP SHOULD NOT include extraneous controls outside of the FedRAMP baseline.',
    *check(ctx): Iterable<Violation> {
      const level = baselineOfDoc(ctx);
      if (!level) return;
      const { title, controls } = baseline(level);
      for (const r of select(ctx.doc, 'control-implementation/implemented-requirements')) {
        const id = field(r, 'control-id');
        if (!controls.has(normalizeControlId(id))) yield { message: `extraneous control '${id}' is not in the imported ${title}`, pointer: r.pointer };
      }
    },
  },
];
