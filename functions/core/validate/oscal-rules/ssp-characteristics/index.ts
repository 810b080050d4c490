import type { OscalRule } from '../types.js';

import { RULES as CLOUD_MODELS } from './cloud-models.js';
import { RULES as DATA_CENTERS } from './data-centers.js';
import { RULES as DIAGRAMS } from './diagrams.js';
import { RULES as DIGITAL_IDENTITY } from './digital-identity.js';
import { RULES as DNS_AND_EMAIL } from './dns-and-email.js';
import { RULES as FIPS_VALIDATION } from './fips-validation.js';
import { RULES as INFORMATION_TYPES } from './information-types.js';
import { RULES as INTERCONNECTIONS } from './interconnections.js';
import { RULES as LEVERAGED_AUTHORIZATIONS } from './leveraged-authorizations.js';
import { RULES as NETWORK_PROTOCOLS } from './network-protocols.js';
import { RULES as ROLES_AND_PARTIES } from './roles-and-parties.js';
import { RULES as SECURITY_CATEGORIZATION } from './security-categorization.js';
import { RULES as SYSTEM_IDENTITY } from './system-identity.js';

/**
 * SSP metadata and system characteristics: roles, parties and data centers; system identity and FIPS
 * 199 categorization; information types; digital identity; cloud models; diagrams; leveraged
 * authorizations; FIPS 140 validations; DNS and email; interconnections. One file per topic.
 */
export const RULES: readonly OscalRule[] = [
  ...SYSTEM_IDENTITY,
  ...SECURITY_CATEGORIZATION,
  ...INFORMATION_TYPES,
  ...DIGITAL_IDENTITY,
  ...ROLES_AND_PARTIES,
  ...DATA_CENTERS,
  ...CLOUD_MODELS,
  ...DIAGRAMS,
  ...LEVERAGED_AUTHORIZATIONS,
  ...FIPS_VALIDATION,
  ...DNS_AND_EMAIL,
  ...NETWORK_PROTOCOLS,
  ...INTERCONNECTIONS,
];
