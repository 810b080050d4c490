/**
 * The program office's contract paperwork that goes around deliverables: CDRL cover sheets, contractor
 * transmittal pages, export-control and distribution notices, Section 508 statements, proprietary legends,
 * SharePoint print footers, revision histories, approval blocks, tables of contents.
 */
import type { Block } from './model.js';
import { bold, center, h1, p, pageBreak, small, spacer, table, title } from './model.js';

export const CO = {
  name: 'Calloway Federal Systems, Inc.',
  short: 'CFSI',
  cage: '6RV41',
  address: '12100 Sunrise Valley Drive, Suite 400, Reston, VA 20191',
  office: 'FedRAMP Program Office (FPO)',
  dm: 'Dana R. Whitfield',
  dmTitle: 'Data Manager, FedRAMP Program Office',
  dmMail: 'dana.whitfield@callowayfed.example',
  pm: 'Marcus T. Oyelaran',
  isso: 'Priya Venkataraman',
  ciso: 'Gregory L. Haskins',
  sharepoint: 'https://callowayfed.sharepoint.us/sites/FRP/Deliverables',
};

export interface Product {
  name: string;
  abbr: string;
  impact: 'Low' | 'Moderate' | 'High';
  model: string;
  iaas: string;
  agency: string;
  agencyAbbr: string;
  ao: string;
  aoTitle: string;
  contract: string;
  taskOrder: string;
  fedrampId: string;
}

export const PRODUCTS: readonly [Product, Product, Product] = [
  {
    name: 'Calloway Insight Cloud',
    abbr: 'CIC',
    impact: 'Moderate',
    model: 'Software as a Service (SaaS)',
    iaas: 'AWS GovCloud (US-West)',
    agency: 'Federal Grants Management Agency',
    agencyAbbr: 'FGMA',
    ao: 'Renata K. Abernathy',
    aoTitle: 'Chief Information Officer',
    contract: '47QTCA22D00C9',
    taskOrder: '1331L524F13CE0042',
    fedrampId: 'FR2219834571',
  },
  {
    name: 'Calloway CaseTrack Gov',
    abbr: 'CTG',
    impact: 'Low',
    model: 'Software as a Service (SaaS)',
    iaas: 'Microsoft Azure Government',
    agency: 'National Transportation Records Administration',
    agencyAbbr: 'NTRA',
    ao: 'Howard J. Pelletier',
    aoTitle: 'Deputy Chief Information Officer',
    contract: '693JJ324D000017',
    taskOrder: '693JJ325F00031N',
    fedrampId: 'FR2307112948',
  },
  {
    name: 'Calloway SecureVault Platform',
    abbr: 'SVP',
    impact: 'High',
    model: 'Platform as a Service (PaaS)',
    iaas: 'AWS GovCloud (US-East)',
    agency: 'U.S. Maritime Safety Administration',
    agencyAbbr: 'USMSA',
    ao: 'RADM (Ret.) Colleen M. Ferraro',
    aoTitle: 'Chief Information Officer and Authorizing Official',
    contract: 'W91QUZ-23-D-0017',
    taskOrder: 'W91QUZ25F0114',
    fedrampId: 'FR2401556620',
  },
];

export const TPAO = {
  name: 'Keystone Assurance Partners, LLC',
  short: 'Keystone',
  lead: 'Alejandro M. Quintero, CISSP, CCSP',
  pentest: 'Sabine Okonkwo-Reyes, OSCP',
  a2la: 'A2LA Certificate No. 4127.09',
};

export function proprietaryFooter(docNo: string, rev: string): string {
  return `${CO.name} Proprietary. Use or disclosure of data contained on this page is subject to the restriction on the title page of this document.  ${docNo}-${rev}`;
}

export function sharepointFooter(path: string, printed: string, user: string): string {
  return `Printed from SharePoint (${CO.sharepoint}/${path}) on ${printed} by ${user}. UNCONTROLLED COPY WHEN PRINTED - verify the current revision in the FPO document library before use.`;
}

