import { readFileSync } from 'node:fs';
import { parseOscal } from '../../functions/core/oscal/parse.js';
import { allowedValues } from '../../functions/core/validate/oscal-rules/allowed-values.js';
import { RULES } from '../../functions/core/validate/oscal-rules/constraints/index.js';
import { runRules } from '../../functions/core/validate/oscal-rules/engine.js';
import type { JsonObject } from '../../functions/core/validate/oscal-rules/query.js';
import type { OscalModelName } from '../../functions/core/validate/oscal-rules/types.js';

/** Runs this family's rules over a document (the value of its model key). */
function run(doc: JsonObject, model: OscalModelName = 'system-security-plan'): ReturnType<typeof runRules> {
  return runRules(RULES, { model, doc: { value: doc, pointer: `/${model}` }, allowedValues: allowedValues(), asOf: new Date('2025-06-01T00:00:00Z') });
}
const fired = (doc: JsonObject, model?: OscalModelName): Set<string> => run(doc, model).fired;
const FR = 'http://fedramp.gov/ns/oscal';
const prop = (name: string, value: string, extra: JsonObject = {}): JsonObject => ({ name, value, ...extra });
const frProp = (name: string, value: string, extra: JsonObject = {}): JsonObject => ({ name, value, ns: FR, ...extra });

