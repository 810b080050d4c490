import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { cdkJsonContext, createIntakeApp } from '../../infra/build-app.js';
import { CONTEXT_PREFIX, type IntakeSettings } from '../../infra/config.js';
import type { IntakeStack } from '../../infra/intake-stack.js';

export interface BuiltStack {
  app: App;
  stack: IntakeStack;
  template: Template;
}

/**
 * The stack as `cdk synth` builds it (cdk.json's feature flags and defaults), with `intake:*`
 * settings on top and bundling skipped (`aws:cdk:bundling-stacks: []`): a synth takes well under a
 * second instead of bundling four functions. cdk-nag packs are not registered here (the nag test runs
 * them itself).
 */
export function buildStack(settings: Settings = {}, options: { acknowledge?: boolean } = {}): BuiltStack {
  const { app, stack } = buildApp(settings, { nag: false, ...options });
  return { app, stack, template: Template.fromStack(stack) };
}

type Settings = Partial<Record<keyof IntakeSettings, unknown>>;

/** The app as the CLI builds it (nag packs registered unless `nag: false`), not synthesized yet; bundling skipped. */
export function buildApp(settings: Settings = {}, options: { acknowledge?: boolean; nag?: boolean } = {}): { app: App; stack: IntakeStack } {
  const context: Record<string, unknown> = { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] };
  for (const [key, value] of Object.entries(settings)) context[`${CONTEXT_PREFIX}${key}`] = value;
  return createIntakeApp({ context }, { nag: options.nag ?? true, acknowledge: options.acknowledge ?? true });
}

let shared: BuiltStack | undefined;
/** The default deployment (plus an alarm email), built once per test file. */
export function defaultStack(): BuiltStack {
  shared ??= buildStack({ alarmEmail: 'isso@agency.example.gov' });
  return shared;
}

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

export const resourcesOf = (template: Template, type: string): Resources => template.findResources(type) as Resources;

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource?: unknown;
  NotResource?: unknown;
  Condition?: Record<string, unknown>;
}

export const actionsOf = (s: Statement): string[] => (Array.isArray(s.Action) ? s.Action : [s.Action]);

/** Every statement of the IAM policies attached to a role (by the role's logical id). */
export function roleStatements(template: Template, roleLogicalId: string): Statement[] {
  const statements: Statement[] = [];
  for (const policy of Object.values(resourcesOf(template, 'AWS::IAM::Policy'))) {
    const roles = (policy.Properties?.['Roles'] ?? []) as unknown[];
    if (!roles.some((r) => JSON.stringify(r) === JSON.stringify({ Ref: roleLogicalId }))) continue;
    const doc = policy.Properties?.['PolicyDocument'] as { Statement: Statement[] };
    statements.push(...doc.Statement);
  }
  return statements;
}

/** The actions a role may perform with a given prefix (`dynamodb:`, `s3:`, …), sorted. */
export const roleActions = (template: Template, roleLogicalId: string, prefix: string): string[] =>
  [...new Set(roleStatements(template, roleLogicalId).filter((s) => s.Effect === 'Allow').flatMap(actionsOf).filter((a) => a.startsWith(prefix)))].sort();
