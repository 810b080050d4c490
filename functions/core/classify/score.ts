import type { DeliverableType } from '../domain/deliverables.js';
import type { DocumentFacts } from './types.js';
import { SECTION_NUMBER } from './extract/text-facts.js';
import { isLetter, isRoleMatrix, notADeliverableTable, SALUTATION } from './layouts.js';
import { ABOUT_DELIVERABLES, citesFedRAMP, frameworkCitations, NOT_A_DELIVERABLE, OTHER_FRAMEWORK, SIGNATURES, TRANSMITS, TRANSMITTED, type Signature } from './signatures.js';

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
  /** Names in a document about the package count this much of a title. */
  aboutDamp: 0.25,
  /** …and this much when its title or operative sentence says it accompanies or reviews them. */
  aboutSaidDamp: 0.1,
  /** …and its typical phrases and body mentions this much. */
  aboutContentDamp: 0.5,
  formatBonus: 1,
  fileHint: 1,
  /** A best score below this is UNKNOWN. */
  threshold: 8,
  /** Two types above the threshold closer than this are a tie: UNKNOWN. */
  tie: 2,
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

/** The same pattern with the global flag, for matchAll and counting. */
const globalOf = (p: RegExp): RegExp => (p.flags.includes('g') ? p : new RegExp(p.source, `${p.flags}g`));

function countMatches(patterns: readonly RegExp[], text: string, max: number): number {
  let n = 0;
  for (const p of patterns) {
    n += text.match(globalOf(p))?.length ?? 0;
    if (n >= max) return max;
  }
  return n;
}

/** Where a document names itself: metadata title, cover, leading headings, other headings. */
interface Places {
  /** The first short standalone line that names any deliverable, and which types it names. */
  firstNamingLine: { line: string; types: Set<DeliverableType> } | undefined;
  /** The first naming line when the document has a title of its own that names nothing: a section heading. */
  sectionNamingLine: { line: string; types: Set<DeliverableType> } | undefined;
  /** Types named where the document names itself: metadata title, first title-like line, page headers. */
  selfNamed: Set<DeliverableType>;
  /** The document names itself as one deliverable (or two, "SSP Attachment 9 – CMP"). */
  namesItself: boolean;
  /** Types it names itself by full name (an abbreviation in a title, "Getting to an ATO", is weaker). */
  selfNamedInFull: Set<DeliverableType>;
  /** Why the document is *about* deliverables rather than one of them, if it is. */
  about: { kind: 'lists' | 'title' | 'transmits'; reason: string } | undefined;
  /** Marks of a checklist: the word, or check boxes. */
  checklistMarks: boolean;
  /** It has a title of its own (metadata, or markdown's first heading) that names no deliverable. */
  ownTitleNamesNothing: boolean;
  /** Types whose letter act (the operative sentence of a letter or memo) the document performs. */
  letterActs: Map<DeliverableType, string>;
  /** Decisions the letter refuses ("I am not granting an Authority to Operate"). */
  letterRefusals: Map<DeliverableType, string>;
  /** Workbook or CSV: its cells are data; only lone title cells, preamble lines and sheet names name it. */
  tabular: boolean;
  /** A data file (JSON, YAML that is not OSCAL): its string values are data, never a cover or a title. */
  data: boolean;
  title: string;
  cover: string;
  leadHeadings: string;
  headings: string;
  pageHeaders: string;
  body: string;
  /** The rows of a prose document's first tables (a workbook's cells as one): where a template's header row would be. */
  headerRows: string[][];
  notADeliverable: string | undefined;
  /** Its table layout says it is no deliverable (a ticket export, a review comment matrix). */
  notADeliverableByLayout: boolean;
  /** Written for another framework (a CMMC POA&M): its sheets and columns do not make it FedRAMP's. */
  forOtherFramework: boolean;
  /** A letter or memorandum (salutation, memo header, signature block). */
  letter: boolean;
}

/** Types whose full names (and, with `abbreviations`, abbreviations) appear in a text. */
function typesNamedIn(text: string, abbreviations = false): Set<DeliverableType> {
  return new Set(
    SIGNATURES.filter((sig) => sig.names.some((n) => n.test(text)) || (abbreviations && sig.abbreviations?.some((a) => a.test(text)))).map((sig) => sig.type),
  );
}

/** A sentence ends here: a lower-case word and a full stop ("…Change Policies and Procedures."), not "Inc.". */
const SENTENCE_END = /(?<!\b(?:inc|ltd|corp|co|llc|jr|sr|no|vol|rev|ver))(?<=[a-z]{2})\.$/i;

