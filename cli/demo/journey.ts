import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Role } from '../../functions/core/domain/roles.js';
import type { Decision } from '../../functions/core/domain/stages.js';
import type { DeliverableRecord } from '../../functions/core/workflow/records.js';
import { ApiError, type ApiClient, type PackageStatusReply } from '../api/client.js';
import { uploadFile } from '../api/upload-file.js';
import { waitForDeliverables, waitForStatus } from '../api/wait.js';

/** The bundled sample package (scripts/make-demo-samples.ts writes it; SOURCES.md says where it comes from). */
export const SAMPLES_DIR = fileURLToPath(new URL('./samples/', import.meta.url));

export const SSP_ATTACHMENTS = [
  'fips-199-categorization.docx',
  'digital-identity-worksheet.docx',
  'privacy-threshold-analysis.docx',
  'rules-of-behavior.docx',
  'user-guide.docx',
  'contingency-plan.docx',
  'configuration-management-plan.docx',
  'incident-response-plan.docx',
  'policies-and-procedures.docx',
  'laws-and-regulations.docx',
  'supply-chain-risk-management-plan.docx',
  'cis-crm-workbook.xlsx',
  'inventory.xlsx',
  'separation-of-duties-matrix.xlsx',
] as const;

export interface DemoStep {
  n: number;
  role: Role | 'SYSTEM';
  /** What a user would type for this step (`intake upload … --as csp --wait`). */
  command: string;
  what: string;
  outcome: string;
  /** Seconds since the journey began, when the step ended; and the step's own duration. */
  atSeconds: number;
  seconds: number;
}

export interface WrongRoleCheck {
  role: Role;
  decision: Decision;
  status: number;
  message: string;
  historyBefore: number;
  historyAfter: number;
  pendingBefore: string[];
  pendingAfter: string[];
  unchanged: boolean;
}

export interface DemoResult {
  packageId: string;
  finalStage: string;
  finalGate: string;
  authorized: boolean;
  conmonMonth?: string;
  steps: DemoStep[];
  wrongRole: WrongRoleCheck;
  seconds: number;
}

export interface DemoOptions {
  samplesDir?: string;
  /** Longest wait for one asynchronous step (intake of an upload, a workflow transition). */
  timeoutMs?: number;
  /** Called as each step ends (the command prints it). */
  onStep?: (step: DemoStep) => void;
  /** Progress while waiting (the command prints it on stderr). */
  onWait?: (what: string, elapsedMs: number) => void;
}

/** The journey did not go as the process says it must. */
export class DemoFailure extends Error {
  override readonly name = 'DemoFailure';
}

const pendingKinds = (s: PackageStatusReply): string[] => s.pendingDecisions.map((p) => `${p.kind}:${p.role}`).sort();

/**
 * A FedRAMP Agency Authorization from package creation to AUTHORIZED and one ConMon month, through
 * the API only, each request signed as the role that makes it: an invalid SSP first, then a valid
 * one; a CSP trying to approve its own SSP (refused, nothing recorded); the agency rejecting the SSP
 * and the CSP resubmitting it; the SAP, the testing freeze refusing a new SSP, SAR and POA&M; the
 * ATO letter; PMO review and authorization; then the PMO starts the month's continuous monitoring,
 * the CSP delivers POA&M, scan and inventory, and the agency reviews them.
 */
