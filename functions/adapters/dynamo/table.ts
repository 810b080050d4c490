import {
  CreateTableCommand,
  DescribeTableCommand,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';

/**
 * The single table, as data: the CDK stack, the local start-up and the tests build it from this.
 * Key design and every access pattern: docs/access-patterns.md.
 */
export const TABLE = {
  partitionKey: 'PK',
  sortKey: 'SK',
  gsi1: {
    indexName: 'GSI1',
    partitionKey: 'GSI1PK',
    sortKey: 'GSI1SK',
  },
  /** Epoch seconds; items carrying it are deleted by DynamoDB after that time (none of the records below do: they are the audit trail). */
  ttlAttribute: 'expiresAt',
} as const;

/** The table name from env `TABLE_NAME` (set on every function by the stack, and by `npm start`). */
export function tableNameFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const name = env.TABLE_NAME?.trim();
  if (!name) throw new Error('TABLE_NAME is not set: the DynamoDB table name is required');
  return name;
}

/** CreateTable input: on-demand, string keys, GSI1 projecting every attribute (listings need no second read). */
export function tableDefinition(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: TABLE.partitionKey, AttributeType: 'S' },
      { AttributeName: TABLE.sortKey, AttributeType: 'S' },
      { AttributeName: TABLE.gsi1.partitionKey, AttributeType: 'S' },
      { AttributeName: TABLE.gsi1.sortKey, AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
    ],
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
    SSESpecification: { Enabled: true },
  };
}

/** Creates the table (local use and tests; in AWS the stack owns it), waits until ACTIVE, enables TTL. */
export async function createTable(client: DynamoDBClient, tableName: string, timeoutMs = 30_000): Promise<void> {
  await client.send(new CreateTableCommand(tableDefinition(tableName)));
  await waitUntilActive(client, tableName, timeoutMs);
  await client.send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true } }));
}

/** Creates the table unless it exists (a persistent local database keeps it across restarts). */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return;
  } catch (err) {
    if (!(err instanceof Error && err.name === 'ResourceNotFoundException')) throw err;
  }
  await createTable(client, tableName);
}

async function waitUntilActive(client: DynamoDBClient, tableName: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexesActive = (Table?.GlobalSecondaryIndexes ?? []).every((index) => index.IndexStatus === 'ACTIVE');
    if (Table?.TableStatus === 'ACTIVE' && indexesActive) return;
    if (Date.now() > deadline) throw new Error(`table ${tableName} is not ACTIVE after ${timeoutMs} ms (status ${Table?.TableStatus ?? 'unknown'})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
