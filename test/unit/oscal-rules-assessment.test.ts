import { readFileSync } from 'node:fs';
import { parseOscal } from '../../functions/core/oscal/parse.js';
import { allowedValues } from '../../functions/core/validate/oscal-rules/allowed-values.js';
import { isIPv4, isIPv6 } from '../../functions/core/validate/oscal-rules/assessment/assessment-assets.js';
import { isDateTime } from '../../functions/core/validate/oscal-rules/assessment/helpers.js';
import { RULES } from '../../functions/core/validate/oscal-rules/assessment/index.js';
import { runRules } from '../../functions/core/validate/oscal-rules/engine.js';
import type { JsonObject } from '../../functions/core/validate/oscal-rules/query.js';
import type { OscalModelName } from '../../functions/core/validate/oscal-rules/types.js';

const AS_OF = new Date('2024-01-01T00:00:00Z');
const FEDRAMP = 'https://fedramp.gov/ns/oscal';

function run(model: OscalModelName, value: JsonObject, asOf = AS_OF): ReturnType<typeof runRules> {
  return runRules(RULES, { model, doc: { value, pointer: `/${model}` }, allowedValues: allowedValues(), asOf });
}
const sap = (doc: JsonObject): Set<string> => run('assessment-plan', doc).fired;
const sar = (doc: JsonObject, asOf = AS_OF): Set<string> => run('assessment-results', doc, asOf).fired;
const poam = (doc: JsonObject): Set<string> => run('plan-of-action-and-milestones', doc).fired;

const SSP_UUID = 'bf974aa0-d662-4aef-a7a5-8f4cce398746';
const sspResource = (over: JsonObject = {}): JsonObject => ({
  uuid: SSP_UUID,
  title: 'System Security Plan',
  props: [{ name: 'type', value: 'system-security-plan' }],
  rlinks: [{ href: 'ssp.xml', 'media-type': 'application/xml' }],
  ...over,
});

describe('assessment: import-ssp and import-ap', () => {
  const IMPORT_IDS = ['has-import-ssp', 'has-import-ssp-href', 'has-import-ssp-internal-href', 'has-system-security-plan-resource', 'has-ssp-rlink', 'has-acceptable-system-security-plan-rlink-media-type', 'has-no-base64'];

  it('accepts a SAP or POA&M importing an SSP declared in its back-matter', () => {
    const doc = { 'import-ssp': { href: `#${SSP_UUID}` }, 'back-matter': { resources: [sspResource()] } };
    for (const f of [sap(doc), poam(doc)]) for (const id of IMPORT_IDS) expect(f.has(id)).toBe(false);
  });

  it('flags a missing import-ssp, a missing href and an href naming no resource', () => {
    expect(sap({}).has('has-import-ssp')).toBe(true);
    expect(poam({ 'import-ssp': {} }).has('has-import-ssp-href')).toBe(true);
    const dangling = sap({ 'import-ssp': { href: `#${SSP_UUID}` }, 'back-matter': {} });
    expect(dangling.has('has-import-ssp-internal-href')).toBe(true);
    expect(dangling.has('has-system-security-plan-resource')).toBe(true);
  });

  it('flags an SSP resource with no or two rlinks, a non-OSCAL media type, base64, or no OSCAL SSP', () => {
    const withResource = (r: JsonObject): Set<string> => sap({ 'import-ssp': { href: `#${SSP_UUID}` }, 'back-matter': { resources: [r] } });
    expect(withResource(sspResource({ rlinks: [] })).has('has-ssp-rlink')).toBe(true);
    expect(withResource(sspResource({ rlinks: [{ href: 'a.xml', 'media-type': 'text/xml' }, { href: 'a.json', 'media-type': 'application/json' }] })).has('has-ssp-rlink')).toBe(true);
    expect(withResource(sspResource({ rlinks: [{ href: 'a.md', 'media-type': 'text/markdown' }] })).has('has-acceptable-system-security-plan-rlink-media-type')).toBe(true);
    expect(withResource(sspResource({ base64: { filename: 'ssp.xml', value: 'AA==' } })).has('has-no-base64')).toBe(true);
    const nonOscal = withResource({ uuid: SSP_UUID, props: [{ name: 'type', value: 'no-oscal-ssp' }] });
    expect(nonOscal.has('has-non-OSCAL-system-security-plan-resource')).toBe(true);
    expect(nonOscal.has('has-system-security-plan-resource')).toBe(false);
  });

  it('checks a SAR import-ap the same way', () => {
    const sapRes = { uuid: SSP_UUID, props: [{ name: 'type', value: 'security-assessment-plan' }], rlinks: [{ href: 'sap.json', 'media-type': 'application/json' }] };
    const ok = sar({ 'import-ap': { href: `#${SSP_UUID}` }, 'back-matter': { resources: [sapRes] } });
    for (const id of ['has-import-ap', 'has-import-ap-href', 'has-import-ap-internal-href', 'has-security-assessment-plan-resource', 'has-sap-rlink']) expect(ok.has(id)).toBe(false);
    expect(sar({}).has('has-import-ap')).toBe(true);
    expect(sar({ 'import-ap': { href: `#${SSP_UUID}` }, 'back-matter': { resources: [{ ...sapRes, rlinks: [] }] } }).has('has-sap-rlink')).toBe(true);
    expect(sar({ 'import-ap': { href: '#other' }, 'back-matter': { resources: [sapRes] } }).has('has-import-ap-internal-href')).toBe(true);
  });
});

