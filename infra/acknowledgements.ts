import { Validations, type CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { IntakeStack } from './intake-stack.js';

/**
 * Every cdk-nag finding this stack accepts, each on the construct it concerns, with the reason. One
 * entry acknowledges one finding id (a rule, or one `Rule[finding]` of a rule that reports several);
 * a finding on a construct not listed here fails the synth and the nag test.
 */
export interface Acknowledgement {
  /** Where it applies (the construct or an ancestor of the flagged resource). */
  at: (stack: IntakeStack) => IConstruct;
  id: string;
  reason: string;
}

const functions = (s: IntakeStack) => ({ api: s.api.handler, intake: s.intake.handler, tasks: s.workflow.tasks, scheduler: s.workflow.scheduler });
type FunctionName = keyof ReturnType<typeof functions>;
const ALL_FUNCTIONS: FunctionName[] = ['api', 'intake', 'tasks', 'scheduler'];
/** Functions invoked synchronously: API Gateway (api), SQS polling (intake), Step Functions (tasks). */
const SYNC_FUNCTIONS: FunctionName[] = ['api', 'intake', 'tasks'];

const policyOf = (s: IntakeStack, fn: FunctionName): IConstruct => functions(s)[fn].role!.node.findChild('DefaultPolicy');

/** Placeholder for the upload-prefix finding, whose id embeds the bucket's logical id (see uploadsResourceFinding). */
const UPLOADS_FINDING = 'AwsSolutions-IAM5[Resource::<upload bucket>/uploads/*]';

const X_RAY = 'X-Ray PutTraceSegments/PutTelemetryRecords (active tracing) support no resource-level permissions';
const RESUME = 'states:SendTaskSuccess supports no resource-level permissions (Service Authorization Reference); the task token names the one waiting task';

export const ACKNOWLEDGEMENTS: Acknowledgement[] = [
  // ---- Lambda functions
  ...ALL_FUNCTIONS.flatMap((fn): Acknowledgement[] => [
    {
      at: (s) => functions(s)[fn],
      id: 'AwsSolutions-L1',
      reason: 'Pinned to nodejs22.x: the runtime the code is built (esbuild target node22) and tested on; moving to a newer runtime is a deliberate, tested change',
    },
    { at: (s) => functions(s)[fn], id: 'Serverless-LambdaLatestVersion', reason: 'Pinned to nodejs22.x (supported LTS): the runtime the code is built and tested on' },
    {
      at: (s) => functions(s)[fn],
      id: 'NIST.800.53.R5-LambdaInsideVPC',
      reason: 'The functions reach only AWS service APIs (TLS, SigV4, IAM-scoped) and no VPC resource; a VPC would add NAT or seven interface endpoints without narrowing any data path',
    },
    {
      at: (s) => functions(s)[fn],
      id: 'NIST.800.53.R5-LambdaConcurrency',
      reason: 'Reserved concurrency fails deployment in accounts with a low concurrency quota; load is bounded instead by the SQS event source maxConcurrency, API stage throttling and WAF rate limit, and one execution per package',
    },
    {
      at: (s) => policyOf(s, fn),
      id: 'NIST.800.53.R5-IAMNoInlinePolicy',
      reason: "The policy is the function's own least-privilege grants, attached to its one role and defined in code; a managed policy would be attached to the same single role",
    },
  ]),
  ...SYNC_FUNCTIONS.flatMap((fn): Acknowledgement[] => [
    {
      at: (s) => functions(s)[fn],
      id: 'NIST.800.53.R5-LambdaDLQ',
      reason: 'Invoked synchronously only (API Gateway, SQS event source, Step Functions), where a Lambda DLQ never receives anything: failures return to the caller, the queue (redrive to its DLQ) or the execution (Retry/Catch)',
    },
    { at: (s) => functions(s)[fn], id: 'Serverless-LambdaDLQ', reason: 'Invoked synchronously only: a Lambda DLQ applies to asynchronous invocations' },
  ]),
  { at: (s) => policyOf(s, 'api'), id: 'AwsSolutions-IAM5[Resource::*]', reason: `${X_RAY}; ${RESUME} (a human decision resumes its execution)` },
  { at: (s) => policyOf(s, 'intake'), id: 'AwsSolutions-IAM5[Resource::*]', reason: `${X_RAY}; ${RESUME} (a completed gate resumes its execution)` },
  { at: (s) => policyOf(s, 'tasks'), id: 'AwsSolutions-IAM5[Resource::*]', reason: `${X_RAY}; ${RESUME} (a gate already complete resumes its own wait)` },
  { at: (s) => policyOf(s, 'scheduler'), id: 'AwsSolutions-IAM5[Resource::*]', reason: X_RAY },
  {
    at: (s) => policyOf(s, 'scheduler'),
    id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
    reason: 'CDK grant for sending failed asynchronous invocations to the KMS-encrypted scheduler DLQ (key-scoped: the data key only)',
  },
  {
    at: (s) => policyOf(s, 'scheduler'),
    id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
    reason: 'CDK grant for sending failed asynchronous invocations to the KMS-encrypted scheduler DLQ (key-scoped: the data key only)',
  },
  {
    at: (s) => policyOf(s, 'api'),
    id: UPLOADS_FINDING,
    reason: 'The presigned POST this role signs creates objects whose keys (uploads/<packageId>/<uploadId>) exist only at run time; the POST policy pins the exact key',
  },
  {
    at: (s) => policyOf(s, 'intake'),
    id: UPLOADS_FINDING,
    reason: 'Intake reads whichever uploaded object arrives, always under uploads/ (read-only: GetObject, GetObjectVersion)',
  },
  {
    at: (s) => s.intake.handler,
    id: 'Serverless-LambdaEventSourceMappingDestination',
    reason: "SQS event sources support no on-failure destination: failed records return to the queue (partial batch response) and its redrive policy moves them to the intake DLQ after 5 receives",
  },

  // ---- State machines
  ...(['authorization', 'conmon'] as const).flatMap((m): Acknowledgement[] => [
    {
      at: (s) => s.workflow[m].role.node.findChild('DefaultPolicy'),
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: `${X_RAY}; CloudWatch Logs log-delivery actions (CreateLogDelivery, PutResourcePolicy, …) required by Step Functions logging support no resource-level permissions`,
    },
    {
      at: (s) => s.workflow[m].role.node.findChild('DefaultPolicy'),
      id: 'NIST.800.53.R5-IAMNoInlinePolicy',
      reason: 'The policy holds the state machine’s own grants (invoke the workflow-tasks function, logging, X-Ray), attached to its one role and defined in code',
    },
  ]),

  // ---- Queues
  { at: (s) => s.intake.deadLetterQueue, id: 'Serverless-SQSRedrivePolicy', reason: 'This queue is the dead-letter queue (of the intake queue and its EventBridge rule); a DLQ has no DLQ of its own' },
  {
    at: (s) => s.workflow.schedulerDeadLetterQueue,
    id: 'Serverless-SQSRedrivePolicy',
    reason: 'This queue is the dead-letter queue of the conmon-scheduler function and its schedule rule; a DLQ has no DLQ of its own',
  },

  // ---- Storage
  {
    at: (s) => s.storage.logBucket,
    id: 'NIST.800.53.R5-S3DefaultEncryptionKMS',
    reason: 'S3 server access logs can only be delivered to a bucket encrypted with SSE-S3 (SSE-KMS targets are not supported)',
  },
  {
    at: (s) => s.storage.logBucket,
    id: 'NIST.800.53.R5-S3BucketReplicationEnabled',
    reason: 'Access logs stay in the region of the bucket they describe; versioning protects them, and cross-region copies are an operator choice (a second region must exist first)',
  },
  {
    at: (s) => s.storage.uploadBucket,
    id: 'NIST.800.53.R5-S3BucketReplicationEnabled',
    reason: 'Single-region deployment: every version is kept under Object Lock; cross-region replication needs a destination bucket and key in a second region, added by the operator when the contingency plan requires it',
  },
  {
    at: (s) => s.storage.idempotencyTable,
    id: 'NIST.800.53.R5-DynamoDBInBackupPlan',
    reason: 'Idempotency records are a 24-hour cache of outcomes already recorded in the main table (which is in the backup plan); they are never restored',
  },
  {
    at: (s) => s.storage.backupPlan,
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
    reason: 'AWS Backup’s own service-role policy, maintained by AWS for the backup role of the plan’s table selection',
  },

  // ---- API
  {
    at: (s) => s.api.restApi,
    id: 'AwsSolutions-COG4',
    reason: 'Every method is IAM-authorized (SigV4) by design: callers are IAM principals mapped to CSP, 3PAO, AGENCY or PMO by the ROLE_MAP setting, not Cognito users',
  },
  {
    at: (s) => s.api.restApi,
    id: 'NIST.800.53.R5-APIGWCacheEnabledAndEncrypted',
    reason: 'Responses depend on the caller and change with every decision and upload: caching would serve stale or another caller’s data',
  },
  {
    at: (s) => s.api.restApi,
    id: 'NIST.800.53.R5-APIGWSSLEnabled',
    reason: 'The backend is a Lambda proxy integration, not an HTTP endpoint: there is no backend TLS connection for a client certificate to authenticate',
  },
  {
    at: (s) => s.api.restApi,
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
    reason: 'The account-level API Gateway logging role needs AWS’s own push-to-CloudWatch-Logs policy (set intake:apiGatewayCloudWatchRole=false where the account already has one)',
  },
];

/** `Resource::<Bucket.Arn>/uploads/*` as cdk-nag names it (the bucket's logical id). */
export const uploadsResourceFinding = (stack: IntakeStack): string =>
  `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(stack.storage.uploadBucket.node.defaultChild as CfnElement)}.Arn>/uploads/*]`;

/** Alarm topic subscription DLQ (present only with an alarm email). */
const ALARM_ACKNOWLEDGEMENTS: Acknowledgement[] = [
  {
    at: (s) => s.alarms.node.findChild('UndeliveredAlarms'),
    id: 'AwsSolutions-SQS3',
    reason: 'This queue is the dead-letter queue of the alarm email subscription; a DLQ has no DLQ of its own',
  },
  {
    at: (s) => s.alarms.node.findChild('UndeliveredAlarms'),
    id: 'Serverless-SQSRedrivePolicy',
    reason: 'This queue is the dead-letter queue of the alarm email subscription; a DLQ has no DLQ of its own',
  },
];

/** The acknowledgements that apply to this stack (the alarm ones only when the alarm email is configured). */
export function acknowledgementsFor(stack: IntakeStack): Acknowledgement[] {
  const all = stack.alarms.node.tryFindChild('UndeliveredAlarms') ? [...ACKNOWLEDGEMENTS, ...ALARM_ACKNOWLEDGEMENTS] : ACKNOWLEDGEMENTS;
  return all.map((a) => (a.id === UPLOADS_FINDING ? { ...a, id: uploadsResourceFinding(stack) } : a));
}

export function acknowledgeFindings(stack: IntakeStack): void {
  for (const a of acknowledgementsFor(stack)) Validations.of(a.at(stack)).acknowledge({ id: a.id, reason: a.reason });
}
