import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { IntakeConfig } from '../config.js';
import { grantKeyVia, grantTable, KEY_READ } from '../grants.js';
import { FUNCTIONS, UPLOAD_PREFIX } from '../layout.js';
import { PipelineFunction } from './function.js';

export interface IntakeProps {
  config: IntakeConfig;
  dataKey: kms.IKey;
  logsKey: kms.IKey;
  uploadBucket: s3.IBucket;
  table: dynamodb.ITable;
  idempotencyTable: dynamodb.ITable;
  bus: { eventBusName: string; grantPutEventsTo(grantee: iam.IGrantable): iam.Grant };
}

/** Where the OSCAL validators are generated (`npm run compile:oscal-schemas`) and where the bundle looks for them. */
const GENERATED_VALIDATORS = 'functions/core/oscal/generated';

/**
 * The ajv standalone validators are loaded lazily by path (`./generated/<version>/<model>.cjs` next to
 * the bundle), so esbuild cannot see them: each is bundled on its own (it requires ajv-formats) and
 * minified into the asset, beside index.mjs.
 */
export function validatorBundlingCommands(inputDir: string, outputDir: string): string[] {
  const source = `${inputDir}/${GENERATED_VALIDATORS}`;
  const esbuild = `${inputDir}/node_modules/.bin/esbuild`;
  return [
    `test -f "${source}/manifest.json" || { echo "OSCAL validators missing in ${source}: run npm run compile:oscal-schemas" >&2; exit 1; }`,
    `"${esbuild}" "${source}"/*/*.cjs --bundle --platform=node --target=node22 --format=cjs --minify --log-level=warning --outbase="${source}" --outdir="${outputDir}/generated" --out-extension:.js=.cjs`,
  ];
}

/**
 * Object created in the upload bucket → EventBridge (default bus) → queue (with a DLQ) → the intake
 * Lambda, which classifies, validates and records each deliverable, reporting partial batch failures.
 */
export class Intake extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;
  readonly handler: PipelineFunction;
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: IntakeProps) {
    super(scope, id);
    const { config } = props;
    const timeout = Duration.minutes(5);

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: props.dataKey,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.queue = new sqs.Queue(this, 'Queue', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: props.dataKey,
      dataKeyReuse: Duration.hours(1),
      enforceSSL: true,
      // AWS guidance: at least six times the function timeout.
      visibilityTimeout: Duration.seconds(timeout.toSeconds() * 6),
      retentionPeriod: Duration.days(14),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: 5 },
    });

    this.rule = new events.Rule(this, 'ObjectCreated', {
      description: 'upload bucket object created under uploads/ → intake queue',
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        detail: { bucket: { name: [props.uploadBucket.bucketName] }, object: { key: [{ prefix: UPLOAD_PREFIX }] } },
      },
      targets: [new targets.SqsQueue(this.queue, { deadLetterQueue: this.deadLetterQueue, retryAttempts: 185, maxEventAge: Duration.hours(24) })],
    });

    this.handler = new PipelineFunction(this, 'Function', {
      ...FUNCTIONS.intake,
      description: 'fedramp-intake: classify, validate and record uploaded deliverables',
      memorySize: 1024,
      timeout,
      environment: {
        TABLE_NAME: props.table.tableName,
        EVENT_BUS_NAME: props.bus.eventBusName,
        UPLOAD_BUCKET: props.uploadBucket.bucketName,
        IDEMPOTENCY_TABLE_NAME: props.idempotencyTable.tableName,
      },
      logRetentionDays: config.logRetentionDays,
      logLevel: config.logLevel,
      fips: config.fips,
      logsKey: props.logsKey,
      afterBundling: validatorBundlingCommands,
    });
    this.handler.addEventSource(
      new SqsEventSource(this.queue, { batchSize: 4, reportBatchItemFailures: true, maxConcurrency: config.intakeMaxConcurrency }),
    );

    // HEAD and ranged GETs of one version of an uploaded object, decrypted through S3.
    this.handler.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['s3:GetObject', 's3:GetObjectVersion'], resources: [props.uploadBucket.arnForObjects(`${UPLOAD_PREFIX}*`)] }),
    );
    grantKeyVia(this.handler, this, props.dataKey, KEY_READ, ['s3']);
    // Grants, packages, deliverables, gate waits (taken with a conditional delete), history.
    grantTable(this.handler, props.table, props.dataKey, { actions: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query'] });
    // Powertools idempotency records.
    grantTable(this.handler, props.idempotencyTable, props.dataKey, { actions: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem'] });
    props.bus.grantPutEventsTo(this.handler);
    // Resuming a gate wait (SendTaskSuccess) is granted by the workflow, which owns the state machines.
  }
}
