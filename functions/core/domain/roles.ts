import * as z from 'zod';

/** The principals of the Agency Authorization process (DOMAIN.md, "Roles"). */
export const Role = z.enum(['CSP', '3PAO', 'AGENCY', 'PMO']);
export type Role = z.infer<typeof Role>;

export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = {
  CSP: 'Cloud service provider',
  '3PAO': 'Third-party assessment organization',
  AGENCY: 'Sponsoring agency (authorizing official and reviewers)',
  PMO: 'FedRAMP program management office',
};

/** Accepts the spellings people type (`csp`, `3pao`, `agency`, `pmo`) and returns the canonical role. */
export const RoleInput = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(Role);