/** A line that stands alone as a title: capitalised, a few words, not a sentence running on. */
const TITLE_LIKE = (line: string): boolean =>
  /^[A-Z0-9"“'([]/.test(line) &&
  line.split(/\s+/).length <= 16 &&
  !/[,;:]$|\b(?:and|or|the|of|to|for|with|in|a|an)$/i.test(line) &&
  !SENTENCE_END.test(line) &&
  // A comma running on into more words is a sentence, not a title ("…Procedures, Nimbus requests…").
  !/,\s+(?!(?:inc|llc|ltd|corp|l\.?p)\b)[A-Za-z]/i.test(line) &&
  // So is a clause ("Halberd recommends that the AO grant an Authority to Operate"), a question
  // ("Is the system operating at Digital Identity Level 3…?") and a line that runs on past a full stop
  // ("1. Evidence index. Building the evidence index…").
  !/\s(?:that|which|whether)\s/i.test(line) &&
  !/\?\s*$|^(?:is|are|does|do|did|has|have|can|could|will|would|should|was|were|who|what|when|where|why|how)\s/i.test(line) &&
  !/\b(?!(?:Inc|Ltd|Corp|Co|Dept|Mr|Mrs|Ms|Dr|St|No|Vol|Rev|Ver)\.)[A-Za-z][a-z]{2,}\.\s+[A-Z][a-z]/.test(line) &&
  // A title is mostly capitalised words; five lower-case words besides connectors are a sentence
  // ("1. The SSP still carried Rev 4 attachment numbers while the SAP referenced").
  line.split(/\s+/).filter((w) => /^[a-z][a-z'’-]*[,;]?$/.test(w) && !/^(?:and|or|the|of|to|for|with|in|on|at|by|a|an|from|v|vs)$/.test(w)).length < 5;

/** A title broken over two lines: the first ends on a connecting word or a dash. */
const RUNS_ON = /(?:\b(?:and|or|the|of|to|for|with|in|a|an|on)|\s[-–—&:])\s*$/i;

/** A wrapped line of a paragraph: the line before it is long and does not end a sentence. */
const WRAPPED_AFTER = (previous: string | undefined): boolean => previous !== undefined && previous.length >= 60 && !/[.:;!?)\]]$/.test(previous);

/** Lines that cite other documents rather than name this one. */
const CITATION =
  /^(?:appendix|attachment|annex|exhibit|table|figure|see|section|ref(?:erence)?s?|cc|enclosures?)\b|^\d+(?:\.\d+)*[.)]?\s+(?:appendix|attachment)|\b(?:appendix|attachment|annex|exhibit|enclosure)\s+[\w.-]+\s+(?:to|of)\s+(?:the|our|its)\b/i;

/** The heading of a revision history table ("Revision History", "Record of Changes", "Version History"). */
const REVISION_HISTORY = /\b(?:document\s+)?(?:revision|version|change|amendment)\s+(?:history|log|record)\b|\brecord of (?:changes|revisions)\b/i;

/** The head of a cover form or transmittal page stapled before the document it delivers. */
const WRAPPER_HEAD =
  /^(?:contract data requirements list|dd form 1423|(?:contractor|document|data|deliverable)\s+transmittal|transmittal\s+(?:sheet|form|page|notice|slip)|letter of transmittal|fax cover(?:\s+sheet)?|routing slip)\b/i;
/** More text than a cover page holds: a document stands behind it. */
const WRAPPED_MIN_CHARS = 4000;

/** A letter's subject line ("Subject: …", "Re: …") is its title. */
const SUBJECT_LINE = /^(?:subject|re|regarding)\s*:\s*/i;
const subjectLineOf = (facts: DocumentFacts): string | undefined => facts.lines.slice(0, 20).find((l) => SUBJECT_LINE.test(l));

/** A metadata title a person wrote: a few words, not a file name or a program's placeholder. */
const MEANINGFUL_TITLE = (title: string): boolean =>
  title.split(/\s+/).length >= 3 &&
  !/\.(?:docx?|xlsx?|pdf|txt|tex|md)\b|^(?:microsoft (?:word|excel)|untitled|document\s*\d*|doc\d+|title|draft|final|copy of)\b/i.test(title) &&
  // A code of numbers and acronyms ("DD1423 CDRL A004") is a document number, not a title.
  title.split(/[\s_-]+/).some((w) => /^[A-Za-z]{3,}$/.test(w) && !/^[A-Z]{2,5}$/.test(w));

const CHECKLIST_WORD = /\bchecklist\b/i;

/** A document number of three or more coded parts ("GRP-ISMS-0115", "TSC_CMP_002"). */
const DOCUMENT_NUMBER = /\b[A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+){2,}\b/g;

/** Check boxes of a checklist: ☐ ☒ ☑ ✓ ✔ [X] [ ]. */
const CHECK_BOX = /[☐☒☑✓✔]|\[\s*[xX ]?\s*\]/g;

/**
 * "SSP Attachment 10", "System Security Plan Appendix B": an attachment of the SSP, which is its own
 * deliverable, named by the plan it belongs to. The SSP named so is not the document.
 */
const SSP_PART = /\b(?:SSP|System Security Plan)\s+(?:Attachment|Appendix|Annex|Exhibit)\s*[A-Z0-9]{1,3}\b/gi;

/**
 * Documents name themselves before they name others: the first title-like line (short, standalone,
 * not a citation of an appendix or attachment, not the wrapped end of a sentence) that names any
 * deliverable is likely the title, even after a page of generic front matter. A title broken over two
 * lines is read whole.
 */
function firstNamingLine(lines: readonly string[], wraps: boolean): Places['firstNamingLine'] {
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (wraps && WRAPPED_AFTER(lines[i - 1])) continue;
    const next = lines[i + 1];
    // A title set in large type often breaks over two short lines ("Acme Secure Records Security" /
    // "Assessment Report"): when the line alone names nothing, the two are read together.
    const broken = next !== undefined && (RUNS_ON.test(raw) || (raw.length <= 60 && next.length <= 60 && !/[.!?:;,]$/.test(raw) && TITLE_LIKE(next)));
    const candidates = broken ? [raw, `${raw} ${next}`] : [raw];
    for (const candidate of candidates) {
      const line = candidate.replace(SUBJECT_LINE, '');
      if (CITATION.test(line) || SECTION_NUMBER.test(line) || !TITLE_LIKE(line)) continue;
      const types = typesNamedIn(line.replace(SSP_PART, '…'), true);
      if (types.size > 0) return { line: candidate, types };
    }
  }
  return undefined;
}

/** A date in May ("May 12, 2025", "12 May 2025"): the month, not the modal verb. */
const MAY_DATE = /\b(?:May\s+\d{1,4}|\d{1,2}\s+May)\b/g;

/** A list item's marker: "(b)", "b)", "ii.", a bullet. */
const LIST_ITEM = /^\s*(?:\(?[a-z0-9]{1,4}\)|[•▪◦–-])\s/i;

