import { readFileSync } from 'node:fs';
import { DocumentRejectedError } from '../../functions/core/classify/errors.js';
import { diffModels, normalizeMarkdown } from '../../functions/core/oscal/model-diff.js';
import { parseOscal } from '../../functions/core/oscal/parse.js';
import { completeSchema, xmlMapping } from '../../functions/core/oscal/schema-files.js';
import type { OscalDocument } from '../../functions/core/oscal/types.js';
import { MARKUP_LINE_PROPERTIES, MARKUP_MULTILINE_PROPERTIES } from '../../functions/core/oscal/xml-names.js';
import { fixture } from '../support/fixtures.js';

// Copies of FedRAMP's templates, with their sources in test/fixtures/oscal/SOURCES.md.
const TEMPLATES = fixture('oscal');
const template = (kind: string, ext: string): Buffer => readFileSync(`${TEMPLATES}/FedRAMP-${kind}-OSCAL-Template.${ext}`);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const NS = 'http://csrc.nist.gov/ns/oscal/1.0';

/** A minimal SSP in XML around `body` (metadata first, as OSCAL requires). */
const sspXml = (body: string, version = '1.0.4'): Uint8Array =>
  utf8(
    `<?xml version="1.0" encoding="UTF-8"?><system-security-plan xmlns="${NS}" uuid="9809eddf-2cd5-468f-97c5-9769905d0629">` +
      `<metadata><title>T</title><last-modified>2024-01-01T00:00:00Z</last-modified><version>1</version><oscal-version>${version}</oscal-version></metadata>` +
      `${body}</system-security-plan>`,
  );
const ssp = (doc: OscalDocument): Record<string, unknown> => doc.root['system-security-plan'] as Record<string, unknown>;

function rejected(fn: () => unknown): DocumentRejectedError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DocumentRejectedError) return err;
    throw err;
  }
  throw new Error('expected a DocumentRejectedError');
}

describe('parseOscal: FedRAMP templates in the three encodings', () => {
  const models: Record<string, string> = {
    SSP: 'system-security-plan',
    SAP: 'assessment-plan',
    SAR: 'assessment-results',
    POAM: 'plan-of-action-and-milestones',
  };

  it.each(Object.entries(models))('%s: JSON and XML give the model and version', (kind, model) => {
    for (const ext of ['json', 'xml'] as const) {
      const doc = parseOscal(template(kind, ext), ext);
      expect(doc.model).toBe(model);
      expect(doc.oscalVersion).toBe('1.0.4');
      expect(Object.keys(doc.root)).toEqual([model]);
    }
  });

  it.each(Object.keys(models))('%s: XML converts to the JSON template (markup whitespace and escapes aside)', (kind) => {
    const fromJson = parseOscal(template(kind, 'json'), 'json');
    const fromXml = parseOscal(template(kind, 'xml'), 'xml');
    const diffs = diffModels(fromJson.root, fromXml.root, normalizeMarkdown);
    // The only remaining differences are GSA's own: the XML template links to XML files where the
    // JSON template links to JSON files (back-matter rlinks, import-profile, leveraged-system links).
    expect(diffs.length).toBeGreaterThan(0);
    for (const d of diffs) {
      expect(d.kind).toBe('value');
      expect(String(d.expected).replace(/json/g, 'xml')).toBe(d.actual);
    }
  });

  it('SSP: YAML is the JSON template (but for links to .yaml files)', () => {
    const fromJson = parseOscal(template('SSP', 'json'), 'json');
    const fromYaml = parseOscal(template('SSP', 'yaml'), 'yaml');
    expect(fromYaml.model).toBe('system-security-plan');
    const diffs = diffModels(fromJson.root, fromYaml.root, (s) => s);
    expect(diffs.map((d) => d.location)).toEqual([
      '/system-security-plan/import-profile/href',
      '/system-security-plan/system-implementation/leveraged-authorizations/0/links/0/href',
      '/system-security-plan/system-implementation/leveraged-authorizations/0/links/2/href',
      '/system-security-plan/back-matter/resources/47/rlinks/0/href',
    ]);
  });
});

