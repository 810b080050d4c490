/** OSCAL SSP / SAP / SAR / POA&M derived from FedRAMP's templates and GSA's AwesomeCloud package. */
import YAML from 'yaml';
import type { DeliverableType, DocumentFormat } from '../../../functions/core/domain/deliverables.js';
import { readFixtureText } from '../lib/paths.js';
import type { Rng } from '../lib/rng.js';
import type { Draft, Family } from '../lib/types.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const ROOTS: Partial<Record<DeliverableType, string>> = {
  SSP: 'system-security-plan',
  SAP: 'assessment-plan',
  SAR: 'assessment-results',
  POAM: 'plan-of-action-and-milestones',
};

const TEMPLATE: Partial<Record<DeliverableType, string>> = { SSP: 'SSP', SAP: 'SAP', SAR: 'SAR', POAM: 'POAM' };

function isObject(j: Json | undefined): j is JsonObject {
  return typeof j === 'object' && j !== null && !Array.isArray(j);
}

function loadTemplateJson(type: DeliverableType): { root: string; doc: JsonObject } {
  const root = ROOTS[type];
  const name = TEMPLATE[type];
  if (!root || !name) throw new Error(`no OSCAL template for ${type}`);
  const parsed = JSON.parse(readFixtureText('oscal', `FedRAMP-${name}-OSCAL-Template.json`)) as Json;
  if (!isObject(parsed)) throw new Error('template is not an object');
  const doc = parsed[root];
  if (!isObject(doc)) throw new Error(`template has no ${root}`);
  return { root, doc };
}

interface JsonEdit {
  title?: string;
  lastModified?: string;
  version?: string;
  drop?: readonly string[];
  /** Move these top-level keys first (after uuid). */
  first?: readonly string[];
  schema?: string;
}

function editJson(root: string, doc: JsonObject, e: JsonEdit): JsonObject {
  const meta = doc['metadata'];
  if (isObject(meta)) {
    if (e.title !== undefined) meta['title'] = e.title;
    if (e.lastModified) meta['last-modified'] = e.lastModified;
    if (e.version) meta['version'] = e.version;
  }
  for (const k of e.drop ?? []) delete doc[k];
  let body: JsonObject = doc;
  if (e.first) {
    body = { uuid: doc['uuid'] ?? null };
    for (const k of e.first) if (k in doc) body[k] = doc[k] ?? null;
    for (const [k, v] of Object.entries(doc)) if (!(k in body)) body[k] = v;
  }
  const wrapped: JsonObject = {};
  if (e.schema) wrapped['$schema'] = e.schema;
  wrapped[root] = body;
  return wrapped;
}

/** Edits an OSCAL XML document as text: retitle, drop elements, drop processing instructions / comments. */
function editXml(xml: string, e: { title?: string; dropElements?: readonly string[]; stripPi?: boolean; stripComments?: boolean }): string {
  let out = xml;
  if (e.title !== undefined) out = out.replace(/(<metadata>\s*<title>)[\s\S]*?(<\/title>)/, `$1${e.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}$2`);
  for (const el of e.dropElements ?? []) out = out.replace(new RegExp(`\\s*<${el}>[\\s\\S]*?</${el}>`, 'g'), '');
  if (e.stripPi) out = out.replace(/<\?xml-model[^>]*\?>\s*/g, '');
  if (e.stripComments) out = out.replace(/<!--[\s\S]*?-->\s*/g, '');
  return out;
}

const SCHEMA = 'https://raw.githubusercontent.com/usnistgov/OSCAL/v1.0.4/json/schema/oscal_complete_schema.json';

