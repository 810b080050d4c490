import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import { fixture } from '../../../support/fixtures.js';
import { FIXED_ISO } from '../kit/zip.js';
import type { EvalDoc } from '../kit/world.js';
import { W } from '../kit/world.js';

/** Replaces the FedRAMP templates' placeholders with the CSP's names (works on JSON, XML and YAML text). */
function personalise(text: string): string {
  return text
    .replace(/\[System Name\]/g, W.cso)
    .replace(/System's Full Name/g, W.cso)
    .replace(/System's Short Name or Acronym/g, W.acronym)
    .replace(/\[Insert CSO Name\]|\[CSO Name\]/g, W.cso)
    .replace(/\[Insert CSP Name\]|\[CSP Name\]/g, W.csp)
    .replace(/\[IA Name\]/g, W.threePao)
    .replace(/2024-09-24T02:24:00Z/g, FIXED_ISO);
}

type Json = Record<string, unknown>;

async function template(name: string): Promise<string> {
  return personalise(await readFile(fixture(`oscal/${name}`), 'utf8'));
}

function root(doc: Json): Json {
  const key = Object.keys(doc)[0];
  if (key === undefined) throw new Error('empty OSCAL document');
  return doc[key] as Json;
}

export async function buildOscal(): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];

  // SSP, JSON: metadata title rewritten, back-matter dropped (as an exporter that omits attachments would).
  const ssp = JSON.parse(await template('FedRAMP-SSP-OSCAL-Template.json')) as Json;
  const sspRoot = root(ssp);
  (sspRoot.metadata as Json).title = `${W.cso} System Security Plan`;
  (sspRoot.metadata as Json).version = '3.2';
  delete sspRoot['back-matter'];
  out.push({ file: 'mgw_ssp_export.json', expected: 'SSP', note: 'OSCAL JSON system-security-plan derived from the FedRAMP Rev5 template with the GeoWatch names filled in and back-matter removed.', data: JSON.stringify(ssp, null, 2) });

  // SSP, YAML: compact (no indentation tricks), title left as the template's.
  const sspYaml = YAML.parse(await template('FedRAMP-SSP-OSCAL-Template.yaml')) as Json;
  const yRoot = root(sspYaml);
  (yRoot['system-characteristics'] as Json).description = `${W.cso} is a multi-tenant SaaS for ingesting, tiling and analysing commercial satellite imagery (GeoTIFF/COG, STAC catalogs) for civilian agencies.`;
  out.push({ file: 'upload (3).yaml', expected: 'SSP', note: 'OSCAL YAML system-security-plan from the FedRAMP template, system description rewritten for the imagery SaaS.', data: YAML.stringify(sspYaml, { lineWidth: 0 }) });

  // SAP, JSON.
  const sap = JSON.parse(await template('FedRAMP-SAP-OSCAL-Template.json')) as Json;
  (root(sap).metadata as Json).title = `${W.cso} Security Assessment Plan — 2026 Annual Assessment`;
  out.push({ file: 'assessment-plan-2026.json', expected: 'SAP', note: 'OSCAL JSON assessment-plan (FedRAMP SAP template) retitled for the 2026 annual assessment by Cobalt Ridge.', data: JSON.stringify(sap) });

  // SAP, XML: text edit only, file named like a SAR (misleading name).
  const sapXml = (await template('FedRAMP-SAP-OSCAL-Template.xml')).replace(/<title>[^<]*<\/title>/, `<title>${W.acronym} Initial Assessment Plan (3PAO)</title>`);
  out.push({ file: 'SAR_final_cobalt.xml', expected: 'SAP', note: 'OSCAL XML assessment-plan (SAP) whose file name wrongly says SAR; content is the plan.', data: sapXml });

  // SAR, JSON.
  const sar = JSON.parse(await template('FedRAMP-SAR-OSCAL-Template.json')) as Json;
  (root(sar).metadata as Json).title = `${W.cso} Security Assessment Results`;
  out.push({ file: 'export_20260402.json', expected: 'SAR', note: 'OSCAL JSON assessment-results (FedRAMP SAR template) for GeoWatch.', data: JSON.stringify(sar, null, 1) });

  // POA&M, JSON and XML.
  const poam = JSON.parse(await template('FedRAMP-POAM-OSCAL-Template.json')) as Json;
  (root(poam).metadata as Json).title = `${W.acronym} POA&M — March 2026`;
  out.push({ file: 'conmon-2026-03.json', expected: 'POAM', note: 'OSCAL JSON plan-of-action-and-milestones for the March 2026 ConMon submission.', data: JSON.stringify(poam, null, 2) });
  const poamXml = await template('FedRAMP-POAM-OSCAL-Template.xml');
  out.push({ file: 'attachment.xml', expected: 'POAM', note: 'OSCAL XML plan-of-action-and-milestones from the FedRAMP template with the CSP names filled in; neutral file name.', data: poamXml });
  return out;
}
