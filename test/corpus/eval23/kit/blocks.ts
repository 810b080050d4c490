/** A format-neutral description of a document body, rendered to docx, pdf, markdown or text. */
export type Block =
  | { kind: 'title'; text: string; size?: number }
  | { kind: 'h1'; text: string }
  | { kind: 'h2'; text: string }
  /** A heading written as a bold paragraph, as many authors do instead of a heading style. */
  | { kind: 'bold'; text: string }
  | { kind: 'p'; text: string }
  | { kind: 'small'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; rows: string[][]; header?: boolean }
  | { kind: 'pagebreak' };

export const title = (text: string, size?: number): Block => (size === undefined ? { kind: 'title', text } : { kind: 'title', text, size });
export const h1 = (text: string): Block => ({ kind: 'h1', text });
export const h2 = (text: string): Block => ({ kind: 'h2', text });
export const bold = (text: string): Block => ({ kind: 'bold', text });
export const p = (text: string): Block => ({ kind: 'p', text });
export const small = (text: string): Block => ({ kind: 'small', text });
export const bullets = (items: string[]): Block => ({ kind: 'bullets', items });
export const table = (rows: string[][], header = true): Block => ({ kind: 'table', rows, header });
export const pagebreak = (): Block => ({ kind: 'pagebreak' });

/** Plain-text rendering (for .txt / .md and for self-checks). */
export function toMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'title': out.push(`# ${b.text}`, ''); break;
      case 'h1': out.push(`## ${b.text}`, ''); break;
      case 'h2': out.push(`### ${b.text}`, ''); break;
      case 'bold': out.push(`**${b.text}**`, ''); break;
      case 'p': case 'small': out.push(b.text, ''); break;
      case 'bullets': out.push(...b.items.map((i) => `- ${i}`), ''); break;
      case 'table': {
        const [head, ...rest] = b.rows;
        if (!head) break;
        out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rest.map((r) => `| ${r.join(' | ')} |`), '');
        break;
      }
      case 'pagebreak': break;
    }
  }
  return out.join('\n');
}

export function toPlainText(blocks: Block[], width = 78): string {
  const out: string[] = [];
  const wrap = (s: string): string[] => {
    const lines: string[] = [];
    let cur = '';
    for (const w of s.split(/\s+/)) {
      if (cur && cur.length + w.length + 1 > width) { lines.push(cur); cur = w; } else cur = cur ? `${cur} ${w}` : w;
    }
    if (cur) lines.push(cur);
    return lines;
  };
  for (const b of blocks) {
    switch (b.kind) {
      case 'title': out.push(b.text.toUpperCase(), '='.repeat(Math.min(width, b.text.length)), ''); break;
      case 'h1': out.push(b.text, '-'.repeat(Math.min(width, b.text.length)), ''); break;
      case 'h2': case 'bold': out.push(b.text, ''); break;
      case 'p': case 'small': out.push(...wrap(b.text), ''); break;
      case 'bullets': for (const i of b.items) { const [f, ...r] = wrap(i); out.push(`  * ${f ?? ''}`, ...r.map((x) => `    ${x}`)); } out.push(''); break;
      case 'table': for (const r of b.rows) out.push(r.join('  |  ')); out.push(''); break;
      case 'pagebreak': break;
    }
  }
  return out.join('\n');
}
