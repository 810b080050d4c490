import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { TABLE } from '../../functions/adapters/dynamo/table.js';
import type { IntakeConfig } from '../config.js';
import { grantKeyVia, grantTable } from '../grants.js';
import { FUNCTIONS, UPLOAD_PREFIX } from '../layout.js';
import { PipelineFunction } from './function.js';
import { grantResumeTasks } from './workflow.js';

export interface ApiProps {
  config: IntakeConfig;
  dataKey: kms.IKey;
  logsKey: kms.IKey;
  table: dynamodb.ITable;
  uploadBucket: s3.IBucket;
  authorization: sfn.IStateMachine;
  conmon: sfn.IStateMachine;
  bus: { eventBusName: string; grantPutEventsTo(grantee: iam.IGrantable): iam.Grant };
}

/** Request bodies as API Gateway checks them (shape only: the handler's zod schemas check the values). */
const text = { type: apigw.JsonSchemaType.STRING, minLength: 1, maxLength: 200 };
export const REQUEST_MODELS = {
  NewPackage: {
    type: apigw.JsonSchemaType.OBJECT,
    required: ['csp', 'cso', 'agency', 'impactLevel'],
    additionalProperties: false,
    properties: { csp: text, cso: text, agency: text, impactLevel: { type: apigw.JsonSchemaType.STRING, minLength: 1, maxLength: 20 } },
  },
  UploadRequest: {
    type: apigw.JsonSchemaType.OBJECT,
    required: ['fileName', 'size'],
    additionalProperties: false,
    properties: {
      fileName: { type: apigw.JsonSchemaType.STRING, minLength: 1, maxLength: 255 },
      size: { type: apigw.JsonSchemaType.INTEGER, minimum: 1 },
      contentType: { type: apigw.JsonSchemaType.STRING, minLength: 1, maxLength: 200 },
    },
  },
  Decision: {
    type: apigw.JsonSchemaType.OBJECT,
    required: ['decision'],
    additionalProperties: false,
    properties: { decision: { type: apigw.JsonSchemaType.STRING, minLength: 1, maxLength: 40 }, comment: { type: apigw.JsonSchemaType.STRING, maxLength: 2000 } },
  },
  ConmonRun: {
    type: apigw.JsonSchemaType.OBJECT,
    additionalProperties: false,
    properties: { month: { type: apigw.JsonSchemaType.STRING, pattern: '^\\d{4}-(0[1-9]|1[0-2])$' } },
  },
} satisfies Record<string, apigw.JsonSchema>;

/**
 * The REST API (regional endpoint, every method IAM-authorized, SigV4): the api Lambda behind explicit
 * routes, request validation, JSON access logs and execution logs (no request bodies), X-Ray, stage
 * throttling, and a WAF web ACL (AWS managed common and known-bad-inputs rules, a per-IP rate limit).
 * Which role a principal acts as comes from the ROLE_MAP setting, never from the request.
 */
export class Api extends Construct {
  readonly handler: PipelineFunction;
  readonly restApi: apigw.RestApi;
  readonly accessLogs: logs.LogGroup;
  readonly webAcl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const { config } = props;

