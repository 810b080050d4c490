import type { DocumentFacts } from '../types.js';
import { emptyFacts } from '../types.js';
import { CLASSIFY_LIMITS } from '../limits.js';
import { normalizeText, titleLines } from './text-facts.js';

/**
 * Markdown as documents-as-code keep it: optional YAML front matter (`---` … `---`), ATX headings
 * (`# Title`), setext headings (a line underlined with `===` or `---`), emphasis, block quotes, lists
 * and pipe tables. Its facts are those of the plain text a reader sees: the front matter's `title` is
 * the metadata title, headings are headings, and markup never hides a title line.
 */

/**
 * Markup is read only on lines up to this long: its patterns (emphasis, links, a heading's closing
 * marks) could backtrack on a hostile line of a megabyte; a longer line is kept as written.
 */
const MAX_MARKUP_LINE = 1000;
/** Only the start of the text is read: titles and headings are there, and scoring keeps less. */
const MAX_SOURCE_CHARS = 2 * CLASSIFY_LIMITS.maxTextChars;

/** Front matter: a `---` line, YAML, and a closing `---` or `...` line. */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+(\S.*?)[ \t]*#*[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-{2,})[ \t]*$/;
const TABLE_DELIMITER_ROW = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const isHeading = (line: string): boolean => line.length <= MAX_MARKUP_LINE && ATX_HEADING.test(line);
/**
 * A line YAML would read as data: `key: value` (a key of a few words: a sentence running up to a colon
 * is prose), a list item, a comment, indentation.
 */
const YAML_LINE = /^(?:[A-Za-z_"'][\w.\-"']*(?: [\w.\-"']+){0,3}:(?:\s|$)|\s*-\s|\s+\S|#|\s*$)/;

/**
 * Whether a text is markdown, and by what: front matter over a body that is not YAML (decisive), or
 * headings among prose (weaker: a `#` line is also a comment in YAML, shell output or a CSV preamble,
 * whose rows are not prose; the YAML reading is tried first).
 */
export function markdownKind(text: string): 'front-matter' | 'headings' | undefined {
  const front = FRONT_MATTER.exec(text);
  const body = front ? text.slice(front[0].length) : text;
  const lines = body.split(/\r?\n/, 200);
  const headings = lines.filter(isHeading).length;
  // Rows of a delimited file (a CSV after a commented preamble) are not prose: their separators are
  // not followed by a space, as prose's commas are.
  const delimited = (l: string): boolean => /\t/.test(l) || (l.match(/[,;](?!\s)/g)?.length ?? 0) >= 3;
  const prose = lines.filter((l) => l.trim().length > 0 && !YAML_LINE.test(l) && !delimited(l)).length;
  if (front) return prose > 0 ? 'front-matter' : undefined;
  return headings >= 1 && prose >= 2 ? 'headings' : undefined;
}

/** A line as a reader sees it: no heading marks, emphasis, quote marks, list bullets or link targets. */
function plain(line: string): string {
  if (line.length > MAX_MARKUP_LINE) return line.trim();
  const heading = ATX_HEADING.exec(line);
  const inner = heading ? (heading[1] ?? '') : line.replace(/^ {0,3}>[ \t]?/, '').replace(/^\s*(?:[-*+]|\d+[.)])[ \t]+/, '');
  return inner
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])[*_](\S(?:.*?\S)?)[*_](?![\w*])/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .trim();
}

/** The `title:` of front matter, quotes removed. Read line by line: the front matter is never evaluated. */
function frontMatterTitle(yaml: string): string | undefined {
  const line = yaml.split(/\r?\n/, 100).find((l) => /^title[ \t]*:/.test(l));
  const value = line
    ?.slice(line.indexOf(':') + 1)
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .trim()
    .slice(0, MAX_MARKUP_LINE);
  return value && value.length > 0 ? value : undefined;
}

export function markdownFacts(text: string): DocumentFacts {
  const facts = emptyFacts('text');
  const front = FRONT_MATTER.exec(text);
  const title = front ? frontMatterTitle(front[1] ?? '') : undefined;
  if (title) facts.title = title;
  const source = (front ? text.slice(front[0].length) : text).slice(0, MAX_SOURCE_CHARS).split(/\r?\n/);
  const out: string[] = [];
  // Blocks (a paragraph, a heading, a list item, a table row) end where a reader's eye stops: a
  // name never runs on from one into the next ("… annual package" / "## Checklist for …").
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const endBlock = (): void => {
    if (paragraph.length > 0) blocks.push(paragraph.join(' '));
    paragraph = [];
  };
  for (let i = 0; i < source.length; i++) {
    const raw = source[i]!;
    // A table's delimiter row (|---|:--:|) and a setext underline carry no words.
    if (raw.length <= MAX_MARKUP_LINE && raw.includes('|') && TABLE_DELIMITER_ROW.test(raw)) continue;
    if (raw.length <= MAX_MARKUP_LINE && SETEXT_UNDERLINE.test(raw) && out.length > 0 && source[i - 1]?.trim()) {
      facts.headings.push(out[out.length - 1]!);
      endBlock();
      continue;
    }
    const heading = isHeading(raw);
    if (heading) facts.headings.push(plain(raw));
    const row = /^\s*\|/.test(raw);
    // A table row reads as its cells.
    const line = row ? raw.split('|').map((c) => plain(c)).filter(Boolean).join(' | ') : plain(raw);
    out.push(line);
    if (heading || row || /^\s*(?:[-*+]|\d+[.)])[ \t]+/.test(raw) || line.length === 0) endBlock();
    if (line.length > 0) paragraph.push(line);
    if (heading || row) endBlock();
  }
  endBlock();
  // Without front matter, a level-one heading that opens the document is its title.
  const opening = source.find((l) => l.trim().length > 0);
  if (!facts.title && opening !== undefined && isHeading(opening) && /^ {0,3}#[ \t]/.test(opening)) facts.title = plain(opening);
  const body = out.join('\n');
  facts.text = normalizeText(blocks.join(' | '));
  // Its cover is what a reader sees first: the title (front matter, or the opening heading) and the
  // block under it. Names further down, in lists and tables, are what the document talks about.
  const firstBlock = opening !== undefined && isHeading(opening) ? blocks.slice(0, 2) : blocks.slice(0, 1);
  facts.cover = normalizeText([facts.title, ...firstBlock].filter((b) => b !== undefined && b.length > 0).join(' | '));
  facts.lines = titleLines(body);
  facts.headings = facts.headings.filter((h) => h.length > 0 && h.length < 160).slice(0, 80);
  facts.notes.push(front ? 'markdown with front matter' : 'markdown');
  return facts;
}
