import { basename } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { FileByteSource } from '../../functions/adapters/file-byte-source.js';
import { DeliverableType } from '../../functions/core/domain/deliverables.js';
import { ImpactLevelInput, type ImpactLevel } from '../../functions/core/domain/stages.js';
import type { Finding } from '../../functions/core/validate/finding.js';
import { validateDeliverable } from '../../functions/core/validate/validate.js';
import { mapWithConcurrency } from '../concurrency.js';

export interface FileValidation {
  file: string;
  type: DeliverableType;
  valid: boolean;
  findings: Finding[];
}

interface ValidateFlags {
  as?: DeliverableType;
  baseline?: ImpactLevel;
  asOf: Date;
  json?: boolean;
}

const parseType = (value: string): DeliverableType => {
  const parsed = DeliverableType.safeParse(value.trim().toUpperCase().replace(/-/g, '_'));
  if (!parsed.success) throw new InvalidArgumentError(`expected one of ${DeliverableType.options.join(', ')}`);
  return parsed.data;
};
const parseBaseline = (value: string): ImpactLevel => {
  const parsed = ImpactLevelInput.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError('expected low, moderate, high or li-saas');
  return parsed.data;
};
const parseDate = (value: string): Date => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  }
  return new Date(`${value}T00:00:00Z`);
};

async function validateFile(path: string, flags: ValidateFlags): Promise<FileValidation> {
  let source: FileByteSource;
  try {
    source = await FileByteSource.open(path);
  } catch (err) {
    const message = `cannot open: ${err instanceof Error ? err.message : String(err)}`;
    return { file: path, type: flags.as ?? 'UNKNOWN', valid: false, findings: [{ ruleId: 'intake-cannot-open', severity: 'error', message, location: '' }] };
  }
  try {
    const result = await validateDeliverable(source, {
      asOf: flags.asOf,
      fileName: basename(path),
      ...(flags.as ? { as: flags.as } : {}),
      ...(flags.baseline ? { baseline: flags.baseline } : {}),
    });
    return { file: path, type: result.type, valid: result.valid, findings: result.findings };
  } finally {
    await source.close();
  }
}

function printHuman(results: readonly FileValidation[]): void {
  for (const r of results) {
    const count = (s: Finding['severity']) => r.findings.filter((f) => f.severity === s).length;
    process.stdout.write(`${r.file}  ${r.type}  ${r.valid ? 'VALID' : 'INVALID'}  ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info\n`);
    for (const f of r.findings) {
      process.stdout.write(`  ${f.severity.padEnd(7)} ${f.ruleId}${f.location ? `  @ ${f.location}` : ''}\n          ${f.message}\n`);
    }
  }
}

export function registerValidate(program: Command, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('Check each file as a reviewer would: OSCAL schema and FedRAMP rules, workbooks, scans, documents')
    .argument('<files...>', 'files to validate')
    .option('--as <type>', 'validate as this deliverable type instead of classifying (e.g. SSP, POAM)', parseType)
    .option('--baseline <level>', 'the package baseline: low, moderate, high or li-saas', parseBaseline)
    .option('--as-of <date>', 'judge deadlines as of this date (YYYY-MM-DD); default today', parseDate)
    .option('--json', 'print a JSON array of {file, type, valid, findings}')
    .action(async (files: string[], opts: Omit<ValidateFlags, 'asOf'> & { asOf?: Date }) => {
      const flags: ValidateFlags = { ...opts, asOf: opts.asOf ?? new Date() };
      const results = await mapWithConcurrency(files, 2, (f) => validateFile(f, flags));
      if (results.some((r) => !r.valid)) setExit(1);
      if (flags.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      else printHuman(results);
    });
}
