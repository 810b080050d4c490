import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import type { CorpusDoc } from './kit/model.js';
import { fixture } from '../../support/fixtures.js';
import { ORG } from './kit/common.js';

// OSCAL documents start from the real FedRAMP/GSA fixtures under test/fixtures/oscal (see SOURCES.md there)
// and are altered as a CSP or 3PAO would: own titles, dates, names, versions, re-serialized.

type Json = Record<string, unknown>;

async function loadJson(name: string): Promise<Json> {
  return JSON.parse(await readFile(fixture(`oscal/${name}`), 'utf8')) as Json;
}

function meta(root: Json, key: string): Json {
  const model = root[key] as Json;
  return model.metadata as Json;
}

async function sspJson(): Promise<CorpusDoc> {
  const doc = await loadJson('FedRAMP-SSP-OSCAL-Template.json');
  const m = meta(doc, 'system-security-plan');
  m.title = `${ORG.system} System Security Plan`;
  m['last-modified'] = '2026-03-14T12:00:00Z';
  m.version = '2.3';
  const sc = (doc['system-security-plan'] as Json)['system-characteristics'] as Json;
  sc['system-name'] = ORG.system;
  sc['system-name-short'] = ORG.acronym;
  return { file: 'doc-0412.json', expected: 'SSP', note: 'OSCAL JSON system-security-plan (FedRAMP template altered with the CSP system name and version).', data: JSON.stringify(doc, null, 2) };
}

async function sspYaml(): Promise<CorpusDoc> {
  const text = await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.yaml'), 'utf8');
  const doc = YAML.parse(text) as Json;
  const m = meta(doc, 'system-security-plan');
  m.title = `${ORG.acronym} SSP (OSCAL) - draft for agency review`;
  m['last-modified'] = '2026-02-01T09:00:00Z';
  m.version = '2.0-draft';
  return { file: 'ssp-rev2.yaml', expected: 'SSP', note: 'OSCAL YAML system-security-plan derived from the FedRAMP template, retitled as a draft.', data: `# exported from GRC tool - do not edit by hand\n${YAML.stringify(doc, { lineWidth: 0 })}` };
}

async function sspXml(): Promise<CorpusDoc> {
  const text = await readFile(fixture('oscal/AwesomeCloudSSP1.xml'), 'utf8');
  const data = text.replace('<title>AwesomeCloud SSP</title>', `<title>${ORG.system} - Managed Kubernetes SSP</title>`);
  return { file: 'package_part1.xml', expected: 'SSP', note: 'OSCAL XML system-security-plan (GSA AwesomeCloud sample, retitled).', data };
}

async function sapJson(): Promise<CorpusDoc> {
  const doc = await loadJson('FedRAMP-SAP-OSCAL-Template.json');
  const m = meta(doc, 'assessment-plan');
  m.title = `${ORG.system} FedRAMP Security Assessment Plan (SAP)`;
  m['last-modified'] = '2026-03-20T16:00:00Z';
  m.version = '1.0';
  const parties = (m.parties as Json[] | undefined) ?? [];
  if (parties[0]) parties[0].name = ORG.threePao;
  return { file: 'oscal-export-0320.json', expected: 'SAP', note: 'OSCAL JSON assessment-plan from the FedRAMP SAP template, with the 3PAO name and system title.', data: JSON.stringify(doc) };
}

async function sapXml(): Promise<CorpusDoc> {
  const text = await readFile(fixture('oscal/FedRAMP-SAP-OSCAL-Template.xml'), 'utf8');
  const data = text.replace('[System Name] FedRAMP Security Assessment Plan (SAP)', `${ORG.system} Annual Assessment Plan 2027`);
  return { file: 'inventory.xml', expected: 'SAP', note: 'OSCAL XML assessment-plan (FedRAMP SAP template, retitled); the file name misleadingly says inventory.', data };
}

async function sarJson(): Promise<CorpusDoc> {
  const doc = await loadJson('FedRAMP-SAR-OSCAL-Template.json');
  const m = meta(doc, 'assessment-results');
  m.title = `${ORG.system} Security Assessment Results`;
  m['last-modified'] = '2026-05-08T18:00:00Z';
  return { file: 'results.json', expected: 'SAR', note: 'OSCAL JSON assessment-results from the FedRAMP SAR template, retitled for the system.', data: JSON.stringify(doc, null, 1) };
}

async function sarXml(): Promise<CorpusDoc> {
  const text = await readFile(fixture('oscal/AwesomeCloudSAR2.xml'), 'utf8');
  return { file: 'doc-0720.xml', expected: 'SAR', note: 'OSCAL XML assessment-results (GSA AwesomeCloud SAR sample).', data: text };
}

async function poamJson(): Promise<CorpusDoc> {
  const doc = await loadJson('FedRAMP-POAM-OSCAL-Template.json');
  const m = meta(doc, 'plan-of-action-and-milestones');
  m.title = `${ORG.system} Plan of Action and Milestones - May 2026`;
  m['last-modified'] = '2026-05-31T20:00:00Z';
  return { file: 'poam.oscal.json', expected: 'POAM', note: 'OSCAL JSON plan-of-action-and-milestones from the FedRAMP POA&M template, retitled.', data: JSON.stringify(doc, null, 2) };
}

export const oscalDocs: (() => Promise<CorpusDoc>)[] = [sspJson, sspYaml, sspXml, sapJson, sapXml, sarJson, sarXml, poamJson];
