/**
 * The security properties of the CDK stack, asserted on the synthesized template (bundling skipped):
 * encryption with customer-managed keys, TLS-only and private buckets, Object Lock, PITR and TTL,
 * least-privilege grants per function, logging and tracing, IAM authorization, alarms, and no literal
 * partition anywhere.
 */
import { readFileSync } from 'node:fs';
import { Match } from 'aws-cdk-lib/assertions';
import { TABLE } from '../../functions/adapters/dynamo/table.js';
import { METRICS_NAMESPACE } from '../../functions/handlers/runtime.js';
import { partitionNeutralAsl } from '../../infra/asl.js';
import { fromRoot } from '../../infra/paths.js';
import { actionsOf, buildStack, defaultStack, resourcesOf, roleActions, roleStatements, type Statement } from './stack-fixture.js';

const { stack, template } = defaultStack();
const logicalId = (construct: { node: { defaultChild?: unknown } }): string => stack.getLogicalId(construct.node.defaultChild as never);
const getAtt = (construct: { node: { defaultChild?: unknown } }, attribute = 'Arn') => ({ 'Fn::GetAtt': [logicalId(construct), attribute] });
const ref = (construct: { node: { defaultChild?: unknown } }) => ({ Ref: logicalId(construct) });
const roleOf = (fn: { role?: { node: { defaultChild?: unknown } } }): string => logicalId(fn.role!);
const dataKeyArn = () => getAtt(stack.keys.data);
const opsKeyArn = () => getAtt(stack.keys.ops);

describe('keys', () => {
  test('two customer-managed keys, both rotating and retained', () => {
    const keys = resourcesOf(template, 'AWS::KMS::Key');
    expect(Object.keys(keys)).toHaveLength(2);
    for (const key of Object.values(keys)) expect(key.Properties).toMatchObject({ EnableKeyRotation: true });
    template.allResources('AWS::KMS::Key', { DeletionPolicy: 'Retain' });
  });

  test('CloudWatch Logs may use the ops key only for this account and region', () => {
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: { 'Fn::Join': ['', ['logs.', { Ref: 'AWS::Region' }, '.amazonaws.com']] } },
            Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': Match.anyValue() } },
          }),
        ]),
      },
    });
  });
});

