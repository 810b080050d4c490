import JSZip from 'jszip';

/** Fixed instant stamped into every document and zip entry of this corpus. */
export const FIXED_DATE = new Date('2025-03-14T15:30:00Z');

/** Small seeded PRNG (mulberry32) so every run draws the same values. */
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
  const item = items[Math.floor(r() * items.length)];
  if (item === undefined) throw new Error('pick from empty list');
  return item;
}

/**
 * Re-zips an Office package with fixed entry timestamps, and rewrites the core-properties dates
 * (the libraries stamp "now") to `coreDate` — or removes them when `coreDate` is null.
 */
export async function rezip(data: Buffer | Uint8Array, coreDate: string | null = FIXED_DATE.toISOString().replace(/\.\d+Z$/, 'Z')): Promise<Buffer> {
  const src = await JSZip.loadAsync(data);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n]?.dir);
  for (const name of names) {
    const entry = src.file(name);
    if (!entry) continue;
    let bytes: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      let xml = Buffer.from(bytes).toString('utf8');
      xml = xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, (_m, open: string, _k: string, close: string) =>
        coreDate === null ? '' : `${open}${coreDate}${close}`,
      );
      bytes = xml;
    }
    out.file(name, bytes, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