    this.handler = new PipelineFunction(this, 'Function', {
      ...FUNCTIONS.api,
      description: 'fedramp-intake: packages, upload grants, status and decisions',
      memorySize: 512,
      timeout: Duration.seconds(15),
      environment: {
        TABLE_NAME: props.table.tableName,
        EVENT_BUS_NAME: props.bus.eventBusName,
        STATE_MACHINE_ARN: props.authorization.stateMachineArn,
        CONMON_STATE_MACHINE_ARN: props.conmon.stateMachineArn,
        UPLOAD_BUCKET: props.uploadBucket.bucketName,
        UPLOAD_KMS_KEY_ID: props.dataKey.keyArn,
        ROLE_MAP: config.roleMap,
      },
      logRetentionDays: config.logRetentionDays,
      logLevel: config.logLevel,
      fips: config.fips,
      logsKey: props.logsKey,
    });
    const fn = this.handler;
    // Packages (create, stage/execution updates), listings on GSI1, decisions, upload grants, history.
    grantTable(fn, props.table, props.dataKey, { actions: ['GetItem', 'PutItem', 'UpdateItem', 'Query'], indexes: [TABLE.gsi1.indexName] });
    props.bus.grantPutEventsTo(fn);
    props.authorization.grantStartExecution(fn);
    props.conmon.grantStartExecution(fn);
    grantResumeTasks(fn);
    // The presigned POST is signed by this role: the upload itself is authorized as a PutObject under uploads/, SSE-KMS with the data key.
    fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [props.uploadBucket.arnForObjects(`${UPLOAD_PREFIX}*`)] }));
    grantKeyVia(fn, this, props.dataKey, ['kms:GenerateDataKey'], ['s3']);

    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: config.logRetentionDays as logs.RetentionDays,
      encryptionKey: props.logsKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.restApi = new apigw.RestApi(this, 'RestApi', {
      description: 'fedramp-intake API (IAM authorization)',
      endpointTypes: [apigw.EndpointType.REGIONAL],
      cloudWatchRole: config.apiGatewayCloudWatchRole,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      deployOptions: {
        stageName: 'v1',
        tracingEnabled: true,
        loggingLevel: apigw.MethodLoggingLevel.INFO,
        dataTraceEnabled: false,
        metricsEnabled: true,
        throttlingRateLimit: config.apiRateLimit,
        throttlingBurstLimit: config.apiBurstLimit,
        accessLogDestination: new apigw.LogGroupLogDestination(this.accessLogs),
        accessLogFormat: apigw.AccessLogFormat.jsonWithStandardFields({
          caller: true,
          httpMethod: true,
          ip: true,
          protocol: true,
          requestTime: true,
          resourcePath: true,
          responseLength: true,
          status: true,
          user: true,
        }),
      },
      defaultMethodOptions: { authorizationType: apigw.AuthorizationType.IAM },
    });

    const validator = this.restApi.addRequestValidator('Validator', { validateRequestBody: true, validateRequestParameters: true });
    const model = (name: keyof typeof REQUEST_MODELS): apigw.Model =>
      this.restApi.addModel(name, { contentType: 'application/json', modelName: name, schema: { schema: apigw.JsonSchemaVersion.DRAFT4, title: name, ...REQUEST_MODELS[name] } });
    const integration = new apigw.LambdaIntegration(fn, { proxy: true, allowTestInvoke: false });
    const method = (resource: apigw.IResource, verb: string, body?: keyof typeof REQUEST_MODELS): void => {
      const params = resource.path.includes('{id}') ? { 'method.request.path.id': true } : undefined;
      resource.addMethod(verb, integration, {
        authorizationType: apigw.AuthorizationType.IAM,
        requestValidator: validator,
        ...(params ? { requestParameters: params } : {}),
        ...(body ? { requestModels: { 'application/json': model(body) } } : {}),
      });
    };

    const packages = this.restApi.root.addResource('packages');
    method(packages, 'GET');
    method(packages, 'POST', 'NewPackage');
    const pkg = packages.addResource('{id}');
    method(pkg, 'GET');
    method(pkg.addResource('uploads'), 'POST', 'UploadRequest');
    method(pkg.addResource('decisions'), 'POST', 'Decision');
    method(pkg.addResource('events'), 'GET');
    method(this.restApi.root.addResource('conmon').addResource('runs'), 'POST', 'ConmonRun');

    this.webAcl = this.firewall(config.wafRateLimit);
    new wafv2.CfnWebACLAssociation(this, 'WebAclAssociation', { resourceArn: this.restApi.deploymentStage.stageArn, webAclArn: this.webAcl.attrArn });
    const wafLogs = new logs.LogGroup(this, 'WafLogs', {
      // WAF delivers only to log groups whose name starts with aws-waf-logs-.
      logGroupName: `aws-waf-logs-${Stack.of(this).stackName}`,
      retention: config.logRetentionDays as logs.RetentionDays,
      encryptionKey: props.logsKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new wafv2.CfnLoggingConfiguration(this, 'WafLogging', {
      resourceArn: this.webAcl.attrArn,
      logDestinationConfigs: [Stack.of(this).formatArn({ service: 'logs', resource: 'log-group', resourceName: wafLogs.logGroupName, arnFormat: ArnFormat.COLON_RESOURCE_NAME })],
    });
  }

  private firewall(rateLimit: number): wafv2.CfnWebACL {
    const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({ cloudWatchMetricsEnabled: true, metricName, sampledRequestsEnabled: true });
    const managed = (name: string, priority: number): wafv2.CfnWebACL.RuleProperty => ({
      name,
      priority,
      overrideAction: { none: {} },
      statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
      visibilityConfig: visibility(name),
    });
    return new wafv2.CfnWebACL(this, 'WebAcl', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('fedramp-intake-api'),
      rules: [
        { name: 'RateLimitPerIp', priority: 0, action: { block: {} }, statement: { rateBasedStatement: { limit: rateLimit, aggregateKeyType: 'IP' } }, visibilityConfig: visibility('RateLimitPerIp') },
        managed('AWSManagedRulesCommonRuleSet', 1),
        managed('AWSManagedRulesKnownBadInputsRuleSet', 2),
      ],
    });
  }
}
