import { readFileSync } from 'node:fs';
import { parseOscal } from '../../functions/core/oscal/parse.js';
import type { JsonObject } from '../../functions/core/validate/oscal-rules/query.js';
import { RULES } from '../../functions/core/validate/oscal-rules/ssp-implementation/index.js';
import { ruleRunner } from '../support/oscal-rules.js';

/** Runs this family's rules over an SSP (the value of `system-security-plan`). */
const { run, fired } = ruleRunner(RULES);
const FEDRAMP = 'https://fedramp.gov/ns/oscal';
const prop = (name: string, value: string, extra: JsonObject = {}): JsonObject => ({ name, value, ...extra });

describe('ssp-implementation: inventory items', () => {
  const item = (uuid: string, props: JsonObject[]): JsonObject => ({ uuid, description: 'an asset', props });
  const complete = (uuid: string, assetId: string): JsonObject =>
    item(uuid, [
      prop('asset-id', assetId),
      prop('asset-type', 'operating-system'),
      prop('virtual', 'no'),
      prop('public', 'no'),
      prop('scan-type', 'infrastructure', { ns: FEDRAMP }),
      prop('allows-authenticated-scan', 'yes'),
      prop('baseline-configuration-name', 'CIS Level 1'),
      prop('vendor-name', 'Red Hat'),
      prop('hardware-model', 'm5.large'),
      prop('is-scanned', 'yes'),
    ]);
  const ssp = (items: JsonObject[]): JsonObject => ({ 'system-implementation': { 'inventory-items': items } });

  it('accepts complete, unique infrastructure items', () => {
    const result = run(ssp([complete('i-1', 'A1'), complete('i-2', 'A2')]));
    const inventoryIds = [...result.fired].filter((id) => id.includes('inventory') || id.startsWith('has-allowed') || id.includes('asset-id'));
    expect(inventoryIds).toEqual([]);
  });

  it('flags missing, duplicated and disallowed props', () => {
    const bad = item('i-3', [prop('asset-id', 'A1'), prop('asset-type', 'os'), prop('asset-type', 'os'), prop('virtual', 'maybe'), prop('vendor-name', 'Huawei Technologies')]);
    const f = fired(ssp([complete('i-1', 'A1'), bad, { props: [] }]));
    for (const id of [
      'has-unique-asset-id',
      'inventory-item-has-one-asset-type',
      'has-allowed-asset-type',
      'has-allowed-virtual',
      'inventory-item-has-public',
      'inventory-item-has-scan-type',
      'inventory-item-has-is-scanned',
      'inventory-item-has-hardware-model',
      'has-prohibited-vendor-name',
      'inventory-item-has-uuid',
      'has-asset-id',
    ]) {
      expect([id, f.has(id)]).toEqual([id, true]);
    }
  });

  it('asks software and database items for name, version and function only', () => {
    const db = item('i-4', [prop('asset-type', 'database')]);
    const f = fired(ssp([db]));
    expect(f.has('inventory-item-has-software-name')).toBe(true);
    expect(f.has('inventory-item-has-function')).toBe(true);
    expect(f.has('inventory-item-has-hardware-model')).toBe(false);
  });

  it('requires inventory items when there is a system implementation', () => {
    expect(fired({ 'system-implementation': { components: [] } }).has('has-inventory-items')).toBe(true);
    expect(fired({ metadata: { title: 'x' } }).has('has-inventory-items')).toBe(false);
  });
});

describe('ssp-implementation: components', () => {
  it('accepts a described this-system component and typed asset components', () => {
    const f = fired({
      'system-implementation': {
        components: [
          { uuid: 'c-1', type: 'this-system', title: 'This System', description: 'The whole system in its boundary.' },
          { uuid: 'c-2', type: 'software', title: 'OS', description: 'Operating system', props: [prop('asset-type', 'operating-system')] },
        ],
      },
    });
    for (const id of ['has-this-system-component', 'component-has-allowed-type', 'component-has-asset-type', 'no-description-text-in-component']) expect(f.has(id)).toBe(false);
  });

  it('flags a bad type, a missing asset type, an empty description and no this-system component', () => {
    const f = fired({
      'system-implementation': {
        components: [
          { uuid: 'c-1', type: 'malware', title: 'M', description: '' },
          { uuid: 'c-2', type: 'software', title: 'OS', description: 'x', props: [prop('asset-type', 'a'), prop('asset-type', 'b')] },
          { uuid: 'c-3', type: 'hardware', title: 'HW', description: 'x' },
        ],
      },
    });
    for (const id of ['has-this-system-component', 'component-has-allowed-type', 'component-has-asset-type', 'component-has-one-asset-type', 'no-description-text-in-component']) {
      expect([id, f.has(id)]).toEqual([id, true]);
    }
  });
});

