import { InvalidArgumentError, type Command } from 'commander';
import { ImpactLevelInput, type ImpactLevel } from '../../functions/core/domain/stages.js';
import { formatStatus, statusView, table } from '../api/views.js';
import { clientFor, DEFAULT_READ_ROLE, parseRole, printJson, withConnectionOptions, type ConnectionFlags } from './api-options.js';
import type { Role } from '../../functions/core/domain/roles.js';

const parseImpact = (value: string): ImpactLevel => {
  const parsed = ImpactLevelInput.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError('expected low, moderate, high or li-saas');
  return parsed.data;
};

const parseLimit = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new InvalidArgumentError('expected a whole number from 1 to 100');
  return n;
};

interface CreateFlags extends ConnectionFlags {
  csp: string;
  cso: string;
  agency: string;
  impact: ImpactLevel;
}

interface ReadFlags extends ConnectionFlags {
  as?: Role;
}

/** `intake package create`, `intake status`, `intake list`, `intake events`. */
export function registerPackageCommands(program: Command): void {
  const pkg = program.command('package').description('Authorization packages');
  withConnectionOptions(
    pkg
      .command('create')
      .description('Create an authorization package (as CSP) and start its workflow; prints its id')
      .requiredOption('--csp <name>', 'the cloud service provider')
      .requiredOption('--cso <name>', 'the cloud service offering')
      .requiredOption('--agency <name>', 'the sponsoring agency')
      .requiredOption('--impact <level>', 'low, moderate, high or li-saas', parseImpact)
      .option('--json', 'print {packageId}'),
  ).action(async (flags: CreateFlags) => {
    const client = await clientFor(flags);
    const created = await client.createPackage('CSP', { csp: flags.csp, cso: flags.cso, agency: flags.agency, impactLevel: flags.impact });
    if (flags.json) printJson({ packageId: created.packageId });
    else process.stdout.write(`${created.packageId}\n`);
  });

  withConnectionOptions(
    program
      .command('status')
      .description('Stage, deliverables, pending decisions and history of a package')
      .argument('<package>', 'package id')
      .option('--as <role>', `read as this role (default ${DEFAULT_READ_ROLE})`, parseRole)
      .option('--json', 'print {packageId, stage, gate, deliverables, pendingDecisions: [{kind, role, allowed}], history}'),
  ).action(async (packageId: string, flags: ReadFlags) => {
    const client = await clientFor(flags);
    const status = await client.status(flags.as ?? DEFAULT_READ_ROLE, packageId);
    if (flags.json) printJson(statusView(status));
    else process.stdout.write(formatStatus(status));
  });

  withConnectionOptions(
    program
      .command('list')
      .description('Authorization packages, newest first')
      .option('--limit <n>', 'packages per page (1-100)', parseLimit, 25)
      .option('--cursor <cursor>', 'the next page (printed after a full page)')
      .option('--as <role>', `read as this role (default ${DEFAULT_READ_ROLE})`, parseRole)
      .option('--json', 'print {packages: [{packageId, csp, cso, agency, impactLevel, stage, gate, createdAt, updatedAt}], cursor?}'),
  ).action(async (flags: ReadFlags & { limit: number; cursor?: string }) => {
    const client = await clientFor(flags);
    const page = await client.listPackages(flags.as ?? DEFAULT_READ_ROLE, { limit: flags.limit, ...(flags.cursor ? { cursor: flags.cursor } : {}) });
    const packages = page.packages.map((p) => ({ packageId: p.packageId, csp: p.csp, cso: p.cso, agency: p.agency, impactLevel: p.impactLevel, stage: p.stage, gate: p.gate, createdAt: p.createdAt, updatedAt: p.updatedAt }));
    if (flags.json) {
      printJson({ packages, ...(page.cursor ? { cursor: page.cursor } : {}) });
      return;
    }
    if (packages.length === 0) process.stdout.write('no packages\n');
    else process.stdout.write(table([['PACKAGE', 'STAGE', 'GATE', 'CSP / CSO', 'AGENCY', 'IMPACT', 'UPDATED'], ...packages.map((p) => [p.packageId, p.stage, p.gate, `${p.csp} / ${p.cso}`, p.agency, p.impactLevel, p.updatedAt])]));
    if (page.cursor) process.stdout.write(`more: intake list --cursor ${page.cursor}\n`);
  });

  withConnectionOptions(
    program
      .command('events')
      .description("A package's audit trail: who did what, when and why (append-only)")
      .argument('<package>', 'package id')
      .option('--as <role>', `read as this role (default ${DEFAULT_READ_ROLE})`, parseRole)
      .option('--json', 'print {packageId, history: [{at, role, actor, action, detail}]}'),
  ).action(async (packageId: string, flags: ReadFlags) => {
    const client = await clientFor(flags);
    const events = await client.events(flags.as ?? DEFAULT_READ_ROLE, packageId);
    const history = events.history.map((h) => ({ at: h.at, role: h.role, actor: h.actor, action: h.action, detail: h.detail }));
    if (flags.json) printJson({ packageId: events.packageId, history });
    else process.stdout.write(table(history.map((h) => [h.at, h.role, h.actor, h.action, h.detail])));
  });
}
