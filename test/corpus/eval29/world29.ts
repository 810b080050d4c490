/** The fictional world of eval29: a Kubernetes PaaS CSP, its 3PAO and its sponsoring agency; shared front matter. */
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { Block } from './kit29.js';

export interface Eval29Doc {
  file: string;
  expected: DeliverableType;
  note: string;
  data: Buffer | string;
}

export const CSP = 'Kestrel Cloud Systems, Inc.';
export const CSP_SHORT = 'Kestrel';
export const SYS = 'Kestrel Managed Kubernetes Platform';
export const SYS_ABBR = 'KMKP';
export const SYS2 = 'Kestrel Artifact Registry Service';
export const TPAO = 'Barrow & Lindqvist Assurance, LLC';
export const AGENCY = 'U.S. Department of Commerce, Office of the Chief Information Officer';
export const AO = 'Marisol T. Ferreira-Banks';
export const ISSO = 'Devin Achterberg';
export const CISO = 'Harriet Nwosu-Lind';
export const PLATFORM_LEAD = 'Tomasz Rekowski';
export const CUI = 'CONTROLLED UNCLASSIFIED INFORMATION (CUI) // Kestrel Proprietary';

export const SYSTEM_DESCRIPTION: readonly string[] = [
  `${SYS} (${SYS_ABBR}) is a multi-tenant Platform-as-a-Service that gives federal customers managed Kubernetes clusters, a curated service catalog and a GitOps delivery pipeline. The platform runs entirely in AWS GovCloud (US-West) and AWS GovCloud (US-East); the tenant clusters are Amazon EKS clusters with hardened Bottlerocket worker nodes, and the platform's own management plane runs on a separate EKS cluster in a dedicated management account.`,
  `Tenant workloads are isolated by account, cluster and namespace. Network policy is enforced with Cilium, service-to-service traffic is mutually authenticated with Istio using FIPS 140-validated BoringCrypto builds, and secrets are brokered by HashiCorp Vault Enterprise backed by AWS KMS. Changes to the platform reach production only through Argo CD, from signed commits in the platform's GitLab instance, after the CI pipeline's image scanning and policy checks pass.`,
  `Customer administrators reach the platform through the ${SYS_ABBR} console and the Kubernetes API, both federated to the customer's identity provider via SAML 2.0 or OIDC with phishing-resistant MFA. Kestrel operations staff reach the management plane only through the privileged access gateway (Teleport) from Kestrel-managed endpoints.`,
];

export interface FrontOpts {
  title: string;
  system?: string;
  docId: string;
  version: string;
  date: string;
  owner?: string;
  /** How the title is placed before the body. */
  variant: 'cover' | 'table-cell' | 'legal-first' | 'no-title' | 'memo';
  approvers?: readonly (readonly [string, string])[];
  toc?: readonly string[];
  revisions?: readonly (readonly string[])[];
}

const DEFAULT_REVISIONS: readonly (readonly string[])[] = [
  ['Date', 'Version', 'Description', 'Author'],
  ['2023-06-30', '1.0', 'Initial release for the FedRAMP Moderate agency authorization', 'D. Achterberg'],
  ['2024-01-19', '1.1', 'Annual review; updated for EKS 1.28 and Bottlerocket worker nodes', 'T. Rekowski'],
  ['2024-07-08', '1.2', 'Incorporated 3PAO comments and Rev5 parameter updates', 'D. Achterberg'],
  ['2025-02-27', '2.0', 'Annual review; GovCloud (US-East) region added', 'S. Ilunga'],
];

