/** The document model every renderer (docx, pdf, markdown, plain text) takes. */
export type Block =
  | { readonly kind: 'title'; readonly text: string; readonly size?: number }
  | { readonly kind: 'line'; readonly text: string; readonly bold?: boolean; readonly align?: 'center' | 'right'; readonly size?: number }
  | { readonly kind: 'h'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'p'; readonly text: string }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[]; readonly header?: boolean }
  | { readonly kind: 'toc'; readonly entries: readonly string[] }
  | { readonly kind: 'break' };

export const title = (text: string, size?: number): Block => (size === undefined ? { kind: 'title', text } : { kind: 'title', text, size });
export const line = (text: string, bold = false, align?: 'center' | 'right'): Block =>
  align === undefined ? { kind: 'line', text, bold } : { kind: 'line', text, bold, align };
export const h1 = (text: string): Block => ({ kind: 'h', level: 1, text });
export const h2 = (text: string): Block => ({ kind: 'h', level: 2, text });
export const h3 = (text: string): Block => ({ kind: 'h', level: 3, text });
export const p = (text: string): Block => ({ kind: 'p', text });
export const ps = (...texts: string[]): Block[] => texts.map(p);
export const bullets = (...items: string[]): Block => ({ kind: 'bullets', items });
export const table = (rows: readonly (readonly string[])[], header = true): Block => ({ kind: 'table', rows, header });
export const pageBreak: Block = { kind: 'break' };

/** Numbers level-1/2 headings ("3", "3.2") as authors do by hand, and returns the blocks. */
export function numberHeadings(blocks: readonly Block[], start = 1): Block[] {
  let a = start - 1;
  let b = 0;
  return blocks.map((block) => {
    if (block.kind !== 'h' || block.level === 3) return block;
    if (block.level === 1) {
      a += 1;
      b = 0;
      return { ...block, text: `${a} ${block.text}` };
    }
    b += 1;
    return { ...block, text: `${a}.${b} ${block.text}` };
  });
}

/** A static table of contents built from the headings, with made-up but increasing page numbers. */
export function tocOf(blocks: readonly Block[], firstPage = 3): Block {
  const entries: string[] = [];
  let page = firstPage;
  let words = 0;
  for (const block of blocks) {
    if (block.kind === 'p') words += block.text.split(' ').length;
    if (block.kind === 'table') words += block.rows.reduce((n, row) => n + row.join(' ').split(' ').length, 0) + block.rows.length * 12;
    if (block.kind === 'h' && block.level < 3) {
      page += Math.floor(words / 450);
      words %= 450;
      entries.push(`${block.level === 2 ? '    ' : ''}${block.text}\t${page}`);
    }
  }
  return { kind: 'toc', entries };
}

/** Plain text of the blocks, as a person pastes a document into an e-mail or a .txt file. */
export function toText(blocks: readonly Block[], width = 0): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        out.push(block.text.toUpperCase(), '');
        break;
      case 'line':
        out.push(block.text);
        break;
      case 'h':
        out.push('', block.level === 1 ? block.text.toUpperCase() : block.text, '');
        break;
      case 'p':
        out.push(width > 0 ? wrap(block.text, width) : block.text, '');
        break;
      case 'bullets':
        for (const item of block.items) out.push(`  - ${item}`);
        out.push('');
        break;
      case 'table':
        for (const row of block.rows) out.push(row.join(' | '));
        out.push('');
        break;
      case 'toc':
        for (const entry of block.entries) out.push(entry.replace('\t', ' .......... '));
        out.push('');
        break;
      case 'break':
        out.push('');
        break;
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

/** Markdown as documentation-as-code repositories keep it. */
export function toMarkdown(blocks: readonly Block[], frontMatter?: Record<string, string>): string {
  const out: string[] = [];
  if (frontMatter !== undefined) {
    out.push('---');
    for (const [k, v] of Object.entries(frontMatter)) out.push(`${k}: ${JSON.stringify(v)}`);
    out.push('---', '');
  }
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        out.push(`# ${block.text}`, '');
        break;
      case 'line':
        out.push(block.bold === true ? `**${block.text}**  ` : `${block.text}  `);
        break;
      case 'h':
        out.push('', `${'#'.repeat(block.level + 1)} ${block.text}`, '');
        break;
      case 'p':
        out.push(block.text, '');
        break;
      case 'bullets':
        for (const item of block.items) out.push(`- ${item}`);
        out.push('');
        break;
      case 'table': {
        const [head, ...rest] = block.rows;
        if (head === undefined) break;
        out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
        for (const row of rest) out.push(`| ${row.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
        out.push('');
        break;
      }
      case 'toc':
        break;
      case 'break':
        out.push('');
        break;
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

export function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current.length > 0 && current.length + word.length + 1 > width) {
      lines.push(current);
      current = word;
    } else current = current.length > 0 ? `${current} ${word}` : word;
  }
  if (current.length > 0) lines.push(current);
  return lines.join('\n');
}
