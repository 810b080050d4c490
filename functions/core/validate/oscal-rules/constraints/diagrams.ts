import { select, type Located } from '../query.js';
import type { OscalRule, RuleContext } from '../types.js';

import { expectRule, field, fragmentOf, has, label, propsNamed, resourcesByUuid } from './helpers.js';

/**
 * FedRAMP's constraints on the three diagram sections of an SSP's system characteristics: the
 * authorization boundary, the network architecture and the data flow. Each diagram has a uuid, a
 * caption, a description and a `diagram` link to an image (a back-matter resource of the right class,
 * or an external address).
 */

interface Section {
  key: 'authorization-boundary' | 'network-architecture' | 'data-flow';
  name: string;
  /** The ids: [has diagram, caption, description, link, link image available, link has rel, rel is diagram]. */
  ids: readonly [string, string, string, string, string, string, string];
}

const SECTIONS: readonly Section[] = [
  { key: 'authorization-boundary', name: 'authorization boundary', ids: ['frr166', 'frr167', 'frr168', 'frr169', 'frr170', 'frr171', 'frr172'] },
  { key: 'data-flow', name: 'data flow', ids: ['frr180', 'frr181', 'frr182', 'frr183', 'frr184', 'frr185', 'frr186'] },
  { key: 'network-architecture', name: 'network architecture', ids: ['frr196', 'frr197', 'frr198', 'frr199', 'frr200', 'frr201', 'frr202'] },
];

const sectionsOf = (ctx: RuleContext, s: Section): readonly Located[] => select(ctx.doc, `system-characteristics/${s.key}`);
const diagramsOf = (ctx: RuleContext, s: Section): Located[] => sectionsOf(ctx, s).flatMap((n) => select(n, 'diagrams'));
const linksOf = (ctx: RuleContext, s: Section): Located[] => diagramsOf(ctx, s).flatMap((d) => select(d, 'links'));

/**
 * Whether a diagram link's image is available: a `#uuid` link must point to exactly one back-matter
 * resource typed `image` with the section's class; another address cannot be fetched here and is taken
 * as available.
 */
function imageAvailable(ctx: RuleContext, link: Located, s: Section): boolean {
  const href = field(link, 'href');
  if (!href.startsWith('#')) return href.length > 0;
  const resource = resourcesByUuid(ctx).get(fragmentOf(href));
  return !!resource && propsNamed(resource, 'type').some((p) => field(p, 'value') === 'image' && field(p, 'class') === s.key);
}

function sectionRules(s: Section): OscalRule[] {
  const [hasDiagram, caption, description, link, available, rel, relDiagram] = s.ids;
  const Each = `Each FedRAMP SSP ${s.name} diagram`;
  const part = (id: string, key: string, what: string): OscalRule =>
    expectRule({
      id,
      level: 'ERROR',
      statement: `${Each} MUST have ${what}.`,
      targets: (ctx) => diagramsOf(ctx, s),
      test: (d) => has(d, key),
      message: (d) => `${label(d, `${s.name} diagram`)} has no ${key}`,
    });
  return [
    expectRule({
      id: hasDiagram,
      level: 'WARNING',
      statement: `A FedRAMP SSP MUST have at least one ${s.name} diagram.`,
      targets: (ctx) => sectionsOf(ctx, s),
      test: (n) => select(n, 'diagrams').length > 0,
      message: () => `the ${s.name} section has no diagram`,
    }),
    part(caption, 'caption', 'a caption'),
    part(description, 'description', 'a description'),
    part(link, 'links', 'a link'),
    expectRule({
      id: rel,
      level: 'ERROR',
      statement: `${Each} MUST have a link rel attribute.`,
      targets: (ctx) => linksOf(ctx, s),
      test: (l) => has(l, 'rel'),
      message: (l) => `a ${s.name} diagram link (${field(l, 'href')}) has no rel`,
    }),
    expectRule({
      id: relDiagram,
      level: 'ERROR',
      statement: `${Each} MUST have a link rel attribute with the value "diagram".`,
      targets: (ctx) => linksOf(ctx, s),
      test: (l) => field(l, 'rel') === 'diagram',
      message: (l) => `a ${s.name} diagram link (${field(l, 'href')}) has rel '${field(l, 'rel')}', not 'diagram'`,
    }),
    expectRule({
      id: available,
      level: 'ERROR',
      statement: `A FedRAMP SSP MUST include ${s.name === 'authorization boundary' ? 'an' : 'a'} ${s.name} diagram.`,
      targets: (ctx) => linksOf(ctx, s).filter((l) => field(l, 'rel') === 'diagram'),
      test: (l, ctx) => imageAvailable(ctx, l, s),
      message: (l) =>
        `the ${s.name} diagram link '${field(l, 'href')}' does not point to a back-matter resource with a type prop 'image' of class '${s.key}'`,
    }),
  ];
}

export const DIAGRAM_RULES: readonly OscalRule[] = [
  ...SECTIONS.flatMap(sectionRules),
  expectRule({
    id: 'frr179',
    level: 'ERROR',
    statement: 'An OSCAL SSP document with a data flow MUST have a description.',
    targets: (ctx) => select(ctx.doc, 'system-characteristics/data-flow'),
    test: (n) => has(n, 'description'),
    message: () => 'the data flow section has no description',
  }),
  expectRule({
    id: 'frr187',
    level: 'ERROR',
    statement: 'An OSCAL SSP document with a data flow diagram MUST have a unique identifier.',
    targets: (ctx) => select(ctx.doc, 'system-characteristics/data-flow/diagrams'),
    test: (d) => field(d, 'uuid').length > 0,
    message: (d) => `the data flow diagram at ${d.pointer} has no uuid`,
  }),
];
