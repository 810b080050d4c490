import type { DeliverableValidator } from '../types.js';
import { DOCUMENT, FindingList, loadOutline, missingSeverity } from './load.js';
import type { DocumentOutline } from './outline.js';
import { joinedText, quote } from './outline.js';
import type { Recommendation } from './recommendation.js';
import { recommendationIn } from './recommendation.js';
import { readRiskTables } from './risk-table.js';
import type { SectionRule } from './sections.js';
import { checkPlaceholders, checkSections, findSection, sectionText } from './sections.js';

const WHAT = 'Security Assessment Report';

export const SAR_SECTIONS: readonly SectionRule[] = [
  { key: 'executive-summary', label: 'executive summary', headings: [/\bexecutive summary\b/i] },
  {
    key: 'summary-of-risks',
    label: 'summary of risks',
    headings: [/\bsummary of (?:(?:identified|residual) )?(?:risks|findings|results)\b/i, /\brisks? summary\b/i, /\bsummary of (?:test )?results\b/i],
  },
];

const RECOMMENDATION_HEADINGS = [
  /\bauthori[sz]ation recommendation\b/i,
  /\brecommendation (?:for|of|on) (?:FedRAMP )?authori[sz]ation\b/i,
  /\b3PAO recommendation\b/i,
  /\brecommendation\b/i,
];
/** The risk exposure table is delivered as a separate workbook (Rev5 SAR Appendix A). */
const TABLE_ELSEWHERE = /\brisk exposure table\b[^.\n]{0,120}\b(?:appendix|attachment|workbook|excel|xlsx|spreadsheet)\b/i;

/** A Security Assessment Report in Word or PDF: sections, the risk exposure table (→ sarRisks), the recommendation. */
export const validateSarDocument: DeliverableValidator = async (source) => {
  const findings = new FindingList('sar-doc');
  const outline = await loadOutline(source, findings, { what: WHAT, unusable: 'error' });
  if (!outline) return { findings: findings.items, summary: {} };
  checkSections(outline, SAR_SECTIONS, findings, WHAT);
  const sarRisks = checkRiskTable(outline, findings);
  checkRecommendation(outline, findings);
  checkPlaceholders(outline, findings, WHAT);
  return { findings: findings.items, summary: sarRisks ? { sarRisks } : {} };
};

function checkRiskTable(outline: DocumentOutline, findings: FindingList): ReturnType<typeof readRiskTables>['risks'] | undefined {
  const read = readRiskTables(outline);
  if (read.tables.length === 0) {
    const elsewhere = TABLE_ELSEWHERE.exec(joinedText(outline.blocks));
    findings.add(
      'missing-risk-exposure-table',
      elsewhere ? 'warning' : missingSeverity(outline),
      elsewhere
        ? `no risk exposure table in the ${WHAT} itself; it refers to one elsewhere (${quote(elsewhere[0])}): its risks cannot be carried into the package checks`
        : `the ${WHAT} has no risk exposure table (a table with identifier/name, likelihood, impact and risk level columns)`,
    );
    return undefined;
  }
  const where = read.tables.map((t) => t.location).join(', ');
  if (read.risks.length === 0) {
    findings.add('risk-table-empty', 'warning', `the risk exposure table has no risks: confirm that testing found none`, where);
  } else {
    findings.add('risk-exposure-table', 'info', `${read.risks.length} risk(s) read from the risk exposure table`, where);
  }
  for (const location of read.unrated) {
    findings.add('risk-unrated', 'warning', 'this risk has no readable risk level (Critical, High, Moderate, Low)', location);
  }
  for (const location of read.unidentified) {
    findings.add('risk-missing-id', 'warning', 'this risk has no identifier: the POA&M cannot refer to it', location);
  }
  return read.risks;
}

function checkRecommendation(outline: DocumentOutline, findings: FindingList): void {
  const section =
    findSection(outline, RECOMMENDATION_HEADINGS.slice(0, 3)) ??
    findSection(outline, RECOMMENDATION_HEADINGS.slice(3), (s) => recommendationIn(sectionText(s)) !== 'unclear');
  let verdict: Recommendation;
  let location: string;
  if (section) {
    verdict = recommendationIn(sectionText(section));
    location = section.heading.location;
  } else {
    verdict = recommendationIn(joinedText(outline.blocks));
    location = DOCUMENT;
    if (verdict === 'unclear') {
      findings.add('missing-recommendation', missingSeverity(outline), `the ${WHAT} has no authorization recommendation section`);
      return;
    }
    findings.add('recommendation-not-a-section', 'warning', `the authorization recommendation is not under its own heading`);
  }
  if (verdict === 'unclear') {
    findings.add('recommendation-unclear', 'error', 'the authorization recommendation section does not say whether the 3PAO recommends authorization', location);
  } else if (verdict === 'not-recommended') {
    findings.add('not-recommended', 'warning', 'the 3PAO does not recommend the system for authorization', location);
  } else {
    findings.add('recommends-authorization', 'info', 'the 3PAO recommends the system for authorization', location);
  }
}
