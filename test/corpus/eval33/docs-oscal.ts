import { readFile } from 'node:fs/promises';
import { fixture } from '../../support/fixtures.js';
import type { EvalDoc } from './world.js';
import { W } from './world.js';

/* Sources: test/fixtures/oscal (copies of GSA/fedramp-automation files, see test/fixtures/oscal/SOURCES.md). */
const read = (name: string): Promise<string> => readFile(fixture(`oscal/${name}`), 'utf8');

function fill(text: string): string {
  return text
    .replace(/System's Full Name/g, W.system)
    .replace(/System's Short Name or Acronym/g, W.acr)
    .replace(/\[System Name\]/g, W.acr)
    .replace(/AwesomeCloud/g, 'Tidepool')
    .replace(/Awesome Cloud/g, 'Tidepool')
    .replace(/2024-09-24T02:24:00Z/g, '2025-03-28T17:00:00Z');
}

async function sspJson(): Promise<EvalDoc> {
  const doc = JSON.parse(fill(await read('FedRAMP-SSP-OSCAL-Template.json'))) as { 'system-security-plan': { metadata: { title: string; version: string } } };
  doc['system-security-plan'].metadata.title = `${W.system} System Security Plan`;
  doc['system-security-plan'].metadata.version = '1.0';
  return { file: 'tdp-ssp-oscal.json', expected: 'SSP', note: 'OSCAL JSON system-security-plan for the system (derived from the FedRAMP OSCAL SSP template with names filled in).', data: JSON.stringify(doc) };
}
async function sspYaml(): Promise<EvalDoc> {
  const text = fill(await read('FedRAMP-SSP-OSCAL-Template.yaml')).replace(/title: FedRAMP System Security Plan \(SSP\)/, `title: ${W.acr} FedRAMP System Security Plan (SSP) - draft 0.8`);
  return { file: 'export (2).yaml', expected: 'SSP', note: 'OSCAL YAML system-security-plan (FedRAMP template structure, system names filled in).', data: `# exported by oscal-cli for 3PAO review\n${text}` };
}
async function sapXml(): Promise<EvalDoc> {
  return { file: 'assessment-plan.xml', expected: 'SAP', note: 'OSCAL XML assessment-plan (SAP) derived from GSA\'s notional sample, renamed for the system.', data: fill(await read('AwesomeCloudSAP.xml')) };
}
async function sarJson(): Promise<EvalDoc> {
  const doc = JSON.parse(fill(await read('FedRAMP-SAR-OSCAL-Template.json'))) as { 'assessment-results': { metadata: { title: string } } };
  doc['assessment-results'].metadata.title = `${W.acr} Security Assessment Report (SAR) — Initial Assessment`;
  return { file: 'results.json', expected: 'SAR', note: 'OSCAL JSON assessment-results (SAR) for the system, from the FedRAMP OSCAL SAR template.', data: JSON.stringify(doc, null, 4) };
}
async function poamJson(): Promise<EvalDoc> {
  const doc = JSON.parse(fill(await read('FedRAMP-POAM-OSCAL-Template.json'))) as { 'plan-of-action-and-milestones': { metadata: { title: string } } };
  doc['plan-of-action-and-milestones'].metadata.title = `${W.acr} Plan of Action and Milestones — 2025-08`;
  return { file: 'SSP-update.json', expected: 'POAM', note: 'OSCAL JSON plan-of-action-and-milestones under a misleading SSP file name; the root element makes it a POA&M.', data: JSON.stringify(doc, null, 2) };
}

export const oscalDocs: (() => Promise<EvalDoc>)[] = [sspJson, sspYaml, sapXml, sarJson, poamJson];
