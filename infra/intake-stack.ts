import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { acknowledgeFindings } from './acknowledgements.js';
import type { IntakeConfig } from './config.js';
import { Alarms } from './constructs/alarms.js';
import { Api } from './constructs/api.js';
import { IntakeEvents } from './constructs/events.js';
import { Intake } from './constructs/intake.js';
import { Keys } from './constructs/keys.js';
import { Storage } from './constructs/storage.js';
import { grantResumeTasks, Workflow } from './constructs/workflow.js';

export interface IntakeStackProps extends StackProps {
  config: IntakeConfig;
  /** Acknowledge the accepted cdk-nag findings (infra/acknowledgements.ts); default true. */
  acknowledge?: boolean;
}

/**
 * The whole pipeline in one environment-agnostic stack (any account, region and partition): keys,
 * storage, events, intake, workflow, API and alarms, each its own construct.
 */
export class IntakeStack extends Stack {
  readonly keys: Keys;
  readonly storage: Storage;
  readonly events: IntakeEvents;
  readonly workflow: Workflow;
  readonly intake: Intake;
  readonly api: Api;
  readonly alarms: Alarms;

  constructor(scope: Construct, id: string, props: IntakeStackProps) {
    super(scope, id, props);
    const { config } = props;

    this.keys = new Keys(this, 'Keys');
    const { data: dataKey, ops: logsKey } = this.keys;
    this.storage = new Storage(this, 'Storage', {
      dataKey,
      uploadRetentionDays: config.uploadRetentionDays,
      objectLockMode: config.objectLockMode,
      accessLogRetentionDays: config.accessLogRetentionDays,
    });
    const { table, uploadBucket } = this.storage;
    this.events = new IntakeEvents(this, 'Events', { dataKey, archiveRetentionDays: config.eventArchiveDays });
    const bus = this.events.bus;

    this.workflow = new Workflow(this, 'Workflow', { config, dataKey, logsKey, table, bus });
    this.intake = new Intake(this, 'Intake', { config, dataKey, logsKey, uploadBucket, table, idempotencyTable: this.storage.idempotencyTable, bus });
    // A recorded deliverable that completes the gate an execution waits at resumes it.
    grantResumeTasks(this.intake.handler);
    this.api = new Api(this, 'Api', {
      config,
      dataKey,
      logsKey,
      table,
      uploadBucket,
      authorization: this.workflow.authorization,
      conmon: this.workflow.conmon,
      bus,
    });

    this.alarms = new Alarms(this, 'Alarms', {
      opsKey: logsKey,
      alarmEmail: config.alarmEmail,
      deadLetterQueues: { IntakeDeadLetterQueue: this.intake.deadLetterQueue, SchedulerDeadLetterQueue: this.workflow.schedulerDeadLetterQueue },
      intakeQueue: this.intake.queue,
      stateMachines: { Authorization: this.workflow.authorization, Conmon: this.workflow.conmon },
      functions: { Api: this.api.handler, Intake: this.intake.handler, WorkflowTasks: this.workflow.tasks, ConmonScheduler: this.workflow.scheduler },
      api: this.api.restApi,
    });

    const output = (name: string, value: string, description: string): CfnOutput => new CfnOutput(this, name, { value, description });
    output('ApiUrl', this.api.restApi.url, 'base URL of the API (SigV4, service execute-api)');
    output('UploadBucketName', uploadBucket.bucketName, 'bucket the presigned POSTs upload to');
    output('TableName', table.tableName, 'the single DynamoDB table');
    output('EventBusName', bus.eventBusName, 'bus of the fedramp.intake events');
    output('AuthorizationStateMachineArn', this.workflow.authorization.stateMachineArn, 'one execution per package');
    output('ConmonStateMachineArn', this.workflow.conmon.stateMachineArn, 'one execution per authorized package and month');
    output('AlarmTopicArn', this.alarms.topic.topicArn, 'subscribe operators here');

    if (props.acknowledge ?? true) acknowledgeFindings(this);
  }
}
