/**
 * Draws the add-in's icons (a rising bar chart on the Dinas blue) into assets/icon-{size}.png.
 * Run: npx tsx test/tools/make-icons.ts.
 */
import { writeFileSync } from "node:fs";
import { PNG } from "pngjs";

function png(
  size: number,
  pixel: (x: number, y: number) => [number, number, number, number]
): Buffer {
  const img = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) img.data.set(pixel(x, y), (y * size + x) * 4);
  // No row filter and zlib's default deflate: smaller than pngjs's defaults for these flat squares.
  return PNG.sync.write(img, { filterType: 0, deflateLevel: 6, deflateStrategy: 0 });
}

function icon(size: number): Buffer {
  const blue: [number, number, number, number] = [0x0f, 0x6c, 0xbd, 255];
  const white: [number, number, number, number] = [255, 255, 255, 255];
  const clear: [number, number, number, number] = [0, 0, 0, 0];
  const r = size * 0.18;
  const bars = [0.35, 0.6, 0.85]; // rising heights: capaian going up
  return png(size, (x, y) => {
    const cx = Math.min(x, size - 1 - x);
    const cy = Math.min(y, size - 1 - y);
    if (cx < r && cy < r && (r - cx) ** 2 + (r - cy) ** 2 > r * r) return clear;
    const u = x / size;
    const v = 1 - y / size;
    for (let i = 0; i < 3; i++) {
      const left = 0.17 + i * 0.24;
      if (u >= left && u < left + 0.18 && v >= 0.15 && v < 0.15 + bars[i] * 0.7) return white;
    }
    return blue;
  });
}

for (const size of [16, 32, 64, 80, 128]) writeFileSync(`assets/icon-${size}.png`, icon(size));
