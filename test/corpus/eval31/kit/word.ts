/** House-style Word documents of the persona's technical-writing team, built on the raw OOXML writer. */
import { big, h, hb, p, pagebreak, sectbreak, table } from './docx.js';
import type { Block, DocxSpec, Run } from './docx.js';
import { prose, rng } from './text.js';

export type Cover = 'sdt' | 'textbox' | 'field' | 'table' | 'plain' | 'header-only' | 'none';
export interface Section { h: string; paras?: (string | Block)[]; fill?: number; sub?: Section[] }
export interface WordDoc {
  seed: number;
  title: string; // what the cover shows
  subtitle?: string;
  org: string;
  cover: Cover;
  version?: string;
  date?: string; // YYYY-MM-DD
  author?: string;
  headingsAsBold?: boolean;
  /** Extra boilerplate paragraphs added to every section (long multi-page bodies). */
  fillAll?: number;
  revisions?: string[][]; // rows without the header
  approvals?: string[][];
  distribution?: string[];
  legal?: string;
  toc?: boolean;
  sections: Section[];
  pool: readonly string[];
  spec?: Partial<DocxSpec>; // core/app/custom/header/footer/comments/footnotes overrides
  preface?: Block[]; // blocks placed before the cover (e.g. a DMS routing slip)
}

export function wordSpec(d: WordDoc): DocxSpec {
  const r = rng(d.seed);
  const date = d.date ?? '2026-02-13';
  const blocks: Block[] = [...(d.preface ?? [])];
  const titleRun: Run = { text: d.title, bold: true, size: 52 };
  switch (d.cover) {
    case 'sdt':
      blocks.push(p(d.org.toUpperCase()));
      blocks.push({ kind: 'sdt', tag: 'Title', alias: 'Title', text: d.title, size: 52, bold: true, align: 'center' });
      if (d.subtitle) blocks.push({ kind: 'sdt', tag: 'Subtitle', alias: 'Subtitle', text: d.subtitle, size: 28, align: 'center' });
      blocks.push({ kind: 'sdt', tag: 'Author', alias: 'Author', text: d.author ?? d.org });
      blocks.push({ kind: 'sdt', tag: 'PublishDate', alias: 'Publish Date', text: date, date });
      break;
    case 'textbox':
      blocks.push({ kind: 'textbox', lines: [d.title, d.subtitle ?? d.org, `Version ${d.version ?? '1.0'}  |  ${date}`] });
      blocks.push(p(''), p(''), p(''), p(`Prepared by ${d.author ?? d.org}`));
      break;
    case 'field':
      blocks.push({ kind: 'p', runs: [{ ...titleRun, field: 'TITLE  \\* MERGEFORMAT' }], align: 'center' });
      if (d.subtitle) blocks.push({ kind: 'p', runs: [{ text: d.subtitle, size: 28, field: 'DOCPROPERTY "Subtitle" \\* MERGEFORMAT' }], align: 'center' });
      blocks.push({ kind: 'p', runs: [{ text: 'Date: ' }, { text: date, field: 'DATE \\@ "yyyy-MM-dd"' }], align: 'center' });
      break;
    case 'table':
      blocks.push(
        table(
          [
            ['Document', d.title],
            ['Organization', d.org],
            ['Version', d.version ?? '1.0'],
            ['Date', date],
            ['Owner', d.author ?? 'Document Controller'],
          ],
          false,
        ),
      );
      break;
    case 'plain':
      blocks.push(p(''), big(d.title), ...(d.subtitle ? [big(d.subtitle, 28)] : []), p(''), p(`${d.org}`, 'Subtitle'), p(`Version ${d.version ?? '1.0'} - ${date}`));
      break;
    case 'header-only':
    case 'none':
      break;
  }
  if (d.cover !== 'none' && d.cover !== 'header-only') {
    if (d.legal) blocks.push(p(''), { kind: 'p', runs: [{ text: d.legal, italic: true, size: 18 }] });
    blocks.push(sectbreak);
  }
  const head = (lvl: 1 | 2 | 3, t: string) => (d.headingsAsBold ? hb(t, lvl === 1 ? 28 : 24) : h(lvl, t));
  if (d.revisions) {
    blocks.push(head(1, 'Revision History'), table([['Date', 'Version', 'Description', 'Author'], ...d.revisions]));
  }
  if (d.approvals) {
    blocks.push(head(1, 'Document Approval'), p('The signatures below indicate approval of this document for release.'));
    blocks.push(table([['Name', 'Title', 'Signature', 'Date'], ...d.approvals]));
  }
  if (d.distribution) blocks.push(head(2, 'Distribution'), table([['Recipient'], ...d.distribution.map((x) => [x])]));
  if (d.toc) {
    const entries: string[] = [];
    d.sections.forEach((s, i) => {
      entries.push(`${i + 1}. ${s.h}\t${3 + i * 2}`);
      (s.sub ?? []).forEach((ss, j) => entries.push(`   ${i + 1}.${j + 1} ${ss.h}\t${3 + i * 2}`));
    });
    blocks.push(head(1, 'Table of Contents'), { kind: 'toc', entries });
  }
  if (d.revisions || d.approvals || d.toc) blocks.push(pagebreak);
  const emit = (s: Section, lvl: 1 | 2 | 3, num: string) => {
    blocks.push(head(lvl, `${num} ${s.h}`));
    for (const x of s.paras ?? []) blocks.push(typeof x === 'string' ? p(x) : x);
    for (let i = 0; i < (s.fill ?? 0) + (d.fillAll ?? 0); i++) blocks.push(p(prose(r, d.pool, 4 + Math.floor(r() * 3))));
    (s.sub ?? []).forEach((ss, j) => emit(ss, lvl === 1 ? 2 : 3, `${num}.${j + 1}`));
  };
  d.sections.forEach((s, i) => emit(s, 1, `${i + 1}.`));
  return {
    blocks,
    footer: [{ text: `${d.org} | ${d.cover === 'header-only' ? '' : 'Controlled Unclassified Information | '}Page ` }, { text: '1', field: 'PAGE' }],
    ...(d.cover === 'header-only' ? { header: [{ text: `${d.title}  v${d.version ?? '1.0'}` }] } : {}),
    ...d.spec,
  };
}
