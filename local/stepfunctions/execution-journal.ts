/**
 * The local runner's executions on disk: one JSON file with a snapshot of every execution (the state a
 * running one is in, with that state's input), rewritten atomically after each change. It is what
 * `LocalWorkflow.restore` reads after a restart. Ended executions are kept for 90 days, so their names
 * stay taken as on AWS (a monthly ConMon execution is not started twice).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as z from 'zod';
import { isJsonValue, type JsonValue } from './asl-library.js';
import type { ExecutionSnapshot } from './local-workflow.js';

const KEEP_ENDED_MS = 90 * 86_400_000;
const FORMAT = 1;

const Json = z.custom<JsonValue>((v) => isJsonValue(v), 'not a JSON value');
const Snapshot = z.object({
  executionArn: z.string().min(1),
  stateMachine: z.string().min(1),
  name: z.string().min(1),
  input: Json,
  status: z.enum(['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED']),
  startDate: z.string(),
  stopDate: z.string().optional(),
  error: z.string().optional(),
  cause: z.string().optional(),
  current: z.object({ state: z.string().min(1), input: Json, enteredAt: z.string() }).optional(),
});
const JournalFile = z.object({ format: z.literal(FORMAT), executions: z.array(Snapshot) });

export class ExecutionJournal {
  private readonly entries = new Map<string, ExecutionSnapshot>();
  private writing: Promise<void> | undefined;
  private dirty = false;
  private frozen = false;
  private lastError: Error | undefined;

  private constructor(readonly file: string) {}

  /**
   * Opens (or starts) the journal at `file`. An unreadable file is moved aside (`<file>.corrupt-<time>`)
   * and reported through `problem`; the runner then starts with no executions.
   */
  static async open(file: string, now: Date = new Date()): Promise<{ journal: ExecutionJournal; problem?: string }> {
    const journal = new ExecutionJournal(file);
    await mkdir(dirname(file), { recursive: true });
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { journal };
      throw err;
    }
    let parsed: z.infer<typeof JournalFile>;
    try {
      parsed = JournalFile.parse(JSON.parse(text));
    } catch (err) {
      const aside = `${file}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
      await rename(file, aside);
      return { journal, problem: `${file} could not be read (${err instanceof Error ? err.message.slice(0, 200) : String(err)}); moved to ${aside}` };
    }
    for (const s of parsed.executions) {
      const ended = s.status !== 'RUNNING' && s.stopDate !== undefined && now.getTime() - Date.parse(s.stopDate) > KEEP_ENDED_MS;
      if (!ended) journal.entries.set(s.executionArn, stripUndefined(s));
    }
    return { journal };
  }

  /** Every execution known, oldest start first. */
  snapshots(): ExecutionSnapshot[] {
    return [...this.entries.values()].sort((a, b) => a.startDate.localeCompare(b.startDate));
  }

  running(): ExecutionSnapshot[] {
    return this.snapshots().filter((s) => s.status === 'RUNNING');
  }

  /** Records a snapshot (the `onChange` of a LocalWorkflow) and schedules a write. */
  record(snapshot: ExecutionSnapshot): void {
    if (this.frozen) return;
    this.entries.set(snapshot.executionArn, snapshot);
    this.schedule();
  }

  /**
   * Stops recording: what the journal holds now is what the next start resumes. Called before the
   * runner aborts its executions at shutdown, so they stay RUNNING on disk.
   */
  freeze(): void {
    this.frozen = true;
  }

  /** Resolves once everything recorded is on disk; rejects with the last write error, if any. */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
    if (this.lastError) {
      const err = this.lastError;
      this.lastError = undefined;
      throw err;
    }
  }

  private schedule(): void {
    this.dirty = true;
    if (this.writing) return;
    this.writing = (async () => {
      while (this.dirty) {
        this.dirty = false;
        try {
          await this.write();
          this.lastError = undefined;
        } catch (err) {
          this.lastError = err instanceof Error ? err : new Error(String(err));
        }
      }
      this.writing = undefined;
    })();
  }

  /** Write-then-rename: a crash leaves the previous or the new file, never half of one. */
  private async write(): Promise<void> {
    const text = `${JSON.stringify({ format: FORMAT, executions: this.snapshots() }, null, 1)}\n`;
    const tmp = `${this.file}.tmp-${process.pid}`;
    await writeFile(tmp, text, { mode: 0o600 });
    await rename(tmp, this.file);
  }
}

function stripUndefined(s: z.infer<typeof Snapshot>): ExecutionSnapshot {
  return JSON.parse(JSON.stringify(s)) as ExecutionSnapshot;
}
