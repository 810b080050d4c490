import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

/** The invocation context the Lambda runtime would pass (a fresh request id per call); the local stack's, the bench's and the tests'. */
export function lambdaContext(functionName = 'local-function', account = '000000000000', region = 'us-east-1'): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:${account}:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 900_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
