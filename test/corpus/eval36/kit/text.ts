import type { Block } from './model.js';

/** Renders blocks as GitHub-flavoured markdown. */
export function toMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        out.push(`# ${b.text}`, '');
        break;
      case 'h':
        out.push(`${'#'.repeat((b.level ?? 1) + 1)} ${b.text}`, '');
        break;
      case 'p':
        out.push(b.bold ? `**${b.text}**` : b.text, '');
        break;
      case 'bullets':
        out.push(...b.items.map((i) => `- ${i}`), '');
        break;
      case 'table': {
        const [head, ...rest] = b.rows;
        if (!head) break;
        const esc = (c: string): string => c.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
        out.push(`| ${head.map(esc).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rest.map((r) => `| ${r.map(esc).join(' | ')} |`), '');
        break;
      }
      case 'break':
        out.push('---', '');
        break;
    }
  }
  return out.join('\n');
}

/** Renders blocks as plain text the way people paste documents into e-mail or .txt files. */
export function toPlainText(blocks: Block[], width = 78): string {
  const out: string[] = [];
  let n = 0;
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        out.push(b.text.toUpperCase(), '='.repeat(Math.min(width, b.text.length)), '');
        break;
      case 'h':
        if ((b.level ?? 1) === 1) n += 1;
        out.push((b.level ?? 1) === 1 ? `${n}. ${b.text.toUpperCase()}` : b.text, '');
        break;
      case 'p':
        out.push(b.text, '');
        break;
      case 'bullets':
        out.push(...b.items.map((i) => `  * ${i}`), '');
        break;
      case 'table':
        out.push(...b.rows.map((r) => r.join('  |  ')), '');
        break;
      case 'break':
        out.push('', '-'.repeat(width), '');
        break;
    }
  }
  return out.join('\n');
}
