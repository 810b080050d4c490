import { child, isObject, select, text } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { has, resourceFor, sspRule } from './helpers.js';

/**
 * The authorization boundary, network architecture and data flow of system-characteristics: each with
 * a description and diagrams, each diagram with a uuid, description, caption and a `rel="diagram"`
 * link to the back-matter resource holding the picture. The three sections share one set of checks.
 */

const SECTIONS = [
  ['authorization-boundary', 'authorization boundary'],
  ['network-architecture', 'network architecture'],
  ['data-flow', 'data flow'],
] as const;

type Section = (typeof SECTIONS)[number];
type Check = (ctx: RuleContext) => Iterable<Violation>;

function rulesFor([key, name]: Section): OscalRule[] {
  const sections = (ctx: RuleContext) => select(ctx.doc, `system-characteristics/${key}`);
  const diagrams = (ctx: RuleContext) => select(ctx.doc, `system-characteristics/${key}/diagrams`);
  const links = (ctx: RuleContext) => select(ctx.doc, `system-characteristics/${key}/diagrams/links`);

  const present: Check = function* (ctx) {
    for (const sc of select(ctx.doc, 'system-characteristics')) if (!has(sc, key)) yield { message: `system-characteristics has no ${key} (${name})`, pointer: sc.pointer };
  };
  const description: Check = function* (ctx) {
    for (const s of sections(ctx)) if (!has(s, 'description')) yield { message: `the ${name} has no description`, pointer: s.pointer };
  };
  const diagram: Check = function* (ctx) {
    for (const s of sections(ctx)) if (select(s, 'diagrams').length === 0) yield { message: `the ${name} has no diagram`, pointer: s.pointer };
  };
  const diagramHas = (field: string, what: string): Check =>
    function* (ctx) {
      for (const d of diagrams(ctx)) if (!has(d, field)) yield { message: `a ${name} diagram has no ${what}`, pointer: d.pointer };
    };
  const diagramLink: Check = function* (ctx) {
    for (const d of diagrams(ctx)) if (select(d, 'links').length === 0) yield { message: `a ${name} diagram has no link`, pointer: d.pointer };
  };
  const linkRel: Check = function* (ctx) {
    for (const l of links(ctx)) if (!has(l, 'rel')) yield { message: `a ${name} diagram link has no rel attribute`, pointer: l.pointer };
  };
  const linkRelDiagram: Check = function* (ctx) {
    for (const l of links(ctx)) {
      const rel = child(l, 'rel');
      if (rel && text(rel) !== 'diagram') yield { message: `a ${name} diagram link has rel '${text(rel)}' instead of 'diagram'`, pointer: rel.pointer };
    }
  };
  const linkTarget: Check = function* (ctx) {
    for (const l of links(ctx)) {
      if (!isObject(l.value) || text(l.value['rel']) !== 'diagram') continue;
      const href = text(l.value['href']);
      if (href && !resourceFor(ctx, href)) yield { message: `a ${name} diagram link (${href}) does not reference a back-matter resource`, pointer: l.pointer };
    }
  };

  return [
    sspRule(`has-${key}`, 'error', `A FedRAMP SSP includes ${key === 'authorization-boundary' ? 'an authorization boundary' : `a ${name} diagram`}.`, present),
    sspRule(`has-${key}-description`, 'error', `A FedRAMP SSP has a${key === 'authorization-boundary' ? 'n' : ''} ${name} description.`, description),
    sspRule(`has-${key}-diagram`, 'error', `A FedRAMP SSP has at least one ${name} diagram.`, diagram),
    sspRule(`has-${key}-diagram-uuid`, 'error', `Each FedRAMP SSP ${name} diagram has a unique identifier.`, diagramHas('uuid', 'uuid')),
    sspRule(`has-${key}-diagram-description`, 'error', `Each FedRAMP SSP ${name} diagram has a description.`, diagramHas('description', 'description')),
    sspRule(`has-${key}-diagram-link`, 'error', `Each FedRAMP SSP ${name} diagram has a link.`, diagramLink),
    sspRule(`has-${key}-diagram-caption`, 'error', `Each FedRAMP SSP ${name} diagram has a caption.`, diagramHas('caption', 'caption')),
    sspRule(`has-${key}-diagram-link-rel`, 'error', `Each FedRAMP SSP ${name} diagram has a link rel attribute.`, linkRel),
    sspRule(`has-${key}-diagram-link-rel-allowed-value`, 'error', `Each FedRAMP SSP ${name} diagram has a link rel attribute with the value "diagram".`, linkRelDiagram),
    sspRule(`has-${key}-diagram-link-href-target`, 'error', `A FedRAMP SSP ${name} diagram link references a back-matter resource representing the diagram document.`, linkTarget),
  ];
}

export const RULES: readonly OscalRule[] = SECTIONS.flatMap(rulesFor);
