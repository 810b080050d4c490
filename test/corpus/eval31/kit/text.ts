/** Seeded randomness and prose helpers for the eval31 corpus (deterministic on every run). */

/** mulberry32: a small, well-known seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, items: readonly T[]): T {
  const item = items[Math.floor(r() * items.length)];
  if (item === undefined) throw new Error('pick from empty list');
  return item;
}

/** Picks `n` distinct sentences from a pool (in pool order shuffled by the seed) and joins them. */
export function prose(r: () => number, pool: readonly string[], n: number): string {
  const copy = [...pool];
  const out: string[] = [];
  while (out.length < n && copy.length > 0) {
    const i = Math.floor(r() * copy.length);
    out.push(copy.splice(i, 1)[0] ?? '');
  }
  return out.join(' ');
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** A fixed UTC date shifted by `days`, as YYYY-MM-DD. */
export function day(base: string, days: number): string {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function ip(r: () => number, prefix = '10.40'): string {
  return `${prefix}.${Math.floor(r() * 30) + 1}.${Math.floor(r() * 250) + 2}`;
}

/** Generic operational prose a CSP's writers reuse across security documents. */
export const SEC_POOL: readonly string[] = [
  'Changes to this document are tracked in the document-management system and the revision history table is updated with each approved version.',
  'The Information System Security Officer (ISSO) coordinates reviews with the system owner and the authorizing official designee.',
  'Account provisioning is requested through the service desk and approved by the account owner before access is granted.',
  'Audit records from the hypervisor, operating system and application tiers are forwarded to the central log platform within five minutes.',
  'Personnel with privileged access complete role-based training before access is granted and annually thereafter.',
  'The production boundary is hosted in two availability zones of the provider region, with replication of the database tier between them.',
  'All data at rest is encrypted with FIPS 140-validated modules; keys are managed in the cloud provider key management service.',
  'Administrative access to the environment is made only through the bastion hosts, using phishing-resistant multifactor authentication.',
  'Vulnerability scanning of the operating system, database and web application layers is performed at least monthly.',
  'The configuration baselines are derived from the CIS Benchmarks and deviations are recorded with a documented rationale.',
  'Findings that cannot be remediated within the required timeframe are tracked in the Plan of Action and Milestones.',
  'Customer agencies are responsible for managing their own end-user accounts within the tenant administration console.',
  'The change advisory board meets weekly and reviews every normal change before it is deployed to production.',
  'Backups are taken daily, retained for thirty-five days, and restored quarterly as a test of recoverability.',
  'Security events are triaged by the security operations team, which is staffed around the clock.',
  'Roles and responsibilities described in this section are consistent with the organizational chart maintained by Human Resources.',
  'Interconnections with external systems are documented in interconnection security agreements reviewed annually.',
  'The system inventory is reconciled against the cloud provider asset APIs each month before the continuous monitoring submission.',
  'Boundary protection is enforced with security groups, network access control lists and a web application firewall at the edge.',
  'Exceptions to this requirement must be approved in writing by the Chief Information Security Officer.',
  'Evidence of the review is retained in the compliance repository for at least three years.',
  'Service accounts are inventoried and their credentials are rotated at least every ninety days.',
  'Time synchronization is provided by the cloud provider time service and verified by the monitoring agent.',
  'Where this document refers to the System Security Plan, the current approved version in the document-management system applies.',
  'Privileged commands executed on production hosts are recorded by the session manager and retained with the audit logs.',
  'Container images are built from hardened base images and scanned in the pipeline before they are promoted.',
  'Infrastructure is defined as code; manual console changes in production are prohibited except under an emergency change.',
  'Customer tenants are logically separated by tenant identifiers enforced in the application and the database row-level policies.',
  'Security alerts are correlated in the SIEM and enriched with asset ownership from the configuration management database.',
  'Removable media are not used within the authorization boundary.',
  'The security team reviews firewall and security group rules every six months and removes unused rules.',
  'Third-party software components are tracked in a software bill of materials generated at build time.',
  'Operating system patches are applied through an automated pipeline in a rolling fashion to avoid service interruption.',
  'Access to the key management service is limited to two named administrators and every key operation is logged.',
  'Results of tests and exercises are documented and lessons learned are incorporated into the relevant procedures.',
  'Contact information in this document is verified quarterly by the ISSO.',
];

/** Corporate prose for business documents (contracts, product, quality). */
export const CORP_POOL: readonly string[] = [
  'The program team will report progress against these milestones at the monthly business review.',
  'Stakeholders from Product, Engineering, Legal and Finance were consulted in preparing this document.',
  'Any questions about this document should be directed to the document owner listed on the cover page.',
  'This document supersedes all previous versions, which are retained in the archive library for reference.',
  'Dates in this document are targets and may move as priorities change during the quarter.',
  'The owner reviews this document at least annually or when a significant organizational change occurs.',
  'Budget figures are shown in U.S. dollars and exclude applicable taxes unless otherwise stated.',
  'Terms defined in the glossary are capitalized when used in the body of this document.',
  'Feedback received during the review period was consolidated and dispositioned by the editorial lead.',
  'Metrics are collected from the ticketing system and the customer relationship management platform.',
  'Responsibilities listed here do not replace the obligations set out in individual employment agreements.',
  'Where a template is used, authors must not remove mandatory sections without approval of the document controller.',
  'Customers were informed of the change through the status page and the quarterly account review.',
  'The committee agreed to revisit the item once the vendor confirms the delivery schedule.',
  'Comments should be entered in the review copy in the document library rather than sent by email.',
  'A summary of the changes since the previous version is provided in the revision history.',
  'The project sponsor confirmed that the scope is consistent with the annual operating plan.',
  'Open items are tracked in the team backlog and reviewed at the weekly stand-up.',
  'Figures and tables are numbered by section and referenced in the text.',
  'Approval of this document does not constitute approval of budget, which follows the normal finance process.',
];
