/** Shared pieces real documents carry around their title: covers, revision tables, approvals, TOCs. */
import type { Block } from './pdf-doc.js';

export interface Sys {
  name: string;
  abbr: string;
  csp: string;
  level: 'Low' | 'Moderate' | 'High';
  agency: string;
  threePao: string;
}

export const SYSTEMS: Sys[] = [
  { name: 'Meridian Case Manager', abbr: 'MCM', csp: 'Halcyon Data Systems, Inc.', level: 'Moderate', agency: 'Department of Labor', threePao: 'Keystone Assurance Partners' },
  { name: 'BlueHarbor Analytics Cloud', abbr: 'BHAC', csp: 'BlueHarbor Technologies LLC', level: 'High', agency: 'Department of Veterans Affairs', threePao: 'Veritas Compliance Group' },
  { name: 'Cobalt Workforce Suite', abbr: 'CWS', csp: 'Cobalt Peak Software Corp.', level: 'Moderate', agency: 'Small Business Administration', threePao: 'Sentinel Ridge Security' },
  { name: 'Tidewater GovCRM', abbr: 'TGC', csp: 'Tidewater Cloud Services', level: 'Low', agency: 'Department of the Interior', threePao: 'Keystone Assurance Partners' },
  { name: 'Aperture Records Vault', abbr: 'ARV', csp: 'Aperture Digital, Inc.', level: 'Moderate', agency: 'National Archives and Records Administration', threePao: 'Coldwater Cyber LLC' },
];

export type Section = [heading: string, ...paragraphs: string[]];

export function sections(list: Section[], numbered = true): Block[] {
  const out: Block[] = [];
  list.forEach(([h, ...ps], i) => {
    out.push({ k: 'h', text: numbered ? `${i + 1}. ${h}` : h });
    for (const p of ps) {
      if (p.startsWith('* ')) {
        const last = out[out.length - 1];
        if (last && last.k === 'bullets') last.items.push(p.slice(2));
        else out.push({ k: 'bullets', items: [p.slice(2)] });
      } else out.push({ k: 'p', text: p });
    }
  });
  return out;
}

export function revisionTable(rows: [string, string, string, string][]): Block {
  return { k: 'table', head: ['Date', 'Version', 'Description', 'Author'], rows, widths: [2, 1, 5, 2] };
}

export function approvals(names: [string, string][]): Block[] {
  return [
    { k: 'h', text: 'Document Approval', size: 11 },
    { k: 'table', head: ['Name', 'Title', 'Signature', 'Date'], rows: names.map(([n, t]) => [n, t, '', '']), widths: [3, 4, 3, 2] },
  ];
}

export function toc(entries: string[]): Block[] {
  return [
    { k: 'h', text: 'Table of Contents', size: 12 },
    ...entries.map((e, i): Block => ({ k: 'p', text: `${e} ${'.'.repeat(Math.max(4, 60 - e.length))} ${i * 2 + 3}`, size: 9 })),
  ];
}

export const PROPRIETARY =
  'This document contains proprietary and confidential information. Distribution is limited to the cloud service provider, the sponsoring agency, the FedRAMP PMO and the authorized third party assessment organization. Do not reproduce without written permission.';

export function distribution(list: string[]): Block[] {
  return [{ k: 'h', text: 'Distribution List', size: 11 }, { k: 'table', head: ['Recipient', 'Organization'], rows: list.map((l) => l.split('|') as [string, string]) }];
}
