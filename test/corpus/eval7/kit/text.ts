import type { DocSpec } from './model.js';

function mdTable(rows: string[][]): string {
  const clean = (c: string) => c.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
  const [head, ...rest] = rows;
  if (!head) return '';
  const lines = [`| ${head.map(clean).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const r of rest) lines.push(`| ${r.map(clean).join(' | ')} |`);
  return lines.join('\n');
}

/** Markdown as Notion / Confluence / a git repository would hold it. */
export function toMarkdown(spec: DocSpec): string {
  const out: string[] = [];
  for (const b of spec.blocks) {
    switch (b.k) {
      case 'title':
        out.push(spec.headings === 'bold' ? `**${b.text}**` : `# ${b.text}`);
        break;
      case 'h': {
        const lvl = (b.level ?? 1) + (spec.headings === 'styles' ? 1 : 0);
        out.push(spec.headings === 'bold' ? `**${b.text}**` : `${'#'.repeat(lvl)} ${b.text}`);
        break;
      }
      case 'p':
        out.push(b.bold ? `**${b.text}**` : b.italic ? `*${b.text}*` : b.text);
        break;
      case 'ul':
        out.push(b.items.map((i) => `- ${i}`).join('\n'));
        break;
      case 'ol':
        out.push(b.items.map((i, n) => `${n + 1}. ${i}`).join('\n'));
        break;
      case 'table':
        out.push(mdTable(b.rows));
        break;
      case 'break':
        out.push('---');
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}

function wrap(text: string, width = 78, indent = ''): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width - indent.length) {
      lines.push(indent + cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(indent + cur);
  return lines.join('\n');
}

/** Plain text as "Download as .txt" or a mail client would write it. */
export function toText(spec: DocSpec): string {
  const out: string[] = [];
  if (spec.header) out.push(spec.header);
  for (const b of spec.blocks) {
    switch (b.k) {
      case 'title':
        out.push(b.text);
        break;
      case 'h':
        out.push(spec.headings === 'styles' ? `${b.text}\n${(b.level ?? 1) === 1 ? '='.repeat(b.text.length) : '-'.repeat(b.text.length)}` : b.text.toUpperCase());
        break;
      case 'p':
        out.push(b.text.split('\n').map((l) => wrap(l)).join('\n'));
        break;
      case 'ul':
        out.push(b.items.map((i) => wrap(`* ${i}`, 78, '')).join('\n'));
        break;
      case 'ol':
        out.push(b.items.map((i, n) => wrap(`${n + 1}) ${i}`)).join('\n'));
        break;
      case 'table':
        out.push(b.rows.map((r) => r.map((c) => c.replace(/\n/g, ' ')).join('\t')).join('\n'));
        break;
      case 'break':
        out.push('');
        break;
    }
  }
  if (spec.footer) out.push(spec.footer);
  return `${out.join('\n\n')}\n`;
}
