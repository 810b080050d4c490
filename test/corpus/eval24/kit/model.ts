/** A small document model shared by the docx, pdf and text writers of this corpus. */
export type Block =
  | { kind: 'title'; text: string; size?: number }
  | { kind: 'h'; level: 1 | 2 | 3; text: string; asBold?: boolean }
  | { kind: 'p'; text: string; bold?: boolean; italic?: boolean; center?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; rows: string[][]; caption?: string }
  | { kind: 'pb' };

export interface DocMeta {
  title?: string;
  subject?: string;
  creator?: string;
  lastModifiedBy?: string;
  keywords?: string;
}

export interface ProseDoc {
  meta: DocMeta;
  header?: string;
  footer?: string;
  blocks: Block[];
}

export const FIXED_DATE = new Date('2025-03-14T15:09:26Z');

export const h1 = (text: string, asBold = false): Block => ({ kind: 'h', level: 1, text, asBold });
export const h2 = (text: string, asBold = false): Block => ({ kind: 'h', level: 2, text, asBold });
export const h3 = (text: string, asBold = false): Block => ({ kind: 'h', level: 3, text, asBold });
export const p = (text: string): Block => ({ kind: 'p', text });
export const bold = (text: string): Block => ({ kind: 'p', text, bold: true });
export const center = (text: string, isBold = false): Block => ({ kind: 'p', text, center: true, bold: isBold });
export const title = (text: string, size?: number): Block => (size === undefined ? { kind: 'title', text } : { kind: 'title', text, size });
export const bullets = (...items: string[]): Block => ({ kind: 'bullets', items });
export const table = (rows: string[][], caption?: string): Block => (caption === undefined ? { kind: 'table', rows } : { kind: 'table', rows, caption });
export const pb: Block = { kind: 'pb' };

/** Plain text of a model, as a person would type it into a .txt or .md file. */
export function toMarkdown(doc: ProseDoc, markdown: boolean): string {
  const out: string[] = [];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'title': out.push(markdown ? `# ${b.text}` : b.text.toUpperCase(), ''); break;
      case 'h': out.push(markdown ? `${'#'.repeat(b.level + 1)} ${b.text}` : b.text, markdown ? '' : '-'.repeat(Math.min(b.text.length, 72)), ''); break;
      case 'p': out.push(markdown && b.bold ? `**${b.text}**` : b.text, ''); break;
      case 'bullets': out.push(...b.items.map((i) => `${markdown ? '-' : '  *'} ${i}`), ''); break;
      case 'table': {
        const [head, ...rest] = b.rows;
        if (!head) break;
        if (markdown) {
          out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rest.map((r) => `| ${r.join(' | ')} |`));
        } else {
          out.push(...b.rows.map((r) => r.join('  |  ')));
        }
        if (b.caption) out.push('', markdown ? `*${b.caption}*` : b.caption);
        out.push('');
        break;
      }
      case 'pb': out.push(markdown ? '---' : '', ''); break;
    }
  }
  return out.join('\n');
}
