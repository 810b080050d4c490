/** A format-neutral description of a prose document; each renderer turns it into one file format. */
export type Block =
  | { t: 'title'; text: string }
  | { t: 'subtitle'; text: string }
  | { t: 'big'; text: string }
  | { t: 'h1'; text: string }
  | { t: 'h2'; text: string }
  | { t: 'p'; text: string }
  | { t: 'bold'; text: string }
  | { t: 'bullets'; items: string[] }
  | { t: 'table'; rows: string[][]; header?: boolean }
  | { t: 'break' };

export interface DocMeta {
  title?: string;
  subject?: string;
  creator?: string;
  description?: string;
  keywords?: string;
  lastModifiedBy?: string;
}

export interface RenderOptions {
  /** 'styles': real Heading styles; 'bold': headings typed as bold paragraphs. */
  headings?: 'styles' | 'bold';
  header?: string;
  footer?: string;
  meta?: DocMeta;
}

export const h1 = (text: string): Block => ({ t: 'h1', text });
export const h2 = (text: string): Block => ({ t: 'h2', text });
export const p = (text: string): Block => ({ t: 'p', text });
export const bold = (text: string): Block => ({ t: 'bold', text });
export const bullets = (...items: string[]): Block => ({ t: 'bullets', items });
export const table = (rows: string[][], header = true): Block => ({ t: 'table', rows, header });
export const pageBreak: Block = { t: 'break' };

/** Revision history table as real documents carry it. */
export function revisionHistory(rows: [string, string, string, string][]): Block {
  return table([['Date', 'Version', 'Description', 'Author'], ...rows]);
}

/** Table of contents typed out as text (what a converted or pasted document keeps). */
export function tocBlock(entries: string[]): Block[] {
  return [{ t: 'bold', text: 'Table of Contents' }, ...entries.map((e, i) => ({ t: 'p' as const, text: `${e} ${'.'.repeat(Math.max(3, 60 - e.length))} ${i + 2}` }))];
}

/** Flattens the blocks to plain text (used by the text and markdown renderers). */
export function blocksToText(blocks: Block[], markdown: boolean): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.t) {
      case 'title':
        out.push(markdown ? `# ${b.text}` : b.text.toUpperCase(), '');
        break;
      case 'subtitle':
      case 'big':
        out.push(markdown ? `**${b.text}**` : b.text, '');
        break;
      case 'h1':
        out.push(markdown ? `## ${b.text}` : `${b.text}\n${'='.repeat(Math.min(b.text.length, 70))}`, '');
        break;
      case 'h2':
        out.push(markdown ? `### ${b.text}` : `${b.text}\n${'-'.repeat(Math.min(b.text.length, 70))}`, '');
        break;
      case 'p':
        out.push(b.text, '');
        break;
      case 'bold':
        out.push(markdown ? `**${b.text}**` : b.text, '');
        break;
      case 'bullets':
        out.push(...b.items.map((i) => (markdown ? `- ${i}` : `  * ${i}`)), '');
        break;
      case 'table':
        if (markdown) {
          b.rows.forEach((r, i) => {
            out.push(`| ${r.map((c) => c.replace(/\|/g, '/')).join(' | ')} |`);
            if (i === 0) out.push(`|${r.map(() => '---').join('|')}|`);
          });
        } else {
          for (const r of b.rows) out.push(r.join('  |  '));
        }
        out.push('');
        break;
      case 'break':
        out.push(markdown ? '---' : '\f', '');
        break;
    }
  }
  return out.join('\n');
}
