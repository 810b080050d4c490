import type { Block } from './kit/blocks.js';

/** The fictional organisations and people every document of this corpus shares. */
export const W = {
  csp: 'Tessellate Systems, Inc.',
  cspShort: 'Tessellate',
  cso: 'Tessellate Records Cloud',
  acr: 'TRC',
  fedrampId: 'FR2307741962',
  threePao: 'Kestrel Assurance Partners, LLC',
  agency: 'U.S. Bureau of Inland Fisheries',
  agencyAcr: 'BIF',
  sreLead: 'Dana Okafor',
  isso: 'Marcus Reyes',
  ciso: 'Priya Natarajan',
  cto: 'Helen Voss',
  ceo: 'Robert Lindqvist',
  eng: ['Tomasz Kral', 'Aisha Bello', 'Jun Watanabe', 'Rosa Delgado', 'Ethan Mbeki', 'Lena Fischer'],
  ao: 'Gregory T. Hollis',
  aoTitle: 'Chief Information Officer',
  agencyIsso: 'Carla Benitez',
  pao: 'Nadia Ferreira',
  paoTester: 'Owen Castillo',
  region: 'AWS GovCloud (US-West)',
  address: '11951 Freedom Drive, Suite 1400, Reston, VA 20190',
} as const;

export const HOSTS = [
  { id: 'trc-eks-prod-node-01', ip: '10.42.16.21', dns: 'ip-10-42-16-21.us-gov-west-1.compute.internal', os: 'Bottlerocket OS 1.20.3', fn: 'EKS worker node (application pods)', baseline: 'TRC-BR-EKS-2025.07' },
  { id: 'trc-eks-prod-node-02', ip: '10.42.17.34', dns: 'ip-10-42-17-34.us-gov-west-1.compute.internal', os: 'Bottlerocket OS 1.20.3', fn: 'EKS worker node (application pods)', baseline: 'TRC-BR-EKS-2025.07' },
  { id: 'trc-eks-prod-node-03', ip: '10.42.18.12', dns: 'ip-10-42-18-12.us-gov-west-1.compute.internal', os: 'Bottlerocket OS 1.20.3', fn: 'EKS worker node (ingest workers)', baseline: 'TRC-BR-EKS-2025.07' },
  { id: 'trc-bastion-01', ip: '10.42.0.10', dns: 'bastion.mgmt.trc.internal', os: 'Amazon Linux 2023.5', fn: 'Administrative jump host (SSM only)', baseline: 'TRC-AL2023-CIS-L1' },
  { id: 'trc-ci-runner-01', ip: '10.42.4.51', dns: 'runner01.ci.trc.internal', os: 'Amazon Linux 2023.5', fn: 'GitLab CI runner (build)', baseline: 'TRC-AL2023-CIS-L1' },
  { id: 'trc-log-collector-01', ip: '10.42.8.15', dns: 'logs01.mgmt.trc.internal', os: 'Ubuntu 22.04.4 LTS', fn: 'Log forwarder (Fluent Bit to SIEM)', baseline: 'TRC-UBU2204-CIS-L1' },
  { id: 'trc-pg-prod-01', ip: '10.42.32.40', dns: 'trc-pg-prod-01.cluster-c8x.us-gov-west-1.rds.amazonaws.com', os: 'Amazon RDS PostgreSQL 15.7', fn: 'Primary records database', baseline: 'TRC-RDS-PG15' },
  { id: 'trc-pg-prod-02', ip: '10.42.33.41', dns: 'trc-pg-prod-02.cluster-c8x.us-gov-west-1.rds.amazonaws.com', os: 'Amazon RDS PostgreSQL 15.7', fn: 'Read replica (reporting)', baseline: 'TRC-RDS-PG15' },
  { id: 'trc-redis-prod-01', ip: '10.42.34.12', dns: 'trc-redis-prod.x1y2z3.use.cache.amazonaws.com', os: 'ElastiCache Redis 7.1', fn: 'Session cache', baseline: 'TRC-EC-REDIS7' },
  { id: 'trc-alb-public-01', ip: '203.0.113.24', dns: 'records.tessellate-gov.com', os: 'AWS Application Load Balancer', fn: 'Public HTTPS ingress (WAF attached)', baseline: 'TRC-ALB-TLS12' },
] as const;

export function revisionHistory(rows: [string, string, string, string][]): Block[] {
  return [{ t: 'bold', text: 'Revision History' }, { t: 'table', rows: [['Date', 'Version', 'Description', 'Author'], ...rows] }];
}

export function approvals(people: [string, string][], lead = 'The following individuals have reviewed and approve this document.'): Block[] {
  return [
    { t: 'bold', text: 'Approvals' },
    { t: 'p', text: lead },
    { t: 'table', rows: [['Name', 'Title', 'Signature', 'Date'], ...people.map(([n, title]) => [n, title, '/s/ ' + n, ''])] },
  ];
}

export function distribution(list: string[]): Block[] {
  return [{ t: 'bold', text: 'Distribution List' }, { t: 'bullets', items: list }];
}

export function tocOf(blocks: Block[], label = 'Table of Contents'): Block[] {
  const items = blocks.filter((b): b is { t: 'h1'; text: string } => b.t === 'h1').map((b) => b.text);
  return [{ t: 'bold', text: label }, { t: 'p', text: items.join(' ........ ') }];
}

export const CUI_NOTICE =
  'CONTROLLED UNCLASSIFIED INFORMATION (CUI). This document contains proprietary and confidential information of Tessellate Systems, Inc. and may contain security-sensitive information about the Tessellate Records Cloud. Distribution is limited to authorized personnel with a need to know. Do not forward outside the authorization boundary stakeholders without the written permission of the Tessellate Security Office.';

export const PROPRIETARY =
  'Tessellate Systems, Inc. Proprietary. Internal use only. Printed copies are uncontrolled; the current version lives in Confluence (space SRE).';
