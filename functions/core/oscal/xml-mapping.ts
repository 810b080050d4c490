import type { OscalModel } from './types.js';
import { OSCAL_MODELS, isRecord } from './types.js';
import {
  BASE64_FIELDS,
  GROUPED_XML_WRAPPERS,
  GROUP_ITEM_ELEMENTS,
  MARKUP_LINE_PROPERTIES,
  MARKUP_MULTILINE_PROPERTIES,
  UNWRAPPED_MARKUP_PROPERTIES,
} from './xml-names.js';

/**
 * OSCAL's XML→JSON mapping, derived from a NIST OSCAL JSON schema (draft-07, as published for
 * 1.0.4, 1.1.3 and 1.2.1). The schema gives, for each JSON object: its properties, whether each is an
 * array (an XML element repeated, or a GROUPED wrapper), an object (an XML assembly or a field with
 * flags) or a scalar (an XML attribute or a field without flags), and the scalar types. What it does
 * not give (XML element names of array items, unwrapped prose, markup kinds before 1.2) comes from
 * xml-names.ts. The derivation walks the schema once and is cached per version by xml-map-cache.ts.
 */

export type ScalarType = 'string' | 'integer' | 'number' | 'boolean';
export type MarkupKind = 'line' | 'multiline';

export interface ScalarMapping {
  kind: 'scalar';
  type: ScalarType;
  /** Set for markup-line / markup-multiline string fields (rendered to Markdown). */
  markup?: MarkupKind;
  /** Base64 content: XML whitespace inside it is dropped. */
  base64?: boolean;
}

export interface ChildMapping {
  /** The JSON property the element becomes. */
  json: string;
  /** True when the JSON property is an array (each XML element is one item). */
  array: boolean;
  /** True when the XML element is a GROUPED wrapper whose children are the array's items. */
  wrapper: boolean;
  target: ScalarMapping | ObjectMapping;
}

export interface ObjectMapping {
  kind: 'object';
  /** Schema definition it comes from (for messages and tests). */
  name: string;
  /** Child XML element local name → JSON property. */
  children: Map<string, ChildMapping>;
  /** Scalar JSON properties, which XML writes as attributes (flags) or as child fields. */
  scalars: Map<string, ScalarMapping>;
  /** For a field with flags: the JSON property holding the element's own text. */
  valueKey?: { json: string; scalar: ScalarMapping };
  /** The unwrapped markup-multiline property (`prose`) collecting block elements written in place. */
  proseKey?: string;
}

export interface XmlModelMapping {
  roots: Map<OscalModel, ObjectMapping>;
}

type Schema = Record<string, unknown>;

class SchemaIndex {
  private readonly byRef = new Map<string, Schema>();
  constructor(root: Schema) {
    const defs = isRecord(root.definitions) ? root.definitions : {};
    for (const [name, def] of Object.entries(defs)) {
      if (!isRecord(def)) continue;
      this.byRef.set(`#/definitions/${name}`, def);
      if (typeof def.$id === 'string') this.byRef.set(def.$id, def);
    }
  }

  /** Follows `$ref` chains; sibling keywords of a `$ref` (title, description) are kept over the target's. */
  resolve(node: Schema): Schema {
    let current = node;
    for (let hops = 0; typeof current.$ref === 'string' && hops < 32; hops++) {
      const target = this.byRef.get(current.$ref);
      if (!target) throw new Error(`OSCAL schema: unresolved $ref ${current.$ref}`);
      const merged: Schema = { ...target, ...current, $ref: target.$ref };
      if (target.$ref === undefined) delete merged.$ref;
      current = merged;
    }
    return current;
  }

  /** The definition a node refers to (before merging), so shared definitions map to one object. */
  identity(node: Schema): Schema {
    let current = node;
    for (let hops = 0; typeof current.$ref === 'string' && hops < 32; hops++) {
      const target = this.byRef.get(current.$ref);
      if (!target) break;
      current = target;
    }
    return current;
  }

  refersTo(node: Schema, suffix: string): boolean {
    let current: Schema | undefined = node;
    for (let hops = 0; current && hops < 32; hops++) {
      if (typeof current.$ref !== 'string') return false;
      if (current.$ref.endsWith(suffix)) return true;
      current = this.byRef.get(current.$ref);
    }
    return false;
  }
}

const branches = (node: Schema): Schema[] =>
  (['allOf', 'anyOf', 'oneOf'] as const).flatMap((k) => (Array.isArray(node[k]) ? node[k].filter(isRecord) : []));

/** Candidate XML element names for one item of the JSON array property `group`. */
function itemElementNames(group: string, itemDefinitionName: string | undefined): string[] {
  const names = new Set<string>(GROUP_ITEM_ELEMENTS[group] ?? []);
  if (group.endsWith('ies')) names.add(`${group.slice(0, -3)}y`);
  if (group.endsWith('es')) names.add(group.slice(0, -2));
  if (group.endsWith('s')) names.add(group.slice(0, -1));
  if (itemDefinitionName) names.add(itemDefinitionName);
  names.add(group); // items that carry the group's own name (`<relevant-evidence>`)
  return [...names];
}

/** `#assembly_oscal-metadata_party` / `#/definitions/oscal-ssp-oscal-metadata:party` → `party`. */
function definitionName(def: Schema): string | undefined {
  const id = typeof def.$id === 'string' ? def.$id : undefined;
  if (!id) return undefined;
  const m = /(?:[:_])([a-z0-9-]+)$/i.exec(id);
  return m?.[1];
}

class MappingBuilder {
  private readonly objects = new Map<Schema, ObjectMapping>();
  constructor(private readonly index: SchemaIndex) {}

