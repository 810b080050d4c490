/** A small format-neutral document model: the same blocks render to docx, pdf, markdown or plain text. */

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly strike?: boolean;
  readonly size?: number;
  /** A reviewer comment anchored on this run (kept in docx, dropped elsewhere, like Google's PDF export). */
  readonly comment?: { readonly author: string; readonly text: string };
}

export type Inline = string | Run | readonly Run[];

export type Block =
  | { readonly kind: 'title'; readonly text: string; readonly sub?: readonly string[] }
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'para'; readonly runs: readonly Run[]; readonly align?: 'center' | 'right' }
  | { readonly kind: 'list'; readonly items: readonly Inline[]; readonly ordered?: boolean }
  | { readonly kind: 'table'; readonly rows: readonly (readonly Inline[])[]; readonly header?: boolean }
  | { readonly kind: 'break' };

export function runsOf(inline: Inline): readonly Run[] {
  if (typeof inline === 'string') return [{ text: inline }];
  if (Array.isArray(inline)) return inline as readonly Run[];
  return [inline as Run];
}

export function plain(inline: Inline): string {
  return runsOf(inline)
    .map((r) => r.text)
    .join('');
}

export const title = (text: string, ...sub: string[]): Block => ({ kind: 'title', text, sub });
export const h1 = (text: string): Block => ({ kind: 'heading', level: 1, text });
export const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });
export const h3 = (text: string): Block => ({ kind: 'heading', level: 3, text });
export const p = (...parts: Inline[]): Block => ({ kind: 'para', runs: parts.flatMap((x) => [...runsOf(x)]) });
export const centered = (...parts: Inline[]): Block => ({ kind: 'para', runs: parts.flatMap((x) => [...runsOf(x)]), align: 'center' });
export const b = (text: string): Run => ({ text, bold: true });
export const i = (text: string): Run => ({ text, italic: true });
export const s = (text: string): Run => ({ text, strike: true });
export const big = (text: string, size = 26): Run => ({ text, bold: true, size });
export const cmt = (text: string, author: string, comment: string): Run => ({ text, comment: { author, text: comment } });
export const ul = (...items: Inline[]): Block => ({ kind: 'list', items });
export const ol = (...items: Inline[]): Block => ({ kind: 'list', items, ordered: true });
export const table = (rows: (readonly Inline[])[], header = true): Block => ({ kind: 'table', rows, header });
export const pb = (): Block => ({ kind: 'break' });

/** Paragraphs from a text where blank lines separate paragraphs. */
export function paras(text: string): Block[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((t) => p(t.replace(/\s*\n\s*/g, ' ').trim()));
}

/** All the visible text of the blocks, one block a line. */
export function blocksText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const bl of blocks) {
    switch (bl.kind) {
      case 'title':
        out.push(bl.text, ...(bl.sub ?? []));
        break;
      case 'heading':
        out.push(bl.text);
        break;
      case 'para':
        out.push(bl.runs.map((r) => r.text).join(''));
        break;
      case 'list':
        out.push(...bl.items.map(plain));
        break;
      case 'table':
        out.push(...bl.rows.map((r) => r.map(plain).join(' | ')));
        break;
      case 'break':
        break;
    }
  }
  return out.join('\n');
}
