/**
 * Published on-demand prices, US East (N. Virginia), used by the cost benchmark. They are data, not
 * fetched at run time (the benchmark needs no network): check the source pages before relying on a
 * figure. "Checked" is when the price was read from the source; free tiers are ignored throughout.
 */
export interface Price {
  usd: number;
  per: string;
  source: string;
  checked: string;
}

export const PRICES = {
  stepFunctionsTransition: { usd: 0.025 / 1000, per: 'state transition (Standard: $0.025 per 1,000)', source: 'https://aws.amazon.com/step-functions/pricing/', checked: '2025-07' },
  dynamoWriteUnit: { usd: 0.625 / 1e6, per: 'write request unit (on-demand: $0.625 per million, since the Nov 2024 cut)', source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/', checked: '2025-07' },
  dynamoReadUnit: { usd: 0.125 / 1e6, per: 'read request unit (on-demand: $0.125 per million)', source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/', checked: '2025-07' },
  lambdaGbSecondArm: { usd: 0.0000133334, per: 'GB-second (arm64, first 6 billion GB-s)', source: 'https://aws.amazon.com/lambda/pricing/', checked: '2025-07' },
  lambdaRequest: { usd: 0.2 / 1e6, per: 'request ($0.20 per million)', source: 'https://aws.amazon.com/lambda/pricing/', checked: '2025-07' },
  s3PutClass: { usd: 0.005 / 1000, per: 'PUT/COPY/POST/LIST request (S3 Standard: $0.005 per 1,000)', source: 'https://aws.amazon.com/s3/pricing/', checked: '2025-07' },
  s3GetClass: { usd: 0.0004 / 1000, per: 'GET/HEAD and other request (S3 Standard: $0.0004 per 1,000)', source: 'https://aws.amazon.com/s3/pricing/', checked: '2025-07' },
  apiGatewayRest: { usd: 3.5 / 1e6, per: 'REST API request ($3.50 per million, first 333 million)', source: 'https://aws.amazon.com/api-gateway/pricing/', checked: '2025-07' },
  kmsRequest: { usd: 0.03 / 10_000, per: 'KMS API request ($0.03 per 10,000)', source: 'https://aws.amazon.com/kms/pricing/', checked: '2025-07' },
  kmsKeyMonth: { usd: 1, per: 'customer managed key per month', source: 'https://aws.amazon.com/kms/pricing/', checked: '2025-07' },
  eventBridgeEvent: { usd: 1 / 1e6, per: 'custom event published ($1.00 per million, 64 KB chunks)', source: 'https://aws.amazon.com/eventbridge/pricing/', checked: '2025-07' },
  sqsRequest: { usd: 0.4 / 1e6, per: 'SQS standard request ($0.40 per million)', source: 'https://aws.amazon.com/sqs/pricing/', checked: '2025-07' },
} as const satisfies Record<string, Price>;
