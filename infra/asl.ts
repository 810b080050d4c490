import { readFileSync } from 'node:fs';
import { Aws } from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { fromRoot } from './paths.js';

/** Substitution standing for the partition (`aws`, `aws-us-gov`, `aws-cn`) in the ASL's service-integration ARNs. */
export const PARTITION_SUBSTITUTION = 'Partition';

/**
 * An ASL file of statemachines/ as a definition body that works in every partition. The files name
 * their integrations `arn:aws:states:::lambda:invoke[.waitForTaskToken]` (the local runner needs
 * literal ARNs); here `arn:aws:` becomes `arn:${Partition}:`, resolved by CloudFormation like
 * `${WorkflowTasksFunctionArn}` (DefinitionSubstitutions). Any other literal ARN fails the synth.
 */
export function partitionNeutralDefinition(file: string): sfn.DefinitionBody {
  return sfn.DefinitionBody.fromString(partitionNeutralAsl(readFileSync(fromRoot(file), 'utf8'), file));
}

/** The ASL text with its Step Functions integration ARNs made partition-neutral (see above). */
export function partitionNeutralAsl(text: string, name: string): string {
  try {
    JSON.parse(text);
  } catch (err) {
    throw new Error(`${name} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const neutral = text.replaceAll('"arn:aws:states:::', `"arn:\${${PARTITION_SUBSTITUTION}}:states:::`);
  const literal = /arn:aws[a-z-]*:[^"]*/.exec(neutral);
  if (literal) throw new Error(`${name}: literal ARN '${literal[0]}' would pin the state machine to one partition`);
  return neutral;
}

export const partitionSubstitution = (): Record<string, string> => ({ [PARTITION_SUBSTITUTION]: Aws.PARTITION });
