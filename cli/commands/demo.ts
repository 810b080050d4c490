import { InvalidArgumentError, type Command } from 'commander';
import { ApiError } from '../api/client.js';
import { DemoFailure, runDemo, type DemoStep } from '../demo/journey.js';
import { clientFor, printJson, withConnectionOptions, type ConnectionFlags } from './api-options.js';

interface DemoFlags extends ConnectionFlags {
  samples?: string;
  timeout: number;
}

const parseSeconds = (value: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds');
  return n;
};

function line(s: DemoStep): string {
  const at = `${s.atSeconds.toFixed(1).padStart(6)} s`;
  return `${String(s.n).padStart(2)} ${at}  ${s.role.padEnd(6)} ${s.what}\n${' '.repeat(19)}$ ${s.command}\n${' '.repeat(19)}→ ${s.outcome}  (${s.seconds.toFixed(2)} s)\n`;
}

/** `intake demo`: the whole journey with the bundled sample package, each step printed as it ends. */
export function registerDemo(program: Command, setExit: (code: number) => void): void {
  withConnectionOptions(
    program
      .command('demo')
      .description('Run a full Agency Authorization with bundled sample deliverables: rejected SSP and resubmission, wrong-role refusal, AUTHORIZED, one ConMon month')
      .option('--samples <dir>', 'the sample deliverables (default: the bundled cli/demo/samples)')
      .option('--timeout <seconds>', 'longest wait for one asynchronous step', parseSeconds, 120)
      .option('--json', 'print {packageId, finalStage, authorized, conmonMonth, steps, wrongRole, seconds} at the end instead of the steps'),
  ).action(async (flags: DemoFlags) => {
    const client = await clientFor(flags);
    const out = (s: string): void => {
      if (!flags.json) process.stdout.write(s);
    };
    out(`intake demo: FedRAMP Agency Authorization of "Nimbus GovCloud Platform" (Moderate) on ${client.connection.mode === 'local' ? 'the local pipeline' : 'the deployed API'} at ${client.connection.api}\n\n`);
    let lastWait = '';
    try {
      const result = await runDemo(client, {
        ...(flags.samples ? { samplesDir: flags.samples } : {}),
        timeoutMs: flags.timeout * 1000,
        onStep: (s) => out(line(s)),
        onWait: (what, elapsed) => {
          const note = `${what} (${Math.floor(elapsed / 5000) * 5} s)`;
          if (!flags.json && elapsed >= 5000 && note !== lastWait) process.stderr.write(`   … waiting for ${note}\n`);
          lastWait = note;
        },
      });
      if (flags.json) {
        printJson(result);
        return;
      }
      out(`\nDone in ${result.seconds.toFixed(1)} s: package ${result.packageId} was AUTHORIZED, then ConMon ${result.conmonMonth} was reviewed; it is now ${result.finalStage}.\n`);
      out(`The CSP's attempt to approve its own SSP was refused (${result.wrongRole.status}) and changed nothing.\n`);
      out(`See it all: intake status ${result.packageId}   ·   intake events ${result.packageId}\n`);
    } catch (err) {
      if (err instanceof DemoFailure) {
        process.stderr.write(`intake demo: the journey went wrong: ${err.message}\n`);
        setExit(1);
        return;
      }
      if (err instanceof ApiError) {
        throw new ApiError(err.status, err.code, `the journey stopped: ${err.message}`, err.requestId);
      }
      throw err;
    }
  });
}
