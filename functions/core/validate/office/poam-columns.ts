import type { ColumnMap, ColumnSpec } from './headers.js';

/** Columns of the FedRAMP POA&M template v2.1 (rows 5, A–AE), with the names they drift to. */
export const POAM_COLUMNS = [
  { key: 'id', label: 'POAM ID', aliases: ['POA&M ID', 'POAM Item ID', 'POA&M Item ID', 'POAM Number', 'POAM #', 'POA&M #', 'Item ID', 'ID'] },
  { key: 'controls', label: 'Controls', aliases: ['Control', 'Control ID', 'Control IDs', 'Security Controls', 'Security Control(s)', 'NIST Controls', 'Control Identifier'] },
  { key: 'weaknessName', label: 'Weakness Name', aliases: ['Weakness', 'Weakness Title', 'Vulnerability Name', 'Finding Name', 'Finding Title'] },
  { key: 'weaknessDescription', label: 'Weakness Description', aliases: ['Description', 'Vulnerability Description', 'Finding Description'] },
  { key: 'detectorSource', label: 'Weakness Detector Source', aliases: ['Detector Source', 'Weakness Source', 'Detection Source', 'Source of Discovery', 'Scanner', 'Detection Tool', 'Source'] },
  { key: 'sourceIdentifier', label: 'Weakness Source Identifier', aliases: ['Source Identifier', 'Weakness Source ID', 'Source ID', 'Plugin ID', 'Plugin / QID', 'Plugin ID / QID', 'QID', 'Scanner ID'] },
  { key: 'assets', label: 'Asset Identifier', aliases: ['Asset Identifiers', 'Asset Identifier(s)', 'Assets', 'Affected Assets', 'Asset ID', 'Asset IDs'] },
  { key: 'pointOfContact', label: 'Point of Contact', aliases: ['Points of Contact', 'POC', 'Owner'] },
  { key: 'resources', label: 'Resources Required', aliases: ['Resources'] },
  { key: 'remediationPlan', label: 'Overall Remediation Plan', aliases: ['Remediation Plan', 'Corrective Action Plan', 'Remediation'] },
  { key: 'detected', label: 'Original Detection Date', aliases: ['Detection Date', 'Date Detected', 'Discovery Date', 'Date Identified', 'Original Detection'] },
  { key: 'scheduledCompletion', label: 'Scheduled Completion Date', aliases: ['Scheduled Completion', 'Planned Completion Date', 'Estimated Completion Date', 'Target Completion Date', 'Due Date'] },
  { key: 'milestones', label: 'Planned Milestones', aliases: ['Milestones'] },
  { key: 'milestoneChanges', label: 'Milestone Changes' },
  { key: 'statusDate', label: 'Status Date' },
  { key: 'vendorDependency', label: 'Vendor Dependency', aliases: ['Vendor Dependent'] },
  { key: 'vendorCheckin', label: 'Last Vendor Check-in Date', aliases: ['Last Vendor Check in Date', 'Vendor Check-in Date'] },
  { key: 'vendorProduct', label: 'Vendor Dependent Product Name' },
  { key: 'originalRisk', label: 'Original Risk Rating', aliases: ['Risk Rating (Original)', 'Original Risk', 'Initial Risk Rating', 'Risk Rating', 'Risk Level', 'Severity'] },
  { key: 'adjustedRisk', label: 'Adjusted Risk Rating', aliases: ['Risk Rating (Adjusted)', 'Adjusted Risk', 'Residual Risk Rating', 'Residual Risk'] },
  { key: 'riskAdjustment', label: 'Risk Adjustment' },
  { key: 'falsePositive', label: 'False Positive' },
  { key: 'operationalRequirement', label: 'Operational Requirement' },
  { key: 'deviationRationale', label: 'Deviation Rationale', aliases: ['Deviation Justification'] },
  { key: 'supportingDocuments', label: 'Supporting Documents' },
  { key: 'comments', label: 'Comments' },
  { key: 'autoApprove', label: 'Auto-Approve' },
  { key: 'kevTracking', label: 'Binding Operational Directive 22-01 tracking', aliases: ['BOD 22-01 tracking', 'KEV tracking'] },
  { key: 'kevDueDate', label: 'Binding Operational Directive 22-01 Due Date', aliases: ['BOD 22-01 Due Date', 'KEV Due Date'] },
  { key: 'cve', label: 'CVE', aliases: ['CVEs', 'CVE ID', 'CVE IDs', 'CVE(s)'] },
  { key: 'serviceName', label: 'Service Name' },
  { key: 'completionDate', label: 'Completion Date', aliases: ['Actual Completion Date', 'Date Closed', 'Closure Date', 'Closed Date'] },
] as const satisfies readonly ColumnSpec<string>[];

export type PoamColumn = (typeof POAM_COLUMNS)[number]['key'];

/** Columns every item must fill (and every POA&M sheet must have). */
export const POAM_REQUIRED: readonly PoamColumn[] = [
  'id',
  'controls',
  'weaknessName',
  'weaknessDescription',
  'detectorSource',
  'assets',
  'pointOfContact',
  'remediationPlan',
  'detected',
  'scheduledCompletion',
  'originalRisk',
];

export const POAM_LABELS: ReadonlyMap<PoamColumn, string> = new Map(POAM_COLUMNS.map((c) => [c.key, c.label]));

/** A header row of a POA&M sheet: the POAM ID column and the weakness name (or three other required columns). */
export function isPoamHeader(columns: ColumnMap<PoamColumn>): boolean {
  if (!columns.has('id')) return false;
  const required = POAM_REQUIRED.filter((k) => k !== 'id' && columns.has(k)).length;
  return columns.has('weaknessName') ? required >= 2 : required >= 3;
}
