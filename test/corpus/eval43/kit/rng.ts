/** Seeded pseudo-random numbers (mulberry32) so every run writes the same bytes. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, items: readonly T[]): T {
  const v = items[Math.floor(r() * items.length)];
  if (v === undefined) throw new Error('pick from empty list');
  return v;
}

export function int(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

/** yyyy-mm-dd of a fixed base date plus `days`. */
export function day(days: number, base = Date.UTC(2024, 0, 8)): string {
  return new Date(base + days * 86_400_000).toISOString().slice(0, 10);
}
