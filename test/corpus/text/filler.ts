/**
 * Generic front matter: notices, conventions, company boilerplate. None of it names a deliverable, so a
 * classifier that only looks at the first page of a 'late' document sees nothing telling.
 * Train and holdout have separate pools.
 */
import type { Csp } from '../lib/parties.js';
import type { Rng } from '../lib/rng.js';
import type { CorpusSet } from '../lib/types.js';

const TRAIN = [
  '{CSP} ("{SHORT}") provides cloud-based software and platform services to commercial customers and to federal, state and local government organizations. Founded with a mission to simplify secure data operations, {SHORT} maintains engineering centers in three states and operates exclusively within United States data centers for its government offerings.',
  'This document contains proprietary information of {CSP}. It is furnished to the recipient in confidence and may not be reproduced, disclosed or used, in whole or in part, for any purpose other than the evaluation for which it is provided, without the prior written permission of {CSP}.',
  'The information in this document is current as of the date of publication. {SHORT} reserves the right to update this material at any time as technology, operating procedures and organizational responsibilities evolve. Readers should confirm that they are using the latest approved version before relying on any statement herein.',
  'Document conventions: text in italics denotes references to external publications; bold text identifies defined terms at their first use; tables are numbered sequentially within each section. The terms "shall" and "must" indicate mandatory requirements, "should" indicates a recommended practice, and "may" indicates an optional practice.',
  'All product and company names are trademarks or registered trademarks of their respective holders. Use of them does not imply any affiliation with or endorsement by them. Amazon Web Services, Microsoft Azure and Google Cloud are trademarks of their respective owners.',
  'Distribution of this document is limited to personnel with a need to know, including authorized representatives of customer organizations and independent assessors under a non-disclosure agreement. Printed copies are uncontrolled; the controlled copy is maintained in the {SHORT} document management system.',
  'Questions regarding the content of this document should be directed to the document owner listed in the contact table. Suggested corrections may be submitted at any time through the internal documentation portal and will be considered during the next scheduled review cycle.',
  'The {CSO} supports thousands of users across multiple customer organizations. Services are delivered over encrypted connections, and customer data is logically separated at the application and storage layers. Operational support is available twenty-four hours a day, seven days a week.',
  'Review cadence: this document is reviewed at least annually and whenever a significant change to the environment, the organization or applicable requirements occurs. Reviews are recorded in the revision table together with the name of the approver.',
] as const;

const HOLDOUT = [
  'About {SHORT}: since its founding, {CSP} has focused on reliable, secure infrastructure for regulated industries. Our teams in engineering, operations and customer success work together to deliver measurable outcomes for public-sector missions while keeping total cost of ownership predictable.',
  'Confidentiality statement. The contents of this package are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender immediately and destroy all copies. Unauthorized review, use or disclosure is prohibited and may be unlawful.',
  'How to read this document: each chapter opens with a short summary, followed by details and, where useful, tables. Terms such as "customer", "tenant" and "subscriber" are used interchangeably. Cross-references appear in square brackets and point to chapter numbers.',
  'Export control notice: technical data contained herein may be subject to the Export Administration Regulations (EAR). Diversion contrary to U.S. law is prohibited. Recipients are responsible for complying with all applicable export and re-export restrictions.',
  'Acknowledgements. This edition benefited from comments by the platform, legal and customer operations teams, as well as feedback gathered in customer advisory board sessions held during the previous fiscal year.',
  'Record of distribution: the electronic master of this document resides in the corporate knowledge base. Copies exported to PDF are for convenience only and are not controlled. Owners are notified automatically when a new edition is published.',
  '{CSO} is built on a modern, containerized architecture that scales horizontally. Tenants are isolated through dedicated encryption keys and network policies, and platform updates are delivered through an automated pipeline with staged rollouts and automated rollback.',
  'Terminology used throughout follows the company glossary. Where a term has both a commercial and a federal meaning, the federal meaning applies in this edition unless the context clearly indicates otherwise.',
  'Feedback and questions: please contact the document owner through the service desk, selecting the category "Documentation". We aim to respond within five business days.',
] as const;

/** `n` generic paragraphs for `csp`, in a seeded order. */
export function frontMatter(set: CorpusSet, csp: Csp, rng: Rng, n: number): string[] {
  const pool = set === 'train' ? TRAIN : HOLDOUT;
  return rng.sample(pool, n).map((p) =>
    p.replace(/\{CSP\}/g, csp.name).replace(/\{SHORT\}/g, csp.short).replace(/\{CSO\}/g, csp.cso).replace(/\.\.(?!\.)/g, '.'),
  );
}
