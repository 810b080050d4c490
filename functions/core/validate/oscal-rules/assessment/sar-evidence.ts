import { child, select, text } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { descendants, has, hrefUuid, label, objects, resources, resourceTypes, rule, SAR } from './helpers.js';

/**
 * Evidence and artifacts in the SAR's back-matter: each has content (an rlink with a relative path,
 * or base64) and is referenced by an observation subject or relevant evidence.
 */

const evidence = (ctx: RuleContext) => resources(ctx).filter((r) => resourceTypes(r).some((t) => t === 'evidence' || t === 'artifact'));

function* hasContent(ctx: RuleContext): Iterable<Violation> {
  for (const r of evidence(ctx)) {
    if (select(r, 'rlinks').length === 0 && !has(r, 'base64')) yield { message: `${label(r, 'evidence resource')} has neither an rlink nor base64 content`, pointer: r.pointer };
  }
}

/** An absolute path or URI: a scheme, a leading slash or backslash, or a drive letter. */
const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|[/\\])/i;

function* relativePath(ctx: RuleContext): Iterable<Violation> {
  for (const r of evidence(ctx)) {
    for (const link of select(r, 'rlinks')) {
      const href = text(child(link, 'href'));
      if (ABSOLUTE.test(href)) yield { message: `${label(r, 'evidence resource')} links to '${href}'; evidence must be linked by a relative path`, pointer: link.pointer };
    }
  }
}

function* referenced(ctx: RuleContext): Iterable<Violation> {
  const refs = new Set<string>();
  for (const s of objects(descendants(ctx.doc, 'subjects'))) refs.add(text(s.value['subject-uuid']));
  for (const ev of objects(descendants(ctx.doc, 'relevant-evidence'))) {
    refs.add(hrefUuid(text(ev.value['href'])));
    for (const link of objects(select(ev, 'links'))) refs.add(hrefUuid(text(link.value['href'])));
  }
  for (const r of evidence(ctx)) {
    if (!refs.has(text(r.value['uuid']))) yield { message: `${label(r, 'evidence resource')} is not referenced by any observation subject or relevant-evidence`, pointer: r.pointer };
  }
}

export const SAR_EVIDENCE_RULES: readonly OscalRule[] = [
  rule('has-type-artifact-evidence-rlink-base64', SAR, 'error', "A back-matter resource of type 'evidence' or 'artifact' must have an rlink or base64.", hasContent),
  rule('has-type-artifact-evidence-rlink-relative-path', SAR, 'error', "The rlink of an 'evidence' or 'artifact' resource must have a relative path.", relativePath),
  rule(
    'has-type-artifact-evidence-resource',
    SAR,
    'error',
    "A back-matter resource of type 'evidence' or 'artifact' must be referenced by a subject or relevant-evidence in the document.",
    referenced,
  ),
];
