import type { ByteSource } from '../bytes/byte-source.js';
import { BudgetExceededError, MeteredByteSource } from '../bytes/byte-source.js';
import type { DeliverableType, DocumentFormat } from '../domain/deliverables.js';
import { DocumentRejectedError, unreadable } from './errors.js';
import { ooxmlFacts } from './extract/ooxml.js';
import { pdfFacts } from './extract/pdf.js';
import { textFacts } from './extract/text.js';
import { OSCAL_XML_NAMESPACE } from './extract/xml.js';
import { CLASSIFY_LIMITS } from './limits.js';
import { scannerOutput } from './scanners.js';
import { decide, scoreDocument } from './score.js';
import { decodeText, sniff } from './sniff.js';
import type { Classification, DocumentFacts } from './types.js';

/** Smaller than the smallest possible deliverable (an empty zip is 22 bytes, a minimal PDF ~300). */
const MIN_DOCUMENT_BYTES = 16;

export interface ClassifyOptions {
  /** The file's name, if known: a weak hint only, never decisive. */
  fileName?: string;
}

/** OSCAL models, by root element / root key, and the deliverable each one is. */
export const OSCAL_MODELS: Readonly<Record<string, DeliverableType>> = {
  'system-security-plan': 'SSP',
  'assessment-plan': 'SAP',
  'assessment-results': 'SAR',
  'plan-of-action-and-milestones': 'POAM',
  catalog: 'UNKNOWN',
  profile: 'UNKNOWN',
  'component-definition': 'UNKNOWN',
  'mapping-collection': 'UNKNOWN',
};

/**
 * Says what a document is from its content. Reads at most CLASSIFY_LIMITS.readBudget bytes of the
 * source whatever its size; never throws: unreadable or hostile files come back as UNKNOWN with `error`.
 */
export async function classifyDocument(source: ByteSource, options: ClassifyOptions = {}): Promise<Classification> {
  const metered = new MeteredByteSource(source, { budget: CLASSIFY_LIMITS.readBudget, blockSize: CLASSIFY_LIMITS.blockSize });
  const state: { format: DocumentFormat } = { format: 'binary' };
  try {
    const facts = await withTimeout(extractFacts(metered, state), CLASSIFY_LIMITS.timeoutMs);
    return { ...judge(facts, options.fileName), format: facts.format, bytesRead: metered.bytesRead };
  } catch (err) {
    return {
      type: 'UNKNOWN',
      confidence: 0,
      format: state.format,
      evidence: [],
      bytesRead: metered.bytesRead,
      error: describe(err),
    };
  }
}

function describe(err: unknown): string {
  if (err instanceof DocumentRejectedError) return err.message;
  if (err instanceof BudgetExceededError) return `reading this document would take more than the ${err.budget}-byte read budget`;
  if (err instanceof RangeError && /call stack/i.test(err.message)) return 'document structure nested too deeply to examine';
  return `could not be examined: ${err instanceof Error ? err.message : String(err)}`;
}

async function extractFacts(source: MeteredByteSource, state: { format: DocumentFormat }): Promise<DocumentFacts> {
  const head = await source.read(0, CLASSIFY_LIMITS.sniffBytes);
  const sniffed = sniff(head, source.size);
  if (source.size > 0 && source.size < MIN_DOCUMENT_BYTES) {
    throw unreadable(`the file has only ${source.size} byte(s): too small to be a document`);
  }
  switch (sniffed.container) {
    case 'empty':
      state.format = 'empty';
      throw unreadable('the file is empty');
    case 'zip':
      state.format = 'zip';
      return ooxmlFacts(source);
    case 'pdf':
      state.format = 'pdf';
      return pdfFacts(source);
    case 'ole2':
      throw unreadable(`${sniffed.reason}: a legacy binary or password-protected Office file is not examined; upload it as .docx/.xlsx`);
    case 'binary':
      throw unreadable(`${sniffed.reason}: not a document format this pipeline accepts`);
    case 'text': {
      state.format = 'text';
      const complete = source.size <= CLASSIFY_LIMITS.textPrefixBytes;
      const bytes = await source.read(0, CLASSIFY_LIMITS.textPrefixBytes);
      let text: string;
      try {
        text = decodeText(bytes, sniffed, complete);
      } catch {
        throw unreadable(`not valid ${sniffed.encoding.toUpperCase()} text`);
      }
      const facts = textFacts(text, complete);
      if (sniffed.bomLength > 0) facts.notes.push(sniffed.reason);
      return refineTextFormat(facts);
    }
  }
}

/** XML, JSON and YAML documents whose root names an OSCAL model are OSCAL in that encoding. */
function refineTextFormat(facts: DocumentFacts): DocumentFacts {
  const isOscalRoot = facts.root !== undefined && facts.root in OSCAL_MODELS;
  if (facts.format === 'json' && isOscalRoot) facts.format = 'oscal-json';
  if (facts.format === 'yaml' && isOscalRoot) facts.format = 'oscal-yaml';
  return facts;
}

/** Structure first (OSCAL models, scanner exports), then content scoring. */
function judge(facts: DocumentFacts, fileName: string | undefined): Omit<Classification, 'format' | 'bytesRead'> {
  const evidence = [...facts.notes];
  if (facts.format.startsWith('oscal-') && facts.root) {
    const type = OSCAL_MODELS[facts.root] ?? 'UNKNOWN';
    evidence.push(
      `OSCAL root '${facts.root}'${facts.oscalVersion ? ` (oscal-version ${facts.oscalVersion})` : ''}`,
      ...(facts.title ? [`title '${facts.title.slice(0, 100)}'`] : []),
    );
    if (type === 'UNKNOWN') evidence.push(`an OSCAL ${facts.root} is reference material, not a deliverable`);
    return { type, confidence: facts.format === 'oscal-xml' || facts.oscalVersion ? 0.99 : 0.95, evidence };
  }
  if (facts.format === 'xml' && facts.root && facts.root in OSCAL_MODELS && facts.namespace !== OSCAL_XML_NAMESPACE) {
    evidence.push(`root '${facts.root}' is an OSCAL model name but the namespace is '${facts.namespace ?? 'none'}', not ${OSCAL_XML_NAMESPACE}`);
  }
  const scanner = scannerOutput(facts);
  if (scanner) {
    evidence.push(`${scanner.reason} scanner output`);
    return { type: 'SCAN_RESULTS', confidence: 0.99, evidence };
  }
  if (!facts.text && !facts.title && facts.rows.length === 0 && facts.sheetNames.length === 0) {
    evidence.push('no text could be read from the document');
    return { type: 'UNKNOWN', confidence: 0.9, evidence };
  }
  const decision = decide(scoreDocument(facts, fileName));
  return { type: decision.type, confidence: decision.confidence, evidence: [...evidence, ...decision.evidence] };
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(unreadable(`examination took longer than ${ms / 1000} s and was abandoned`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
