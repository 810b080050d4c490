import { readFileSync } from 'node:fs';
import { stringify as toYaml } from 'yaml';
import { fixture } from '../../../support/fixtures.js';
import type { EvalDoc } from '../kit/types.js';
import { BRIGHTQUILL, CORVANE, HALBERD, LEDGERLEAF, MERIDIAN } from './common.js';

function read(name: string): string {
  return readFileSync(fixture(`oscal/${name}`), 'utf8');
}

/** Replaces every placeholder and each listed literal; the result is still the same OSCAL model, filled in. */
function fill(text: string, pairs: readonly [string | RegExp, string][]): string {
  let out = text;
  for (const [from, to] of pairs) out = typeof from === 'string' ? out.split(from).join(to) : out.replace(from, to);
  return out;
}

function sspYaml(): EvalDoc {
  const B = BRIGHTQUILL;
  const text = fill(read('FedRAMP-SSP-OSCAL-Template.yaml'), [
    ['uuid: 9809eddf-2cd5-468f-97c5-9769905d0629', 'uuid: 3b7e5c1a-9d42-4f6e-a0b8-5c2d7e91f403'],
    ['title: FedRAMP System Security Plan (SSP)', `title: ${B.system} System Security Plan (FedRAMP Tailored LI-SaaS)`],
    ['last-modified: 2024-09-24T02:24:00Z', 'last-modified: 2025-05-30T04:12:00Z'],
    ["system-name: System's Full Name", `system-name: ${B.system}`],
    ["system-name-short: System's Short Name or Acronym", `system-name-short: ${B.abbrev}`],
    ['[Insert CSO Name]', B.system],
    ['id: F00000000', `id: ${B.fedrampId}`],
  ]);
  return { file: 'ssp-export.yaml', expected: 'SSP', note: 'An OSCAL YAML system-security-plan derived from FedRAMP\'s template, filled in for the LI-SaaS.', data: text };
}

function sspXml(): EvalDoc {
  const L = LEDGERLEAF;
  const text = fill(read('AwesomeCloudSSP2.xml'), [
    ['uuid="ee6ad8a1-f345-486d-ad05-34bd78c909c3"', 'uuid="6c1f0e2d-7a3b-4c5d-9e8f-0a1b2c3d4e5f"'],
    ['<title>AwesomeCloud SSP</title>', `<title>${L.system} System Security Plan</title>`],
    [/<last-modified>[^<]*<\/last-modified>/, '<last-modified>2025-06-30T15:00:00-05:00</last-modified>'],
    ['<system-name>AwesomeCloud</system-name>', `<system-name>${L.system}</system-name>`],
    ['<system-name-short>AWC</system-name-short>', `<system-name-short>${L.abbrev}</system-name-short>`],
    ['AwesomeCloud', 'LedgerLeaf'],
    ['F00000001', L.fedrampId],
  ]);
  return { file: 'doc-0412.xml', expected: 'SSP', note: 'An OSCAL XML system-security-plan altered from GSA\'s AwesomeCloud example (renamed for the Low SaaS).', data: text };
}

function sapYaml(): EvalDoc {
  const C = CORVANE;
  const raw = fill(read('FedRAMP-SAP-OSCAL-Template.json'), [
    ['[System Name]', C.system],
    ['[IA Name]', HALBERD.name],
    ['[CSP Name]', C.org],
    ['[CSO Name]', C.system],
    ['[FIPS-199 Level]', 'High'],
  ]);
  const doc = JSON.parse(raw) as { 'assessment-plan': { uuid: string; metadata: Record<string, unknown> } };
  const ap = doc['assessment-plan'];
  ap.uuid = 'd4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70';
  ap.metadata['title'] = `${C.system} FedRAMP High Security Assessment Plan (SAP) — Annual 2026`;
  ap.metadata['last-modified'] = '2025-11-20T16:30:00Z';
  ap.metadata['published'] = '2025-11-20T16:30:00Z';
  return { file: 'export_0617.yaml', expected: 'SAP', note: 'FedRAMP\'s OSCAL assessment-plan template filled in for the High IaaS and converted from JSON to YAML.', data: toYaml(doc, { lineWidth: 0 }) };
}

