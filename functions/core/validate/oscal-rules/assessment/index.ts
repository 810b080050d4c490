import type { OscalRule } from '../types.js';

import { ASSESSMENT_ASSETS_RULES } from './assessment-assets.js';
import { ASSESSMENT_TEAM_RULES } from './assessment-team.js';
import { BACK_MATTER_RULES } from './back-matter.js';
import { IMPORT_RULES } from './imports.js';
import { POAM_ITEM_RULES } from './poam-items.js';
import { POAM_RISK_RULES } from './poam-risks.js';
import { REVIEWED_CONTROLS_RULES } from './reviewed-controls.js';
import { SAR_ATTESTATION_RULES } from './sar-attestation.js';
import { SAR_EVIDENCE_RULES } from './sar-evidence.js';
import { SAR_FINDING_RULES } from './sar-findings.js';
import { SAR_OBSERVATION_RULES } from './sar-observations.js';
import { SAR_RISK_RULES } from './sar-risks.js';
import { SAR_TIMING_RULES } from './sar-timing.js';
import { SAR_TOOL_AND_PEN_TEST_RULES } from './sar-tools-and-pen-test.js';
import { SUBJECTS_AND_TASKS_RULES } from './subjects-and-tasks.js';
import { TERMS_RULES } from './terms-and-conditions.js';

/** Rules of this family (SAP, SAR and POA&M), one file per topic. */
export const RULES: readonly OscalRule[] = [
  ...IMPORT_RULES,
  ...TERMS_RULES,
  ...BACK_MATTER_RULES,
  ...REVIEWED_CONTROLS_RULES,
  ...SUBJECTS_AND_TASKS_RULES,
  ...ASSESSMENT_TEAM_RULES,
  ...ASSESSMENT_ASSETS_RULES,
  ...POAM_ITEM_RULES,
  ...POAM_RISK_RULES,
  ...SAR_OBSERVATION_RULES,
  ...SAR_TOOL_AND_PEN_TEST_RULES,
  ...SAR_FINDING_RULES,
  ...SAR_RISK_RULES,
  ...SAR_ATTESTATION_RULES,
  ...SAR_TIMING_RULES,
  ...SAR_EVIDENCE_RULES,
];
