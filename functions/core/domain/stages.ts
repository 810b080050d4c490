import * as z from 'zod';

/** The stages of one authorization package (DOMAIN.md, "Stages"). */
export const Stage = z.enum([
  'PARTNERSHIP',
  'ASSESSMENT',
  'AUTHORIZATION',
  'AUTHORIZED',
  'DENIED',
  'CONTINUOUS_MONITORING',
]);
export type Stage = z.infer<typeof Stage>;

export const ImpactLevel = z.enum(['LOW', 'MODERATE', 'HIGH', 'LI-SAAS']);
export type ImpactLevel = z.infer<typeof ImpactLevel>;

/** Accepts `low|moderate|high|li-saas` in any case. */
export const ImpactLevelInput = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(ImpactLevel);

export const Decision = z.enum(['approve', 'reject', 'request-testing', 'return', 'authorize', 'deny']);
export type Decision = z.infer<typeof Decision>;
