/**
 * Key builders of the single table (docs/access-patterns.md). Every item of a package shares the
 * partition `PKG#<packageId>`; the sort key prefix says what the item is.
 */
export const SK_PREFIX = {
  package: 'META',
  deliverable: 'DLV#',
  decision: 'DEC#',
  gateWait: 'GATE#',
  history: 'HIST#',
} as const;

/** GSI1 partition holding every package (sparse: only package items carry GSI1 keys). */
export const PACKAGES_PARTITION = 'PACKAGE';

export interface ItemKey {
  PK: string;
  SK: string;
}

export const packagePk = (packageId: string): string => `PKG#${packageId}`;

export const packageKey = (packageId: string): ItemKey => ({ PK: packagePk(packageId), SK: SK_PREFIX.package });
export const deliverableKey = (packageId: string, deliverableId: string): ItemKey => ({ PK: packagePk(packageId), SK: `${SK_PREFIX.deliverable}${deliverableId}` });
export const decisionKey = (packageId: string, kind: string): ItemKey => ({ PK: packagePk(packageId), SK: `${SK_PREFIX.decision}${kind}` });
export const gateWaitKey = (packageId: string, gate: string): ItemKey => ({ PK: packagePk(packageId), SK: `${SK_PREFIX.gateWait}${gate}` });
export const historyKey = (packageId: string, seq: string): ItemKey => ({ PK: packagePk(packageId), SK: `${SK_PREFIX.history}${seq}` });

/** An upload grant lives in its own partition (looked up by the upload id in the object key), apart from the package's. */
export const UPLOAD_GRANT_SK = 'GRANT';
export const uploadGrantKey = (uploadId: string): ItemKey => ({ PK: `UPLOAD#${uploadId}`, SK: UPLOAD_GRANT_SK });

/** GSI1 keys of a package: newest first is a descending Query on GSI1SK. */
export const packageGsi1 = (packageId: string, createdAt: string): { GSI1PK: string; GSI1SK: string } => ({
  GSI1PK: PACKAGES_PARTITION,
  GSI1SK: `${createdAt}#${packageId}`,
});
