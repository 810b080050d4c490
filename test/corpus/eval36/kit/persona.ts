import type { Block } from './model.js';
import { bold, h, p, table } from './model.js';

/** The CSP whose documents fill this corpus: an LLM document-analytics SaaS seeking FedRAMP Moderate. */
export const CSP = 'Veridoc Labs, Inc.';
export const CSO = 'Veridoc Analyst Cloud';
export const CSO_SHORT = 'VAC';
export const TPAO = 'Kestrel Assurance Partners, LLC';
export const AGENCY = 'U.S. Department of Labor';
export const AGENCY_OFFICE = 'Office of the Chief Information Officer';
export const AO = 'Dana R. Whitfield';

export function revisionHistory(rows: [string, string, string, string][]): Block[] {
  return [bold('Document Revision History'), table([['Date', 'Version', 'Description', 'Author'], ...rows])];
}

export function approvals(signers: [string, string][], lead = 'Approvals'): Block[] {
  return [
    bold(lead),
    p('The signatures below indicate that the signatories have reviewed this document and agree with its content.'),
    table([['Name', 'Title', 'Signature', 'Date'], ...signers.map(([n, t]) => [n, t, '/s/ ' + n, '2026-02-27'])]),
  ];
}

export function toc(entries: string[]): Block[] {
  return [bold('Table of Contents'), ...entries.map((e, i) => p(`${i + 1}. ${e} ${'.'.repeat(Math.max(3, 60 - e.length))} ${3 + i * 2}`))];
}

export function distribution(names: string[]): Block[] {
  return [bold('Distribution List'), table([['Name', 'Organization', 'Copy'], ...names.map((n, i) => [n, i % 2 ? AGENCY : CSP, i === 0 ? 'Electronic (master)' : 'Electronic'])])];
}

export const CUI_NOTICE = p(
  'CONTROLLED UNCLASSIFIED INFORMATION. This document contains proprietary and security-sensitive information of Veridoc Labs, Inc. Distribution is limited to the named recipients and to U.S. Government personnel with a need to know. Do not forward outside the authorization boundary working group without the written consent of the Veridoc Labs ISSO.',
);

export const STD_REV: [string, string, string, string][] = [
  ['2025-06-12', '0.9', 'Initial draft for internal review', 'M. Okafor'],
  ['2025-09-30', '1.0', 'Baseline release for FedRAMP Moderate readiness', 'M. Okafor'],
  ['2026-02-20', '1.1', 'Annual review; GPU inference tier (H100 pool) and vector store migration reflected', 'S. Lindqvist'],
];

export const SYSTEM_DESCRIPTION =
  'Veridoc Analyst Cloud (VAC) is a multi-tenant software-as-a-service offering that ingests agency documents (PDF, Office, scanned images), extracts text with OCR, indexes passages in a vector database, and answers analyst questions with retrieval-augmented large language models hosted on dedicated GPU clusters inside the authorization boundary. Model weights are served from an isolated model-hosting tier; prompts and completions are logged to a tenant-partitioned prompt log that feeds the audit pipeline. No customer content is used for model training.';

export function ident(headerTitle: string): Block[] {
  return [h('Document Identification', 2), table([['Field', 'Value'], ['Document', headerTitle], ['Cloud Service Provider', CSP], ['Cloud Service Offering', `${CSO} (${CSO_SHORT})`], ['FedRAMP Package ID', 'FR2607114821'], ['Impact Level', 'Moderate'], ['Classification', 'CUI // SP-PRVCY']])];
}