describe('ssp-implementation: users and responsible roles', () => {
  const metadata = { roles: [{ id: 'admin', title: 'Administrator' }] };
  const goodUser = {
    uuid: 'u-1',
    props: [prop('type', 'internal'), prop('privilege-level', 'privileged'), prop('sensitivity', 'moderate', { ns: FEDRAMP })],
    'role-ids': ['admin'],
    'authorized-privileges': [{ title: 'Full admin', 'functions-performed': ['manage accounts'] }],
  };
  const requirement = { uuid: 'r-1', 'control-id': 'ac-2', props: [prop('implementation-status', 'implemented', { ns: FEDRAMP })], 'responsible-roles': [{ 'role-id': 'admin' }] };

  it('accepts a complete user holding the responsible role', () => {
    const f = fired({ metadata, 'system-implementation': { users: [goodUser] }, 'control-implementation': { 'implemented-requirements': [requirement] } });
    const ids = [...f].filter((id) => id.startsWith('user') || id.startsWith('authorized') || id.startsWith('responsible') || id.startsWith('role-id') || id === 'implemented-requirement-has-responsible-role');
    expect(ids).toEqual([]);
  });

  it('flags incomplete users and undefined or unheld roles', () => {
    const f = fired({
      metadata: { roles: [] },
      'system-implementation': {
        users: [
          { uuid: 'u-2', props: [prop('type', 'foreign')], 'role-ids': ['ghost'], 'authorized-privileges': [{ title: '', 'functions-performed': [''] }] },
          { uuid: 'u-3', 'authorized-privileges': [{}] },
        ],
      },
      'control-implementation': { 'implemented-requirements': [{ uuid: 'r-2', 'control-id': 'ac-2', 'responsible-roles': [{ 'role-id': 'admin' }] }, { uuid: 'r-3', 'control-id': 'ac-3' }] },
    });
    for (const id of [
      'user-has-role-id',
      'user-has-privilege-level',
      'user-has-sensitivity-level',
      'user-user-type-has-allowed-value',
      'role-id-has-role-definition',
      'authorized-privilege-has-non-empty-title',
      'authorized-privilege-has-non-empty-function-performed',
      'authorized-privilege-has-title',
      'authorized-privilege-has-function-performed',
      'responsible-role-has-role-definition',
      'responsible-role-has-user',
      'implemented-requirement-has-responsible-role',
    ]) {
      expect([id, f.has(id)]).toEqual([id, true]);
    }
  });

  it('does not ask a not-applicable control for a responsible role', () => {
    const f = fired({ 'control-implementation': { 'implemented-requirements': [{ uuid: 'r', 'control-id': 'ac-2', props: [prop('implementation-status', 'not-applicable', { ns: FEDRAMP })] }] } });
    expect(f.has('implemented-requirement-has-responsible-role')).toBe(false);
  });
});

