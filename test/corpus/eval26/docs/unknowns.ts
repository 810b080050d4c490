import type { Block } from '../kit/blocks.js';
import { HOSTS, W } from '../world.js';

export const runbookMd = `---
id: RB-012
title: RDS PostgreSQL point-in-time restore
owner: sre-data
last_reviewed: 2025-09-18
pagerduty_service: TRC-Prod-Critical
---

# RB-012 — RDS PostgreSQL point-in-time restore

> Use this when records data is corrupted or deleted and the bad write is **known** (timestamp or migration id).
> For a full regional outage use RB-011 (regional failover) instead. Ping #sre-data before you start.

## When to use

- A bad migration or a bulk job wrote wrong data to \`trc-pg-prod-01\`.
- Logical corruption reported by the \`records-consistency\` job (alert \`RecordsChecksumMismatch\`).
- **Not** for replica lag or connection exhaustion, see RB-009 and RB-010.

## Before you start

1. Declare an incident in #inc (\`/inc new sev2 "records data restore"\`) and name an IC.
2. Freeze deploys: \`glab api -X POST projects/trc%2Fapp/protected_environments/production/lock\`.
3. Scale ingest workers to zero so nothing writes while you work:

   \`\`\`bash
   kubectl -n records scale deploy/ingest-worker --replicas=0
   kubectl -n records get deploy ingest-worker -o jsonpath='{.status.replicas}'
   \`\`\`

4. Find the restore point. Latest restorable time:

   \`\`\`bash
   aws rds describe-db-clusters --db-cluster-identifier trc-pg-prod \\
     --query 'DBClusters[0].LatestRestorableTime' --region us-gov-west-1
   \`\`\`

## Restore

\`\`\`bash
export T="2025-09-18T14:02:00Z"   # 1 minute before the bad write
aws rds restore-db-cluster-to-point-in-time \\
  --source-db-cluster-identifier trc-pg-prod \\
  --db-cluster-identifier trc-pg-restore-$(date +%Y%m%d%H%M) \\
  --restore-to-time "$T" --use-latest-restorable-time false \\
  --db-subnet-group-name trc-data-private --vpc-security-group-ids sg-0d3a1c9 \\
  --kms-key-id alias/trc-rds --region us-gov-west-1
\`\`\`

Takes 20–40 min for our size (~1.9 TB). Add an instance (\`db.r6g.2xlarge\`) once the cluster is \`available\`.

## Validate

- Run \`make -C tools/consistency compare SRC=trc-pg-restore-… DST=trc-pg-prod\` — compares per-tenant counts.
- Spot-check 20 records from the affected tenants with the support console (read-only).
- Get a second SRE to review the diff before you copy anything back.

## Copy back / cut over

Either copy the affected rows back with \`pg_dump --data-only -t\` filtered by tenant, **or** (whole-DB corruption) swap the
application secret \`trc/prod/db-endpoint\` to the restored cluster and roll the API deployment.

## After

- Unfreeze deploys, scale ingest back (\`--replicas=6\`), watch queue depth on the *Ingest* dashboard.
- Delete the restore cluster after 7 days (ticket it).
- Write the postmortem (template in \`docs/postmortems/TEMPLATE.md\`).

| Step | Typical time | Who |
|---|---|---|
| Freeze + scale down | 5 min | on-call SRE |
| PITR restore | 20–40 min | on-call SRE |
| Validation | 30 min | SRE + data owner |
| Copy back | 15–60 min | SRE (2-person) |
`;

