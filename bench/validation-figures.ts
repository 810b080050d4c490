/**
 * The validation figures for the report: bench/validation.ts (owned by the validation work) measures;
 * this runs it in a child process of its own, so its peak RSS is the validation's alone, and turns
 * the answer into report rows. Works with either shape of its `measureValidation` export
 * (`({mb, runs})` or `(mb, runs)`), and falls back to parsing the script's printed line.
 *   npx tsx bench/validation-figures.ts [--quick]
 *   (child mode: --child MB RUNS prints one JSON line)
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { progress } from './progress.js';
import { quickFrom, type BenchOptions, type Row, type SectionResult } from './results.js';
import { formatMs, formatRatio } from './stats.js';

export const VALIDATION_AIM_RATIO = 3;

export interface ValidationFigures {
  bytes: number;
  jsonParseMs: number;
  validateMs: number;
  ratio: number;
  peakRssMb: number;
  phases?: Record<string, number>;
  findings?: number;
}

type AnyResult = Partial<ValidationFigures> & { mb?: number; parseMs?: number };

function normalise(r: AnyResult): ValidationFigures {
  const bytes = r.bytes ?? (r.mb ?? 0) * 1024 * 1024;
  const jsonParseMs = r.jsonParseMs ?? r.parseMs ?? Number.NaN;
  const validateMs = r.validateMs ?? Number.NaN;
  return {
    bytes,
    jsonParseMs,
    validateMs,
    ratio: r.ratio ?? validateMs / jsonParseMs,
    peakRssMb: r.peakRssMb ?? Number.NaN,
    ...(r.phases ? { phases: r.phases } : {}),
    ...(r.findings !== undefined ? { findings: r.findings } : {}),
  };
}

/** In the child: import the measuring module and print its answer as JSON. */
async function child(mb: number, runs: number): Promise<void> {
  process.env['BENCH_IMPORT'] = '1';
  const mod = (await import('./validation.js')) as unknown as { measureValidation?: (...args: unknown[]) => Promise<AnyResult> };
  const measure = mod.measureValidation;
  if (typeof measure !== 'function') throw new Error('bench/validation.ts exports no measureValidation');
  const result = measure.length >= 2 ? await measure(mb, runs) : await measure({ mb, runs });
  process.stdout.write(`${JSON.stringify(normalise(result))}\n`);
}

function spawnText(cmd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const c = spawn(cmd, args, { cwd: join(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    c.stdout.on('data', (d: Buffer) => (out += d.toString()));
    c.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      process.stderr.write(d); // the measuring script's own progress
    });
    c.on('error', reject);
    c.on('close', (code) => resolve({ code: code ?? 1, out, err }));
  });
}

/** "SSP JSON 16.0 MB: JSON.parse 208 ms, validate 4600 ms (…) = 22.11× JSON.parse; peak RSS 318 MB; …" */
export function parsePrinted(line: string): ValidationFigures | undefined {
  const m = /([\d.]+) MB: JSON\.parse ([\d.]+) ms, validate ([\d.]+) ms.*?= ([\d.]+)× JSON\.parse; peak RSS ([\d.]+) MB/.exec(line);
  if (!m) return undefined;
  return normalise({ mb: Number(m[1]), parseMs: Number(m[2]), validateMs: Number(m[3]), ratio: Number(m[4]), peakRssMb: Number(m[5]) });
}

export async function runValidation(mb: number, runs: number): Promise<ValidationFigures> {
  const self = join(import.meta.dirname, 'validation-figures.ts');
  const r = await spawnText(process.execPath, ['--import', 'tsx', self, '--child', String(mb), String(runs)]);
  const json = r.out.trim().split('\n').reverse().find((l) => l.startsWith('{'));
  if (r.code === 0 && json) return JSON.parse(json) as ValidationFigures;
  progress('validation', `the measureValidation export did not answer (exit ${r.code}: ${r.err.trim().split('\n').slice(-2).join(' ')}); running bench/validation.ts as a script`);
  const script = await spawnText(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'validation.ts'), String(mb), String(runs)]);
  const parsed = script.out.split('\n').map(parsePrinted).find((x) => x !== undefined);
  if (!parsed) throw new Error(`bench/validation.ts ${mb} ${runs} printed no figures (exit ${script.code}): ${script.err.slice(-1500)}`);
  return parsed;
}