describe('assessment: SAP terms-and-conditions', () => {
  const terms = (parts: JsonObject[]): JsonObject => ({ 'terms-and-conditions': { parts } });
  const methodology = (sampling: string, prose: string): JsonObject => ({ name: 'methodology', props: [{ name: 'sampling', ns: FEDRAMP, value: sampling }], prose });
  const numbered = (parent: string, name: string, ids: string[]): JsonObject => ({ name: parent, parts: ids.map((id) => ({ name, props: [{ name: 'sort-id', value: id }] })) });

  it('accepts complete, ordered rules of engagement', () => {
    const f = sap(
      terms([
        methodology('no', 'We test.\n\n[3PAO Name] will not use sampling when performing this assessment.'),
        numbered('disclosures', 'disclosure', ['001', '002']),
        numbered('assumptions', 'assumption', ['001', '002', '010']),
        numbered('included-activities', 'included-activity', ['001']),
        numbered('excluded-activities', 'excluded-activity', ['001']),
        numbered('liability-limitations', 'liability-limitation', ['001', '002']),
      ]),
    );
    for (const id of ['has-terms-and-conditions', 'has-methodology', 'has-disclosures', 'has-roe-disclosure-detail', 'has-sampling-method', 'has-allowed-sampling-method', 'has-sampling-method-statement', 'has-part-named-assumptions', 'assumption-ordered', 'disclosure-ordered', 'has-part-named-included-activities', 'has-roe-included-activity', 'has-part-named-excluded-activities', 'has-roe-excluded-activity', 'has-part-named-liability-limitations', 'has-liability-limitation', 'liability-limitations-ordered']) {
      expect(f.has(id)).toBe(false);
    }
  });

  it('flags missing parts, empty parts, bad sampling declarations and disorder', () => {
    expect(sap({}).has('has-terms-and-conditions')).toBe(true);
    const empty = sap({ 'terms-and-conditions': {} });
    for (const id of ['has-methodology', 'has-disclosures', 'has-part-named-assumptions', 'has-part-named-included-activities', 'has-part-named-excluded-activities', 'has-part-named-liability-limitations']) expect(empty.has(id)).toBe(true);
    expect(sap(terms([{ name: 'disclosures' }])).has('has-roe-disclosure-detail')).toBe(true);
    expect(sap(terms([{ name: 'methodology' }])).has('has-sampling-method')).toBe(true);
    expect(sap(terms([methodology('maybe', '')])).has('has-allowed-sampling-method')).toBe(true);
    expect(sap(terms([methodology('yes', '[3PAO Name] will use sampling.')])).has('has-sampling-method-statement')).toBe(true);
    expect(sap(terms([methodology('yes', '[3PAO Name] will not use sampling when performing this assessment.')])).has('has-sampling-method-statement')).toBe(true);
    expect(sap(terms([numbered('assumptions', 'assumption', ['002', '001'])])).has('assumption-ordered')).toBe(true);
    expect(sap(terms([numbered('liability-limitations', 'liability-limitation', ['010', '002'])])).has('liability-limitations-ordered')).toBe(true);
  });
});

