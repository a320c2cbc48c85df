// Draws the add-in icon (a green shield with a gold star and a white tick)
// at the sizes Office asks for, as PNG, with no image library.
// Run: node scripts/make-icons.mjs  (writes assets/icon-{16,32,64,80,128}.png)
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [24, 94, 58];
const GOLD = [247, 196, 36];
const WHITE = [255, 255, 255];

function inPolygon(x, y, points) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// Shapes in a unit square.
const shield = [];
for (let t = 0; t <= 1.0001; t += 0.05) shield.push([0.12 + 0.76 * t, 0.1 + 0.04 * Math.sin(Math.PI * t)]);
for (let t = 0; t <= 1.0001; t += 0.05) shield.push([0.88 - 0.38 * t, 0.55 + 0.4 * Math.sin((Math.PI / 2) * t)]);
for (let t = 0; t <= 1.0001; t += 0.05) shield.push([0.5 - 0.38 * t, 0.55 + 0.4 * Math.cos((Math.PI / 2) * t)]);
const star = [];
for (let k = 0; k < 10; k++) {
  const r = k % 2 === 0 ? 0.18 : 0.075;
  const a = -Math.PI / 2 + (k * Math.PI) / 5;
  star.push([0.5 + r * Math.cos(a), 0.35 + r * Math.sin(a)]);
}
const tick = [
  [0.31, 0.66],
  [0.37, 0.6],
  [0.46, 0.68],
  [0.63, 0.51],
  [0.69, 0.57],
  [0.46, 0.8],
];

function colourAt(x, y) {
  if (inPolygon(x, y, star)) return GOLD;
  if (inPolygon(x, y, tick)) return WHITE;
  if (inPolygon(x, y, shield)) return GREEN;
  return null;
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const samples = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const o = 1 + px * 4;
      if (a > 0) {
        row[o] = r / a;
        row[o + 1] = g / a;
        row[o + 2] = b / a;
      }
      row[o + 3] = Math.round((255 * a) / (samples * samples));
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6; // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png(size));
console.log(`Đã vẽ biểu tượng: ${SIZES.map((s) => `icon-${s}.png`).join(", ")}`);
