/** Progress lines on stderr (stdout stays free for a benchmark's own summary). */
const started = performance.now();

export function progress(scope: string, message: string): void {
  const t = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[${t}s] ${scope}: ${message}\n`);
}
