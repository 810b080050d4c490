import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import { fixture } from '../../../support/fixtures.js';
import type { EvalDoc } from '../kit/model.js';
import { uuidFrom } from '../kit/rng.js';
import type { Label } from './helpers.js';
import { CSO, CSP, TPAO } from './persona.js';

/**
 * OSCAL documents start from FedRAMP's official OSCAL templates in test/fixtures/oscal (GSA fedramp-automation,
 * public domain; see test/fixtures/oscal/SOURCES.md) with this corpus's names, dates and identifiers put in.
 */
function personalise(text: string): string {
  return text
    .replaceAll('[System Name]', CSO)
    .replaceAll('Cloud Service Provider (CSP) Name', CSP)
    .replaceAll('Assessment Organization Name', TPAO)
    .replaceAll('FedRAMP System Security Plan (SSP)', `${CSO} FedRAMP System Security Plan (SSP)`);
}

type Json = Record<string, unknown>;

async function templateJson(name: string): Promise<Json> {
  return JSON.parse(personalise(await readFile(fixture(`oscal/${name}`), 'utf8'))) as Json;
}

function restamp(doc: Json, root: string, file: string, lastModified: string, version: string): Json {
  const body = doc[root] as Json;
  body.uuid = uuidFrom(`${file}:root`);
  const meta = body.metadata as Json;
  meta['last-modified'] = lastModified;
  meta.version = version;
  return doc;
}

const oscalJson = async (file: string, expected: Label, note: string, template: string, root: string, version: string, indent?: number): Promise<EvalDoc> => {
  const doc = restamp(await templateJson(template), root, file, '2026-03-06T15:00:00-06:00', version);
  return { file, expected, note, data: `${JSON.stringify(doc, null, indent)}\n` };
};

export const sspJson = (): Promise<EvalDoc> => oscalJson('upload (3).json', 'SSP', 'An OSCAL JSON system-security-plan (from FedRAMP\'s template) for the CSO.', 'FedRAMP-SSP-OSCAL-Template.json', 'system-security-plan', '3.2', 2);
export const sapJson = (): Promise<EvalDoc> => oscalJson('sap.json', 'SAP', 'An OSCAL JSON assessment-plan (SAP) written by the 3PAO, minified.', 'FedRAMP-SAP-OSCAL-Template.json', 'assessment-plan', '1.1');
export const sarJson = (): Promise<EvalDoc> => oscalJson('results.json', 'SAR', 'An OSCAL JSON assessment-results document (SAR) from the 3PAO.', 'FedRAMP-SAR-OSCAL-Template.json', 'assessment-results', '1.0', 1);
export const poamJson = (): Promise<EvalDoc> => oscalJson('poam.json', 'POAM', 'An OSCAL JSON plan-of-action-and-milestones for the CSO.', 'FedRAMP-POAM-OSCAL-Template.json', 'plan-of-action-and-milestones', '2026.03', 2);

export async function sspYaml(): Promise<EvalDoc> {
  const text = personalise(await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.yaml'), 'utf8'));
  const doc = YAML.parse(text) as Json;
  restamp(doc, 'system-security-plan', 'ssp-export.yaml', '2026-03-06T15:00:00-06:00', '3.2');
  return { file: 'ssp-export.yaml', expected: 'SSP', note: 'The OSCAL system-security-plan in YAML, as exported by the CSP\'s GRC tool.', data: `---\n${YAML.stringify(doc, { lineWidth: 0 })}` };
}

export async function poamYaml(): Promise<EvalDoc> {
  const doc = restamp(await templateJson('FedRAMP-POAM-OSCAL-Template.json'), 'plan-of-action-and-milestones', 'poam-conmon.yaml', '2026-04-08T10:00:00-05:00', '2026.04');
  return { file: 'poam-conmon.yaml', expected: 'POAM', note: 'The OSCAL plan-of-action-and-milestones converted to YAML for the April ConMon submission.', data: YAML.stringify(doc, { lineWidth: 0 }) };
}

async function oscalXml(template: string, file: string, root: string): Promise<string> {
  const xml = personalise(await readFile(fixture(`oscal/${template}`), 'utf8'));
  return xml
    .replace(new RegExp(`(<${root}[^>]*\\suuid=")[^"]+"`), `$1${uuidFrom(`${file}:root`)}"`)
    .replace(/<last-modified>[^<]*<\/last-modified>/, '<last-modified>2026-03-06T15:00:00-06:00</last-modified>');
}

export async function sspXml(): Promise<EvalDoc> {
  return { file: 'doc-0412.xml', expected: 'SSP', note: 'The OSCAL XML system-security-plan for the CSO.', data: await oscalXml('FedRAMP-SSP-OSCAL-Template.xml', 'doc-0412.xml', 'system-security-plan') };
}

export async function sapXml(): Promise<EvalDoc> {
  return { file: 'Copy of SAR.xml', expected: 'SAP', note: 'An OSCAL XML assessment-plan (SAP); the file name misleadingly says SAR.', data: await oscalXml('FedRAMP-SAP-OSCAL-Template.xml', 'Copy of SAR.xml', 'assessment-plan') };
}
