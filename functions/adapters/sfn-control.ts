import type { SFNClient} from '@aws-sdk/client-sfn';
import { SendTaskFailureCommand, SendTaskSuccessCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { WorkflowControl } from '../core/workflow/ports.js';

/** Step Functions as the workflow: executions named after packages, resumed by task tokens. */
export class StepFunctionsControl implements WorkflowControl {
  constructor(
    private readonly client: SFNClient,
    private readonly stateMachineArn: string,
  ) {}

  async startExecution(name: string, input: unknown): Promise<{ executionArn: string }> {
    const out = await this.client.send(new StartExecutionCommand({ stateMachineArn: this.stateMachineArn, name, input: JSON.stringify(input) }));
    if (!out.executionArn) throw new Error(`Step Functions did not return an execution ARN for ${name}`);
    return { executionArn: out.executionArn };
  }

  async sendTaskSuccess(taskToken: string, output: unknown): Promise<void> {
    await this.client.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }));
  }

  async sendTaskFailure(taskToken: string, error: string, cause: string): Promise<void> {
    await this.client.send(new SendTaskFailureCommand({ taskToken, error, cause: cause.slice(0, 32_000) }));
  }
}