function sapXml(): EvalDoc {
  const L = LEDGERLEAF;
  const text = fill(read('AwesomeCloudSAP.xml'), [
    ['uuid="fc42e635-b55a-46d1-9c86-d4e154a01f06"', 'uuid="0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b"'],
    ['<title>AwesomeCloud Security Assessment Plan</title>', `<title>${L.system} Monthly ConMon Assessment Plan — June 2025</title>`],
    ['2023-01-12T12:24:13-05:00', '2025-06-02T09:00:00-05:00'],
    ['AwesomeCloudSSP1.xml', 'LGM-SSP-v4.2.xml'],
    ['AwesomeCloud', L.system],
    ['continuos', 'continuous'],
  ]);
  return { file: 'POAM-June.xml', expected: 'SAP', note: 'An OSCAL XML assessment-plan (altered from GSA\'s AwesomeCloud SAP) for a monthly ConMon assessment of the Low SaaS; the file name wrongly says POAM.', data: text };
}

function sarXml(): EvalDoc {
  const B = BRIGHTQUILL;
  const text = fill(read('FedRAMP-SAR-OSCAL-Template.xml'), [
    ['uuid="26a53d2c-4249-4e0c-9939-410590f3ae9e"', 'uuid="8a7b6c5d-4e3f-4a1b-9c0d-e1f2a3b4c5d6"'],
    ['[System Name]', B.system],
    ['[FIPS-199 Level]', 'LI-SaaS'],
    ['[IA Name]', MERIDIAN.name],
    ['[CSP Name]', B.org],
    ['[CSO Name]', B.system],
    ['<last-modified>2024-09-24T02:24:00Z</last-modified>', '<last-modified>2025-09-26T18:00:00Z</last-modified>'],
  ]);
  return { file: 'results.xml', expected: 'SAR', note: 'FedRAMP\'s OSCAL assessment-results (SAR) template filled in by the 3PAO for the LI-SaaS.', data: text };
}

function poamJson(): EvalDoc {
  const C = CORVANE;
  const raw = fill(read('FedRAMP-POAM-OSCAL-Template.json'), [
    ['[System Name]', C.system],
    ['Cloud Service Provider (CSP) Name', C.org],
  ]);
  const doc = JSON.parse(raw) as { 'plan-of-action-and-milestones': { uuid: string; metadata: Record<string, unknown> } };
  const pm = doc['plan-of-action-and-milestones'];
  pm.uuid = '5f4e3d2c-1b0a-4987-a654-3210fedcba98';
  pm.metadata['last-modified'] = '2025-09-30T22:00:00Z';
  pm.metadata['version'] = '2025-09';
  return { file: 'doc-7781.json', expected: 'POAM', note: 'FedRAMP\'s OSCAL plan-of-action-and-milestones template filled in for the High IaaS (JSON, compact).', data: JSON.stringify(doc) };
}

function overlayProfile(): EvalDoc {
  const text = fill(read('FedRAMP_rev5_LOW-baseline_profile.xml'), [
    ['uuid="8afa367e-3cdb-4a6f-acd9-f7baa7641140"', 'uuid="c0ffee00-1d2e-4f3a-9b8c-7d6e5f4a3b2c"'],
    ['<title>FedRAMP Rev 5 Low Baseline</title>', '<title>NECL Agency Overlay on the FedRAMP Rev 5 Low Baseline (grants systems)</title>'],
    ['<last-modified>2025-03-03T00:00:00Z</last-modified>', '<last-modified>2025-04-14T00:00:00Z</last-modified>'],
  ]);
  return { file: 'necl-overlay-profile.xml', expected: 'UNKNOWN', note: 'An OSCAL profile (a baseline overlay altered from FedRAMP\'s Low baseline); a control baseline, not a package deliverable.', data: text };
}

export function oscalDocs(): EvalDoc[] {
  return [sspYaml(), sspXml(), sapYaml(), sapXml(), sarXml(), poamJson(), overlayProfile()];
}
