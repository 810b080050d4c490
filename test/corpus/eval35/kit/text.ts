import type { ProseDoc } from './types.js';

/** Renders a prose document as Markdown, as people paste documents into wikis and tickets. */
export function renderMarkdown(doc: ProseDoc): string {
  const out: string[] = [];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'title':
        out.push(`# ${b.text}`, '');
        break;
      case 'h':
        out.push(`${'#'.repeat((b.level ?? 1) + 1)} ${b.text}`, '');
        break;
      case 'p':
        out.push(b.bold ? `**${b.text}**` : b.italic ? `*${b.text}*` : b.text, '');
        break;
      case 'bullets':
        out.push(...b.items.map((i) => `- ${i}`), '');
        break;
      case 'table': {
        const [head, ...rest] = b.rows;
        if (!head) break;
        out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rest.map((r) => `| ${r.join(' | ')} |`), '');
        break;
      }
      case 'break':
        out.push('---', '');
        break;
    }
  }
  return out.join('\n');
}

/** Renders a prose document as plain text (e-mail bodies, notes exported from an editor). */
export function renderText(doc: ProseDoc): string {
  const out: string[] = [];
  if (doc.header) out.push(doc.header, '');
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'title':
        out.push(b.text.toUpperCase(), '');
        break;
      case 'h':
        out.push(b.text, '-'.repeat(Math.min(b.text.length, 72)));
        break;
      case 'p':
        out.push(b.text, '');
        break;
      case 'bullets':
        out.push(...b.items.map((i) => `  * ${i}`), '');
        break;
      case 'table':
        out.push(...b.rows.map((r) => r.join('\t')), '');
        break;
      case 'break':
        out.push('');
        break;
    }
  }
  if (doc.footer) out.push(doc.footer);
  return out.join('\n');
}
