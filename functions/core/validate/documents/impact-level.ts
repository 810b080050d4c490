import type { ImpactLevel } from '../../domain/stages.js';
import type { Severity } from '../finding.js';
import type { ValidationContext } from '../types.js';
import type { FindingList } from './load.js';
import { missingSeverity } from './load.js';
import type { DocumentOutline, LocatedText, OutlineBlock, TableBlock } from './outline.js';
import { quote, rowLocation, tablesOf, textsOf } from './outline.js';

export interface ImpactStatement {
  level: ImpactLevel;
  location: string;
  evidence: string;
  /** Derived as the high-water mark of confidentiality/integrity/availability ratings, not stated. */
  derived: boolean;
}

const LI_SAAS = /\bLI-?SaaS\b|\blow[- ]impact (?:SaaS|software[- ]as[- ]a[- ]service)\b|\bFedRAMP Tailored\b/i;
/** A level word, with the check box in front of it if any (FedRAMP templates use ☐ / ☒ check boxes). */
const LEVEL_WORD = /([☐☒☑■□]|\[\s*[xX✓✔ ]?\s*\])?\s*\b(Low|Moderate|High)\b(?![- ]?water)/gi;
const CHECKED = /^(?:[☒☑■]|\[\s*[xX✓✔]\s*\])$/;
/** Words that introduce the system's categorization. */
const CONTEXT =
  /\b(?:FIPS\s*(?:PUB(?:LICATION)?\.?\s*)?199|security (?:objectives )?categori[sz]ation|(?:system|overall|information system) (?:security )?categori[sz]ation|impact level|categori[sz]ed (?:as|at)|(?:system )?sensitivity level|security impact level)\b/gi;
const LEVEL_BEFORE =
  /\b(?:FedRAMP\s+(Low|Moderate|High)\b|(Low|Moderate|High)[- ]impact (?:system|information system|cloud (?:service|system)|baseline|level|categori[sz]ation)\b|(Low|Moderate|High) (?:security )?baseline\b)/i;
const CATEGORY_LABEL =
  /security categori[sz]ation|FIPS\s*(?:PUB\s*)?199|impact level|overall (?:system )?(?:security )?(?:categori[sz]ation|impact|rating)|system sensitivity|\b(?:FedRAMP|security|control) baseline\b|^\s*baseline\s*$/i;
const OBJECTIVE = /^(confidentiality|integrity|availability)\b/i;
const RANK: Readonly<Record<ImpactLevel, number>> = { 'LI-SAAS': 1, LOW: 1, MODERATE: 2, HIGH: 3 };

/** The one level a short text states (check boxes honoured), if exactly one. */
export function levelIn(text: string): ImpactLevel | undefined {
  if (LI_SAAS.test(text)) return 'LI-SAAS';
  const words = [...text.matchAll(LEVEL_WORD)].map((m) => ({ mark: (m[1] ?? '').trim(), level: (m[2] ?? '').toUpperCase() as ImpactLevel }));
  const checked = words.filter((w) => CHECKED.test(w.mark));
  const candidates = checked.length > 0 ? checked : words.filter((w) => w.mark === '');
  const levels = new Set(candidates.map((w) => w.level));
  return levels.size === 1 ? [...levels][0] : undefined;
}

/** Statements like "FIPS 199 categorization of Moderate", "a FedRAMP High baseline", "☒ Moderate". */
function statementsIn(unit: LocatedText): ImpactStatement[] {
  const found: ImpactStatement[] = [];
  const add = (level: ImpactLevel | undefined, evidence: string): void => {
    if (level) found.push({ level, location: unit.location, evidence, derived: false });
  };
  if (unit.cells) {
    const label = unit.cells.findIndex((c) => CATEGORY_LABEL.test(c) && c.length <= 120);
    if (label >= 0) {
      const levels = unit.cells.flatMap((cell, i) => {
        const level = i !== label && cell.length <= 60 ? levelIn(cell) : undefined;
        return level ? [{ level, cell }] : [];
      });
      const first = levels[0];
      // "Low | Moderate | High" in separate cells is a column header, not a statement.
      if (first && levels.every((l) => l.level === first.level)) add(first.level, `${unit.cells[label]}: ${first.cell}`);
      if (found.length > 0) return found;
    }
  }
  for (const m of unit.text.matchAll(CONTEXT)) {
    const rest = unit.text.slice(m.index);
    const end = rest.slice(m[0].length).search(/[.;!?](?:\s|$)|\n/);
    const window = rest.slice(0, end < 0 ? 200 : Math.min(200, m[0].length + end));
    add(levelIn(window), window);
    if (found.length > 0) break;
  }
  const before = LEVEL_BEFORE.exec(unit.text);
  if (before) add((before[1] ?? before[2] ?? before[3] ?? '').toUpperCase() as ImpactLevel, before[0]);
  const tailored = LI_SAAS.exec(unit.text);
  // A LI-SaaS offering is categorized Low: "Tailored LI-SaaS … categorization is Low" states LI-SaaS.
  if (tailored && found.every((s) => RANK[s.level] === 1)) return [{ level: 'LI-SAAS', location: unit.location, evidence: tailored[0], derived: false }];
  return found;
}

