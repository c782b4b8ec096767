// Draws the toolbar icon (a page with three text lines, the lower ones struck
// through as "hidden") at every size the manifest lists. Run once; the PNGs are
// committed. Pure Node: zlib for the PNG stream, no image dependency.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x / size, y / size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const BLUE = [29, 78, 216, 255], WHITE = [255, 255, 255, 255], GREY = [147, 197, 253, 255], CLEAR = [0, 0, 0, 0];
function pixel(x, y) {
  const r = 0.18, inCorner = (cx, cy) => (x - cx) ** 2 + (y - cy) ** 2 > r * r;
  if ((x < r && y < r && inCorner(r, r)) || (x > 1 - r && y < r && inCorner(1 - r, r)) ||
      (x < r && y > 1 - r && inCorner(r, 1 - r)) || (x > 1 - r && y > 1 - r && inCorner(1 - r, 1 - r))) return CLEAR;
  const line = (top) => y >= top && y < top + 0.12 && x > 0.2 && x < 0.8;
  if (line(0.22)) return WHITE;
  if (line(0.44) || line(0.66)) return GREY;
  return BLUE;
}
mkdirSync('icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`icons/icon-${size}.png`, png(size, pixel));