describe('parseOscal: XML → JSON model mapping', () => {
  it('maps flags, grouped arrays, fields with flags, scalars and typed values', () => {
    const doc = parseOscal(
      sspXml(
        '<system-characteristics>' +
          '<system-id identifier-type="https://fedramp.gov">F00000000</system-id>' +
          '<prop name="a" value="1" ns="https://fedramp.gov/ns/oscal" class="c"><remarks><p>R</p></remarks></prop><prop name="b" value="2"/>' +
          '</system-characteristics>' +
          '<system-implementation><component uuid="11111111-1111-4111-8111-111111111111" type="service">' +
          '<protocol name="https"><port-range start="443" end="443" transport="TCP"/></protocol>' +
          '<responsible-role role-id="admin"><party-uuid>22222222-2222-4222-8222-222222222222</party-uuid><party-uuid>33333333-3333-4333-8333-333333333333</party-uuid></responsible-role>' +
          '</component></system-implementation>' +
          '<control-implementation><implemented-requirement uuid="44444444-4444-4444-8444-444444444444" control-id="ac-1">' +
          '<set-parameter param-id="ac-1_prm_1"><value>x</value><value>y</value></set-parameter>' +
          '</implemented-requirement></control-implementation>',
      ),
      'xml',
    );
    const body = ssp(doc);
    expect(body.uuid).toBe('9809eddf-2cd5-468f-97c5-9769905d0629');
    expect(body['system-characteristics']).toEqual({
      'system-ids': [{ 'identifier-type': 'https://fedramp.gov', id: 'F00000000' }],
      props: [
        { name: 'a', value: '1', ns: 'https://fedramp.gov/ns/oscal', class: 'c', remarks: 'R' },
        { name: 'b', value: '2' },
      ],
    });
    const component = (body['system-implementation'] as { components: Array<Record<string, unknown>> }).components[0];
    expect(component?.protocols).toEqual([{ name: 'https', 'port-ranges': [{ start: 443, end: 443, transport: 'TCP' }] }]);
    expect(component?.['responsible-roles']).toEqual([
      { 'role-id': 'admin', 'party-uuids': ['22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'] },
    ]);
    const req = (body['control-implementation'] as { 'implemented-requirements': Array<Record<string, unknown>> })['implemented-requirements'][0];
    expect(req?.['set-parameters']).toEqual([{ 'param-id': 'ac-1_prm_1', values: ['x', 'y'] }]);
  });

  it('maps metadata revisions (an XML wrapper) and back-matter resources', () => {
    const xml =
      `<system-security-plan xmlns="${NS}" uuid="9809eddf-2cd5-468f-97c5-9769905d0629"><metadata><title>T</title>` +
      '<oscal-version>1.0.4</oscal-version><revisions><revision><version>1</version></revision><revision><version>2</version></revision></revisions>' +
      '<link href="#x" rel="reference"><text>See <em>this</em></text></link></metadata>' +
      '<back-matter><resource uuid="55555555-5555-4555-8555-555555555555"><title>R</title>' +
      '<rlink href="a.pdf" media-type="application/pdf"><hash algorithm="SHA-256">abc</hash></rlink>' +
      '<base64 filename="a.txt" media-type="text/plain">aGVs\n  bG8=</base64></resource></back-matter></system-security-plan>';
    const body = ssp(parseOscal(utf8(xml), 'xml'));
    const metadata = body.metadata as Record<string, unknown>;
    expect(metadata.revisions).toEqual([{ version: '1' }, { version: '2' }]);
    expect(metadata.links).toEqual([{ href: '#x', rel: 'reference', text: 'See *this*' }]);
    expect(body['back-matter']).toEqual({
      resources: [
        {
          uuid: '55555555-5555-4555-8555-555555555555',
          title: 'R',
          rlinks: [{ href: 'a.pdf', 'media-type': 'application/pdf', hashes: [{ algorithm: 'SHA-256', value: 'abc' }] }],
          base64: { filename: 'a.txt', 'media-type': 'text/plain', value: 'aGVsbG8=' },
        },
      ],
    });
  });

  it('renders markup-multiline to Markdown', () => {
    const body = ssp(
      parseOscal(
        sspXml(
          '<system-characteristics><description>' +
            '<h1>Scope</h1><p>A <strong>bold</strong>, <em>em</em>, <code>code</code>, <q>quoted</q> and <a href="https://x.gov">link</a> with {{ }} *star*.</p>' +
            '<ul><li>one <ul><li>nested</li></ul></li><li>two</li></ul><ol><li>first</li></ol>' +
            '<table><tr><th>H1</th><th>H2</th></tr><tr><td>a</td><td>b|c</td></tr></table>' +
            '<p>Param <insert type="param" id-ref="ac-1_prm_1"/>.</p>' +
            '</description></system-characteristics>',
        ),
        'xml',
      ),
    );
    expect((body['system-characteristics'] as Record<string, unknown>).description).toBe(
      [
        '# Scope',
        'A **bold**, *em*, `code`, "quoted" and [link](https://x.gov) with {{ }} \\*star\\*.',
        '* one\n    * nested\n* two',
        '1. first',
        '| H1 | H2 |\n| --- | --- |\n| a | b\\|c |',
        'Param {{ insert: param, ac-1_prm_1 }}.',
      ].join('\n\n'),
    );
  });

  it('collects unwrapped prose of parts', () => {
    const xml =
      `<catalog xmlns="${NS}" uuid="9809eddf-2cd5-468f-97c5-9769905d0629"><metadata><title>C</title><oscal-version>1.1.3</oscal-version></metadata>` +
      '<control id="ac-1"><title>Policy</title><part id="ac-1_smt" name="statement"><p>Do <insert type="param" id-ref="p1"/>.</p>' +
      '<part id="ac-1_smt.a" name="item"><prop name="label" value="a."/><p>Sub</p></part></part></control></catalog>';
    const doc = parseOscal(utf8(xml), 'xml');
    expect(doc.model).toBe('catalog');
    expect((doc.root.catalog as Record<string, unknown>).controls).toEqual([
      {
        id: 'ac-1',
        title: 'Policy',
        parts: [
          {
            id: 'ac-1_smt',
            name: 'statement',
            prose: 'Do {{ insert: param, p1 }}.',
            parts: [{ id: 'ac-1_smt.a', name: 'item', props: [{ name: 'label', value: 'a.' }], prose: 'Sub' }],
          },
        ],
      },
    ]);
  });

  it('keeps content the model does not define, so validation can report it', () => {
    const body = ssp(parseOscal(sspXml('<bogus a="1"><x>y</x></bogus><import-profile href="p.xml" extra="z"/>'), 'xml'));
    expect(body.bogus).toEqual({ a: '1', x: 'y' });
    expect(body['import-profile']).toEqual({ href: 'p.xml', extra: 'z' });
  });

  it('makes an element or attribute named __proto__ a plain property, never a prototype', () => {
    const body = ssp(parseOscal(sspXml('<__proto__ __proto__="x"><polluted>yes</polluted></__proto__>'), 'xml'));
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(Object.keys(body)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('derives one mapping per release, covering every model', () => {
    for (const version of ['1.0.4', '1.1.3', '1.2.1'] as const) {
      const mapping = xmlMapping(version);
      expect([...mapping.roots.keys()].sort()).toEqual(
        ['assessment-plan', 'assessment-results', 'catalog', 'component-definition', 'plan-of-action-and-milestones', 'profile', 'system-security-plan'].sort(),
      );
      const ssp = mapping.roots.get('system-security-plan');
      expect(ssp?.children.get('metadata')?.json).toBe('metadata');
    }
  });

  it('knows every markup property the 1.2.1 schema types as markup (the table for 1.0/1.1 is complete)', () => {
    const names = { line: new Set<string>(), multiline: new Set<string>() };
    const visit = (node: unknown, prop: string | undefined): void => {
      if (Array.isArray(node)) return node.forEach((n) => visit(n, prop));
      if (typeof node !== 'object' || node === null) return;
      const rec = node as Record<string, unknown>;
      if (prop && typeof rec.$ref === 'string') {
        if (rec.$ref.endsWith('/MarkupLineDatatype')) names.line.add(prop);
        if (rec.$ref.endsWith('/MarkupMultilineDatatype')) names.multiline.add(prop);
      }
      for (const [k, v] of Object.entries(rec)) {
        if (k === 'properties' && typeof v === 'object' && v !== null) for (const [p, s] of Object.entries(v)) visit(s, p);
        else if (k === 'definitions' && typeof v === 'object' && v !== null) for (const [d, s] of Object.entries(v)) visit(s, d.split(':').pop());
        else visit(v, prop);
      }
    };
    visit(completeSchema('1.2.1'), undefined);
    for (const p of names.line) if (p !== 'MarkupLineDatatype') expect(MARKUP_LINE_PROPERTIES.has(p)).toBe(true);
    for (const p of names.multiline) if (p !== 'MarkupMultilineDatatype') expect(MARKUP_MULTILINE_PROPERTIES.has(p)).toBe(true);
  });
});

describe('parseOscal: hostile and unreadable input', () => {
  it('refuses any XML DOCTYPE (no entity is ever resolved)', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      `<system-security-plan xmlns="${NS}"><metadata><title>&lol2;</title></metadata></system-security-plan>`;
    const external = `<?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd"><system-security-plan xmlns="${NS}"/>`;
    for (const xml of [laughs, external]) {
      const err = rejected(() => parseOscal(utf8(xml), 'xml'));
      expect(err.kind).toBe('hostile');
      expect(err.message).toMatch(/DTD/);
    }
  });

  it('refuses nesting bombs in XML, JSON and YAML', () => {
    const deepXml = sspXml('<system-characteristics><description>' + '<ul><li>'.repeat(200) + 'x' + '</li></ul>'.repeat(200) + '</description></system-characteristics>');
    expect(rejected(() => parseOscal(deepXml, 'xml')).kind).toBe('hostile');
    const deepJson = utf8(`{"system-security-plan":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(rejected(() => parseOscal(deepJson, 'json')).kind).toBe('hostile');
    const deepYaml = utf8(`system-security-plan: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    expect(rejected(() => parseOscal(deepYaml, 'yaml')).kind).toBe('hostile');
    const blockYaml = utf8(Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n');
    expect(rejected(() => parseOscal(blockYaml, 'yaml')).kind).toBe('hostile');
  });

  it('refuses a YAML alias bomb', () => {
    const rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [i, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h'].entries()) {
      const prev = String.fromCharCode(97 + i);
      rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const err = rejected(() => parseOscal(utf8(`system-security-plan:\n  ${rows.join('\n  ')}\n`), 'yaml'));
    expect(err.kind).toBe('hostile');
    expect(err.message).toMatch(/alias/);
  });

  it('does not resolve YAML 1.1 or custom tags', () => {
    const doc = parseOscal(utf8('system-security-plan:\n  a: !!binary aGVsbG8=\n  b: !custom 3\n  metadata:\n    oscal-version: 1.0.4\n'), 'yaml');
    expect(ssp(doc)).toEqual({ a: 'aGVsbG8=', b: '3', metadata: { 'oscal-version': '1.0.4' } });
  });

  it('refuses documents above the size cap (a lower one for YAML)', () => {
    const err = rejected(() => parseOscal(template('POAM', 'json'), 'json', { maxBytes: 16 * 1024 }));
    expect(err.kind).toBe('hostile');
    expect(err.message).toBe('OSCAL document is 33 KiB; the limit is 16 KiB');
    const yaml = rejected(() => parseOscal(template('SSP', 'yaml'), 'yaml', { maxYamlBytes: 100 * 1024 }));
    expect(yaml.message).toBe('OSCAL YAML document (JSON and XML may be larger) is 169 KiB; the limit is 100 KiB');
  });

  it('calls non-OSCAL and malformed input unreadable', () => {
    const cases: Array<[string, 'json' | 'xml' | 'yaml']> = [
      ['{"foo": {}}', 'json'],
      ['{"system-security-plan": ', 'json'],
      ['[1, 2]', 'json'],
      ['<system-security-plan xmlns="urn:other"/>', 'xml'],
      [`<nessus xmlns="${NS}"/>`, 'xml'],
      [`<system-security-plan xmlns="${NS}"><metadata>`, 'xml'],
      [`<system-security-plan xmlns="${NS}">&undefined;</system-security-plan>`, 'xml'],
      ['a: [1, 2', 'yaml'],
      ['a: 1\na: 2\n', 'yaml'],
    ];
    for (const [text, encoding] of cases) expect(rejected(() => parseOscal(utf8(text), encoding)).kind).toBe('unreadable');
  });
});
