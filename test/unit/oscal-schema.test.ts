import { readFileSync } from 'node:fs';
import { parseOscal } from '../../functions/core/oscal/parse.js';
import { MAX_SCHEMA_FINDINGS, validateOscalSchema } from '../../functions/core/oscal/schema-validate.js';
import type { OscalDocument } from '../../functions/core/oscal/types.js';
import { chooseSchemaVersion } from '../../functions/core/oscal/versions.js';
import { fixture } from '../support/fixtures.js';

// Runs against the generated validators: `npx tsx scripts/compile-oscal-schemas.ts` first
// (wired as `pretest:jest` in package.json).

// Copies of the third-party documents, with their sources in test/fixtures/oscal/SOURCES.md.
const TEMPLATES = fixture('oscal');
const read = (path: string): Buffer => readFileSync(path);
const templatePath = (kind: string, ext: string): string => `${TEMPLATES}/FedRAMP-${kind}-OSCAL-Template.${ext}`;

/** A fresh JSON SSP template to seed defects into. */
function sspTemplate(): { doc: OscalDocument; body: Record<string, unknown>; metadata: Record<string, unknown> } {
  const doc = parseOscal(read(templatePath('SSP', 'json')), 'json');
  const body = doc.root['system-security-plan'] as Record<string, unknown>;
  return { doc, body, metadata: body.metadata as Record<string, unknown> };
}

describe('validateOscalSchema: valid documents', () => {
  it.each(['SSP', 'SAP', 'SAR', 'POAM'])('FedRAMP %s template is valid against OSCAL 1.0.4 in JSON and XML', (kind) => {
    for (const ext of ['json', 'xml'] as const) {
      expect(validateOscalSchema(parseOscal(read(templatePath(kind, ext)), ext))).toEqual([]);
    }
  });

  it('FedRAMP SSP template is valid in YAML', () => {
    expect(validateOscalSchema(parseOscal(read(templatePath('SSP', 'yaml')), 'yaml'))).toEqual([]);
  });

  it('FedRAMP SSP template is also valid against OSCAL 1.1.3', () => {
    const { doc } = sspTemplate();
    expect(validateOscalSchema({ ...doc, oscalVersion: '1.1.3' })).toEqual([]);
  });

  it('FedRAMP example SSP (XML, OSCAL 1.1.3, 410 requirements) is valid', () => {
    const doc = parseOscal(read(fixture('oscal/fedramp-ssp-example.oscal.xml')), 'xml');
    expect(doc.oscalVersion).toBe('1.1.3');
    const reqs = (doc.root['system-security-plan'] as { 'control-implementation': { 'implemented-requirements': unknown[] } })[
      'control-implementation'
    ]['implemented-requirements'];
    expect(reqs).toHaveLength(410);
    expect(validateOscalSchema(doc)).toEqual([]);
  });

  it('GSA AwesomeCloud XML: SSPs, SAPs and POA&Ms valid; the SARs have real defects caught', () => {
    const dir = fixture('oscal');
    for (const f of ['AwesomeCloudSSP1', 'AwesomeCloudSSP2', 'AwesomeCloudSAP', 'AwesomeCLoudSAP2', 'AwesomeCloudPOAM', 'AwesomeCloudPOAM2']) {
      expect([f, validateOscalSchema(parseOscal(read(`${dir}/${f}.xml`), 'xml'))]).toEqual([f, []]);
    }
    // state="satisifed" / "not-satisifed" (typos) and target type="scan-finding" / "objecctive-id",
    // which OSCAL 1.0.4 does not allow (statement-id, objective-id).
    for (const [f, states, types] of [
      ['AwesomeCloudSAR', 17, 7],
      ['AwesomeCloudSAR2', 7, 7],
    ] as const) {
      const sar = validateOscalSchema(parseOscal(read(`${dir}/${f}.xml`), 'xml'));
      expect(sar.every((x) => x.ruleId === 'oscal-schema-enum')).toBe(true);
      const state = sar.filter((x) => x.location.endsWith('/target/status/state'));
      const type = sar.filter((x) => x.location.endsWith('/target/type'));
      expect([f, state.length, type.length, sar.length]).toEqual([f, states, types, states + types]);
      expect(state[0]?.message).toMatch(/^\/assessment-results\/results\/0\/findings\/\d+\/target\/status\/state: must be one of: satisfied, not-satisfied$/);
    }
  });
});

