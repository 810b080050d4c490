import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SFNClient } from '@aws-sdk/client-sfn';
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { DynamoPackageRepository } from '../adapters/dynamo/package-repository.js';
import { tableNameFromEnv } from '../adapters/dynamo/table.js';
import { EventBridgePublisher } from '../adapters/eventbridge-publisher.js';
import { StepFunctionsControl } from '../adapters/sfn-control.js';
import type { WorkflowDeps } from '../core/workflow/context.js';
import type { Clock, WorkflowControl } from '../core/workflow/ports.js';

/**
 * What every Lambda of the pipeline is built from, read from its environment once per cold start.
 *
 * | variable | used by | |
 * |---|---|---|
 * | `TABLE_NAME` | all | the single table (required) |
 * | `EVENT_BUS_NAME` | all | bus of the integration events (required) |
 * | `STATE_MACHINE_ARN` | api | the authorization state machine (creating a package starts it) |
 * | `CONMON_STATE_MACHINE_ARN` | conmon-scheduler, api | the continuous-monitoring state machine (the monthly schedule, the PMO's manual run) |
 * | `UPLOAD_BUCKET` | api | bucket the presigned POSTs target |
 * | `UPLOAD_KMS_KEY_ID` | api | optional: KMS key every upload must be encrypted with (in the POST policy) |
 * | `ROLE_MAP` | api | JSON `{ "<principal ARN or glob>": "CSP" \| "3PAO" \| "AGENCY" \| "PMO" }` |
 * | `IDEMPOTENCY_TABLE_NAME` | intake | optional: Powertools idempotency table (key `id`, TTL `expiration`) |
 *
 * The AWS SDK itself honours `AWS_REGION`, `AWS_USE_FIPS_ENDPOINT=true` (FIPS endpoints: set it in
 * GovCloud / FedRAMP deployments) and `AWS_ENDPOINT_URL` / `AWS_ENDPOINT_URL_<SERVICE>` (emulators):
 * nothing here overrides them. Powertools reads `POWERTOOLS_SERVICE_NAME`, `POWERTOOLS_LOG_LEVEL`,
 * `POWERTOOLS_METRICS_NAMESPACE`, `POWERTOOLS_METRICS_DISABLED`, `POWERTOOLS_TRACE_ENABLED`.
 */
export interface RuntimeConfig {
  tableName: string;
  eventBusName: string;
  stateMachineArn?: string;
  conmonStateMachineArn?: string;
  uploadBucket?: string;
  uploadKmsKeyId?: string;
  roleMap?: string;
  idempotencyTableName?: string;
}

const optional = (env: NodeJS.ProcessEnv, name: string): string | undefined => env[name]?.trim() || undefined;

/** A setting a function cannot run without: fails the cold start with the variable's name. */
export function required<T>(value: T | undefined, name: string): T {
  if (!value) throw new Error(`${name} is not set: this function cannot run without it`);
  return value;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const config: RuntimeConfig = {
    tableName: tableNameFromEnv(env),
    eventBusName: required(optional(env, 'EVENT_BUS_NAME'), 'EVENT_BUS_NAME'),
  };
  const settings = {
    stateMachineArn: 'STATE_MACHINE_ARN',
    conmonStateMachineArn: 'CONMON_STATE_MACHINE_ARN',
    uploadBucket: 'UPLOAD_BUCKET',
    uploadKmsKeyId: 'UPLOAD_KMS_KEY_ID',
    roleMap: 'ROLE_MAP',
    idempotencyTableName: 'IDEMPOTENCY_TABLE_NAME',
  } as const;
  for (const [field, name] of Object.entries(settings) as [keyof typeof settings, string][]) {
    const value = optional(env, name);
    if (value) config[field] = value;
  }
  return config;
}

/** Powertools logger, tracer and metrics of one function. */
export interface Observability {
  logger: Logger;
  tracer: Tracer;
  metrics: Metrics;
}

export const METRICS_NAMESPACE = 'FedRampIntake';

