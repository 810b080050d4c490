import type { Block } from './blocks.js';

/** Markdown as people paste it into a wiki or repository. */
export function renderMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.k) {
      case 'title': out.push(`# ${b.text}`, ''); break;
      case 'h1': out.push(`## ${b.text}`, ''); break;
      case 'h2': out.push(`### ${b.text}`, ''); break;
      case 'p': out.push(b.text, ''); break;
      case 'small': out.push(`_${b.text}_`, ''); break;
      case 'bullets': out.push(...b.items.map((i) => `- ${i}`), ''); break;
      case 'table': {
        const [head, ...rest] = b.rows;
        if (!head) break;
        out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rest.map((r) => `| ${r.join(' | ')} |`), '');
        break;
      }
      case 'break': out.push('---', ''); break;
    }
  }
  return out.join('\n');
}

/** Plain text as exported from a word processor or typed in an editor. */
export function renderText(blocks: readonly Block[], width = 78): string {
  const wrap = (text: string, indent = ''): string[] => {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
      if ((line + ' ' + word).trim().length > width - indent.length) {
        lines.push(indent + line.trim());
        line = word;
      } else line = `${line} ${word}`;
    }
    if (line.trim()) lines.push(indent + line.trim());
    return lines;
  };
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.k) {
      case 'title': out.push(b.text.toUpperCase(), '='.repeat(Math.min(width, b.text.length)), ''); break;
      case 'h1': out.push(b.text, '-'.repeat(Math.min(width, b.text.length)), ''); break;
      case 'h2': out.push(b.text, ''); break;
      case 'p': case 'small': out.push(...wrap(b.text), ''); break;
      case 'bullets': for (const i of b.items) out.push(...wrap(i, '  * ').map((l, n) => (n === 0 ? l : l.replace('  * ', '    ')))); out.push(''); break;
      case 'table': out.push(...b.rows.map((r) => r.join('  |  ')), ''); break;
      case 'break': out.push('\f'); break;
    }
  }
  return out.join('\n');
}