describe('upload bucket', () => {
  const bucket = () => template.toJSON().Resources[logicalId(stack.storage.uploadBucket)];

  test('encrypted with the data key (bucket key on), versioned, private, logged to the log bucket', () => {
    expect(bucket().Properties).toMatchObject({
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: dataKeyArn() }, BucketKeyEnabled: true }] },
      VersioningConfiguration: { Status: 'Enabled' },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      LoggingConfiguration: { DestinationBucketName: ref(stack.storage.logBucket), LogFilePrefix: 'upload-bucket/' },
    });
    expect(bucket().DeletionPolicy).toBe('Retain');
  });

  test('Object Lock keeps every version for the configured retention and mode', () => {
    expect(bucket().Properties).toMatchObject({ ObjectLockEnabled: true, ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 2557 } } } });
    const compliance = buildStack({ objectLockMode: 'COMPLIANCE', uploadRetentionDays: '3650' });
    const locked = compliance.template.toJSON().Resources[compliance.stack.getLogicalId(compliance.stack.storage.uploadBucket.node.defaultChild as never)];
    expect(locked.Properties.ObjectLockConfiguration.Rule.DefaultRetention).toEqual({ Mode: 'COMPLIANCE', Days: 3650 });
  });

  test('lifecycle aborts incomplete multipart uploads and ages out old versions only after their lock', () => {
    const rules = bucket().Properties.LifecycleConfiguration.Rules as Record<string, unknown>[];
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' }),
        expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 2558 }, Status: 'Enabled' }),
      ]),
    );
    // No rule ever expires current versions: accepted deliverables stay.
    expect(rules.some((r) => 'ExpirationInDays' in r)).toBe(false);
  });

  test('notifies EventBridge directly: no notifications custom resource (and no Lambda besides the four)', () => {
    expect(bucket().Properties.NotificationConfiguration).toEqual({ EventBridgeConfiguration: { EventBridgeEnabled: true } });
    template.resourceCountIs('Custom::S3BucketNotifications', 0);
    template.resourceCountIs('AWS::Lambda::Function', 4);
  });

  test('the bucket policy refuses plain HTTP, TLS below 1.2, other encryption and writes outside uploads/', () => {
    const policy = Object.values(resourcesOf(template, 'AWS::S3::BucketPolicy')).find((p) => JSON.stringify(p.Properties?.['Bucket']) === JSON.stringify(ref(stack.storage.uploadBucket)));
    const statements = (policy?.Properties?.['PolicyDocument'] as { Statement: Statement[] }).Statement;
    const denies = statements.filter((s) => s.Effect === 'Deny');
    expect(denies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        expect.objectContaining({ Action: 's3:*', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
        expect.objectContaining({ Action: 's3:PutObject', Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': dataKeyArn() }, Null: { 's3:x-amz-server-side-encryption-aws-kms-key-id': 'false' } } }),
        expect.objectContaining({ Action: 's3:PutObject', Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' }, Null: { 's3:x-amz-server-side-encryption': 'false' } } }),
        expect.objectContaining({ Action: 's3:PutObject', NotResource: { 'Fn::Join': ['', [getAtt(stack.storage.uploadBucket), '/uploads/*']] } }),
      ]),
    );
    expect(statements.some((s) => s.Effect === 'Allow' && JSON.stringify(s).includes('"*"') && !JSON.stringify(s).includes('logging.s3'))).toBe(false);
  });

  test('the access-log bucket is private, TLS-only, versioned and expires logs', () => {
    const logBucket = template.toJSON().Resources[logicalId(stack.storage.logBucket)];
    expect(logBucket.Properties).toMatchObject({
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      VersioningConfiguration: { Status: 'Enabled' },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
    expect(logBucket.Properties.LifecycleConfiguration.Rules).toEqual(expect.arrayContaining([expect.objectContaining({ ExpirationInDays: 2557 })]));
  });
});

describe('tables', () => {
  test('the single table: keys and GSI1 from the adapter, KMS with the data key, PITR, TTL, deletion protection, backups', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: dataKeyArn() },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 35 },
      TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
      DeletionProtectionEnabled: true,
      GlobalSecondaryIndexes: [
        {
          IndexName: TABLE.gsi1.indexName,
          KeySchema: [
            { AttributeName: TABLE.gsi1.partitionKey, KeyType: 'HASH' },
            { AttributeName: TABLE.gsi1.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    });
    template.hasResourceProperties('AWS::Backup::BackupSelection', {
      BackupSelection: { Resources: Match.arrayWith([getAtt(stack.storage.table)]) },
    });
    template.hasResourceProperties('AWS::Backup::BackupVault', { EncryptionKeyArn: dataKeyArn() });
  });

  test('the idempotency table: Powertools layout, TTL on expiration, encrypted, PITR', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      TimeToLiveSpecification: { AttributeName: 'expiration', Enabled: true },
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: dataKeyArn() },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });
});

describe('functions', () => {
  const functions = () => resourcesOf(template, 'AWS::Lambda::Function');

  test('every function: nodejs22.x on arm64, ESM bundle handler, X-Ray, Powertools environment, encrypted log group with retention', () => {
    const logGroups = resourcesOf(template, 'AWS::Logs::LogGroup');
    for (const fn of Object.values(functions())) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        Environment: { Variables: expect.objectContaining({ POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE, POWERTOOLS_LOG_LEVEL: 'INFO', TABLE_NAME: ref(stack.storage.table) }) },
      });
      expect(fn.Properties?.['MemorySize']).toEqual(expect.any(Number));
      expect((fn.Properties?.['Environment'] as { Variables: Record<string, unknown> }).Variables).not.toHaveProperty('AWS_USE_FIPS_ENDPOINT');
      const groupId = ((fn.Properties?.['LoggingConfig'] as { LogGroup: { Ref: string } }).LogGroup).Ref;
      expect(logGroups[groupId]?.Properties).toEqual(expect.objectContaining({ RetentionInDays: 365, KmsKeyId: opsKeyArn() }));
    }
    const services = Object.values(functions()).map((f) => (f.Properties?.['Environment'] as { Variables: Record<string, string> }).Variables['POWERTOOLS_SERVICE_NAME']);
    expect(services.sort()).toEqual(['api', 'conmon-scheduler', 'intake', 'workflow-tasks']);
  });

  test('no function role carries an AWS managed policy; each writes only to its own log group', () => {
    for (const fn of [stack.api.handler, stack.intake.handler, stack.workflow.tasks, stack.workflow.scheduler]) {
      const role = template.toJSON().Resources[roleOf(fn)];
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
      const logs = roleStatements(template, roleOf(fn)).filter((s) => actionsOf(s).some((a) => a.startsWith('logs:')));
      expect(logs).toEqual([expect.objectContaining({ Resource: getAtt(fn.logs) })]);
    }
  });

  test('FIPS endpoints and the log settings come from configuration', () => {
    const fips = buildStack({ fips: 'true', logRetentionDays: 731, logLevel: 'WARN' });
    for (const fn of Object.values(resourcesOf(fips.template, 'AWS::Lambda::Function'))) {
      expect((fn.Properties?.['Environment'] as { Variables: Record<string, string> }).Variables).toMatchObject({ AWS_USE_FIPS_ENDPOINT: 'true', POWERTOOLS_LOG_LEVEL: 'WARN' });
    }
    fips.template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 731 });
  });

  test('the API function gets the role map from configuration, validated by the parser it uses at run time', () => {
    const map = { 'arn:aws-us-gov:iam::123456789012:role/csp-*': 'csp', 'arn:aws-us-gov:iam::123456789012:role/pmo': 'PMO' };
    const configured = buildStack({ roleMap: map });
    configured.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: 'api', ROLE_MAP: JSON.stringify(map) }) },
    });
    expect(() => buildStack({ roleMap: { 'role/csp': 'CSP' } })).toThrow(/principal ARN/);
    expect(() => buildStack({ roleMap: { 'arn:aws:iam::123456789012:role/x': 'AUDITOR' } })).toThrow(/CSP \| 3PAO \| AGENCY \| PMO/);
    expect(() => buildStack({ logRetentionDays: 42 })).toThrow(/logRetentionDays/);
    // Default: an empty map, so every caller is refused until principals are mapped.
    template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: 'api', ROLE_MAP: '{}' }) } });
  });
});

