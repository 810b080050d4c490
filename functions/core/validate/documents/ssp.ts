import type { DeliverableValidator } from '../types.js';
import { checkImpactLevel } from './impact-level.js';
import { FindingList, loadOutline } from './load.js';
import type { DocumentOutline } from './outline.js';
import { headingsOf } from './outline.js';
import type { SectionRule } from './sections.js';
import { checkPlaceholders, checkSections, labelled } from './sections.js';

const WHAT = 'System Security Plan';

/** A heading that is a control implementation statement ("AC-2 Account Management"). */
const CONTROL_HEADING = /^(?:AC|AT|AU|CA|CM|CP|IA|IR|MA|MP|PE|PL|PM|PS|PT|RA|SA|SC|SI|SR)-\d{1,2}\b/;

const controlStatements = (outline: DocumentOutline): string | undefined =>
  headingsOf(outline).find((h) => CONTROL_HEADING.test(h.text))?.location;

/**
 * The sections of FedRAMP's SSP template, by their Rev4 wording and Rev5's where it differs. Where Rev5
 * moved a section into an appendix or a table (FIPS 199 level in the System Information table, laws and
 * regulations in the appendices list, data flow as a diagram), a labelled row or caption counts.
 */
export const SSP_SECTIONS: readonly SectionRule[] = [
  {
    key: 'system-information',
    label: 'system information (system name/title)',
    headings: [/\b(?:information )?system (?:name|information|identification)\b/i, /\bcloud service (?:offering )?(?:name|information)\b/i],
  },
  {
    key: 'fips199',
    label: 'FIPS 199 security categorization',
    headings: [/\bFIPS\s*(?:PUB(?:LICATION)?\.?\s*)?199\b/i, /\bsecurity (?:objectives )?categori[sz]ation\b/i, /\b(?:information )?system categori[sz]ation\b/i],
    alternative: labelled(/\bFIPS\s*(?:PUB(?:LICATION)?\.?\s*)?199\b|\bsecurity categori[sz]ation\b/i),
  },
  { key: 'system-owner', label: 'system owner', headings: [/\bsystem owner\b/i] },
  {
    key: 'authorizing-officials',
    label: 'authorizing officials',
    headings: [/\bauthori[sz]ing officials?\b/i],
    alternative: labelled(/^\s*(?:agency )?authori[sz]ing officials?\b/i),
  },
  {
    key: 'system-description',
    label: 'system description and authorization boundary',
    headings: [/\bsystem description\b/i, /\bauthori[sz]ation boundary\b/i, /\bsystem function or purpose\b/i, /\bsystem components and boundaries\b/i],
    alternative: labelled(/^\s*(?:figure\s+[\d.-]+\W*)?authori[sz]ation boundary(?: diagram)?\b/i),
  },
  {
    key: 'system-environment',
    label: 'system environment and network architecture',
    headings: [/\bsystem environment\b/i, /\bnetwork architecture\b/i, /\bnetwork (?:diagram|topology)\b/i, /\barchitecture (?:and|&) narratives?\b/i],
  },
  {
    key: 'data-flow',
    label: 'data flow',
    headings: [/\bdata[- ]?flows?\b/i],
    alternative: labelled(/^\s*(?:figure\s+[\d.-]+\W*)?data[- ]?flow(?: diagram)?\b/i),
  },
  {
    key: 'ports-protocols-services',
    label: 'ports, protocols and services',
    headings: [/\bports?\b.{0,20}\bprotocols?\b/i, /\bservices,? ports\b/i, /\bprotocols?,? (?:and )?services\b/i],
  },
  {
    key: 'interconnections',
    label: 'system interconnections',
    headings: [/\binterconnect/i, /\bexternal (?:systems?|services)\b/i],
  },
  {
    key: 'laws-regulations',
    label: 'applicable laws, regulations, standards and guidance',
    headings: [/\blaws\b/i, /\bregulations\b/i, /\bstandards,? and guidance\b/i],
    alternative: labelled(/\blaws,? (?:and )?regulations\b/i),
  },
  {
    key: 'control-implementation',
    label: 'minimum security controls / control implementation',
    headings: [/\bminimum security controls\b/i, /\bcontrol implementation\b/i, /\bsecurity controls?\b/i, /\bcontrols? summary\b/i],
    alternative: controlStatements,
  },
  { key: 'attachments', label: 'attachments list', headings: [/\battachments?\b/i, /\bappendi(?:x|ces)\b/i] },
];

/** A System Security Plan in Word or PDF: the template's sections, and its FIPS 199 impact level. */
export const validateSspDocument: DeliverableValidator = async (source, ctx) => {
  const findings = new FindingList('ssp-doc');
  const outline = await loadOutline(source, findings, { what: WHAT, unusable: 'error' });
  if (!outline) return { findings: findings.items, summary: {} };
  const sections = checkSections(outline, SSP_SECTIONS, findings, WHAT);
  const focus = sections.get('fips199');
  const impactLevel = checkImpactLevel(outline, ctx, findings, {
    what: WHAT,
    missing: 'error',
    focus: focus ? [focus.heading, ...focus.content] : [],
  });
  checkPlaceholders(outline, findings, WHAT);
  return { findings: findings.items, summary: impactLevel ? { impactLevel } : {} };
};
