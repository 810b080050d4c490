import { InvalidArgumentError, type Command } from 'commander';
import type { Role } from '../../functions/core/domain/roles.js';
import { Decision } from '../../functions/core/domain/stages.js';
import { ApiError } from '../api/client.js';
import { UsageError } from '../api/connection.js';
import { clientFor, parseRole, printJson, withConnectionOptions, type ConnectionFlags } from './api-options.js';

interface DecideFlags extends ConnectionFlags {
  as?: Role;
  comment?: string;
}

const PAST: Readonly<Record<Decision, string>> = {
  approve: 'approved',
  reject: 'rejected',
  'request-testing': 'requested more testing for',
  return: 'returned',
  authorize: 'authorized',
  deny: 'denied',
};

const parseDecision = (value: string): Decision => {
  const parsed = Decision.safeParse(value.trim().toLowerCase());
  if (!parsed.success) throw new InvalidArgumentError(`expected one of ${Decision.options.join(', ')}`);
  return parsed.data;
};

/** `intake decide PACKAGE DECISION --as ROLE [--comment TEXT]`. */
export function registerDecide(program: Command): void {
  withConnectionOptions(
    program
      .command('decide')
      .description('Record a decision the workflow waits for: only the role that owns it may make it')
      .argument('<package>', 'package id')
      .argument('<decision>', Decision.options.join(' | '), parseDecision)
      .option('--as <role>', 'decide as csp, 3pao, agency or pmo (required locally; deployed, selects INTAKE_PROFILE_<ROLE> if set)', parseRole)
      .option('--comment <text>', 'why (recorded in the history)')
      .option('--json', 'print {packageId, kind, decision}'),
  ).action(async (packageId: string, decision: Decision, flags: DecideFlags) => {
    const client = await clientFor(flags);
    if (!flags.as && client.connection.mode === 'local') throw new UsageError('--as <role> is required: csp, 3pao, agency or pmo', 2);
    const role: Role = flags.as ?? 'PMO';
    try {
      const decided = await client.decide(role, packageId, decision, flags.comment);
      if (flags.json) printJson({ packageId, kind: decided.kind, decision: decided.decision ?? decision });
      else process.stdout.write(`${role} ${PAST[decision]} ${decided.kind} of package ${packageId}\n`);
    } catch (err) {
      if (err instanceof ApiError && (err.status === 403 || err.status === 409)) {
        const why = err.status === 403 ? 'refused' : 'too late: another decision was recorded first';
        throw new ApiError(err.status, err.code, `${why}: ${err.message}. Nothing was recorded.`, err.requestId);
      }
      throw err;
    }
  });
}
