/** A document as a list of blocks, rendered to docx, pdf, markdown or text by the renderers. */
export type Block =
  | { readonly k: 'h1' | 'h2' | 'h3'; readonly t: string }
  | { readonly k: 'p'; readonly t: string }
  | { readonly k: 'bold'; readonly t: string }
  | { readonly k: 'big'; readonly t: string }
  | { readonly k: 'center'; readonly t: string }
  | { readonly k: 'ul'; readonly items: readonly string[] }
  | { readonly k: 'table'; readonly rows: readonly (readonly string[])[] }
  | { readonly k: 'br' };

export interface DocMeta {
  readonly title?: string;
  readonly subject?: string;
  readonly creator?: string;
  readonly description?: string;
  readonly keywords?: string;
  readonly lastModifiedBy?: string;
}

export interface ProseDoc {
  readonly blocks: readonly Block[];
  readonly header?: string;
  readonly footer?: string;
  readonly meta?: DocMeta;
  /** 'bold' renders headings as bold paragraphs instead of heading styles. */
  readonly headings?: 'styles' | 'bold';
}

export const h1 = (t: string): Block => ({ k: 'h1', t });
export const h2 = (t: string): Block => ({ k: 'h2', t });
export const h3 = (t: string): Block => ({ k: 'h3', t });
export const p = (...ts: string[]): Block[] => ts.map((t) => ({ k: 'p', t }));
export const bold = (t: string): Block => ({ k: 'bold', t });
export const big = (t: string): Block => ({ k: 'big', t });
export const center = (t: string): Block => ({ k: 'center', t });
export const ul = (...items: string[]): Block => ({ k: 'ul', items });
export const table = (...rows: string[][]): Block => ({ k: 'table', rows });
export const br: Block = { k: 'br' };

/** Plain text of a block list (for md/txt renderers and checks). */
export function blockText(b: Block): string[] {
  switch (b.k) {
    case 'ul':
      return b.items.map((i) => `- ${i}`);
    case 'table':
      return b.rows.map((r) => r.join(' | '));
    case 'br':
      return [];
    default:
      return [b.t];
  }
}
