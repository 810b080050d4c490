import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { InvalidRequestError } from '../../core/workflow/errors.js';
import { PACKAGES_PARTITION } from './keys.js';
import type { Item } from './items.js';

/** Every item of a Query, following LastEvaluatedKey to the end (1 MB pages, and filtered pages that come back short). */
export async function queryAll(doc: DynamoDBDocumentClient, input: QueryCommandInput): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The key of a GSI1 position: what ExclusiveStartKey needs on that index. */
const Gsi1Position = z.object({
  PK: z.string().startsWith('PKG#'),
  SK: z.string(),
  GSI1PK: z.literal(PACKAGES_PARTITION),
  GSI1SK: z.string(),
});
type Gsi1Position = z.infer<typeof Gsi1Position>;

export function gsi1Position(item: Item): Gsi1Position {
  return Gsi1Position.parse(item);
}

/** Opaque cursor: the base64url JSON of the last returned item's GSI1 key. */
export function encodeCursor(position: Gsi1Position): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): Gsi1Position {
  try {
    return Gsi1Position.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new InvalidRequestError('invalid package list cursor: pass back the cursor of the previous page unchanged');
  }
}
