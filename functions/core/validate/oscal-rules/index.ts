import { RULES as ASSESSMENT } from './assessment/index.js';
import { RULES as CONSTRAINTS } from './constraints/index.js';
import { RULES as SSP_CHARACTERISTICS } from './ssp-characteristics/index.js';
import { RULES as SSP_IMPLEMENTATION } from './ssp-implementation/index.js';
import type { OscalRule } from './types.js';

/**
 * Every FedRAMP rule over the OSCAL model. Each family folder holds one file per topic, with FedRAMP's
 * own ids: Schematron assertion ids (GSA's xspec suites) and frr… Metaschema constraint ids.
 */
export const OSCAL_RULES: readonly OscalRule[] = [...SSP_CHARACTERISTICS, ...SSP_IMPLEMENTATION, ...ASSESSMENT, ...CONSTRAINTS];
