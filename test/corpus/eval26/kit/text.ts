import type { Block } from './blocks.js';

/** Renders blocks as GitHub-flavoured markdown. */
export function toMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.t) {
      case 'title':
      case 'big':
        out.push(`# ${b.text}`, '');
        break;
      case 'h1':
        out.push(`## ${b.text}`, '');
        break;
      case 'h2':
        out.push(`### ${b.text}`, '');
        break;
      case 'bold':
        out.push(`**${b.text}**`, '');
        break;
      case 'p':
        out.push(b.text, '');
        break;
      case 'small':
        out.push(`_${b.text}_`, '');
        break;
      case 'bullets':
        out.push(...b.items.map((i) => `- ${i}`), '');
        break;
      case 'table': {
        const [head, ...rest] = b.rows;
        if (!head) break;
        const cell = (c: string) => c.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
        out.push(`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
        out.push(...rest.map((r) => `| ${r.map(cell).join(' | ')} |`), '');
        break;
      }
      case 'pagebreak':
        out.push('---', '');
        break;
    }
  }
  return out.join('\n');
}

/** Renders blocks as plain text, the way people paste documents into e-mail or tickets. */
export function toPlainText(blocks: Block[], width = 78): string {
  const out: string[] = [];
  const fill = (s: string, indent = '') => {
    const lines: string[] = [];
    let line = '';
    for (const w of s.split(/ +/)) {
      if ((line + ' ' + w).length > width - indent.length && line) {
        lines.push(indent + line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    lines.push(indent + line);
    return lines;
  };
  for (const b of blocks) {
    switch (b.t) {
      case 'title':
      case 'big':
        out.push(b.text.toUpperCase(), '='.repeat(Math.min(width, b.text.length)), '');
        break;
      case 'h1':
        out.push(b.text, '-'.repeat(Math.min(width, b.text.length)), '');
        break;
      case 'h2':
      case 'bold':
        out.push(b.text, '');
        break;
      case 'p':
      case 'small':
        out.push(...fill(b.text), '');
        break;
      case 'bullets':
        for (const i of b.items) out.push(...fill(i, '  ').map((l, n) => (n === 0 ? `  * ${l.trimStart()}` : `    ${l.trimStart()}`)));
        out.push('');
        break;
      case 'table': {
        const cols = Math.max(...b.rows.map((r) => r.length));
        const widths = Array.from({ length: cols }, (_, c) => Math.min(40, Math.max(...b.rows.map((r) => (r[c] ?? '').length))));
        for (const r of b.rows) out.push(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
        out.push('');
        break;
      }
      case 'pagebreak':
        out.push('', '');
        break;
    }
  }
  return out.join('\n');
}
