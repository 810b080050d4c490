import type { OscalModel } from './types.js';
import type { SchemaVersion } from './versions.js';

/**
 * Where scripts/compile-oscal-schemas.ts writes the ajv standalone validators (git-ignored) and
 * where validators.ts loads them from, relative to functions/core/oscal/.
 */
export const GENERATED_DIR = 'generated';

/** A generated validator stops after this many errors (it throws OscalErrorCapReached). */
export const ERROR_CAP = 1000;

export const validatorFile = (version: SchemaVersion, model: OscalModel): string => `${GENERATED_DIR}/${version}/${model}.cjs`;
