import { Parser } from 'htmlparser2';
import type { DocumentFacts } from '../types.js';
import { emptyFacts } from '../types.js';
import { CLASSIFY_LIMITS } from '../limits.js';
import { normalizeText, titleLines } from './text-facts.js';

/**
 * HTML as wikis and editors export it (a Confluence or Notion page, a Google Doc saved as a web page):
 * its facts are those of the page a reader sees. The `<title>` is the metadata title, `<h1>`…`<h6>`
 * are headings, table rows are rows, every block (a paragraph, a list item, a cell) is a line; scripts,
 * styles and the site's chrome (navigation, breadcrumbs, footers) are not the document.
 *
 * htmlparser2 tokenizes without recursion and knows HTML's named character references itself: there is
 * no DTD to read and nothing is ever fetched (a `<link>` or `<img>` is a tag, not a request).
 */

/** Only the start of the page is read: titles and headings are there, and scoring keeps less. */
const MAX_SOURCE_CHARS = 2 * CLASSIFY_LIMITS.maxTextChars;
const MAX_ROWS = 200;
const MAX_CELLS = 60;

/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'button']);
/** A site's chrome around the page: navigation, breadcrumbs, footers, sidebars. */
const CHROME_TAGS = new Set(['nav', 'footer', 'aside']);
const CHROME_ATTR = /\b(?:breadcrumbs?|navigation|nav|sidebar|footer|page-metadata|toolbar|menu)\b/i;
/** Elements that end a block of text: what a reader sees as a separate line. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'li', 'dt', 'dd', 'blockquote', 'pre', 'address',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'caption', 'figcaption', 'br', 'hr', 'table', 'ul', 'ol', 'dl', 'title', 'body',
]);
const HEADING = /^h[1-6]$/;

/** The first tag of a text that is an HTML page or fragment, not XML: the names HTML defines. */
const HTML_START =
  /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|link|div|p|h[1-6]|table|section|article|main|header|nav|aside|details|span|ul|ol|style|script)[\s>/]/i;

/** A whole HTML page, not a fragment: a doctype, or an `<html>`, `<head>` or `<body>` element. */
const HTML_PAGE = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** Whether a text opening with `<` is HTML (a page or a fragment) rather than XML. */
export function isHtml(text: string): boolean {
  return HTML_START.test(text);
}

/** Whether a text is a whole HTML page rather than a fragment (markdown may open on one). */
export function isHtmlPage(text: string): boolean {
  return HTML_PAGE.test(text);
}

export function htmlFacts(source: string): DocumentFacts {
  const facts = emptyFacts('html');
  const blocks: string[] = [];
  const rows: string[][] = [];
  let block = '';
  let title = '';
  let heading: string | undefined;
  let row: string[] | undefined;
  let cell: string | undefined;
  // Open elements whose content is skipped (hidden or chrome), by depth of nesting.
  const stack: { name: string; skip: boolean }[] = [];
  let skipping = 0;
  let inTitle = false;
  let elements = 0;

  const endBlock = (): void => {
    const text = block.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    block = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        elements++;
        const skip =
          HIDDEN.has(name) ||
          CHROME_TAGS.has(name) ||
          CHROME_ATTR.test(`${attribs.id ?? ''} ${attribs.class ?? ''} ${attribs.role ?? ''}`) ||
          attribs.hidden !== undefined ||
          attribs['aria-hidden'] === 'true';
        stack.push({ name, skip });
        if (skip) skipping++;
        if (skipping > 0) return;
        if (BLOCKS.has(name)) endBlock();
        if (name === 'title') inTitle = true;
        if (HEADING.test(name)) heading = '';
        if (name === 'tr') row = [];
        if ((name === 'td' || name === 'th') && row) cell = '';
      },
      ontext(text) {
        if (skipping > 0) return;
        if (inTitle) {
          title += text;
          return;
        }
        block += text;
        if (heading !== undefined) heading += text;
        if (cell !== undefined) cell += text;
      },
      onclosetag(name) {
        // Pop back to the element closed (HTML closes what a missing end tag left open).
        let at = stack.length - 1;
        while (at >= 0 && stack[at]!.name !== name) at--;
        if (at < 0) return;
        for (const open of stack.splice(at)) if (open.skip) skipping--;
        if (skipping > 0) return;
        if (name === 'title') {
          inTitle = false;
          return;
        }
        if (HEADING.test(name) && heading !== undefined) {
          const text = heading.replace(/\s+/g, ' ').trim();
          if (text && text.length < 160 && facts.headings.length < 80) facts.headings.push(text);
          heading = undefined;
        }
        if ((name === 'td' || name === 'th') && row && cell !== undefined) {
          if (row.length < MAX_CELLS) row.push(cell.replace(/\s+/g, ' ').trim());
          cell = undefined;
        }
        if (name === 'tr' && row) {
          if (row.some((c) => c.length > 0) && rows.length < MAX_ROWS) rows.push(row);
          row = undefined;
        }
        if (BLOCKS.has(name)) endBlock();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(source.slice(0, MAX_SOURCE_CHARS));
  parser.end();
  endBlock();

  const pageTitle = title.replace(/\s+/g, ' ').trim();
  if (pageTitle) facts.title = pageTitle.slice(0, 300);
  facts.text = normalizeText(blocks.join(' | '));
  facts.rows = rows;
  facts.lines = titleLines(blocks.join('\n'));
  facts.headings = facts.headings.slice(0, 80);
  // Its cover is what a reader sees first: the page's first blocks (its heading and what follows).
  facts.cover = normalizeText(blocks.slice(0, 3).join(' | '));
  facts.notes.push(`html: ${elements} element(s) read`);
  return facts;
}
