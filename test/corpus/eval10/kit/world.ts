/** The four clients whose files sit on the consultancy's shared drive, and the people around them. */
export interface Csp {
  key: string;
  csp: string;
  cso: string;
  short: string;
  level: 'Low' | 'Moderate' | 'High';
  model: 'SaaS' | 'PaaS' | 'IaaS';
  cloud: string;
  idp: string;
  siem: string;
  scanner: string;
  ticket: string;
  repo: string;
  edr: string;
  backup: string;
  isso: string;
  owner: string;
  ciso: string;
  engineer: string;
  address: string;
  domain: string;
  agency: string;
  agencyShort: string;
  ao: string;
  aoTitle: string;
  threePao: string;
  threePaoLead: string;
  /** Which FedRAMP template generation the client's team writes in. */
  rev: 4 | 5;
  subnet: string;
}

export const CONSULTANCY = 'Tallgrass Compliance Group, LLC';
export const CONSULTANCY_SHORT = 'Tallgrass';

export const KESTREL: Csp = {
  key: 'kestrel',
  csp: 'Kestrel Analytics, Inc.',
  cso: 'KestrelCloud GovAnalytics',
  short: 'KGA',
  level: 'Moderate',
  model: 'SaaS',
  cloud: 'AWS GovCloud (US-West)',
  idp: 'Okta Workforce Identity Cloud for Government',
  siem: 'Splunk Cloud Platform',
  scanner: 'Tenable Security Center',
  ticket: 'Jira Service Management',
  repo: 'GitLab Dedicated for Government',
  edr: 'CrowdStrike Falcon',
  backup: 'AWS Backup with cross-region vaults',
  isso: 'Priya Raman',
  owner: 'Daniel Okafor',
  ciso: 'Margaret Lindqvist',
  engineer: 'Tomás Ibarra',
  address: '1900 Campus Commons Drive, Suite 300, Reston, VA 20191',
  domain: 'kestrelanalytics.com',
  agency: 'National Rural Lending Administration',
  agencyShort: 'NRLA',
  ao: 'Gregory T. Whitfield',
  aoTitle: 'Chief Information Officer and Authorizing Official',
  threePao: 'Ardent Assurance Partners LLC',
  threePaoLead: 'Renee Castellanos, CISSP, CISA',
  rev: 5,
  subnet: '10.40',
};

export const BLUEFIN: Csp = {
  key: 'bluefin',
  csp: 'Bluefin Data Systems LLC',
  cso: 'Bluefin Records Vault',
  short: 'BRV',
  level: 'High',
  model: 'PaaS',
  cloud: 'Microsoft Azure Government (US Gov Virginia and US Gov Texas)',
  idp: 'Microsoft Entra ID (Azure Government)',
  siem: 'Microsoft Sentinel',
  scanner: 'Tenable Nessus Manager',
  ticket: 'ServiceNow ITSM',
  repo: 'Azure DevOps Server',
  edr: 'Microsoft Defender for Endpoint',
  backup: 'Azure Backup with geo-redundant Recovery Services vaults',
  isso: 'Harold Nguyen',
  owner: 'Lucinda Farrow',
  ciso: 'Benjamin Acheampong',
  engineer: 'Sofia Marchetti',
  address: '44 Wharf Street, 6th Floor, Baltimore, MD 21202',
  domain: 'bluefindata.com',
  agency: 'Federal Records Preservation Agency',
  agencyShort: 'FRPA',
  ao: 'Dr. Angela M. Rourke',
  aoTitle: 'Chief Information Security Officer, Authorizing Official',
  threePao: 'Cobalt Ridge Assessments, Inc.',
  threePaoLead: 'Marcus Delacroix, CISSP, OSCP',
  rev: 4,
  subnet: '172.20',
};

export const NORTHWIND: Csp = {
  key: 'northwind',
  csp: 'Northwind Harbor Software, Inc.',
  cso: 'Harbor Case Manager',
  short: 'HCM',
  level: 'Low',
  model: 'SaaS',
  cloud: 'Google Cloud Assured Workloads (us-east4)',
  idp: 'Google Cloud Identity with FIDO2 security keys',
  siem: 'Google Security Operations (Chronicle)',
  scanner: 'Qualys VMDR',
  ticket: 'Linear',
  repo: 'GitHub Enterprise Cloud',
  edr: 'SentinelOne Singularity',
  backup: 'Cloud SQL automated backups and Cloud Storage dual-region buckets',
  isso: 'Ellen Marsh',
  owner: 'Jonah Whitaker',
  ciso: 'Ellen Marsh',
  engineer: 'Wei Zhang',
  address: '310 Harbor Point Road, Portland, ME 04101',
  domain: 'northwindharbor.io',
  agency: 'Office of Community Grants Oversight',
  agencyShort: 'OCGO',
  ao: 'Patricia L. Onwuachi',
  aoTitle: 'Deputy Chief Information Officer',
  threePao: 'Ardent Assurance Partners LLC',
  threePaoLead: 'Kevin Oduya, CISA',
  rev: 5,
  subnet: '10.128',
};

export const QUILLON: Csp = {
  key: 'quillon',
  csp: 'Quillon Federal Cloud LLC',
  cso: 'Quillon FedGrid',
  short: 'QFG',
  level: 'High',
  model: 'IaaS',
  cloud: 'Quillon-owned data centers in Ashburn, VA (primary) and Chandler, AZ (alternate)',
  idp: 'Ping Identity PingFederate with YubiKey FIPS tokens',
  siem: 'IBM QRadar SIEM',
  scanner: 'Tenable Nessus Professional and Tenable Security Center',
  ticket: 'BMC Helix ITSM',
  repo: 'Bitbucket Data Center',
  edr: 'Trellix Endpoint Security',
  backup: 'Commvault Complete Backup and Recovery with immutable copies',
  isso: 'Raymond Achebe',
  owner: 'Katherine Voss',
  ciso: 'Idris Kamara',
  engineer: 'Hana Yoshida',
  address: '21000 Atlantic Boulevard, Building C, Dulles, VA 20166',
  domain: 'quillonfederal.com',
  agency: 'Department of Coastal Infrastructure',
  agencyShort: 'DCI',
  ao: 'Mitchell A. Barrows',
  aoTitle: 'Chief Information Officer',
  threePao: 'Cobalt Ridge Assessments, Inc.',
  threePaoLead: 'Alyssa Brandt, CISSP, CCSP',
  rev: 5,
  subnet: '10.66',
};

export const CLIENTS = [KESTREL, BLUEFIN, NORTHWIND, QUILLON] as const;

/** Impact-level wording as FedRAMP writes it. */
export function levelText(c: Csp): string {
  return c.key === 'northwind' ? 'Low (FedRAMP Tailored LI-SaaS)' : c.level;
}