describe('assessment: SAP back-matter, reviewed controls, subjects and tasks', () => {
  it('requires a penetration test plan and a described, PDF signed SAP', () => {
    const resource = (type: string, over: JsonObject = {}): JsonObject => ({ uuid: type, props: [{ name: 'type', value: type }], ...over });
    const ok = sap({ 'back-matter': { resources: [resource('penetration-test-plan'), resource('signed-sap', { description: 'Signed SAP', rlinks: [{ href: 's.pdf', 'media-type': 'application/pdf' }] })] } });
    for (const id of ['has-penetration-test-plan', 'has-signed-sap-resource', 'signed-sap-resource-has-description', 'signed-sap-resource-has-rlink', 'signed-sap-rlink-has-media-type-pdf']) expect(ok.has(id)).toBe(false);
    const bad = sap({ 'back-matter': { resources: [resource('signed-sap', { rlinks: [{ href: 's.xml', 'media-type': 'text/xml' }] })] } });
    for (const id of ['has-penetration-test-plan', 'signed-sap-resource-has-description', 'signed-sap-rlink-has-media-type-pdf']) expect(bad.has(id)).toBe(true);
    expect(sap({ 'back-matter': {} }).has('has-signed-sap-resource')).toBe(true);
  });

  it('checks control and objective selections', () => {
    const rc = (sel: JsonObject, key = 'control-selections'): Set<string> => sap({ 'reviewed-controls': { [key]: [sel] } });
    expect(rc({ 'include-all': {}, 'exclude-controls': [{ 'control-id': 'ac-1' }] }).has('include-all-or-include-control')).toBe(false);
    expect(rc({ 'include-all': {}, 'include-controls': [{ 'control-id': 'ac-1' }] }).has('include-all-or-include-control')).toBe(true);
    const dup = rc({ 'include-controls': [{ 'control-id': 'ac-1' }, { 'control-id': 'ac-1' }], 'exclude-controls': [{ 'control-id': 'ac-1' }, { 'control-id': 'ac-1' }] });
    for (const id of ['duplicate-include-control-values', 'duplicate-exclude-control-values', 'duplicate-exclude-control-and-include-control-values']) expect(dup.has(id)).toBe(true);
    const obj = rc({ 'include-objectives': [{ 'objective-id': 'a' }, { 'objective-id': 'a' }], 'exclude-objectives': [{ 'objective-id': 'a' }] }, 'control-objective-selections');
    for (const id of ['duplicate-include-objective-values', 'duplicate-exclude-objective-and-include-objective-values']) expect(obj.has(id)).toBe(true);
    expect(obj.has('include-all-or-include-objective')).toBe(false);
  });

  it('checks assessment subjects and web-application / role-based tasks', () => {
    const ok = sap({ 'assessment-subjects': [{ type: 'location', 'include-subjects': [{ 'subject-uuid': 'x', type: 'location' }] }, { type: 'user', 'include-all': {} }] });
    for (const id of ['has-location-assessment-subject', 'has-user-assessment-subject', 'location-not-include-all-element']) expect(ok.has(id)).toBe(false);
    const none = sap({});
    expect(none.has('has-location-assessment-subject') && none.has('has-user-assessment-subject')).toBe(true);
    expect(sap({ 'assessment-subjects': [{ type: 'location', 'include-all': {} }] }).has('location-not-include-all-element')).toBe(true);
    const task = (kind: string, props: JsonObject[]): Set<string> => sap({ tasks: [{ uuid: 't', props: [{ name: 'type', value: kind }, ...props] }] });
    const web = task('web-application', [{ name: 'login-url', ns: FEDRAMP, value: 'https://x' }, { name: 'login-id', ns: FEDRAMP, value: 'u' }]);
    expect(web.has('has-login-url-task') || web.has('has-login-id-task')).toBe(false);
    const bare = task('web-application', []);
    expect(bare.has('has-login-url-task') && bare.has('has-login-id-task')).toBe(true);
    expect(task('role-based', []).has('has-login-id-user-task')).toBe(true);
  });
});

