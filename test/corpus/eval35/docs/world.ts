/** The fictional world the documents come from: CSP clients of one 3PAO, and their agencies. */
export interface Csp {
  company: string;
  system: string;
  short: string;
  level: 'Low' | 'Moderate' | 'High';
  fedrampId: string;
  owner: [string, string];
  isso: [string, string];
  domain: string;
}

export const NORTHWIND: Csp = {
  company: 'Northwind Fiscal Systems, Inc.',
  system: 'Northwind Ledger Cloud',
  short: 'NLC',
  level: 'Moderate',
  fedrampId: 'FR2309114872',
  owner: ['Marcus Ellery', 'VP, Platform Engineering'],
  isso: ['Priya Raman', 'Information System Security Officer'],
  domain: 'nlc.northwindfiscal.com',
};

export const HELIX: Csp = {
  company: 'Helix Civic Software, LLC',
  system: 'Helix CaseFlow',
  short: 'HCF',
  level: 'High',
  fedrampId: 'FR2402237719',
  owner: ['Janelle Whitcombe', 'Chief Technology Officer'],
  isso: ['Tomás Arriaga', 'ISSO / Compliance Lead'],
  domain: 'gov.helixcaseflow.com',
};

export const TARRAGON: Csp = {
  company: 'Tarragon Data Corp.',
  system: 'Tarragon Insight',
  short: 'TI',
  level: 'Low',
  fedrampId: 'FR2411060233',
  owner: ['Owen Castellano', 'Director of Cloud Operations'],
  isso: ['Lena Hoffmeister', 'Security & Compliance Manager'],
  domain: 'insight.tarragondata.io',
};

export const THREEPAO = {
  name: 'Bellwether Assurance Partners, LLC',
  short: 'Bellwether',
  lead: ['Reginald Okonkwo', 'Lead Assessor'] as [string, string],
  qa: ['Dana Okafor', 'Quality Assurance Manager'] as [string, string],
  pentest: ['Samira Quist', 'Penetration Test Lead'] as [string, string],
  a2la: '4521.01',
};

export const AGENCY = {
  name: 'Federal Grants Administration',
  short: 'FGA',
  ao: ['Harold P. Denning', 'Chief Information Officer and Authorizing Official'] as [string, string],
};

export const AGENCY2 = {
  name: 'U.S. Office of Rural Programs',
  short: 'ORP',
  ao: ['Dr. Celeste Marwood', 'Deputy Administrator and Authorizing Official'] as [string, string],
};

/** NIST SP 800-53 Rev 5 control families, as policy documents and SSPs list them. */
export const FAMILIES: [string, string][] = [
  ['AC', 'Access Control'],
  ['AT', 'Awareness and Training'],
  ['AU', 'Audit and Accountability'],
  ['CA', 'Assessment, Authorization, and Monitoring'],
  ['CM', 'Configuration Management'],
  ['CP', 'Contingency Planning'],
  ['IA', 'Identification and Authentication'],
  ['IR', 'Incident Response'],
  ['MA', 'Maintenance'],
  ['MP', 'Media Protection'],
  ['PE', 'Physical and Environmental Protection'],
  ['PL', 'Planning'],
  ['PS', 'Personnel Security'],
  ['RA', 'Risk Assessment'],
  ['SA', 'System and Services Acquisition'],
  ['SC', 'System and Communications Protection'],
  ['SI', 'System and Information Integrity'],
  ['SR', 'Supply Chain Risk Management'],
];
