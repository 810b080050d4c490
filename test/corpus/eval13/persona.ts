/** The invented organisations and people of eval13, and front-matter helpers. */
import type { Block } from './kit.js';
import { bullets, h1, p, table } from './kit.js';

export const CSP = 'Halcyon Health Systems, Inc.';
export const CSP_SHORT = 'Halcyon';
export const CSO = 'Halcyon CareBridge';
export const ABBR = 'HCB';
export const AGENCY = 'Health Outcomes Administration';
export const AGENCY_SHORT = 'HOA';
export const DEPT = 'U.S. Department of Health and Human Services';
export const TPAO = 'Granite Ridge Assurance, LLC';
export const FEDRAMP_ID = 'FR2409117734';

export const PEOPLE = {
  owner: 'Danielle Okonkwo, VP Platform Engineering',
  isso: 'Marcus Lindqvist, Information System Security Officer',
  ciso: 'Priya Raman, Chief Information Security Officer',
  ao: 'Dr. Eleanor M. Whitfield, Chief Information Officer',
  agencyIsso: 'Tomás Herrera, HOA ISSO',
  privacy: 'Rebecca Adeyemi, Senior Agency Official for Privacy',
  lead3pao: 'Gregory Vance, CISSP, Assessment Lead',
  qa3pao: 'Hannah Cho, QA Reviewer',
  cmLead: 'Owen Fitzgerald, Release and Configuration Manager',
  irLead: 'Sofia Marchetti, Security Operations Manager',
};

export const APPENDICES: [string, string][] = [
  ['Appendix A', 'FedRAMP Moderate Security Controls'],
  ['Appendix B', 'Related Acronyms'],
  ['Appendix C', 'Information Security Policies and Procedures'],
  ['Appendix D', 'User Guide'],
  ['Appendix E', 'Digital Identity Worksheet'],
  ['Appendix F', 'Rules of Behavior (RoB)'],
  ['Appendix G', 'Information System Contingency Plan (ISCP)'],
  ['Appendix H', 'Configuration Management Plan (CMP)'],
  ['Appendix I', 'Incident Response Plan (IRP)'],
  ['Appendix J', 'Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook'],
  ['Appendix K', 'FIPS 199 Categorization'],
  ['Appendix L', 'CSO-Specific Required Laws and Regulations'],
  ['Appendix M', 'Integrated Inventory Workbook (IIW)'],
  ['Appendix N', 'Continuous Monitoring Plan'],
  ['Appendix O', 'POA&M'],
  ['Appendix P', 'Supply Chain Risk Management Plan (SCRMP)'],
  ['Appendix Q', 'Cryptographic Modules Table'],
];

export function revisionHistory(rows: [string, string, string, string][]): Block[] {
  return [p('Document Revision History', { bold: true }), table([['Date', 'Version', 'Description', 'Author'], ...rows])];
}

export function approvals(role: string, people: string[]): Block[] {
  return [
    h1('Approvals', true),
    p(
      `By signing below, the undersigned acknowledge that they have reviewed this ${role} and agree with the information it contains. Changes to this document will be coordinated with, and approved by, the undersigned or their designated representatives.`,
    ),
    table([['Name / Title', 'Signature', 'Date'], ...people.map((x) => [x, '________________________', '____/____/______'])]),
  ];
}

export function distribution(list: string[]): Block[] {
  return [p('Distribution List', { bold: true }), bullets(list)];
}

export function cui(): Block {
  return p(
    'CONTROLLED UNCLASSIFIED INFORMATION (CUI) // This document contains proprietary and security-sensitive information of Halcyon Health Systems, Inc. Distribution is limited to the sponsoring agency, the FedRAMP PMO and the assessing 3PAO. Do not forward.',
    { italic: true, size: 8 },
  );
}

export const SYSTEM_DESC =
  'Halcyon CareBridge is a multi-tenant software-as-a-service care-coordination and case-management platform. Agency staff and contracted care navigators use it to enroll program participants, record eligibility determinations, schedule outreach, exchange referrals with community health partners and report program outcomes. The service runs in AWS GovCloud (US-West) across three availability zones, uses Amazon EKS for the application tier, Amazon Aurora PostgreSQL for transactional data and Amazon S3 for document storage, and is fronted by an AWS WAF-protected Application Load Balancer. Agency users authenticate through the agency identity provider using SAML 2.0 federation with PIV-backed multifactor authentication.';

export const BOUNDARY_DESC =
  'The authorization boundary includes the production VPCs, the shared-services VPC that hosts the bastion, log aggregation and vulnerability scanning infrastructure, and the CI/CD deployment roles that push signed container images into the production EKS clusters. Corporate IT (email, HR systems, the developer laptops) and the commercial CareBridge instance in AWS us-east-1 are outside the boundary. Leveraged services are AWS GovCloud (FedRAMP High P-ATO), Okta for Government Moderate and Splunk Cloud Platform for FedRAMP Moderate.';

export function sectionProse(topic: string, extra: string[] = []): Block[] {
  return [
    p(
      `${topic} is carried out by the Halcyon Security and Compliance team in coordination with Platform Engineering. Responsibilities are assigned by role, reviewed at least annually, and recorded in the CareBridge compliance tracker so that the agency and the 3PAO can trace each activity to an accountable owner.`,
    ),
    ...extra.map((e) => p(e)),
  ];
}
