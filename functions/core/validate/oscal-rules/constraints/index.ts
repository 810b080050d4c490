import type { OscalRule } from '../types.js';

import { ALLOWED_VALUE_RULES } from './allowed-values.js';
import { BACK_MATTER_RULES } from './back-matter.js';
import { COMPONENT_RULES } from './components.js';
import { CONTROL_IMPLEMENTATION_RULES, RESPONSE_POINT_RULES } from './control-implementation.js';
import { DIAGRAM_RULES } from './diagrams.js';
import { IMPORTED_PROFILE_RULES } from './imported-profile.js';
import { INVENTORY_RULES } from './inventory.js';
import { LEVERAGED_AUTHORIZATION_RULES, USER_RULES } from './leveraged-authorizations.js';
import { METADATA_RULES } from './metadata.js';
import { SYSTEM_CHARACTERISTICS_RULES } from './system-characteristics.js';

/**
 * FedRAMP's Metaschema constraints (ids frr…, fedramp-external-constraints.xml and
 * fedramp-external-allowed-values.xml), one file per topic.
 */
export const RULES: readonly OscalRule[] = [
  ...METADATA_RULES,
  ...SYSTEM_CHARACTERISTICS_RULES,
  ...DIAGRAM_RULES,
  ...IMPORTED_PROFILE_RULES,
  ...COMPONENT_RULES,
  ...INVENTORY_RULES,
  ...LEVERAGED_AUTHORIZATION_RULES,
  ...USER_RULES,
  ...CONTROL_IMPLEMENTATION_RULES,
  ...RESPONSE_POINT_RULES,
  ...BACK_MATTER_RULES,
  ...ALLOWED_VALUE_RULES,
];