describe('least privilege', () => {
  test('DynamoDB: each function may send exactly the operations its code sends', () => {
    expect(roleActions(template, roleOf(stack.api.handler), 'dynamodb:')).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem']);
    expect(roleActions(template, roleOf(stack.workflow.tasks), 'dynamodb:')).toEqual(['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem']);
    expect(roleActions(template, roleOf(stack.intake.handler), 'dynamodb:')).toEqual(['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem']);
    expect(roleActions(template, roleOf(stack.workflow.scheduler), 'dynamodb:')).toEqual(['dynamodb:Query']);
    // Only the listers may query GSI1.
    const gsi = { 'Fn::Join': ['', [getAtt(stack.storage.table), `/index/${TABLE.gsi1.indexName}`]] };
    const queriesIndex = (fn: typeof stack.api.handler) => roleStatements(template, roleOf(fn)).some((s) => JSON.stringify(s.Resource).includes(JSON.stringify(gsi)));
    expect([stack.api.handler, stack.intake.handler, stack.workflow.tasks, stack.workflow.scheduler].map(queriesIndex)).toEqual([true, false, false, true]);
  });

  test('S3: the API may only create objects under uploads/ (presigned POST), intake only read them', () => {
    const uploads = { 'Fn::Join': ['', [getAtt(stack.storage.uploadBucket), '/uploads/*']] };
    const s3 = (fn: typeof stack.api.handler) => roleStatements(template, roleOf(fn)).filter((s) => actionsOf(s).some((a) => a.startsWith('s3:')));
    expect(s3(stack.api.handler)).toEqual([expect.objectContaining({ Action: 's3:PutObject', Resource: uploads })]);
    expect(s3(stack.intake.handler)).toEqual([expect.objectContaining({ Action: ['s3:GetObject', 's3:GetObjectVersion'], Resource: uploads })]);
    expect(s3(stack.workflow.tasks)).toEqual([]);
    expect(s3(stack.workflow.scheduler)).toEqual([]);
  });

  test('KMS use goes through the service that encrypts (kms:ViaService)', () => {
    const viaS3 = roleStatements(template, roleOf(stack.api.handler)).find((s) => actionsOf(s).includes('kms:GenerateDataKey') && JSON.stringify(s.Condition).includes('s3.'));
    expect(viaS3).toMatchObject({ Resource: dataKeyArn(), Condition: { StringEquals: { 'kms:ViaService': [{ 'Fn::Join': ['', ['s3.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }]] }] } } });
    const intakeKms = roleStatements(template, roleOf(stack.intake.handler)).filter((s) => actionsOf(s).some((a) => a.startsWith('kms:')) && s.Condition);
    expect(intakeKms.map((s) => JSON.stringify(s.Condition))).toEqual(expect.arrayContaining([expect.stringContaining('"s3."'), expect.stringContaining('"dynamodb."')]));
  });

  test('Step Functions: who starts which executions and who resumes tasks', () => {
    const startTargets = (fn: typeof stack.api.handler) =>
      roleStatements(template, roleOf(fn))
        .filter((s) => actionsOf(s).includes('states:StartExecution'))
        .flatMap((s) => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]));
    expect(startTargets(stack.api.handler)).toEqual([ref(stack.workflow.authorization), ref(stack.workflow.conmon)]);
    expect(startTargets(stack.workflow.scheduler)).toEqual([ref(stack.workflow.conmon)]);
    expect(startTargets(stack.intake.handler)).toEqual([]);
    expect(startTargets(stack.workflow.tasks)).toEqual([]);
    for (const fn of [stack.api.handler, stack.intake.handler, stack.workflow.tasks]) expect(roleActions(template, roleOf(fn), 'states:Send')).toEqual(['states:SendTaskSuccess']);
    expect(roleActions(template, roleOf(stack.workflow.scheduler), 'states:Send')).toEqual([]);
  });

  test('EventBridge: every publisher may put events on the intake bus only; the scheduler publishes nothing', () => {
    for (const fn of [stack.api.handler, stack.intake.handler, stack.workflow.tasks]) {
      const puts = roleStatements(template, roleOf(fn)).filter((s) => actionsOf(s).includes('events:PutEvents'));
      expect(puts).toEqual([expect.objectContaining({ Resource: getAtt(stack.events.bus) })]);
    }
    expect(roleActions(template, roleOf(stack.workflow.scheduler), 'events:')).toEqual([]);
  });

  test('no policy in the stack grants a service-wide action (`*`, `s3:*`, `dynamodb:*`, …)', () => {
    for (const policy of Object.values(resourcesOf(template, 'AWS::IAM::Policy'))) {
      for (const s of (policy.Properties?.['PolicyDocument'] as { Statement: Statement[] }).Statement) {
        for (const action of actionsOf(s)) expect(action).not.toMatch(/^(\*|[a-z0-9-]+:\*)$/);
      }
    }
  });
});

describe('intake path', () => {
  test('object created under uploads/ → EventBridge rule → encrypted queue with a DLQ (rule and queue)', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { source: ['aws.s3'], 'detail-type': ['Object Created'], detail: { bucket: { name: [ref(stack.storage.uploadBucket)] }, object: { key: [{ prefix: 'uploads/' }] } } },
      Targets: [Match.objectLike({ Arn: getAtt(stack.intake.queue), DeadLetterConfig: { Arn: getAtt(stack.intake.deadLetterQueue) } })],
    });
    template.hasResourceProperties('AWS::SQS::Queue', {
      KmsMasterKeyId: dataKeyArn(),
      RedrivePolicy: { deadLetterTargetArn: getAtt(stack.intake.deadLetterQueue), maxReceiveCount: 5 },
    });
    for (const queue of Object.values(resourcesOf(template, 'AWS::SQS::Queue'))) expect(queue.Properties?.['KmsMasterKeyId']).toBeDefined();
  });

  test('the intake function reports partial batch failures, bounded concurrency, visibility ≥ 6 × timeout', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: getAtt(stack.intake.queue),
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 10 },
    });
    const timeout = (template.toJSON().Resources[logicalId(stack.intake.handler)].Properties.Timeout as number);
    const queue = template.toJSON().Resources[logicalId(stack.intake.queue)];
    expect(queue.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * timeout);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: 'intake', UPLOAD_BUCKET: ref(stack.storage.uploadBucket), IDEMPOTENCY_TABLE_NAME: ref(stack.storage.idempotencyTable) }) },
    });
  });

  test('the API signs uploads for the bucket and pins its KMS key', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: 'api', UPLOAD_BUCKET: ref(stack.storage.uploadBucket), UPLOAD_KMS_KEY_ID: dataKeyArn(), STATE_MACHINE_ARN: ref(stack.workflow.authorization) }) },
    });
  });
});

