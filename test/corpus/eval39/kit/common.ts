import type { DeliverableType } from '../../../../functions/core/domain/deliverables.js';
import type { Block } from './docx.js';
import type { PdfBlock } from './pdf.js';

export interface EvalDoc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

/** The author persona: a legal-tech CSP seeking FedRAMP Moderate. All names are fictional. */
export const ORG = {
  csp: 'Briefwell Systems, Inc.',
  cspShort: 'Briefwell',
  system: 'Briefwell Matter Cloud',
  abbr: 'BMC-GOV',
  agency: 'U.S. Department of Housing and Urban Development',
  agencyShort: 'HUD',
  agencyOffice: 'Office of General Counsel',
  tpao: 'Calloway Ridge Assurance, LLC',
  isso: 'Dana Whitlock',
  ciso: 'Marcus Oyelaran',
  ceo: 'Priya Ramanathan',
  vpe: 'Tomas Beltran',
  counsel: 'Eleanor Hsu',
  ao: 'Lorraine K. Abbott',
  assessor: 'Henry Okafor',
  address: '1100 Wilson Boulevard, Suite 900, Arlington, VA 22209',
} as const;

export interface Section {
  h: string;
  ps: string[];
  bullets?: string[];
  table?: string[][];
  sub?: Section[];
}

export function revisionHistory(rows: [string, string, string, string][]): Block[] {
  return [
    { t: 'bold', text: 'Revision History' },
    { t: 'table', rows: [['Date', 'Version', 'Description', 'Author'], ...rows] },
  ];
}

export function approvals(people: [string, string][], lead = 'The signatures below indicate approval of this document.'): Block[] {
  return [
    { t: 'bold', text: 'Approvals' },
    { t: 'p', text: lead },
    { t: 'table', rows: [['Name', 'Title', 'Signature', 'Date'], ...people.map(([n, r]) => [n, r, '', ''])] },
  ];
}

export function toc(sections: Section[]): Block[] {
  return [
    { t: 'bold', text: 'Table of Contents' },
    ...sections.map((s, i) => ({ t: 'p', text: `${i + 1}.  ${s.h} ........................................ ${i * 2 + 3}` }) as Block),
    { t: 'break' },
  ];
}

export function sectionsToBlocks(sections: Section[], numbered = true, level: 1 | 2 = 1, prefix = ''): Block[] {
  const out: Block[] = [];
  sections.forEach((s, i) => {
    const num = numbered ? `${prefix}${i + 1}${level === 1 ? '.' : ''} ` : '';
    out.push({ t: level === 1 ? 'h1' : 'h2', text: `${num}${s.h}` });
    for (const p of s.ps) out.push({ t: 'p', text: p });
    if (s.bullets) out.push({ t: 'bullets', items: s.bullets });
    if (s.table) out.push({ t: 'table', rows: s.table });
    if (s.sub) out.push(...sectionsToBlocks(s.sub, numbered, 2, `${prefix}${i + 1}.`));
  });
  return out;
}

export function sectionsToPdf(sections: Section[], numbered = true, prefix = ''): PdfBlock[] {
  const out: PdfBlock[] = [];
  sections.forEach((s, i) => {
    out.push({ t: 'h', text: `${numbered ? `${prefix}${i + 1} ` : ''}${s.h}` });
    for (const p of s.ps) out.push({ t: 'p', text: p });
    for (const b of s.bullets ?? []) out.push({ t: 'p', text: `-  ${b}` });
    for (const r of s.table ?? []) out.push({ t: 'row', cells: r });
    if (s.sub) out.push(...sectionsToPdf(s.sub, numbered, `${prefix}${i + 1}.`));
  });
  return out;
}

export function sectionsToMarkdown(sections: Section[], depth = 2): string {
  const out: string[] = [];
  for (const s of sections) {
    out.push(`${'#'.repeat(depth)} ${s.h}`, '');
    for (const p of s.ps) out.push(p, '');
    if (s.bullets) out.push(...s.bullets.map((b) => `- ${b}`), '');
    if (s.table) {
      const [head, ...rest] = s.table;
      if (head) {
        out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
        for (const r of rest) out.push(`| ${r.map((c) => c.replace(/\n/g, ' ')).join(' | ')} |`);
        out.push('');
      }
    }
    if (s.sub) out.push(sectionsToMarkdown(s.sub, depth + 1));
  }
  return out.join('\n');
}

