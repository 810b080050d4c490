export * from './roles.js';
export * from './deliverables.js';
export * from './stages.js';
