/** Renders a DocSpec as markdown or as plain text (what people paste into e-mail or save from an editor). */
import type { DocSpec } from './model.js';

export function renderMarkdown(spec: DocSpec, frontMatter?: Record<string, string>): string {
  const out: string[] = [];
  if (frontMatter) {
    out.push('---');
    for (const [k, v] of Object.entries(frontMatter)) out.push(`${k}: ${JSON.stringify(v)}`);
    out.push('---', '');
  }
  if (spec.header) out.push(`<!-- ${spec.header} -->`, '');
  for (const b of spec.blocks) {
    switch (b.kind) {
      case 'title':
        out.push(`**${b.text}**`, '');
        break;
      case 'h':
        out.push(`${'#'.repeat(b.level)} ${b.text}`, '');
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
        const cells = (r: string[]): string => `| ${r.map((c) => c.replace(/\n/g, '<br>').replace(/\|/g, '\\|')).join(' | ')} |`;
        out.push(cells(head), `|${head.map(() => '---').join('|')}|`, ...rest.map(cells), '');
        break;
      }
      case 'break':
        out.push('---', '');
        break;
      case 'spacer':
        break;
    }
  }
  if (spec.footer) out.push('', `<!-- ${spec.footer.replace(/\n/g, ' ')} -->`);
  return out.join('\n') + '\n';
}

export function renderText(spec: DocSpec, width = 100): string {
  const out: string[] = [];
  if (spec.header) out.push(spec.header, '');
  const wrapLine = (t: string, indent = ''): string[] => {
    const res: string[] = [];
    let line = '';
    for (const w of t.split(/ +/)) {
      if ((line + ' ' + w).length > width - indent.length && line) {
        res.push(indent + line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    res.push(indent + line);
    return res;
  };
  for (const b of spec.blocks) {
    switch (b.kind) {
      case 'title':
        out.push(b.text.toUpperCase(), '');
        break;
      case 'h':
        out.push(b.text, (b.level === 1 ? '=' : '-').repeat(Math.min(b.text.length, width)), '');
        break;
      case 'p':
        out.push(...wrapLine(b.text), '');
        break;
      case 'bullets':
        for (const i of b.items) out.push(...wrapLine(`* ${i}`));
        out.push('');
        break;
      case 'table': {
        const cols = Math.max(...b.rows.map((r) => r.length));
        const widths = Array.from({ length: cols }, (_, j) => Math.min(40, Math.max(...b.rows.map((r) => (r[j] ?? '').replace(/\n/g, ' ').length))));
        for (const r of b.rows) out.push(widths.map((wd, j) => (r[j] ?? '').replace(/\n/g, ' ').slice(0, 40).padEnd(wd)).join('  ').trimEnd());
        out.push('');
        break;
      }
      case 'break':
        out.push('', '');
        break;
      case 'spacer':
        out.push('');
        break;
    }
  }
  if (spec.footer) out.push('', spec.footer);
  return out.join('\n') + '\n';
}
