/** "Save as PDF" of a house-style Word document: same cover, front matter and sections. */
import type { PBlock, PdfMeta } from './pdf.js';
import { buildPdf } from './pdf.js';
import { prose, rng } from './text.js';
import type { Section, WordDoc } from './word.js';

export async function wordAsPdf(d: WordDoc, meta: PdfMeta, header?: string): Promise<Buffer> {
  const r = rng(d.seed);
  const b: PBlock[] = [];
  if (d.cover !== 'none' && d.cover !== 'header-only') {
    b.push({ kind: 'p', text: d.org.toUpperCase() }, { kind: 'space' }, { kind: 'title', text: d.title, size: 24 });
    if (d.subtitle) b.push({ kind: 'title', text: d.subtitle, size: 14 });
    b.push({ kind: 'p', text: `Version ${d.version ?? '1.0'}    ${d.date ?? '2026-02-13'}` });
    if (d.legal) b.push({ kind: 'space' }, { kind: 'p', text: d.legal });
    b.push({ kind: 'pagebreak' });
  }
  if (d.revisions) {
    b.push({ kind: 'h', text: 'Revision History' }, { kind: 'row', cells: ['Date', 'Version', 'Description', 'Author'] });
    d.revisions.forEach((row) => b.push({ kind: 'row', cells: row }));
  }
  if (d.approvals) {
    b.push({ kind: 'h', text: 'Document Approval' }, { kind: 'row', cells: ['Name', 'Title', 'Signature', 'Date'] });
    d.approvals.forEach((row) => b.push({ kind: 'row', cells: row }));
  }
  if (d.toc) {
    b.push({ kind: 'h', text: 'Table of Contents' });
    d.sections.forEach((s, i) => b.push({ kind: 'p', text: `${i + 1}. ${s.h} .......... ${3 + i * 2}` }));
  }
  if (d.revisions || d.approvals || d.toc) b.push({ kind: 'pagebreak' });
  const emit = (s: Section, num: string) => {
    b.push({ kind: 'h', text: `${num} ${s.h}` });
    for (const x of s.paras ?? []) {
      if (typeof x === 'string') b.push({ kind: 'p', text: x });
      else if (x.kind === 'table') x.rows.forEach((row) => b.push({ kind: 'row', cells: row }));
      else if (x.kind === 'p') b.push({ kind: 'p', text: x.runs.filter((run) => !run.del).map((run) => run.text).join('') });
    }
    for (let i = 0; i < (s.fill ?? 0) + (d.fillAll ?? 0); i++) b.push({ kind: 'p', text: prose(r, d.pool, 4 + Math.floor(r() * 3)) });
    (s.sub ?? []).forEach((ss, j) => emit(ss, `${num}.${j + 1}`));
  };
  d.sections.forEach((s, i) => emit(s, `${i + 1}.`));
  return buildPdf({ meta, blocks: b, ...(header ? { header } : {}), footer: `${d.org} | Controlled Unclassified Information` });
}
