import type { DeliverableType } from '../../../../functions/core/domain/deliverables.js';
import type { Block } from './docx.js';
import type { PdfItem } from './pdf.js';

export interface EvalDoc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

/** The author world: a payments SaaS CSP seeking FedRAMP Moderate for federal benefit disbursements. */
export const CSP = 'Tallyline Payments, Inc.';
export const SYS = 'Tallyline Federal Disbursement Platform';
export const SYS_ABBR = 'TFDP';
export const TPAO = 'Keystone Assurance Partners, LLC';
export const AGENCY = 'Federal Benefits Administration';
export const AGENCY_ABBR = 'FBA';

export const PEOPLE = {
  ceo: 'Maren Okafor',
  ciso: 'Daniel Whitcombe',
  isso: 'Priya Raman',
  treasury: 'Luis Echeverria',
  bsa: 'Hannah Brandt',
  cto: 'Tobias Lindqvist',
  sre: 'Aiyana Redcloud',
  privacy: 'Samuel Adeyemi',
  tpaoLead: 'Gregory Tanaka',
  tpaoQa: 'Irene Vasquez',
  ao: 'Dr. Celeste Marchand',
  agencyIsso: 'Ronald Petrakis',
};

/** Paragraphs about the system that real authors paste from one deliverable into the next. */
export const SYSTEM_PARAS = [
  `The ${SYS} (${SYS_ABBR}) is a multi-tenant software-as-a-service offering that federal program offices use to originate, approve, and settle benefit disbursements to individual recipients. Payment files are received from agency case management systems, validated against program eligibility rules, posted to a double-entry disbursement ledger, and released to the Treasury-designated financial agent or to the Automated Clearing House (ACH) network for settlement.`,
  `${SYS_ABBR} runs entirely in AWS GovCloud (US-West) across three Availability Zones. Application services run as containers on Amazon EKS, the disbursement ledger is stored in Amazon Aurora PostgreSQL with encryption at rest under customer-managed AWS KMS keys, and cardholder and bank account numbers are tokenized by a dedicated vault service whose keys are held in FIPS 140-3 Level 3 validated Thales Luna hardware security modules (HSMs) in the Tallyline-controlled colocation cage in Ashburn, Virginia.`,
  `Daily reconciliation compares the ledger's settled balances with the Treasury account statement, the Originating Depository Financial Institution (ODFI) settlement report, and the prepaid card processor's funding file. Breaks above the program tolerance are routed to the Treasury Operations queue and must be resolved or escalated before the next settlement window.`,
  `Federal users authenticate through the agency's identity provider using SAML 2.0 with PIV/CAC-backed assertions; Tallyline privileged administrators authenticate with phishing-resistant FIDO2 authenticators through the Tallyline bastion, and all administrative sessions are recorded and forwarded to the security information and event management (SIEM) platform.`,
  `The authorization boundary includes the disbursement API, the agency portal, the ledger and reconciliation services, the tokenization vault and HSM cluster, the file transfer gateway (SFTP over FIPS-validated SSH), and the management plane. Corporate IT systems, the PCI cardholder data environment used for commercial card programs, and the payroll product line are outside the boundary and are connected only through documented interconnections.`,
  `Tallyline already maintains a PCI DSS v4.0.1 Level 1 service provider attestation and annual SOC 1 Type II and SOC 2 Type II reports for its commercial disbursement products. Those programs share evidence with the FedRAMP program where the control objectives overlap, but FedRAMP requirements are assessed against the NIST SP 800-53 Rev. 5 Moderate baseline and are not satisfied by inheritance from PCI or SOC reports.`,
  `Outbound payment instructions are signed with keys generated and stored in the HSM cluster under dual control and split knowledge. No individual operator can release a payment batch: release requires a maker in the agency's program office and a checker in Tallyline Treasury Operations, enforced by the workflow engine and logged to the immutable audit ledger.`,
  `Recipient personally identifiable information (name, address, date of birth, last four digits of the SSN, bank routing and account numbers) is minimized at ingestion. Full account numbers are replaced by format-preserving tokens before they reach application databases; detokenization is allowed only to the ACH file builder and the card funding service, each through a mutually authenticated TLS 1.2+ channel.`,
];