describe('workflow', () => {
  const machines = () => resourcesOf(template, 'AWS::StepFunctions::StateMachine');

  test('both state machines: the ASL files with substitutions, logging ALL to encrypted log groups, X-Ray', () => {
    expect(Object.keys(machines())).toHaveLength(2);
    const logGroups = resourcesOf(template, 'AWS::Logs::LogGroup');
    for (const machine of Object.values(machines())) {
      expect(machine.Properties).toMatchObject({
        StateMachineType: 'STANDARD',
        TracingConfiguration: { Enabled: true },
        LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: true },
        DefinitionSubstitutions: { WorkflowTasksFunctionArn: getAtt(stack.workflow.tasks), Partition: { Ref: 'AWS::Partition' } },
      });
      const destination = (machine.Properties?.['LoggingConfiguration'] as { Destinations: { CloudWatchLogsLogGroup: { LogGroupArn: { 'Fn::GetAtt': [string, string] } } }[] }).Destinations[0]!;
      const group = logGroups[destination.CloudWatchLogsLogGroup.LogGroupArn['Fn::GetAtt'][0]];
      expect(group?.Properties).toMatchObject({ KmsKeyId: opsKeyArn(), RetentionInDays: 365 });
    }
  });

  test('the definitions are the files, with only the partition of the integration ARNs made a substitution', () => {
    for (const [machine, file] of [
      [stack.workflow.authorization, 'statemachines/authorization.asl.json'],
      [stack.workflow.conmon, 'statemachines/conmon.asl.json'],
    ] as const) {
      const definition = template.toJSON().Resources[logicalId(machine)].Properties.DefinitionString as string;
      const original = readFileSync(fromRoot(file), 'utf8');
      expect(definition).toBe(partitionNeutralAsl(original, file));
      expect(JSON.parse(definition).States).toEqual(JSON.parse(original.replaceAll('arn:aws:states', 'arn:${Partition}:states')).States);
      expect(definition).not.toContain('arn:aws:');
      expect(definition).toContain('${WorkflowTasksFunctionArn}');
    }
    expect(() => partitionNeutralAsl('{"States":{"A":{"Resource":"arn:aws:lambda:us-east-1:1:function:x"}}}', 'x.asl.json')).toThrow(/literal ARN/);
  });

  test('state machine roles may invoke the workflow-tasks function, unqualified, and no other', () => {
    for (const machine of [stack.workflow.authorization, stack.workflow.conmon]) {
      const invokes = roleStatements(template, logicalId(machine.role)).filter((s) => actionsOf(s).some((a) => a.startsWith('lambda:')));
      expect(invokes).toEqual([expect.objectContaining({ Action: 'lambda:InvokeFunction', Resource: getAtt(stack.workflow.tasks) })]);
    }
  });

  test('the monthly ConMon schedule invokes the scheduler, whose failures land in a DLQ', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 6 1 * ? *)',
      Targets: [Match.objectLike({ Arn: getAtt(stack.workflow.scheduler), DeadLetterConfig: { Arn: getAtt(stack.workflow.schedulerDeadLetterQueue) } })],
    });
    const scheduler = template.toJSON().Resources[logicalId(stack.workflow.scheduler)];
    expect(scheduler.Properties.DeadLetterConfig).toEqual({ TargetArn: getAtt(stack.workflow.schedulerDeadLetterQueue) });
    expect(scheduler.Properties.Environment.Variables.CONMON_STATE_MACHINE_ARN).toEqual(ref(stack.workflow.conmon));
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: ref(stack.workflow.scheduler),
      DestinationConfig: { OnFailure: { Destination: getAtt(stack.workflow.schedulerDeadLetterQueue) } },
    });
  });
});

