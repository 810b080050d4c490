import { documentIndex } from '../document-index.js';
import { isObject, select, text, type Located } from '../query.js';
import type { OscalRule } from '../types.js';
import { allowed, field, has, label, namedProps, oneOf, propText, resources, sspRule } from './helpers.js';

/**
 * Back-matter resources (the SSP's citations and attachments): each has a uuid, a title and an rlink
 * with an href, is referenced from the document, has an allowed attachment type, and embeds at most
 * one base64 attachment with a filename, an allowed media type and real base64 content.
 */

const rlinks = (r: Located): Located[] => select(r, 'rlinks').filter((l) => isObject(l.value));
const base64s = (r: Located): Located[] => select(r, 'base64').filter((b) => isObject(b.value));

/** Whether a string is well-formed base64 (whitespace ignored). */
function isBase64(s: string): boolean {
  const compact = s.replace(/\s+/g, '');
  return compact.length > 0 && compact.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(compact);
}

export const RULES: readonly OscalRule[] = [
  sspRule('resource-has-uuid', 'error', 'Every supporting artifact found in a citation must have a unique identifier.', function* (ctx) {
    for (const r of resources(ctx)) if (isObject(r.value) && !has(r, 'uuid')) yield { message: `back-matter resource at ${r.pointer} has no uuid`, pointer: r.pointer };
  }, ['resource-uuid-required']),
  sspRule('resource-has-title', 'warning', 'Every supporting artifact found in a citation should have a title.', function* (ctx) {
    for (const r of resources(ctx)) if (isObject(r.value) && !has(r, 'title')) yield { message: `${label(r, 'back-matter resource')} has no title`, pointer: r.pointer };
  }),
  sspRule('resource-has-rlink', 'error', 'Every supporting artifact found in a citation must have a rlink element.', function* (ctx) {
    for (const r of resources(ctx)) if (isObject(r.value) && !has(r, 'rlinks')) yield { message: `${label(r, 'back-matter resource')} has no rlink`, pointer: r.pointer };
  }),
  sspRule('rlink-has-href', 'error', 'Every supporting artifact found in a citation rlink must have a reference.', function* (ctx) {
    for (const r of resources(ctx)) {
      for (const l of rlinks(r)) if (!has(l, 'href')) yield { message: `an rlink of ${label(r, 'back-matter resource')} has no href`, pointer: l.pointer };
    }
  }),
  sspRule('resource-is-referenced', 'warning', 'Every supporting artifact found in a citation should be referenced from within the document.', function* (ctx) {
    const refs = documentIndex(ctx).resourceReferences;
    for (const r of resources(ctx)) {
      const uuid = field(r, 'uuid');
      if (uuid && !refs.has(`#${uuid}`) && !refs.has(uuid)) yield { message: `${label(r, 'back-matter resource')} is not referenced anywhere in the document`, pointer: r.pointer };
    }
  }),
  sspRule('attachment-type-is-valid', 'warning', 'A supporting artifact found in a citation should have an allowed attachment type.', function* (ctx) {
    const types = allowed(ctx, 'attachment-type');
    if (types.size === 0) return;
    for (const r of resources(ctx)) {
      for (const p of namedProps(r, 'type')) {
        const v = propText(p);
        if (!types.has(v)) yield { message: `${label(r, 'back-matter resource')} has attachment type '${v}', not one of ${oneOf(types)}`, pointer: p.pointer };
      }
    }
  }),
  sspRule('has-allowed-media-type', 'error', 'A media-type attribute must have an allowed value.', function* (ctx) {
    const types = allowed(ctx, 'media-type');
    if (types.size === 0) return;
    for (const r of resources(ctx)) {
      for (const n of [...rlinks(r), ...base64s(r)]) {
        if (!has(n, 'media-type')) continue;
        const v = field(n, 'media-type');
        if (!types.has(v)) yield { message: `${label(r, 'back-matter resource')} declares media type '${v}', which FedRAMP does not allow`, pointer: `${n.pointer}/media-type` };
      }
    }
  }),
  sspRule('resource-has-base64', 'warning', 'A supporting artifact found in a citation should have an embedded attachment element.', function* (ctx) {
    for (const r of resources(ctx)) if (isObject(r.value) && base64s(r).length === 0) yield { message: `${label(r, 'back-matter resource')} embeds no base64 attachment`, pointer: r.pointer };
  }),
  sspRule('resource-has-base64-cardinality', 'error', 'A supporting artifact found in a citation must have only one embedded attachment element.', function* (ctx) {
    for (const r of resources(ctx)) {
      const found = base64s(r);
      if (found.length > 1) yield { message: `${label(r, 'back-matter resource')} embeds ${found.length} base64 attachments; only one is allowed`, pointer: found[1]!.pointer };
    }
  }),
  sspRule('base64-has-filename', 'error', 'Every embedded attachment element must have a filename attribute.', function* (ctx) {
    for (const r of resources(ctx)) for (const b of base64s(r)) if (!has(b, 'filename')) yield { message: `the base64 attachment of ${label(r, 'back-matter resource')} has no filename`, pointer: b.pointer };
  }, ['resource-base64-available-filename']),
  sspRule('base64-has-media-type', 'error', 'Every embedded attachment element must have a media type.', function* (ctx) {
    for (const r of resources(ctx)) for (const b of base64s(r)) if (!has(b, 'media-type')) yield { message: `the base64 attachment of ${label(r, 'back-matter resource')} has no media-type`, pointer: b.pointer };
  }, ['resource-base64-available-media-type']),
  sspRule('base64-has-content', 'error', 'Every embedded attachment element must have content.', function* (ctx) {
    for (const r of resources(ctx)) {
      for (const b of base64s(r)) {
        const content = isObject(b.value) ? text(b.value['value']) || text(b.value['#text']) : '';
        if (!isBase64(content)) {
          yield { message: `the base64 attachment of ${label(r, 'back-matter resource')} ${content ? 'is not valid base64 content' : 'is empty'}`, pointer: b.pointer };
        }
      }
    }
  }),
];
