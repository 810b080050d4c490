import type { OscalRule } from '../types.js';

import { RULES as BACK_MATTER_RESOURCES } from './back-matter-resources.js';
import { RULES as COMPONENTS } from './components.js';
import { RULES as CONTROL_RESPONSES } from './control-responses.js';
import { RULES as CORE_CONTROLS } from './core-controls.js';
import { RULES as IMPLEMENTATION_STATUS } from './implementation-status.js';
import { RULES as IMPORT_PROFILE } from './import-profile.js';
import { RULES as INVENTORY_ITEMS } from './inventory-items.js';
import { RULES as POLICIES_AND_PROCEDURES } from './policies-and-procedures.js';
import { RULES as REQUIRED_ATTACHMENTS } from './required-attachments.js';
import { RULES as RESPONSIBLE_ROLES } from './responsible-roles.js';
import { RULES as USERS } from './users.js';

/**
 * SSP system implementation, control implementation and back matter: inventory items and components;
 * users and their privileges; the baseline import; implementation status and origination of each
 * control; responsible roles; by-component responses; policy and procedure documents; back-matter
 * resources and required attachments. One file per topic.
 */
export const RULES: readonly OscalRule[] = [
  ...INVENTORY_ITEMS,
  ...COMPONENTS,
  ...USERS,
  ...IMPORT_PROFILE,
  ...CORE_CONTROLS,
  ...IMPLEMENTATION_STATUS,
  ...RESPONSIBLE_ROLES,
  ...CONTROL_RESPONSES,
  ...POLICIES_AND_PROCEDURES,
  ...BACK_MATTER_RESOURCES,
  ...REQUIRED_ATTACHMENTS,
];
