import { RemovalPolicy, type Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { METRICS_NAMESPACE } from '../../functions/handlers/runtime.js';
import { fromRoot, PROJECT_ROOT } from '../paths.js';

/**
 * Defines a CommonJS `require` in the ESM bundle: bundled CommonJS dependencies (and the OSCAL
 * validator loader, which requires the generated validators by path) call it.
 */
export const ESM_REQUIRE_BANNER = "import { createRequire as __intakeCreateRequire } from 'node:module'; const require = __intakeCreateRequire(import.meta.url);";

export interface PipelineFunctionProps {
  /** Entry point under functions/handlers. */
  entry: string;
  /** POWERTOOLS_SERVICE_NAME. */
  service: string;
  description: string;
  memorySize: number;
  timeout: Duration;
  environment: Record<string, string>;
  logRetentionDays: number;
  logLevel: string;
  fips: boolean;
  logsKey: kms.IKey;
  /** Shell commands run after esbuild, in the bundle's output directory (see NodejsFunction command hooks). */
  afterBundling?: (inputDir: string, outputDir: string) => string[];
  deadLetterQueue?: nodejs.NodejsFunctionProps['deadLetterQueue'];
  onFailure?: lambda.IDestination;
  retryAttempts?: number;
}

/**
 * One Lambda of the pipeline: esbuild bundle (no Docker) as a minified ESM `index.mjs` for Node 22 on
 * arm64, X-Ray active tracing, Powertools environment, a KMS-encrypted log group with a retention, and
 * a role of its own that may write to that log group and nothing else until grants are added.
 */
export class PipelineFunction extends nodejs.NodejsFunction {
  readonly logs: logs.LogGroup;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    const logGroup = new logs.LogGroup(scope, `${id}Logs`, {
      retention: props.logRetentionDays as logs.RetentionDays,
      encryptionKey: props.logsKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // A role without the AWS managed AWSLambdaBasicExecutionRole: logs go to this function's group only.
    const role = new iam.Role(scope, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `fedramp-intake ${props.service} function`,
    });
    logGroup.grantWrite(role);

    super(scope, id, {
      entry: fromRoot(props.entry),
      handler: 'handler',
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      tracing: lambda.Tracing.ACTIVE,
      role,
      logGroup,
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: fromRoot('package-lock.json'),
      environment: {
        ...props.environment,
        POWERTOOLS_SERVICE_NAME: props.service,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        POWERTOOLS_LOG_LEVEL: props.logLevel,
        ...(props.fips ? { AWS_USE_FIPS_ENDPOINT: 'true' } : {}),
      },
      ...(props.deadLetterQueue ? { deadLetterQueue: props.deadLetterQueue } : {}),
      ...(props.onFailure ? { onFailure: props.onFailure } : {}),
      ...(props.retryAttempts !== undefined ? { retryAttempts: props.retryAttempts } : {}),
      bundling: {
        format: nodejs.OutputFormat.ESM,
        target: 'node22',
        platform: 'node',
        mainFields: ['module', 'main'],
        minify: true,
        sourceMap: false,
        // The pinned SDK is bundled (tested with these versions), not the runtime's.
        externalModules: [],
        banner: ESM_REQUIRE_BANNER,
        logLevel: nodejs.LogLevel.WARNING,
        ...(props.afterBundling
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                afterBundling: props.afterBundling,
              },
            }
          : {}),
      },
    });
    this.logs = logGroup;
  }
}
