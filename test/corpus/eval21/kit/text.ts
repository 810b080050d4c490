import { numberHeadings, splitFootnotes, stripFootnotes } from './model.js';
import type { Block, ProseDoc } from './model.js';

function mdTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const esc = (s: string): string => s.replace(/\n/g, '<br>').replace(/\|/g, '\\|');
  return [`| ${head.map(esc).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

/** Pandoc Markdown, with an optional YAML front matter block. */
export function renderMarkdown(doc: ProseDoc, opts: { frontMatter?: Record<string, string | string[]>; titleAsHeading?: boolean } = {}): string {
  const parts: string[] = [];
  if (opts.frontMatter !== undefined) {
    const lines = Object.entries(opts.frontMatter).map(([k, v]) => (Array.isArray(v) ? `${k}:\n${v.map((x) => `  - ${x}`).join('\n')}` : `${k}: ${/[:#]/.test(v) ? JSON.stringify(v) : v}`));
    parts.push(`---\n${lines.join('\n')}\n---`);
  }
  for (const b of doc.preTitle ?? []) parts.push(mdBlock(b, doc.body));
  if (opts.titleAsHeading !== false) parts.push(`# ${doc.title}`);
  for (const b of doc.body) parts.push(mdBlock(b, doc.body, opts.titleAsHeading !== false ? 1 : 0));
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

function mdBlock(b: Block, all: readonly Block[], shift = 0): string {
  if ('h' in b) return `${'#'.repeat(b.h + shift)} ${b.text}`;
  if ('p' in b) return b.bold === true ? `**${b.p}**` : b.p;
  if ('ul' in b) return b.ul.map((x) => `- ${x}`).join('\n');
  if ('ol' in b) return b.ol.map((x, i) => `${i + 1}. ${x}`).join('\n');
  if ('table' in b) return mdTable(b.table.head, b.table.rows);
  if ('admonition' in b) return `> **${b.admonition[0]}${b.admonition.slice(1).toLowerCase()}:** ${b.text}`;
  if ('code' in b) return `\`\`\`${b.lang ?? ''}\n${b.code}\n\`\`\``;
  if ('toc' in b) return all.filter((x): x is Extract<Block, { h: 1 | 2 | 3 }> => 'h' in x && x.h <= 2).map((x) => `${'  '.repeat(x.h - 1)}- [${x.text}](#${x.text.toLowerCase().replace(/[^a-z0-9]+/g, '-')})`).join('\n');
  return '';
}

const RST_UNDER = ['=', '-', '~'];

/** reStructuredText as a Sphinx project keeps it. */
export function renderRst(doc: ProseDoc, opts: { fieldList?: Record<string, string>; preamble?: string } = {}): string {
  const parts: string[] = [];
  if (opts.preamble !== undefined) parts.push(opts.preamble);
  const bar = '='.repeat(doc.title.length);
  parts.push(`${bar}\n${doc.title}\n${bar}`);
  if (doc.subtitle !== undefined) parts.push(`${doc.subtitle}\n${'-'.repeat(doc.subtitle.length)}`);
  if (opts.fieldList !== undefined) parts.push(Object.entries(opts.fieldList).map(([k, v]) => `:${k}: ${v}`).join('\n'));
  for (const b of doc.body) {
    if ('h' in b) parts.push(`${b.text}\n${(RST_UNDER[b.h - 1] ?? '~').repeat(b.text.length)}`);
    else if ('p' in b) {
      const notes: string[] = [];
      const text = splitFootnotes(b.p)
        .map((s) => {
          if (s.footnote === undefined) return s.text;
          notes.push(`.. [#] ${s.footnote}`);
          return `${s.text} [#]_`;
        })
        .join('');
      parts.push(b.bold === true ? `**${text}**` : text);
      if (notes.length > 0) parts.push(notes.join('\n'));
    } else if ('ul' in b) parts.push(b.ul.map((x) => `* ${stripFootnotes(x)}`).join('\n'));
    else if ('ol' in b) parts.push(b.ol.map((x) => `#. ${stripFootnotes(x)}`).join('\n'));
    else if ('table' in b) {
      const rows = [b.table.head, ...b.table.rows];
      parts.push(
        `.. list-table::\n   :header-rows: 1\n\n${rows.map((r) => r.map((c, i) => `   ${i === 0 ? '* - ' : '  - '}${c.replace(/\n/g, ' ')}`).join('\n')).join('\n')}`,
      );
    } else if ('admonition' in b) parts.push(`.. ${b.admonition.toLowerCase()}::\n\n   ${b.text}`);
    else if ('code' in b) parts.push(`.. code-block:: ${b.lang ?? 'text'}\n\n${b.code.split('\n').map((l) => `   ${l}`).join('\n')}`);
    else if ('toc' in b) parts.push('.. contents:: Table of Contents\n   :depth: 2');
  }
  return `${parts.join('\n\n')}\n`;
}

/** AsciiDoc source as Asciidoctor reads it. */
export function renderAsciiDoc(doc: ProseDoc, opts: { attributes?: Record<string, string> } = {}): string {
  const head: string[] = [`= ${doc.title}${doc.subtitle !== undefined ? `: ${doc.subtitle}` : ''}`];
  if (doc.author !== undefined) head.push(doc.author);
  if (doc.date !== undefined) head.push(`v1.0, ${doc.date}`);
  for (const [k, v] of Object.entries(opts.attributes ?? {})) head.push(`:${k}:${v === '' ? '' : ` ${v}`}`);
  const parts: string[] = [head.join('\n')];
  for (const b of doc.body) {
    if ('h' in b) parts.push(`${'='.repeat(b.h + 1)} ${b.text}`);
    else if ('p' in b) parts.push(splitFootnotes(b.p).map((s) => (s.footnote === undefined ? s.text : `${s.text}footnote:[${s.footnote}]`)).join(''));
    else if ('ul' in b) parts.push(b.ul.map((x) => `* ${stripFootnotes(x)}`).join('\n'));
    else if ('ol' in b) parts.push(b.ol.map((x) => `. ${stripFootnotes(x)}`).join('\n'));
    else if ('table' in b) {
      const cols = b.table.head.length;
      parts.push(`[cols="${(b.table.widths ?? b.table.head.map(() => 1)).join(',')}",options="header"]\n|===\n${b.table.head.map((h) => `|${h}`).join(' ')}\n\n${b.table.rows.map((r) => r.slice(0, cols).map((c) => `|${c.replace(/\|/g, '\\|')}`).join('\n')).join('\n\n')}\n|===`);
    } else if ('admonition' in b) parts.push(`${b.admonition}: ${b.text}`);
    else if ('code' in b) parts.push(`[source,${b.lang ?? 'text'}]\n----\n${b.code}\n----`);
    else if ('pagebreak' in b) parts.push('<<<');
  }
  return `${parts.join('\n\n')}\n`;
}

function wrap(text: string, width: number): string {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur !== '' && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur === '' ? w : `${cur} ${w}`;
  }
  if (cur !== '') lines.push(cur);
  return lines.join('\n');
}

/** Plain text as someone pastes it into an e-mail or saves from a text editor. */
export function renderPlainText(doc: ProseDoc, opts: { width?: number; eol?: '\n' | '\r\n'; numbered?: boolean } = {}): string {
  const width = opts.width ?? 78;
  const nums = numberHeadings(doc.body);
  const parts: string[] = [];
  for (const b of doc.preTitle ?? []) if ('p' in b) parts.push(wrap(stripFootnotes(b.p), width));
  parts.push(doc.title.toUpperCase());
  if (doc.subtitle !== undefined) parts.push(doc.subtitle);
  if (doc.author !== undefined || doc.date !== undefined) parts.push([doc.author, doc.date].filter((x) => x !== undefined).join('\n'));
  const notes: string[] = [];
  doc.body.forEach((b, i) => {
    if ('h' in b) {
      const n = opts.numbered === true ? `${nums.get(i) ?? ''} ` : '';
      parts.push(b.h === 1 ? `${n}${b.text.toUpperCase()}\n${'-'.repeat(n.length + b.text.length)}` : `${n}${b.text}`);
    } else if ('p' in b) {
      parts.push(
        wrap(
          splitFootnotes(b.p)
            .map((s) => {
              if (s.footnote === undefined) return s.text;
              notes.push(s.footnote);
              return `${s.text}[${notes.length}]`;
            })
            .join(''),
          width,
        ),
      );
    } else if ('ul' in b) parts.push(b.ul.map((x) => wrap(`  * ${stripFootnotes(x)}`, width).replace(/\n/g, '\n    ')).join('\n'));
    else if ('ol' in b) parts.push(b.ol.map((x, k) => wrap(`  ${k + 1}) ${stripFootnotes(x)}`, width).replace(/\n/g, '\n     ')).join('\n'));
    else if ('table' in b) parts.push([b.table.head, ...b.table.rows].map((r) => r.map((c) => c.replace(/\n/g, '; ')).join(' | ')).join('\n'));
    else if ('admonition' in b) parts.push(wrap(`${b.admonition}: ${b.text}`, width));
    else if ('code' in b) parts.push(b.code.split('\n').map((l) => `    ${l}`).join('\n'));
  });
  if (notes.length > 0) parts.push(`Notes\n${notes.map((n, k) => wrap(`[${k + 1}] ${n}`, width)).join('\n')}`);
  const eol = opts.eol ?? '\n';
  return `${parts.join('\n\n')}\n`.replace(/\n/g, eol);
}
