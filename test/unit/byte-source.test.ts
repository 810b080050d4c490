import { randomBytes } from 'node:crypto';
import { deflateSync, deflateRawSync } from 'node:zlib';
import { BudgetExceededError, BufferByteSource, MeteredByteSource } from '../../functions/core/bytes/byte-source.js';
import { inflateCapped } from '../../functions/core/bytes/inflate.js';

describe('MeteredByteSource', () => {
  const data = randomBytes(300_000);

  it('returns exactly the requested range across block boundaries', async () => {
    const src = new MeteredByteSource(new BufferByteSource(data), { budget: 1 << 20, blockSize: 1000 });
    const got = await src.read(999, 2502);
    expect(Buffer.from(got).equals(data.subarray(999, 3501))).toBe(true);
    expect(src.bytesRead).toBe(4000);
  });

  it('caches blocks so repeated reads cost nothing more', async () => {
    const src = new MeteredByteSource(new BufferByteSource(data), { budget: 1 << 20, blockSize: 4096 });
    await src.read(10, 100);
    await src.read(20, 50);
    expect(src.bytesRead).toBe(4096);
  });

  it('clips reads at the end of the object', async () => {
    const src = new MeteredByteSource(new BufferByteSource(data), { budget: 1 << 20, blockSize: 4096 });
    const got = await src.read(data.length - 10, 100);
    expect(got.byteLength).toBe(10);
    expect((await src.read(data.length + 5, 10)).byteLength).toBe(0);
  });

  it('refuses to fetch beyond its budget', async () => {
    const src = new MeteredByteSource(new BufferByteSource(data), { budget: 8192, blockSize: 4096 });
    await src.read(0, 8192);
    await expect(src.read(8192, 1)).rejects.toBeInstanceOf(BudgetExceededError);
    expect(src.bytesRead).toBe(8192);
  });
});

describe('inflateCapped', () => {
  it('stops a bomb at the cap', async () => {
    const bomb = deflateSync(Buffer.alloc(50 * 1024 * 1024));
    const r = await inflateCapped(bomb, { cap: 100_000 });
    expect(r.bytes.byteLength).toBe(100_000);
    expect(r.truncated).toBe(true);
  });

  it('decodes a prefix of a cut-short stream', async () => {
    const text = Buffer.from('System Security Plan '.repeat(5000));
    const z = deflateRawSync(text);
    const r = await inflateCapped(z.subarray(0, z.length >> 1), { cap: 1 << 20, raw: true });
    expect(r.bytes.byteLength).toBeGreaterThan(0);
    expect(Buffer.from(r.bytes).toString()).toBe(text.subarray(0, r.bytes.byteLength).toString());
  });

  it('reports corrupt data without throwing', async () => {
    const r = await inflateCapped(Buffer.from('definitely not zlib data'), { cap: 1000 });
    expect(r.error).toBeDefined();
  });

  it('returns a complete small stream untruncated', async () => {
    const r = await inflateCapped(deflateSync(Buffer.from('hello')), { cap: 1000 });
    expect(Buffer.from(r.bytes).toString()).toBe('hello');
    expect(r.truncated).toBe(false);
  });
});
