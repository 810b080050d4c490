import type { Block } from './model.js';

/** Render blocks as Markdown. */
export function renderMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.t) {
      case 'title': out.push(`# ${b.text}`, ''); break;
      case 'subtitle': out.push(`_${b.text}_`, ''); break;
      case 'h1': out.push(`## ${b.text}`, ''); break;
      case 'h2': out.push(`### ${b.text}`, ''); break;
      case 'p': out.push(b.text, ''); break;
      case 'bold': out.push(`**${b.text}**`, ''); break;
      case 'small': out.push(`<small>${b.text}</small>`, ''); break;
      case 'bullets': out.push(...b.items.map((i) => `- ${i}`), ''); break;
      case 'table': {
        const [head, ...rest] = b.rows;
        if (!head) break;
        out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rest.map((r) => `| ${r.map((c) => c.replace(/\n/g, '<br>')).join(' | ')} |`), '');
        break;
      }
      case 'break': out.push('---', ''); break;
    }
  }
  return out.join('\n');
}

/** Render blocks as plain text, as people paste into e-mail or save from Notepad. */
export function renderText(blocks: Block[], width = 78): string {
  const wrap = (text: string, indent = ''): string[] => {
    const lines: string[] = [];
    let line = indent;
    for (const word of text.split(/\s+/)) {
      if (line.length + word.length + 1 > width && line.trim()) {
        lines.push(line.trimEnd());
        line = indent;
      }
      line += (line.trim() ? ' ' : '') + word;
    }
    if (line.trim()) lines.push(line.trimEnd());
    return lines;
  };
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.t) {
      case 'title': out.push(b.text.toUpperCase(), '='.repeat(Math.min(width, b.text.length)), ''); break;
      case 'subtitle': case 'bold': case 'small': out.push(...wrap(b.text), ''); break;
      case 'h1': out.push(b.text.toUpperCase(), '-'.repeat(Math.min(width, b.text.length)), ''); break;
      case 'h2': out.push(b.text, ''); break;
      case 'p': out.push(...wrap(b.text), ''); break;
      case 'bullets': for (const i of b.items) out.push(...wrap(i, '  * ').map((l, n) => (n === 0 ? l : `    ${l.trimStart()}`))); out.push(''); break;
      case 'table': out.push(...b.rows.map((r) => r.map((c) => c.replace(/\n/g, '; ')).join('\t')), ''); break;
      case 'break': out.push('', ''); break;
    }
  }
  return out.join('\r\n');
}
