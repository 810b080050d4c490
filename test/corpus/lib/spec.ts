/**
 * A format-neutral description of a prose document. `docx.ts` and `pdf.ts` render the same spec, so
 * one outline can be shipped as a Word file or as a PDF "saved from Word".
 */

export type Block =
  | { kind: 'title'; text: string; size?: 'large' | 'medium' }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; unnumbered?: boolean }
  | { kind: 'para'; text: string; bold?: boolean; italic?: boolean; center?: boolean }
  | { kind: 'bullets'; items: readonly string[] }
  | { kind: 'table'; header: readonly string[]; rows: readonly (readonly string[])[]; caption?: string }
  | { kind: 'toc'; heading: string }
  | { kind: 'pagebreak' }
  | { kind: 'spacer' };

export interface DocProps {
  title?: string;
  subject?: string;
  creator?: string;
  keywords?: string;
  description?: string;
  lastModifiedBy?: string;
  company?: string;
}

export interface DocSpec {
  props: DocProps;
  /** Running header / footer text on every page. */
  header?: string;
  footer?: string;
  /**
   * How headings are numbered: typed into the text ("3.1 Purpose"), by Word's list numbering (the number
   * is not part of the text), or not at all.
   */
  numbering: 'literal' | 'auto' | 'none';
  body: Block[];
  /** The date written into the file's metadata. */
  date: Date;
  /** docx only: the producing application written in docProps/app.xml. */
  application?: string;
  /** Visual house style: FedRAMP's template look, or a company's own. */
  look?: 'fedramp' | 'corporate';
}

/** Section numbers ("1", "1.1", "1.1.1") for the numbered headings of a body, in order. */
export function headingNumbers(body: readonly Block[]): Map<number, string> {
  const counters = [0, 0, 0];
  const out = new Map<number, string>();
  // Headings under an unnumbered heading (e.g. controls under "Appendix A") are unnumbered too.
  let unnumberedAt: number | undefined;
  body.forEach((b, i) => {
    if (b.kind !== 'heading') return;
    if (unnumberedAt !== undefined && b.level <= unnumberedAt) unnumberedAt = undefined;
    if (b.unnumbered) unnumberedAt ??= b.level;
    if (b.unnumbered || unnumberedAt !== undefined) return;
    const lvl = b.level - 1;
    counters[lvl] = (counters[lvl] ?? 0) + 1;
    for (let k = lvl + 1; k < counters.length; k++) counters[k] = 0;
    out.set(i, counters.slice(0, lvl + 1).join('.'));
  });
  return out;
}

/** The entries a table of contents shows for the headings after the `toc` block. */
export function tocEntries(body: readonly Block[]): { title: string; level: number; page: number }[] {
  const nums = headingNumbers(body);
  const start = body.findIndex((b) => b.kind === 'toc');
  const out: { title: string; level: number; page: number }[] = [];
  let page = 3;
  let sinceBreak = 0;
  body.forEach((b, i) => {
    if (i <= start) return;
    if (b.kind === 'pagebreak' || sinceBreak > 9) {
      page++;
      sinceBreak = 0;
    }
    if (b.kind === 'para' || b.kind === 'table' || b.kind === 'bullets') sinceBreak++;
    if (b.kind !== 'heading' || b.level > 2) return;
    const n = nums.get(i);
    out.push({ title: n ? `${n} ${b.text}` : b.text, level: b.level, page });
  });
  return out;
}