export async function measureValidationSection(options: BenchOptions): Promise<SectionResult> {
  const started = performance.now();
  const mb = options.quick ? 8 : 50;
  const runs = options.quick ? 1 : 3;
  progress('validation', `SSP template scaled to ~${mb} MB, ${runs} run(s) (bench/validation.ts)…`);
  const v = await runValidation(mb, runs);
  const sizeMb = v.bytes / 1024 / 1024;
  const rows: Row[] = [
    { figure: `SSP JSON ${sizeMb.toFixed(1)} MB: JSON.parse`, value: formatMs(v.jsonParseMs), ratio: `${(v.jsonParseMs / sizeMb).toFixed(1)} ms/MB` },
    {
      figure: `SSP JSON ${sizeMb.toFixed(1)} MB: validate`,
      value: formatMs(v.validateMs),
      ratio: `${formatRatio(v.ratio)} JSON.parse`,
      aim: `≤ ${VALIDATION_AIM_RATIO.toFixed(2)}×`,
      met: v.ratio <= VALIDATION_AIM_RATIO,
    },
    { figure: `SSP JSON ${sizeMb.toFixed(1)} MB: peak RSS`, value: `${v.peakRssMb.toFixed(0)} MB`, ratio: `${formatRatio(v.peakRssMb / sizeMb)} the document` },
  ];
  for (const [phase, ms] of Object.entries(v.phases ?? {})) rows.push({ figure: `  phase: ${phase.replace(/Ms$/, '')}`, value: formatMs(ms), ratio: `${((100 * ms) / v.validateMs).toFixed(0)}% of validate` });
  const phases = Object.entries(v.phases ?? {}).sort((a, b) => b[1] - a[1]);
  return {
    id: 'validation',
    title: 'Validation: FedRAMP SSP template scaled up, against JSON.parse of the same bytes',
    rows,
    notes: [
      `FedRAMP's OSCAL SSP template (test/fixtures/oscal) scaled to ~${mb} MB by bench/validation.ts (implemented requirements and components repeated with fresh UUIDs); medians of ${runs} run(s); validation = the whole \`validateOscal\` (parse, NIST schema, FedRAMP rules, baseline coverage). Run in a child process of its own: peak RSS is that process's.`,
      ...(options.quick ? ['Quick mode: ~8 MB, one run (the full run: ~50 MB, three runs).'] : []),
      ...(v.findings !== undefined ? [`${v.findings} findings on the scaled document (the template's placeholders repeat).`] : []),
    ],
    timings: [
      {
        figure: `validate SSP JSON ${sizeMb.toFixed(0)} MB`,
        ms: v.validateMs,
        boundBy: phases.length > 0 ? `its slowest phase, ${phases[0]![0].replace(/Ms$/, '')} (${formatMs(phases[0]![1])}, ${((100 * phases[0]![1]) / v.validateMs).toFixed(0)}% of it)` : 'walking the whole document: NIST schema validation and FedRAMP rules over every element, single-threaded',
      },
    ],
    elapsedMs: performance.now() - started,
  };
}

const argv = process.argv;
if (import.meta.url === `file://${argv[1]}`) {
  if (argv[2] === '--child') await child(Number(argv[3]), Number(argv[4]));
  else {
    const s = await measureValidationSection({ quick: quickFrom(argv) });
    for (const r of s.rows) console.log(`${r.figure}: ${r.value}${r.ratio ? ` (${r.ratio})` : ''}${r.aim ? ` aim ${r.aim}` : ''}${r.met === false ? ' NOT MET' : ''}`);
  }
}
