import type { DeliverableType } from '../../../../functions/core/domain/deliverables.js';
import { approvals, b, brk, distribution, legalNotice, p, revisionHistory, table, toc } from '../kit/frontmatter.js';
import type { Block, EvalDoc, ProseDoc } from '../kit/model.js';
import { renderDocx } from '../kit/render-docx.js';
import { renderPdf } from '../kit/render-pdf.js';
import type { PdfOptions } from '../kit/render-pdf.js';
import { renderMarkdown, renderText } from '../kit/render-text.js';
import { CISO, CISO_TITLE, COMPLIANCE, COMPLIANCE_TITLE, CSO, CSP, SO, SO_TITLE } from './persona.js';

export type Label = DeliverableType;

export const docx = async (file: string, expected: Label, note: string, doc: ProseDoc): Promise<EvalDoc> => ({ file, expected, note, data: await renderDocx(doc) });
export const pdf = async (file: string, expected: Label, note: string, doc: ProseDoc, opts: PdfOptions = {}): Promise<EvalDoc> => ({
  file,
  expected,
  note,
  data: await renderPdf(doc, opts),
});
export const md = (file: string, expected: Label, note: string, doc: ProseDoc): EvalDoc => ({ file, expected, note, data: renderMarkdown(doc) });
export const txt = (file: string, expected: Label, note: string, doc: ProseDoc, width?: number): EvalDoc => ({ file, expected, note, data: renderText(doc, width) });

export interface FrontOptions {
  /** Words above the title on the cover (e.g. "FedRAMP SSP Attachment 8"). */
  kicker?: string;
  title: string;
  subtitle?: string[];
  version: string;
  date: string;
  revisions: [string, string, string, string][];
  approvers?: { name: string; title: string; org: string; signed?: string }[];
  dist?: string[];
  legal?: boolean;
  /** Put the cover facts in a table cell instead of paragraphs. */
  coverTable?: boolean;
  /** Revision history before the title (as in documents whose first page is the change log). */
  revisionsFirst?: boolean;
  toc?: boolean;
}

const defaultApprovers = [
  { name: SO, title: SO_TITLE, org: CSP },
  { name: CISO, title: CISO_TITLE, org: CSP },
];

/** Cover page, revision history, approvals, distribution, notice and table of contents, then the body. */
export function withFront(o: FrontOptions, body: Block[]): Block[] {
  const cover: Block[] = [];
  if (o.kicker) cover.push({ t: 'p', text: o.kicker, center: true, bold: true });
  if (o.coverTable) {
    cover.push(
      table(
        [
          [o.title, ''],
          ['Cloud Service Provider', CSP],
          ['Cloud Service Offering', CSO],
          ['Version', o.version],
          ['Date', o.date],
          ...(o.subtitle ?? []).map((s) => ['', s]),
        ],
        false,
      ),
    );
  } else {
    cover.push({ t: 'title', text: o.title });
    for (const s of o.subtitle ?? []) cover.push({ t: 'p', text: s, center: true });
    cover.push({ t: 'p', text: CSP, center: true, bold: true }, { t: 'p', text: `Version ${o.version}`, center: true }, { t: 'p', text: o.date, center: true });
  }
  const revs = revisionHistory(o.revisions);
  const out: Block[] = o.revisionsFirst ? [...revs, brk, ...cover, brk] : [...cover, brk, ...revs];
  out.push(...approvals(o.approvers ?? defaultApprovers, 'By signing below, the approvers confirm that this document has been reviewed and accurately reflects the current state of the system.'));
  if (o.dist) out.push(...distribution(o.dist));
  if (o.legal) out.push(...legalNotice(CSP));
  if (o.toc !== false) out.push(brk, ...toc(body));
  out.push(brk, ...body);
  return out;
}

export const complianceOwner = { name: COMPLIANCE, title: COMPLIANCE_TITLE, org: CSP };
export { b, p };