describe('ssp-implementation: implementation status and responses', () => {
  const req = (props: JsonObject[], extra: JsonObject = {}): JsonObject => ({ uuid: 'r', 'control-id': 'ac-2', props, ...extra });
  const ssp = (reqs: JsonObject[], extra: JsonObject = {}): JsonObject => ({ 'import-profile': { href: '#baseline' }, 'control-implementation': { 'implemented-requirements': reqs }, ...extra });
  const status = (value: string, remarks?: string): JsonObject => prop('implementation-status', value, { ns: FEDRAMP, ...(remarks ? { remarks } : {}) });

  it('accepts an implemented control and a planned control with a future date and remarks', () => {
    const f = fired(
      ssp([
        req([status('implemented'), prop('control-origination', 'sp-system', { ns: FEDRAMP })]),
        req([status('planned', 'Waiting on hardware'), prop('planned-completion-date', '2030-01-01', { ns: FEDRAMP }), prop('control-origination', 'sp-system', { ns: FEDRAMP })]),
      ]),
    );
    for (const id of [
      'implemented-requirement-has-implementation-status',
      'implemented-requirement-has-allowed-implementation-status',
      'invalid-implementation-status',
      'implemented-requirement-has-allowed-composite-implementation-status',
      'implemented-requirement-has-planned-completion-date',
      'planned-completion-date-is-valid',
      'planned-completion-date-is-not-past',
      'implemented-requirement-has-control-origination',
      'system-security-plan-has-import-profile',
    ]) {
      expect([id, f.has(id)]).toEqual([id, false]);
    }
  });

  it('flags bad statuses, missing plans, past or invalid dates and unbacked inheritance', () => {
    const f = fired(
      ssp([
        req([]),
        req([status('completed')]),
        req([status('partial')]),
        req([status('planned'), prop('planned-completion-date', '2020-01-01', { ns: FEDRAMP })]),
        req([status('planned'), prop('planned-completion-date', '202x-01-01', { ns: FEDRAMP })]),
        req([prop('control-origination', 'inherited', { ns: FEDRAMP }), prop('leveraged-authorization-uuid', 'nope')]),
      ]),
    );
    for (const id of [
      'implemented-requirement-has-implementation-status',
      'invalid-implementation-status',
      'implemented-requirement-has-allowed-composite-implementation-status',
      'partial-implemented-requirement-has-plan',
      'implemented-requirement-has-implementation-status-remarks',
      'planned-completion-date-is-not-past',
      'planned-completion-date-is-valid',
      'implemented-requirement-has-leveraged-authorization',
    ]) {
      expect([id, f.has(id)]).toEqual([id, true]);
    }
    expect(fired({}).has('system-security-plan-has-import-profile')).toBe(true);
    expect(fired({ 'import-profile': {} }).has('import-profile-has-href-attribute')).toBe(true);
  });

  it('checks by-component responses', () => {
    const components = { 'system-implementation': { components: [{ uuid: 'c-1', type: 'this-system', description: 'This system' }] } };
    const good = fired(
      ssp([req([status('implemented')], { statements: [{ 'statement-id': 'ac-2_smt.a', uuid: 's', 'by-components': [{ 'component-uuid': 'c-1', uuid: 'b', description: 'Accounts are managed through the central IdP.' }] }] })], components),
    );
    for (const id of ['invalid-component-match', 'missing-component-description', 'incomplete-response-description', 'extraneous-response-description', 'missing-response-components']) expect(good.has(id)).toBe(false);
    const bad = fired(
      ssp(
        [
          req([status('implemented')], {
            statements: [
              { 'statement-id': 'ac-2_smt.a', uuid: 's1', description: 'loose text', remarks: 'loose remarks', 'by-components': [{ 'component-uuid': 'c-9', uuid: 'b1', description: 'Too short.', remarks: 'Short.' }] },
              { 'statement-id': 'ac-2_smt.b', uuid: 's2', 'by-components': [{ 'component-uuid': 'c-1', uuid: 'b2' }] },
              { 'statement-id': 'ac-2_smt.c', uuid: 's3' },
            ],
          }),
        ],
        components,
      ),
    );
    for (const id of ['invalid-component-match', 'missing-component-description', 'incomplete-response-description', 'incomplete-response-remarks', 'extraneous-response-description', 'extraneous-response-remarks', 'missing-response-components']) {
      expect([id, bad.has(id)]).toEqual([id, true]);
    }
  });

  it('checks the core controls of the stated baseline', () => {
    const low = (reqs: JsonObject[]): JsonObject => ({ 'system-characteristics': { 'security-sensitivity-level': 'fips-199-low' }, 'control-implementation': { 'implemented-requirements': reqs } });
    const result = run(low([]));
    const core = result.findings.find((f) => f.ruleId === 'incomplete-core-implemented-requirements');
    expect(core?.message).toMatch(/core controls of the FedRAMP LOW baseline/);
    expect(fired({ 'control-implementation': { 'implemented-requirements': [] } }).has('incomplete-core-implemented-requirements')).toBe(false);
  });
});

describe('ssp-implementation: policies and procedures', () => {
  const pp = (links: JsonObject[], resources: string[], controlId = 'ac-1'): JsonObject => ({
    'control-implementation': { 'implemented-requirements': [{ uuid: 'r', 'control-id': controlId, statements: [{ 'statement-id': `${controlId}_smt`, uuid: 's', 'by-components': [{ 'component-uuid': 'c', uuid: 'b', links }] }] }] },
    'back-matter': { resources: resources.map((uuid) => ({ uuid, title: uuid, props: [prop('type', 'policy')] })) },
  });

  it('accepts policy and procedure links to back-matter resources', () => {
    const f = fired(pp([{ href: '#pol', rel: 'policy' }, { href: '#proc', rel: 'procedure' }], ['pol', 'proc']));
    for (const id of ['has-policy-link', 'has-procedure-link', 'has-policy-attachment-resource', 'has-procedure-attachment-resource', 'has-unique-policy-and-procedure']) expect(f.has(id)).toBe(false);
  });

  it('flags missing links, dangling links and documents shared across families', () => {
    const f = fired(pp([{ href: '#gone', rel: 'policy' }], []));
    for (const id of ['has-procedure-link', 'has-policy-attachment-resource']) expect([id, f.has(id)]).toEqual([id, true]);
    const shared = fired({
      'control-implementation': {
        'implemented-requirements': ['ac-1', 'at-1'].map((id) => ({ uuid: id, 'control-id': id, 'by-components': [{ 'component-uuid': 'c', uuid: `b-${id}`, links: [{ href: '#doc', rel: 'policy' }] }] })),
      },
      'back-matter': { resources: [{ uuid: 'doc' }] },
    });
    expect(shared.has('has-unique-policy-and-procedure')).toBe(true);
    expect(fired(pp([], [], 'ac-2')).has('has-policy-link')).toBe(false);
  });
});