export function revisionTable(rows: [string, string, string, string][]): Block {
  return { k: 'table', rows: [['Date', 'Version', 'Description', 'Author'], ...rows] };
}

export function approvalBlocks(signers: [string, string][]): Block[] {
  const out: Block[] = [{ k: 'bold', t: 'Approvals' }];
  for (const [name, role] of signers) {
    out.push({ k: 'p', t: `______________________________________    Date: ______________` });
    out.push({ k: 'p', t: `${name}, ${role}` });
  }
  return out;
}

export function distribution(names: string[]): Block {
  return { k: 'table', rows: [['Distribution', 'Organization'], ...names.map((n) => n.split('|') as [string, string])] };
}

export const CUI_NOTICE = `CONTROLLED UNCLASSIFIED INFORMATION. This document contains proprietary and security-sensitive information of ${CSP}. It is provided to authorized federal personnel and their contractors for the purpose of evaluating the security of the ${SYS}. Do not distribute outside the intended recipients without the written consent of ${CSP}.`;

export const CONFIDENTIAL_NOTICE = `Confidential and proprietary. (c) 2026 ${CSP} All rights reserved. This document may not be reproduced or shared with third parties except under a non-disclosure agreement.`;

/** Converts docx blocks to a PDF flow (the same text a Word author would "Save as PDF"). */
export function blocksToPdf(blocks: Block[]): PdfItem[] {
  const out: PdfItem[] = [];
  for (const b of blocks) {
    switch (b.k) {
      case 'h1':
      case 'h2':
      case 'h3':
      case 'bold':
        out.push({ k: 'h', t: b.t });
        break;
      case 'big':
        out.push({ k: 'title', t: b.t, size: Math.min(24, Math.round((b.size ?? 48) / 2)) });
        break;
      case 'p':
      case 'center':
        out.push({ k: 'p', t: b.t });
        break;
      case 'bullets':
        for (const i of b.items) out.push({ k: 'p', t: `\u2022 ${i}` });
        break;
      case 'table':
        for (const r of b.rows) out.push({ k: 'p', t: r.join('  |  ') });
        out.push({ k: 'gap' });
        break;
      case 'break':
        out.push({ k: 'page' });
        break;
    }
  }
  return out;
}

/** Converts docx blocks to markdown as people paste it into wikis and repos. */
export function blocksToMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.k) {
      case 'h1':
        out.push(`## ${b.t}`);
        break;
      case 'h2':
        out.push(`### ${b.t}`);
        break;
      case 'h3':
        out.push(`#### ${b.t}`);
        break;
      case 'bold':
        out.push(`**${b.t}**`);
        break;
      case 'big':
        out.push(`# ${b.t}`);
        break;
      case 'p':
      case 'center':
        out.push(b.t);
        break;
      case 'bullets':
        out.push(b.items.map((i) => `- ${i}`).join('\n'));
        break;
      case 'table': {
        const [head, ...rest] = b.rows;
        if (!head) break;
        out.push([`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rest.map((r) => `| ${r.join(' | ')} |`)].join('\n'));
        break;
      }
      case 'break':
        out.push('---');
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}

/** Plain-text rendering (emails, .txt exports). */
export function blocksToText(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.k) {
      case 'h1':
      case 'h2':
      case 'h3':
      case 'bold':
        out.push(`${b.t.toUpperCase()}`);
        break;
      case 'big':
        out.push(b.t);
        break;
      case 'p':
      case 'center':
        out.push(b.t);
        break;
      case 'bullets':
        out.push(b.items.map((i) => `  * ${i}`).join('\n'));
        break;
      case 'table':
        out.push(b.rows.map((r) => r.join('\t')).join('\n'));
        break;
      case 'break':
        out.push('');
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}
