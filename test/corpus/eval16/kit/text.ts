import type { ProseDoc } from './model.js';

/** Markdown rendering (headings as #, tables as pipe tables). */
export function renderMarkdown(doc: ProseDoc, frontMatter?: Readonly<Record<string, string>>): string {
  const out: string[] = [];
  if (frontMatter) {
    out.push('---');
    for (const [k, v] of Object.entries(frontMatter)) out.push(`${k}: ${JSON.stringify(v)}`);
    out.push('---', '');
  }
  for (const b of doc.blocks) {
    switch (b.k) {
      case 'title':
        out.push(`# ${b.text}`, '');
        break;
      case 'h':
        out.push(`${'#'.repeat(b.level + 1)} ${b.text}`, '');
        break;
      case 'p':
        out.push(b.bold ? `**${b.text}**` : b.italic ? `_${b.text}_` : b.text, '');
        break;
      case 'bullets':
        out.push(...b.items.map((i) => `- ${i}`), '');
        break;
      case 'table': {
        const [head, ...rest] = b.rows;
        if (!head) break;
        const clean = (c: string): string => c.replace(/\n/g, '<br>').replace(/\|/g, '\\|');
        out.push(`| ${head.map(clean).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
        for (const r of rest) out.push(`| ${r.map(clean).join(' | ')} |`);
        out.push('');
        break;
      }
      case 'pagebreak':
        out.push('---', '');
        break;
    }
  }
  return out.join('\n');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (line && line.length + word.length + 1 > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

/** Plain text rendering, wrapped at 78 columns, as a text editor or e-mail client saves it. */
export function renderText(doc: ProseDoc, eol: '\n' | '\r\n' = '\n'): string {
  const out: string[] = [];
  if (doc.header) out.push(doc.header, '');
  for (const b of doc.blocks) {
    switch (b.k) {
      case 'title':
        out.push(b.text.toUpperCase(), '='.repeat(Math.min(78, b.text.length)), '');
        break;
      case 'h':
        out.push(b.text, (b.level === 1 ? '-' : '.').repeat(Math.min(78, b.text.length)), '');
        break;
      case 'p':
        out.push(...wrap(b.text, 78), '');
        break;
      case 'bullets':
        for (const i of b.items) out.push(...wrap(`  * ${i}`, 78));
        out.push('');
        break;
      case 'table':
        for (const r of b.rows) out.push(r.map((c) => c.replace(/\n/g, '; ')).join('  |  '));
        out.push('');
        break;
      case 'pagebreak':
        out.push('', '');
        break;
    }
  }
  if (doc.footer) out.push('', doc.footer);
  return out.join(eol) + eol;
}
