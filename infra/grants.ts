import { Stack } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type { IConstruct } from 'constructs';

/**
 * Explicit, least-privilege grants: the actions a handler's code really sends (read from the handler
 * and its adapters), on the resources it sends them to, never `*` actions. KMS use is limited to the
 * AWS service that encrypts with the key (`kms:ViaService`).
 */

/** DynamoDB operations the repository adapter sends (functions/adapters/dynamo/package-repository.ts). */
export type TableAction = 'GetItem' | 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'Query';

const WRITES: readonly TableAction[] = ['PutItem', 'UpdateItem', 'DeleteItem'];

export const KEY_READ = ['kms:Decrypt', 'kms:DescribeKey'];
export const KEY_WRITE = ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey'];

/** Lets a principal use a key only through the given services (e.g. `dynamodb`, `s3`) of this region. */
export function grantKeyVia(principal: iam.IGrantable, scope: IConstruct, key: kms.IKey, actions: string[], services: string[]): void {
  const stack = Stack.of(scope);
  principal.grantPrincipal.addToPrincipalPolicy(
    new iam.PolicyStatement({
      actions,
      resources: [key.keyArn],
      conditions: { StringEquals: { 'kms:ViaService': services.map((s) => `${s}.${stack.region}.${stack.urlSuffix}`) } },
    }),
  );
}

export interface TableGrant {
  actions: readonly TableAction[];
  /** Indexes queried (Query on an index needs the index ARN). */
  indexes?: readonly string[];
}

export function grantTable(principal: iam.IGrantable, table: dynamodb.ITable, key: kms.IKey, grant: TableGrant): void {
  const resources = [table.tableArn];
  for (const index of grant.indexes ?? []) resources.push(`${table.tableArn}/index/${index}`);
  principal.grantPrincipal.addToPrincipalPolicy(new iam.PolicyStatement({ actions: grant.actions.map((a) => `dynamodb:${a}`), resources }));
  const writes = grant.actions.some((a) => WRITES.includes(a));
  grantKeyVia(principal, table, key, writes ? KEY_WRITE : KEY_READ, ['dynamodb']);
}
