import { crc32, deflateSync } from 'node:zlib';
import { Rng } from './rng.js';

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td) >>> 0);
  return Buffer.concat([len, td, crc]);
}

/**
 * A greyscale PNG that looks like a scanned cover page: paper noise, a slight grey cast, a logo block, dark
 * bars where lines of type would be, and a signature scrawl. It carries no text layer.
 */
export function scannedPagePng(seed: number, width = 420, height = 544): Buffer {
  const rng = new Rng(seed);
  const px = new Uint8Array(width * height);
  for (let i = 0; i < px.length; i++) px[i] = 226 + Math.floor(rng.next() * 14);
  const rect = (x0: number, y0: number, w: number, h: number, shade: number): void => {
    for (let y = y0; y < Math.min(height, y0 + h); y++)
      for (let x = x0; x < Math.min(width, x0 + w); x++) px[y * width + x] = Math.max(0, shade + Math.floor(rng.next() * 40) - 20);
  };
  rect(40, 40, 70, 70, 90); // logo
  let y = 150;
  rect(70, y, 280, 16, 40); // title line 1
  y += 26;
  rect(100, y, 220, 16, 40); // title line 2
  y += 50;
  for (let i = 0; i < 9; i++) {
    const w = 120 + rng.int(0, 170);
    rect(Math.floor((width - w) / 2), y, w, 6, 70);
    y += 16;
  }
  y += 40;
  for (let i = 0; i < 3; i++) {
    let x = 60;
    for (let k = 0; k < 40; k++) {
      const yy = y + Math.floor(Math.sin(k / 3) * 5);
      rect(x, yy, 4, 2, 30);
      x += 4;
    }
    rect(60, y + 12, 160, 1, 60);
    y += 50;
  }
  // scanner edge shadow
  rect(0, 0, 6, height, 120);
  const raw = Buffer.alloc((width + 1) * height);
  for (let r = 0; r < height; r++) {
    raw[r * (width + 1)] = 0;
    Buffer.from(px.buffer, r * width, width).copy(raw, r * (width + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