/** High-water mark of a confidentiality/integrity/availability table (rows or columns), if any. */
function derivedFrom(table: TableBlock): ImpactStatement | undefined {
  let best: { level: ImpactLevel; row: number } | undefined;
  const consider = (cell: string, row: number): void => {
    const level = cell.length <= 60 ? levelIn(cell) : undefined;
    if (level && (!best || RANK[level] > RANK[best.level])) best = { level, row };
  };
  const header = table.rows[0] ?? [];
  const columns = header.map((c, i) => (OBJECTIVE.test(c) ? i : -1)).filter((i) => i >= 0);
  table.rows.forEach((row, r) => {
    if (OBJECTIVE.test(row[0] ?? '')) row.slice(1).forEach((cell) => consider(cell, r));
    else if (r > 0) for (const c of columns) consider(row[c] ?? '', r);
  });
  if (!best) return undefined;
  return { level: best.level, location: rowLocation(table, best.row), evidence: 'high-water mark of confidentiality, integrity and availability', derived: true };
}

export interface ImpactLevelFindings {
  level?: ImpactLevel;
  statement?: ImpactStatement;
  conflicts: ImpactStatement[];
}

/**
 * The impact level a document states. Statements in `focus` (the FIPS 199 section) come first, then
 * the rest of the document in order; a C/I/A table's high-water mark is used only when nothing is
 * stated. LI-SaaS and Low together mean LI-SaaS (a tailored Low baseline).
 */
export function findImpactLevel(outline: DocumentOutline, focus: readonly OutlineBlock[] = []): ImpactLevelFindings {
  const stated = [...textsOf(focus), ...textsOf(outline.blocks)].flatMap(statementsIn);
  const derived = tablesOf(outline)
    .map(derivedFrom)
    .filter((s): s is ImpactStatement => s !== undefined);
  const chosen = stated[0] ?? derived.sort((a, b) => RANK[b.level] - RANK[a.level])[0];
  if (!chosen) return { conflicts: [] };
  const same = (a: ImpactLevel, b: ImpactLevel): boolean => a === b || (RANK[a] === 1 && RANK[b] === 1);
  const level = stated.some((s) => s.level === 'LI-SAAS') && RANK[chosen.level] === 1 ? 'LI-SAAS' : chosen.level;
  const seen = new Set<string>();
  const conflicts = [...stated, ...derived.filter((d) => RANK[d.level] > RANK[level])].filter((s) => {
    if (same(s.level, level) || seen.has(s.level)) return false;
    seen.add(s.level);
    return true;
  });
  return { level, statement: chosen, conflicts };
}

export interface ImpactCheckOptions {
  what: string;
  /** Severity when no level is stated. */
  missing: Severity;
  focus?: readonly OutlineBlock[];
}

/** Reports the stated impact level (info), its absence, inconsistencies, and a mismatch with ctx.baseline. */
export function checkImpactLevel(outline: DocumentOutline, ctx: ValidationContext, findings: FindingList, options: ImpactCheckOptions): ImpactLevel | undefined {
  const found = findImpactLevel(outline, options.focus);
  const { level, statement } = found;
  if (!level || !statement) {
    findings.add(
      'impact-level-missing',
      missingSeverity(outline, options.missing),
      `the ${options.what} does not state its FIPS 199 impact level (Low, Moderate, High or LI-SaaS), e.g. 'FIPS 199 security categorization: Moderate' or a security categorization table`,
    );
    return undefined;
  }
  const how = statement.derived ? 'derived as the high-water mark of its C/I/A ratings' : `stated as ${quote(statement.evidence)}`;
  findings.add('impact-level', 'info', `the ${options.what} is categorized ${level} (${how})`, statement.location);
  for (const other of found.conflicts) {
    findings.add(
      'impact-level-inconsistent',
      'warning',
      `the ${options.what} also indicates ${other.level} (${other.derived ? 'C/I/A high-water mark' : quote(other.evidence)}), not ${level}`,
      other.location,
    );
  }
  if (ctx.baseline && ctx.baseline !== level) {
    findings.add('impact-level-mismatch', 'error', `the ${options.what} states impact level ${level} but the package baseline is ${ctx.baseline}`, statement.location);
  }
  return level;
}
