export { classifyDocument, OSCAL_MODELS, type ClassifyOptions } from './classify.js';
export { Classification } from './types.js';
export { CLASSIFY_LIMITS } from './limits.js';
