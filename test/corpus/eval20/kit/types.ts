import type { DeliverableType } from '../../../../functions/core/domain/deliverables.js';

export interface DocDef {
  file: string;
  expected: DeliverableType;
  note: string;
  make: () => Promise<Buffer | string>;
}

/** A fixed instant (UTC) for document metadata and zip entries. */
export const at = (iso: string): Date => new Date(iso.length === 10 ? `${iso}T14:30:00Z` : iso);
/** ISO timestamp for core properties. */
export const w3c = (iso: string): string => at(iso).toISOString().replace('.000Z', 'Z');
