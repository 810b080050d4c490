import { readFileSync } from 'node:fs';
import { parseOscal } from '../../functions/core/oscal/parse.js';
import type { JsonObject } from '../../functions/core/validate/oscal-rules/query.js';
import { RULES } from '../../functions/core/validate/oscal-rules/ssp-characteristics/index.js';
import { ruleRunner } from '../support/oscal-rules.js';

/** Runs this family's rules over an SSP (the value of `system-security-plan`). */
const { run, fired } = ruleRunner(RULES);
const FEDRAMP = 'https://fedramp.gov/ns/oscal';

describe('ssp-characteristics: FIPS 199 categorization', () => {
  const sc = (over: JsonObject): JsonObject => ({
    'system-characteristics': {
      'security-sensitivity-level': 'fips-199-moderate',
      'security-impact-level': {
        'security-objective-confidentiality': 'fips-199-moderate',
        'security-objective-integrity': 'fips-199-low',
        'security-objective-availability': 'fips-199-moderate',
      },
      ...over,
    },
  });

  it('accepts a consistent categorization', () => {
    const f = fired(sc({}));
    for (const id of ['no-security-sensitivity-level', 'has-security-sensitivity-level', 'invalid-security-sensitivity-level', 'security-sensitivity-level-matches-security-impact-level', 'has-security-impact-level', 'has-security-objective-integrity', 'has-allowed-security-objective-value']) {
      expect(f.has(id)).toBe(false);
    }
  });

  it('flags a missing, invalid or mismatched sensitivity level', () => {
    expect(fired(sc({ 'security-sensitivity-level': '' })).has('no-security-sensitivity-level')).toBe(true);
    const invalid = fired(sc({ 'security-sensitivity-level': 'severe' }));
    expect(invalid.has('invalid-security-sensitivity-level')).toBe(true);
    expect(invalid.has('has-allowed-security-sensitivity-level')).toBe(true);
    expect(fired(sc({ 'security-sensitivity-level': 'fips-199-high' })).has('security-sensitivity-level-matches-security-impact-level')).toBe(true);
  });

  it('flags missing or invalid security objectives', () => {
    const f = fired(sc({ 'security-impact-level': { 'security-objective-confidentiality': 'extreme' } }));
    expect(f.has('has-security-objective-integrity')).toBe(true);
    expect(f.has('has-security-objective-availability')).toBe(true);
    expect(f.has('has-allowed-security-objective-value')).toBe(true);
    expect(f.has('has-security-objective-confidentiality')).toBe(false);
  });

  it('compares security objectives with the information types (selected impact over base)', () => {
    const infoType = (integrity: JsonObject): JsonObject => ({
      'system-information': {
        'information-types': [
          {
            uuid: 'it-1',
            title: 'T',
            description: 'D',
            categorizations: [{ system: 'https://doi.org/10.6028/NIST.SP.800-60v2r1', 'information-type-ids': ['C.2.4.1'] }],
            'confidentiality-impact': { base: 'fips-199-moderate', selected: 'fips-199-moderate' },
            'integrity-impact': integrity,
            'availability-impact': { base: 'fips-199-moderate', selected: 'fips-199-moderate' },
          },
        ],
      },
    });
    const ok = run(sc(infoType({ base: 'fips-199-moderate', selected: 'fips-199-low', 'adjustment-justification': 'why' })));
    expect(ok.fired.has('cia-impact-matches-security-objective')).toBe(false);
    expect(ok.fired.has('cia-impact-has-adjustment-justification')).toBe(false);
    expect(ok.fired.has('has-allowed-information-type-id')).toBe(false);
    const bad = run(sc(infoType({ base: 'fips-199-moderate', selected: 'fips-199-high' })));
    expect(bad.fired.has('cia-impact-matches-security-objective')).toBe(true);
    expect(bad.fired.has('cia-impact-has-adjustment-justification')).toBe(true);
    const finding = bad.findings.find((x) => x.ruleId === 'cia-impact-matches-security-objective');
    expect(finding?.location).toBe('/system-security-plan/system-characteristics/security-impact-level/security-objective-integrity');
  });
});

