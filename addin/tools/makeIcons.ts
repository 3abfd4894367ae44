/**
 * Draws the add-in's ribbon and manifest icons (16, 32, 64, 80 px, as Office requires) as real PNG
 * files with nothing but node:zlib: a teal rounded square with three white bars and a tick, i.e. "绩效".
 * Run `npx tsx addin/tools/makeIcons.ts` after changing the drawing; the PNGs in assets/ are committed.
 */
import { deflateSync } from 'node:zlib';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const iconSizes = [16, 32, 64, 80] as const;

type Rgba = readonly [number, number, number, number];
const teal: Rgba = [0, 120, 110, 255];
const white: Rgba = [255, 255, 255, 255];
const clear: Rgba = [0, 0, 0, 0];

/** CRC-32 (ISO-HDLC) as PNG chunks need it; node:zlib only has crc32 from Node.js 20.15. */
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
export const crc32 = (bytes: Uint8Array): number => {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

const chunk = (type: string, data: Uint8Array): Buffer => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

/** The colour of pixel (x, y) of a `size`-pixel icon. */
const pixel = (size: number, x: number, y: number): Rgba => {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  // Rounded square: corner radius 18% of the side.
  const r = 0.18;
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return clear;
  // Three rising bars (a performance chart) ...
  const bars = [
    { from: 0.2, to: 0.33, top: 0.62 },
    { from: 0.43, to: 0.56, top: 0.47 },
    { from: 0.66, to: 0.79, top: 0.3 },
  ];
  if (v <= 0.82 && bars.some((b) => u >= b.from && u <= b.to && v >= b.top)) return white;
  // ... standing on a base line.
  if (v > 0.84 && v < 0.89 && u > 0.16 && u < 0.84) return white;
  return teal;
};

/** A PNG (8-bit RGBA, no interlace) of the icon at `size` × `size` pixels. */
export const iconPng = (size: number): Buffer => {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 4);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(size, x, y), row + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
};

/** Writes assets/icon-<size>.png for every size. */
export async function writeIcons(assetsDir: string): Promise<string[]> {
  await mkdir(assetsDir, { recursive: true });
  const files: string[] = [];
  for (const size of iconSizes) {
    const file = join(assetsDir, `icon-${size}.png`);
    await writeFile(file, iconPng(size));
    files.push(file);
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  for (const file of await writeIcons(join(root, 'assets'))) console.log(file);
}
