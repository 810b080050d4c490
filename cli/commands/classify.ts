import { basename } from 'node:path';
import type { Command } from 'commander';
import { FileByteSource } from '../../functions/adapters/file-byte-source.js';
import { classifyDocument, type Classification } from '../../functions/core/classify/index.js';
import { mapWithConcurrency } from '../concurrency.js';

export interface FileClassification extends Classification {
  file: string;
}

/** Classifies one local file; a file that cannot be opened is reported, not thrown. */
export async function classifyFile(path: string): Promise<FileClassification & { opened: boolean }> {
  let source: FileByteSource;
  try {
    source = await FileByteSource.open(path);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { file: path, opened: false, type: 'UNKNOWN', confidence: 0, format: 'binary', evidence: [], bytesRead: 0, error: `cannot open: ${reason}` };
  }
  try {
    return { file: path, opened: true, ...(await classifyDocument(source, { fileName: basename(path) })) };
  } finally {
    await source.close();
  }
}

function printHuman(results: readonly FileClassification[]): void {
  const width = Math.min(48, Math.max(4, ...results.map((r) => r.file.length)));
  for (const r of results) {
    const cols = [r.file.padEnd(width), r.type.padEnd(34), r.confidence.toFixed(2), r.format.padEnd(10), `${r.bytesRead} bytes read`];
    process.stdout.write(`${cols.join('  ')}\n`);
    if (r.error) process.stdout.write(`    error: ${r.error}\n`);
    for (const e of r.evidence.slice(0, 6)) process.stdout.write(`    - ${e}\n`);
  }
}

export function registerClassify(program: Command, setExit: (code: number) => void): void {
  program
    .command('classify')
    .description('Recognise what each file is, from its content (never from its name)')
    .argument('<files...>', 'files to classify')
    .option('--json', 'print a JSON array of {file, type, confidence, format, evidence, bytesRead, error?}')
    .action(async (files: string[], opts: { json?: boolean }) => {
      const results = await mapWithConcurrency(files, 4, classifyFile);
      if (results.some((r) => !r.opened)) setExit(1);
      const out: FileClassification[] = results.map(({ opened: _opened, ...r }) => r);
      if (opts.json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      else printHuman(out);
    });
}