export function onCallHandbook(): Block[] {
  return [
    { t: 'h1', text: '1. Welcome to on-call' },
    { t: 'p', text: `This handbook explains how the ${W.cspShort} SRE team runs on-call for ${W.acr} production. It is for engineers joining the rotation and for anyone who gets paged. If something here is wrong, fix it: the page is owned by ${W.sreLead} but everyone edits it.` },
    { t: 'h1', text: '2. Rotations' },
    { t: 'table', rows: [
      ['Rotation', 'PagerDuty schedule', 'Hand-off', 'Members'],
      ['Primary', 'TRC-SRE-Primary', 'Monday 10:00 ET', W.eng.slice(0, 4).join(', ')],
      ['Secondary', 'TRC-SRE-Secondary', 'Monday 10:00 ET', W.eng.slice(2, 6).join(', ')],
      ['Data (DB/storage)', 'TRC-SRE-Data', 'Wednesday 10:00 ET', `${W.eng[3]}, ${W.eng[4]}`],
      ['Manager escalation', 'TRC-SRE-Mgmt', 'n/a', W.sreLead],
    ] },
    { t: 'h1', text: '3. What we expect from you' },
    { t: 'bullets', items: ['Acknowledge pages within 5 minutes (15 minutes for low-urgency).', 'Be within reach of a laptop and a network connection; tether if you must.', 'Hand off explicitly in #sre-handoff with open alerts, in-flight changes and anything weird.', 'If you are unwell or travelling, swap shifts in PagerDuty and tell the channel.'] },
    { t: 'h1', text: '4. When you get paged' },
    { t: 'bullets', items: ['Ack, open the alert link, and check the dashboard linked in the alert annotation.', 'Look for a runbook: every alert has a runbook_url; if it is missing, say so in the retro.', 'If customers are affected or you need help, declare an incident with /inc and become or name the Incident Commander.', 'Security-looking things (odd IAM activity, GuardDuty findings) go to the SOC on-call immediately; do not investigate alone.'] },
    { t: 'h1', text: '5. Severity levels' },
    { t: 'table', rows: [['SEV', 'Meaning', 'Examples'], ['SEV-1', 'Full outage or data loss', 'API down, DB unavailable'], ['SEV-2', 'Major degradation', 'Ingest backlog > 1 h, one AZ lost'], ['SEV-3', 'Minor, no customer impact yet', 'Replica lag, certificate expiring in 7 days']] },
    { t: 'h1', text: '6. Compensation and time off' },
    { t: 'p', text: 'On-call weeks are paid at the stipend in the HR policy; pages between 22:00 and 07:00 earn a late start the next day. Take it.' },
    { t: 'h1', text: '7. Tools and access' },
    { t: 'p', text: 'You need: PagerDuty app with push and phone fallback, VPN and the access broker (request the sre-oncall permission set), kubectl contexts for prod and standby, the Grafana on-call folder bookmarked, and the Signal group for when Slack is down.' },
    { t: 'h1', text: '8. Useful links' },
    { t: 'bullets', items: ['Runbook index: gitlab/sre/runbooks/README.md', 'Service catalog: confluence/SRE/Service+Catalog', 'Alert catalog: gitlab/sre/alerts/catalog.csv', 'Status page admin: status.tessellate-gov.com/admin'] },
  ];
}