export async function runDemo(client: ApiClient, options: DemoOptions = {}): Promise<DemoResult> {
  const dir = options.samplesDir ?? SAMPLES_DIR;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const started = Date.now();
  const steps: DemoStep[] = [];
  let packageId = '';
  const pkgArg = (): string => packageId || 'PACKAGE';

  async function step<T>(role: DemoStep['role'], command: string, what: string, run: () => Promise<{ value: T; outcome: string }>): Promise<T> {
    const t0 = Date.now();
    const { value, outcome } = await run();
    const s: DemoStep = { n: steps.length + 1, role, command, what, outcome, atSeconds: (Date.now() - started) / 1000, seconds: (Date.now() - t0) / 1000 };
    steps.push(s);
    options.onStep?.(s);
    return value;
  }

  const wait = <T>(what: string, done: (s: PackageStatusReply) => T | undefined): Promise<T> =>
    waitForStatus(client, 'PMO', packageId, what, done, { timeoutMs, onPoll: (_s, elapsed) => options.onWait?.(what, elapsed) });

  /** Uploads files as `role`, waits for the intake to record each, and checks the statuses expected. */
  async function upload(role: Role, files: readonly string[], expected: readonly DeliverableRecord['status'][], what: string): Promise<DeliverableRecord[]> {
    const shown = files.length > 3 ? `${files.slice(0, 2).join(' ')} … (${files.length} files)` : files.join(' ');
    return step(role, `intake upload ${pkgArg()} ${shown} --as ${role.toLowerCase()} --wait`, what, async () => {
      const keys: string[] = [];
      for (const f of files) keys.push((await uploadFile(client, role, packageId, join(dir, f), { progress: false })).key);
      const recorded = await waitForDeliverables(client, role, packageId, keys, { timeoutMs, onPoll: (_s, elapsed) => options.onWait?.(`${files.length} upload(s) to be classified and validated`, elapsed) });
      const lines = recorded.map((d, i) => {
        const want = expected[i] ?? expected.at(-1)!;
        if (d.status !== want) {
          const why = d.reason ?? d.findings.filter((f) => f.severity === 'error').map((f) => f.message).slice(0, 3).join('; ');
          throw new DemoFailure(`${files[i]} was recorded as ${d.type} ${d.status}${why ? ` (${why})` : ''}; the journey needs ${want}`);
        }
        const detail = d.status === 'VALID' ? `${d.findingCounts.warning} warning(s)` : d.status === 'INVALID' ? `${d.findingCounts.error} error(s): ${d.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId).slice(0, 4).join(', ')}` : d.reason ?? '';
        return `${files[i]} → ${d.type} ${d.status}${detail ? ` (${detail})` : ''}`;
      });
      const valid = recorded.filter((d) => d.status === 'VALID').length;
      const outcome = files.length > 3 ? `${valid}/${files.length} VALID; ${lines.filter((l) => !/ VALID/.test(l)).join('; ') || 'all recognised and valid'}` : lines.join('; ');
      return { value: recorded, outcome };
    });
  }

  /** Waits for the workflow to ask `kind` of its role. */
  const decisionRequested = (kind: string): Promise<PackageStatusReply['pendingDecisions'][number]> =>
    step('SYSTEM', `intake status ${pkgArg()}`, `workflow asks for ${kind}`, async () => {
      const pending = await wait(`the workflow to request ${kind}`, (s) => s.pendingDecisions.find((p) => p.kind === kind));
      return { value: pending, outcome: `pending: ${pending.kind} by ${pending.role} (${pending.allowed.join(' | ')})` };
    });

  async function decide(role: Role, decision: Decision, kind: string, comment?: string): Promise<void> {
    await decisionRequested(kind);
    await step(role, `intake decide ${pkgArg()} ${decision} --as ${role.toLowerCase()}${comment ? ` --comment "${comment}"` : ''}`, `decides ${kind}`, async () => {
      const decided = await client.decide(role, packageId, decision, comment);
      return { value: decided, outcome: `recorded: ${decided.kind} = ${decided.decision ?? decision}` };
    });
  }

  const stageReached = (stage: string, gate?: string): Promise<PackageStatusReply> =>
    step('SYSTEM', `intake status ${pkgArg()}`, `package reaches ${stage}${gate ? `/${gate}` : ''}`, async () => {
      const s = await wait(`stage ${stage}${gate ? ` at gate ${gate}` : ''}`, (st) => (st.stage === stage && (!gate || st.gate === gate) ? st : undefined));
      return { value: s, outcome: `${s.stage} / ${s.gate}` };
    });

  // ------------------------------------------------------------------ PARTNERSHIP
  const impact = 'moderate';
  packageId = await step('CSP', `intake package create --csp "Nimbus Data Systems, Inc." --cso "Nimbus GovCloud Platform" --agency "Federal Maritime Data Agency" --impact ${impact}`, 'create the authorization package', async () => {
    const { packageId: id } = await client.createPackage('CSP', { csp: 'Nimbus Data Systems, Inc.', cso: 'Nimbus GovCloud Platform', agency: 'Federal Maritime Data Agency', impactLevel: 'MODERATE' });
    return { value: id, outcome: `package ${id} (MODERATE), workflow started` };
  });
  await upload('CSP', ['ssp-draft.docx'], ['INVALID'], 'first SSP draft (incomplete)');
  await upload('CSP', SSP_ATTACHMENTS, ['VALID'], 'the SSP attachments');
  await step('SYSTEM', `intake status ${pkgArg()}`, 'no review yet: the only SSP is invalid', async () => {
    const s = await client.status('PMO', packageId);
    if (s.pendingDecisions.length > 0) throw new DemoFailure(`an invalid SSP must not be sent for review, but ${pendingKinds(s).join(', ')} is pending`);
    return { value: s, outcome: `${s.stage} / ${s.gate}, no decision pending` };
  });
  await upload('CSP', ['ssp.docx'], ['VALID'], 'corrected SSP');
  await decisionRequested('ssp-approval');

  // The CSP cannot approve its own SSP: refused, and nothing changes.
  const wrongRole = await step('CSP', `intake decide ${pkgArg()} approve --as csp`, 'the CSP tries to approve its own SSP', async () => {
    const before = await client.status('PMO', packageId);
    let refusal: ApiError | undefined;
    try {
      await client.decide('CSP', packageId, 'approve', 'self-approval attempt');
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      refusal = err;
    }
    if (!refusal) throw new DemoFailure('the CSP was allowed to approve its own SSP');
    if (refusal.status !== 403) throw new DemoFailure(`the self-approval was refused with ${refusal.describe()}, not 403`);
    const after = await client.status('PMO', packageId);
    const check: WrongRoleCheck = {
      role: 'CSP',
      decision: 'approve',
      status: refusal.status,
      message: refusal.message,
      historyBefore: before.history.length,
      historyAfter: after.history.length,
      pendingBefore: pendingKinds(before),
      pendingAfter: pendingKinds(after),
      unchanged: before.history.length === after.history.length && pendingKinds(before).join() === pendingKinds(after).join() && before.stage === after.stage && before.gate === after.gate,
    };
    if (!check.unchanged) throw new DemoFailure(`the refused decision changed the package (history ${check.historyBefore} → ${check.historyAfter}, pending ${check.pendingBefore.join()} → ${check.pendingAfter.join()})`);
    return { value: check, outcome: `refused (${refusal.status}): ${refusal.message}; nothing recorded (history ${check.historyBefore} → ${check.historyAfter} entries)` };
  });

  await step('AGENCY', `intake decide ${pkgArg()} reject --as agency --comment "…"`, 'rejects the SSP', async () => {
    const d = await client.decide('AGENCY', packageId, 'reject', 'The authorization boundary omits the centralized logging tier');
    return { value: d, outcome: `recorded: ${d.kind} = ${d.decision ?? 'reject'}` };
  });
  await upload('CSP', ['ssp-rev2.docx'], ['VALID'], 'revised SSP (boundary shows the logging tier)');
  await decide('AGENCY', 'approve', 'ssp-approval', 'Revised boundary accepted');

  // ------------------------------------------------------------------ ASSESSMENT
  await stageReached('ASSESSMENT');
  await upload('3PAO', ['sap.docx'], ['VALID'], 'Security Assessment Plan');
  await decide('AGENCY', 'approve', 'sap-approval');
  await stageReached('ASSESSMENT', 'testing');
  await upload('CSP', ['ssp-rev2.docx'], ['REJECTED'], 'a new SSP version during testing (the system is frozen)');
  await upload('3PAO', ['sar.docx'], ['VALID'], 'Security Assessment Report');
  await upload('CSP', ['poam.xlsx'], ['VALID'], 'POA&M built from the SAR');

  // ------------------------------------------------------------------ AUTHORIZATION
  await decide('AGENCY', 'approve', 'assessment-review', 'Assessment accepted');
  await stageReached('AUTHORIZATION', 'ato-letter');
  await upload('AGENCY', ['ato-letter.pdf'], ['VALID'], 'agency ATO letter');
  await upload('CSP', ['authorization-checklist.xlsx'], ['VALID'], 'package checklist');
  await decide('PMO', 'approve', 'pmo-review', 'Package complete');
  await decide('PMO', 'authorize', 'authorization');
  const authorized = await stageReached('AUTHORIZED');

  // ------------------------------------------------------------------ CONTINUOUS MONITORING
  const month = await step('PMO', 'intake conmon start --as pmo', "start this month's continuous monitoring", async () => {
    const run = await client.startConmonMonth('PMO');
    if (!run.started.includes(packageId) && !run.alreadyRunning.includes(packageId)) throw new DemoFailure(`the ConMon run for ${run.month} did not include package ${packageId}`);
    return { value: run.month, outcome: `month ${run.month}: ${run.started.length} execution(s) started, ${run.alreadyRunning.length} already running` };
  });
  await stageReached('CONTINUOUS_MONITORING', 'conmon-monthly');
  await upload('CSP', ['conmon-poam.xlsx', 'conmon-scan.nessus', 'conmon-inventory.xlsx'], ['VALID'], `ConMon deliverables for ${month}`);
  await decide('AGENCY', 'approve', 'conmon-review', `${month} ConMon reviewed`);
  const final = await step('SYSTEM', `intake status ${pkgArg()}`, 'the month is closed', async () => {
    const s = await wait('the ConMon review to be recorded', (st) => (st.pendingDecisions.length === 0 && st.history.some((h) => h.action === 'decision:conmon-review') ? st : undefined));
    return { value: s, outcome: `${s.stage} / ${s.gate}, ${s.deliverables.length} deliverables, ${s.history.length} history entries, no decision pending` };
  });

  return {
    packageId,
    finalStage: final.stage,
    finalGate: final.gate,
    authorized: authorized.stage === 'AUTHORIZED',
    conmonMonth: month,
    steps,
    wrongRole,
    seconds: (Date.now() - started) / 1000,
  };
}