describe('validateOscalSchema: seeded defects', () => {
  it('reports a missing metadata/title readably', () => {
    const { doc, metadata } = sspTemplate();
    delete metadata.title;
    expect(validateOscalSchema(doc)).toEqual([
      {
        ruleId: 'oscal-schema-required',
        severity: 'error',
        message: "/system-security-plan/metadata: must have required property 'title'",
        location: '/system-security-plan/metadata',
      },
    ]);
  });

  it('reports a malformed uuid as not a UUID', () => {
    const { doc, body } = sspTemplate();
    body.uuid = 'not-a-uuid';
    const findings = validateOscalSchema(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'oscal-schema-pattern', location: '/system-security-plan/uuid' });
    expect(findings[0]?.message).toMatch(/^\/system-security-plan\/uuid: must be a UUID/);
  });

  it('reports an unknown property (additionalProperties: false), from JSON and from XML', () => {
    const { doc, metadata } = sspTemplate();
    metadata.colour = 'blue';
    expect(validateOscalSchema(doc)).toEqual([
      {
        ruleId: 'oscal-schema-additional-properties',
        severity: 'error',
        message: "/system-security-plan/metadata: must NOT have additional property 'colour'",
        location: '/system-security-plan/metadata/colour',
      },
    ]);
    const xml = read(templatePath('SSP', 'xml')).toString('utf8').replace('<metadata>', '<metadata><colour>blue</colour>');
    const fromXml = validateOscalSchema(parseOscal(new TextEncoder().encode(xml), 'xml'));
    expect(fromXml.map((f) => f.location)).toEqual(['/system-security-plan/metadata/colour']);
  });

  it('folds anyOf branches (1.1.3 allowed values) into one finding', () => {
    const { doc, body } = sspTemplate();
    const props = (body['system-characteristics'] as { props: Array<Record<string, unknown>> }).props;
    (props[0] as Record<string, unknown>).ns = 'not a uri';
    const findings = validateOscalSchema({ ...doc, oscalVersion: '1.1.3' });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.location.startsWith('/system-security-plan/system-characteristics/props/0'))).toBe(true);
  });

  it('deduplicates, lists the first 200 and counts the rest, stopping at the error cap', () => {
    const { doc, metadata } = sspTemplate();
    metadata.props = Array.from({ length: 5000 }, (_, i) => ({ name: `bad name ${i}`, value: 'v' }));
    const findings = validateOscalSchema(doc);
    expect(findings).toHaveLength(MAX_SCHEMA_FINDINGS + 2);
    expect(findings[0]?.message).toMatch(/^\/system-security-plan\/metadata\/props\/0\/name: must be a token/);
    expect(findings[MAX_SCHEMA_FINDINGS]?.ruleId).toBe('oscal-schema-more-errors');
    expect(findings[MAX_SCHEMA_FINDINGS + 1]?.ruleId).toBe('oscal-schema-error-cap');
    expect(new Set(findings.map((f) => f.message)).size).toBe(findings.length);
  });
});

describe('validateOscalSchema: version selection', () => {
  it('selects exact releases, falls back within a 1.x line, refuses anything else', () => {
    expect(chooseSchemaVersion('1.0.4')).toEqual({ kind: 'exact', schema: '1.0.4' });
    expect(chooseSchemaVersion('1.0.0')).toEqual({ kind: 'fallback', schema: '1.0.4' });
    expect(chooseSchemaVersion('1.1.2')).toEqual({ kind: 'fallback', schema: '1.1.3' });
    expect(chooseSchemaVersion('1.2.0')).toEqual({ kind: 'fallback', schema: '1.2.1' });
    for (const v of ['', '2.0.0', '1.3.0', '0.9.0', '1.0.0-rc2', 'latest']) expect(chooseSchemaVersion(v)).toEqual({ kind: 'unsupported' });
  });

  it('says so in an info finding when it falls back', () => {
    const { doc } = sspTemplate();
    expect(validateOscalSchema({ ...doc, oscalVersion: '1.0.2' })).toEqual([
      {
        ruleId: 'oscal-version-fallback',
        severity: 'info',
        message:
          '/system-security-plan/metadata/oscal-version: OSCAL 1.0.2 has no bundled schema; validated against OSCAL 1.0.4, the bundled release of the same line',
        location: '/system-security-plan/metadata/oscal-version',
      },
    ]);
  });

  it('reports an unsupported or missing version as an error, without schema validation', () => {
    const { doc } = sspTemplate();
    for (const v of ['2.0.0', '']) {
      const findings = validateOscalSchema({ ...doc, oscalVersion: v });
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ ruleId: 'oscal-version-unsupported', severity: 'error', location: '/system-security-plan/metadata/oscal-version' });
    }
  });
});
