import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { TABLE } from '../../functions/adapters/dynamo/table.js';
import { UPLOAD_PREFIX } from '../layout.js';

export interface StorageProps {
  dataKey: kms.IKey;
  uploadRetentionDays: number;
  objectLockMode: 'GOVERNANCE' | 'COMPLIANCE';
  accessLogRetentionDays: number;
}

/** Powertools idempotency table layout (DynamoDBPersistenceLayer defaults). */
export const IDEMPOTENCY_TABLE = { partitionKey: 'id', ttlAttribute: 'expiration' } as const;

/**
 * Where deliverables and package state live: the upload bucket (its server access logs in a log
 * bucket), the single table (docs/access-patterns.md) and the intake's idempotency table.
 */
export class Storage extends Construct {
  readonly logBucket: s3.Bucket;
  readonly uploadBucket: s3.Bucket;
  readonly table: dynamodb.Table;
  readonly idempotencyTable: dynamodb.Table;
  readonly backupPlan: backup.BackupPlan;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);

    // S3 server access logs can only be delivered to an SSE-S3 bucket (not SSE-KMS).
    this.logBucket = new s3.Bucket(this, 'AccessLogs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      lifecycleRules: [
        { id: 'expire-access-logs', expiration: Duration.days(props.accessLogRetentionDays), noncurrentVersionExpiration: Duration.days(30) },
        { id: 'abort-incomplete-multipart', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.uploadBucket = new s3.Bucket(this, 'Uploads', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: props.dataKey,
      bucketKeyEnabled: true,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      // Accepted deliverables are evidence: every version is write-once for the retention period.
      objectLockEnabled: true,
      objectLockDefaultRetention:
        props.objectLockMode === 'COMPLIANCE'
          ? s3.ObjectLockRetention.compliance(Duration.days(props.uploadRetentionDays))
          : s3.ObjectLockRetention.governance(Duration.days(props.uploadRetentionDays)),
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'upload-bucket/',
      lifecycleRules: [
        { id: 'abort-incomplete-multipart', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        {
          // A replaced version (the same upload key posted twice) moves to cheaper storage, and goes once its lock has expired.
          id: 'old-versions',
          noncurrentVersionTransitions: [{ storageClass: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL, transitionAfter: Duration.days(30) }],
          noncurrentVersionExpiration: Duration.days(props.uploadRetentionDays + 1),
        },
        { id: 'expired-delete-markers', expiredObjectDeleteMarker: true },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // S3 → EventBridge (default bus) without the notifications custom resource: the intake rule filters it.
    (this.uploadBucket.node.defaultChild as s3.CfnBucket).notificationConfiguration = { eventBridgeConfiguration: { eventBridgeEnabled: true } };
    // Uploads are encrypted with the bucket's key only (the presigned POST pins it; this refuses any other).
    this.uploadBucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'DenyOtherEncryption',
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: ['s3:PutObject'],
        resources: [this.uploadBucket.arnForObjects('*')],
        conditions: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' }, Null: { 's3:x-amz-server-side-encryption': 'false' } },
      }),
    );
    this.uploadBucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'DenyOtherKmsKeys',
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: ['s3:PutObject'],
        resources: [this.uploadBucket.arnForObjects('*')],
        conditions: {
          StringNotEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': props.dataKey.keyArn },
          Null: { 's3:x-amz-server-side-encryption-aws-kms-key-id': 'false' },
        },
      }),
    );
    // Objects outside the upload prefix are never created by the pipeline.
    this.uploadBucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'DenyWritesOutsideUploads',
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: ['s3:PutObject'],
        notResources: [this.uploadBucket.arnForObjects(`${UPLOAD_PREFIX}*`)],
      }),
    );

    const tableDefaults = {
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: props.dataKey,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 35 },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    } satisfies Partial<dynamodb.TableProps>;

    this.table = new dynamodb.Table(this, 'Table', {
      ...tableDefaults,
      partitionKey: { name: TABLE.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: dynamodb.AttributeType.STRING },
      timeToLiveAttribute: TABLE.ttlAttribute,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: TABLE.gsi1.indexName,
      partitionKey: { name: TABLE.gsi1.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE.gsi1.sortKey, type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.ALL,
    });

    // Beyond PITR's 35 days: daily backups kept 35 days and monthly ones kept a year, in an encrypted vault (CP-9).
    const vault = new backup.BackupVault(this, 'BackupVault', { encryptionKey: props.dataKey, removalPolicy: RemovalPolicy.RETAIN });
    this.backupPlan = new backup.BackupPlan(this, 'BackupPlan', {
      backupVault: vault,
      backupPlanRules: [backup.BackupPlanRule.daily(), backup.BackupPlanRule.monthly1Year()],
    });
    this.backupPlan.addSelection('Table', { resources: [backup.BackupResource.fromDynamoDbTable(this.table)] });

    this.idempotencyTable = new dynamodb.Table(this, 'IdempotencyTable', {
      ...tableDefaults,
      partitionKey: { name: IDEMPOTENCY_TABLE.partitionKey, type: dynamodb.AttributeType.STRING },
      timeToLiveAttribute: IDEMPOTENCY_TABLE.ttlAttribute,
      // Idempotency records are a cache of outcomes already in the main table: nothing to keep.
      deletionProtection: false,
      removalPolicy: RemovalPolicy.DESTROY,
    });
  }
}