describe('ssp-characteristics: information types', () => {
  it('flags an incomplete information type and a categorization outside SP 800-60', () => {
    const f = fired({
      'system-characteristics': {
        'system-information': { 'information-types': [{ uuid: 'x', categorizations: [{ system: 'https://fedramp.gov/', 'information-type-ids': ['X.9.9'] }], 'availability-impact': { base: 'fips-199-none' } }] },
      },
    });
    for (const id of ['information-type-has-title', 'information-type-has-description', 'information-type-has-confidentiality-impact', 'categorization-has-correct-system-attribute', 'has-allowed-information-type-id', 'cia-impact-has-selected', 'cia-impact-has-approved-fips-categorization']) {
      expect(f.has(id)).toBe(true);
    }
    expect(f.has('information-type-has-categorization')).toBe(false);
    expect(f.has('categorization-has-system-attribute')).toBe(false);
  });

  it('flags system-information without information types', () => {
    expect(fired({ 'system-characteristics': { 'system-information': {} } }).has('system-information-has-information-type')).toBe(true);
  });
});

describe('ssp-characteristics: system identity and cloud models', () => {
  const good: JsonObject = {
    'system-characteristics': {
      'system-ids': [{ 'identifier-type': 'https://fedramp.gov', id: 'F00000000' }],
      'system-name': 'Name',
      'system-name-short': 'N',
      description: Array.from({ length: 40 }, () => 'word').join(' '),
      props: [
        { name: 'authorization-type', ns: FEDRAMP, value: 'fedramp-agency' },
        { name: 'cloud-service-model', value: 'iaas' },
        { name: 'cloud-deployment-model', value: 'public-cloud' },
        { name: 'identity-assurance-level', value: '2' },
      ],
    },
  };

  it('accepts a complete system identity', () => {
    const f = fired(good);
    for (const id of ['has-system-id', 'has-system-name', 'has-system-name-short', 'has-system-description', 'has-fedramp-authorization-type', 'has-cloud-service-model', 'has-allowed-cloud-deployment-model', 'has-identity-assurance-level', 'has-allowed-identity-assurance-level']) {
      expect(f.has(id)).toBe(false);
    }
  });

  it('flags an empty system-characteristics', () => {
    const f = fired({ 'system-characteristics': { description: 'Too short.' } });
    for (const id of ['has-system-id', 'has-system-name', 'has-system-name-short', 'has-system-description', 'has-fedramp-authorization-type', 'has-cloud-service-model', 'has-cloud-deployment-model', 'has-authorization-boundary', 'has-network-architecture', 'has-data-flow']) {
      expect(f.has(id)).toBe(true);
    }
  });

  it('requires a leveraged authorization for SaaS/PaaS and a public cloud for public items', () => {
    const f = fired({
      'system-characteristics': { props: [{ name: 'cloud-service-model', value: 'saas' }, { name: 'cloud-deployment-model', value: 'hybrid-cloud' }] },
      'system-implementation': { 'inventory-items': [{ uuid: 'i', props: [{ name: 'public', value: 'yes' }] }] },
    });
    expect(f.has('has-leveraged-authorization-with-cloud-service-model')).toBe(true);
    expect(f.has('has-public-cloud-deployment-model')).toBe(true);
    expect(f.has('has-cloud-deployment-model-remarks')).toBe(true);
  });
});

describe('ssp-characteristics: roles, parties and data centers', () => {
  const roles = ['system-owner', 'authorizing-official', 'system-poc-management', 'system-poc-technical', 'system-poc-other', 'information-system-security-officer', 'authorizing-official-poc'];
  const dataCenter = (kind: string, country: string): JsonObject => ({ uuid: `dc-${kind}`, address: { country }, props: [{ name: 'type', value: 'data-center', class: kind }] });

  it('accepts complete metadata', () => {
    const f = fired({
      metadata: {
        roles: roles.map((id) => ({ id, title: id })),
        parties: roles.map((id) => ({ uuid: `p-${id}`, type: 'person', name: id })),
        'responsible-parties': roles.map((id) => ({ 'role-id': id, 'party-uuids': [`p-${id}`] })),
        locations: [dataCenter('primary', 'US'), dataCenter('alternate', 'US')],
      },
    });
    expect([...f].filter((id) => /^(role|responsible-party|party|data-center|incorrect)-/.test(id))).toEqual([]);
  });

  it('flags missing roles, dangling responsible parties and foreign data centers', () => {
    const f = fired({
      metadata: {
        roles: [{ id: 'prepared-by' }],
        parties: [
          { uuid: 'org', type: 'organization' },
          { uuid: 'idle', type: 'person' },
          { uuid: 'busy', type: 'person' },
        ],
        'responsible-parties': [
          { 'role-id': 'system-owner', 'party-uuids': ['org', 'busy'] },
          { 'role-id': 'prepared-by', 'party-uuids': ['busy', 'ghost'] },
        ],
        locations: [dataCenter('alternate', 'GB')],
      },
    });
    for (const id of [
      'role-defined-system-owner',
      'role-defined-authorizing-official-poc',
      'role-has-title',
      'responsible-party-has-role',
      'incorrect-role-association',
      'responsible-party-has-definition',
      'incorrect-party-association',
      'responsible-party-is-person',
      'party-has-responsibility',
      'party-has-one-responsibility',
      'data-center-primary',
      'data-center-count',
      'data-center-US',
    ]) {
      expect(f.has(id)).toBe(true);
    }
    expect(f.has('data-center-alternate')).toBe(false);
    expect(f.has('role-has-responsible-party')).toBe(false);
  });
});

