import { rng } from './rng.js';

/** Deterministic RFC 4122-shaped v4 UUIDs from a seed. */
export function uuidGen(seed: number): () => string {
  const r = rng(seed);
  return () => {
    const h = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
    h[12] = '4';
    h[16] = '89ab'[Math.floor(r() * 4)] ?? '8';
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
}
