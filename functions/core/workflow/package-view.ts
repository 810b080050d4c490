import type { DeliverableSummary } from '../validate/types.js';
import type { PackageDeliverable } from '../validate/package.js';
import type { DeliverableRecord } from './records.js';

/** A recorded deliverable as the package-level checks see it. */
export function toPackageDeliverable(d: DeliverableRecord): PackageDeliverable {
  let summary: DeliverableSummary;
  try {
    summary = JSON.parse(d.summary) as DeliverableSummary;
  } catch {
    summary = {};
  }
  return { deliverableId: d.deliverableId, type: d.type, uploadedBy: d.uploadedBy, valid: d.status === 'VALID', version: d.version, summary, status: d.status };
}
