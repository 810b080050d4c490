import { levelFromSensitivity, normalizeControlId } from '../../baselines/index.js';
import { first, isObject, select, text } from '../query.js';
import type { OscalRule } from '../types.js';
import data from './core-controls.json' with { type: 'json' };
import { field, sspRule } from './helpers.js';

/**
 * FedRAMP's "core" controls (the CORE-marked controls of each Rev5 baseline profile, in
 * core-controls.json): the most important controls, which an SSP at that level must implement.
 */

const CORE = data as unknown as Record<string, string[] | undefined>;

export const RULES: readonly OscalRule[] = [
  sspRule('incomplete-core-implemented-requirements', 'error', '[Section C Check 3] A FedRAMP SSP must implement the most important controls.', function* (ctx) {
    const implementation = first(ctx.doc, 'control-implementation');
    if (!implementation || !isObject(implementation.value)) return;
    const level = levelFromSensitivity(text(first(ctx.doc, 'system-characteristics/security-sensitivity-level')));
    const core = level ? CORE[level] : undefined;
    if (!level || !core) return;
    const implemented = new Set(select(implementation, 'implemented-requirements').map((r) => normalizeControlId(field(r, 'control-id'))));
    const missing = core.filter((id) => !implemented.has(id));
    if (missing.length === 0) return;
    yield {
      message: `${missing.length} of the ${core.length} core controls of the FedRAMP ${level} baseline have no implemented requirement: ${missing.join(', ')}`,
      pointer: implementation.pointer,
    };
  }),
];