export const EXPORT_NOTICE =
  'WARNING - This document contains technical data whose export is restricted by the Arms Export Control Act (Title 22, U.S.C., Sec 2751, et seq.) or the Export Administration Act of 1979, as amended (Title 50, U.S.C., App. 2401 et seq.) and the Export Administration Regulations (15 C.F.R. Parts 730-774). Violations of these export laws are subject to severe criminal penalties. Disseminate in accordance with provisions of DoD Directive 5230.25 and the Calloway Federal Systems Export Compliance Manual (CFSI-ECM-001). The technical data herein has been reviewed by the CFSI Empowered Official and is classified EAR99 unless a different Export Control Classification Number (ECCN) is marked on the affected page.';

export function distributionStatement(letter: 'C' | 'D' | 'E' | 'F', agency: string, date: string): string {
  const who: Record<typeof letter, string> = {
    C: 'Distribution authorized to U.S. Government agencies and their contractors; Critical Technology; Administrative or Operational Use',
    D: 'Distribution authorized to the Department of Defense and U.S. DoD contractors only; Administrative or Operational Use',
    E: 'Distribution authorized to DoD Components only; Proprietary Information',
    F: 'Further dissemination only as directed by the controlling office or higher authority',
  };
  return `DISTRIBUTION STATEMENT ${letter}. ${who[letter]} (${date}). Other requests for this document shall be referred to the ${agency}, Office of the Chief Information Officer. Destruction notice: destroy by any method that will prevent disclosure of contents or reconstruction of the document.`;
}

export const SECTION_508 =
  'Section 508 Accessibility Statement: This document was prepared to conform with Section 508 of the Rehabilitation Act of 1973, as amended (29 U.S.C. § 794d), and the Revised 508 Standards (36 C.F.R. Part 1194). Tables have designated header rows and images carry alternative text. If any portion of this document is not accessible to you, contact the CFSI Data Management office at datamgmt@callowayfed.example or (703) 555-0148 and an accessible alternative format will be provided within five business days.';

export function rightsLegend(contract: string): string {
  return `LIMITED RIGHTS / PROPRIETARY LEGEND - Contract No. ${contract}. Contractor Name: ${CO.name}. Contractor Address: ${CO.address}. The Government's rights to use, modify, reproduce, release, perform, display, or disclose these technical data are restricted by paragraph (b)(3) of the Rights in Technical Data - Noncommercial Items clause contained in the above identified contract, and by FAR 52.227-14 (Rights in Data - General), Alternate II. Any reproduction of technical data or portions thereof marked with this legend must also reproduce the markings. This document includes data that shall not be disclosed outside the Government and shall not be duplicated, used, or disclosed, in whole or in part, for any purpose other than the administration of the above contract.`;
}

export interface CdrlCover {
  cdrl: string;
  dataItemTitle: string;
  subtitle?: string;
  contract: string;
  clin: string;
  authority: string;
  reference: string;
  requiringOffice: string;
  frequency: string;
  firstSubmission: string;
  dist: 'C' | 'D' | 'E' | 'F';
  docNo: string;
  rev: string;
  date: string;
  system: string;
}

/** A DD Form 1423-style block for one data item, as stapled in front of the deliverable. */
export function cdrlBlock(c: CdrlCover): Block[] {
  return [
    center('CONTRACT DATA REQUIREMENTS LIST (1 Data Item)', true),
    small('Form Approved OMB No. 0704-0188. The public reporting burden for this collection of information is estimated to average 110 hours per response, including the time for reviewing instructions, searching existing data sources, gathering and maintaining the data needed, and completing and reviewing the collection of information.'),
    table(
      [
        ['A. CONTRACT LINE ITEM NO.', c.clin, 'B. EXHIBIT', 'A', 'C. CATEGORY', 'TDP ___ TM ___ OTHER X'],
        ['D. SYSTEM/ITEM', c.system, 'E. CONTRACT/PR NO.', c.contract, 'F. CONTRACTOR', `${CO.name} (CAGE ${CO.cage})`],
        ['1. DATA ITEM NO.', c.cdrl, '2. TITLE OF DATA ITEM', c.dataItemTitle, '3. SUBTITLE', c.subtitle ?? '-'],
        ['4. AUTHORITY (Data Acquisition Document No.)', c.authority, '5. CONTRACT REFERENCE', c.reference, '6. REQUIRING OFFICE', c.requiringOffice],
        ['7. DD 250 REQ', 'LT', '8. APP CODE', 'A', '9. DIST STATEMENT REQUIRED', c.dist],
        ['10. FREQUENCY', c.frequency, '12. DATE OF FIRST SUBMISSION', c.firstSubmission, '13. DATE OF SUBSEQUENT SUBMISSION', 'See Block 16'],
        ['14. DISTRIBUTION', 'COR (1 electronic), CO (1 electronic), ISSO (1 electronic)', '15. TOTAL', '3', '16. REMARKS', `Submitted as ${c.docNo}-${c.rev} dated ${c.date}. Government has 15 working days to review and comment; contractor has 10 working days to incorporate comments.`],
      ],
      false,
    ),
    small(`Prepared by: ${CO.dm}, ${CO.dmTitle}    Approved by: ${CO.pm}, Program Manager    Date: ${c.date}`),
    small(distributionStatement(c.dist, 'Contracting Officer', c.date)),
    pageBreak,
  ];
}