describe('assessment: SAP metadata and assessment assets', () => {
  const lead = 'e934d8b5-13e5-4f77-b55e-871e6f2df2fe';
  const roles = ['assessor', 'assessment-team', 'csp-assessment-poc', 'csp-end-of-testing-poc', 'csp-results-poc'].map((id) => ({ id, title: id }));
  const metadata = (over: JsonObject = {}): JsonObject => ({
    metadata: {
      roles,
      locations: [{ uuid: 'l' }],
      parties: [
        { uuid: lead, type: 'person', 'telephone-numbers': [{ number: '202-000-0002' }], 'email-addresses': ['a@example.com'] },
        { uuid: '3pao', type: 'organization', props: [{ name: 'iso-iec-17020-identifier', ns: FEDRAMP, value: '0000.00' }] },
      ],
      'responsible-parties': [
        { 'role-id': 'assessment-team', 'party-uuids': [lead] },
        { 'role-id': 'assessment-lead', 'party-uuids': [lead] },
        { 'role-id': 'csp-assessment-poc', 'party-uuids': ['a', 'b', 'ops'] },
        { 'role-id': 'csp-operations-center', 'party-uuids': ['ops'] },
        { 'role-id': 'csp-end-of-testing-poc', 'party-uuids': ['a'] },
        { 'role-id': 'csp-results-poc', 'party-uuids': ['b'] },
      ],
      ...over,
    },
  });
  const METADATA_IDS = RULES.filter((r) => r.id.startsWith('has-metadata-')).map((r) => r.id);

  it('accepts a complete assessment team and CSP points of contact', () => {
    const f = sap(metadata());
    for (const id of METADATA_IDS) expect(f.has(id)).toBe(false);
  });

  it('flags missing roles and parties, and an unreachable lead not on the team', () => {
    const empty = sap({ metadata: {} });
    for (const id of ['has-metadata-role-assessor', 'has-metadata-assessment-team-role', 'has-metadata-responsible-party-assessment', 'has-metadata-responsible-party-lead', 'has-metadata-csp-poc-role', 'has-metadata-role-end-of-testing', 'has-metadata-role-test-results', 'has-metadata-location', 'has-metadata-party']) {
      expect(empty.has(id)).toBe(true);
    }
    const f = sap(
      metadata({
        parties: [{ uuid: lead, type: 'person' }, { uuid: '3pao', props: [{ name: 'iso-iec-17020-identifier', ns: FEDRAMP, value: 'A00A.00' }] }],
        'responsible-parties': [
          { 'role-id': 'assessment-team', 'party-uuids': ['someone-else'] },
          { 'role-id': 'assessment-lead', 'party-uuids': [lead] },
          { 'role-id': 'assessment-lead', 'party-uuids': [lead] },
          { 'role-id': 'csp-assessment-poc', 'party-uuids': ['a', 'b'] },
          { 'role-id': 'csp-end-of-testing-poc' },
          { 'role-id': 'csp-results-poc' },
        ],
      }),
    );
    for (const id of ['has-metadata-responsible-party-lead-multiple', 'has-metadata-responsible-party-lead-matches', 'has-metadata-responsible-party-matches', 'has-metadata-responsible-party-phone', 'has-metadata-responsible-party-email', 'has-metadata-responsible-party-csp-poc-matches', 'has-metadata-csp-poc-responsible-party-ops-center', 'has-metadata-responsible-party-uuid', 'has-metadata-responsible-party-results-uuid', 'has-metadata-correctly-formatted-party']) {
      expect(f.has(id)).toBe(true);
    }
  });

  it('checks software tools and assessment platforms', () => {
    const software = { uuid: 's', type: 'software', props: [{ name: 'vendor', value: 'V' }, { name: 'name', value: 'N' }, { name: 'version', value: '1' }], status: { state: 'operational' } };
    const ok = sap({ 'assessment-assets': { components: [software], 'assessment-platforms': [{ uuid: 'p', props: [{ name: 'ipv4-address', value: '10.1.1.1' }, { name: 'ipv6-address', value: '2001:db8::1' }], 'uses-components': [{ 'component-uuid': 's' }] }] } });
    for (const id of ['has-software-component-vendor', 'has-software-component-tool', 'has-software-component-version', 'has-software-component-status', 'ipv4-has-content', 'ipv4-has-non-placeholder', 'ipv6-has-content', 'ipv6-has-non-placeholder', 'has-uses-component-match']) {
      expect(ok.has(id)).toBe(false);
    }
    const bad = sap({ 'assessment-assets': { components: [{ uuid: 's', type: 'software', status: { state: 'disposition' } }], 'assessment-platforms': [{ uuid: 'p', props: [{ name: 'ipv4-address', value: '0.0.0.0' }, { name: 'ipv4-address', value: '10.1.1.1088' }, { name: 'ipv6-address', value: '::' }, { name: 'ipv6-address', value: '1234:5678' }], 'uses-components': [{ 'component-uuid': 'missing' }] }] } });
    for (const id of ['has-software-component-vendor', 'has-software-component-tool', 'has-software-component-version', 'has-software-component-status', 'ipv4-has-content', 'ipv4-has-non-placeholder', 'ipv6-has-content', 'ipv6-has-non-placeholder', 'has-uses-component-match']) {
      expect(bad.has(id)).toBe(true);
    }
  });

  it('validates IP addresses', () => {
    expect(['10.10.10.10', '0.0.0.0'].every(isIPv4)).toBe(true);
    expect(['10.10.10.1088888', '256.1.1.1', '1.2.3'].some(isIPv4)).toBe(false);
    expect(['2001:db8:3333:4444:5555:6666:7777:8888', '::', '::ffff:10.1.1.1', 'fe80::1'].every(isIPv6)).toBe(true);
    expect(['1234:5678:9012:3456', '1::2::3', '12345::'].some(isIPv6)).toBe(false);
  });
});