  scalarOf(node: Schema, property: string): ScalarMapping | undefined {
    const resolved = this.index.resolve(node);
    const type = this.scalarType(resolved, 0);
    if (!type) return undefined;
    const scalar: ScalarMapping = { kind: 'scalar', type };
    if (type === 'string') {
      if (this.index.refersTo(node, '/MarkupLineDatatype')) scalar.markup = 'line';
      else if (this.index.refersTo(node, '/MarkupMultilineDatatype')) scalar.markup = 'multiline';
      else if (MARKUP_MULTILINE_PROPERTIES.has(property)) scalar.markup = 'multiline';
      else if (MARKUP_LINE_PROPERTIES.has(property)) scalar.markup = 'line';
      if (resolved.contentEncoding === 'base64' || this.index.refersTo(node, '/Base64Datatype')) scalar.base64 = true;
    }
    return scalar;
  }

  private scalarType(node: Schema, depth: number): ScalarType | undefined {
    if (depth > 8) return undefined;
    const t = node.type;
    if (t === 'string' || t === 'integer' || t === 'number' || t === 'boolean') return t;
    if (t === 'object' || t === 'array') return undefined;
    if (Array.isArray(node.enum)) return 'string';
    let found: ScalarType | undefined;
    for (const b of branches(node)) {
      const bt = this.scalarType(this.index.resolve(b), depth + 1);
      if (bt === 'integer') return 'integer';
      found ??= bt;
    }
    return found;
  }

  /** Properties of an object node, merged across allOf/anyOf/oneOf branches. */
  private propertiesOf(node: Schema): Map<string, Schema> {
    const out = new Map<string, Schema>();
    const visit = (n: Schema, depth: number): void => {
      if (depth > 8) return;
      if (isRecord(n.properties)) {
        for (const [k, v] of Object.entries(n.properties)) if (isRecord(v) && !out.has(k)) out.set(k, v);
      }
      for (const b of branches(n)) visit(this.index.resolve(b), depth + 1);
    };
    visit(node, 0);
    return out;
  }

  private isObject(node: Schema): boolean {
    return node.type === 'object' || isRecord(node.properties) || branches(node).some((b) => isRecord(this.index.resolve(b).properties));
  }

  objectOf(node: Schema): ObjectMapping {
    const key = this.index.identity(node);
    const existing = this.objects.get(key);
    if (existing) return existing;
    const resolved = this.index.resolve(node);
    const mapping: ObjectMapping = {
      kind: 'object',
      name: definitionName(resolved) ?? (typeof resolved.title === 'string' ? resolved.title : 'anonymous'),
      children: new Map(),
      scalars: new Map(),
    };
    this.objects.set(key, mapping);

    // Candidates are added by priority; a later candidate never displaces an earlier one.
    const candidates: Array<[number, string, ChildMapping]> = [];
    const untitledScalars: Array<[string, ScalarMapping]> = [];
    for (const [prop, propSchema] of this.propertiesOf(resolved)) {
      if (prop === '$schema') continue;
      const propResolved = this.index.resolve(propSchema);
      if (propResolved.type === 'array' && isRecord(propResolved.items)) {
        const items = propResolved.items;
        const itemResolved = this.index.resolve(items);
        const target = this.isObject(itemResolved) ? this.objectOf(items) : this.scalarOf(items, prop);
        if (!target) continue;
        if (GROUPED_XML_WRAPPERS.has(prop)) candidates.push([1, prop, { json: prop, array: true, wrapper: true, target }]);
        for (const name of itemElementNames(prop, definitionName(itemResolved))) {
          candidates.push([2, name, { json: prop, array: true, wrapper: false, target }]);
        }
      } else if (this.isObject(propResolved)) {
        const target = this.objectOf(propSchema);
        if (BASE64_FIELDS.has(prop) && target.valueKey) target.valueKey.scalar.base64 = true;
        candidates.push([0, prop, { json: prop, array: false, wrapper: false, target }]);
      } else {
        const scalar = this.scalarOf(propSchema, prop);
        if (!scalar) continue;
        mapping.scalars.set(prop, scalar);
        candidates.push([0, prop, { json: prop, array: false, wrapper: false, target: scalar }]);
        if (UNWRAPPED_MARKUP_PROPERTIES.has(prop)) mapping.proseKey = prop;
        if (typeof propResolved.title !== 'string') untitledScalars.push([prop, scalar]);
      }
    }
    candidates.sort((a, b) => a[0] - b[0]);
    for (const [, name, child] of candidates) if (!mapping.children.has(name)) mapping.children.set(name, child);

    // A field with flags: its flags have formal names (schema titles); its value key has none.
    const onlyScalars = mapping.scalars.size > 0 && mapping.children.size === mapping.scalars.size;
    const [valueKey] = untitledScalars;
    if (onlyScalars && untitledScalars.length === 1 && valueKey) {
      mapping.valueKey = { json: valueKey[0], scalar: valueKey[1] };
    }
    return mapping;
  }
}

/** Derives the XML→JSON mapping of every model a NIST OSCAL "complete" JSON schema defines. */
export function deriveXmlMapping(completeSchema: Record<string, unknown>): XmlModelMapping {
  const index = new SchemaIndex(completeSchema);
  const builder = new MappingBuilder(index);
  const roots = new Map<OscalModel, ObjectMapping>();
  const rootBranches = Array.isArray(completeSchema.oneOf) ? completeSchema.oneOf.filter(isRecord) : [completeSchema];
  for (const branch of rootBranches) {
    const props = isRecord(branch.properties) ? branch.properties : {};
    for (const model of OSCAL_MODELS) {
      const node = props[model];
      if (isRecord(node)) roots.set(model, builder.objectOf(node));
    }
  }
  return { roots };
}
