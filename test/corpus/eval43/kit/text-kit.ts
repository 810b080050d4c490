import type { ProseDoc } from './model.js';

/** Markdown rendering, as people paste documents into wikis and repositories. */
export function renderMarkdown(doc: ProseDoc): string {
  const out: string[] = [];
  for (const bl of doc.blocks) {
    switch (bl.k) {
      case 'title': out.push(`# ${bl.text}`, ''); break;
      case 'h': out.push(`${'#'.repeat(bl.level + 1)} ${bl.text}`, ''); break;
      case 'p': out.push(bl.bold ? `**${bl.text}**` : bl.text, ''); break;
      case 'bullets': out.push(...bl.items.map((i) => `- ${i}`), ''); break;
      case 'table': {
        const [head, ...rest] = bl.rows;
        if (!head) break;
        out.push(`| ${head.join(' | ')} |`, `|${head.map(() => ' --- |').join('')}`, ...rest.map((r) => `| ${r.join(' | ')} |`), '');
        break;
      }
      case 'break': out.push('---', ''); break;
    }
  }
  if (doc.footer) out.push(`_${doc.footer}_`, '');
  return out.join('\n');
}

/** Plain-text rendering (an e-mail body or a .txt export): underlined headings, tab-separated tables. */
export function renderText(doc: ProseDoc): string {
  const out: string[] = [];
  if (doc.header) out.push(doc.header, '');
  for (const bl of doc.blocks) {
    switch (bl.k) {
      case 'title': out.push(bl.text.toUpperCase(), ''); break;
      case 'h': out.push(bl.text, (bl.level === 1 ? '=' : '-').repeat(Math.min(bl.text.length, 72)), ''); break;
      case 'p': out.push(bl.text, ''); break;
      case 'bullets': out.push(...bl.items.map((i) => `  * ${i}`), ''); break;
      case 'table': out.push(...bl.rows.map((r) => r.join('\t')), ''); break;
      case 'break': out.push('', ''); break;
    }
  }
  if (doc.footer) out.push(doc.footer);
  return out.join('\r\n');
}
