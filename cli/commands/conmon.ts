import { InvalidArgumentError, type Command } from 'commander';
import type { Role } from '../../functions/core/domain/roles.js';
import { clientFor, parseRole, printJson, withConnectionOptions, type ConnectionFlags } from './api-options.js';

const parseMonth = (value: string): string => {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new InvalidArgumentError('expected a month as YYYY-MM');
  return value;
};

/** `intake conmon start [--month YYYY-MM]`: the PMO runs the monthly ConMon schedule now. */
export function registerConmon(program: Command): void {
  const conmon = program.command('conmon').description('Continuous monitoring');
  withConnectionOptions(
    conmon
      .command('start')
      .description("Start a month's continuous monitoring for every authorized package now (as PMO; the schedule does it on the 1st)")
      .option('--month <month>', 'YYYY-MM (default: the current month)', parseMonth)
      .option('--as <role>', 'act as this role (default pmo: only the PMO may)', parseRole)
      .option('--json', 'print {month, started, alreadyRunning}'),
  ).action(async (flags: ConnectionFlags & { month?: string; as?: Role }) => {
    const client = await clientFor(flags);
    const run = await client.startConmonMonth(flags.as ?? 'PMO', flags.month);
    if (flags.json) printJson(run);
    else process.stdout.write(`ConMon ${run.month}: started for ${run.started.length} package(s)${run.started.length ? ` (${run.started.join(', ')})` : ''}; ${run.alreadyRunning.length} already started this month\n`);
  });
}
