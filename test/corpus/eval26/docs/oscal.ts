import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { fixture } from '../../../support/fixtures.js';
import { W } from '../world.js';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});

/** The FedRAMP OSCAL SSP template (YAML) retitled for our system, system name and description filled in. */
export function sspYaml(): string {
  const doc = YAML.parse(readFileSync(fixture('oscal/FedRAMP-SSP-OSCAL-Template.yaml'), 'utf8')) as Json;
  const ssp = obj(doc['system-security-plan']);
  const md = obj(ssp.metadata);
  md.title = `${W.cso} System Security Plan`;
  md['last-modified'] = '2025-09-15T00:00:00Z';
  md.version = '4.1';
  const sc = obj(ssp['system-characteristics']);
  sc['system-name'] = W.cso;
  sc['system-name-short'] = W.acr;
  sc.description = 'Multi-tenant electronic records management service for federal agencies, deployed on AWS GovCloud (US-West).';
  return YAML.stringify(doc, { lineWidth: 0 });
}

/** The FedRAMP OSCAL SAP template (XML) with the system name filled in and comments removed. */
export function sapXml(): string {
  return readFileSync(fixture('oscal/FedRAMP-SAP-OSCAL-Template.xml'), 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\[System Name\]/g, W.cso)
    .replace(/<last-modified>[^<]*<\/last-modified>/, '<last-modified>2025-10-20T00:00:00Z</last-modified>');
}

/** The FedRAMP OSCAL SAR template (JSON), retitled, re-serialised compactly as tools export it. */
export function sarJson(): string {
  const doc = JSON.parse(readFileSync(fixture('oscal/FedRAMP-SAR-OSCAL-Template.json'), 'utf8')) as Json;
  const md = obj(obj(doc['assessment-results']).metadata);
  md.title = `${W.cso} Security Assessment Report – Annual Assessment 2025`;
  md['last-modified'] = '2025-12-12T00:00:00Z';
  return JSON.stringify(doc);
}

/** The FedRAMP OSCAL POA&M template (JSON), retitled. */
export function poamJson(): string {
  const doc = JSON.parse(readFileSync(fixture('oscal/FedRAMP-POAM-OSCAL-Template.json'), 'utf8')) as Json;
  const md = obj(obj(doc['plan-of-action-and-milestones']).metadata);
  md.title = `${W.acr} Plan of Action and Milestones – October 2025`;
  md['last-modified'] = '2025-10-01T00:00:00Z';
  return JSON.stringify(doc, null, 2) + '\n';
}
