import * as z from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/**
 * One thing a reviewer would raise about a deliverable. `ruleId` is FedRAMP's own id where a rule
 * matches one of GSA's (a Schematron assertion id, or an `frr…` constraint id), else a project id
 * such as `oscal-schema-required` or `poam-overdue`. `location` is a JSON pointer (RFC 6901) for OSCAL
 * ('' is the whole document), `Sheet!A12` for workbooks, `page N` for PDFs, or a part or heading name.
 */
export const Finding = z.object({
  ruleId: z.string(),
  severity: Severity,
  message: z.string(),
  location: z.string(),
});
export type Finding = z.infer<typeof Finding>;

export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === 'error');
