/** Seeded prose filler in the voice of a compliance-as-code team. */
import { pick, rng } from './kit.js';

const OWNERS = ['the Information System Security Officer (ISSO)', 'the Platform SRE lead', 'the Director of Security Compliance', 'the Change Control Board', 'the Security Operations on-call engineer', 'the System Owner', 'the GRC engineering team'];
const FREQ = ['at least annually', 'monthly', 'quarterly', 'after each significant change', 'weekly', 'at every release'];
const ARTS = ['compliance repository (github.com/cirrusway/cap-compliance)', 'ticketing system', 'evidence bucket', 'GRC platform', 'Confluence space "CAP Security"', 'audit log archive'];
const XREF = ['the System Security Plan (SSP)', 'the Plan of Action and Milestones (POA&M)', 'the Information System Contingency Plan', 'the Incident Response Plan', 'the Configuration Management Plan', 'the Integrated Inventory Workbook', 'the most recent Security Assessment Report', 'the Rules of Behavior'];

const T: ((t: string, r: () => number) => string)[] = [
  (t, r) => `${cap(pick(r, OWNERS))} reviews ${t} ${pick(r, FREQ)} and records the outcome in the ${pick(r, ARTS)}.`,
  (t) => `Where ${t} depends on infrastructure defined as code, the relevant Terraform modules and Helm charts are the authoritative source, and changes are merged only after peer review and a passing pipeline run.`,
  (t, r) => `Evidence for ${t} is collected automatically by the compliance pipeline and retained for at least three years in the ${pick(r, ARTS)}.`,
  (t, r) => `Deviations from this section are documented, risk-accepted by the System Owner and, where they affect the authorization boundary, reflected in ${pick(r, XREF)}.`,
  (t, r) => `Responsibilities for ${t} are shared with customers as described in the customer responsibility section of ${pick(r, XREF)}.`,
  (t, r) => `Staff involved in ${t} complete role-based training before being granted access and ${pick(r, FREQ)} thereafter.`,
  (t) => `Metrics for ${t} are published on the internal compliance dashboard, which is generated from the same data that feeds the monthly continuous monitoring deliverables.`,
  (t, r) => `Any exception related to ${t} is time-bound, approved by ${pick(r, OWNERS)}, and tracked until closure.`,
  (t, r) => `The procedures for ${t} are tested ${pick(r, FREQ)}; lessons learned are captured as issues and prioritised in the next sprint.`,
  (t, r) => `This section should be read together with ${pick(r, XREF)}, which describes the system components in scope.`,
  (t) => `Automation does not remove accountability: a named person approves every change that affects ${t}.`,
  (t, r) => `Records relating to ${t} are protected from unauthorised modification and are available to the agency and the 3PAO on request through ${pick(r, ARTS)}.`,
];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** n paragraphs of 3-4 sentences about `topic`, deterministic for a seed. */
export function filler(seed: number, topic: string, n = 2): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = 3 + Math.floor(r() * 2);
    const s: string[] = [];
    for (let j = 0; j < k; j++) s.push(pick(r, T)(topic, r));
    out.push(s.join(' '));
  }
  return out;
}
