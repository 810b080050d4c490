/** Readable log lines for the local stack: one line per thing that happened. */

export type LineSink = (line: string) => void;

/** `HH:MM:SS` in local time. */
export function clockTime(at: Date = new Date()): string {
  return at.toTimeString().slice(0, 8);
}

/** One line: time, a fixed-width source, the message. */
export function formatLine(source: string, message: string, at: Date = new Date()): string {
  return `${clockTime(at)}  ${source.padEnd(8)} ${message}`;
}

/** The stack's log: `info` lines are dropped when quiet; warnings and errors always go out. */
export class StackLog {
  constructor(
    private readonly sink: LineSink,
    private readonly quiet: boolean,
  ) {}

  info(source: string, message: string): void {
    if (!this.quiet) this.sink(formatLine(source, message));
  }

  warn(source: string, message: string): void {
    this.sink(formatLine(source, `WARNING ${message}`));
  }

  error(source: string, message: string): void {
    this.sink(formatLine(source, `ERROR ${message}`));
  }
}
