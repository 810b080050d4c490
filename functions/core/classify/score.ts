import type { DeliverableType } from '../domain/deliverables.js';
import type { DocumentFacts } from './types.js';
import { isLetter, isRoleMatrix } from './layouts.js';
import { NOT_A_DELIVERABLE, SIGNATURES, type Signature } from './signatures.js';

/** Weights of each kind of evidence. Names where a document names itself dominate. */
export const WEIGHTS = {
  title: 10,
  cover: 9,
  leadHeading: 7,
  titleLine: 7,
  heading: 3,
  abbreviationFactor: 0.5,
  bodyNameEach: 1,
  bodyNameMax: 4,
  phraseEach: 1.5,
  phraseMax: 6,
  sheetEach: 6,
  sheetMax: 12,
  headerEach: 3,
  headerMin: 3,
  headerMax: 24,
  layout: 9,
  formatBonus: 1,
  fileHint: 1,
  /** A best score below this is UNKNOWN. */
  threshold: 8,
  /** Characters of body text that count as the cover page. */
  coverChars: 600,
} as const;

export interface Score {
  type: DeliverableType;
  score: number;
  evidence: string[];
}

const quote = (s: string, max = 80): string => `'${s.length > max ? `${s.slice(0, max - 1)}…` : s}'`;

function firstMatch(patterns: readonly RegExp[] | undefined, text: string): RegExp | undefined {
  return patterns?.find((p) => p.test(text));
}

function countMatches(patterns: readonly RegExp[], text: string, max: number): number {
  let n = 0;
  for (const p of patterns) {
    const global = new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);
    n += text.match(global)?.length ?? 0;
    if (n >= max) return max;
  }
  return n;
}

/** Where a document names itself: metadata title, cover, leading headings, other headings. */
interface Places {
  /** The first short standalone line that names any deliverable, and which types it names. */
  firstNamingLine: { line: string; types: Set<DeliverableType> } | undefined;
  /** The title/cover names many deliverables: a list of the package (checklist, tracker, cover note). */
  listsPackage: boolean;
  title: string;
  cover: string;
  leadHeadings: string;
  headings: string;
  body: string;
  cells: string[];
  notADeliverable: RegExp | undefined;
}

/** Types whose full names (and, with `abbreviations`, abbreviations) appear in a text. */
function typesNamedIn(text: string, abbreviations = false): Set<DeliverableType> {
  return new Set(
    SIGNATURES.filter((sig) => sig.names.some((n) => n.test(text)) || (abbreviations && sig.abbreviations?.some((a) => a.test(text)))).map((sig) => sig.type),
  );
}

/** A line that stands alone as a title: capitalised, a few words, not a sentence running on. */
const TITLE_LIKE = (line: string): boolean =>
  /^[A-Z0-9"“'([]/.test(line) &&
  line.split(/\s+/).length <= 16 &&
  !/[,;:]$|\b(?:and|or|the|of|to|for|with|in|a|an)$/i.test(line) &&
  // A comma running on into more words is a sentence, not a title ("…Procedures, Nimbus requests…").
  !/,\s+(?!(?:inc|llc|ltd|corp|l\.?p)\b)[A-Za-z]/i.test(line);

/** Lines that cite other documents rather than name this one. */
const CITATION = /^(?:appendix|attachment|annex|exhibit|table|figure|see|section|ref(?:erence)?s?|cc|enclosures?)\b|^\d+(?:\.\d+)*[.)]?\s+(?:appendix|attachment)/i;

/** A letter's subject line ("Subject: …", "Re: …") is its title. */
const SUBJECT_LINE = /^(?:subject|re|regarding)\s*:\s*/i;

/**
 * Documents name themselves before they name others: the first title-like line (short, standalone,
 * not a citation of an appendix or attachment) that names any deliverable is likely the title, even
 * after a page of generic front matter.
 */
function firstNamingLine(lines: readonly string[]): Places['firstNamingLine'] {
  for (const raw of lines) {
    const line = raw.replace(SUBJECT_LINE, '');
    if (CITATION.test(line) || !TITLE_LIKE(line)) continue;
    const types = typesNamedIn(line, true);
    if (types.size > 0) return { line: raw, types };
  }
  return undefined;
}

function places(facts: DocumentFacts): Places {
  const title = [facts.title, facts.subject].filter(Boolean).join(' | ');
  const cover = facts.text.slice(0, WEIGHTS.coverChars);
  const notADeliverable = facts.isMessage
    ? /e-mail/
    : firstMatch(NOT_A_DELIVERABLE, `${facts.title ?? ''} ${cover.slice(0, 200)} ${facts.headings.slice(0, 2).join(' ')} ${facts.lines.slice(0, 3).join(' ')}`);
  return {
    firstNamingLine: firstNamingLine(facts.lines),
    listsPackage: typesNamedIn(`${title} | ${cover} | ${facts.headings.slice(0, 3).join(' | ')} | ${facts.sheetNames.join(' | ')}`).size >= 4,
    title,
    cover,
    leadHeadings: facts.headings.slice(0, 3).join(' | '),
    headings: facts.headings.slice(3, 60).join(' | '),
    body: facts.text.slice(WEIGHTS.coverChars),
    cells: facts.rows.slice(0, 40).flatMap((r) => r.slice(0, 60)).filter((c) => c.length > 0 && c.length < 120),
    notADeliverable,
  };
}