export interface Transmittal {
  no: string;
  date: string;
  to: string;
  contract: string;
  taskOrder: string;
  enclosures: string[];
  purpose: string;
}

/** A contractor transmittal page stapled before the real document. */
export function transmittalBlock(t: Transmittal, withBreak = true): Block[] {
  return [
    title('CONTRACTOR TRANSMITTAL', 16),
    table(
      [
        ['Transmittal No.', t.no, 'Date', t.date],
        ['To', t.to, 'From', `${CO.dm}, ${CO.dmTitle}`],
        ['Contract No.', t.contract, 'Task Order No.', t.taskOrder],
        ['Purpose', t.purpose, 'Response Required', 'Acknowledge receipt within 2 business days'],
      ],
      false,
    ),
    bold('Enclosure(s):'),
    ...t.enclosures.map((e, i) => p(`${i + 1}. ${e}`)),
    p('The enclosed item is delivered in accordance with the Contract Data Requirements List. Please sign and return the acknowledgement block below, or reply to the transmittal e-mail, to confirm receipt. Questions regarding this transmittal may be directed to the CFSI Data Management office.'),
    table([['Received by (Government)', 'Signature', 'Date'], ['', '', '']]),
    small(SECTION_508),
    ...(withBreak ? [pageBreak] : []),
  ];
}

export function revisionHistory(rows: [string, string, string, string][]): Block[] {
  return [bold('Document Revision History'), table([['Date', 'Revision', 'Description', 'Author'], ...rows])];
}

export function approvals(signers: [string, string][], heading = 'Approvals'): Block[] {
  return [
    bold(heading),
    p('The individuals below have reviewed this document and concur with its content. Digital signatures are applied in the FPO document library; a signed copy is retained as the record copy in accordance with CFSI-QP-4.2.'),
    table([['Name', 'Title', 'Signature', 'Date'], ...signers.map(([n, t]) => [n, t, '', ''])]),
  ];
}

export function distributionList(entries: [string, string, string][]): Block[] {
  return [bold('Distribution List'), table([['Name', 'Organization', 'Copy'], ...entries])];
}

/** A table of contents built from the document's own headings, with plausible page numbers. */
export function tocFor(blocks: Block[], startPage = 4): Block[] {
  const rows: Block[] = [h1('Table of Contents', true)];
  let page = startPage;
  let n = 0;
  for (const b of blocks) {
    if (b.kind === 'h' && b.level <= 2) {
      n += 1;
      if (n % 3 === 0) page += 1;
      rows.push(p(`${b.level === 2 ? '    ' : ''}${b.text} ${'.'.repeat(Math.max(4, 70 - b.text.length))} ${page}`));
    }
  }
  rows.push(pageBreak);
  return rows;
}

export function legendsPage(contract: string, dist: 'C' | 'D' | 'E' | 'F', agency: string, date: string, withExport = true): Block[] {
  return [
    spacer,
    small(rightsLegend(contract)),
    ...(withExport ? [small(EXPORT_NOTICE)] : []),
    small(distributionStatement(dist, agency, date)),
    small(SECTION_508),
  ];
}
