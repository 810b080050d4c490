/**
 * The few facts of OSCAL's XML↔JSON mapping that NIST's JSON schemas do not carry. Everything else
 * (which JSON property a child element becomes, array or single, object or scalar, flag types, the
 * value key of a field with flags) is derived from the schema by xml-mapping.ts.
 *
 * Source: the OSCAL metaschema modules (usnistgov/OSCAL src/metaschema), whose `group-as`,
 * `use-name`, `in-xml="UNWRAPPED"` and `as-type="markup-*"` settings define the mapping.
 */

/**
 * JSON array properties whose XML item element is not the group name made singular and not the
 * item definition's name (`use-name` overrides on an array). Key: JSON property; value: XML element.
 */
export const GROUP_ITEM_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  'related-risks': ['associated-risk'],
};

/**
 * JSON array properties written in XML as a wrapper element of the group's name around the items
 * (`group-as in-xml="GROUPED"`). Every other array is written as repeated item elements, some of
 * which carry the group's own name (`<objectives-and-methods>`, `<relevant-evidence>`, `<provided>`).
 */
export const GROUPED_XML_WRAPPERS: ReadonlySet<string> = new Set(['revisions']);

/**
 * The markup-multiline properties written "unwrapped" in XML: their block elements (`<p>`, `<ul>`…)
 * sit directly in the parent element (e.g. a `<part>`), with no wrapper element.
 */
export const UNWRAPPED_MARKUP_PROPERTIES: ReadonlySet<string> = new Set(['prose']);

/**
 * Markup datatypes by property name, for the 1.0 and 1.1 schemas, which type markup as plain
 * `string` (the 1.2 schemas reference MarkupLineDatatype / MarkupMultilineDatatype, which wins).
 * The names are those the 1.2.1 complete schema types as markup; a unit test keeps the two in step.
 */
export const MARKUP_LINE_PROPERTIES: ReadonlySet<string> = new Set(['title', 'label', 'choice', 'text', 'purpose', 'caption']);
export const MARKUP_MULTILINE_PROPERTIES: ReadonlySet<string> = new Set([
  'prose',
  'usage',
  'description',
  'statement',
  'remarks',
  'adjustment-justification',
  'mapping-description',
]);

/**
 * Fields with flags whose value is base64 (the 1.0 schema does not say so; 1.1+ has contentEncoding):
 * XML whitespace (line breaks of long data) is dropped from their value.
 */
export const BASE64_FIELDS: ReadonlySet<string> = new Set(['base64']);

/** Inline and block elements of OSCAL markup (the HTML subset metaschema allows). */
export const MARKUP_BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'pre',
  'hr',
  'blockquote',
  'table',
]);