export function frontMatter(o: FrontOpts): Block[] {
  const system = o.system ?? `${SYS} (${SYS_ABBR})`;
  const approvers = o.approvers ?? [
    [CISO, 'Chief Information Security Officer'],
    [ISSO, 'Information System Security Officer'],
  ];
  const revisions = o.revisions ?? DEFAULT_REVISIONS;
  const approval: Block[] = [
    { k: 'h1', text: 'Document Approval' },
    { k: 'p', text: 'By signing below, the undersigned confirm that they have reviewed this document and that it accurately reflects the current state of the system and its operating procedures.' },
    { k: 'table', rows: [['Name', 'Title', 'Signature', 'Date'], ...approvers.map(([n, t]) => [n, t, '/s/ signed electronically', o.date])] },
  ];
  const history: Block[] = [{ k: 'h1', text: 'Revision History' }, { k: 'table', rows: revisions }];
  const tocLines: Block[] = o.toc ? [{ k: 'h1', text: 'Table of Contents' }, { k: 'bullets', items: o.toc.map((t, i) => `${t} ..... ${i * 3 + 4}`) }] : [];
  const legal: Block = {
    k: 'p',
    text: `${CUI}. This document contains information that is proprietary to ${CSP} and is provided to the U.S. Government and its authorized assessors for the purpose of the FedRAMP authorization of the system named herein. Do not distribute outside the authorized recipients without the written permission of the ${CSP_SHORT} Security Compliance team.`,
  };
  const distribution: Block[] = [
    { k: 'h1', text: 'Distribution List' },
    { k: 'table', rows: [['Recipient', 'Organization', 'Copy'], [ISSO, CSP, 'Controlled master'], ['Agency ISSO', 'Department of Commerce OCIO', 'Electronic (MAX.gov / USDA Connect)'], ['Assessment lead', TPAO, 'Electronic'], ['Platform Engineering', CSP, 'Confluence space SECCOMP']] },
  ];
  switch (o.variant) {
    case 'cover':
      return [
        { k: 'p', text: CSP },
        { k: 'title', text: o.title },
        { k: 'p', text: system },
        { k: 'p', text: `Document ${o.docId}  |  Version ${o.version}  |  ${o.date}` },
        { k: 'p', text: CUI },
        { k: 'break' },
        ...history,
        ...approval,
        ...tocLines,
        { k: 'break' },
      ];
    case 'table-cell':
      return [
        { k: 'bold', text: CSP.toUpperCase() },
        {
          k: 'table',
          header: false,
          rows: [
            ['Document title', o.title],
            ['Information system', system],
            ['Document number', o.docId],
            ['Version / date', `${o.version} / ${o.date}`],
            ['Document owner', o.owner ?? ISSO],
            ['Classification', 'CUI // Kestrel Proprietary'],
          ],
        },
        ...approval,
        ...history,
        { k: 'break' },
      ];
    case 'legal-first':
      return [{ k: 'bold', text: 'NOTICE' }, legal, ...distribution, { k: 'title', text: o.title, size: 36 }, { k: 'p', text: `${system} \u2014 version ${o.version}, ${o.date}` }, ...history, ...tocLines];
    case 'no-title':
      return [legal, ...history, ...approval, { k: 'break' }];
    case 'memo':
      return [
        { k: 'table', header: false, rows: [['FROM:', `${o.owner ?? ISSO}, ${CSP}`], ['TO:', 'Agency Authorizing Official; FedRAMP PMO'], ['DATE:', o.date], ['SUBJECT:', o.title]] },
        { k: 'p', text: `Reference: ${o.docId}, version ${o.version}.` },
      ];
  }
}

export function sysDescription(heading = 'System Description'): Block[] {
  return [{ k: 'h1', text: heading }, ...SYSTEM_DESCRIPTION.map((text): Block => ({ k: 'p', text }))];
}

export function maintenance(docName: string, owner = ISSO): Block[] {
  return [
    { k: 'h1', text: 'Document Maintenance' },
    { k: 'p', text: `The ${owner} owns this ${docName}. It is reviewed at least annually, after any significant change to the system, and whenever an exercise, incident or assessment identifies a gap. Changes are tracked in the revision history above and announced to the distribution list; the prior version is retained in the compliance document repository for at least three years.` },
  ];
}