describe('ssp-characteristics: diagrams', () => {
  const section = (href: string): JsonObject => ({ description: 'D', diagrams: [{ uuid: 'd', description: 'D', caption: 'C', links: [{ href, rel: 'diagram' }] }] });

  it('accepts diagrams that reference back-matter resources', () => {
    const f = fired({
      'system-characteristics': { 'authorization-boundary': section('#r1'), 'network-architecture': section('#r1'), 'data-flow': section('#r1') },
      'back-matter': { resources: [{ uuid: 'r1' }] },
    });
    expect([...f].filter((id) => /boundary|network-architecture|data-flow/.test(id))).toEqual([]);
  });

  it('flags incomplete diagrams and dangling links', () => {
    const f = fired({
      'system-characteristics': {
        'authorization-boundary': { diagrams: [{ links: [{ rel: 'picture' }] }] },
        'data-flow': section('#missing'),
      },
      'back-matter': { resources: [] },
    });
    for (const id of ['has-authorization-boundary-description', 'has-authorization-boundary-diagram-uuid', 'has-authorization-boundary-diagram-caption', 'has-authorization-boundary-diagram-link-rel-allowed-value', 'has-network-architecture', 'has-data-flow-diagram-link-href-target']) {
      expect(f.has(id)).toBe(true);
    }
    expect(f.has('has-authorization-boundary-diagram-link-rel')).toBe(false);
  });
});

describe('ssp-characteristics: leveraged authorizations, FIPS 140, DNS and email', () => {
  const validation = (reference: string, page: string): JsonObject => ({
    'system-implementation': {
      components: [
        {
          type: 'validation',
          uuid: 'v',
          props: [{ name: 'validation-reference', value: reference }],
          links: [{ href: `https://csrc.nist.gov/projects/cryptographic-module-validation-program/certificate/${page}`, rel: 'validation-details' }],
        },
      ],
      'leveraged-authorizations': [{ uuid: 'la', title: 'Underlying', props: [{ name: 'leveraged-system-identifier', ns: FEDRAMP, value: 'F1' }] }],
    },
  });

  it('accepts a consonant CMVP citation and an identified leveraged authorization', () => {
    const f = fired(validation('3928', '3928'));
    expect([...f].filter((id) => /CMVP|ATO/.test(id))).toEqual([]);
  });

  it('flags a CMVP citation whose number and page disagree, or that is not a certificate', () => {
    const f = fired(validation('x3928', '3928'));
    expect(f.has('has-credible-CMVP-validation-reference')).toBe(true);
    const g = fired(validation('3928', '0000'));
    expect(g.has('has-consonant-CMVP-validation-reference')).toBe(true);
    expect(g.has('has-consonant-CMVP-validation-details')).toBe(true);
    expect(fired({ 'system-implementation': { 'leveraged-authorizations': [{ uuid: 'la' }] } }).has('FedRAMP-ATO-Identifier-exists')).toBe(true);
    expect(fired({ 'system-implementation': {} }).has('has-CMVP-validation')).toBe(true);
  });

  it('checks authoritative DNS zones and DNSSEC in SC-20/SC-21', () => {
    const dns = (zone: string): JsonObject => ({ 'system-implementation': { components: [{ type: 'DNS-authoritative-service', uuid: 'd', props: [{ name: 'DNS-zone', value: zone }] }] } });
    expect(fired(dns('example.com.')).has('has-well-formed-DNS-zone')).toBe(false);
    expect(fired(dns('не зона')).has('has-well-formed-DNS-zone')).toBe(true);
    const sc20 = (text: string): JsonObject => ({ 'control-implementation': { 'implemented-requirements': [{ 'control-id': 'sc-20', statements: [{ 'by-components': [{ description: text }] }] }] } });
    expect(fired(sc20('Zones are signed with DNSSEC.')).has('DNSSEC-described')).toBe(false);
    expect(fired(sc20('Describe how this requirement is fulfilled.')).has('DNSSEC-described')).toBe(true);
  });

  it("reports (info) SI-8's DMARC, SPF and DKIM when the system handles email, as GSA's scenarios expect", () => {
    const ssp = (si8: string): JsonObject => ({
      'system-implementation': { components: [{ type: 'service', description: 'Email is employed.' }] },
      'control-implementation': { 'implemented-requirements': [{ 'control-id': 'si-8', statements: [{ 'by-components': [{ description: si8 }] }] }] },
    });
    const all = run(ssp('DMARC, SPF and DKIM are employed.'));
    expect(all.findings.find((x) => x.ruleId === 'has-email-and-DMARC')?.severity).toBe('info');
    expect(fired(ssp('DMARC and SPF are employed.')).has('has-email-and-DMARC')).toBe(false);
  });
});

