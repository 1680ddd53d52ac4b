/**
 * Draws the toolbar icon (two overlapping speech bubbles, the front one carrying a
 * check mark) at 16, 32, 48 and 128 px and writes public/icon/<size>.png.
 * No image library: pixels are shaded with 4×4 supersampling and encoded as PNG with zlib.
 * Run: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { REPO_ROOT } from './lib/data-dir.ts';

type RGBA = [number, number, number, number];
const BACK: RGBA = [127, 207, 184, 255];
const FRONT: RGBA = [31, 111, 92, 255];
const WHITE: RGBA = [255, 255, 255, 255];

/** Inside a rounded rectangle (normalised coordinates). */
function inRoundRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Inside a triangle. */
function inTriangle(x: number, y: number, [ax, ay, bx, by, cx, cy]: number[]): boolean {
  const s = (px: number, py: number, qx: number, qy: number) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = s(ax, ay, bx, by), d2 = s(bx, by, cx, cy), d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

/** Distance from a point to a segment. */
function segDist(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

/** Colour of one sample point. */
function shade(x: number, y: number): RGBA | null {
  const front = inRoundRect(x, y, 0.3, 0.3, 0.96, 0.8, 0.16) || inTriangle(x, y, [0.7, 0.76, 0.88, 0.76, 0.86, 0.97]);
  if (front) {
    const check = Math.min(segDist(x, y, 0.45, 0.55, 0.58, 0.67), segDist(x, y, 0.58, 0.67, 0.81, 0.43));
    return check < 0.055 ? WHITE : FRONT;
  }
  const back = inRoundRect(x, y, 0.04, 0.06, 0.7, 0.56, 0.16) || inTriangle(x, y, [0.12, 0.52, 0.3, 0.52, 0.1, 0.72]);
  return back ? BACK : null;
}

/** RGBA pixels of the icon at `size`. */
function draw(size: number): Buffer {
  const px = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let pxi = 0; pxi < size; pxi++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = shade((pxi + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          for (let k = 0; k < 3; k++) acc[k] += c[k];
          acc[3] += 255;
        }
      }
      const covered = acc[3] / 255;
      const o = (py * size + pxi) * 4;
      if (covered) for (let k = 0; k < 3; k++) px[o + k] = Math.round(acc[k] / covered);
      px[o + 3] = Math.round(acc[3] / (n * n));
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels as a PNG file. */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const outDir = resolve(REPO_ROOT, 'public', 'icon');
mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(resolve(outDir, `${size}.png`), encodePng(size, draw(size)));
  console.log(`wrote public/icon/${size}.png`);
}
