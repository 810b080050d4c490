import * as z from 'zod';
import { parseRoleMap } from '../functions/handlers/principals.js';

/**
 * The deployment's settings, read from CDK context (`cdk.json`, `cdk.context.json` or
 * `cdk deploy -c intake:<name>=<value>`). Everything a FedRAMP deployment changes lives here, never in
 * code: who acts as which role, where alarms go, how long logs and deliverables are kept, FIPS.
 * docs/deploy.md documents each value.
 */
export const CONTEXT_PREFIX = 'intake:';

/** CloudWatch Logs accepts only these retention periods (days). */
export const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const;

/** Context values arrive as strings from `-c name=value` and as JSON values from cdk.json: accept both. */
const bool = z.union([z.boolean(), z.enum(['true', 'false']).transform((s) => s === 'true')]);
const int = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).pipe(z.number().int());

/** The ROLE_MAP the API function receives: validated here with the very parser the function uses. */
const RoleMapSetting = z.union([z.string(), z.record(z.string(), z.string())]).transform((value, ctx) => {
  const json = typeof value === 'string' ? value : JSON.stringify(value);
  try {
    parseRoleMap(json);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: err instanceof Error ? err.message : String(err) });
    return z.NEVER;
  }
  return JSON.stringify(JSON.parse(json));
});

export const IntakeConfigSchema = z.strictObject({
  /** IAM principal ARN (or glob with `*`) → CSP | 3PAO | AGENCY | PMO. Empty: every caller gets 403. */
  roleMap: RoleMapSetting.default('{}'),
  /** Email address subscribed to the alarm topic (confirmation mail sent on deploy). */
  alarmEmail: z.email().optional(),
  /** Retention of every log group (Lambda, Step Functions, API Gateway). */
  logRetentionDays: int.refine((d) => (LOG_RETENTION_DAYS as readonly number[]).includes(d), `must be one of ${LOG_RETENTION_DAYS.join(', ')}`).default(365),
  /** Object Lock retention of every uploaded object version (days). */
  uploadRetentionDays: int.pipe(z.number().min(1).max(36_500)).default(2557),
  /** GOVERNANCE (privileged principals can lift it) or COMPLIANCE (nobody can, not even root). */
  objectLockMode: z.enum(['GOVERNANCE', 'COMPLIANCE']).default('GOVERNANCE'),
  /** How long the event archive keeps events for replay (days). */
  eventArchiveDays: int.pipe(z.number().min(1)).default(365),
  /** Access logs of the upload bucket and the API are kept this long in the log bucket (days). */
  accessLogRetentionDays: int.pipe(z.number().min(1)).default(2557),
  /** Sets AWS_USE_FIPS_ENDPOINT=true on every function: the SDK then calls FIPS endpoints (GovCloud, FedRAMP). */
  fips: bool.default(false),
  /** POWERTOOLS_LOG_LEVEL of the functions. */
  logLevel: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']).default('INFO'),
  /** Creates the account-level API Gateway CloudWatch Logs role (once per account and region). */
  apiGatewayCloudWatchRole: bool.default(true),
  /** Steady-state and burst request limits of the API stage (requests per second). */
  apiRateLimit: int.pipe(z.number().min(1)).default(50),
  apiBurstLimit: int.pipe(z.number().min(1)).default(100),
  /** Requests per 5 minutes from one IP address before the WAF blocks it. */
  wafRateLimit: int.pipe(z.number().min(10)).default(1000),
  /** At most this many intake Lambdas poll the upload queue at once. */
  intakeMaxConcurrency: int.pipe(z.number().min(2).max(1000)).default(10),
  /** Schedule of the monthly continuous-monitoring run (EventBridge cron, UTC). */
  conmonSchedule: z.string().regex(/^cron\(.+\)$/, 'an EventBridge cron(...) expression').default('cron(0 6 1 * ? *)'),
});

export type IntakeConfig = z.output<typeof IntakeConfigSchema>;
export type IntakeSettings = z.input<typeof IntakeConfigSchema>;

/** The settings under `intake:<name>` in a context lookup. */
export function configFromContext(tryGetContext: (key: string) => unknown): IntakeConfig {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(IntakeConfigSchema.shape)) {
    const value = tryGetContext(`${CONTEXT_PREFIX}${key}`);
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = IntakeConfigSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`invalid intake settings in CDK context:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
