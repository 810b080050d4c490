/** Assembles a prose deliverable: contract wrapper, cover, legends, history, approvals, contents, body. */
import type { DeliverableType } from '../../../../functions/core/domain/deliverables.js';
import type { Block, DocSpec, Meta } from '../kit/model.js';
import { bold, center, pageBreak, p, small, spacer, table, title } from '../kit/model.js';
import type { CdrlCover, Product, Transmittal } from '../kit/wrappers.js';
import { CO, approvals, cdrlBlock, distributionList, legendsPage, proprietaryFooter, revisionHistory, tocFor, transmittalBlock } from '../kit/wrappers.js';

export interface Pending {
  file: string;
  expected: DeliverableType;
  note: string;
  make: () => Promise<Buffer | string>;
}

export type TitleStyle = 'cover' | 'table' | 'paragraph' | 'none';

export interface ProseOptions {
  product: Product;
  docTitle: string;
  docNo: string;
  rev: string;
  date: string;
  titleStyle: TitleStyle;
  preparedFor?: string;
  cdrl?: CdrlCover;
  transmittal?: Transmittal;
  legends?: boolean;
  dist?: 'C' | 'D' | 'E' | 'F';
  revRows?: [string, string, string, string][];
  signers?: [string, string][];
  toc?: boolean;
  distList?: [string, string, string][];
  body: Block[];
}

export function prose(o: ProseOptions): Block[] {
  const P = o.product;
  const out: Block[] = [];
  if (o.transmittal) out.push(...transmittalBlock(o.transmittal));
  if (o.cdrl) out.push(...cdrlBlock(o.cdrl));
  switch (o.titleStyle) {
    case 'cover':
      out.push(
        center(CO.name.toUpperCase(), true),
        spacer,
        title(P.name, 18),
        title(o.docTitle, 26),
        center(`${P.model} | FIPS 199 ${P.impact} | FedRAMP Package ID ${P.fedrampId}`),
        center(`Document No. ${o.docNo}-${o.rev}    Version ${o.rev.replace('R', '')}.0    ${o.date}`),
        spacer,
        center(`Prepared for: ${o.preparedFor ?? `${P.agency} (${P.agencyAbbr})`}`),
        center(`Prepared by: ${CO.name}, ${CO.address}`),
      );
      break;
    case 'table':
      out.push(
        table(
          [
            ['Document Title', o.docTitle],
            ['Cloud Service Offering', `${P.name} (${P.abbr})`],
            ['Document Number', `${o.docNo}-${o.rev}`],
            ['Date', o.date],
            ['Sponsoring Agency', `${P.agency} (${P.agencyAbbr})`],
            ['Prepared By', `${CO.name} ${CO.office}`],
          ],
          false,
          [1, 3],
        ),
      );
      break;
    case 'paragraph':
      out.push(bold(`${P.name} - ${o.docTitle}`), small(`${o.docNo}-${o.rev} | ${o.date}`));
      break;
    case 'none':
      break;
  }
  if (o.legends !== false) out.push(...legendsPage(P.taskOrder, o.dist ?? 'F', P.agency, o.date, P.impact === 'High'));
  if (o.titleStyle !== 'none') out.push(pageBreak);
  if (o.revRows) out.push(...revisionHistory(o.revRows));
  if (o.signers) out.push(...approvals(o.signers));
  if (o.distList) out.push(...distributionList(o.distList));
  if (o.revRows || o.signers || o.distList) out.push(pageBreak);
  if (o.toc) out.push(...tocFor(o.body));
  out.push(...o.body);
  return out;
}

export function meta(date: string, m: Omit<Meta, 'created' | 'modified'>, created?: string): Meta {
  return { ...m, created: created ?? `${date}T13:05:00Z`, modified: `${date}T16:42:00Z` };
}

export function spec(o: ProseOptions, m: Meta, extra: Partial<DocSpec> = {}): DocSpec {
  return {
    meta: m,
    footer: proprietaryFooter(o.docNo, o.rev),
    header: `CONTROLLED UNCLASSIFIED INFORMATION | ${o.product.abbr} | ${o.docNo}-${o.rev}`,
    ...extra,
    blocks: prose(o),
  };
}

export const note = (s: string): string => s;
export { p };
