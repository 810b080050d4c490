import type { OscalRule } from '../types.js';

/** Rules of this family (filled topic by topic, one file per topic). */
export const RULES: readonly OscalRule[] = [];
