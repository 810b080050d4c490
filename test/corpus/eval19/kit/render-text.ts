import type { ProseDoc } from './model.js';

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

const mdCell = (c: string): string => c.replace(/\|/g, '\\|').replace(/\n/g, '<br>');

/** Renders a prose document as Markdown (as exported from a docs portal or a wiki). */
export function renderMarkdown(doc: ProseDoc): string {
  const out: string[] = [];
  for (const blk of doc.blocks) {
    switch (blk.t) {
      case 'title':
        out.push(`# ${blk.text}`, '');
        break;
      case 'h':
        out.push(`${'#'.repeat(blk.level + 1)} ${blk.text}`, '');
        break;
      case 'p':
        out.push(blk.bold ? `**${blk.text}**` : blk.italic ? `_${blk.text}_` : blk.text, '');
        break;
      case 'ul':
        out.push(...blk.items.map((i) => `- ${i}`), '');
        break;
      case 'table': {
        const [head, ...rest] = blk.rows;
        if (!head) break;
        out.push(`| ${head.map(mdCell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rest.map((r) => `| ${r.map(mdCell).join(' | ')} |`), '');
        break;
      }
      case 'sig':
        out.push(`${blk.signed ? `/s/ ${blk.signed}` : '_______________________'}  `, ...blk.lines.map((l) => `${l}  `), '');
        break;
      case 'break':
        out.push('---', '');
        break;
    }
  }
  return out.join('\n');
}

/** Renders a prose document as plain text wrapped at `width` columns (as pasted into an e-mail or a ticket). */
export function renderText(doc: ProseDoc, width = 78): string {
  const out: string[] = [];
  for (const blk of doc.blocks) {
    switch (blk.t) {
      case 'title':
        out.push(blk.text.toUpperCase(), '');
        break;
      case 'h':
        out.push(blk.text, blk.level === 1 ? '='.repeat(Math.min(width, blk.text.length)) : '-'.repeat(Math.min(width, blk.text.length)), '');
        break;
      case 'p':
        out.push(...wrap(blk.text, width), '');
        break;
      case 'ul':
        for (const i of blk.items) wrap(i, width - 4).forEach((l, k) => out.push(`${k === 0 ? '  * ' : '    '}${l}`));
        out.push('');
        break;
      case 'table':
        for (const r of blk.rows) out.push(r.map((c) => c.replace(/\n/g, ' ')).join(' | '));
        out.push('');
        break;
      case 'sig':
        out.push(blk.signed ? `/s/ ${blk.signed}` : '____________________', ...blk.lines, '');
        break;
      case 'break':
        out.push('');
        break;
    }
  }
  return out.join('\n');
}
