/**
 * Entry point of the CDK app (`cdk.json`: `npx tsx infra/app.ts`). `npx cdk synth` needs no AWS
 * credentials and no network: the stack is environment-agnostic and the functions bundle locally.
 */
import { createIntakeApp } from './build-app.js';

createIntakeApp().app.synth();
