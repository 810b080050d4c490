/**
 * The document model every prose renderer (docx, pdf, md, rst, adoc, txt) takes.
 * Inline footnotes are written Pandoc-style inside paragraph text: `^[the note]`.
 */
export type Block =
  | { readonly h: 1 | 2 | 3; readonly text: string; readonly numbered?: boolean }
  | { readonly p: string; readonly bold?: boolean; readonly center?: boolean; readonly size?: number }
  | { readonly ul: readonly string[] }
  | { readonly ol: readonly string[] }
  | { readonly table: { readonly head: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly widths?: readonly number[] } }
  | { readonly admonition: 'NOTE' | 'WARNING' | 'IMPORTANT' | 'TIP'; readonly text: string }
  | { readonly code: string; readonly lang?: string }
  | { readonly pagebreak: true }
  | { readonly toc: true };

export interface ProseDoc {
  readonly title: string;
  readonly subtitle?: string;
  readonly author?: string;
  readonly date?: string;
  /** Blocks before the title (cover matter written above the title, e.g. a distribution notice). */
  readonly preTitle?: readonly Block[];
  readonly body: readonly Block[];
}

export interface InlineSegment {
  readonly text: string;
  readonly footnote?: string;
}

/** Split `text ^[note] more` into text and footnote segments. */
export function splitFootnotes(text: string): InlineSegment[] {
  const out: InlineSegment[] = [];
  const re = /\^\[([^\]]*)\]/g;
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ text: text.slice(last, m.index), footnote: m[1] ?? '' });
    last = m.index + m[0].length;
  }
  out.push({ text: text.slice(last) });
  return out;
}

export function stripFootnotes(text: string): string {
  return splitFootnotes(text)
    .map((s) => s.text)
    .join('');
}

/** Heading numbers "1", "1.2", "1.2.3" for numbered headings, in order. */
export function numberHeadings(blocks: readonly Block[]): Map<number, string> {
  const counters = [0, 0, 0];
  const out = new Map<number, string>();
  blocks.forEach((b, i) => {
    if ('h' in b && b.numbered !== false) {
      const lvl = b.h - 1;
      counters[lvl] = (counters[lvl] ?? 0) + 1;
      for (let k = lvl + 1; k < 3; k++) counters[k] = 0;
      out.set(i, counters.slice(0, lvl + 1).join('.'));
    }
  });
  return out;
}
