// Draws the CellCRM icons (a green sheet with a header band, grid lines and a contact badge) at
// the sizes manifest.xml uses and writes them as PNGs with node's zlib only.
// Run: node scripts/make-icons.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80];
const GREEN = [33, 115, 70, 255];
const DARK = [16, 82, 48, 255];
const WHITE = [255, 255, 255, 255];
const ORANGE = [242, 153, 0, 255];
const CLEAR = [0, 0, 0, 0];

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function iconPixel(size) {
  const u = size / 16;
  const radius = 2 * u;
  return (x, y) => {
    const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
    const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
    if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) > radius) return CLEAR;
    const badge = Math.hypot(x + 0.5 - 11.5 * u, y + 0.5 - 11.5 * u);
    if (badge <= 3.6 * u) return badge <= 2.6 * u ? ORANGE : WHITE;
    if (y < 4 * u) return DARK;
    const onGrid = (v) => Math.abs(((v / u) % 4) - 0) < 0.5 / u + 0.25 || v / u >= 15.5;
    if (x >= u && x < size - u && y >= 4 * u && y < size - u && (onGrid(x) || onGrid(y))) {
      return WHITE;
    }
    return GREEN;
  };
}

for (const size of SIZES) {
  writeFileSync(`assets/icon-${size}.png`, encodePng(size, iconPixel(size)));
  console.log(`assets/icon-${size}.png`);
}
