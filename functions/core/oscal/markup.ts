import { MARKUP_BLOCK_ELEMENTS } from './xml-names.js';

/**
 * OSCAL markup (the HTML subset of metaschema's markup-line / markup-multiline) collected from XML,
 * and its rendering to the Markdown that OSCAL JSON and YAML carry, following metaschema's mapping:
 * `<em>`→`*x*`, `<strong>`→`**x**`, `<code>`→`` `x` ``, `<q>`→`"x"`, `<a href>`→`[x](href)`,
 * `<insert type id-ref>`→`{{ insert: type, id-ref }}`, `<sub>`→`~x~`, `<sup>`→`^x^`,
 * `<img>`→`![alt](src "title")`, `<h1>`…`<h6>`→`#`…, lists→`* ` / `1. ` (nested by 4 spaces),
 * `<pre>`→fenced block, `<blockquote>`→`> `, `<table>`→pipe table, `<hr>`→`---`.
 * XML whitespace in markup is not significant (except in `<pre>`): runs collapse to one space.
 */

export interface MarkupElement {
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: MarkupNode[];
}
export type MarkupNode = string | MarkupElement;

/** Collects the content of one markup field (or of a `<part>`'s unwrapped prose) as a small tree. */
export class MarkupBuilder {
  readonly root: MarkupNode[] = [];
  private readonly open: MarkupElement[] = [];

  openElement(name: string, attributes: Readonly<Record<string, string>>): void {
    const el: MarkupElement = { name, attributes, children: [] };
    this.current().push(el);
    this.open.push(el);
  }

  closeElement(): void {
    this.open.pop();
  }

  text(text: string): void {
    const target = this.current();
    const last = target[target.length - 1];
    if (typeof last === 'string') target[target.length - 1] = last + text;
    else target.push(text);
  }

  get isEmpty(): boolean {
    return this.root.every((n) => typeof n === 'string' && n.trim() === '');
  }

  /** True when the content is only text (no element). */
  get isPlainText(): boolean {
    return this.root.every((n) => typeof n === 'string');
  }

  plainText(): string {
    return this.root.map((n) => (typeof n === 'string' ? n : textOf(n))).join('');
  }

  private current(): MarkupNode[] {
    return this.open[this.open.length - 1]?.children ?? this.root;
  }
}

/** Placeholder for `<br/>` while whitespace is collapsed (a private-use character). */
const BR = '\uE000';

/** Markdown escapes for text: only the characters that would otherwise start markup. */
const escapeText = (s: string): string => s.replace(/[\\`*]/g, (c) => `\\${c}`);

const collapse = (s: string): string => s.replace(/[ \t\r\n]+/g, ' ');

function textOf(node: MarkupNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

function renderInline(nodes: readonly MarkupNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += escapeText(collapse(node));
      continue;
    }
    const inner = (): string => renderInline(node.children);
    const a = node.attributes;
    switch (node.name) {
      case 'em':
      case 'i':
        out += `*${inner().trim()}*`;
        break;
      case 'strong':
      case 'b':
        out += `**${inner().trim()}**`;
        break;
      case 'code':
        out += `\`${collapse(textOf(node))}\``;
        break;
      case 'q':
        out += `"${inner()}"`;
        break;
      case 'sub':
        out += `~${inner()}~`;
        break;
      case 'sup':
        out += `^${inner()}^`;
        break;
      case 'a':
        out += a.href === undefined ? inner() : `[${inner().trim()}](${a.href}${a.title ? ` "${a.title}"` : ''})`;
        break;
      case 'insert':
        out += `{{ insert: ${a.type ?? 'param'}, ${a['id-ref'] ?? ''} }}`;
        break;
      case 'img':
        out += `![${a.alt ?? ''}](${a.src ?? ''}${a.title ? ` "${a.title}"` : ''})`;
        break;
      case 'br':
        out += BR;
        break;
      default:
        // A block element inside a line, or an element outside OSCAL markup: keep its text.
        out += MARKUP_BLOCK_ELEMENTS.has(node.name) ? ` ${inner()} ` : inner();
    }
  }
  return out;
}

/** One paragraph-level line: whitespace collapsed and trimmed; `<br/>` becomes a hard line break. */
function finishLine(raw: string): string {
  return raw.replace(/ {2,}/g, ' ').trim().replace(/ ?\uE000 ?/g, '  \n');
}

function renderList(list: MarkupElement, indent: string): string {
  const ordered = list.name === 'ol';
  const lines: string[] = [];
  let n = 0;
  for (const item of list.children) {
    if (typeof item === 'string') continue;
    n++;
    const marker = ordered ? `${n}. ` : '* ';
    const inline: MarkupNode[] = [];
    const nested: string[] = [];
    for (const c of item.name === 'li' ? item.children : [item]) {
      if (typeof c !== 'string' && (c.name === 'ul' || c.name === 'ol')) nested.push(renderList(c, `${indent}    `));
      else if (typeof c !== 'string' && c.name === 'p') inline.push(' ', ...c.children, ' ');
      else inline.push(c);
    }
    lines.push(`${indent}${marker}${finishLine(renderInline(inline))}`, ...nested);
  }
  return lines.join('\n');
}

function renderTable(table: MarkupElement): string {
  const rows: string[][] = [];
  const collectRows = (el: MarkupElement): void => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'tr') {
        rows.push(
          c.children
            .filter((cell): cell is MarkupElement => typeof cell !== 'string')
            .map((cell) => finishLine(renderInline(cell.children)).replace(/\|/g, '\\|')),
        );
      } else collectRows(c); // thead / tbody / tfoot
    }
  };
  collectRows(table);
  const [header, ...body] = rows;
  if (!header) return '';
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...body.map(line)].join('\n');
}

function renderBlock(el: MarkupElement): string {
  switch (el.name) {
    case 'p':
      return finishLine(renderInline(el.children));
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return `${'#'.repeat(Number(el.name[1]))} ${finishLine(renderInline(el.children))}`;
    case 'ul':
    case 'ol':
      return renderList(el, '');
    case 'pre':
      return `\`\`\`\n${textOf(el).replace(/^\n/, '').replace(/\n$/, '')}\n\`\`\``;
    case 'hr':
      return '---';
    case 'blockquote':
      return renderMultiline(el.children)
        .split('\n')
        .map((l) => (l === '' ? '>' : `> ${l}`))
        .join('\n');
    case 'table':
      return renderTable(el);
    default:
      return finishLine(renderInline([el]));
  }
}

/** Markdown of markup-multiline content: blocks separated by a blank line; loose inline text is a paragraph. */
export function renderMultiline(nodes: readonly MarkupNode[]): string {
  const blocks: string[] = [];
  let loose: MarkupNode[] = [];
  const flush = (): void => {
    const text = finishLine(renderInline(loose));
    if (text !== '') blocks.push(text);
    loose = [];
  };
  for (const node of nodes) {
    if (typeof node !== 'string' && MARKUP_BLOCK_ELEMENTS.has(node.name)) {
      flush();
      const block = renderBlock(node);
      if (block !== '') blocks.push(block);
    } else loose.push(node);
  }
  flush();
  return blocks.join('\n\n');
}

/** Markdown of markup-line content. */
export function renderLine(nodes: readonly MarkupNode[]): string {
  return finishLine(renderInline(nodes));
}
