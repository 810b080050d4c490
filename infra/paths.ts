import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (infra/ sits directly under it). */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const fromRoot = (...parts: string[]): string => join(PROJECT_ROOT, ...parts);
