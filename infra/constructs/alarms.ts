import { Duration, Stack } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';

export interface AlarmsProps {
  opsKey: kms.Key;
  alarmEmail?: string | undefined;
  deadLetterQueues: Record<string, sqs.IQueue>;
  intakeQueue: sqs.IQueue;
  stateMachines: Record<string, sfn.IStateMachine>;
  functions: Record<string, lambda.IFunction>;
  api: apigw.RestApi;
}

/**
 * What operators are told about, on an encrypted SNS topic (an email subscription when configured):
 * anything in a dead-letter queue, an intake backlog, executions that failed, timed out or were
 * aborted, Lambda errors and API server errors.
 */
export class Alarms extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Topic', { displayName: 'fedramp-intake alarms', masterKey: props.opsKey, enforceSSL: true });
    if (props.alarmEmail) {
      const undelivered = new sqs.Queue(this, 'UndeliveredAlarms', {
        encryption: sqs.QueueEncryption.KMS,
        encryptionMasterKey: props.opsKey,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
      });
      props.opsKey.addToResourcePolicy(
        new iam.PolicyStatement({
          sid: 'SnsRedrivesUndeliveredAlarms',
          principals: [new iam.ServicePrincipal('sns.amazonaws.com')],
          actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          resources: ['*'],
          conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
        }),
      );
      this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail, { deadLetterQueue: undelivered }));
    }
    const action = new SnsAction(this.topic);
    const alarm = (name: string, metric: cloudwatch.IMetric, description: string, threshold = 1): void => {
      const a = new cloudwatch.Alarm(this, name, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      a.addAlarmAction(action);
      this.alarms.push(a);
    };
    const fiveMinutes = { period: Duration.minutes(5) };

    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      alarm(`${name}Depth`, queue.metricApproximateNumberOfMessagesVisible({ ...fiveMinutes, statistic: 'Maximum' }), `messages in the ${name} dead-letter queue: redrive or investigate them`);
    }
    alarm('IntakeBacklog', props.intakeQueue.metricApproximateAgeOfOldestMessage({ ...fiveMinutes, statistic: 'Maximum' }), 'an upload has waited more than 15 minutes for intake', 900);
    for (const [name, machine] of Object.entries(props.stateMachines)) {
      alarm(`${name}ExecutionsFailed`, machine.metricFailed({ ...fiveMinutes, statistic: 'Sum' }), `${name} executions failed`);
      alarm(`${name}ExecutionsTimedOut`, machine.metricTimedOut({ ...fiveMinutes, statistic: 'Sum' }), `${name} executions timed out`);
      alarm(`${name}ExecutionsAborted`, machine.metricAborted({ ...fiveMinutes, statistic: 'Sum' }), `${name} executions aborted`);
    }
    for (const [name, fn] of Object.entries(props.functions)) {
      alarm(`${name}Errors`, fn.metricErrors({ ...fiveMinutes, statistic: 'Sum' }), `${name} function errors`);
    }
    alarm('ApiServerErrors', props.api.metricServerError({ ...fiveMinutes, statistic: 'Sum' }), 'the API answered 5xx');
  }
}