describe('ssp-characteristics: interconnections', () => {
  const people = ['a', 'b', 'c', 'd'];
  const interconnection = (over: JsonObject, parties = people): JsonObject => ({
    metadata: { parties: people.map((uuid) => ({ uuid, type: 'person' })) },
    'system-implementation': {
      components: [
        {
          type: 'interconnection',
          uuid: 'ic',
          title: 'Remote',
          description: 'Remote system',
          props: [
            { name: 'interconnection-direction', value: 'incoming' },
            { name: 'interconnection-security', ns: FEDRAMP, value: 'tls' },
            { name: 'information', ns: FEDRAMP, value: 'logs' },
            { name: 'service-processor', ns: FEDRAMP, value: 'telco' },
            { name: 'circuit', ns: FEDRAMP, value: 'C-1' },
            { name: 'ipv4-address', class: 'local', value: '10.0.0.1' },
            { name: 'ipv4-address', class: 'remote', value: '10.0.0.2' },
          ],
          links: [{ href: '#isa', rel: 'isa-agreement' }],
          'responsible-roles': ['isa-poc-local', 'isa-authorizing-official-local', 'isa-poc-remote', 'isa-authorizing-official-remote'].map((r, i) => ({ 'role-id': r, 'party-uuids': [parties[i] ?? 'x'] })),
          protocols: [{ name: 'https', 'port-ranges': [{ start: 443, end: 443, transport: 'TCP' }] }],
          ...over,
        },
      ],
    },
    'back-matter': { resources: [{ uuid: 'isa' }] },
  });

  it('accepts a fully documented interconnection', () => {
    expect([...fired(interconnection({}))].filter((id) => id.startsWith('interconnection-'))).toEqual([]);
  });

  it('flags an undocumented interconnection', () => {
    const f = fired({ 'system-implementation': { components: [{ type: 'interconnection', uuid: 'ic', props: [{ name: 'interconnection-security', value: 'other' }] }] } });
    for (const id of ['interconnection-has-title', 'interconnection-has-direction', 'interconnection-has-protocol', 'interconnection-has-local-and-remote-addresses', 'interconnection-has-isa-poc-remote', 'interconnection-cites-interconnection-agreement', 'interconnection-has-interconnection-security-remarks']) {
      expect(f.has(id)).toBe(true);
    }
  });

  it('flags shared or undefined responsible persons, a dangling agreement and incomplete ports', () => {
    const f = fired(
      interconnection({ links: [{ href: '#nowhere', rel: 'isa-agreement' }], protocols: [{ 'port-ranges': [{ start: 443 }] }] }, ['a', 'b', 'a', 'z']),
    );
    for (const id of [
      'interconnection-has-distinct-isa-local',
      'interconnection-has-distinct-isa-remote',
      'interconnection-has-responsible-persons',
      'interconnection-cites-attached-interconnection-agreement',
      'interconnection-protocol-has-name',
      'interconnection-protocol-port-range-has-end',
      'interconnection-protocol-port-range-has-transport',
    ]) {
      expect(f.has(id)).toBe(true);
    }
  });
});

describe('ssp-characteristics: FedRAMP SSP template', () => {
  it('runs over the JSON template without a rule failing', () => {
    const doc = parseOscal(readFileSync('test/fixtures/oscal/FedRAMP-SSP-OSCAL-Template.json'), 'json');
    const result = run(doc.root['system-security-plan'] as JsonObject);
    const counts = new Map<string, number>();
    for (const f of result.findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    console.log(`ssp-characteristics on the FedRAMP SSP template: ${result.findings.length} finding(s)`, Object.fromEntries(counts));
    expect(result.findings.filter((f) => f.ruleId === 'intake-rule-failed')).toEqual([]);
    // The template is complete where these rules look: categorization, identity, diagrams, data centers.
    for (const id of ['has-system-id', 'security-sensitivity-level-matches-security-impact-level', 'cia-impact-matches-security-objective', 'has-authorization-boundary-diagram-link-href-target', 'data-center-count', 'has-CMVP-validation']) {
      expect(result.fired.has(id)).toBe(false);
    }
  });
});
