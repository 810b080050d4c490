import { SaxesParser } from 'saxes';
import { hostile, unreadable } from '../classify/errors.js';
import { decodeXmlChunks } from './decode.js';
import { MarkupBuilder, renderLine, renderMultiline } from './markup.js';
import type { OscalModel, OscalParseLimits } from './types.js';
import { OSCAL_XML_NAMESPACE, isOscalModel } from './types.js';
import type { ChildMapping, ObjectMapping, ScalarMapping, XmlModelMapping } from './xml-mapping.js';
import { MARKUP_BLOCK_ELEMENTS } from './xml-names.js';

/**
 * OSCAL XML → the OSCAL JSON model, in one streaming pass (no DOM): each element is mapped by the
 * schema-derived table of xml-mapping.ts. Safety: any DOCTYPE is refused (no entity is ever
 * declared, expanded or fetched), element nesting is capped, malformed XML is `unreadable`.
 *
 * Content the model does not define is kept, not dropped, so schema validation reports it: an
 * unknown element becomes a property of its name, an unknown attribute a property, stray text a
 * `#text` property.
 */

interface ObjectFrame {
  kind: 'object';
  def: ObjectMapping;
  obj: Record<string, unknown>;
  text: string;
  prose: MarkupBuilder | undefined;
}
interface MarkupFrame {
  kind: 'markup';
  builder: MarkupBuilder;
  /** Elements opened inside this frame's element and not yet closed. */
  level: number;
  /** True when the frame's own element is in the builder (a prose block). */
  inBuilder: boolean;
  done: (() => void) | undefined;
}
interface WrapperFrame {
  kind: 'wrapper';
  owner: ObjectFrame;
  json: string;
}
interface GenericFrame {
  kind: 'generic';
  parent: Record<string, unknown>;
  name: string;
  obj: Record<string, unknown>;
  text: string;
  hasContent: boolean;
}
type Frame = ObjectFrame | MarkupFrame | WrapperFrame | GenericFrame;

export interface XmlRootFacts {
  model: OscalModel;
  oscalVersion: string;
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);
const isFlagAttribute = (name: string): boolean => name !== 'xmlns' && !name.includes(':');

interface SaxHandlers {
  open(tag: { name: string; attributes: Record<string, string> }, depth: number): void;
  text?(text: string): void;
  close(depth: number): void;
}

