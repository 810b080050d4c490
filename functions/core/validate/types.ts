import type { ByteSource } from '../bytes/byte-source.js';
import type { DeliverableType } from '../domain/deliverables.js';
import type { ImpactLevel } from '../domain/stages.js';
import type { Finding } from './finding.js';

export interface ValidationContext {
  /** Deadlines (POA&M remediation, planned dates) are judged as of this date. */
  asOf: Date;
  /** Baseline the package is assessed against, when known. */
  baseline?: ImpactLevel;
  /** The upload's name, for messages only. */
  fileName?: string;
}

/** Risk ratings as FedRAMP uses them (scanner "Critical" is kept apart: it maps to High deadlines). */
export type Risk = 'critical' | 'high' | 'moderate' | 'low' | 'info';

/** One POA&M item, as cross-document checks need it. */
export interface PoamItemSummary {
  id: string;
  status: 'open' | 'closed';
  weakness: string;
  controls: string[];
  /** Scanner plugin / QID / rule id the weakness came from ("Weakness Source Identifier"). */
  sourceIdentifier?: string;
  cves: string[];
  assets: string[];
  risk?: Risk;
  /** ISO dates (YYYY-MM-DD). */
  detected?: string;
  scheduledCompletion?: string;
  /** Where it is: `Open POA&M Items!A12` or a JSON pointer. */
  location: string;
}

/** One vulnerability found by a scan, as cross-document checks need it. */
export interface ScanFindingSummary {
  scanner: string;
  /** Plugin id, QID, NVT OID, … */
  pluginId?: string;
  name: string;
  cves: string[];
  host: string;
  risk: Risk;
  location: string;
}

/** One risk of a SAR (OSCAL assessment-results risks, or the risk exposure table of a document SAR). */
export interface SarRiskSummary {
  id: string;
  title: string;
  risk?: Risk;
  location: string;
}

/** What a validator learned that other documents are checked against (package-level checks). */
export interface DeliverableSummary {
  impactLevel?: ImpactLevel;
  poamItems?: PoamItemSummary[];
  scanFindings?: ScanFindingSummary[];
  sarRisks?: SarRiskSummary[];
}

export interface ValidationOutcome {
  findings: Finding[];
  summary: DeliverableSummary;
}

/** A validator of one kind of deliverable in one family of formats. */
export type DeliverableValidator = (source: ByteSource, ctx: ValidationContext) => Promise<ValidationOutcome>;

export interface ValidationResult extends ValidationOutcome {
  type: DeliverableType;
  valid: boolean;
}
