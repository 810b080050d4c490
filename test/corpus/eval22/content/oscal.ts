/** OSCAL documents derived from FedRAMP's and GSA's published examples (test/fixtures/oscal, see SOURCES.md there). */
import { readFile } from 'node:fs/promises';
import { parse, stringify } from 'yaml';
import { fixture } from '../../../support/fixtures.js';
import type { Product } from '../kit/wrappers.js';
import { CO } from '../kit/wrappers.js';

const COMMENT = (P: Product, docNo: string): string =>
  `<!-- ${CO.name} Proprietary. ${P.name}. ${docNo}. Distribution Statement F. Export controlled: EAR99. Uncontrolled when printed. -->`;

async function jsonFixture(name: string): Promise<Record<string, Record<string, unknown>>> {
  return JSON.parse(await readFile(fixture(`oscal/${name}`), 'utf8')) as Record<string, Record<string, unknown>>;
}

/** Retitles an OSCAL JSON template and re-serialises it with the given indentation. */
export async function oscalJson(name: string, root: string, newTitle: string, lastModified: string, indent: number | string): Promise<string> {
  const doc = await jsonFixture(name);
  const body = doc[root];
  if (!body) throw new Error(`${name} has no ${root}`);
  const md = body.metadata as Record<string, unknown>;
  md.title = newTitle;
  md['last-modified'] = lastModified;
  return JSON.stringify(doc, null, indent) + '\n';
}

/** Replaces names in an OSCAL XML example and inserts the program office's legend comment after the declaration. */
export async function oscalXml(name: string, replacements: [RegExp, string][], P: Product, docNo: string): Promise<string> {
  let text = await readFile(fixture(`oscal/${name}`), 'utf8');
  for (const [re, to] of replacements) text = text.replace(re, to);
  return text.replace(/^(<\?xml[^>]*\?>\s*)/, `$1${COMMENT(P, docNo)}\n`);
}

export async function oscalYamlSsp(P: Product): Promise<string> {
  const doc = parse(await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;
  const ssp = doc['system-security-plan'];
  if (!ssp) throw new Error('no system-security-plan');
  const md = ssp.metadata as Record<string, unknown>;
  md.title = `${P.abbr} SSP (OSCAL) - working copy`;
  md['last-modified'] = '2025-05-30T14:00:00Z';
  const sc = ssp['system-characteristics'] as Record<string, unknown> | undefined;
  if (sc) {
    sc['system-name'] = P.name;
    sc['system-name-short'] = P.abbr;
  }
  return `# ${CO.name} - ${P.name}\n# Generated from the FPO OSCAL pipeline; do not edit by hand. SI-FRP-0042-R4\n${stringify(doc, { lineWidth: 0 })}`;
}
