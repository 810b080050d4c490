import { readFileSync } from 'node:fs';
import { App, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks, NIST80053R5Checks, ServerlessChecks } from 'cdk-nag';
import { configFromContext } from './config.js';
import { IntakeStack } from './intake-stack.js';
import { fromRoot } from './paths.js';

export const STACK_ID = 'FedRampIntake';

/** The rule packs every synth runs: a finding that is not acknowledged fails the synth. */
export const nagPacks = (app: App): (AwsSolutionsChecks | NIST80053R5Checks | ServerlessChecks)[] => [
  new AwsSolutionsChecks(app),
  new NIST80053R5Checks(app),
  new ServerlessChecks(app),
];

/** The context of cdk.json (feature flags and default settings), for apps built outside the CLI (tests). */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(fromRoot('cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
  return cdkJson.context ?? {};
}

export interface IntakeApp {
  app: App;
  stack: IntakeStack;
}

/**
 * The CDK app: one environment-agnostic stack configured from context (`intake:*`), checked by
 * cdk-nag (AwsSolutions, NIST 800-53 R5, Serverless) at synth. Tests pass their own context/outdir.
 */
export function createIntakeApp(props: AppProps = {}, options: { nag?: boolean; acknowledge?: boolean } = {}): IntakeApp {
  const app = new App(props);
  const config = configFromContext((key) => app.node.tryGetContext(key));
  const stack = new IntakeStack(app, STACK_ID, {
    config,
    acknowledge: options.acknowledge ?? true,
    description: 'fedramp-intake: serverless FedRAMP document intake (S3, SQS, Lambda, Step Functions, DynamoDB, EventBridge, API Gateway)',
  });
  if (options.nag ?? true) Validations.of(app).addPlugins(...nagPacks(app));
  return { app, stack };
}
