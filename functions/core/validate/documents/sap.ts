import type { DeliverableValidator } from '../types.js';
import { checkImpactLevel } from './impact-level.js';
import { FindingList, loadOutline } from './load.js';
import type { SectionRule } from './sections.js';
import { checkPlaceholders, checkSections } from './sections.js';

const WHAT = 'Security Assessment Plan';

/** The sections of FedRAMP's SAP template. */
export const SAP_SECTIONS: readonly SectionRule[] = [
  { key: 'scope', label: 'assessment scope', headings: [/\bscope\b/i] },
  {
    key: 'methodology',
    label: 'assessment / test methodology',
    headings: [/\bmethodolog(?:y|ies)\b/i, /\b(?:assessment|test(?:ing)?) (?:approach|procedures)\b/i],
  },
  { key: 'rules-of-engagement', label: 'rules of engagement', headings: [/\brules of engagement\b/i, /\bROE\b/] },
  { key: 'penetration-test-plan', label: 'penetration test plan', headings: [/\bpenetration test/i, /\bpen[- ]?test/i] },
  { key: 'schedule', label: 'testing schedule', headings: [/\bschedule\b/i, /\btimeline\b/i, /\btest(?:ing)? (?:dates|window)\b/i] },
  {
    key: 'test-team',
    label: 'assessment team and points of contact',
    headings: [/\b(?:assessment|test(?:ing)?|3PAO|security assessment) team\b/i, /\bpoints? of contacts?\b/i, /\bPOCs?\b/, /\broles and responsibilities\b/i],
  },
  { key: 'sampling', label: 'sampling methodology', headings: [/\bsampling\b/i, /\bsamples?\b/i] },
];

/** A Security Assessment Plan in Word or PDF: the template's sections, and the impact level assessed. */
export const validateSapDocument: DeliverableValidator = async (source, ctx) => {
  const findings = new FindingList('sap-doc');
  const outline = await loadOutline(source, findings, { what: WHAT, unusable: 'error' });
  if (!outline) return { findings: findings.items, summary: {} };
  checkSections(outline, SAP_SECTIONS, findings, WHAT);
  const impactLevel = checkImpactLevel(outline, ctx, findings, { what: WHAT, missing: 'warning' });
  checkPlaceholders(outline, findings, WHAT);
  return { findings: findings.items, summary: impactLevel ? { impactLevel } : {} };
};
