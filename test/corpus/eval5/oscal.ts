// OSCAL deliverables derived from FedRAMP's templates and GSA's AwesomeCloud package (test/fixtures/oscal):
// retitled, re-identified, re-encoded (JSON minified or indented, YAML, XML), plus OSCAL models that
// are not deliverables (a baseline profile, a component definition).
import { stringify } from 'yaml';
import type { Eval5Doc } from './kit.js';
import { readFixture, rng, uuid } from './kit.js';

type Json = Record<string, unknown>;

async function retitledJson(fixture: string, root: string, title: string, seed: number): Promise<Json> {
  const doc = JSON.parse(await readFixture(fixture)) as Json;
  const model = doc[root] as Json;
  model.uuid = uuid(rng(seed));
  const meta = model.metadata as Json;
  meta.title = title;
  meta['last-modified'] = '2026-05-01T12:00:00Z';
  return doc;
}

function retitleXml(xml: string, title: string): string {
  return xml.replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`);
}

async function sspJsonMinified(): Promise<Eval5Doc> {
  const doc = await retitledJson('oscal/FedRAMP-SSP-OSCAL-Template.json', 'system-security-plan', 'Nimbus Ledger for Government — System Security Plan', 501);
  return { file: 'nl-ssp-2026.json', expected: 'SSP', note: 'OSCAL JSON SSP (template, retitled), minified on one line', data: JSON.stringify(doc) };
}

async function sspYaml(): Promise<Eval5Doc> {
  const text = (await readFixture('oscal/FedRAMP-SSP-OSCAL-Template.yaml')).replace(/^( {4}title:) .*$/m, '$1 Tamarack FedCase SSP (machine-readable)');
  return { file: 'oscal-export.yaml', expected: 'SSP', note: 'OSCAL YAML SSP, retitled; generic export name', data: text };
}

async function sspXml(): Promise<Eval5Doc> {
  const xml = retitleXml(await readFixture('oscal/AwesomeCloudSSP2.xml'), 'AwesomeCloud SSP — 2026 annual update');
  return { file: 'system.xml', expected: 'SSP', note: 'OSCAL XML SSP (AwesomeCloud), generic name', data: xml };
}

async function sapJson(): Promise<Eval5Doc> {
  const doc = await retitledJson('oscal/FedRAMP-SAP-OSCAL-Template.json', 'assessment-plan', 'Meridian Analytics Cloud — 3PAO Test Plan', 502);
  return { file: 'keystone-mac-plan.json', expected: 'SAP', note: 'OSCAL JSON assessment-plan, retitled "Test Plan", indented 4 spaces', data: JSON.stringify(doc, null, 4) };
}

async function sarYaml(): Promise<Eval5Doc> {
  const doc = await retitledJson('oscal/FedRAMP-SAR-OSCAL-Template.json', 'assessment-results', 'Orion Civic Cloud Annual Assessment Results', 503);
  return { file: 'occ_results.yaml', expected: 'SAR', note: 'OSCAL assessment-results converted to YAML', data: `---\n${stringify(doc)}` };
}

async function sarXml(): Promise<Eval5Doc> {
  const xml = retitleXml(await readFixture('oscal/AwesomeCloudSAR2.xml'), 'AwesomeCloud Security Assessment Report — May 2026 ConMon');
  return { file: 'AC-2026-05-assessment.xml', expected: 'SAR', note: 'OSCAL XML assessment-results (AwesomeCloud); name resembles control AC-2', data: xml };
}

async function poamXml(): Promise<Eval5Doc> {
  const xml = retitleXml(await readFixture('oscal/AwesomeCloudPOAM.xml'), 'AwesomeCloud POA&amp;M — May 2026');
  return { file: 'conmon-2026-05.xml', expected: 'POAM', note: 'OSCAL XML plan-of-action-and-milestones', data: xml };
}

async function poamJson(): Promise<Eval5Doc> {
  const doc = await retitledJson('oscal/FedRAMP-POAM-OSCAL-Template.json', 'plan-of-action-and-milestones', 'Halcyon GovCloud Records Platform POA&M', 504);
  return { file: 'hgrp-poam.oscal.json', expected: 'POAM', note: 'OSCAL JSON POA&M, retitled, 2-space indent', data: JSON.stringify(doc, null, 2) };
}

async function baselineProfile(): Promise<Eval5Doc> {
  return {
    file: 'baseline.xml',
    expected: 'UNKNOWN',
    note: 'look-alike: FedRAMP Rev5 LOW baseline OSCAL profile — reference material, not a package deliverable',
    data: await readFixture('oscal/FedRAMP_rev5_LOW-baseline_profile.xml'),
  };
}

function componentDefinition(): Eval5Doc {
  const r = rng(505);
  const impl = (control: string, text: string): Json => ({ uuid: uuid(r), 'control-id': control, description: text });
  const doc = {
    'component-definition': {
      uuid: uuid(r),
      metadata: {
        title: 'Nimbus Ledger Hardened Linux Image — Component Definition',
        'last-modified': '2026-03-01T00:00:00Z',
        version: '2026.03',
        'oscal-version': '1.1.2',
        remarks: 'Published by the vendor so that CSPs can reuse control statements in their System Security Plan.',
      },
      components: [
        {
          uuid: uuid(r),
          type: 'software',
          title: 'NL Hardened Linux Image',
          description: 'STIG-hardened base image used by product teams.',
          'control-implementations': [
            {
              uuid: uuid(r),
              source: 'https://raw.githubusercontent.com/GSA/fedramp-automation/master/dist/content/rev5/baselines/json/FedRAMP_rev5_MODERATE-baseline_profile.json',
              description: 'FedRAMP Moderate controls supported by the image.',
              'implemented-requirements': [impl('cm-6', 'The image ships with DISA STIG settings applied.'), impl('au-2', 'auditd rules log the events required by AU-2.'), impl('sc-13', 'The kernel runs in FIPS mode.')],
            },
          ],
        },
      ],
    },
  };
  return { file: 'components.json', expected: 'UNKNOWN', note: 'look-alike: OSCAL component-definition (vendor reusable statements), not a FedRAMP deliverable', data: JSON.stringify(doc, null, 2) };
}

export async function oscalDocs(): Promise<Eval5Doc[]> {
  return Promise.all([sspJsonMinified(), sspYaml(), sspXml(), sapJson(), sarYaml(), sarXml(), poamXml(), poamJson(), baselineProfile(), Promise.resolve(componentDefinition())]);
}
