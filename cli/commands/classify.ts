import type { Command } from 'commander';

export function registerClassify(program: Command, _setExit: (code: number) => void): void {
  program
    .command('classify')
    .description('Recognise what each file is, from its content')
    .argument('<files...>', 'files to classify')
    .option('--json', 'print a JSON array')
    .action(async () => {
      throw new Error('not yet');
    });
}
