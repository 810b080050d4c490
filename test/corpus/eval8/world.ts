/**
 * The fictional world of the eval8 corpus: a mid-size CSP in continuous monitoring, its 3PAO doing the annual
 * assessment, and the agencies using the package.
 */
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';

export interface CorpusDoc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

export const CSP = 'Meridian Ledger Systems, Inc.';
export const CSP_SHORT = 'Meridian Ledger';
export const CSO = 'LedgerCloud Government';
export const CSO_ABBR = 'LCG';
export const PKG = 'FR2207143921';
export const TPAO = 'Coastline Assurance Partners, LLC';
export const TPAO_SHORT = 'Coastline Assurance';
export const ADDRESS = '11950 Freedom Drive, Suite 400, Reston, VA 20190';

export const PEOPLE = {
  ciso: 'Marcus Oyelaran',
  isso: 'Dana Whitfield',
  conmon: 'Priya Raman',
  vpEng: 'Tomasz Kowalczyk',
  cloudOps: 'Luis Echevarria',
  privacy: 'Sandra Oduya',
  ceo: 'Gregory Althaus',
  counsel: 'Meredith Sato',
  secEng: 'Kevin Bramhall',
  leadAssessor: 'Hannah Brevik',
  pentestLead: 'Jamal Osei',
  qaReviewer: 'Colette Vance',
  dotAO: 'Regina Halvorsen',
  dolAO: 'Curtis Mbeki',
  sbaAO: 'Elaine Travers',
  dotISSO: 'Frank Delacroix',
};

export const AGENCIES = {
  dot: 'U.S. Department of Transportation, Office of the Chief Financial Officer',
  dol: 'U.S. Department of Labor, Employment and Training Administration',
  sba: 'U.S. Small Business Administration, Office of Capital Access',
};

/** A paragraph describing the system, reused the way real packages copy it between documents. */
export const SYSTEM_DESC = `${CSO} (${CSO_ABBR}) is a multi-tenant Software-as-a-Service offering that provides federal finance offices with grant and obligation ledgering, payment reconciliation, and audit-ready reporting. ${CSO_ABBR} is hosted entirely in Amazon Web Services (AWS) GovCloud (US-West) with a warm standby in AWS GovCloud (US-East). The authorization boundary includes the customer-facing web application and API tier, the reconciliation batch workers running on Amazon Elastic Kubernetes Service (EKS), Amazon RDS for PostgreSQL databases, the reporting warehouse, and the management plane used by Meridian Ledger operations staff.`;

export const SYSTEM_DESC_2 = `Federal customers access ${CSO_ABBR} over HTTPS (TLS 1.2 or higher using FIPS 140-validated modules) through an Application Load Balancer fronted by AWS WAF. Agency users authenticate through their agency identity provider using SAML 2.0 federation with PIV/CAC; Meridian Ledger privileged users authenticate to the management plane through a bastion-less AWS Systems Manager Session Manager workflow protected by phishing-resistant multi-factor authentication.`;

export const HOSTS = [
  ['lcg-prd-web01', '10.40.12.21'],
  ['lcg-prd-web02', '10.40.12.22'],
  ['lcg-prd-api01', '10.40.14.31'],
  ['lcg-prd-api02', '10.40.14.32'],
  ['lcg-prd-wrk01', '10.40.16.41'],
  ['lcg-prd-wrk02', '10.40.16.42'],
  ['lcg-prd-wrk03', '10.40.16.43'],
  ['lcg-prd-rpt01', '10.40.18.51'],
  ['lcg-mgmt-ssm01', '10.40.2.11'],
  ['lcg-mgmt-log01', '10.40.2.15'],
  ['lcg-mgmt-siem01', '10.40.2.16'],
  ['lcg-prd-etl01', '10.40.18.55'],
] as const;

export const host = (i: number): readonly [string, string] => HOSTS[i % HOSTS.length] ?? ['lcg-prd-web01', '10.40.12.21'];

/** Rev history rows in the shape most CSP documents carry them. */
export function revisions(rows: [string, string, string, string][]): string[][] {
  return [['Date', 'Version', 'Description', 'Author'], ...rows];
}

export const CUI_BANNER = 'CONTROLLED UNCLASSIFIED INFORMATION // FEDRAMP PACKAGE MATERIAL';
export const PROPRIETARY = `Proprietary and Confidential. This document contains information that is the property of ${CSP} and is provided to federal agencies and their authorized representatives solely for the purpose of evaluating the security of ${CSO}. It must not be disclosed outside the receiving organization without written consent from Meridian Ledger.`;
