/** A small document model rendered to docx, pdf, markdown, Confluence-like HTML and plain text. */
export type Block =
  | { kind: 'h'; level: 1 | 2 | 3; text: string }
  | { kind: 'bold'; text: string }
  | { kind: 'big'; text: string }
  | { kind: 'p'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'break' };

export const h1 = (text: string): Block => ({ kind: 'h', level: 1, text });
export const h2 = (text: string): Block => ({ kind: 'h', level: 2, text });
export const h3 = (text: string): Block => ({ kind: 'h', level: 3, text });
export const bold = (text: string): Block => ({ kind: 'bold', text });
export const big = (text: string): Block => ({ kind: 'big', text });
export const p = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'p', text }));
export const note = (text: string): Block => ({ kind: 'note', text });
export const bullets = (...items: string[]): Block => ({ kind: 'bullets', items });
export const table = (rows: string[][]): Block => ({ kind: 'table', rows });
export const pageBreak: Block = { kind: 'break' };

/** Plain text of a block list (used by md/txt renderers and self-checks). */
export function blocksToText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'bullets':
        out.push(...b.items.map((i) => `  * ${i}`));
        break;
      case 'table':
        out.push(...b.rows.map((r) => r.join('\t')));
        break;
      case 'break':
        out.push('');
        break;
      default:
        out.push(b.text);
    }
    out.push('');
  }
  return out.join('\n');
}

/** Standard revision history table. */
export function revisionTable(rows: [string, string, string, string][]): Block {
  return table([['Date', 'Version', 'Description', 'Author'], ...rows]);
}

/** A dotted table of contents written as plain paragraphs (no field codes). */
export function tocBlocks(entries: string[]): Block[] {
  return [bold('Table of Contents'), ...entries.map((e, i): Block => ({ kind: 'p', text: `${e} ${'.'.repeat(Math.max(4, 60 - e.length))} ${i + 3}` }))];
}
