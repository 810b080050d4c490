import { Command, CommanderError } from 'commander';
import { registerClassify } from './commands/classify.js';
import { registerValidate } from './commands/validate.js';

/** Builds the `intake` program; returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('intake')
    .description('FedRAMP Agency Authorization intake: classify, validate and track deliverables')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  let exitCode = 0;
  const setExit = (code: number): void => {
    exitCode = Math.max(exitCode, code);
  };
  registerClassify(program, setExit);
  registerValidate(program, setExit);
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    process.stderr.write(`intake: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  return exitCode;
}