export function drAfterAction(): Block[] {
  return [
    { t: 'h1', text: 'Summary' },
    { t: 'p', text: `On 2025-05-14 the SRE team ran a regional failover game day for ${W.acr}, failing the staging-prod replica environment from us-gov-west-1 to us-gov-east-1. The exercise met the 4-hour target (3 h 12 min end to end) but uncovered four issues, two of which would have extended a real outage.` },
    { t: 'h1', text: 'Objectives' },
    { t: 'bullets', items: ['Validate runbook RB-011 with engineers who had not run it before.', 'Measure time to promote the cross-region replica and restore service.', 'Check that alerts, dashboards and the status page work from the standby region.'] },
    { t: 'h1', text: 'Participants' },
    { t: 'table', rows: [['Name', 'Role in exercise'], [W.sreLead, 'Exercise director'], [W.eng[0], 'Incident Commander'], [W.eng[1], 'Platform'], [W.eng[3], 'Data'], [W.isso, 'Observer (security)']] },
    { t: 'h1', text: 'Timeline' },
    { t: 'table', rows: [['Time (ET)', 'Event'], ['09:00', 'Scenario injected: primary region API unreachable'], ['09:06', 'Incident declared, IC assigned'], ['09:41', 'Replica promotion started (delayed: IAM role in standby lacked rds:PromoteReadReplicaDBCluster)'], ['10:37', 'EKS node groups scaled; Helm deploy started'], ['11:20', 'Route 53 failover; smoke tests green'], ['12:12', 'Ingest backlog drained; exercise ended']] },
    { t: 'h1', text: 'What went well' },
    { t: 'bullets', items: ['Data was consistent: zero record mismatches after promotion.', 'The IC kept a clean timeline; the channel stayed focused.'] },
    { t: 'h1', text: 'What did not go well' },
    { t: 'bullets', items: ['Missing IAM permission in the standby account cost 30 minutes.', 'Grafana in the standby region had stale datasource secrets.', 'Runbook step 7 referenced a Terraform workspace that had been renamed.', 'Status page update was 25 minutes late because nobody owned it.'] },
    { t: 'h1', text: 'Action items' },
    { t: 'table', rows: [['ID', 'Action', 'Owner', 'Due'], ['AI-1', 'Add promote permission to standby break-glass role (Terraform)', W.eng[1], '2025-05-30'], ['AI-2', 'Replicate Grafana datasource secrets', W.eng[2], '2025-06-06'], ['AI-3', 'Fix RB-011 step 7 and add a CI check for workspace names', W.eng[0], '2025-05-23'], ['AI-4', 'Add a comms lead role to the failover runbook', W.sreLead, '2025-05-23']] },
  ];
}

export function tabletopReport(): Block[] {
  return [
    { t: 'h1', text: 'Exercise Overview' },
    { t: 'table', rows: [['Item', 'Detail'], ['Exercise name', 'Operation Low Tide – ransomware tabletop'], ['Date', '2025-06-25, 13:00–16:00 ET'], ['Format', 'Facilitated discussion, three injects'], ['Facilitator', 'External: Bluewater Exercise Design LLC'], ['Participants', 'SRE, Security Operations, Legal, Support, Communications; BIF ISSO as observer']] },
    { t: 'h1', text: 'Scenario' },
    { t: 'p', text: 'A phishing e-mail compromises a support engineer laptop; the attacker obtains a session token for the support console, then attempts to reach the CI runner and encrypts a staging S3 bucket. Inject 3 adds a ransom note posted publicly and a journalist inquiry.' },
    { t: 'h1', text: 'Observations' },
    { t: 'bullets', items: ['Participants correctly identified the need to notify CISA and the agency within one hour, but disagreed on who sends the notification.', 'The team was unsure whether the support console session could be revoked centrally; it can, but the procedure is not documented.', 'Legal and Communications had no pre-approved holding statement.', 'Evidence preservation steps were well understood by Security Operations.'] },
    { t: 'h1', text: 'Strengths' },
    { t: 'bullets', items: ['Fast escalation from support to the SOC.', 'Good knowledge of S3 Object Lock and versioning as a recovery path.'] },
    { t: 'h1', text: 'Areas for Improvement and Recommendations' },
    { t: 'table', rows: [['#', 'Recommendation', 'Owner', 'Target'], ['1', 'Name the notification owner explicitly in the IR contact list', W.isso, '2025-07-31'], ['2', 'Document central session revocation for the support console', W.eng[5], '2025-08-15'], ['3', 'Prepare holding statements for common incident types', 'Communications', '2025-08-29'], ['4', 'Repeat with an injected after-hours timing', W.sreLead, 'Next exercise']] },
    { t: 'h1', text: 'Participant Feedback' },
    { t: 'p', text: 'Average rating 4.3/5. Participants asked for a shorter exercise with more technical depth next time.' },
  ];
}

