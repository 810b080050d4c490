import * as z from 'zod';
import type { Role } from './roles.js';

/** Every deliverable code of DOMAIN.md's classification taxonomy. */
export const DeliverableType = z.enum([
  'SSP',
  'POLICIES_AND_PROCEDURES',
  'USER_GUIDE',
  'DIGITAL_IDENTITY_WORKSHEET',
  'PRIVACY_ASSESSMENT',
  'RULES_OF_BEHAVIOR',
  'CONTINGENCY_PLAN',
  'CONFIGURATION_MANAGEMENT_PLAN',
  'INCIDENT_RESPONSE_PLAN',
  'CIS_CRM_WORKBOOK',
  'FIPS_199',
  'SEPARATION_OF_DUTIES_MATRIX',
  'LAWS_AND_REGULATIONS',
  'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN',
  'SAP',
  'SAR',
  'POAM',
  'ATO_LETTER',
  'AUTHORIZATION_CHECKLIST',
  'SCAN_RESULTS',
  'INVENTORY',
  'SIGNIFICANT_CHANGE_REQUEST',
  'DEVIATION_REQUEST',
  'UNKNOWN',
]);
export type DeliverableType = z.infer<typeof DeliverableType>;

/** The file formats the classifier recognises. */
export const DocumentFormat = z.enum([
  'docx',
  'xlsx',
  'pptx',
  'zip',
  'pdf',
  'oscal-json',
  'oscal-xml',
  'oscal-yaml',
  'json',
  'xml',
  'yaml',
  'html',
  'nessus',
  'csv',
  'text',
  'empty',
  'binary',
]);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

export interface DeliverableInfo {
  readonly title: string;
  /** Roles that may upload this deliverable (separation of duties). */
  readonly submittedBy: readonly Role[];
  /** True for the SSP's attachments, each its own code. */
  readonly sspAttachment: boolean;
}

export const DELIVERABLES: Readonly<Record<DeliverableType, DeliverableInfo>> = {
  SSP: { title: 'System Security Plan', submittedBy: ['CSP'], sspAttachment: false },
  POLICIES_AND_PROCEDURES: { title: 'Information Security Policies and Procedures', submittedBy: ['CSP'], sspAttachment: true },
  USER_GUIDE: { title: 'User Guide', submittedBy: ['CSP'], sspAttachment: true },
  DIGITAL_IDENTITY_WORKSHEET: { title: 'Digital Identity Worksheet', submittedBy: ['CSP'], sspAttachment: true },
  PRIVACY_ASSESSMENT: { title: 'Privacy Threshold Analysis / Privacy Impact Assessment', submittedBy: ['CSP'], sspAttachment: true },
  RULES_OF_BEHAVIOR: { title: 'Rules of Behavior', submittedBy: ['CSP'], sspAttachment: true },
  CONTINGENCY_PLAN: { title: 'Information System Contingency Plan', submittedBy: ['CSP'], sspAttachment: true },
  CONFIGURATION_MANAGEMENT_PLAN: { title: 'Configuration Management Plan', submittedBy: ['CSP'], sspAttachment: true },
  INCIDENT_RESPONSE_PLAN: { title: 'Incident Response Plan', submittedBy: ['CSP'], sspAttachment: true },
  CIS_CRM_WORKBOOK: { title: 'Control Implementation Summary / Customer Responsibility Matrix Workbook', submittedBy: ['CSP'], sspAttachment: true },
  FIPS_199: { title: 'FIPS 199 Categorization', submittedBy: ['CSP'], sspAttachment: true },
  SEPARATION_OF_DUTIES_MATRIX: { title: 'Separation of Duties Matrix', submittedBy: ['CSP'], sspAttachment: true },
  LAWS_AND_REGULATIONS: { title: 'Laws and Regulations', submittedBy: ['CSP'], sspAttachment: true },
  SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN: { title: 'Supply Chain Risk Management Plan', submittedBy: ['CSP'], sspAttachment: true },
  SAP: { title: 'Security Assessment Plan', submittedBy: ['3PAO'], sspAttachment: false },
  SAR: { title: 'Security Assessment Report', submittedBy: ['3PAO'], sspAttachment: false },
  POAM: { title: 'Plan of Action and Milestones', submittedBy: ['CSP'], sspAttachment: false },
  ATO_LETTER: { title: 'Authority to Operate Letter', submittedBy: ['AGENCY'], sspAttachment: false },
  AUTHORIZATION_CHECKLIST: { title: 'FedRAMP Initial Authorization Package Checklist', submittedBy: ['CSP'], sspAttachment: false },
  SCAN_RESULTS: { title: 'Vulnerability Scan Results', submittedBy: ['CSP'], sspAttachment: false },
  INVENTORY: { title: 'Integrated Inventory Workbook', submittedBy: ['CSP'], sspAttachment: false },
  SIGNIFICANT_CHANGE_REQUEST: { title: 'Significant Change Request', submittedBy: ['CSP'], sspAttachment: false },
  DEVIATION_REQUEST: { title: 'Deviation Request', submittedBy: ['CSP'], sspAttachment: false },
  UNKNOWN: { title: 'Unrecognised document', submittedBy: [], sspAttachment: false },
};

export const SSP_ATTACHMENTS: readonly DeliverableType[] = DeliverableType.options.filter(
  (t) => DELIVERABLES[t].sspAttachment,
);

/** Separation of duties: may `role` upload a deliverable of `type`? */
export function maySubmit(role: Role, type: DeliverableType): boolean {
  return DELIVERABLES[type].submittedBy.includes(role);
}