export const oscal: Family = async (ctx) => {
  const [c0, c1, c2] = ctx.parties.csps;
  const rng: Rng = ctx.rng.fork('oscal');
  const stamp = (): string => `2025-0${rng.int(1, 3)}-${String(rng.int(10, 28))}T1${rng.int(0, 9)}:${rng.int(10, 59)}:00Z`;
  const out: Draft[] = [];
  const add = (expected: DeliverableType, format: DocumentFormat, ext: string, text: string, note: string, name?: string, misleading?: boolean): void => {
    out.push({ expected, format, ext, bytes: Buffer.from(text, 'utf8'), note, name, misleading });
  };
  const json = (type: DeliverableType, e: JsonEdit, indent: number): string => {
    const { root, doc } = loadTemplateJson(type);
    return JSON.stringify(editJson(root, doc, e), null, indent) + (indent ? '\n' : '');
  };

  if (ctx.set === 'train') {
    add('SSP', 'oscal-json', 'json', json('SSP', { title: `${c0.cso} System Security Plan`, lastModified: stamp(), version: '2.1' }, 2), `FedRAMP OSCAL SSP template (1.0.4) retitled "${c0.cso} System Security Plan"`);
    add('SSP', 'oscal-xml', 'xml', readFixtureText('oscal', 'AwesomeCloudSSP1.xml'), 'GSA AwesomeCloudSSP1.xml as published (title "AwesomeCloud SSP")');
    add('SAP', 'oscal-json', 'json', json('SAP', { title: `${c1.cso} FedRAMP Security Assessment Plan (SAP)`, lastModified: stamp() }, 2), `FedRAMP OSCAL SAP template retitled for ${c1.cso}`, 'SAR-draft.json', true);
    add('SAP', 'oscal-xml', 'xml', readFixtureText('oscal', 'AwesomeCloudSAP.xml'), 'GSA AwesomeCloudSAP.xml as published');
    add('SAR', 'oscal-json', 'json', json('SAR', { title: `${c1.cso} FedRAMP Security Assessment Results (SAR)`, lastModified: stamp() }, 2), `FedRAMP OSCAL SAR template retitled for ${c1.cso}`);
    add('SAR', 'oscal-xml', 'xml', readFixtureText('oscal', 'AwesomeCloudSAR.xml'), 'GSA AwesomeCloudSAR.xml as published');
    add('POAM', 'oscal-json', 'json', json('POAM', { title: `${c2.cso} FedRAMP Plan of Action and Milestones (POA&M)`, lastModified: stamp() }, 2), `FedRAMP OSCAL POA&M template retitled for ${c2.cso}`);
    add('POAM', 'oscal-xml', 'xml', readFixtureText('oscal', 'AwesomeCloudPOAM.xml'), 'GSA AwesomeCloudPOAM.xml as published');
    return out;
  }

  // Holdout: other encodings, stripped and re-ordered documents, the newer minimal example.
  const sspYaml = YAML.parse(readFixtureText('oscal', 'FedRAMP-SSP-OSCAL-Template.yaml')) as Json;
  if (isObject(sspYaml)) {
    const doc = sspYaml['system-security-plan'];
    if (isObject(doc)) {
      delete doc['back-matter'];
      const meta = doc['metadata'];
      if (isObject(meta)) meta['title'] = `${c0.cso} SSP (OSCAL)`;
    }
  }
  add('SSP', 'oscal-yaml', 'yaml', YAML.stringify(sspYaml, { lineWidth: 0 }), `FedRAMP OSCAL SSP YAML, retitled "${c0.cso} SSP (OSCAL)", back-matter removed, re-serialised`);
  add('SSP', 'oscal-xml', 'xml', readFixtureText('oscal', 'fedramp-ssp-li-saas-example.xml'), 'GSA minimal LI-SaaS SSP example: empty metadata, no title, xsi:schemaLocation', 'upload (3).xml');
  add('SSP', 'oscal-json', 'json', json('SSP', { title: `${c1.cso}`, first: ['control-implementation', 'system-characteristics'], schema: SCHEMA, drop: ['back-matter'] }, 0), `FedRAMP SSP JSON minified on one line, "$schema" first, control-implementation before metadata, title only the system name (${c1.cso})`);
  add('SSP', 'oscal-xml', 'xml', editXml(readFixtureText('oscal', 'FedRAMP-SSP-OSCAL-Template.xml'), { title: `${c2.cso} – Security Plan`, stripPi: true, dropElements: ['back-matter'] }), `FedRAMP SSP XML template retitled, xml-model PI and back-matter removed (${c2.cso})`);
  add('SAP', 'oscal-xml', 'xml', editXml(readFixtureText('oscal', 'FedRAMP-SAP-OSCAL-Template.xml'), { title: `${c0.cso} Annual Assessment Plan 2025`, stripPi: true, stripComments: true }), `FedRAMP SAP XML template retitled, comments stripped (${c0.cso})`);
  add('SAP', 'oscal-xml', 'xml', readFixtureText('oscal', 'AwesomeCLoudSAP2.xml'), 'GSA AwesomeCLoudSAP2.xml as published (short ConMon plan)');
  add('SAR', 'oscal-xml', 'xml', editXml(readFixtureText('oscal', 'AwesomeCloudSAR2.xml'), { title: 'AwesomeCloud – March ConMon results' }), 'GSA AwesomeCloudSAR2.xml retitled "AwesomeCloud – March ConMon results"');
  const sar = loadTemplateJson('SAR');
  add('SAR', 'oscal-yaml', 'yaml', YAML.stringify(editJson(sar.root, sar.doc, { title: `${c1.cso} assessment results`, drop: ['back-matter'] }), { lineWidth: 0 }), `FedRAMP SAR template converted to YAML, retitled, back-matter removed (${c1.cso})`, 'ssp.yaml', true);
  add('POAM', 'oscal-xml', 'xml', readFixtureText('oscal', 'poam-sample.xml'), 'GSA xspec poam-sample.xml as published');
  add('POAM', 'oscal-json', 'json', json('POAM', { title: `POA&M – ${c2.cso} – ${stamp().slice(0, 7)}`, schema: SCHEMA, first: ['poam-items'] }, 4), `FedRAMP POA&M JSON with "$schema" first, poam-items first, 4-space indent (${c2.cso})`);
  return out;
};