describe('API', () => {
  test('every method is IAM-authorized and validated; routes as documented', () => {
    const methods = Object.values(resourcesOf(template, 'AWS::ApiGateway::Method'));
    expect(methods).toHaveLength(7);
    for (const m of methods) expect(m.Properties).toMatchObject({ AuthorizationType: 'AWS_IAM', RequestValidatorId: { Ref: expect.stringMatching(/Validator/) } });
    template.hasResourceProperties('AWS::ApiGateway::RequestValidator', { ValidateRequestBody: true, ValidateRequestParameters: true });
    const paths = Object.values(resourcesOf(template, 'AWS::ApiGateway::Resource')).map((r) => r.Properties?.['PathPart']);
    expect(paths.sort()).toEqual(['conmon', 'decisions', 'events', 'packages', 'runs', 'uploads', '{id}']);
    template.hasResourceProperties('AWS::ApiGateway::RestApi', { EndpointConfiguration: { Types: ['REGIONAL'] } });
  });

  test('the stage: X-Ray, execution logs without bodies, JSON access logs to an encrypted group, throttling', () => {
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      TracingEnabled: true,
      MethodSettings: [Match.objectLike({ LoggingLevel: 'INFO', DataTraceEnabled: false, ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100, MetricsEnabled: true })],
      AccessLogSetting: { Format: Match.stringLikeRegexp('"requestId"') },
    });
    const stage = Object.values(resourcesOf(template, 'AWS::ApiGateway::Stage'))[0]!;
    expect(JSON.stringify((stage.Properties?.['AccessLogSetting'] as { DestinationArn: unknown }).DestinationArn)).toContain(logicalId(stack.api.accessLogs));
    template.hasResourceProperties('AWS::Logs::LogGroup', { KmsKeyId: opsKeyArn(), LogGroupName: Match.absent() as never });
  });

  test('a WAF web ACL with managed rules and a per-IP rate limit guards the stage, and logs', () => {
    template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'REGIONAL',
      Rules: Match.arrayWith([
        Match.objectLike({ Statement: { RateBasedStatement: { Limit: 1000, AggregateKeyType: 'IP' } }, Action: { Block: {} } }),
        Match.objectLike({ Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } } }),
      ]),
    });
    template.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
    template.resourceCountIs('AWS::WAFv2::LoggingConfiguration', 1);
  });
});