export function sectionsToText(sections: Section[], prefix = ''): string {
  const out: string[] = [];
  sections.forEach((s, i) => {
    out.push(`${prefix}${i + 1}. ${s.h.toUpperCase()}`, '');
    for (const p of s.ps) out.push(p, '');
    if (s.bullets) out.push(...s.bullets.map((b) => `   * ${b}`), '');
    if (s.table) out.push(...s.table.map((r) => `   ${r.join('  |  ')}`), '');
    if (s.sub) out.push(sectionsToText(s.sub, `${prefix}${i + 1}.`));
  });
  return out.join('\n');
}

/** Neutral descriptive paragraphs about the platform, reused as body text across documents. */
export const PLATFORM = [
  `${ORG.system} is a multi-tenant software-as-a-service offering that supports federal legal offices across the full eDiscovery lifecycle: identification and preservation of custodial data, collection, processing, early case assessment, attorney review, privilege logging and production. Each agency tenant is logically separated at the application, database-schema and encryption-key layers.`,
  `The processing pipeline ingests PST/OST mailboxes, Microsoft 365 and Google Workspace exports, forensic images (E01, AD1) and loose files. Workers running in private subnets expand containers, de-NIST against the NSRL hash set, compute MD5 and SHA-256 hashes, deduplicate globally or per custodian, extract text and metadata, and run OCR on image-only documents. Exceptions (password-protected or corrupt files) are queued for a processing specialist.`,
  `The review workspace is a browser application served through an Application Load Balancer behind AWS WAF. Reviewers code documents for responsiveness, privilege and confidentiality, apply redactions, and build productions with Bates numbering. All reviewer actions are written to an append-only audit trail that agency litigation-support staff can export for chain-of-custody purposes.`,
  `The legal hold module issues hold notices to custodians, tracks acknowledgements and escalations, and records release decisions. Hold data, matter metadata and custodian rosters are stored in the matter database (Amazon Aurora PostgreSQL) encrypted with customer-specific AWS KMS keys; document natives, extracted text and images are stored in Amazon S3 with SSE-KMS and object lock for productions.`,
  `The system is hosted in AWS GovCloud (US-West) with a warm standby in AWS GovCloud (US-East). Infrastructure is defined in Terraform, built through a CI/CD pipeline with mandatory peer review, and deployed as hardened container images to Amazon EKS. Administrative access is brokered through a bastion-less session manager with PIV-backed multi-factor authentication.`,
  `Agency users authenticate through SAML 2.0 federation with their agency identity provider; PIV/CAC is required for privileged roles. ${ORG.csp} personnel never access customer document content except under a documented support request approved by the agency's designated matter administrator, and every such session is recorded.`,
  `Search is provided by an Amazon OpenSearch Service domain per region with fine-grained access control, node-to-node encryption and encryption at rest. Analytics features (near-duplicate detection, email threading, concept clustering and technology-assisted review) run as batch jobs in the same boundary and never send document content to external services.`,
];

export const LEGAL_BODY = [
  'Preservation obligations attach when litigation is pending or reasonably anticipated. Custodians must suspend any routine deletion, overwriting or alteration of potentially relevant information, whether stored on agency laptops, shared drives, email, collaboration tools, mobile devices or in paper files.',
  'Electronically stored information should be collected in a forensically sound manner that preserves metadata, with hash values computed at the point of collection and verified at each transfer. Any gap in custody documentation may be raised by opposing counsel to challenge authenticity.',
  'Documents withheld or redacted on the basis of the attorney-client privilege or the work-product doctrine must be described with enough particularity to allow the requesting party to assess the claim, consistent with Federal Rule of Civil Procedure 26(b)(5)(A).',
  'The parties shall meet and confer in good faith regarding custodians, date ranges, search terms, and the format of production before any motion concerning discovery is filed. Disputes not resolved within fourteen days may be presented to the Court by joint letter not exceeding five pages.',
  'Nothing in this document waives any privilege or protection. Inadvertent production of privileged material shall not constitute a waiver, and the receiving party shall return or destroy such material promptly upon notice, consistent with Federal Rule of Evidence 502(d).',
];
