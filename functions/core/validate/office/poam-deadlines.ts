import type { Rating } from './values.js';
import { addDays } from './values.js';

/** FedRAMP remediation time frames, in days from the original detection date. */
export const REMEDIATION_DAYS: Readonly<Record<Rating, number>> = { high: 30, moderate: 90, low: 180 };

export interface Deadline {
  due: string;
  /** What the date comes from, for messages: "High: 30 days" or "BOD 22-01 (CISA KEV) due date". */
  basis: string;
}

/** When an item must be remediated: its CISA KEV due date when it has one, else detection + 30/90/180 days. */
export function remediationDeadline(detected: string, rating: Rating, kevDue?: string): Deadline {
  if (kevDue !== undefined) return { due: kevDue, basis: 'BOD 22-01 (CISA KEV) due date' };
  const days = REMEDIATION_DAYS[rating];
  return { due: addDays(detected, days), basis: `${rating[0]!.toUpperCase()}${rating.slice(1)}: ${days} days from detection` };
}