describe('ssp-implementation: back-matter resources and required attachments', () => {
  const resource = (extra: JsonObject): JsonObject => ({ uuid: 'res-1', title: 'A document', rlinks: [{ href: 'doc.pdf', 'media-type': 'application/pdf' }], base64: { filename: 'doc.pdf', 'media-type': 'application/pdf', value: 'RmVkUkFNUAo=' }, ...extra });

  it('accepts a complete, referenced resource', () => {
    const f = fired({ metadata: { links: [{ href: '#res-1' }] }, 'back-matter': { resources: [resource({ props: [prop('type', 'image')] })] } });
    for (const id of ['resource-has-uuid', 'resource-has-title', 'resource-has-rlink', 'rlink-has-href', 'resource-is-referenced', 'attachment-type-is-valid', 'has-allowed-media-type', 'resource-has-base64', 'base64-has-filename', 'base64-has-media-type', 'base64-has-content']) {
      expect([id, f.has(id)]).toEqual([id, false]);
    }
  });

  it('flags incomplete resources', () => {
    const f = fired({
      'back-matter': {
        resources: [
          { props: [prop('type', 'notallowed')], rlinks: [{ 'media-type': 'text/text' }], base64: [{ value: 'xxx' }, { value: 'RmVk' }] },
          { uuid: 'res-2' },
        ],
      },
    });
    for (const id of ['resource-has-uuid', 'resource-has-title', 'resource-has-rlink', 'rlink-has-href', 'resource-is-referenced', 'attachment-type-is-valid', 'has-allowed-media-type', 'resource-has-base64', 'resource-has-base64-cardinality', 'base64-has-filename', 'base64-has-media-type', 'base64-has-content']) {
      expect([id, f.has(id)]).toEqual([id, true]);
    }
  });

  it('requires the SSP attachments when there is a back matter', () => {
    const typed = (value: string, cls?: string): JsonObject => ({ uuid: `${value}-${cls ?? ''}`, props: [prop('type', value, cls ? { class: cls } : {})] });
    const all = fired({
      'back-matter': {
        resources: [typed('users-guide'), typed('rules-of-behavior'), typed('plan', 'information-system-contingency-plan'), typed('configuration-management-plan'), typed('plan', 'incident-response-plan'), typed('separation-of-duties-matrix')],
      },
    });
    const ids = ['has-user-guide', 'has-rules-of-behavior', 'has-information-system-contingency-plan', 'has-configuration-management-plan', 'has-incident-response-plan', 'has-separation-of-duties-matrix'];
    for (const id of ids) expect([id, all.has(id)]).toEqual([id, false]);
    const none = fired({ 'back-matter': { resources: [typed('0', 'incident-response-plan')] } });
    for (const id of ids) expect([id, none.has(id)]).toEqual([id, true]);
    expect(fired({ 'system-implementation': {} }).has('has-user-guide')).toBe(false);
  });
});

describe('ssp-implementation: FedRAMP SSP template', () => {
  it('runs over the JSON template without a rule failing', () => {
    const doc = parseOscal(readFileSync('test/fixtures/oscal/FedRAMP-SSP-OSCAL-Template.json'), 'json');
    const result = run(doc.root['system-security-plan'] as JsonObject);
    const counts = new Map<string, number>();
    for (const f of result.findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    console.log(`ssp-implementation on the FedRAMP SSP template: ${result.findings.length} finding(s)`, Object.fromEntries(counts));
    expect(result.findings.filter((f) => f.ruleId === 'intake-rule-failed')).toEqual([]);
    // The template is complete where these rules look: this-system component, users, attachments, P&P links.
    for (const id of ['has-this-system-component', 'has-inventory-items', 'has-unique-asset-id', 'role-id-has-role-definition', 'has-user-guide', 'has-incident-response-plan', 'has-policy-link', 'has-procedure-attachment-resource', 'invalid-component-match', 'base64-has-content']) {
      expect([id, result.fired.has(id)]).toEqual([id, false]);
    }
  });
});
