import type { ProseDoc } from './blocks.js';
import { blockText } from './blocks.js';

/** Markdown rendering of a block document. */
export function renderMarkdown(doc: ProseDoc): string {
  const out: string[] = [];
  for (const b of doc.blocks) {
    switch (b.k) {
      case 'h1':
        out.push(`# ${b.t}`, '');
        break;
      case 'h2':
        out.push(`## ${b.t}`, '');
        break;
      case 'h3':
        out.push(`### ${b.t}`, '');
        break;
      case 'bold':
      case 'big':
        out.push(`**${b.t}**`, '');
        break;
      case 'table': {
        const [head, ...rest] = b.rows;
        if (!head) break;
        out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rest.map((r) => `| ${r.join(' | ')} |`), '');
        break;
      }
      case 'br':
        out.push('---', '');
        break;
      default:
        out.push(...blockText(b), '');
    }
  }
  return out.join('\n');
}

/** Plain-text rendering (as pasted into an e-mail or saved from a text editor). */
export function renderText(doc: ProseDoc): string {
  const out: string[] = [];
  if (doc.header) out.push(doc.header, '');
  for (const b of doc.blocks) {
    if (b.k === 'h1' || b.k === 'big') out.push(b.t.toUpperCase(), '');
    else if (b.k === 'br') out.push('', '');
    else out.push(...blockText(b), '');
  }
  if (doc.footer) out.push(doc.footer);
  return out.join('\r\n');
}