/**
 * The clause of an act: what precedes it in its sentence, back to a comma before "but" or "however".
 * An item of a list ("Agencies shall: (a) …; (b) issue an ATO") is governed by the words that
 * introduce the list: its clause runs back to the sentence's start.
 */
function clauseOf(before: string, act: string): string {
  let clause = before.split(/[.;:!?]\s|,\s(?:but|however|although|though)\b/).pop() ?? '';
  if (LIST_ITEM.test(clause)) clause = before.split(/[.!?]\s/).pop() ?? clause;
  return `${clause.replace(MAY_DATE, 'a date').trimEnd()} ${act}`.trim();
}

/** A negation in the clause before an act, or inside it: "This letter does not constitute an ATO". */
const NEGATED = /\b(?:not|never|no|nor|neither|without)\b|n[’']t\b/i;
/** A decision announced rather than made: "intends to grant", "will issue … upon completion". */
const ANNOUNCED = /\b(?:will|shall|would|may|might|intends?|intention|plans?|expects?|anticipates?|prepared|upon|once|if|when|after|until|before|pending|future|recommends?|recommended|recommendation|recommending|suggests?|proposes?|should)\b/i;

/** Each occurrence of a letter's act with its clause, in order. */
function* actClauses(text: string, act: RegExp): Generator<{ act: string; clause: string }> {
  for (const m of text.matchAll(globalOf(act))) yield { act: m[0], clause: clauseOf(text.slice(Math.max(0, m.index - 120), m.index), m[0]) };
}

/**
 * The first occurrence of a letter's act that the letter really performs: not negated in its clause
 * ("does not constitute an authority to operate"), and for a decision neither merely announced ("the
 * agency intends to grant an ATO upon …") nor refused ("declines to grant").
 */
function operativeAct(text: string, act: RegExp, decides: boolean, refusal?: RegExp): string | undefined {
  for (const { act: found, clause } of actClauses(text, act)) {
    if (NEGATED.test(clause)) continue;
    if (decides && (ANNOUNCED.test(clause) || refusal?.test(clause))) continue;
    return found;
  }
  return undefined;
}

/**
 * The first refusal a document states, not one it only warns of ("failure to meet these conditions may
 * result in revocation of this Authority to Operate", "unless revoked earlier").
 */
function statedRefusal(text: string, refusal: RegExp): string | undefined {
  for (const { act, clause } of actClauses(text, refusal)) if (!ANNOUNCED.test(clause) && !/\b(?:unless|could|result(?:s|ing)? in)\b/i.test(clause)) return act;
  return undefined;
}

/** The first clause that states an act negated ("I am not granting an Authority to Operate"). */
function negatedAct(text: string, act: RegExp): string | undefined {
  for (const { clause } of actClauses(text, act)) if (NEGATED.test(clause)) return clause;
  return undefined;
}

/** The sentences near the start of a letter that transmit deliverables ("please find attached…"). */
/** A sentence whose subject is the document itself, or that says it is submitted as a part of the package. */
const SELF_REFERENCE = /\b(?:this|the present) (?:plan|document|report|policy|procedure|guide|worksheet|assessment|analysis|matrix|workbook|appendix|attachment)\b|\b(?:is|are) (?:being )?submitted as\b/i;

function transmittalSentence(text: string): string | undefined {
  for (const sentence of text.slice(0, 2500).split(/(?<=[.!?])\s+/)) {
    // A sentence about the document itself ("This plan … is submitted as SSP Attachment 15") does not transmit others.
    if (SELF_REFERENCE.test(sentence)) continue;
    if (TRANSMITS.test(sentence) && (TRANSMITTED.test(sentence) || typesNamedIn(sentence, true).size > 0)) return sentence;
  }
  return undefined;
}

/** Sentence boundaries of flattened cover text (a title and the paragraph under it run together). */
const SENTENCE_BREAK = /(?<=[.!?;:|])\s+|\s+[|•·—–]\s+/g;
/** A word of running prose: lower case, not a number. */
const PROSE_WORD = /^[a-z][a-z'’-]*[,;]?$/;
/** Words that carry a title on ("System Security Plan for Acme", "Plan of Action"). */
const TITLE_CONNECTOR = /^(?:for|of|and|or|to|the|in|on|at|by|with|from|v|ver|version|rev)$/;

/**
 * Where a cover mentions deliverables in running prose: a name preceded, in its sentence, by a
 * lower-case word, with prose around it — three lower-case words among the six before it ("Based on
 * the information types identified in the FIPS 199 worksheet, …"), or fewer and a lower-case word
 * other than a connector after it ("the security categorization follows SP 800-60"). A title ("Acme
 * Cloud System Security Plan"), or a sentence that opens with the name ("System Security Plan for
 * Acme"), is not one.
 * Returns the spans (start, end) in the cover, merged and in order.
 */
function proseMentionSpans(cover: string): [number, number][] {
  const starts = [0, ...[...cover.matchAll(SENTENCE_BREAK)].map((m) => m.index + m[0].length)];
  const spans: [number, number][] = [];
  for (const sig of SIGNATURES) {
    for (const name of sig.names) {
      for (const m of cover.matchAll(globalOf(name))) {
        const sentenceStart = starts.filter((at) => at <= m.index).pop() ?? 0;
        // Brackets and quotes around words are not words ("its security documentation (system
        // security plan, …)").
        const before = cover
          .slice(sentenceStart, m.index)
          .trim()
          .split(/\s+/)
          .map((w) => w.replace(/^[("'“‘[]+|[)"'”’\]]+$/g, ''))
          .filter(Boolean)
          .slice(-6);
        const last = before[before.length - 1];
        const next = cover.slice(m.index + m[0].length).trim().split(/\s+/, 1)[0] ?? '';
        // Prose around it: lower-case words before it, and a verb or other lower-case word (not "for",
        // "of", "and" that carry a title on) after it.
        const proseAround = before.filter((w) => PROSE_WORD.test(w)).length + (PROSE_WORD.test(next) && !TITLE_CONNECTOR.test(next) ? 2 : 0);
        // A name in a list of deliverables that a sentence runs through ("the System Security Plan,
        // POA&M and inventory are generated") is one of several mentioned, not a title.
        const sentenceEnd = starts.find((at) => at > m.index) ?? cover.length;
        const listed = () => typesNamedIn(cover.slice(sentenceStart, sentenceEnd), true).size >= 2;
        if (last !== undefined && PROSE_WORD.test(last) && (proseAround >= 3 || listed())) spans.push([m.index, m.index + m[0].length]);
      }
    }
  }
  spans.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const top = merged[merged.length - 1];
    if (top && span[0] <= top[1]) top[1] = Math.max(top[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/** A cover split into what it says of itself and the names it mentions in running prose. */
function splitCover(cover: string): { cover: string; mentions: string } {
  const spans = proseMentionSpans(cover);
  let kept = '';
  let at = 0;
  for (const [from, to] of spans) {
    kept += `${cover.slice(at, from)}…`;
    at = to;
  }
  return { cover: kept + cover.slice(at), mentions: spans.map(([from, to]) => cover.slice(from, to)).join(' | ') };
}

function places(facts: DocumentFacts): Places {
  const tabular = facts.format === 'xlsx' || facts.format === 'csv';
  const data = facts.format === 'json' || facts.format === 'yaml';
  const title = [facts.title, facts.subject].filter(Boolean).join(' | ').replace(SSP_PART, '…');
  // In a workbook the first cells are column headers and data ("ATO Letter Date", "SSP Received"):
  // only lone title cells and preamble lines stand where a cover would. A data file has no cover.
  // On a prose cover, a name inside a running sentence ("identified in the FIPS 199 worksheet") is
  // a mention of another document, not this one's title: it is cut out of the cover.
  // A cover form or transmittal page stapled before a document (a CDRL form, a contractor transmittal):
  // with a document behind it, the file is that document, whose cover starts at its first naming
  // line; alone, it is contract paperwork.
  const wrapperHead = tabular || data ? undefined : facts.lines.slice(0, 3).find((l) => WRAPPER_HEAD.test(l));
  const wrapped = wrapperHead !== undefined && facts.text.length >= WRAPPED_MIN_CHARS;
  // PDF and plain-text lines may be a paragraph's wrapped lines.
  const wraps = facts.format === 'pdf' || facts.format === 'text';
  const wrappedTitle = wrapped ? firstNamingLine(facts.lines.slice(1), wraps) : undefined;
  const wrappedAt = wrappedTitle ? facts.text.indexOf(wrappedTitle.line) : -1;
  const coverText = wrappedAt > 0 ? facts.text.slice(wrappedAt) : (facts.cover ?? facts.text);
  // A numbered section heading on the first page ("3 Contingency Plan Exercise") names a part of the
  // document, not the document: it is cut out of the cover as a mention is.
  const sections = facts.lines.filter((l) => SECTION_NUMBER.test(l) && typesNamedIn(l).size > 0);
  const coverRead = sections.reduce((c, l) => c.replace(l, '…'), coverText.slice(0, WEIGHTS.coverChars)).replace(SSP_PART, '…');
  const prose = tabular || data ? { cover: '', mentions: '' } : splitCover(coverRead);
  const cover = tabular ? facts.lines.slice(0, 8).join(' | ') : prose.cover;
  const coverMentions = prose.mentions;
  const pageHeaders = facts.pageHeaders.join(' | ');
  const byLayout = tabular ? notADeliverableTable(facts.rows) : undefined;
  // A revision history on the cover ends what the cover says of the document: its change descriptions
  // ("Updated after the agency's review comments", "Lessons learned from the exercise") say nothing
  // of what it is.
  const revisions = cover.slice(0, 200).search(REVISION_HISTORY);
  const opening = cover.slice(0, revisions >= 0 ? revisions : 200);
  // A letter's subject line is its title.
  const subjectLine = subjectLineOf(facts);
  const notAMatch = firstMatch(
    NOT_A_DELIVERABLE,
    `${facts.title ?? ''} ${opening} ${facts.headings.slice(0, 2).join(' ')} ${facts.lines.slice(0, 3).join(' ')} ${pageHeaders} ${subjectLine ?? ''}`,
  );
  // Written for another framework (an ISO/IEC 27001 ISMS policy) and never citing FedRAMP, NIST or
  // an SP 800-53 control in all the text read: a look-alike, whatever it is titled.
  const framework = data
    ? null
    : `${facts.title ?? ''} | ${pageHeaders} | ${facts.headings.slice(0, 3).join(' | ')} | ${facts.sheetNames.join(' | ')} | ${tabular ? facts.lines.slice(0, 8).join(' | ') : facts.text.slice(0, 1500)}`.match(OTHER_FRAMEWORK);
  // Or one whose own title names another framework and not FedRAMP's ("CaseFlow Payments - PCI DSS
  // v4.0.1 Shared Responsibility Matrix"), whatever its body says of FedRAMP ("not part of the
  // FedRAMP-authorized offering").
  // A file name or a document number is no title, and a framework's acronym inside a document number
  // ("GRP-ISMS-0115") names the register it is filed in, not what the document is written for.
  const ownTitleLine = `${facts.title && MEANINGFUL_TITLE(facts.title) ? facts.title : ''} | ${facts.lines[0] ?? ''} | ${facts.sheetNames.join(' | ')}`.replace(DOCUMENT_NUMBER, ' ');
  const titledFramework = data || citesFedRAMP(ownTitleLine) ? null : ownTitleLine.match(OTHER_FRAMEWORK);
  // Or one that names the other framework far more often than it cites FedRAMP's frame.
  const citations = framework ? frameworkCitations(facts.text) : undefined;
  const outnumbered = citations !== undefined && citations.other >= 4 && citations.other >= 3 * citations.fedramp;
  const otherFramework = titledFramework
    ? { name: titledFramework[0], why: 'its own title names it, not FedRAMP' }
    : framework && !citesFedRAMP(facts.text) && !citesFedRAMP(facts.title ?? '')
      ? { name: framework[0], why: 'it cites neither FedRAMP, NIST nor an SP 800-53 control' }
      : framework && outnumbered
        ? { name: framework[0], why: `it names other frameworks ${citations.other}× and cites FedRAMP's frame ${citations.fedramp}×` }
        : undefined;
  const notADeliverable = facts.message
    ? facts.message === 'chat'
      ? 'a chat transcript'
      : 'an e-mail message'
    : otherFramework
      ? `it is written for ${quote(otherFramework.name)}: ${otherFramework.why}`
    : (byLayout ??
      (wrapperHead && !wrapped
        ? `a cover form or transmittal page (${quote(wrapperHead)}) with no document behind it`
        : undefined) ??
      (notAMatch
        ? `its title or cover says ${quote(`${facts.title ?? ''} ${cover} ${facts.headings.join(' ')} ${facts.lines.join(' ')} ${pageHeaders}`.match(notAMatch)?.[0] ?? notAMatch.source)}`
        : undefined));

  const found = firstNamingLine(facts.lines, wraps);
  // A document with a title of its own that names no deliverable ("Getting to an ATO: What Program
  // Offices Need to Know") names deliverables only in its sections: its first naming line is a
  // section heading, not its title.
  // Likewise when its title names one deliverable and that line another ("Getting to an ATO" over
  // "The System Security Plan"): the line is a section of it.
  // A running page header that names one deliverable in full is the document's title too (a PDF
  // printed from Word carries "Acme Cloud System Security Plan" on every page, not in its metadata).
  const headerTitle = facts.pageHeaders.find((h) => typesNamedIn(h).size === 1);
  const ownTitle = facts.title && MEANINGFUL_TITLE(facts.title) ? facts.title : headerTitle;
  const ownTitleTypes = ownTitle ? typesNamedIn(ownTitle, true) : new Set<DeliverableType>();
  const sectionLine = found !== undefined && ownTitle !== undefined && !ownTitle.toLowerCase().includes(found.line.toLowerCase()) && ![...found.types].some((t) => ownTitleTypes.has(t));
  const naming = sectionLine ? undefined : found;
  // A title of its own that names no deliverable and is no template's placeholder ("ConMon
  // deliverable calendar — 2026"): the document is something else that talks about deliverables.
  const ownTitleNamesNothing = ownTitle !== undefined && ownTitleTypes.size === 0 && !/\btemplate\b/i.test(ownTitle) && !CHECKLIST_WORD.test(ownTitle);
  const sectionNaming = found && !naming ? found : undefined;
  const selfNamed = new Set<DeliverableType>([
    ...typesNamedIn(facts.title ?? '', true),
    ...(naming?.types ?? []),
    ...typesNamedIn(pageHeaders, true),
    ...(subjectLine ? typesNamedIn(subjectLine.replace(SUBJECT_LINE, ''), true) : []),
  ]);
  const namesItself = selfNamed.size >= 1 && selfNamed.size <= 2;
  const selfNamedInFull = new Set([...typesNamedIn(facts.title ?? ''), ...(naming ? typesNamedIn(naming.line) : []), ...typesNamedIn(pageHeaders)]);
  const namesItselfInFull = selfNamedInFull.size > 0;

  const letter = isLetter(facts.text, facts.lines, facts.title ?? '');
  const letterActs = new Map<DeliverableType, string>();
  const letterRefusals = new Map<DeliverableType, string>();
  if (!notADeliverable) {
    for (const sig of SIGNATURES) {
      if (!sig.letterAct) continue;
      const act = operativeAct(facts.text, sig.letterAct, sig.letterActDecides === true, sig.letterRefusal);
      if (act && letter) letterActs.set(sig.type, act);
      // A refusal stands in any document that makes no act (a decision memo, a form): it is not the decision.
      const refused = sig.letterRefusal ? statedRefusal(facts.text, sig.letterRefusal) : undefined;
      const refusal = !act && sig.letterActDecides ? (refused ?? negatedAct(facts.text, sig.letterAct)) : undefined;
      if (refusal) letterRefusals.set(sig.type, refusal);
    }
  }

  const prominent = `${title} | ${cover} | ${facts.headings.slice(0, 3).join(' | ')} | ${pageHeaders} | ${facts.sheetNames.join(' | ')}`;
  const spreadFull = typesNamedIn(prominent.replace(pageHeaders, ''));
  const spread = typesNamedIn(prominent, true);
  let about: Places['about'];
  if (!notADeliverable) {
    // A cover page stapled before a document says nothing of what the document is.
    const aboutTitle = wrapped ? undefined : firstMatch(ABOUT_DELIVERABLES, `${facts.title ?? ''} | ${facts.lines.slice(0, 4).join(' | ')} | ${opening} | ${subjectLine ?? ''}`);
    const transmits = letter && !wrapped ? transmittalSentence(facts.text) : undefined;
    // A document its own title names as one deliverable in full is that deliverable, whatever its
    // body says of files uploaded: a transmittal is titled by what it does ("Transmittal of …").
    const titledAsOne = ownTitle !== undefined && typesNamedIn(ownTitle).size === 1;
    // Four or more deliverables named up front, or three with no title of its own naming one: a list.
    if (spreadFull.size >= 4 || (spread.size >= 4 && !namesItselfInFull) || (spread.size >= 3 && !namesItself)) {
      about = { kind: 'lists', reason: `its title and cover name ${spread.size} different deliverables (${[...spread].slice(0, 5).join(', ')}), none of them as its own title: it is about the package` };
    } else if (letterActs.size === 0 && aboutTitle) {
      about = { kind: 'title', reason: `its title says it accompanies or tracks deliverables: ${quote(prominent.match(aboutTitle)?.[0] ?? aboutTitle.source)}` };
    } else if (letterActs.size === 0 && transmits && !titledAsOne) {
      about = { kind: 'transmits', reason: `a letter or memo that transmits deliverables: ${quote(transmits, 100)}` };
    }
  }
  const firstRows = facts.rows.slice(0, 40).map((r) => r.slice(0, 60));
  const checklistMarks =
    CHECKLIST_WORD.test(`${title} ${cover} ${facts.headings.join(' ')} ${facts.lines.join(' ')} ${pageHeaders} ${facts.sheetNames.join(' ')}`) ||
    (facts.text.match(CHECK_BOX)?.length ?? 0) >= 3;

  return {
    firstNamingLine: naming,
    sectionNamingLine: sectionNaming,
    selfNamed,
    namesItself,
    selfNamedInFull,
    about,
    checklistMarks,
    ownTitleNamesNothing,
    letterActs,
    letterRefusals,
    tabular,
    data,
    title,
    cover,
    leadHeadings: facts.headings.slice(0, 3).join(' | '),
    headings: facts.headings.slice(3, 60).join(' | '),
    pageHeaders,
    // The names a prose cover mentions count as body mentions — unless the document says it is no
    // deliverable (minutes, a proposal), whose cover is not weighed at all.
    body: tabular || data ? facts.text : `${notADeliverable ? '' : coverMentions} ${facts.text.slice(WEIGHTS.coverChars)}`.trim(),
    // In a prose document's tables (revision histories, approvals, a table of the template's), a
    // template's columns head one row; a workbook's may spread over its sheets. A PDF has no table
    // rows: a table printed to PDF (a workbook, a form) gives its cells as lines.
    headerRows: (facts.format === 'pdf' && facts.rows.length === 0 ? [facts.lines.slice(0, 80)] : tabular ? [firstRows.flat()] : firstRows).map((r) =>
      r.filter((c) => c.length > 0 && c.length < 120),
    ),
    notADeliverable,
    notADeliverableByLayout: byLayout !== undefined,
    forOtherFramework: otherFramework !== undefined,
    letter,
  };
}

/** The template columns one header row carries: the row that carries most. */
function templateColumns(headers: readonly RegExp[], rows: readonly (readonly string[])[]): RegExp[] {
  let best: RegExp[] = [];
  for (const row of rows) {
    const hits = headers.filter((h) => row.some((c) => h.test(c)));
    if (hits.length > best.length) best = hits;
  }
  return best;
}

function scoreOne(sig: Signature, facts: DocumentFacts, at: Places, fileName: string | undefined): Score {
  let score = 0;
  /** Evidence that the document is laid out or titled as this deliverable, not merely talks like it. */
  let structural = false;
  /** …of which its metadata title says so (set aside while the rest is weighed). */
  let byTitle = false;
  const evidence: string[] = [];
  const named = (where: string, text: string, weight: number): boolean => {
    const full = firstMatch(sig.names, text);
    if (full) {
      score += weight;
      structural = true;
      evidence.push(`${where} names it: ${quote(text.match(full)?.[0] ?? '')}`);
      return true;
    }
    const short = firstMatch(sig.abbreviations, text);
    if (short) {
      score += weight * WEIGHTS.abbreviationFactor;
      structural = true;
      evidence.push(`${where} uses the abbreviation ${quote(text.match(short)?.[0] ?? '')}`);
      return true;
    }
    return false;
  };

  // A document about the package (it lists many deliverables, transmits them, or says so in its
  // title): its names of individual deliverables count as mentions, not as titles — unless it is a
  // deliverable that legitimately lists others and names itself as that one.
  // So is the package checklist that names itself, with its check boxes, even when it carries the
  // CSP's submission statement ("the deliverables below are submitted…").
  const exempt =
    (at.about?.kind === 'lists' && sig.listsOthers === true && at.namesItself && at.selfNamedInFull.has(sig.type)) ||
    (at.about?.kind === 'transmits' && sig.layout === 'checked-list' && at.checklistMarks && at.selfNamedInFull.has(sig.type));
  // A title or an operative sentence that says so is plainer than a list of names.
  const damp = at.about && !exempt ? (at.about.kind === 'lists' ? WEIGHTS.aboutDamp : WEIGHTS.aboutSaidDamp) : 1;
  const contentDamp = at.about && !exempt ? WEIGHTS.aboutContentDamp : 1;

  const phraseHits = sig.phrases?.filter((p) => p.test(facts.text)) ?? [];
  const mentions = at.body ? countMatches(sig.names, at.body, WEIGHTS.bodyNameMax / WEIGHTS.bodyNameEach) : 0;

  if (!at.notADeliverable) {
    if (at.title) named('title', at.title, WEIGHTS.title * damp);
    byTitle = structural;
    structural = false;
    if (at.cover) named(at.tabular ? 'a title cell' : 'cover page', at.cover, WEIGHTS.cover * damp);
    if (at.leadHeadings) named('leading heading', at.leadHeadings, WEIGHTS.leadHeading * damp);
    if (at.headings) named('a heading', at.headings, WEIGHTS.heading * damp);
    // A running page header is as good as a title when the body agrees with it.
    if (at.pageHeaders) named('page header', at.pageHeaders, (phraseHits.length > 0 || mentions > 0 ? WEIGHTS.title : WEIGHTS.heading) * damp);
    if (at.firstNamingLine?.types.has(sig.type) && at.firstNamingLine.types.size <= 2) {
      score += WEIGHTS.titleLine * damp;
      structural = true;
      evidence.push(`its first title-like line names it: ${quote(at.firstNamingLine.line)}`);
    }
    if (at.sectionNamingLine?.types.has(sig.type) && at.sectionNamingLine.types.size <= 2) {
      score += WEIGHTS.heading * damp;
      evidence.push(`a line under its own title names it: ${quote(at.sectionNamingLine.line)}`);
    }
  }
  if (at.about?.kind === 'lists' && at.checklistMarks && !at.ownTitleNamesNothing && !at.notADeliverable && sig.layout === 'checked-list') {
    score += WEIGHTS.titleLine;
    structural = true;
    evidence.push('it lists the deliverables of a package, with checklist marks');
  }
  if (mentions > 0) {
    score += mentions * WEIGHTS.bodyNameEach * contentDamp;
    evidence.push(`body mentions its name ${mentions}×`);
  }
  if (phraseHits.length > 0) {
    score += Math.min(WEIGHTS.phraseMax, phraseHits.length * WEIGHTS.phraseEach) * contentDamp;
    evidence.push(`${phraseHits.length} typical phrase(s)`);
  }
  if (sig.sheets && facts.sheetNames.length > 0) {
    const sheets = facts.sheetNames.filter((s) => firstMatch(sig.sheets, s));
    if (sheets.length > 0) {
      score += Math.min(WEIGHTS.sheetMax, sheets.length * WEIGHTS.sheetEach);
      structural = true;
      evidence.push(`sheet(s) ${sheets.slice(0, 3).map((s) => quote(s)).join(', ')}`);
    }
  }
  if (sig.headers && at.headerRows.some((row) => row.length > 0)) {
    const hits = templateColumns(sig.headers, at.headerRows);
    if (hits.length >= WEIGHTS.headerMin) {
      score += Math.min(WEIGHTS.headerMax, hits.length * WEIGHTS.headerEach);
      structural = true;
      const shown = at.headerRows.flat().filter((c) => hits.some((h) => h.test(c))).slice(0, 4);
      evidence.push(`${hits.length} template column(s) e.g. ${shown.map((c) => quote(c, 40)).join(', ')}`);
    }
  }
  const act = at.letterActs.get(sig.type);
  const roleMatrix = sig.layout === 'role-matrix' && isRoleMatrix(facts.rows);
  const laidOut = act !== undefined || roleMatrix || (sig.layout === 'checked-list' && at.checklistMarks);
  if (act) {
    score += WEIGHTS.title;
    structural = true;
    evidence.push(`a letter whose operative sentence says so: ${quote(act)}`);
  }
  if (roleMatrix) {
    score += WEIGHTS.layout;
    structural = true;
    evidence.push('a role × duty matrix (role rows marked against duty columns)');
  }
  // What the document itself shows, beside what its metadata says.
  const shown = structural;
  structural ||= byTitle;
  if (score > 0 && sig.formats?.includes(facts.format)) score += WEIGHTS.formatBonus;
  if (score > 0 && fileName && firstMatch(sig.fileHints, fileName)) {
    score += WEIGHTS.fileHint;
    evidence.push(`file name ${quote(fileName)} agrees (weak hint)`);
  }
  // What keeps a reading below the threshold, whatever it scored; the first that applies is said.
  const refusal = at.letterRefusals.get(sig.type);
  const cap = [
    // A letter that refuses the decision (declines to grant an ATO) is not the decision.
    refusal && `capped: the letter refuses it: ${quote(refusal)}`,
    // A document whose title says it is something else (a statement of work, minutes) is no
    // deliverable by its words alone: only a sheet, template columns or a layout could still say so.
    at.notADeliverable && !structural && 'capped: the document says it is something else',
    // A table laid out as something else (a review comment matrix, a ticket export) stays below the
    // threshold whatever words and columns it shares with a deliverable.
    at.notADeliverableByLayout && 'capped: the document is not a deliverable',
    // An ATO letter is a letter or memo (or says so in its operative sentence): a page that only tells
    // of an ATO granted (a blog post, a status page) is not one.
    sig.letterActDecides && !at.letter && !act && 'capped: an authorization decision is a letter or memo, and this is neither',
    // A document whose title says it tracks or accompanies deliverables (a deliverable tracking log) is
    // not one by template columns it shares with one: only a layout or an operative act says so.
    at.about?.kind === 'title' && !exempt && !laidOut && 'capped: its title says it is about deliverables',
    // A document written for another framework is not FedRAMP's, however it is laid out (a CMMC
    // POA&M in POA&M columns).
    at.forOtherFramework && 'capped: it is written for another framework',
    // Cells that merely mention a deliverable and use its words (a tracker, a log) are data: a workbook
    // is one only by its title, sheets, template columns or layout.
    (at.tabular || at.data) && !structural && `only mentions in its ${at.data ? 'values' : 'cells'}: data about it, not it`,
    // A workbook that only its metadata title names (a license tracker saved over the inventory's
    // file) shows none of the deliverable's sheets, cells naming it, columns or layout: the title is stale.
    // So does a document only its metadata title names whose text neither names it nor uses its words
    // (an E911 compliance summary saved over the laws-and-regulations file).
    byTitle && !shown && mentions === 0 && (at.tabular || phraseHits.length === 0) &&
      `capped: only its metadata title names it; ${at.tabular ? 'none of its sheets, cells or columns do' : 'its text neither names it nor uses its words'}`,
  ].find((reason): reason is string => typeof reason === 'string');
  if (cap && score >= WEIGHTS.threshold) {
    score = WEIGHTS.threshold - 1;
    evidence.push(cap);
  }
  return { type: sig.type, score, evidence };
}

/** Every signature's score against a document's facts, best first, and what holds for the whole document. */
export interface Scoring {
  scores: Score[];
  /** Document-level evidence (not a deliverable, about the package). */
  notes: string[];
}

/** A letter's or memo's subject: a "Subject:" line, or the value beside "Subject" in its header table. */
function memoSubject(facts: DocumentFacts): string | undefined {
  const line = subjectLineOf(facts);
  if (line) return line.replace(SUBJECT_LINE, '');
  return facts.rows.slice(0, 8).find((r) => r.length >= 2 && /^\s*(?:subject|re|regarding)\s*:?\s*$/i.test(r[0]!))?.[1];
}

/** Collapses case and spacing, to find one text inside another. */
const squash = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A metadata title written nowhere in a prose document, whose cover names another deliverable in full
 * on a line of its own, was left from another document (a template, the file it was copied from):
 * nobody reading the document sees it, and its own cover says what it is.
 */
function unseenTitle(facts: DocumentFacts, titleTypes: ReadonlySet<DeliverableType>): boolean {
  if (facts.title === undefined || ['xlsx', 'csv', 'json', 'yaml'].includes(facts.format)) return false;
  if (squash(`${facts.text} ${facts.lines.join(' ')} ${facts.pageHeaders.join(' ')}`).includes(squash(facts.title))) return false;
  // Its own title line, or the cell of a cover table it sits in, naming a deliverable in full.
  const own = [...facts.lines.slice(0, 8), ...facts.rows.slice(0, 4).flat()].find((line) => TITLE_LIKE(line) && !CITATION.test(line) && typesNamedIn(line).size > 0);
  return own !== undefined && [...typesNamedIn(own)].some((t) => !titleTypes.has(t));
}

/** Scores every deliverable signature against a document's facts, best first. */
export function scoreDocument(read: DocumentFacts, fileName?: string): Scoring {
  // A title its document-control table labels stands for a metadata title nobody wrote (a document
  // number, a file name, none).
  const labelled = read.labelledTitle && !(read.title && MEANINGFUL_TITLE(read.title)) ? { ...read, title: read.labelledTitle } : read;
  // A memo's subject is its title: a metadata title naming a deliverable its subject does not name was
  // left from another document (a template, the file it was copied from).
  const subject = memoSubject(labelled);
  const titleTypes = labelled.title !== undefined ? typesNamedIn(labelled.title, true) : new Set<DeliverableType>();
  // So is a metadata title that says the file is something else ("Template - Meeting Notes") when the
  // document never shows it and its own cover names a deliverable.
  const staleElse = titleTypes.size === 0 && labelled.title !== undefined && firstMatch(NOT_A_DELIVERABLE, labelled.title) !== undefined && unseenTitle(labelled, titleTypes);
  const staleNaming =
    titleTypes.size > 0 &&
    ((subject !== undefined && typesNamedIn(subject, true).size === 0 && isLetter(labelled.text, labelled.lines, labelled.title)) ||
      // Nor is a letter to "Dear …" a plan or a workbook, whatever its metadata says: only a letter's
      // deliverables (an ATO letter, a change or deviation request) are written so.
      (SALUTATION.test(labelled.text.slice(0, 600)) && ![...titleTypes].some((t) => SIGNATURES.find((sig) => sig.type === t)?.letterAct)) ||
      unseenTitle(labelled, titleTypes));
  const stale = staleNaming || staleElse;
  const facts = stale ? { ...labelled, title: undefined } : labelled;
  const at = places(facts);
  const scores = SIGNATURES.map((sig) => scoreOne(sig, facts, at, fileName)).sort((a, b) => b.score - a.score);
  const notes: string[] = [];
  if (at.notADeliverable) notes.push(`not a deliverable: ${at.notADeliverable}`);
  if (at.about) notes.push(at.about.reason);
  return { scores, notes };
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * Turns scores into a decision: the best type when it clears the threshold, with a confidence that
 * grows with its score and with its margin over the runner-up; otherwise UNKNOWN.
 */
export function decide({ scores, notes }: Scoring): { type: DeliverableType; confidence: number; evidence: string[] } {
  const best = scores[0];
  const second = scores[1]?.score ?? 0;
  if (!best || best.score < WEIGHTS.threshold) {
    const top = best && best.score > 0 ? [`closest: ${best.type} with score ${best.score.toFixed(1)} (threshold ${WEIGHTS.threshold})`] : ['no deliverable signature matched'];
    return { type: 'UNKNOWN', confidence: round(1 - sigmoid(((best?.score ?? 0) - WEIGHTS.threshold) / 3)), evidence: [...notes, ...top] };
  }
  // Two readings that both clear the threshold by nearly the same score: say so rather than guess.
  if (scores[1] && second >= WEIGHTS.threshold && best.score - second < WEIGHTS.tie) {
    return {
      type: 'UNKNOWN',
      confidence: 0.5,
      evidence: [...notes, `two readings compete: ${best.type} (${best.score.toFixed(1)}) and ${scores[1].type} (${second.toFixed(1)})`, ...best.evidence, ...scores[1].evidence],
    };
  }
  const margin = (best.score - second) / best.score;
  const confidence = sigmoid((best.score - WEIGHTS.threshold) / 4 + 1) * (0.55 + 0.45 * margin);
  const evidence = [...best.evidence, ...notes];
  if (scores[1] && second > 0) evidence.push(`runner-up ${scores[1].type} scored ${second.toFixed(1)} against ${best.score.toFixed(1)}`);
  return { type: best.type, confidence: round(confidence), evidence };
}

const round = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
