import type { DeliverableType } from '../../../../functions/core/domain/deliverables.js';
import type { Block } from './blocks.js';
import type { Rng } from './rng.js';

/** One labelled document of the corpus, in memory. */
export interface EvalDoc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

/** The fictional CSP whose paperwork this corpus is. */
export const W = {
  csp: 'Meridian Orbital Analytics, Inc.',
  cspShort: 'Meridian Orbital',
  cso: 'Meridian GeoWatch',
  acronym: 'MGW',
  uei: 'KQ7LMN4R8TZ3',
  fedrampId: 'FR2519045812',
  threePao: 'Cobalt Ridge Assurance, LLC',
  agency: 'U.S. Department of Agriculture, Forest Service',
  agencyShort: 'USDA Forest Service',
  ao: 'Dana R. Whitfield',
  aoTitle: 'Chief Information Officer',
  ciso: 'Priya Raman',
  isso: 'Marcus Oyelaran',
  vpEng: 'Helen Voss',
  exportOfficer: 'Tomas Ibarra',
  groundOps: 'Kenji Araki',
  sre: 'Lena Kowalczyk',
  counsel: 'Rebecca Thorne',
  leadAssessor: 'Owen Castellanos',
  address: '2150 Research Parkway, Suite 400, Boulder, CO 80301',
  region: 'AWS GovCloud (US-West) with failover to AWS GovCloud (US-East)',
};

const CONTEXT = [
  `${W.cso} ingests raw and Level-1 imagery delivered from commercial ground stations into an encrypted landing bucket in Amazon S3, where each scene is checksummed and registered before processing.`,
  'The tiling service converts calibrated scenes into Cloud Optimized GeoTIFF (COG) files and pre-renders XYZ web map tiles at zoom levels 8 through 18 for the analyst viewer.',
  'Change-detection jobs run on GPU worker nodes in a private subnet; they compare co-registered image pairs and write vector change polygons to the PostGIS database.',
  'Agency analysts reach the service only through the web portal and the STAC API, both fronted by an application load balancer and AWS WAF with TLS 1.2 or higher using FIPS 140-validated endpoints.',
  'The imagery archive holds roughly 2.4 PB of scenes in S3 with lifecycle rules that move data older than 18 months to S3 Glacier Deep Archive.',
  'Customer areas of interest (AOIs) are stored as GeoJSON features tied to a tenant identifier, and every STAC item carries the tenant and licence restriction in its properties.',
  'Ground-station hardware, antenna control units and the satellite payload test benches are operated by the Hardware Division and sit outside the cloud authorization boundary.',
  'Operational metrics, audit events and application logs are forwarded to the central log platform and retained for at least one year online and three years in cold storage.',
  'Infrastructure is declared in Terraform and deployed by the CI/CD pipeline; no production resource is created or changed by hand outside an approved emergency change.',
  'Tenant isolation is enforced at the API layer with per-tenant IAM roles, S3 prefixes and row-level security in PostGIS.',
  'The service ingests on average 38,000 scenes per day from six commercial constellations, with peaks during wildfire season when the Forest Service tasks additional collections.',
  'Mosaics and analysis-ready data (ARD) products are generated nightly per AOI and exposed to analysts as STAC collections.',
  'Encryption keys for the imagery archive are customer-managed AWS KMS keys rotated annually; database storage and snapshots are encrypted with separate keys.',
  'The engineering organization has four squads (Ingest, Tiling, Analytics, Platform) and a site reliability team that owns production access.',
];

/** A paragraph of the CSP's operating context, drawn deterministically. */
export function context(rng: Rng, n = 2): string {
  const picked = new Set<string>();
  while (picked.size < n) picked.add(rng.pick(CONTEXT));
  return [...picked].join(' ');
}

/** A standard approval / signature block. */
export function signatures(rows: [string, string][]): Block[] {
  return [
    { t: 'bold', text: 'Approvals' },
    {
      t: 'table',
      rows: [['Name / Title', 'Signature', 'Date'], ...rows.map(([name, title]) => [`${name}\n${title}`, '', ''])],
    },
  ];
}

/** A distribution list as it appears on the front matter of controlled documents. */
export function distribution(names: string[]): Block[] {
  return [{ t: 'bold', text: 'Distribution' }, { t: 'bullets', items: names }];
}

export const CUI_NOTICE =
  'CONTROLLED UNCLASSIFIED INFORMATION. This document contains proprietary and security-sensitive information of Meridian Orbital Analytics, Inc. Disclosure is limited to personnel with a need to know. Do not forward outside the distribution list.';

export const PROPRIETARY_NOTICE =
  'Proprietary and confidential. (c) 2026 Meridian Orbital Analytics, Inc. All rights reserved. No part of this document may be reproduced without written permission.';