export const postmortemMd = `# Postmortem: expired internal CA certificate broke ingest (2025-08-19)

**Status:** final · **Severity:** SEV-2 · **Authors:** ${W.eng[2]}, ${W.sreLead} · **Review:** SRE weekly, 2025-08-26

## Summary

From 03:12 to 05:47 ET on 2025-08-19, ingest workers could not reach the internal virus-scanning service because the
intermediate certificate of our internal CA (\`trc-internal-ica-2023\`) expired. Uploads were accepted and queued but
not processed; **no data was lost**. Backlog peaked at 41,200 objects and drained by 07:05 ET.

## Impact

- 2 h 35 min of delayed processing for all tenants; uploaded records were not searchable in that window.
- 3 agency support tickets; status page updated at 03:58.
- No security impact (mTLS failed closed).

## Timeline (ET)

| Time | What happened |
|---|---|
| 03:12 | ICA expires; scanner calls start failing with \`x509: certificate has expired\` |
| 03:20 | \`IngestQueueAgeHigh\` fires; primary on-call (${W.eng[1]}) acks |
| 03:44 | Root cause suspected after reading worker logs |
| 04:30 | New ICA issued from the offline root (two-person ceremony, remote) |
| 05:31 | cert-manager issuer updated; workers restarted |
| 05:47 | Processing resumes |

## Root cause

The ICA was issued manually in 2023 with a 2-year validity and was not tracked by cert-manager, so no expiry alert
existed. The certificate inventory spreadsheet listed it but nobody owned the spreadsheet.

## What went well / badly

- 👍 Queue design absorbed the outage with no loss.
- 👎 Key ceremony documentation assumed people on site.
- 👎 30 minutes lost because the alert did not point to the scanner dependency.

## Action items

| # | Action | Owner | Ticket |
|---|---|---|---|
| 1 | Alert on any certificate in the chain expiring < 30 days (blackbox exporter) | ${W.eng[2]} | SRE-2291 |
| 2 | Move ICA issuance into cert-manager with 1-year rotation | ${W.eng[0]} | SRE-2292 |
| 3 | Add dependency hint to \`IngestQueueAgeHigh\` annotation | ${W.eng[1]} | SRE-2293 |
| 4 | Remote key ceremony procedure | ${W.sreLead} | SEC-118 |

_Blameless postmortem. Linked: incident INC-0819, change CHG-4471._
`;

