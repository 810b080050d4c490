import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/**
 * A failed condition. With `ReturnValuesOnConditionCheckFailure: 'ALL_OLD'`, DynamoDB returns the item
 * as it was (marshalled): `item` is undefined when there was none, which tells "absent" from "changed"
 * atomically, without a second read.
 */
export interface ConditionFailure {
  item: Record<string, AttributeValue> | undefined;
}

/** The failure of a conditional write, or undefined for any other error (those propagate). */
export function conditionFailure(err: unknown): ConditionFailure | undefined {
  if (!(err instanceof Error) || err.name !== 'ConditionalCheckFailedException') return undefined;
  const item = (err as Error & { Item?: Record<string, AttributeValue> }).Item;
  return { item };
}

/** A string attribute of a marshalled item. */
export function stringAttr(item: Record<string, AttributeValue> | undefined, name: string): string | undefined {
  const value = item?.[name];
  return value && 'S' in value ? value.S : undefined;
}

/** A number attribute of a marshalled item. */
export function numberAttr(item: Record<string, AttributeValue> | undefined, name: string): number | undefined {
  const value = item?.[name];
  return value && 'N' in value && value.N !== undefined ? Number(value.N) : undefined;
}
