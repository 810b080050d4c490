import type { DocumentFacts } from '../types.js';
import { emptyFacts } from '../types.js';
import { unreadable } from '../errors.js';
import { csvFacts } from './csv.js';
import { htmlFacts, isHtml, isHtmlPage } from './html.js';
import { jsonFacts } from './json.js';
import { markdownFacts, markdownKind } from './markdown.js';
import { normalizeText, titleLines } from './text-facts.js';
import { xmlFacts } from './xml.js';
import { yamlFacts } from './yaml.js';

/** An e-mail: a block of From/To/Subject/Date headers that opens the file. */
const EMAIL_HEADERS = /^(?:(?:from|to|cc|bcc|subject|date|message-id|mime-version|content-type|received|return-path|reply-to|x-[\w-]+):[^\n]*\r?\n){2,}/i;
/**
 * What makes a header block an e-mail's rather than a memo's (a memo's TO/FROM/SUBJECT lines look
 * alike): an address in it, or a header only mail carries.
 */
const EMAIL_ONLY = /^(?:message-id|mime-version|received|return-path|content-type|reply-to):|^(?:from|to|cc|reply-to):[^\n]*@/im;

function isEmail(text: string): boolean {
  const block = EMAIL_HEADERS.exec(text);
  return block !== null && EMAIL_ONLY.test(block[0]);
}

/**
 * A line of a chat transcript: a time stamp and a speaker before the message ("[2026-10-14 16:02] Dana
 * Okafor: …", "Dana Okafor [4:02 PM]: …", "4:02 PM Dana Okafor: …").
 */
const CHAT_LINE =
  /^\s*(?:\[[^\]\n]{4,30}\]\s*[^:[\]\n]{2,40}:\s|[^:[\]\n]{2,40}\s\[[^\]\n]{4,30}\]:?\s|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\s+[^:\n]{2,40}:\s)/i;

/** A chat transcript (a Slack or Teams export): most of its first lines are time-stamped messages. */
function isChat(text: string): boolean {
  const lines = text.split('\n', 80).filter((l) => l.trim());
  const said = lines.filter((l) => CHAT_LINE.test(l)).length;
  return said >= 5 && said >= lines.length / 2;
}

/** HTML blocks that open a markdown page (callouts, badges), each closed by its own end tag. */
const LEADING_HTML_BLOCKS = /^\s*(?:<(aside|div|details|p|figure|center)\b[^>]*>[\s\S]*?<\/\1>\s*)+/i;

const YAML_START = /^(?:%YAML|---|[A-Za-z_"'][\w .\-"']*:(?:\s|$))/;

/** Facts of a text file: dispatched to XML, JSON, YAML, delimited text, or plain text by its start. */
export function textFacts(text: string, complete: boolean): DocumentFacts {
  // Leading comments (<!-- exported from … -->) make neither XML nor HTML of a markdown page: what
  // follows them decides.
  const trimmed = text.trimStart();
  const afterComments = trimmed.replace(/^(?:<!--[\s\S]*?-->\s*)+/, '');
  const start = afterComments.startsWith('<') ? trimmed : afterComments;
  const first = start[0];
  if (first === '<') {
    if (!isHtml(start)) return xmlFacts(start, complete);
    // A markdown page may open on HTML blocks (a Notion callout, <aside>…</aside>) before its
    // headings: the blocks are notes beside the page, and the markdown is the page.
    if (!isHtmlPage(start) && markdownKind(start) === 'headings') return markdownFacts(start.replace(LEADING_HTML_BLOCKS, ''));
    return htmlFacts(start);
  }
  if (first === '{' || first === '[') return jsonFacts(start, complete);
  const mailHeaders = EMAIL_HEADERS.test(start);
  const markdown = mailHeaders ? undefined : markdownKind(start);
  if (markdown === 'front-matter') return markdownFacts(start);
  const firstLine = start
    .split('\n', 20)
    .map((l) => l.trim())
    .find((l) => l.length > 0 && !l.startsWith('#'));
  const yamlLike = firstLine !== undefined && YAML_START.test(firstLine) && !mailHeaders && !firstLine.includes(',');
  if (yamlLike) {
    const facts = yamlFacts(start, complete);
    if (facts.root) return facts;
  }
  // Headings among prose, and no YAML: markdown, before a pipe table makes it read as delimited text.
  if (markdown === 'headings') return markdownFacts(start);
  if (!complete && !start.includes('\n')) {
    throw unreadable(`no line break in the first ${Math.round(start.length / 1024)} KiB: not a delimited or plain text document`);
  }
  const chat = isChat(start);
  // A message first: an e-mail's body may hold lines a delimited reading would take for rows.
  const message = isEmail(start) ? 'e-mail' : chat ? 'chat' : undefined;
  const csv = message ? undefined : csvFacts(start, complete);
  if (csv) return csv;
  if (message) {
    const facts = emptyFacts('text');
    facts.text = normalizeText(start);
    facts.lines = titleLines(start);
    facts.notes.push(message === 'e-mail' ? 'an e-mail message (RFC 822 headers)' : 'a chat transcript (time-stamped messages by speaker)');
    facts.message = message;
    return facts;
  }
  const facts = emptyFacts('text');
  facts.text = normalizeText(start);
  facts.lines = titleLines(start);
  const lines = start.split('\n', 12).map((l) => l.trim()).filter(Boolean);
  facts.headings = lines.slice(0, 3).filter((l) => l.length < 160);
  return facts;
}
