/**
 * OSCAL documents: one SSP written from scratch (as a GRC tool exports it) and variants of the FedRAMP /
 * GSA fixtures (retitled, re-identified, re-encoded between JSON and YAML, XML with different prologues).
 */
import YAML from 'yaml';
import { readFixtureText } from '../lib/paths.js';
import { Rng, day } from './common.js';
import type { EvalDoc } from './common.js';
import { CONTROLS, implementation } from './controls.js';
import { CORVANE, HARBOR, LUMEN, NIMBUS, QUILL } from './orgs.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Gives every UUID of a document a new value, consistently (references stay resolvable). */
function reidentify(text: string, rng: Rng): string {
  const map = new Map<string, string>();
  return text.replace(UUID, (u) => {
    const k = u.toLowerCase();
    let v = map.get(k);
    if (!v) {
      v = rng.uuid();
      map.set(k, v);
    }
    return v;
  });
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => v as Json;

/** An SSP as exported by a GRC platform: "$schema" first, OSCAL 1.1.2, only the populated fields. */
function scratchSsp(): EvalDoc {
  const csp = HARBOR;
  const rng = new Rng('eval:oscal:ssp-json');
  const partyCsp = rng.uuid();
  const partyIsso = rng.uuid();
  const compThis = rng.uuid();
  const compGcp = rng.uuid();
  const stamp = `${day(-12).toISOString().slice(0, 19)}Z`;
  const reqs = CONTROLS.filter(([id]) => !id.startsWith('PE') && !id.startsWith('MP')).slice(0, 90).map(([id, name]) => {
    const cid = id.toLowerCase().replace('(', '.').replace(')', '');
    return {
      uuid: rng.uuid(),
      'control-id': cid,
      props: [
        { name: 'implementation-status', ns: 'https://fedramp.gov/ns/oscal', value: rng.pick(['implemented', 'implemented', 'partial']) },
        { name: 'control-origination', ns: 'https://fedramp.gov/ns/oscal', value: rng.pick(['sp-system', 'sp-corporate', 'shared', 'inherited']) },
      ],
      'responsible-roles': [{ 'role-id': rng.pick(['system-owner', 'information-system-security-officer', 'devops']) }],
      'by-components': [
        {
          'component-uuid': rng.chance(0.2) ? compGcp : compThis,
          uuid: rng.uuid(),
          description: implementation(csp, id, name, rng).join(' '),
        },
      ],
    };
  });
  const doc = {
    $schema: 'https://github.com/usnistgov/OSCAL/releases/download/v1.1.2/oscal_ssp_schema.json',
    'system-security-plan': {
      uuid: rng.uuid(),
      metadata: {
        title: `${csp.system} - FedRAMP ${csp.level} Security Plan`,
        'last-modified': stamp,
        version: '2025.07',
        'oscal-version': '1.1.2',
        roles: [
          { id: 'system-owner', title: 'System Owner' },
          { id: 'information-system-security-officer', title: 'ISSO' },
          { id: 'devops', title: 'DevOps Engineering' },
        ],
        parties: [
          { uuid: partyCsp, type: 'organization', name: csp.legal, 'short-name': csp.short, addresses: [{ 'addr-lines': [csp.address] }] },
          { uuid: partyIsso, type: 'person', name: csp.isso.name, 'email-addresses': [csp.isso.email], 'member-of-organizations': [partyCsp] },
        ],
        'responsible-parties': [
          { 'role-id': 'system-owner', 'party-uuids': [partyCsp] },
          { 'role-id': 'information-system-security-officer', 'party-uuids': [partyIsso] },
        ],
      },
      'import-profile': { href: 'https://raw.githubusercontent.com/GSA/fedramp-automation/master/dist/content/rev5/baselines/json/FedRAMP_rev5_MODERATE-baseline-resolved-profile_catalog.json' },
      'system-characteristics': {
        'system-ids': [{ 'identifier-type': 'https://fedramp.gov', id: 'F2402287710' }],
        'system-name': csp.system,
        'system-name-short': csp.abbrev,
        description: 'IT service management (ticketing, change and asset workflows) delivered as multi-tenant SaaS to federal agencies.',
        'security-sensitivity-level': 'fips-199-moderate',
        'system-information': {
          'information-types': [
            {
              uuid: rng.uuid(),
              title: 'IT Infrastructure Maintenance',
              description: 'Tickets, change records and configuration items submitted by agency IT staff.',
              categorizations: [{ system: 'https://doi.org/10.6028/NIST.SP.800-60v2r1', 'information-type-ids': ['C.3.5.3'] }],
              'confidentiality-impact': { base: 'fips-199-moderate' },
              'integrity-impact': { base: 'fips-199-moderate' },
              'availability-impact': { base: 'fips-199-low' },
            },
          ],
        },
        'security-impact-level': {
          'security-objective-confidentiality': 'fips-199-moderate',
          'security-objective-integrity': 'fips-199-moderate',
          'security-objective-availability': 'fips-199-low',
        },
        status: { state: 'operational' },
        'authorization-boundary': { description: 'GKE Autopilot cluster, Cloud SQL, Cloud Storage buckets and the Cloud Build pipeline within the Assured Workloads folder.' },
      },
      'system-implementation': {
        users: [
          { uuid: rng.uuid(), title: 'Platform engineer', props: [{ name: 'privilege-level', value: 'privileged' }, { name: 'type', value: 'internal' }], 'role-ids': ['devops'] },
          { uuid: rng.uuid(), title: 'Agency requester', props: [{ name: 'privilege-level', value: 'non-privileged' }, { name: 'type', value: 'external' }] },
        ],
        components: [
          { uuid: compThis, type: 'this-system', title: csp.system, description: 'The system as a whole.', status: { state: 'operational' } },
          { uuid: compGcp, type: 'leveraged-system', title: csp.iaas, description: 'Leveraged IaaS/PaaS authorization.', status: { state: 'operational' } },
        ],
      },
      'control-implementation': {
        description: `Implementation of the FedRAMP Rev 5 ${csp.level} baseline by ${csp.short}.`,
        'implemented-requirements': reqs,
      },
    },
  };
  return {
    file: 'export_20250710_hd.json',
    expected: 'SSP',
    format: 'oscal-json',
    note: 'OSCAL 1.1.2 SSP written from scratch as a GRC tool exports it: "$schema" key before the root, 90 implemented-requirements',
    data: Buffer.from(JSON.stringify(doc, null, 2), 'utf8'),
  };
}

/** FedRAMP's YAML SSP template retitled for a real system, re-identified, comment banner on top. */
function yamlSsp(): EvalDoc {
  const rng = new Rng('eval:oscal:ssp-yaml');
  const text = reidentify(readFixtureText('oscal', 'FedRAMP-SSP-OSCAL-Template.yaml'), rng);
  const doc = YAML.parse(text) as Json;
  const root = obj(doc['system-security-plan']);
  const md = obj(root.metadata);
  md.title = `${QUILL.system} Security Plan (LI-SaaS tailored)`;
  md['last-modified'] = `${day(-33).toISOString().slice(0, 19)}Z`;
  md.version = '1.4';
  delete md.revisions;
  const sc = obj(root['system-characteristics']);
  sc['system-name'] = QUILL.system;
  sc['system-name-short'] = QUILL.abbrev;
  const out = `# ${QUILL.legal} - generated from the compliance repository, do not edit by hand\n# commit 4f1c2e9\n${YAML.stringify(doc, { lineWidth: 0 })}`;
  return {
    file: 'qrv-plan.yaml',
    expected: 'SSP',
    format: 'oscal-yaml',
    note: 'FedRAMP SSP YAML template retitled ("Security Plan"), new UUIDs, comment banner before the root key',
    data: Buffer.from(out, 'utf8'),
  };
}

function awesome(name: string, rng: Rng, system: string, people: [string, string][]): string {
  let t = reidentify(readFixtureText('oscal', name), rng);
  t = t.replace(/AwesomeCloud|AwesomeCLoud/g, system).replace(/awesomecloud\.com/g, `${system.toLowerCase().replace(/[^a-z]/g, '')}.example`);
  for (const [a, b] of people) t = t.split(a).join(b);
  return t;
}

function xmlSsp(): EvalDoc {
  const rng = new Rng('eval:oscal:ssp-xml');
  let t = awesome('AwesomeCloudSSP1.xml', rng, 'NFC', [['Jon Doe', NIMBUS.owner.name], ['Tony Stark', NIMBUS.ciso.name], ['Eliot Dottie', NIMBUS.engineer.name], ['Elinor Des', NIMBUS.isso.name]]);
  t = t.replace(/<title>[^<]*<\/title>/, `<title>${NIMBUS.system} (NFC) - SSP rev. 5 draft 2</title>`);
  t = t.replace(/^<\?xml[^>]*\?>\s*/, '<!-- Exported from Nimbuswerk GRC on 2025-06-30 -->\n');
  return {
    file: 'nfc_r5_d2.xml',
    expected: 'SSP',
    format: 'oscal-xml',
    note: 'GSA AwesomeCloud SSP re-identified and renamed; XML declaration replaced by a comment; title says only "SSP"',
    data: Buffer.from(t, 'utf8'),
  };
}

function yamlSap(): EvalDoc {
  const rng = new Rng('eval:oscal:sap-yaml');
  const doc = JSON.parse(reidentify(readFixtureText('oscal', 'FedRAMP-SAP-OSCAL-Template.json'), rng)) as Json;
  const root = obj(doc['assessment-plan']);
  const md = obj(root.metadata);
  md.title = `${HARBOR.system} 2025 Annual Assessment - Test Plan`;
  md.version = '1.0-final';
  md['last-modified'] = `${day(-80).toISOString().slice(0, 19)}Z`;
  return {
    file: 'harbordesk-aa25.yml',
    expected: 'SAP',
    format: 'oscal-yaml',
    note: 'FedRAMP SAP OSCAL template converted JSON->YAML, retitled "Annual Assessment - Test Plan"',
    data: Buffer.from(YAML.stringify(doc, { lineWidth: 0 }), 'utf8'),
  };
}

function xmlSap(): EvalDoc {
  const rng = new Rng('eval:oscal:sap-xml');
  let t = awesome('AwesomeCloudSAP.xml', rng, 'Nimbuswerk Federal Compute', []);
  t = t.replace(/<title>[^<]*<\/title>/, '<title>Nimbuswerk Federal Compute - Q3 FY25 ConMon Assessment Scope</title>');
  t = t.replace('href="Nimbuswerk Federal ComputeSSP1.xml"', 'href="nfc_r5_d2.xml"');
  return {
    file: 'q3-scope.xml',
    expected: 'SAP',
    format: 'oscal-xml',
    note: 'tiny OSCAL assessment-plan (monthly ConMon scope CM-8/RA-5) retitled without the word "plan"',
    data: Buffer.from(t, 'utf8'),
  };
}

function jsonSar(): EvalDoc {
  const rng = new Rng('eval:oscal:sar-json');
  const doc = JSON.parse(reidentify(readFixtureText('oscal', 'FedRAMP-SAR-OSCAL-Template.json'), rng)) as Json;
  const md = obj(obj(doc['assessment-results']).metadata);
  md.title = `${QUILL.system} - Annual Assessment Results 2025`;
  md['last-modified'] = `${day(-5).toISOString().slice(0, 19)}Z`;
  return {
    file: 'aa2025.min.json',
    expected: 'SAR',
    format: 'oscal-json',
    note: 'FedRAMP SAR (assessment-results) template, retitled, minified onto a single line',
    data: Buffer.from(JSON.stringify(doc), 'utf8'),
  };
}

function xmlSar(): EvalDoc {
  const rng = new Rng('eval:oscal:sar-xml');
  let t = awesome('AwesomeCloudSAR2.xml', rng, LUMEN.abbrev, []);
  t = t.replace(/<title>[^<]*<\/title>/, `<title>${LUMEN.system} June 2025 Continuous Monitoring Assessment Results</title>`);
  t = t.replace(/\r?\n/g, '\r\n');
  return {
    file: 'lip-2025-06.xml',
    expected: 'SAR',
    format: 'oscal-xml',
    note: 'GSA AwesomeCloud SAR renamed to LIP, CRLF line endings, title "Continuous Monitoring Assessment Results"',
    data: Buffer.from(t, 'utf8'),
  };
}

function jsonPoam(): EvalDoc {
  const rng = new Rng('eval:oscal:poam-json');
  const doc = JSON.parse(reidentify(readFixtureText('oscal', 'FedRAMP-POAM-OSCAL-Template.json'), rng)) as Json;
  const md = obj(obj(doc['plan-of-action-and-milestones']).metadata);
  md.title = `${CORVANE.system} Remediation Plan - June 2025`;
  md['last-modified'] = `${day(-21).toISOString().slice(0, 19)}Z`;
  return {
    file: 'ccg_2025-06.json',
    expected: 'POAM',
    format: 'oscal-json',
    note: 'FedRAMP POA&M OSCAL template retitled "Remediation Plan", 4-space indentation',
    data: Buffer.from(JSON.stringify(doc, null, 4), 'utf8'),
  };
}

function xmlPoam(): EvalDoc {
  const rng = new Rng('eval:oscal:poam-xml');
  let t = awesome('AwesomeCloudPOAM2.xml', rng, 'Nimbuswerk', []);
  t = t.replace(/<title>[^<]*<\/title>/, '<title>Nimbuswerk Federal Compute - Open Items (ConMon July 2025)</title>');
  t = t.replace('href="NimbuswerkSSP2.xml"', 'href="nfc_r5_d2.xml"');
  return {
    file: 'nfc-2025-07.xml',
    expected: 'POAM',
    format: 'oscal-xml',
    note: 'GSA AwesomeCloud POA&M renamed; title "Open Items" only',
    data: Buffer.from(t, 'utf8'),
  };
}

/** A control catalog (not a deliverable): the FedRAMP Low excerpt retitled as a company's internal catalog. */
function catalog(): EvalDoc {
  const rng = new Rng('eval:oscal:catalog');
  const doc = JSON.parse(reidentify(readFixtureText('oscal', 'FedRAMP_rev5_LOW-baseline-resolved-profile_catalog.excerpt.json'), rng)) as Json;
  const md = obj(obj(doc.catalog).metadata);
  md.title = `${LUMEN.short} Unified Control Framework (derived from NIST SP 800-53 Rev 5 / FedRAMP Low)`;
  md.version = 'UCF-2025.2';
  return {
    file: 'ucf-2025.2.json',
    expected: 'UNKNOWN',
    format: 'oscal-json',
    note: 'OSCAL catalog (a company control framework), not a deliverable',
    data: Buffer.from(JSON.stringify(doc, null, 1), 'utf8'),
  };
}

export function oscalDocs(): EvalDoc[] {
  return [scratchSsp(), yamlSsp(), xmlSsp(), yamlSap(), xmlSap(), jsonSar(), xmlSar(), jsonPoam(), xmlPoam(), catalog()];
}