export function backupRestoreCsv(): string {
  const rows = [['test_id', 'date', 'source', 'backup_type', 'snapshot_or_recovery_point', 'restored_to', 'size_gb', 'duration_min', 'integrity_check', 'result', 'operator', 'notes']];
  const srcs: [string, string, number][] = [
    ['trc-pg-prod', 'rds-pitr', 1890], ['trc-pg-prod', 'rds-snapshot-xregion', 1884], ['s3://trc-records-prod', 's3-version-restore', 12], ['velero/records-ns', 'velero', 1], ['trc-redis-prod', 'elasticache-snapshot', 6],
  ];
  let n = 1;
  for (let m = 1; m <= 9; m++) {
    for (const [src, type, size] of srcs) {
      if ((m + n) % 3 === 0 && type === 'velero') continue;
      const date = `2025-${String(m).padStart(2, '0')}-${String(3 + (n % 20)).padStart(2, '0')}`;
      const ok = !(m === 4 && type === 'velero') && !(m === 7 && type === 'elasticache-snapshot');
      rows.push([`RT-2025-${String(n).padStart(3, '0')}`, date, src, type, type.startsWith('rds') ? `rds:trc-pg-prod-${date}-03-00` : `rp-${(n * 7919).toString(16)}`, `${src.replace(/^s3:\/\//, '')}-restoretest`, String(size + (n % 5)), String(type.startsWith('rds') ? 31 + (n % 9) : 4 + (n % 6)), ok ? 'row counts + checksums match' : 'FAILED', ok ? 'PASS' : 'FAIL', W.eng[n % W.eng.length] ?? '', ok ? '' : type === 'velero' ? 'CRD version mismatch; re-ran 2 days later OK' : 'snapshot restore timed out; AWS case 17720']);
      n++;
    }
  }
  return rows.map((r) => r.map((c) => (/[,"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';
}

export function cabAgenda(): Block[] {
  return [
    { t: 'p', text: 'Meeting: Change Advisory Board (weekly)\nDate: Thursday 2025-10-09, 14:00–14:45 ET\nChair: ' + W.cto + '\nScribe: ' + W.eng[4] + '\nBridge: meet.tessellate-gov.com/cab' },
    { t: 'h1', text: '1. Review of last week\'s changes' },
    { t: 'table', rows: [['Change', 'Summary', 'Outcome'], ['CHG-4502', 'EKS 1.30 → 1.31 on staging', 'Successful'], ['CHG-4507', 'WAF managed rule group update', 'Successful, 2 false positives tuned'], ['CHG-4511', 'RDS minor version 15.6 → 15.7', 'Rolled back (extension incompatibility), re-planned']] },
    { t: 'h1', text: '2. Changes for approval' },
    { t: 'table', rows: [['Change', 'Type', 'Risk', 'Requester', 'Window', 'Notes'], ['CHG-4519', 'Normal', 'Medium', W.eng[0], '2025-10-14 22:00', 'EKS 1.31 production, node group by node group'], ['CHG-4520', 'Normal', 'Low', W.eng[5], '2025-10-15 10:00', 'Grafana 11 upgrade'], ['CHG-4523', 'Normal', 'High', W.eng[3], '2025-10-18 23:00', 'RDS 15.7 retry with pgvector pinned'], ['CHG-4524', 'Standard', 'Low', W.eng[1], 'any', 'Monthly node image rotation (pre-approved template)']] },
    { t: 'h1', text: '3. Emergency changes since last CAB (retroactive review)' },
    { t: 'bullets', items: ['CHG-4515 — blocked abusive IP range at WAF during INC-1002 (approved by IC).'] },
    { t: 'h1', text: '4. Freeze calendar' },
    { t: 'p', text: 'No production changes 2025-11-24 to 2025-11-28 (3PAO testing window and holiday). Annual assessment evidence requests will need change records for the last 12 months — please make sure tickets have implementation notes filled in.' },
    { t: 'h1', text: '5. AOB' },
    { t: 'bullets', items: ['Proposal to move CAB to Tuesdays (Rosa).', 'Reminder: security impact analysis field is mandatory for Normal changes.'] },
  ];
}

export function changeTicketsCsv(): string {
  const head = ['Issue key', 'Summary', 'Issue Type', 'Status', 'Priority', 'Change Type', 'Risk', 'Assignee', 'Reporter', 'Created', 'Planned Start', 'Planned End', 'Implementation Result', 'Components', 'Security Impact Analysis'];
  const items: [string, string, string, string][] = [
    ['EKS 1.31 upgrade production', 'Normal', 'Medium', 'No change to boundary; control-plane managed by AWS'],
    ['Monthly node image rotation', 'Standard', 'Low', 'Pre-approved; patches only'],
    ['Grafana 11 upgrade', 'Normal', 'Low', 'Internal tool; SSO unchanged'],
    ['RDS PostgreSQL 15.7', 'Normal', 'High', 'Minor version; FIPS endpoints unchanged'],
    ['WAF managed rules update', 'Standard', 'Low', 'None'],
    ['Block abusive IP range', 'Emergency', 'Low', 'None; temporary'],
    ['Increase ingest worker HPA max to 24', 'Standard', 'Low', 'None'],
    ['Rotate KMS key alias trc-s3', 'Normal', 'Medium', 'Key rotation; SC-12 evidence'],
    ['Add Fluent Bit filter for audit events', 'Normal', 'Low', 'AU-2 improvement'],
    ['Decommission legacy health endpoint (TLS 1.0)', 'Normal', 'Low', 'Closes SAR-WEB-02'],
    ['Update OpenSSH on log collector', 'Normal', 'Medium', 'Closes POA&M V-0412'],
    ['Kyverno policy: disallow hostPath', 'Normal', 'Medium', 'CM-7 hardening'],
  ];
  const rows = items.map(([s, type, risk, sia], i) => [
    `CHG-${4500 + i * 2}`, s, 'Change', i < 9 ? 'Closed' : 'Scheduled', risk === 'High' ? 'High' : 'Medium', type, risk, W.eng[i % 6] ?? '', W.sreLead, `2025-09-${String(10 + i).padStart(2, '0')} 09:${String(10 + i * 3).padStart(2, '0')}`,
    `2025-10-${String(1 + i).padStart(2, '0')} 22:00`, `2025-10-${String(1 + i).padStart(2, '0')} 23:30`, i < 9 ? (i === 3 ? 'Rolled back' : 'Successful') : '', i % 2 ? 'platform' : 'data', sia,
  ]);
  return [head, ...rows].map((r) => r.map((c) => (/[,"]/.test(c) ? `"${c}"` : c)).join(',')).join('\n') + '\n';
}

export function architectureOverview(): Block[] {
  return [
    { t: 'h1', text: 'Purpose of this document' },
    { t: 'p', text: `A short tour of how ${W.acr} is built, for new engineers and for partners integrating with us. It is deliberately informal and is not a compliance document; the authoritative boundary description lives in the SSP.` },
    { t: 'h1', text: 'The big picture' },
    { t: 'p', text: 'Requests arrive at an Application Load Balancer with AWS WAF, are routed to the API service on EKS, which writes metadata to PostgreSQL and content to S3. Uploaded content is queued in SQS, scanned, OCR-processed and indexed by the ingest workers. Search runs on OpenSearch. Everything is deployed from GitLab pipelines with Helm and Terraform.' },
    { t: 'h1', text: 'Services' },
    { t: 'table', rows: [['Service', 'Language', 'Runs on', 'Talks to'], ['records-api', 'Go', 'EKS (6 pods)', 'PostgreSQL, Redis, S3, SQS'], ['ingest-worker', 'Python', 'EKS (HPA 4–24)', 'SQS, S3, clamd, OpenSearch'], ['web-console', 'TypeScript/React', 'S3 + CloudFront-style via ALB', 'records-api'], ['disposition-cron', 'Go', 'EKS CronJob', 'PostgreSQL, S3']] },
    { t: 'h1', text: 'Data stores' },
    { t: 'p', text: 'PostgreSQL 15 on RDS (Multi-AZ, one cross-region replica); Redis for sessions and rate limiting; S3 with versioning and Object Lock for content; OpenSearch for full-text search.' },
    { t: 'h1', text: 'Why we made some choices' },
    { t: 'bullets', items: ['Bottlerocket nodes: smaller attack surface, atomic updates.', 'No service mesh yet: mTLS is handled by cert-manager issued certs; we revisit in 2026.', 'One cluster per environment rather than namespaces-as-environments.'] },
    { t: 'h1', text: 'Known limits' },
    { t: 'p', text: 'Single-writer database limits ingest to roughly 1,400 records per second; OCR is the slowest stage. See the capacity plan for growth numbers.' },
  ];
}

export function socBridgeLetter(): Block[] {
  return [
    { t: 'p', text: `${W.csp}\n${W.address}` },
    { t: 'p', text: 'October 6, 2025' },
    { t: 'p', text: 'To: Customers and prospective customers of Tessellate Records Cloud' },
    { t: 'p', text: 'Re: SOC 2 Type II bridge letter for the period April 1, 2025 through September 30, 2025' },
    { t: 'p', text: `${W.csp} engaged Harwell & Stone CPAs LLP to examine the controls relevant to Security, Availability and Confidentiality of the ${W.cso} for the period October 1, 2024 through March 31, 2025. The resulting SOC 2 Type II report, dated May 9, 2025, is available under NDA.` },
    { t: 'p', text: 'This bridge letter covers the gap between the end of the last examined period and the date of this letter. Management confirms that, to the best of its knowledge, there have been no material changes to the system or to the design and operating effectiveness of the controls described in that report, and that no significant deficiencies or material weaknesses have been identified during the bridge period.' },
    { t: 'p', text: 'The next SOC 2 Type II examination, covering April 1, 2025 through March 31, 2026, is in progress and the report is expected in May 2026.' },
    { t: 'p', text: 'This letter is provided for information only and is not a substitute for the independent service auditor\'s report.' },
    { t: 'p', text: `Sincerely,\n\n${W.ciso}\nChief Information Security Officer` },
  ];
}

export const incidentEmailTxt = `From: Tessellate Status <status@tessellate-gov.com>
To: tenant-admins@lists.tessellate-gov.com
Date: Tue, 19 Aug 2025 09:40:12 -0400
Subject: [Resolved] Delayed record processing - 19 August 2025
Message-ID: <20250819134012.5512@status.tessellate-gov.com>

Dear Tessellate Records Cloud administrator,

Between 03:12 and 05:47 Eastern Time this morning, records uploaded to Tessellate Records
Cloud were accepted but their processing (virus scanning, text extraction and indexing) was
delayed. During that time newly uploaded records could not be found through search. All
uploads were retained and processed once the issue was fixed; the backlog was cleared at
07:05 ET. No data was lost and there was no unauthorized access to any data.

What happened: an internal certificate used between two of our services expired. We
replaced it and restarted the affected components.

What we are doing: we are adding monitoring for every certificate in the chain and moving
the affected certificate to automated renewal. A full internal review is under way.

Do you need to do anything? No. If a user reports a record that still cannot be found,
please open a ticket with the record ID at support@tessellate-gov.com.

We apologise for the disruption.

--
Tessellate Site Reliability Engineering
https://status.tessellate-gov.com
`;

export function alertCatalogCsv(): string {
  const rows: string[][] = [['alert_name', 'severity', 'service', 'expression_summary', 'for', 'routing', 'runbook_url', 'dashboard', 'owner']];
  const a: [string, string, string, string, string][] = [
    ['ApiHighErrorRate', 'page', 'records-api', '5xx ratio > 2% over 5m', '5m'],
    ['ApiLatencyP99High', 'page', 'records-api', 'p99 > 1.5s over 10m', '10m'],
    ['IngestQueueAgeHigh', 'page', 'ingest-worker', 'oldest SQS message > 15m', '5m'],
    ['RecordsChecksumMismatch', 'page', 'consistency-job', 'mismatch count > 0', '0m'],
    ['RdsReplicaLagHigh', 'ticket', 'postgres', 'replica lag > 300s', '15m'],
    ['RdsFreeStorageLow', 'page', 'postgres', 'free storage < 15%', '10m'],
    ['RedisMemoryHigh', 'ticket', 'redis', 'used memory > 85%', '15m'],
    ['NodeNotReady', 'ticket', 'eks', 'node NotReady', '10m'],
    ['PodCrashLooping', 'ticket', 'eks', 'restarts > 5 in 15m', '15m'],
    ['CertificateExpiringSoon', 'ticket', 'cert-manager', 'any cert in chain < 30d', '1h'],
    ['WafBlockedSpike', 'ticket', 'waf', 'blocked requests x5 baseline', '10m'],
    ['BackupJobFailed', 'page', 'backup', 'AWS Backup job FAILED', '0m'],
    ['FluentBitOutputErrors', 'ticket', 'logging', 'output errors > 0 for 10m', '10m'],
    ['GuardDutyHighFinding', 'page-secops', 'security', 'severity >= 7', '0m'],
    ['DriftDetected', 'ticket', 'terraform', 'plan shows changes outside pipeline', '0m'],
  ];
  for (const [n, sev, svc, expr, f] of a) rows.push([n, sev, svc, expr, f, sev === 'page' ? 'TRC-SRE-Primary' : sev === 'page-secops' ? 'TRC-SecOps' : 'jira:SRE', `https://gitlab.tessellate-gov.com/sre/runbooks/-/blob/main/${n}.md`, `grafana/d/${svc}`, svc === 'security' ? 'secops' : 'sre']);
  return rows.map((r) => r.map((c) => (/[,"]/.test(c) ? `"${c}"` : c)).join(',')).join('\n') + '\n';
}

export function grafanaDashboardJson(): string {
  const panels = [
    ['API request rate', 'sum(rate(http_requests_total{service="records-api"}[5m])) by (code)'],
    ['API p99 latency', 'histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket{service="records-api"}[5m])) by (le))'],
    ['Ingest queue age', 'max(aws_sqs_approximate_age_of_oldest_message_maximum{queue_name="trc-ingest"})'],
    ['RDS CPU', 'aws_rds_cpuutilization_average{dbinstance_identifier="trc-pg-prod-01"}'],
    ['Replica lag', 'aws_rds_replica_lag_average{dbinstance_identifier="trc-pg-prod-02"}'],
    ['Pods not ready', 'sum(kube_pod_status_ready{condition="false",namespace="records"})'],
  ];
  const dash = {
    annotations: { list: [{ builtIn: 1, datasource: { type: 'grafana', uid: '-- Grafana --' }, enable: true, name: 'Annotations & Alerts', type: 'dashboard' }] },
    description: 'TRC production overview — owned by SRE. Linked from on-call handbook.',
    editable: true,
    graphTooltip: 1,
    id: 42,
    panels: panels.map(([title, expr], i) => ({ id: i + 1, type: 'timeseries', title, gridPos: { h: 8, w: 12, x: (i % 2) * 12, y: Math.floor(i / 2) * 8 }, datasource: { type: 'prometheus', uid: 'amp-trc-prod' }, targets: [{ refId: 'A', expr }], fieldConfig: { defaults: { unit: i === 1 ? 's' : 'short' }, overrides: [] } })),
    refresh: '30s',
    schemaVersion: 39,
    tags: ['trc', 'prod', 'sre'],
    templating: { list: [{ name: 'env', type: 'custom', query: 'prod,standby', current: { text: 'prod', value: 'prod' } }] },
    time: { from: 'now-6h', to: 'now' },
    timezone: 'browser',
    title: 'TRC / Production Overview',
    uid: 'trc-prod-overview',
    version: 57,
  };
  return JSON.stringify(dash, null, 2) + '\n';
}

export const SERVICES = [
  ['records-api', 'Tier 1', '99.9%', 'API and console backend', W.eng[0], 'TRC-SRE-Primary', 'RB-001..RB-008'],
  ['ingest-worker', 'Tier 1', '99.5% (processing within 15 min)', 'Scanning, OCR, indexing', W.eng[1], 'TRC-SRE-Primary', 'RB-020..RB-024'],
  ['web-console', 'Tier 1', '99.9%', 'Agency user interface', W.eng[5], 'TRC-SRE-Primary', 'RB-030'],
  ['postgres (RDS)', 'Tier 1', '99.95%', 'Records metadata', W.eng[3], 'TRC-SRE-Data', 'RB-009..RB-013'],
  ['search (OpenSearch)', 'Tier 2', '99.5%', 'Full-text search', W.eng[4], 'TRC-SRE-Data', 'RB-040'],
  ['disposition-cron', 'Tier 2', 'n/a (batch)', 'Retention and disposition jobs', W.eng[2], 'TRC-SRE-Secondary', 'RB-050'],
  ['status page', 'Tier 3', '99%', 'Customer communication', W.sreLead, 'TRC-SRE-Mgmt', 'RB-060'],
  ['grafana / prometheus', 'Tier 3', 'best effort', 'Observability', W.eng[2], 'TRC-SRE-Secondary', 'RB-070'],
];

export { HOSTS };
