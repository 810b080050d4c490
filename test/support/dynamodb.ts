import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTable } from '../../functions/adapters/dynamo/table.js';

import { ENDPOINT_ENV, UNAVAILABLE_ENV } from '../global-setup.js';

/** A client of the run's DynamoDB Local (fake credentials: it checks none). */
export function testDynamo(): DynamoDBClient {
  const endpoint = process.env[ENDPOINT_ENV];
  if (!endpoint) {
    const why = process.env[UNAVAILABLE_ENV];
    throw new Error(
      why
        ? `DynamoDB Local is not available in this run: ${why}`
        : `${ENDPOINT_ENV} is not set: run jest with globalSetup ./test/global-setup.ts (and globalTeardown ./test/global-teardown.ts)`,
    );
  }
  return new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 2 });
}

export interface TestTable {
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  tableName: string;
  /** Deletes the table and closes the clients. */
  drop(): Promise<void>;
}

/** A new, uniquely named table (test files share one DynamoDB Local and run in parallel). */
export async function freshTable(label = 'test'): Promise<TestTable> {
  const client = testDynamo();
  const tableName = `intake-${label.replace(/[^a-zA-Z0-9_.-]/g, '-').slice(0, 40)}-${randomUUID().slice(0, 8)}`;
  await createTable(client, tableName);
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  return {
    client,
    doc,
    tableName,
    async drop() {
      try {
        await client.send(new DeleteTableCommand({ TableName: tableName }));
      } catch (err) {
        if (!(err instanceof Error && err.name === 'ResourceNotFoundException')) throw err;
      } finally {
        client.destroy();
      }
    },
  };
}
