import type { Finding } from '../../functions/core/validate/finding.js';
import type { DeliverableRecord, HistoryEntry, PackageRecord } from '../../functions/core/workflow/records.js';
import type { PackageStatusReply } from './client.js';

/** What `intake upload --wait` prints per file: `{file, deliverableId, type, status, findings}` (and `reason` when REJECTED). */
export interface DeliverableOutcome {
  file: string;
  deliverableId: string;
  type: DeliverableRecord['type'];
  status: DeliverableRecord['status'];
  findings: Finding[];
  reason?: string;
}

export function deliverableOutcome(file: string, d: DeliverableRecord): DeliverableOutcome {
  return { file, deliverableId: d.deliverableId, type: d.type, status: d.status, findings: d.findings, ...(d.reason ? { reason: d.reason } : {}) };
}

export interface HistoryLine {
  at: string;
  role: HistoryEntry['role'];
  actor: string;
  action: string;
  detail: string;
}

export const historyLine = (h: HistoryEntry): HistoryLine => ({ at: h.at, role: h.role, actor: h.actor, action: h.action, detail: h.detail });

export interface DeliverableLine {
  deliverableId: string;
  type: DeliverableRecord['type'];
  version: number;
  status: DeliverableRecord['status'];
  uploadedBy: DeliverableRecord['uploadedBy'];
  receivedAt: string;
  findingCounts: DeliverableRecord['findingCounts'];
  reason?: string;
}

const deliverableLine = (d: DeliverableRecord): DeliverableLine => ({
  deliverableId: d.deliverableId,
  type: d.type,
  version: d.version,
  status: d.status,
  uploadedBy: d.uploadedBy,
  receivedAt: d.receivedAt,
  findingCounts: d.findingCounts,
  ...(d.reason ? { reason: d.reason } : {}),
});

/** What `intake status --json` prints: `{packageId, stage, gate, deliverables, pendingDecisions: [{kind, role, allowed}], history}`. */
export interface StatusView {
  packageId: string;
  stage: PackageRecord['stage'];
  gate: string;
  deliverables: DeliverableLine[];
  pendingDecisions: { kind: string; role: string; allowed: string[] }[];
  history: HistoryLine[];
}

export function statusView(s: PackageStatusReply): StatusView {
  return {
    packageId: s.package.packageId,
    stage: s.stage,
    gate: s.gate,
    deliverables: s.deliverables.map(deliverableLine),
    pendingDecisions: s.pendingDecisions.map((p) => ({ kind: p.kind, role: p.role, allowed: p.allowed })),
    history: s.history.map(historyLine),
  };
}

/** Fixed-width columns for the human-readable listings. */
export function table(rows: readonly (readonly string[])[], indent = ''): string {
  if (rows.length === 0) return '';
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => `${indent}${r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')}`.trimEnd()).join('\n') + '\n';
}

export function formatFindings(findings: readonly Finding[], indent = '    ', limit = 10): string {
  const shown = findings.filter((f) => f.severity !== 'info').slice(0, limit);
  const lines = shown.map((f) => `${indent}${f.severity.padEnd(7)} ${f.ruleId}${f.location ? `  @ ${f.location}` : ''}: ${f.message}`);
  const rest = findings.filter((f) => f.severity !== 'info').length - shown.length;
  if (rest > 0) lines.push(`${indent}… and ${rest} more`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export function formatStatus(s: PackageStatusReply): string {
  const p = s.package;
  let out = `${p.packageId}  ${s.stage} / ${s.gate}\n  ${p.csp} / ${p.cso}, sponsored by ${p.agency}, ${p.impactLevel}; created ${p.createdAt}, updated ${p.updatedAt}\n`;
  out += s.pendingDecisions.length
    ? `Pending decisions:\n${table(s.pendingDecisions.map((d) => [d.kind, `by ${d.role}`, d.allowed.join(' | '), `since ${d.requestedAt}`]), '  ')}`
    : 'Pending decisions: none\n';
  out += `Deliverables (${s.deliverables.length}):\n`;
  out += table(
    s.deliverables.map((d) => [
      `v${d.version}`,
      d.type,
      d.status,
      `${d.findingCounts.error} error(s), ${d.findingCounts.warning} warning(s)`,
      `by ${d.uploadedBy}`,
      d.receivedAt,
      d.deliverableId,
      d.reason ?? '',
    ]),
    '  ',
  );
  out += `History (${s.history.length}):\n${formatHistory(s.history, '  ')}`;
  return out;
}

export function formatHistory(history: readonly HistoryEntry[], indent = ''): string {
  return table(history.map((h) => [h.at, h.role, h.action, h.detail]), indent);
}
