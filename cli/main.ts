import { Command, CommanderError } from 'commander';
import { ApiError } from './api/client.js';
import { UsageError } from './api/connection.js';
import { registerClassify } from './commands/classify.js';
import { registerConmon } from './commands/conmon.js';
import { registerDecide } from './commands/decide.js';
import { registerDemo } from './commands/demo.js';
import { registerPackageCommands } from './commands/package.js';
import { registerUpload } from './commands/upload.js';
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
  registerPackageCommands(program);
  registerUpload(program, setExit);
  registerDecide(program);
  registerConmon(program);
  registerDemo(program, setExit);
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof ApiError) {
      process.stderr.write(`intake: ${err.describe()}\n`);
      return 1;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`intake: ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(`intake: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  return exitCode;
}
