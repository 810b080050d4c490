import { InvalidArgumentError, type Command } from 'commander';
import type { Role } from '../../functions/core/domain/roles.js';
import { ApiError } from '../api/client.js';
import { UsageError } from '../api/connection.js';
import { uploadFile, type UploadedFile } from '../api/upload-file.js';
import { deliverableOutcome, formatFindings, type DeliverableOutcome } from '../api/views.js';
import { waitForDeliverables } from '../api/wait.js';
import { clientFor, parseRole, printJson, withConnectionOptions, type ConnectionFlags } from './api-options.js';

interface UploadFlags extends ConnectionFlags {
  as?: Role;
  wait?: boolean;
  timeout: number;
}

const parseSeconds = (value: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds');
  return n;
};

type UploadResult = UploadedFile | { file: string; error: string };

/** `intake upload PACKAGE FILE... --as ROLE [--wait]`. */
export function registerUpload(program: Command, setExit: (code: number) => void): void {
  withConnectionOptions(
    program
      .command('upload')
      .description('Upload deliverables to a package through presigned POSTs; with --wait, print what the pipeline recorded for each')
      .argument('<package>', 'package id')
      .argument('<files...>', 'files to upload')
      .option('--as <role>', 'upload as csp, 3pao, agency or pmo (required locally; deployed, selects INTAKE_PROFILE_<ROLE> if set)', parseRole)
      .option('--wait', 'wait until each file is classified and validated; print {file, deliverableId, type, status, findings}')
      .option('--timeout <seconds>', 'with --wait: give up after this long', parseSeconds, 120)
      .option('--json', 'print JSON (an array, one entry per file)'),
  ).action(async (packageId: string, files: string[], flags: UploadFlags) => {
    const client = await clientFor(flags);
    if (!flags.as && client.connection.mode === 'local') throw new UsageError('--as <role> is required: csp, 3pao, agency or pmo', 2);
    // Deployed, the role is the principal's (ROLE_MAP); --as only picks the profile.
    const role: Role = flags.as ?? 'CSP';
    const results: UploadResult[] = [];
    for (const file of files) {
      try {
        const uploaded = await uploadFile(client, role, packageId, file);
        results.push(uploaded);
        if (!flags.json) process.stderr.write(`uploaded ${file} (${uploaded.size} bytes) as ${role}: upload ${uploaded.uploadId}\n`);
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        results.push({ file, error: err.describe() });
        process.stderr.write(`intake: ${file}: ${err.describe()}\n`);
        setExit(1);
        // The whole package refuses this role now, or the API is gone: the other files would fail alike.
        if (err.status === 0 && err.code === 'Unreachable') break;
        if (err.status === 403 || err.status === 404) break;
      }
    }
    const done = results.filter((r): r is UploadedFile => 'uploadId' in r);
    if (!flags.wait) {
      if (flags.json) printJson(results);
      else for (const r of done) process.stdout.write(`${r.file}  ${r.uploadId}\n`);
      return;
    }
    if (done.length === 0) {
      if (flags.json) printJson(results);
      return;
    }
    let lastNote = 0;
    const recorded = await waitForDeliverables(client, role, packageId, done.map((r) => r.key), {
      timeoutMs: flags.timeout * 1000,
      onPoll: (_status, elapsed) => {
        if (!flags.json && elapsed - lastNote >= 5_000) {
          lastNote = elapsed;
          process.stderr.write(`waiting for the pipeline to classify and validate ${done.length} file(s)… ${Math.round(elapsed / 1000)} s\n`);
        }
      },
    });
    const outcomes: (DeliverableOutcome | { file: string; error: string })[] = results.map((r) => {
      if (!('uploadId' in r)) return r;
      return deliverableOutcome(r.file, recorded[done.indexOf(r)]!);
    });
    if (outcomes.some((o) => !('status' in o) || o.status !== 'VALID')) setExit(1);
    if (flags.json) {
      printJson(outcomes);
      return;
    }
    for (const o of outcomes) {
      if (!('status' in o)) continue;
      const errors = o.findings.filter((f) => f.severity === 'error').length;
      const warnings = o.findings.filter((f) => f.severity === 'warning').length;
      process.stdout.write(`${o.file}  ${o.type}  ${o.status}  ${o.deliverableId}  ${errors} error(s), ${warnings} warning(s)${o.reason ? `  (${o.reason})` : ''}\n`);
      if (o.status !== 'VALID') process.stdout.write(formatFindings(o.findings));
    }
  });
}
