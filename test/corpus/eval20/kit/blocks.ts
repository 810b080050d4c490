/** The document model shared by the docx and pdf builders. */
export type Block =
  /** A heading; `plain` renders it as a bold paragraph instead of a heading style. */
  | { k: 'h'; level: 1 | 2 | 3; text: string; plain?: boolean }
  | { k: 'p'; text: string; bold?: boolean; italic?: boolean; center?: boolean; size?: number }
  | { k: 'bullets'; items: string[] }
  | { k: 'numbered'; items: string[] }
  | { k: 'table'; rows: string[][]; header?: boolean; widths?: number[] }
  | { k: 'break' }
  | { k: 'space' };

export const h1 = (text: string, plain = false): Block => ({ k: 'h', level: 1, text, plain });
export const h2 = (text: string, plain = false): Block => ({ k: 'h', level: 2, text, plain });
export const h3 = (text: string, plain = false): Block => ({ k: 'h', level: 3, text, plain });
export const p = (text: string): Block => ({ k: 'p', text });
export const b = (text: string): Block => ({ k: 'p', text, bold: true });
export const big = (text: string, size = 28): Block => ({ k: 'p', text, bold: true, center: true, size });
export const center = (text: string, size?: number): Block => (size === undefined ? { k: 'p', text, center: true } : { k: 'p', text, center: true, size });
export const ul = (...items: string[]): Block => ({ k: 'bullets', items });
export const ol = (...items: string[]): Block => ({ k: 'numbered', items });
export const table = (rows: string[][], header = true, widths?: number[]): Block =>
  widths ? { k: 'table', rows, header, widths } : { k: 'table', rows, header };
export const pageBreak: Block = { k: 'break' };
export const space: Block = { k: 'space' };

/** Several paragraphs at once. */
export const ps = (...texts: string[]): Block[] => texts.map(p);

/** All the text of a block list (used for sizes and self-checks). */
export function blocksText(blocks: readonly Block[]): string {
  return blocks
    .map((x) => {
      switch (x.k) {
        case 'h':
        case 'p':
          return x.text;
        case 'bullets':
        case 'numbered':
          return x.items.join('\n');
        case 'table':
          return x.rows.map((r) => r.join(' | ')).join('\n');
        default:
          return '';
      }
    })
    .join('\n');
}
