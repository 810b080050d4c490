import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { fixture } from '../../../support/fixtures.js';
import { G } from '../kit/group.js';
import type { EvalDoc } from './types.js';

/** Sources: FedRAMP's OSCAL templates (GSA/fedramp-automation, public domain + CC0), copied in test/fixtures/oscal. */
const read = (name: string): string => readFileSync(fixture(`oscal/${name}`), 'utf8');

function personalise(text: string): string {
  return text
    .replace(/Cloud Service Provider \(CSP\) Name/g, G.sub)
    .replace(/CSP Acronym\/Short Name/g, 'NFC')
    .replace(/System's Full Name/g, G.cso)
    .replace(/System's Short Name or Acronym/g, G.csoShort)
    .replace(/\[System Name\]/g, G.cso)
    .replace(/\[Insert CSO Name\]/g, G.cso)
    .replace(/F00000000/g, G.fedId);
}

type Json = Record<string, unknown>;

function setMeta(root: Json, title: string, published: string, version: string): void {
  const meta = root['metadata'] as Json;
  meta['title'] = title;
  meta['published'] = published;
  meta['last-modified'] = published;
  meta['version'] = version;
}

export function oscalDocs(): EvalDoc[] {
  const ssp = JSON.parse(personalise(read('FedRAMP-SSP-OSCAL-Template.json'))) as Json;
  const sspRoot = ssp['system-security-plan'] as Json;
  setMeta(sspRoot, `${G.cso} (${G.csoShort}) — FedRAMP High System Security Plan`, '2026-11-29T10:15:00+01:00', '3.2');
  const sc = sspRoot['system-characteristics'] as Json;
  sc['description'] = `${G.cso} is delivered as an Infrastructure-as-a-Service offering with managed database and Kubernetes services, using a government-only cloud deployment in two US regions operated exclusively by US persons of ${G.sub}, a subsidiary of ${G.group}. It is available to federal agencies and their contractors.`;

  const sspYaml = YAML.parse(personalise(read('FedRAMP-SSP-OSCAL-Template.yaml'))) as Json;
  const yRoot = sspYaml['system-security-plan'] as Json;
  setMeta(yRoot, `${G.csoShort} SSP (OSCAL) — draft for annual update`, '2026-11-02T08:00:00Z', '3.2-rc1');

  const sar = JSON.parse(personalise(read('FedRAMP-SAR-OSCAL-Template.json'))) as Json;
  setMeta(sar['assessment-results'] as Json, `${G.cso} Security Assessment Results — Annual Assessment 2027`, '2027-02-26T17:00:00-05:00', '1.0');

  const poam = JSON.parse(personalise(read('FedRAMP-POAM-OSCAL-Template.json'))) as Json;
  setMeta(poam['plan-of-action-and-milestones'] as Json, `${G.cso} Plan of Action and Milestones — November 2026`, '2026-11-30T12:00:00Z', '2026.11');

  const sapXml = personalise(read('FedRAMP-SAP-OSCAL-Template.xml'))
    .replace(/<title>[^<]*FedRAMP Security Assessment Plan \(SAP\)<\/title>/, `<title>${G.cso} Security Assessment Plan — Annual Assessment 2027</title>`)
    .replace(/<published>[^<]*<\/published>/, '<published>2026-12-14T09:00:00-05:00</published>')
    .replace(/<last-modified>[^<]*<\/last-modified>/, '<last-modified>2026-12-14T09:00:00-05:00</last-modified>');

  return [
    { file: 'ssp-export-2026-11.json', expected: 'SSP', data: JSON.stringify(ssp, null, 2), note: "OSCAL JSON system-security-plan from FedRAMP's template, personalised for NFCP (title, parties, description)." },
    { file: 'Final_v7.yaml', expected: 'SSP', data: YAML.stringify(sspYaml, { lineWidth: 0 }), note: 'OSCAL YAML system-security-plan (release candidate of the annual update).' },
    { file: 'kestrel-sap-2027.xml', expected: 'SAP', data: sapXml, note: "OSCAL XML assessment-plan from FedRAMP's SAP template, personalised for the 2027 annual assessment." },
    { file: 'results.json', expected: 'SAR', data: `\ufeff${JSON.stringify(sar)}`, note: 'OSCAL JSON assessment-results (SAR), minified with a UTF-8 byte-order mark as a Windows tool writes it.' },
    { file: 'nfcp_poam_2026-11.oscal.json', expected: 'POAM', data: JSON.stringify(poam, null, 1), note: 'OSCAL JSON plan-of-action-and-milestones for the November ConMon submission.' },
  ];
}
