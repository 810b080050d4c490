/** Where uploads land in the bucket: `uploads/<packageId>/<uploadId>` (functions/core/workflow/uploads.ts). */
export const UPLOAD_PREFIX = 'uploads/';

/** The four Lambda functions, their entry points (functions/handlers) and Powertools service names. */
export const FUNCTIONS = {
  api: { entry: 'functions/handlers/api.ts', service: 'api' },
  intake: { entry: 'functions/handlers/intake.ts', service: 'intake' },
  workflowTasks: { entry: 'functions/handlers/workflow-tasks.ts', service: 'workflow-tasks' },
  conmonScheduler: { entry: 'functions/handlers/conmon-scheduler.ts', service: 'conmon-scheduler' },
} as const;

/** The state machine definitions and the one substitution they use. */
export const STATE_MACHINES = {
  authorization: 'statemachines/authorization.asl.json',
  conmon: 'statemachines/conmon.asl.json',
} as const;
export const WORKFLOW_TASKS_SUBSTITUTION = 'WorkflowTasksFunctionArn';