/** A saxes parser that refuses any DOCTYPE and caps element nesting (saxes keeps one handler per event). */
function newParser(limits: OscalParseLimits, handlers: SaxHandlers): SaxesParser {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('doctype', () => {
    throw hostile('XML with a document type declaration (DTD) is refused; entities are never resolved');
  });
  let depth = 0;
  parser.on('opentag', (tag) => {
    if (++depth > limits.maxDepth) throw hostile(`XML nested deeper than ${limits.maxDepth} elements`);
    handlers.open({ name: tag.name, attributes: tag.attributes as Record<string, string> }, depth);
  });
  parser.on('closetag', () => {
    handlers.close(depth);
    depth--;
  });
  const onText = handlers.text;
  if (onText) {
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  return parser;
}

class StopSniffing extends Error {}

/** Bytes read to find the root element and `metadata/oscal-version`. */
const SNIFF_BYTES = 4 * 1024 * 1024;

/** Feeds the document (or, when sniffing, its first `maxBytes`) to the parser in chunks. */
function feed(parser: SaxesParser, bytes: Uint8Array, maxBytes = Infinity): void {
  const complete = maxBytes >= bytes.byteLength;
  try {
    for (const chunk of decodeXmlChunks(bytes, maxBytes)) parser.write(chunk);
    if (complete) parser.close();
  } catch (err) {
    if (err instanceof StopSniffing) return;
    if (err instanceof Error && err.name === 'DocumentRejectedError') throw err;
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw unreadable(`XML is not well-formed (${message})`);
  }
}

/** Root element and `metadata/oscal-version` of OSCAL XML, read from the start of the document. */
export function sniffOscalXml(bytes: Uint8Array, limits: OscalParseLimits): XmlRootFacts {
  let root: string | undefined;
  let namespace: string | undefined;
  const path: string[] = [];
  let version = '';
  const inVersion = (): boolean => path.length === 3 && path[1] === 'metadata' && path[2] === 'oscal-version';
  const parser = newParser(limits, {
    open(tag, depth) {
      const name = localName(tag.name);
      if (depth === 1) {
        root = name;
        const colon = tag.name.indexOf(':');
        namespace = tag.attributes[colon >= 0 ? `xmlns:${tag.name.slice(0, colon)}` : 'xmlns'];
      }
      path.push(name);
    },
    text(t) {
      if (inVersion()) version += t;
    },
    close() {
      if (inVersion() || (path.length === 2 && path[1] === 'metadata')) throw new StopSniffing();
      path.pop();
    },
  });
  // Metadata comes first in every model: the first chunk holds it in all but pathological documents.
  feed(parser, bytes, SNIFF_BYTES);
  if (root === undefined) throw unreadable('XML has no root element');
  if (namespace !== OSCAL_XML_NAMESPACE) {
    throw unreadable(`XML root <${root}> is not in the OSCAL namespace ${OSCAL_XML_NAMESPACE} (found ${namespace ?? 'none'})`);
  }
  if (!isOscalModel(root)) throw unreadable(`XML root <${root}> is not an OSCAL document model`);
  return { model: root, oscalVersion: version.trim() };
}

function coerce(text: string, scalar: ScalarMapping): unknown {
  const t = scalar.base64 ? text.replace(/\s+/g, '') : text.trim();
  switch (scalar.type) {
    case 'integer':
      return /^[+-]?\d+$/.test(t) ? Number(t) : t;
    case 'number':
      return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : t;
    case 'boolean':
      return t === 'true' || t === '1' ? true : t === 'false' || t === '0' ? false : t;
    default:
      return t;
  }
}

function scalarValue(builder: MarkupBuilder, scalar: ScalarMapping): unknown {
  if (scalar.markup === 'multiline') return renderMultiline(builder.root);
  if (scalar.markup === 'line' || !builder.isPlainText) return renderLine(builder.root);
  return coerce(builder.plainText(), scalar);
}

/**
 * Sets an own property, as JSON.parse would: an element or attribute named `__proto__` becomes a
 * plain property (which validation then reports), never the object's prototype.
 */
function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

function attach(obj: Record<string, unknown>, json: string, array: boolean, value: unknown): void {
  const existing = Object.hasOwn(obj, json) ? obj[json] : undefined;
  if (array && Array.isArray(existing)) existing.push(value);
  else if (array) setOwn(obj, json, existing === undefined ? [value] : [existing, value]);
  // A repeated single element is invalid; keep both so validation reports it.
  else setOwn(obj, json, existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value]);
}

function setFlags(obj: Record<string, unknown>, def: ObjectMapping, attributes: Readonly<Record<string, string>>): void {
  for (const name in attributes) {
    const value = attributes[name];
    if (value === undefined || !isFlagAttribute(name)) continue;
    const scalar = def.scalars.get(name);
    setOwn(obj, name, scalar ? coerce(value, scalar) : value);
  }
}

function hasFlagAttribute(attributes: Readonly<Record<string, string>>): boolean {
  for (const name in attributes) if (isFlagAttribute(name)) return true;
  return false;
}

const NON_WHITESPACE = /\S/;