describe('constraints: rule set', () => {
  it('uses frr ids, each once', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids.every((id) => /^frr\d+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('constraints: metadata', () => {
  const address = { type: 'work', 'addr-lines': ['1 Main St'], city: 'Haven', state: 'ME', 'postal-code': '00000', country: 'US' };
  const good: JsonObject = {
    metadata: {
      title: 'SSP',
      published: '2024-01-01T00:00:00Z',
      props: [frProp('fedramp-version', 'fedramp-3.0.0rc1-oscal-1.1.2'), prop('marking', 'cui')],
      roles: ['prepared-by', 'prepared-for', 'system-owner', 'authorizing-official-poc', 'information-system-security-officer'].map((id) => ({ id, title: id })),
      locations: [
        { uuid: 'dc1', address: { country: 'US' }, props: [prop('type', 'data-center', { class: 'primary' })] },
        { uuid: 'dc2', address: { country: 'US' }, props: [prop('type', 'data-center', { class: 'alternate' })] },
      ],
      parties: [
        { uuid: 'p1', type: 'person', name: 'Jane', addresses: [address] },
        { uuid: 'o1', type: 'organization', name: 'CSP', addresses: [address] },
      ],
      'responsible-parties': [
        { 'role-id': 'prepared-by', 'party-uuids': ['o1'] },
        { 'role-id': 'prepared-for', 'party-uuids': ['o1'] },
        { 'role-id': 'system-owner', 'party-uuids': ['p1'] },
      ],
    },
  };

  it('accepts complete metadata', () => {
    const f = fired(good);
    for (const id of ['frr150', 'frr151', 'frr152', 'frr153', 'frr154', 'frr160', 'frr161', 'frr205', 'frr268', 'frr275', 'frr280', 'frr281', 'frr282', 'frr283', 'frr284', 'frr285', 'frr289', 'frr121']) {
      expect([id, f.has(id)]).toEqual([id, false]);
    }
  });

  it('flags missing version, date, marking, roles, data centers and preparer addresses', () => {
    const f = fired({
      metadata: {
        locations: [{ uuid: 'dc1', address: { country: 'CA' }, props: [prop('type', 'data-center', { class: 'tertiary' })] }],
        parties: [{ uuid: 'o1', type: 'organization', addresses: [{ type: 'home', city: 'X' }] }],
        'responsible-parties': [{ 'role-id': 'system-owner', 'party-uuids': ['o1'] }],
      },
    });
    for (const id of ['frr150', 'frr151', 'frr153', 'frr154', 'frr160', 'frr205', 'frr268', 'frr275', 'frr280', 'frr281', 'frr282', 'frr283', 'frr284', 'frr285', 'frr287', 'frr121']) {
      expect([id, f.has(id)]).toEqual([id, true]);
    }
  });

  it('applies document-wide metadata constraints to every deliverable', () => {
    expect(fired({ metadata: { title: 'POA&M' } }, 'plan-of-action-and-milestones').has('frr160')).toBe(true);
    expect(fired({}, 'plan-of-action-and-milestones').has('frr160')).toBe(false);
  });
});

describe('constraints: system characteristics and diagrams', () => {
  const diagram = (section: string): JsonObject => ({
    description: 'section',
    diagrams: [{ uuid: `${section}-d`, caption: 'c', description: 'd', links: [{ href: `#${section}-img`, rel: 'diagram' }] }],
  });
  const image = (section: string): JsonObject => ({ uuid: `${section}-img`, title: section, props: [prop('type', 'image', { class: section })], rlinks: [{ href: 'x.png' }] });
  const sc = (over: JsonObject): JsonObject => ({
    'system-characteristics': {
      'system-ids': [{ 'identifier-type': FR, id: 'F00000001' }],
      'system-name-short': 'SYS',
      props: [
        prop('cloud-deployment-model', 'public-cloud'),
        prop('cloud-service-model', 'iaas'),
        prop('authenticator-assurance-level', '2'),
        prop('identity-assurance-level', '2'),
        prop('federation-assurance-level', '2'),
        frProp('fully-operational-date', '2023-01-01Z'),
      ],
      'security-sensitivity-level': 'fips-199-moderate',
      'security-impact-level': {
        'security-objective-confidentiality': 'fips-199-moderate',
        'security-objective-integrity': 'fips-199-low',
        'security-objective-availability': 'fips-199-low',
      },
      'system-information': {
        'information-types': [
          {
            uuid: 'it1',
            categorizations: [{ system: 'https://doi.org/10.6028/NIST.SP.800-60v2r1', 'information-type-ids': ['C.2.8.12'] }],
            'confidentiality-impact': { base: 'fips-199-moderate', selected: 'fips-199-moderate' },
            'integrity-impact': { base: 'fips-199-moderate', selected: 'fips-199-low', 'adjustment-justification': 'why' },
            'availability-impact': { base: 'fips-199-low', selected: 'fips-199-low' },
          },
        ],
      },
      'authorization-boundary': diagram('authorization-boundary'),
      'network-architecture': diagram('network-architecture'),
      'data-flow': diagram('data-flow'),
      ...over,
    },
    'back-matter': { resources: [image('authorization-boundary'), image('network-architecture'), image('data-flow')] },
  });
  const RULE_IDS = ['frr128', 'frr129', 'frr130', 'frr131', 'frr162', 'frr163', 'frr165', 'frr166', 'frr167', 'frr170', 'frr172', 'frr173', 'frr175', 'frr178', 'frr184', 'frr187', 'frr188', 'frr190', 'frr191', 'frr195', 'frr200', 'frr209', 'frr210', 'frr211', 'frr212', 'frr221', 'frr222', 'frr226', 'frr264', 'frr290', 'frr293', 'frr294'];

  it('accepts complete system characteristics', () => {
    const f = fired(sc({}));
    for (const id of RULE_IDS) expect([id, f.has(id)]).toEqual([id, false]);
  });

  it('flags missing identity, models, assurance levels and a future or malformed operational date', () => {
    const f = fired({
      'system-characteristics': {
        props: [prop('identity-assurance-level', '1'), prop('identity-assurance-level', '2'), prop('cloud-service-model', 'other'), frProp('fully-operational-date', '2030-01-01')],
        'system-ids': [{ 'identifier-type': 'https://example.com', id: 'x' }],
      },
    });
    for (const id of ['frr165', 'frr173', 'frr176', 'frr162', 'frr163', 'frr188', 'frr191', 'frr195', 'frr209', 'frr210', 'frr211', 'frr212', 'frr178']) {
      expect([id, f.has(id)]).toEqual([id, true]);
    }
    expect(fired({ 'system-characteristics': { props: [prop('cloud-service-model', 'saas')] } }).has('frr290')).toBe(true);
  });

  it('flags inconsistent security levels and information types', () => {
    const f = fired(
      sc({
        'security-sensitivity-level': 'fips-199-low',
        'system-information': {
          'information-types': [{ uuid: 'it1', categorizations: [{ system: 'https://example.com' }], 'confidentiality-impact': { base: 'fips-199-high' }, 'integrity-impact': { base: 'high', selected: 'fips-199-low' } }],
        },
      }),
    );
    for (const id of ['frr128', 'frr129', 'frr130', 'frr131', 'frr222', 'frr226', 'frr293', 'frr294']) expect([id, f.has(id)]).toEqual([id, true]);
  });

  it('flags diagrams without caption, a diagram rel or an image resource', () => {
    const f = fired(sc({ 'data-flow': { description: 'x', diagrams: [{ links: [{ href: '#nowhere', rel: 'diagram' }] }] }, 'authorization-boundary': { description: 'x' } }));
    for (const id of ['frr166', 'frr181', 'frr182', 'frr184', 'frr187']) expect([id, f.has(id)]).toEqual([id, true]);
    const g = fired(sc({ 'network-architecture': { description: 'x', diagrams: [{ uuid: 'n', caption: 'c', description: 'd', links: [{ href: 'https://example.com/n.png', rel: 'image' }] }] } }));
    expect(g.has('frr202')).toBe(true);
    expect(g.has('frr200')).toBe(false);
  });

  it('holds an LI-SaaS SSP to the LI-SaaS profile and low levels', () => {
    const liSaas = (over: JsonObject): JsonObject => ({
      'import-profile': { href: '../baselines/xml/FedRAMP_rev5_LI-SaaS-baseline_profile.xml' },
      'system-characteristics': {
        props: [prop('cloud-service-model', 'saas'), frProp('authorization-type', 'fedramp-li-saas')],
        'security-sensitivity-level': 'fips-199-low',
        'security-impact-level': { 'security-objective-confidentiality': 'fips-199-low' },
        ...over,
      },
    });
    const ok = fired(liSaas({}));
    for (const id of ['frr264', 'frr265', 'frr266', 'frr267']) expect([id, ok.has(id)]).toEqual([id, false]);
    const bad = fired({ ...liSaas({ props: [frProp('authorization-type', 'fedramp-li-saas')], 'security-sensitivity-level': 'fips-199-high' }), 'import-profile': { href: 'https://example.com/other.xml' } });
    for (const id of ['frr264', 'frr266', 'frr267', 'frr218']) expect([id, bad.has(id)]).toEqual([id, true]);
  });
});

describe('constraints: imported profile', () => {
  it('recognises a FedRAMP baseline, through a back-matter resource too, and checks its controls', () => {
    const ssp = (href: string, controls: string[]): JsonObject => ({
      'import-profile': { href },
      'control-implementation': { description: 'x', 'implemented-requirements': controls.map((c, i) => ({ uuid: `r${i}`, 'control-id': c })) },
      'back-matter': { resources: [{ uuid: 'prof', rlinks: [{ href: '../FedRAMP_rev5_LOW-baseline_profile.xml' }] }] },
    });
    const f = fired(ssp('#prof', ['ac-1', 'zz-99']));
    expect(f.has('frr217')).toBe(false);
    expect(f.has('frr218')).toBe(false);
    expect(f.has('frr158')).toBe(true);
    expect(f.has('frr219')).toBe(true);
    const invalid = fired(ssp('../somewhere/some-invalid-file.invalid', []));
    expect(invalid.has('frr217')).toBe(true);
    expect(invalid.has('frr218')).toBe(true);
    expect(invalid.has('frr219')).toBe(false);
  });
});

describe('constraints: components, inventory, leveraged authorizations, users', () => {
  const si = (system: JsonObject, backMatter: JsonObject[] = []): JsonObject => ({
    'system-characteristics': { 'security-sensitivity-level': 'fips-199-high' },
    'system-implementation': system,
    'back-matter': { resources: backMatter },
  });
  const baselineDoc = { uuid: 'bl', title: 'Baseline', rlinks: [{ href: 'https://example.com/bl.pdf' }] };
  const software: JsonObject = {
    uuid: 'sw',
    type: 'software',
    title: 'App',
    props: [frProp('diagram-label', 'A'), prop('asset-type', 'operating-system'), prop('allows-authenticated-scan', 'yes'), prop('is-scanned', 'yes'), prop('virtual', 'no'), frProp('scan-type', 'infrastructure'), prop('function', 'app', { remarks: 'runs the app' }), prop('software-name', 'Linux'), prop('software-version', '9'), frProp('vendor-name', 'V')],
    links: [{ rel: 'baseline-configuration-name', href: '#bl' }],
    'responsible-roles': [{ 'role-id': 'asset-owner', 'party-uuids': ['p1'] }],
  };
  const item = (uuid: string, assetId: string, over: JsonObject = {}): JsonObject => ({
    uuid,
    props: [prop('asset-id', assetId), prop('public', 'no')],
    'implemented-components': [{ 'component-uuid': 'sw' }],
    ...over,
  });

  it('accepts inventory items described through their linked component', () => {
    const f = fired(si({ components: [software], 'inventory-items': [item('i1', 'A-1'), item('i2', 'A-2')] }, [baselineDoc]));
    for (const id of ['frr135', 'frr136', 'frr194', 'frr214', 'frr233', 'frr235', 'frr236', 'frr237', 'frr238', 'frr239', 'frr241', 'frr242', 'frr243', 'frr244', 'frr246', 'frr247', 'frr248', 'frr249', 'frr296', 'frr232', 'frr291']) {
      expect([id, f.has(id)]).toEqual([id, false]);
    }
  });

  it('flags undescribed, duplicate or misattached inventory items', () => {
    const system = { uuid: 'sys', type: 'system', title: 'Leveraged' };
    const f = fired(
      si({
        components: [system],
        'inventory-items': [
          { uuid: 'i1', props: [prop('asset-id', 'A-1'), prop('asset-type', 'image'), prop('mac-address', '000000000000'), frProp('scan-type', 'other'), prop('virtual', 'maybe')], 'implemented-components': [{ 'component-uuid': 'sys' }] },
          { uuid: 'i2', props: [prop('asset-id', 'A-1')] },
        ],
      }),
    );
    for (const id of ['frr214', 'frr233', 'frr235', 'frr236', 'frr237', 'frr238', 'frr239', 'frr241', 'frr242', 'frr243', 'frr244', 'frr245', 'frr247', 'frr249', 'frr251', 'frr292', 'frr296']) {
      expect([id, f.has(id)]).toEqual([id, true]);
    }
    expect(fired(si({ 'inventory-items': [item('i1', 'A-1')] })).has('frr194')).toBe(true);
  });

  it('checks cryptographic modules and their validations', () => {
    const validation = { uuid: 'v', type: 'validation', title: 'CMVP', props: [frProp('asset-type', 'cryptographic-module'), prop('validation-type', 'fips-140-2'), prop('validation-reference', '3928')], links: [{ rel: 'validation-details', href: 'https://csrc.nist.gov/cert/3928' }] };
    const module = { uuid: 'm', type: 'software', title: 'Crypto', props: [prop('asset-type', 'cryptographic-module'), frProp('function', 'data-at-rest')], links: [{ rel: 'provided-by', href: '#x' }, { rel: 'used-by', href: '#y' }, { rel: 'validation', href: '#v' }] };
    const ok = fired(si({ components: [validation, module] }));
    for (const id of ['frr140', 'frr141', 'frr142', 'frr146', 'frr147', 'frr148', 'frr149', 'frr305', 'frr164']) expect([id, ok.has(id)]).toEqual([id, false]);
    const bad = fired(
      si({
        components: [
          { ...validation, props: [frProp('asset-type', 'cryptographic-module'), prop('validation-type', 'fips-140-3'), prop('validation-reference', 'abcd')], links: [{ rel: 'validation-details', href: 'invalid-link' }] },
          { uuid: 'm', type: 'software', props: [prop('asset-type', 'cryptographic-module'), frProp('function', 'other'), frProp('function', 'hashing')] },
        ],
      }),
    );
    for (const id of ['frr140', 'frr146', 'frr147', 'frr148', 'frr149', 'frr305', 'frr164']) expect([id, bad.has(id)]).toEqual([id, true]);
  });

  it('checks external components, leveraged authorizations and users', () => {
    const la: JsonObject = { uuid: 'la', title: 'IaaS', props: [frProp('leveraged-system-identifier', 'F1'), frProp('authorization-type', 'fedramp-agency'), frProp('impact-level', 'fips-199-high')], 'party-uuid': 'o1', 'date-authorized': '2020-01-01' };
    const system: JsonObject = {
      uuid: 'sys',
      type: 'system',
      title: 'IaaS',
      props: [prop('leveraged-authorization-uuid', 'la'), frProp('nature-of-agreement', 'sla'), frProp('information-type', 'C.3.5.8', { class: 'incoming' }), prop('implementation-point', 'external'), frProp('authentication-method', 'yes', { remarks: 'SSO' })],
      'responsible-roles': [
        { 'role-id': 'provider', 'party-uuids': ['o1'] },
        { 'role-id': 'admin', props: [frProp('privilege-uuid', 'u1')] },
      ],
    };
    const user: JsonObject = { uuid: 'u1', title: 'Admin', props: [prop('type', 'internal'), frProp('privilege-level', 'read-write'), frProp('sensitivity', 'limited')], 'role-ids': ['admin'], 'authorized-privileges': [{ title: 'admin', 'functions-performed': ['administer'] }] };
    const ids = ['frr125', 'frr134', 'frr137', 'frr138', 'frr220', 'frr221', 'frr223', 'frr253', 'frr254', 'frr255', 'frr256', 'frr257', 'frr258', 'frr259', 'frr260', 'frr261', 'frr262', 'frr263', 'frr274', 'frr299', 'frr300', 'frr301', 'frr302', 'frr303', 'frr304'];
    const ok = fired(si({ 'leveraged-authorizations': [la], components: [system], users: [user] }));
    for (const id of ids) expect([id, ok.has(id)]).toEqual([id, false]);
    const bad = fired(
      si({
        'leveraged-authorizations': [{ uuid: 'la', props: [frProp('impact-level', 'fips-199-low')] }],
        components: [
          { uuid: 'sys', type: 'system', props: [prop('leveraged-authorization-uuid', 'nope'), frProp('information-type', 'Z.9', { class: 'sideways' }), frProp('authentication-method', 'maybe')], 'responsible-roles': [{ 'role-id': 'provider', 'party-uuids': ['a', 'b'] }] },
        ],
        users: [{ uuid: 'u1', props: [frProp('privilege-level', 'god')] }],
      }),
    );
    for (const id of ['frr125', 'frr137', 'frr138', 'frr220', 'frr221', 'frr253', 'frr254', 'frr260', 'frr261', 'frr262', 'frr274', 'frr298', 'frr299', 'frr300', 'frr301', 'frr302']) {
      expect([id, bad.has(id)]).toEqual([id, true]);
    }
  });

  it('checks network components', () => {
    const f = fired(
      si({
        components: [
          { uuid: 'ic', type: 'interconnection', props: [frProp('interconnection-direction', 'sideways')], links: [{ rel: 'used-by', href: '#svc' }] },
          { uuid: 'svc', type: 'service', props: [prop('implementation-point', 'internal')], protocols: [{ name: 'https' }], links: [{ rel: 'used-by', href: '#ghost' }] },
          { uuid: 'cli', type: 'software', props: [prop('asset-type', 'cli')] },
        ],
      }),
    );
    for (const id of ['frr272', 'frr273', 'frr133', 'frr230', 'frr297']) expect([id, f.has(id)]).toEqual([id, true]);
    expect(f.has('frr229')).toBe(false);
    expect(f.has('frr139')).toBe(false);
  });
});

describe('constraints: control implementation and back matter', () => {
  const components = [
    { uuid: 'this', type: 'this-system', title: 'This' },
    { uuid: 'pol', type: 'policy', title: 'AC policy' },
    { uuid: 'proc', type: 'process-procedure', title: 'AC procedures' },
  ];
  const byComponent = (uuid: string, over: JsonObject = {}): JsonObject => ({ uuid: `bc-${uuid}`, 'component-uuid': uuid, description: 'x', 'responsible-roles': [{ 'role-id': 'admin' }], ...over });
  const ssp = (statement: JsonObject, req: JsonObject = {}): JsonObject => ({
    'system-implementation': { components },
    'control-implementation': { description: 'x', 'implemented-requirements': [{ uuid: 'r', 'control-id': 'ac-1', statements: [statement], ...req }] },
  });

  it('accepts per-statement responses with policy and procedure components', () => {
    const f = fired(ssp({ uuid: 's', 'statement-id': 'ac-1_smt.a', 'by-components': [byComponent('pol', { props: [frProp('control-origination', 'sp-corporate')] }), byComponent('proc'), byComponent('this', { 'implementation-status': { state: 'implemented' } })] }));
    for (const id of ['frr127', 'frr145', 'frr203', 'frr204', 'frr216', 'frr270', 'frr271', 'frr306', 'frr307']) expect([id, f.has(id)]).toEqual([id, false]);
  });

  it('flags missing roles, unjustified statuses, control-level components and missing policies', () => {
    const f = fired(
      ssp(
        { uuid: 's', 'statement-id': 'ac-1_smt.a', 'by-components': [{ uuid: 'b', 'component-uuid': 'this', 'implementation-status': { state: 'planned' }, props: [frProp('control-origination', 'made-up')] }] },
        { 'by-components': [byComponent('this')] },
      ),
    );
    for (const id of ['frr127', 'frr203', 'frr204', 'frr216', 'frr270', 'frr307']) expect([id, f.has(id)]).toEqual([id, true]);
    expect(fired(ssp({ uuid: 's', 'statement-id': 'ac-2_smt.a' })).has('frr271')).toBe(true);
  });

  it('checks the back matter attachments and citations', () => {
    const resource = (uuid: string, type: string, cls?: string): JsonObject => ({ uuid, title: uuid, props: [prop('type', type, cls ? { class: cls } : {})], rlinks: [{ href: `./${uuid}.docx` }] });
    const good = fired({
      'back-matter': {
        resources: [
          resource('cm', 'plan', 'configuration-management-plan'),
          resource('ir', 'plan', 'incident-response-plan'),
          resource('cp', 'plan', 'information-system-contingency-plan'),
          resource('rob', 'rules-of-behavior'),
          resource('ug', 'users-guide'),
          { uuid: 'laws', title: 'Laws', props: [prop('type', 'citation', { class: 'fedramp-citations' }), frProp('last-accessed', '2024-01-01T00:00:00Z')], rlinks: [{ href: 'https://www.fedramp.gov/assets/resources/templates/FedRAMP-Laws-Regulations-Standards-and-Guidance-Reference.xlsx' }] },
        ],
      },
    });
    for (const id of ['frr159', 'frr177', 'frr189', 'frr192', 'frr193', 'frr208', 'frr213', 'frr252', 'frr278', 'frr279']) expect([id, good.has(id)]).toEqual([id, false]);
    const bad = fired({ 'back-matter': { resources: [{ uuid: 'laws', props: [prop('type', 'citation', { class: 'fedramp-citations' }), frProp('last-accessed', 'January 1, 2024'), frProp('type', 'napkin')], rlinks: [{ href: 'https://example.com' }] }] } });
    for (const id of ['frr123', 'frr159', 'frr177', 'frr192', 'frr193', 'frr208', 'frr213', 'frr252', 'frr279']) expect([id, bad.has(id)]).toEqual([id, true]);
  });
});

describe('constraints: FedRAMP templates', () => {
  const cases: [string, OscalModelName][] = [
    ['FedRAMP-SSP-OSCAL-Template.json', 'system-security-plan'],
    ['FedRAMP-SAP-OSCAL-Template.json', 'assessment-plan'],
    ['FedRAMP-SAR-OSCAL-Template.json', 'assessment-results'],
    ['FedRAMP-POAM-OSCAL-Template.json', 'plan-of-action-and-milestones'],
  ];
  it.each(cases)('runs over %s without a rule failing', (file, model) => {
    const doc = parseOscal(readFileSync(`test/fixtures/oscal/${file}`), 'json');
    const result = run(doc.root[model] as JsonObject, model);
    const counts = new Map<string, number>();
    for (const f of result.findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    console.log(`constraints on ${file}: ${result.findings.length} finding(s)`, Object.fromEntries(counts));
    expect(result.findings.filter((f) => f.ruleId === 'intake-rule-failed')).toEqual([]);
    for (const f of result.findings) expect(f.message.length).toBeGreaterThan(10);
  });

  it('raises nothing on the template where it is complete (system name, security levels)', () => {
    const doc = parseOscal(readFileSync('test/fixtures/oscal/FedRAMP-SSP-OSCAL-Template.json'), 'json');
    const f = run(doc.root['system-security-plan'] as JsonObject).fired;
    for (const id of ['frr209', 'frr210', 'frr212', 'frr294', 'frr205']) expect([id, f.has(id)]).toEqual([id, false]);
  });
});
