import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { TABLE } from '../../functions/adapters/dynamo/table.js';
import { partitionNeutralDefinition, partitionSubstitution } from '../asl.js';
import type { IntakeConfig } from '../config.js';
import { grantTable } from '../grants.js';
import { FUNCTIONS, STATE_MACHINES, WORKFLOW_TASKS_SUBSTITUTION } from '../layout.js';
import { PipelineFunction } from './function.js';

export interface WorkflowProps {
  config: IntakeConfig;
  dataKey: kms.IKey;
  logsKey: kms.IKey;
  table: dynamodb.ITable;
  bus: { eventBusName: string; grantPutEventsTo(grantee: iam.IGrantable): iam.Grant };
}

/**
 * `states:SendTaskSuccess` resumes a `.waitForTaskToken` task. The Service Authorization Reference lists
 * no resource type for it (the task token is the capability), so it can only be granted on `*`.
 */
export function grantResumeTasks(principal: iam.IGrantable): void {
  principal.grantPrincipal.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['states:SendTaskSuccess'], resources: ['*'] }));
}

/**
 * The authorization workflow and continuous monitoring: the workflow-tasks Lambda every Task invokes,
 * the two state machines from statemachines/*.asl.json (logging ALL to an encrypted log group, X-Ray),
 * and the monthly ConMon schedule (an EventBridge rule → conmon-scheduler, failures to a DLQ).
 */
export class Workflow extends Construct {
  readonly tasks: PipelineFunction;
  readonly authorization: sfn.StateMachine;
  readonly conmon: sfn.StateMachine;
  readonly scheduler: PipelineFunction;
  readonly schedulerDeadLetterQueue: sqs.Queue;
  readonly schedule: events.Rule;

  constructor(scope: Construct, id: string, props: WorkflowProps) {
    super(scope, id);
    const { config } = props;
    const common = { logRetentionDays: config.logRetentionDays, logLevel: config.logLevel, fips: config.fips, logsKey: props.logsKey };

    this.tasks = new PipelineFunction(this, 'TasksFunction', {
      ...FUNCTIONS.workflowTasks,
      ...common,
      description: 'fedramp-intake: the tasks of the authorization and ConMon state machines',
      memorySize: 512,
      timeout: Duration.seconds(30),
      environment: { TABLE_NAME: props.table.tableName, EVENT_BUS_NAME: props.bus.eventBusName },
    });
    // Gate waits (put, taken with a conditional delete), pending decisions, stage changes, history.
    grantTable(this.tasks, props.table, props.dataKey, { actions: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query'] });
    props.bus.grantPutEventsTo(this.tasks);
    // awaitDeliverables resumes its own wait when the gate's deliverables are already there.
    grantResumeTasks(this.tasks);

    this.authorization = this.stateMachine('Authorization', STATE_MACHINES.authorization, common);
    this.conmon = this.stateMachine('Conmon', STATE_MACHINES.conmon, common);

    this.schedulerDeadLetterQueue = new sqs.Queue(this, 'SchedulerDeadLetterQueue', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: props.dataKey,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.scheduler = new PipelineFunction(this, 'ConmonScheduler', {
      ...FUNCTIONS.conmonScheduler,
      ...common,
      description: 'fedramp-intake: starts the monthly continuous-monitoring execution of every authorized package',
      memorySize: 256,
      timeout: Duration.minutes(5),
      environment: { TABLE_NAME: props.table.tableName, EVENT_BUS_NAME: props.bus.eventBusName, CONMON_STATE_MACHINE_ARN: this.conmon.stateMachineArn },
      deadLetterQueue: this.schedulerDeadLetterQueue,
      onFailure: new SqsDestination(this.schedulerDeadLetterQueue),
      retryAttempts: 2,
    });
    // Lists packages (GSI1) and reads each one's history; starts executions. It writes nothing itself.
    grantTable(this.scheduler, props.table, props.dataKey, { actions: ['Query'], indexes: [TABLE.gsi1.indexName] });
    this.conmon.grantStartExecution(this.scheduler);
    this.schedule = new events.Rule(this, 'MonthlyConmon', {
      description: 'fedramp-intake: monthly continuous monitoring',
      schedule: events.Schedule.expression(config.conmonSchedule),
      targets: [new targets.LambdaFunction(this.scheduler, { deadLetterQueue: this.schedulerDeadLetterQueue, retryAttempts: 4, maxEventAge: Duration.hours(6) })],
    });
  }

  private stateMachine(id: string, file: string, common: { logRetentionDays: number; logsKey: kms.IKey }): sfn.StateMachine {
    const logGroup = new logs.LogGroup(this, `${id}Logs`, {
      // The vended-logs prefix keeps Step Functions from adding to the account's CloudWatch Logs resource policy.
      logGroupName: `/aws/vendedlogs/states/${Stack.of(this).stackName}-${id}`,
      retention: common.logRetentionDays as logs.RetentionDays,
      encryptionKey: common.logsKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const machine = new sfn.StateMachine(this, id, {
      stateMachineType: sfn.StateMachineType.STANDARD,
      definitionBody: partitionNeutralDefinition(file),
      definitionSubstitutions: { [WORKFLOW_TASKS_SUBSTITUTION]: this.tasks.functionArn, ...partitionSubstitution() },
      tracingEnabled: true,
      logs: { destination: logGroup, level: sfn.LogLevel.ALL, includeExecutionData: true },
    });
    // Every Task invokes the unqualified workflow-tasks function, and nothing else.
    machine.addToRolePolicy(new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.tasks.functionArn] }));
    return machine;
  }
}