/** Logger, tracer (a no-op outside Lambda) and metrics named after the function's service. */
export function observability(serviceName: string, env: NodeJS.ProcessEnv = process.env): Observability {
  return {
    logger: new Logger({ serviceName }),
    tracer: new Tracer({ serviceName }),
    metrics: new Metrics({ namespace: optional(env, 'POWERTOOLS_METRICS_NAMESPACE') ?? METRICS_NAMESPACE, serviceName }),
  };
}

/** The Lambda shape every factory returns (a middy handler is one). */
export type LambdaHandler<E, R> = (event: E, context: Context) => Promise<R>;

/** Wraps a handler in middy with the Powertools middlewares: X-Ray segment, Lambda context in every log line, metrics flushed at the end. */
export function withPowertools<E, R>(handler: LambdaHandler<E, R>, obs: Observability): LambdaHandler<E, R> {
  return middy(handler)
    .use(captureLambdaHandler(obs.tracer, { captureResponse: false }))
    .use(injectLambdaContext(obs.logger, { resetKeys: true }))
    .use(logMetrics(obs.metrics, { captureColdStartMetric: true }));
}

export interface Runtime {
  config: RuntimeConfig;
  obs: Observability;
  deps: WorkflowDeps;
  dynamo: DynamoDBClient;
  /** Starts continuous-monitoring executions, when CONMON_STATE_MACHINE_ARN is set. */
  conmon?: WorkflowControl;
}

const systemClock: Clock = { now: () => new Date() };

/** Step Functions control; a function without STATE_MACHINE_ARN can still resume task tokens. */
function workflowControl(sfn: SFNClient, stateMachineArn: string | undefined): WorkflowControl {
  const control = new StepFunctionsControl(sfn, stateMachineArn ?? '');
  if (stateMachineArn) return control;
  return {
    startExecution: () => Promise.reject(new Error('STATE_MACHINE_ARN is not set: this function cannot start executions')),
    sendTaskSuccess: (token, output) => control.sendTaskSuccess(token, output),
    sendTaskFailure: (token, error, cause) => control.sendTaskFailure(token, error, cause),
  };
}

/** Builds the clients and the workflow ports from the environment (the SDK clients traced by X-Ray). */
export function createRuntime(serviceName: string, env: NodeJS.ProcessEnv = process.env): Runtime {
  const config = configFromEnv(env);
  const obs = observability(serviceName, env);
  const dynamo = obs.tracer.captureAWSv3Client(new DynamoDBClient({}));
  const sfn = obs.tracer.captureAWSv3Client(new SFNClient({}));
  const eventBridge = obs.tracer.captureAWSv3Client(new EventBridgeClient({}));
  const deps: WorkflowDeps = {
    repo: DynamoPackageRepository.fromClient(dynamo, config.tableName, systemClock),
    workflow: workflowControl(sfn, config.stateMachineArn),
    events: new EventBridgePublisher(eventBridge, config.eventBusName),
    clock: systemClock,
  };
  return { config, obs, deps, dynamo, ...(config.conmonStateMachineArn ? { conmon: new StepFunctionsControl(sfn, config.conmonStateMachineArn) } : {}) };
}

const runtimes = new Map<string, Runtime>();

/** One runtime per service and execution environment (cold start), reused by every invocation. */
export function runtimeFor(serviceName: string): Runtime {
  let runtime = runtimes.get(serviceName);
  if (!runtime) {
    runtime = createRuntime(serviceName);
    runtimes.set(serviceName, runtime);
  }
  return runtime;
}

/**
 * A handler built on its first invocation: importing a handler module (tests, the local runtime)
 * never reads the environment; a misconfigured function fails its first invocation with the reason.
 */
export function lazyHandler<E, R>(build: () => LambdaHandler<E, R>): LambdaHandler<E, R> {
  let built: LambdaHandler<E, R> | undefined;
  return async (event, context) => {
    built ??= build();
    return built(event, context);
  };
}