describe('assessment: SAR results', () => {
  const result = (over: JsonObject): JsonObject => ({ results: [{ uuid: 'r1', start: '2023-11-01T00:00:00Z', end: '2023-11-20T00:00:00Z', ...over }] });

  it('ties special observations to findings and evidence', () => {
    const obs = (type: string, over: JsonObject = {}): JsonObject => ({ uuid: type, types: [type], methods: ['EXAMINE'], 'relevant-evidence': [{ href: '#ev' }], ...over });
    const types = ['operational-requirement', 'risk-adjustment', 'false-positive', 'ssp-statement-issue'];
    const backMatter = { resources: [{ uuid: 'ev' }] };
    const ok = sar({ ...result({ observations: types.map((t) => obs(t)), findings: [{ uuid: 'f', 'related-observations': types.map((t) => ({ 'observation-uuid': t })), 'related-risks': [{ 'risk-uuid': 'k' }] }], risks: [{ uuid: 'k' }] }), 'back-matter': backMatter });
    const IDS = ['has-operational-requirement-observation', 'has-operational-requirement-relevant-evidence', 'has-risk-adjustment-observation', 'has-risk-adjustment-relevant-evidence', 'has-false-positive-observation', 'has-type-ssp-statement-issue', 'has-type-ssp-statement-issue-matches-related-observation', 'has-false-positive-related-related-observation'];
    for (const id of IDS) expect(ok.has(id)).toBe(false);
    const bad = sar({ ...result({ observations: types.map((t) => obs(t, { methods: ['TEST'], 'relevant-evidence': [{ href: '#nowhere' }] })), findings: [{ uuid: 'f', 'related-observations': [{ 'observation-uuid': 'false-positive' }], 'related-risks': [{ 'risk-uuid': 'gone' }] }] }), 'back-matter': backMatter });
    for (const id of IDS.filter((i) => i !== 'has-false-positive-observation')) expect(bad.has(id)).toBe(true);
  });

  it('checks method, subject and actor values', () => {
    const ok = sar(result({ observations: [{ uuid: 'o', methods: ['TEST'], subjects: [{ type: 'component', 'subject-uuid': 'c' }], origins: [{ actors: [{ type: 'party', 'actor-uuid': 'p' }] }] }, { uuid: 'h', types: ['historic'], methods: ['MIXED'] }] }));
    for (const id of ['has-correct-method-values', 'has-correct-subject-values', 'has-correct-actor-type', 'has-method-MIXED']) expect(ok.has(id)).toBe(false);
    const bad = sar(result({ observations: [{ uuid: 'o', methods: ['MIXED'], subjects: [{ type: 'mixed' }], origins: [{ actors: [{ type: 'mixed' }] }] }, { uuid: 'h', types: ['historic'], methods: ['TEST'] }] }));
    for (const id of ['has-correct-method-values', 'has-correct-subject-values', 'has-correct-actor-type', 'has-method-MIXED']) expect(bad.has(id)).toBe(true);
  });

  it('checks tool observations and penetration test findings', () => {
    const tool = (over: JsonObject): JsonObject => ({ uuid: 'o', types: ['finding'], methods: ['TEST'], origins: [{ actors: [{ type: 'tool', 'actor-uuid': 'scanner' }] }], subjects: [{ type: 'inventory-item', 'subject-uuid': 'host' }], 'relevant-evidence': [{ href: '#raw' }], ...over });
    const defs = { 'local-definitions': { 'inventory-items': [{ uuid: 'host' }], 'assessment-assets': { components: [{ uuid: 'scanner', type: 'software' }] } } };
    const bm = { 'back-matter': { resources: [{ uuid: 'raw', props: [{ name: 'type', value: 'raw-tool-output' }] }] } };
    const ok = sar({ ...result({ ...defs, observations: [tool({})], findings: [{ uuid: 'f', 'related-observations': [{ 'observation-uuid': 'o' }] }] }), ...bm });
    const TOOL_IDS = ['has-method-TEST', 'has-matching-assessment-asset-component', 'observation-subject-is-locally-defined', 'has-relevant-evidence', 'has-related-observation'];
    for (const id of TOOL_IDS) expect(ok.has(id)).toBe(false);
    const bad = sar({ ...result({ ...defs, observations: [tool({ methods: ['EXAMINE'], origins: [{ actors: [{ type: 'tool', 'actor-uuid': 'unknown' }] }], subjects: [{ type: 'component', 'subject-uuid': 'elsewhere' }], 'relevant-evidence': [{ href: '#nope' }] })] }), ...bm });
    for (const id of TOOL_IDS) expect(bad.has(id)).toBe(true);

    const team = { metadata: { 'responsible-parties': [{ 'role-id': 'penetration-test-lead', 'party-uuids': ['lead'] }, { 'role-id': 'penetration-test-team', 'party-uuids': ['lead', 'tester'] }] } };
    const report = { 'back-matter': { resources: [{ uuid: 'report', props: [{ name: 'type', ns: FEDRAMP, value: 'penetration-test-report' }] }] } };
    const pen = (actor: string, href: string): JsonObject => ({ uuid: 'pt', types: ['finding'], methods: ['TEST'], origins: [{ actors: [{ type: 'party', 'actor-uuid': actor }] }], 'relevant-evidence': [{ href }] });
    const penOk = sar({ ...team, ...result({ observations: [pen('tester', '#report')] }), ...report });
    for (const id of ['has-pen-test-lead', 'has-pen-test-team-match', 'has-pen-test-finding-resource']) expect(penOk.has(id)).toBe(false);
    expect(sar({ ...team, ...result({ observations: [pen('outsider', '#report')] }), ...report }).has('has-pen-test-team-match')).toBe(true);
    expect(sar({ ...team, ...result({ observations: [pen('tester', '#elsewhere')] }), ...report }).has('has-pen-test-finding-resource')).toBe(true);
    expect(sar({ metadata: { 'responsible-parties': [{ 'role-id': 'penetration-test-lead', 'party-uuids': ['a', 'b'] }] } }).has('has-pen-test-lead')).toBe(true);
  });

  it('checks finding targets, associated risks, duplicates and PL-2', () => {
    const target = (id: string, state: string, over: JsonObject = {}): JsonObject => ({ 'target-id': id, type: 'objective-id', status: { state }, props: [{ name: 'implementation-status', ns: FEDRAMP, value: 'implemented' }], ...over });
    const ok = sar(result({ risks: [{ uuid: 'k' }], findings: [{ uuid: 'a', target: target('pl-2.a_obj', 'not-satisfied'), 'related-risks': [{ 'risk-uuid': 'k' }] }, { uuid: 'b', target: target('pl-2.b_obj', 'satisfied') }] }));
    for (const id of ['has-implementation-status', 'has-satisfaction-status', 'satisfaction-status-value', 'has-finding-target-status-issue', 'has-associated-risk-matching', 'no-duplicate-target-id', 'minimal-control-PL-2-findings']) expect(ok.has(id)).toBe(false);
    const bad = sar(result({ findings: [{ uuid: 'a', target: target('pl-2.a_obj', 'not-satisfied') }, { uuid: 'b', target: target('pl-2.a_obj', 'not-satisfied'), 'related-risks': [{ 'risk-uuid': 'gone' }] }, { uuid: 'c', target: { 'target-id': 'ac-1_obj', type: 'objective-id' } }, { uuid: 'd', target: target('ac-2_obj', 'other') }] }));
    for (const id of ['has-implementation-status', 'has-satisfaction-status', 'satisfaction-status-value', 'has-finding-target-status-issue', 'has-associated-risk-matching', 'no-duplicate-target-id', 'minimal-control-PL-2-findings']) expect(bad.has(id)).toBe(true);
  });

  it('checks risks: closure, priorities, recommendations, facets', () => {
    const facet = (name: string, value: string): JsonObject => ({ name, system: 'https://fedramp.gov', value });
    const ok = sar(result({ risks: [{ uuid: 'a', status: 'closed', 'risk-log': { entries: [{ uuid: 'e', 'status-change': 'closed' }] }, props: [{ name: 'priority', ns: FEDRAMP, value: '1' }], remediations: [{ uuid: 'x', lifecycle: 'recommendation' }], characterizations: [{ facets: [facet('likelihood', 'low'), facet('impact', 'high')] }] }, { uuid: 'b', props: [{ name: 'priority', ns: FEDRAMP, value: '2' }] }] }));
    for (const id of ['has-risk-log-status-closed', 'has-duplicate-priority-value', 'has-lifecycle-recommendation', 'has-facet-likelihood-and-impact', 'has-facet-correct-values']) expect(ok.has(id)).toBe(false);
    const bad = sar(result({ risks: [{ uuid: 'a', status: 'closed', props: [{ name: 'priority', ns: FEDRAMP, value: '1' }], remediations: [{ uuid: 'x', lifecycle: 'planned' }], characterizations: [{ facets: [facet('likelihood', 'uneven')] }] }, { uuid: 'b', props: [{ name: 'priority', ns: FEDRAMP, value: '1' }] }] }));
    for (const id of ['has-risk-log-status-closed', 'has-duplicate-priority-value', 'has-lifecycle-recommendation', 'has-facet-likelihood-and-impact', 'has-facet-correct-values']) expect(bad.has(id)).toBe(true);
  });

  it('checks the attestation', () => {
    const attestation = (value: string, prose: string): JsonObject =>
      result({ attestations: [{ parts: [{ name: 'authorization-statements', props: [{ name: 'recommend-authorization', ns: FEDRAMP, value }], parts: [{ name: 'authorization-statement', prose }] }] }] });
    const summary = 'A total of five system risks were identified for System ABC, including 2 High risks, one Moderate risks, 2 Low risks, and zero of operationally required risks.';
    expect(sar(attestation('no', summary)).has('has-attestation-value-no')).toBe(false);
    expect(sar(attestation('no', 'Priority levels were established based on [describe].')).has('has-attestation-value-no')).toBe(true);
    expect(sar(attestation('yes', 'Anything.')).has('has-attestation-value-no')).toBe(false);
    expect(sar(attestation('yes', '')).has('has-attestation')).toBe(false);
    expect(sar(result({ attestations: [{ parts: [{ name: 'authorization-statements', props: [{ name: 'authorized', ns: FEDRAMP, value: 'yes' }] }] }] })).has('has-attestation')).toBe(true);
  });

  it('checks when the assessment happened, against the validation date', () => {
    const timed = (start: string, end: string | undefined, collected: string): JsonObject => ({
      results: [{ uuid: 'r', start, ...(end ? { end } : {}), observations: [{ uuid: 'o', collected }] }],
    });
    const ok = sar(timed('2023-11-01T00:00:00Z', '2023-11-20T00:00:00Z', '2023-11-05T00:00:00Z'));
    for (const id of ['assessment-has-ended', 'start-precedes-end', 'has-contemporary-assessment', 'result-observations-are-recent']) expect(ok.has(id)).toBe(false);
    expect(sar(timed('2023-11-01T00:00:00Z', undefined, '2023-11-05T00:00:00Z')).has('assessment-has-ended')).toBe(true);
    expect(sar(timed('2023-11-20T00:00:00Z', '2023-11-01T00:00:00Z', '2023-11-05T00:00:00Z')).has('start-precedes-end')).toBe(true);
    const old = sar(timed('2021-05-02T00:00:00Z', '2021-05-06T00:00:00Z', '2021-05-04T00:00:00Z'));
    expect(old.has('has-contemporary-assessment') && old.has('result-observations-are-recent')).toBe(true);
  });

  it('checks evidence resources', () => {
    const ev = (over: JsonObject): JsonObject => ({ uuid: 'ev', props: [{ name: 'type', value: 'evidence' }], ...over });
    const referenced = result({ observations: [{ uuid: 'o', 'relevant-evidence': [{ href: '#ev' }] }] });
    const ok = sar({ ...referenced, 'back-matter': { resources: [ev({ rlinks: [{ href: './evidence/notes.docx' }] })] } });
    for (const id of ['has-type-artifact-evidence-rlink-base64', 'has-type-artifact-evidence-rlink-relative-path', 'has-type-artifact-evidence-resource']) expect(ok.has(id)).toBe(false);
    expect(sar({ ...referenced, 'back-matter': { resources: [ev({})] } }).has('has-type-artifact-evidence-rlink-base64')).toBe(true);
    expect(sar({ ...referenced, 'back-matter': { resources: [ev({ rlinks: [{ href: '/evidence/notes.docx' }] })] } }).has('has-type-artifact-evidence-rlink-relative-path')).toBe(true);
    expect(sar({ 'back-matter': { resources: [ev({ rlinks: [{ href: 'notes.docx' }] })] } }).has('has-type-artifact-evidence-resource')).toBe(true);
  });
});

