import type { Block } from '../kit/model.js';
import { B, H, P, TBL } from '../kit/model.js';

/** The fictional world of this corpus: a small CSP, its sponsoring agency, its 3PAO. */
export const W = {
  csp: 'Fieldnote Labs, Inc.',
  cspShort: 'Fieldnote',
  cso: 'Fieldnote Inspections Cloud',
  abbr: 'FIC',
  fedrampId: 'FR2504110231',
  domain: 'fieldnote-gov.com',
  address: '1100 Congress Ave, Suite 400, Austin, TX 78701',
  ceo: 'Maya Okafor',
  cto: 'Daniel Brandt',
  secLead: 'Priya Raman',
  devops: 'Tomás Ibarra',
  engMgr: 'Lena Fischer',
  cs: 'Jordan Kim',
  counsel: 'Ruth Adeyemi',
  advisor: 'Mark Sullivan (Beacon GRC Advisors)',
  agency: 'U.S. Department of Agriculture, Food Safety and Inspection Service',
  agencyShort: 'USDA FSIS',
  ao: 'Gregory T. Albright',
  aoTitle: 'Chief Information Officer and Authorizing Official',
  agencyIssm: 'Carla Mendez',
  agency2: 'U.S. Small Business Administration',
  ao2: 'Denise L. Harper',
  threePao: 'Keystone Assurance Partners, LLC',
  assessLead: 'Robert Chen',
  penLead: 'Aisha Mohammed',
  iaas: 'AWS GovCloud (US-West)',
} as const;

export const revisionTable = (rows: string[][]): Block =>
  TBL([['Date', 'Version', 'Description', 'Author'], ...rows]);

export const approvalBlock = (signers: [string, string][]): Block[] => [
  H('Document Approval'),
  P('By signing below, the undersigned approve this document and accept responsibility for its maintenance.'),
  TBL([['Name', 'Title', 'Signature', 'Date'], ...signers.map(([n, t]) => [n, t, '', ''])]),
];

export const toc = (entries: string[]): Block[] => [B('Table of Contents'), P(entries.map((e, i) => `${e} ${'.'.repeat(Math.max(3, 60 - e.length))} ${i + 1 + 2}`).join('\n'))];

export const proprietary = (company: string): Block =>
  P(
    `PROPRIETARY AND CONFIDENTIAL. This document contains information proprietary to ${company}. It is provided to authorized Federal personnel and their designated representatives solely for the purpose of evaluating the security posture of the system it describes, and may not be disclosed, reproduced or used for any other purpose without the written consent of ${company}.`,
    { italic: true, size: 16 },
  );