/** Converts OSCAL XML to the JSON model with the mapping of the document's OSCAL release. */
export function convertOscalXml(
  bytes: Uint8Array,
  facts: XmlRootFacts,
  mapping: XmlModelMapping,
  limits: OscalParseLimits,
): Record<string, unknown> {
  const rootDef = mapping.roots.get(facts.model);
  if (!rootDef) throw unreadable(`no XML mapping for the ${facts.model} model`);
  const stack: Frame[] = [];
  let result: Record<string, unknown> | undefined;

  const pushObject = (def: ObjectMapping, obj: Record<string, unknown>): void => {
    stack.push({ kind: 'object', def, obj, text: '', prose: undefined });
  };

  const openGeneric = (parent: Record<string, unknown>, name: string, attributes: Readonly<Record<string, string>>): void => {
    const obj: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(attributes)) if (isFlagAttribute(k)) setOwn(obj, k, v);
    stack.push({ kind: 'generic', parent, name, obj, text: '', hasContent: Object.keys(obj).length > 0 });
  };

  const openChild = (owner: ObjectFrame, child: ChildMapping, name: string, attributes: Readonly<Record<string, string>>): void => {
    if (child.wrapper) {
      if (!Array.isArray(owner.obj[child.json])) owner.obj[child.json] = [];
      stack.push({ kind: 'wrapper', owner, json: child.json });
      return;
    }
    const target = child.target;
    if (target.kind === 'object') {
      const obj: Record<string, unknown> = {};
      setFlags(obj, target, attributes);
      attach(owner.obj, child.json, child.array, obj);
      pushObject(target, obj);
      return;
    }
    if (hasFlagAttribute(attributes)) {
      // Attributes on a field that has no flags: not representable as a JSON scalar; keep them.
      openGeneric(owner.obj, name, attributes);
      return;
    }
    const builder = new MarkupBuilder();
    const done = (): void => attach(owner.obj, child.json, child.array, scalarValue(builder, target));
    stack.push({ kind: 'markup', builder, level: 0, inBuilder: false, done });
  };

  const onOpen = (tag: { name: string; attributes: Record<string, string> }): void => {
    const name = localName(tag.name);
    const attributes = tag.attributes;
    const top = stack[stack.length - 1];
    if (!top) {
      const obj: Record<string, unknown> = {};
      setFlags(obj, rootDef, attributes);
      result = { [facts.model]: obj };
      pushObject(rootDef, obj);
      return;
    }
    switch (top.kind) {
      case 'markup':
        top.builder.openElement(name, attributes);
        top.level++;
        return;
      case 'object': {
        const child = top.def.children.get(name);
        if (child) openChild(top, child, name, attributes);
        else if (top.def.proseKey && MARKUP_BLOCK_ELEMENTS.has(name)) {
          top.prose ??= new MarkupBuilder();
          top.prose.openElement(name, attributes);
          stack.push({ kind: 'markup', builder: top.prose, level: 0, inBuilder: true, done: undefined });
        } else openGeneric(top.obj, name, attributes);
        return;
      }
      case 'wrapper': {
        const item = top.owner.def.children.get(name);
        if (item && item.json === top.json && !item.wrapper) openChild(top.owner, item, name, attributes);
        else openGeneric(top.owner.obj, name, attributes);
        return;
      }
      case 'generic':
        top.hasContent = true;
        openGeneric(top.obj, name, attributes);
    }
  };

  const onText = (text: string): void => {
    const top = stack[stack.length - 1];
    if (!top) return;
    switch (top.kind) {
      case 'markup':
        top.builder.text(text);
        return;
      case 'object':
        // Whitespace between child elements is not content; only a field with flags keeps its text.
        if (top.def.valueKey) top.text += text;
        else if (NON_WHITESPACE.test(text)) {
          if (top.def.proseKey) (top.prose ??= new MarkupBuilder()).text(text);
          else top.text += text;
        }
        return;
      case 'generic':
        top.text += text;
        return;
      case 'wrapper':
        if (NON_WHITESPACE.test(text)) attach(top.owner.obj, '#text', false, text.trim());
    }
  };
  const onClose = (): void => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.kind === 'markup' && top.level > 0) {
      top.builder.closeElement();
      top.level--;
      return;
    }
    stack.pop();
    switch (top.kind) {
      case 'markup':
        if (top.inBuilder) top.builder.closeElement();
        top.done?.();
        return;
      case 'object': {
        const { def, obj } = top;
        if (def.valueKey && top.text.trim() !== '') obj[def.valueKey.json] = coerce(top.text, def.valueKey.scalar);
        else if (top.text.trim() !== '') obj['#text'] = top.text.trim();
        if (def.proseKey && top.prose && !top.prose.isEmpty) obj[def.proseKey] = renderMultiline(top.prose.root);
        return;
      }
      case 'generic': {
        const text = top.text.trim();
        if (!top.hasContent) attach(top.parent, top.name, false, text);
        else {
          if (text !== '') top.obj['#text'] = text;
          attach(top.parent, top.name, false, top.obj);
        }
      }
    }
  };

  feed(newParser(limits, { open: onOpen, text: onText, close: onClose }), bytes);
  if (!result) throw unreadable('XML has no root element');
  return result;
}
