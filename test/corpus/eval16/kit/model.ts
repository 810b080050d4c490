/** A neutral model of a prose document, rendered to docx, pdf, markdown or plain text. */

export type Block =
  | { readonly k: 'title'; readonly text: string; readonly size?: number }
  | { readonly k: 'h'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly k: 'p'; readonly text: string; readonly bold?: boolean; readonly italic?: boolean }
  | { readonly k: 'table'; readonly rows: readonly (readonly string[])[]; readonly header?: boolean }
  | { readonly k: 'bullets'; readonly items: readonly string[] }
  | { readonly k: 'pagebreak' };

/** Office/PDF document properties; `null` on ProseDoc means "none at all". */
export interface DocMeta {
  readonly title?: string;
  readonly subject?: string;
  readonly creator?: string;
  readonly lastModifiedBy?: string;
  readonly keywords?: string;
  readonly description?: string;
  readonly company?: string;
  readonly application?: string;
}

export interface ProseDoc {
  readonly blocks: readonly Block[];
  /** Page header text (every page). */
  readonly header?: string;
  /** Page footer text (every page); renderers add page numbers where they can. */
  readonly footer?: string;
  readonly meta: DocMeta | null;
  /** 'style': headings use Heading 1–3 styles; 'bold': headings are bold plain paragraphs. */
  readonly headings: 'style' | 'bold';
}

/** Plain text of a block list, for renderers that only need words. */
export function blockText(b: Block): string {
  switch (b.k) {
    case 'title':
    case 'h':
    case 'p':
      return b.text;
    case 'table':
      return b.rows.map((r) => r.join(' | ')).join('\n');
    case 'bullets':
      return b.items.join('\n');
    case 'pagebreak':
      return '';
  }
}
