import type { DeliverableValidator, ValidationContext } from '../types.js';
import type { FoundDate } from './dates.js';
import { findDates } from './dates.js';
import { DOCUMENT, FindingList, loadOutline, missingSeverity } from './load.js';
import type { DocumentOutline, LocatedText } from './outline.js';
import { quote, textsOf } from './outline.js';

const WHAT = 'ATO letter';

/** The letter's lines (paragraph line breaks and table cells split out), with locations. */
function linesOf(outline: DocumentOutline): LocatedText[] {
  return textsOf(outline.blocks).flatMap((t) =>
    (t.cells ?? [t.text]).flatMap((cell) => cell.split('\n').map((line) => ({ text: line.trim(), location: t.location }))).filter((l) => l.text),
  );
}

const AGENCY: readonly RegExp[] = [
  /\b(?:agency|department|issuing (?:agency|organi[sz]ation))(?: name)?\s*:\s*([^\n|]{3,100})/i,
  /\b(?:U\.S\.\s+|United States\s+)?Department of (?:the\s+)?[A-Z][A-Za-z]+(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][A-Za-z]+){0,4}/,
  /\bDEPARTMENT OF (?:THE )?[A-Z]+(?: (?:AND |OF |& )?[A-Z]+){0,4}\b/,
  /\b(?:[A-Z][\w.&'-]*\s+){1,6}(?:Agency|Administration|Bureau|Commission)\b/,
  /\b(?:[A-Z][A-Z.&'-]+\s+){1,6}(?:AGENCY|ADMINISTRATION|BUREAU|COMMISSION)\b/,
  /\bOffice of (?:the\s+)?[A-Z][A-Za-z]+(?:\s+(?:and\s+|of\s+)?[A-Z][A-Za-z]+){0,4}/,
  /\b(?:[A-Z][a-z]+\s+){1,4}Service\b/,
];
/** Names that look like an agency's but are the cloud service's. */
const NOT_AGENCY = /\bcloud\b|\bsoftware\b|\bplatform\b|\bweb\b|\bmanaged\b/i;

const SYSTEM: readonly RegExp[] = [
  /\b(?:system|cloud service offering|cloud service|CSO|service offering|information system)(?: name)?\s*:\s*([^\n|]{2,120})/i,
  /\b(?:[Aa]uthori[sz]ation|[Aa]uthority|AUTHORI[SZ]ATION|AUTHORITY) (?:[Tt]o|TO) (?:[Oo]perate|OPERATE)\b(?:\s*\(P?-?ATO\))?\s+(?:is\s+\w+\s+)?(?:[Ff]or|FOR)\s+(?:the\s+)?([A-Z0-9][^\n.,;(]{1,119}?)(?=\s*\(|\s*[,.;\n]|\s+(?:cloud service|system|is|effective|as|until|for|at|with|on|which)\b|$)/,
  /\bauthori[sz]es?\s+(?:the\s+)?(?:operation of\s+(?:the\s+)?)?([A-Z0-9][^\n.,;(]{1,100}?)(?=\s+to operate\b)/,
  /\bATO\s+(?:for|of)\s+(?:the\s+)?([A-Z0-9][^\n.,;(]{1,100}?)(?=\s*\(|\s*[,.;\n]|\s+(?:cloud service|system|is|effective|until)\b|$)/,
];

const ATO_PHRASE = /\b(?:authori[sz]ation|authority) to operate\b|\bP?-?ATO\b/i;
const GRANT = /\b(?:hereby|grant(?:s|ed|ing)?|approv(?:e|es|ed|al)|issu(?:e|es|ed)|authori[sz](?:e|es|ed))\b/i;
const DENY = /\b(?:den(?:y|ies|ied|ial)|not\s+(?:be\s+)?(?:granted|approved|authori[sz]ed)|reject(?:s|ed)?)\b/i;

const EXPIRY = /(?:expir\w*|terminat\w*|valid\s+(?:until|through)|until|through|end(?:s|ing)?\s+on|no later than|re-?authori[sz]ation)\s*(?:date)?\s*(?:is|of)?\s*:?\s*(?:on\s+)?$/i;

const ROLE = /\bauthori[sz]ing official\b|\bdesignated approving authority\b|\bDAA\b/i;
const TITLE =
  /\b(?:chief (?:information|information security|technology|executive|operating|financial|risk|data|privacy) officer|CIO|CISO|CTO|deputy (?:secretary|administrator|director|CIO)|(?:under |assistant )?secretary|administrator|director|commissioner|authori[sz]ing official)\b/i;
const SIGN_CUE = /^(?:sincerely|respectfully(?: submitted)?|regards|approved(?: by)?|signed|signature|digitally signed by|\/s\/)\b|^_{4,}|^\/s\//i;
const NAME = /^(?:(?:Dr|Mr|Mrs|Ms|Mx|Hon)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)*(?:\s+\p{Lu}[\p{L}'’-]+){1,3}(?:,?\s+(?:Jr|Sr|II|III|IV|PhD|Ph\.D)\.?)?$/u;
const NAME_LABEL = /\b(?:authori[sz]ing official|AO|signed by|approved by|digitally signed by|name)\s*(?:name)?\s*:\s*(.{3,80})$/i;

/** The first match of the first pattern that has an accepted match. */
function firstMatch(patterns: readonly RegExp[], text: string, accept: (m: RegExpExecArray) => boolean): RegExpExecArray | undefined {
  for (const pattern of patterns) {
    for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) if (accept(m)) return m;
  }
  return undefined;
}

/** A person's name on a line of its own, after any "/s/" or "Signature:" in front of it. */
function personName(line: string): string | undefined {
  const text = line.replace(/^(?:\/s\/|signature\s*:|signed\s*:|_+)\s*/i, '').trim();
  if (!NAME.test(text) || TITLE.test(text) || ROLE.test(text) || AGENCY.some((p) => p.test(text))) return undefined;
  return text;
}

interface Official {
  name: string;
  title?: string;
  signature: boolean;
  location: string;
}

function findOfficial(lines: readonly LocatedText[]): Official | undefined {
  let best: Official | undefined;
  const signature = lines.some((l) => SIGN_CUE.test(l.text));
  lines.forEach((line, i) => {
    if (best?.name && best.title) return;
    const labelled = NAME_LABEL.exec(line.text)?.[1];
    const labelledName = labelled ? personName(labelled) : undefined;
    const near = lines.slice(i, i + 7);
    const name = labelledName ?? (SIGN_CUE.test(line.text) ? near.map((l) => personName(l.text)).find(Boolean) : undefined);
    // A name with a title on the next lines, even without a closing.
    const titled = !name ? personName(line.text) : undefined;
    const title =
      near.slice(1).find((l) => TITLE.test(l.text) || ROLE.test(l.text))?.text ??
      (labelled && ROLE.test(line.text) ? ROLE.exec(line.text)?.[0] : undefined) ??
      (!labelled && (TITLE.test(line.text) || ROLE.test(line.text)) ? line.text : undefined);
    const found = name ?? (titled && title ? titled : undefined);
    if (found) best = { name: found, ...(title ? { title } : {}), signature, location: line.location };
  });
  return best;
}

function checkDates(lines: readonly LocatedText[], ctx: ValidationContext, findings: FindingList, outline: DocumentOutline): void {
  const letter: (FoundDate & { location: string })[] = [];
  const expiry: (FoundDate & { location: string })[] = [];
  for (const line of lines) {
    for (const date of findDates(line.text)) {
      (EXPIRY.test(line.text.slice(0, date.index)) ? expiry : letter).push({ ...date, location: line.location });
    }
  }
  const asOf = ctx.asOf.toISOString().slice(0, 10);
  const dated = letter[0];
  if (!dated) {
    const also = expiry[0] ? ` (only an expiration date, ${expiry[0].iso}, was found)` : '';
    findings.add('date-missing', missingSeverity(outline), `the ${WHAT} has no date of authorization${also}`);
  } else {
    findings.add('date', 'info', `the ${WHAT} is dated ${dated.iso} (${quote(dated.text)})`, dated.location);
    if (dated.iso > asOf) findings.add('date-in-future', 'warning', `the ${WHAT} is dated ${dated.iso}, after ${asOf}`, dated.location);
  }
  const expires = expiry[0];
  if (expires && expires.iso < asOf) {
    findings.add('expired', 'error', `the authorization expired on ${expires.iso} (as of ${asOf})`, expires.location);
  }
}

/** An agency's Authority to Operate letter (PDF or Word): agency, system, grant, date, authorizing official. */
export const validateAtoLetter: DeliverableValidator = async (source, ctx) => {
  const findings = new FindingList('ato');
  const outline = await loadOutline(source, findings, { what: WHAT, unusable: 'error' });
  if (!outline) return { findings: findings.items, summary: {} };
  const lines = linesOf(outline);
  const paragraphs = textsOf(outline.blocks);
  const text = [outline.title ?? '', ...lines.map((l) => l.text)].join('\n');
  const missing = missingSeverity(outline);

  const agency = firstMatch(AGENCY, text, (m) => !NOT_AGENCY.test(m[1] ?? m[0]));
  if (!agency) findings.add('agency-missing', missing, `the ${WHAT} does not name the authorizing agency (e.g. 'Department of …', '… Administration', 'Agency: …')`);

  const system = firstMatch(SYSTEM, text, () => true);
  if (!system) {
    findings.add('system-missing', missing, `the ${WHAT} does not name the system or cloud service offering it authorizes (e.g. 'Authority to Operate for <system>', 'System: …')`);
  }

  const sentences = paragraphs.flatMap((p) => p.text.split(/(?<=[.!?])\s+/).map((s) => ({ text: s, location: p.location })));
  const atoSentences = sentences.filter((s) => ATO_PHRASE.test(s.text));
  const denial = atoSentences.find((s) => DENY.test(s.text));
  const grant = atoSentences.find((s) => GRANT.test(s.text) && !DENY.test(s.text) && /(?:authori[sz]ation|authority) to operate|\bP?-?ATO\b/i.test(s.text));
  if (denial && !grant) {
    findings.add('authorization-denied', 'error', `the letter denies or withholds the authorization: ${quote(denial.text, 160)}`, denial.location);
  } else if (!grant) {
    findings.add(
      'authorization-statement-missing',
      missing,
      `the ${WHAT} has no authorization statement (an 'authority/authorization to operate' that is granted, approved or hereby issued)`,
    );
  }

  checkDates(lines, ctx, findings, outline);

  const official = findOfficial(lines);
  if (!official) {
    findings.add('official-missing', missing, `the ${WHAT} names no authorizing official: expected a signature block with the official's name and title`);
  } else {
    findings.add('official', 'info', `signed by ${official.name}${official.title ? `, ${official.title}` : ''}`, official.location);
    if (!official.title) findings.add('official-title-missing', 'warning', `the official ${quote(official.name)} is named without a title`, official.location);
    if (!official.signature) findings.add('signature-missing', 'warning', 'no signature block (closing, /s/ or signature line) was found in the text', DOCUMENT);
  }
  return { findings: findings.items, summary: {} };
};
