/**
 * `npm run bench [-- --quick] [-- --only classification,cold-start,validation,cost,pipeline]`: runs
 * each benchmark in turn (one after the other: they time things on a 2-core machine) and writes
 * bench/results.md. Exit 1 when a benchmark could not run (its error is in the report); aims that are
 * not met do not fail the run.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { measureClassification } from './classification.js';
import { measureColdStart } from './cold-start.js';
import { measureCost } from './cost.js';
import { measurePipeline } from './pipeline.js';
import { progress } from './progress.js';
import { commit, machine, renderReport, renderTable, slowest } from './report.js';
import { quickFrom, type BenchOptions, type SectionResult } from './results.js';
import { formatMs } from './stats.js';
import { measureValidationSection } from './validation-figures.js';

const BENCHMARKS: { id: string; title: string; run: (o: BenchOptions) => Promise<SectionResult> }[] = [
  { id: 'classification', title: 'Classification', run: async (o) => (await measureClassification(o)).section },
  { id: 'cold-start', title: 'Cold start', run: async (o) => (await measureColdStart(o)).section },
  { id: 'validation', title: 'Validation', run: measureValidationSection },
  { id: 'pipeline', title: 'Pipeline', run: measurePipeline },
  { id: 'cost', title: 'Cost', run: () => measureCost() },
];

const argv = process.argv.slice(2);
const quick = quickFrom(argv);
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set((argv[onlyAt + 1] ?? '').split(',')) : undefined;
const unknown = only ? [...only].filter((id) => !BENCHMARKS.some((b) => b.id === id)) : [];
if (unknown.length) {
  console.error(`bench: unknown benchmark(s) ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.id).join(', ')}`);
  process.exit(2);
}
if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`bench: Node ${process.version}; run it through npm (npm run bench) so the project's Node 22 is used`);
  process.exit(1);
}

const started = performance.now();
const date = new Date();
const sections: SectionResult[] = [];
for (const b of BENCHMARKS.filter((x) => !only || only.has(x.id))) {
  progress('bench', `— ${b.title}${quick ? ' (quick)' : ''} —`);
  const t = performance.now();
  try {
    sections.push(await b.run({ quick }));
  } catch (err) {
    const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
    progress('bench', `${b.title} could not run: ${message.split('\n')[0]}`);
    sections.push({ id: b.id, title: `${b.title}: could not run`, rows: [], notes: [], timings: [], elapsedMs: performance.now() - t, error: message });
  }
  progress('bench', `${b.title} done in ${formatMs(performance.now() - t)}`);
}

const elapsedMs = performance.now() - started;
const report = renderReport({ sections, quick, date, elapsedMs, machine: machine(), commit: commit() });
const out = join(import.meta.dirname, 'results.md');
await writeFile(out, report);
console.log(report);
// A complete run (every benchmark) replaces the README's table between its markers, with its provenance.
if (!only) {
  const readme = join(import.meta.dirname, '..', 'README.md');
  const text = await readFile(readme, 'utf8');
  const start = text.indexOf('<!-- bench-table:start -->');
  const end = text.indexOf('<!-- bench-table:end -->');
  if (start >= 0 && end > start) {
    const input = { sections, quick, date, elapsedMs, machine: machine(), commit: commit() };
    const provenance = `\n\n_${quick ? 'Quick' : 'Full'} run of \`npm run bench\` on ${date.toISOString().slice(0, 10)}, ${input.machine.cores} cores, commit ${input.commit}; details in bench/results.md._`;
    await writeFile(readme, text.slice(0, start) + renderTable(input) + provenance + text.slice(end + '<!-- bench-table:end -->'.length).replace(/^\n\n_(Quick|Full) run of `npm run bench`[^\n]*_/, ''));
    progress('bench', `updated the table in ${readme}`);
  }
}
const slow = slowest(sections);
progress('bench', `wrote ${out} in ${formatMs(elapsedMs)}${slow ? `; slowest figure: ${slow.figure} (${formatMs(slow.ms)})` : ''}`);
if (sections.some((s) => s.error)) process.exit(1);