describe('assessment: POA&M items and risks', () => {
  const milestone = (over: JsonObject = {}): JsonObject => ({ uuid: 'm', type: 'milestone', title: 'M', description: '', timing: { 'within-date-range': { start: '2023-06-02T00:00:00Z', end: '2023-06-20T00:00:00Z' } }, ...over });
  const doc = (risk: JsonObject = {}, item: JsonObject = {}): JsonObject => ({
    observations: [{ uuid: 'o', collected: '2023-06-02T00:00:00Z' }],
    risks: [
      {
        uuid: 'k',
        characterizations: [{ facets: [{ name: 'risk', system: FEDRAMP, value: 'high', props: [{ name: 'state', value: 'initial' }] }, { name: 'risk', system: FEDRAMP, value: 'moderate', props: [{ name: 'state', value: 'adjusted' }] }] }],
        deadline: '2023-08-01T00:00:00Z',
        remediations: [{ uuid: 'rec', lifecycle: 'recommendation' }, { uuid: 'plan', lifecycle: 'planned', tasks: [milestone(), milestone({ uuid: 'close', timing: { 'on-date': { date: '2023-08-01T00:00:00Z' } } })] }],
        'risk-log': { entries: [{ uuid: 'e', title: '', start: '2023-06-02T00:00:00Z' }] },
        'related-observations': [{ 'observation-uuid': 'o' }],
        ...risk,
      },
    ],
    'poam-items': [{ uuid: 'i', title: '', description: '', 'related-observations': [{ 'observation-uuid': 'o' }], 'related-risks': [{ 'risk-uuid': 'k' }], ...item }],
  });
  const POAM_IDS = RULES.filter((r) => r.models.length === 1 && r.models[0] === 'plan-of-action-and-milestones').map((r) => r.id);

  it('accepts a well-formed POA&M item and risk', () => {
    const f = poam(doc());
    for (const id of POAM_IDS) expect(f.has(id)).toBe(false);
  });

  it('flags POA&M items without, with two, or with dangling references', () => {
    expect(poam(doc({}, { 'related-risks': [] })).has('poam-item-has-associated-risk')).toBe(true);
    expect(poam(doc({}, { 'related-risks': [{ 'risk-uuid': 'k' }, { 'risk-uuid': 'k' }] })).has('poam-item-has-one-associated-risk')).toBe(true);
    expect(poam(doc({}, { 'related-observations': [] })).has('poam-item-has-related-observation')).toBe(true);
    expect(poam(doc({}, { 'related-risks': [{ 'risk-uuid': 'gone' }] })).has('associated-risk-has-target')).toBe(true);
    expect(poam(doc({}, { 'related-observations': [{ 'observation-uuid': 'gone' }] })).has('related-observation-has-observation')).toBe(true);
    expect(poam(doc({ remediations: [{ uuid: 'rec', lifecycle: 'recommendation' }] })).has('associated-risk-has-planned-response')).toBe(true);
  });

  it('flags incomplete risks, milestones and risk-log entries', () => {
    const noDeadline = { ...(doc().risks as JsonObject[])[0]! };
    delete noDeadline['deadline'];
    expect(poam({ ...doc(), risks: [noDeadline] }).has('risk-has-deadline')).toBe(true);
    const noRec = poam(doc({ remediations: [{ uuid: 'plan', lifecycle: 'planned', tasks: [milestone()] }] }));
    expect(noRec.has('risk-has-recommendation')).toBe(true);
    expect(poam(doc({ remediations: [{ uuid: 'rec', lifecycle: 'recommendation' }] })).has('risk-has-planned-response')).toBe(true);
    expect(poam(doc({ remediations: [{ uuid: 'rec', lifecycle: 'recommendation' }, { uuid: 'plan', lifecycle: 'planned', tasks: [{ uuid: 't', type: 'action' }] }] })).has('risk-has-milestones')).toBe(true);
    const plan = (m: JsonObject): Set<string> => poam(doc({ remediations: [{ uuid: 'rec', lifecycle: 'recommendation' }, { uuid: 'plan', lifecycle: 'planned', tasks: [m] }] }));
    expect(plan({ uuid: 'm', type: 'milestone', timing: { 'on-date': { date: '2023-07-01T00:00:00Z' } } }).has('milestone-has-description')).toBe(true);
    expect(plan({ uuid: 'm', type: 'milestone', description: '' }).has('milestone-has-timing')).toBe(true);
    expect(plan(milestone({ timing: {} })).has('milestone-has-timing-within-date-range')).toBe(true);
    expect(plan(milestone({ timing: { 'within-date-range': { start: '2023-06-20T00:00:00Z', end: '2023-06-02T00:00:00Z' } } })).has('within-date-range-start-precedes-end')).toBe(true);
    const badDates = plan(milestone({ timing: { 'within-date-range': { start: '2023-06-02T00:00:00X', end: '2023-13-01T00:00:00Z' } } }));
    expect(badDates.has('within-date-range-start-is-valid-datetime') && badDates.has('within-date-range-end-is-valid-datetime')).toBe(true);
    expect(plan(milestone({ timing: { 'on-date': { date: 'tomorrow' } } })).has('on-date-date-is-valid-datetime')).toBe(true);
    expect(poam(doc({ deadline: '2023-08-01T00:00:00X' })).has('deadline-is-valid-datetime')).toBe(true);
    expect(poam(doc({ 'risk-log': { entries: [{ uuid: 'e' }] } })).has('risk-log-entry-has-title')).toBe(true);
    expect(poam(doc({ 'risk-log': { entries: [{ uuid: 'e', title: 'T' }] } })).has('risk-log-entry-has-start')).toBe(true);
  });

  it("flags a deadline beyond FedRAMP's remediation threshold from detection", () => {
    // Adjusted moderate risk detected 2023-06-02: 90 days allowed.
    expect(poam(doc({ deadline: '2023-08-30T00:00:00Z' })).has('has-timely-completion-date')).toBe(false);
    expect(poam(doc({ deadline: '2023-11-29T00:00:00Z' })).has('has-timely-completion-date')).toBe(true);
  });

  it('validates xs:dateTime values', () => {
    expect(['2022-11-29T13:37:22Z', '2022-11-29T13:37:22.5+05:00', '2022-11-29T13:37:22'].every(isDateTime)).toBe(true);
    expect(['2022-11-29T13:37:22X', '2022-11-29', '2022-13-01T00:00:00Z', ''].some(isDateTime)).toBe(false);
  });
});

describe('assessment: FedRAMP templates', () => {
  const TEMPLATES: [string, OscalModelName][] = [
    ['SAP', 'assessment-plan'],
    ['SAR', 'assessment-results'],
    ['POAM', 'plan-of-action-and-milestones'],
  ];
  it.each(TEMPLATES)('runs over the FedRAMP %s template without a rule failing', (kind, model) => {
    const doc = parseOscal(readFileSync(`test/fixtures/oscal/FedRAMP-${kind}-OSCAL-Template.json`), 'json');
    expect(doc.model).toBe(model);
    const result = run(model, doc.root[model] as JsonObject, new Date());
    expect(result.findings.filter((f) => f.ruleId === 'intake-rule-failed')).toEqual([]);
    // The templates import their SSP / SAP and carry their metadata: those basics hold.
    for (const id of ['has-import-ssp', 'has-import-ap', 'has-terms-and-conditions', 'has-metadata-role-assessor', 'poam-item-has-associated-risk']) expect(result.fired.has(id)).toBe(false);
    console.log(`${kind} template: ${result.findings.length} findings (${[...result.fired].sort().join(', ')})`);
  });
});
