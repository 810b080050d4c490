/** The author world of eval44: a telecom CSP offering UCaaS/CCaaS to agencies, seeking FedRAMP Moderate. */
import { b, h1, p, table, title, pb } from './kit.js';
import type { Block } from './kit.js';

export const CSP = 'Tessaline Communications, Inc.';
export const CSP_SHORT = 'Tessaline';
export const SYS = 'Tessaline Government Voice & Contact Center';
export const SYS_ABBR = 'TGVCC';
export const PAO = 'Harrow Point Assurance, LLC';
export const AGENCY = 'U.S. Office of Benefits Adjudication';
export const AGENCY_ABBR = 'OBA';
export const CUI = 'CONTROLLED UNCLASSIFIED INFORMATION // Tessaline Proprietary';

export interface Revision {
  date: string;
  version: string;
  change: string;
  author: string;
}

export function revisionHistory(revs: Revision[], heading = 'Revision History'): Block[] {
  return [
    b(heading),
    table([['Date', 'Version', 'Description of Change', 'Author'], ...revs.map((r) => [r.date, r.version, r.change, r.author])]),
  ];
}

export function approvals(signers: [string, string][], lead = 'Document Approval'): Block[] {
  return [
    b(lead),
    p('The undersigned have reviewed this document and approve it for release. Signatures below indicate concurrence with the content as of the version date.'),
    table([['Name / Title', 'Signature', 'Date'], ...signers.map(([n, t]) => [`${n}, ${t}`, '/s/ on file', '____/____/2026'])]),
  ];
}

export function toc(entries: string[]): Block[] {
  return [b('Table of Contents'), ...entries.map((e, i) => p(`${i + 1}. ${e} ${'.'.repeat(Math.max(4, 60 - e.length))} ${3 + i * 2}`))];
}

export function distribution(names: string[]): Block[] {
  return [b('Distribution List'), table([['Recipient', 'Organization', 'Copy'], ...names.map((n, i) => [n, i % 2 ? CSP : AGENCY, `Electronic #${i + 1}`])])];
}

export const legalNotice = (): Block =>
  p(
    `Proprietary and Confidential. This document contains information proprietary to ${CSP} and is provided for evaluation purposes only. It may not be disclosed, reproduced or used for any purpose other than that for which it is furnished without the prior written consent of ${CSP}. Portions may be exempt from release under the Freedom of Information Act, 5 U.S.C. 552(b)(4).`,
  );

/** A cover page: company line, big title, subtitle lines, version, then a page break. */
export function cover(lines: { company?: string; bigTitle: string; sub?: string[]; version?: string }): Block[] {
  return [
    p(lines.company ?? CSP),
    p(''),
    title(lines.bigTitle),
    ...(lines.sub ?? []).map((s) => p(s)),
    ...(lines.version ? [p(lines.version)] : []),
    p(CUI),
    pb(),
  ];
}

export const sysDescription = (): Block[] => [
  h1('System Description'),
  p(
    `${SYS} (${SYS_ABBR}) is a multi-tenant Software-as-a-Service offering that delivers cloud PBX calling, SIP trunking, omnichannel contact center routing, interactive voice response (IVR), call recording and workforce engagement analytics to federal agencies. Agency users reach the service through the Tessaline desktop and mobile softphones, certified desk phones provisioned by zero-touch provisioning, and the browser-based agent desktop.`,
  ),
  p(
    `The authorization boundary includes the session border controller (SBC) clusters at the network edge, the SIP proxy and registrar tier, the media server farm that anchors RTP and SRTP streams, the call recording and transcription services, the tenant administration portal and the supporting PostgreSQL and object storage tiers hosted in AWS GovCloud (US-West) and AWS GovCloud (US-East). Interconnection with the public switched telephone network (PSTN) is made through two underlying carriers over dedicated SIP trunks terminated on the SBCs; those carriers are external services and are outside the boundary.`,
  ),
];
