/** Seeded randomness and fixed clocks: the corpus is the same bytes on every run. */

/** mulberry32: a tiny, well-known 32-bit PRNG. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;

export function pick<T>(r: Rand, items: readonly T[]): T {
  const item = items[Math.floor(r() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function int(r: Rand, min: number, max: number): number {
  return min + Math.floor(r() * (max - min + 1));
}

/** A deterministic RFC 4122 v4-shaped UUID drawn from `r`. */
export function uuid(r: Rand): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** The instant every Office/PDF/zip timestamp in the corpus uses. */
export const FIXED_DATE = new Date(Date.UTC(2025, 2, 14, 9, 30, 0));

/** An ISO date `days` after 2025-03-14 (negative for before). */
export function isoDay(days: number): string {
  return new Date(FIXED_DATE.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