function scoreOne(sig: Signature, facts: DocumentFacts, at: Places, fileName: string | undefined): Score {
  let score = 0;
  const evidence: string[] = [];
  const named = (where: string, text: string, weight: number): boolean => {
    const full = firstMatch(sig.names, text);
    if (full) {
      score += weight;
      evidence.push(`${where} names it: ${quote(text.match(full)?.[0] ?? '')}`);
      return true;
    }
    const short = firstMatch(sig.abbreviations, text);
    if (short) {
      score += weight * WEIGHTS.abbreviationFactor;
      evidence.push(`${where} uses the abbreviation ${quote(text.match(short)?.[0] ?? '')}`);
      return true;
    }
    return false;
  };

  // A document that lists many deliverables on its cover is about the package: its names of
  // individual deliverables count as mentions, not as titles.
  const damp = at.listsPackage ? 0.25 : 1;
  if (!at.notADeliverable) {
    if (at.title) named('title', at.title, WEIGHTS.title * damp);
    if (at.cover) named('cover page', at.cover, WEIGHTS.cover * damp);
    if (at.leadHeadings) named('leading heading', at.leadHeadings, WEIGHTS.leadHeading * damp);
    if (at.headings) named('a heading', at.headings, WEIGHTS.heading);
    if (at.firstNamingLine?.types.has(sig.type) && at.firstNamingLine.types.size <= 2) {
      score += WEIGHTS.titleLine * damp;
      evidence.push(`its first title-like line names it: ${quote(at.firstNamingLine.line)}`);
    }
  }
  if (at.listsPackage && !at.notADeliverable && sig.type === 'AUTHORIZATION_CHECKLIST') {
    score += WEIGHTS.titleLine;
    evidence.push('its cover lists the deliverables of a package');
  }
  if (at.body) {
    const mentions = countMatches(sig.names, at.body, WEIGHTS.bodyNameMax / WEIGHTS.bodyNameEach);
    if (mentions > 0) {
      score += mentions * WEIGHTS.bodyNameEach;
      evidence.push(`body mentions its name ${mentions}×`);
    }
  }
  if (sig.phrases) {
    const hits = sig.phrases.filter((p) => p.test(facts.text));
    if (hits.length > 0) {
      score += Math.min(WEIGHTS.phraseMax, hits.length * WEIGHTS.phraseEach);
      evidence.push(`${hits.length} typical phrase(s)`);
    }
  }
  if (sig.sheets && facts.sheetNames.length > 0) {
    const sheets = facts.sheetNames.filter((s) => firstMatch(sig.sheets, s));
    if (sheets.length > 0) {
      score += Math.min(WEIGHTS.sheetMax, sheets.length * WEIGHTS.sheetEach);
      evidence.push(`sheet(s) ${sheets.slice(0, 3).map((s) => quote(s)).join(', ')}`);
    }
  }
  if (sig.headers && at.cells.length > 0) {
    const hits = sig.headers.filter((h) => at.cells.some((c) => h.test(c)));
    if (hits.length >= WEIGHTS.headerMin) {
      score += Math.min(WEIGHTS.headerMax, hits.length * WEIGHTS.headerEach);
      const shown = at.cells.filter((c) => hits.some((h) => h.test(c))).slice(0, 4);
      evidence.push(`${hits.length} template column(s) e.g. ${shown.map((c) => quote(c, 40)).join(', ')}`);
    }
  }
  if (sig.letterAct && !at.notADeliverable && isLetter(facts.text)) {
    const act = facts.text.match(sig.letterAct);
    if (act) {
      score += WEIGHTS.title;
      evidence.push(`a letter whose operative sentence says so: ${quote(act[0])}`);
    }
  }
  if (sig.layout === 'role-matrix' && isRoleMatrix(facts.rows)) {
    score += WEIGHTS.layout;
    evidence.push('a role × duty matrix (role rows marked against duty columns)');
  }
  if (score > 0 && sig.formats?.includes(facts.format)) score += WEIGHTS.formatBonus;
  if (score > 0 && fileName && firstMatch(sig.fileHints, fileName)) {
    score += WEIGHTS.fileHint;
    evidence.push(`file name ${quote(fileName)} agrees (weak hint)`);
  }
  return { type: sig.type, score, evidence };
}

/** Scores every deliverable signature against a document's facts, best first. */
export function scoreDocument(facts: DocumentFacts, fileName?: string): Score[] {
  const at = places(facts);
  const scores = SIGNATURES.map((sig) => scoreOne(sig, facts, at, fileName)).sort((a, b) => b.score - a.score);
  if (at.notADeliverable && scores[0]) {
    scores[0].evidence.push(`title or cover says it is not a deliverable: ${quote(facts.title?.match(at.notADeliverable)?.[0] ?? at.notADeliverable.source)}`);
  }
  return scores;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * Turns scores into a decision: the best type when it clears the threshold, with a confidence that
 * grows with its score and with its margin over the runner-up; otherwise UNKNOWN.
 */
export function decide(scores: readonly Score[]): { type: DeliverableType; confidence: number; evidence: string[] } {
  const best = scores[0];
  const second = scores[1]?.score ?? 0;
  if (!best || best.score < WEIGHTS.threshold) {
    const top = best && best.score > 0 ? [`closest: ${best.type} with score ${best.score.toFixed(1)} (threshold ${WEIGHTS.threshold})`] : ['no deliverable signature matched'];
    return { type: 'UNKNOWN', confidence: round(1 - sigmoid(((best?.score ?? 0) - WEIGHTS.threshold) / 3)), evidence: top };
  }
  const margin = (best.score - second) / best.score;
  const confidence = sigmoid((best.score - WEIGHTS.threshold) / 4 + 1) * (0.55 + 0.45 * margin);
  const evidence = [...best.evidence];
  if (scores[1] && second > 0) evidence.push(`runner-up ${scores[1].type} scored ${second.toFixed(1)} against ${best.score.toFixed(1)}`);
  return { type: best.type, confidence: round(confidence), evidence };
}

const round = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
