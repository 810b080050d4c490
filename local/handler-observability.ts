/**
 * The handlers' Powertools observability, routed to the stack's lines: the handlers log through
 * Powertools' Logger as deployed, and locally each call becomes one short line instead of a JSON
 * document.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { METRICS_NAMESPACE, type Observability } from '../functions/handlers/runtime.js';
import type { StackLog } from './log.js';

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** `message key=value …` from Powertools' (message, ...extra) arguments. */
function flatten(input: unknown, extra: unknown[]): string {
  const parts = [typeof input === 'string' ? input : describe(input)];
  for (const item of extra) {
    if (item && typeof item === 'object' && !(item instanceof Error) && !Array.isArray(item)) {
      for (const [k, v] of Object.entries(item)) parts.push(`${k}=${describe(v)}`);
    } else {
      parts.push(describe(item));
    }
  }
  return parts.join(' ');
}

/**
 * A Powertools Logger whose output is the stack's lines. Warnings and errors always show; info and
 * debug only when `verbose` (the events already tell the story).
 */
class LineLogger extends Logger {
  constructor(
    private readonly service: string,
    private readonly log: StackLog,
    private readonly verbose: boolean,
  ) {
    super({ serviceName: service, logLevel: 'DEBUG' });
  }

  override debug(...input: Parameters<Logger['debug']>): void {
    if (this.verbose) this.log.info(this.service, flatten(input[0], input.slice(1)));
  }

  override info(...input: Parameters<Logger['info']>): void {
    if (this.verbose) this.log.info(this.service, flatten(input[0], input.slice(1)));
  }

  override warn(...input: Parameters<Logger['warn']>): void {
    this.log.warn(this.service, flatten(input[0], input.slice(1)));
  }

  override error(...input: Parameters<Logger['error']>): void {
    this.log.error(this.service, flatten(input[0], input.slice(1)));
  }

  override critical(...input: Parameters<Logger['critical']>): void {
    this.log.error(this.service, flatten(input[0], input.slice(1)));
  }
}

/**
 * Logger, tracer and metrics for a handler run by the local stack. The tracer is off outside Lambda;
 * metrics are disabled through POWERTOOLS_METRICS_DISABLED, which the stack sets unless it is set.
 */
export function localObservability(service: string, log: StackLog, verbose = false): Observability {
  return {
    logger: new LineLogger(service, log, verbose),
    tracer: new Tracer({ serviceName: service }),
    metrics: new Metrics({ namespace: METRICS_NAMESPACE, serviceName: service }),
  };
}
