import type { DeliverableType } from '../../domain/deliverables.js';
import { SSP_ATTACHMENTS } from '../../domain/deliverables.js';
import type { DeliverableValidator } from '../types.js';
import { validateAtoLetter } from './ato-letter.js';
import { sspAttachmentValidator } from './attachment.js';
import { validateSapDocument } from './sap.js';
import { validateSarDocument } from './sar.js';
import { validateSspDocument } from './ssp.js';

export { readDocumentOutline, UnsupportedDocumentError } from './document-text.js';
export type { DocumentOutline, HeadingBlock, OutlineBlock, ParagraphBlock, TableBlock } from './document-text.js';
export { validateAtoLetter, sspAttachmentValidator, validateSapDocument, validateSarDocument, validateSspDocument };

/** Validators of the narrative (Word / PDF) form of each deliverable that has one here. */
export const DOCUMENT_VALIDATORS: Readonly<Partial<Record<DeliverableType, DeliverableValidator>>> = {
  SSP: validateSspDocument,
  SAP: validateSapDocument,
  SAR: validateSarDocument,
  ATO_LETTER: validateAtoLetter,
  ...Object.fromEntries(SSP_ATTACHMENTS.map((type) => [type, sspAttachmentValidator(type)])),
};