describe('events and alarms', () => {
  test('the bus is encrypted and archived for replay', () => {
    template.hasResourceProperties('AWS::Events::EventBus', { KmsKeyIdentifier: dataKeyArn() });
    template.hasResourceProperties('AWS::Events::Archive', { EventPattern: { source: ['fedramp.intake'] }, RetentionDays: 365, KmsKeyIdentifier: dataKeyArn() });
  });

  test('alarms on DLQ depth, failed/timed-out/aborted executions and Lambda errors go to the encrypted topic', () => {
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: opsKeyArn() });
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'isso@agency.example.gov', RedrivePolicy: Match.anyValue() });
    const alarms = Object.values(resourcesOf(template, 'AWS::CloudWatch::Alarm')).map((a) => a.Properties!);
    for (const a of alarms) expect(a['AlarmActions']).toEqual([ref(stack.alarms.topic)]);
    const metrics = alarms.map((a) => `${a['Namespace']}:${a['MetricName']}`);
    expect(metrics.filter((m) => m === 'AWS/SQS:ApproximateNumberOfMessagesVisible')).toHaveLength(2);
    for (const m of ['ExecutionsFailed', 'ExecutionsTimedOut', 'ExecutionsAborted']) expect(metrics.filter((x) => x === `AWS/States:${m}`)).toHaveLength(2);
    expect(metrics.filter((m) => m === 'AWS/Lambda:Errors')).toHaveLength(4);
  });

  test('without an alarm email there is no subscription (and no undelivered-alarms queue)', () => {
    const quiet = buildStack();
    quiet.template.resourceCountIs('AWS::SNS::Subscription', 0);
    expect(quiet.stack.alarms.node.tryFindChild('UndeliveredAlarms')).toBeUndefined();
  });
});

describe('partition', () => {
  test('no literal partition anywhere in the template (GovCloud, China)', () => {
    const text = JSON.stringify(template.toJSON());
    expect(text).not.toMatch(/arn:aws(-[a-z-]+)?:/);
    expect(text).toContain('"Ref":"AWS::Partition"');
  });
});
