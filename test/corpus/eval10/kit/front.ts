import type { Block } from './docx.js';
import type { PdfBlock } from './pdf.js';
import type { Csp } from './world.js';

export type RevRow = [date: string, description: string, version: string, author: string];

export function revisionHistory(rows: RevRow[], heading = 'Document Revision History'): Block[] {
  return [
    { t: 'p', text: heading, bold: true, size: 13 },
    { t: 'table', rows: [['Date', 'Description', 'Version', 'Author'], ...rows], widths: [16, 52, 10, 22] },
  ];
}

export function approvals(signers: [name: string, title: string, org: string][], intro?: string): Block[] {
  const out: Block[] = [{ t: 'p', text: 'Approvals', bold: true, size: 13 }];
  if (intro) out.push({ t: 'p', text: intro });
  out.push({
    t: 'table',
    rows: [['Name / Title', 'Organization', 'Signature', 'Date'], ...signers.map(([n, t, o]) => [`${n}\n${t}`, o, '', ''])],
    widths: [35, 25, 25, 15],
  });
  return out;
}

export function distribution(list: [name: string, role: string][]): Block[] {
  return [
    { t: 'p', text: 'Distribution List', bold: true, size: 13 },
    { t: 'table', rows: [['Name', 'Role / Organization'], ...list], widths: [40, 60] },
  ];
}

export function cuiBanner(c: Csp): Block {
  return {
    t: 'p',
    italic: true,
    size: 9,
    text: `This document contains Controlled Unclassified Information (CUI) and proprietary information of ${c.csp}. It is intended only for the use of ${c.csp}, its third-party assessment organization, the FedRAMP PMO and authorized federal agency personnel. Handle in accordance with the CUI Registry and 32 CFR Part 2002; do not forward outside the authorized distribution.`,
  };
}

export function pdfRevisionTable(rows: RevRow[]): PdfBlock {
  return { t: 'table', rows: [['Date', 'Description', 'Version', 'Author'], ...rows], widths: [15, 55, 10, 20] };
}
