/**
 * Just enough image handling for the render script, without an image library: read the PPM pages
 * pdftoppm writes, crop the white margins, stack them, and encode one PNG.
 */
import { deflateSync } from "node:zlib";

export interface Rgb {
  width: number;
  height: number;
  /** 3 bytes per pixel, row by row. */
  data: Buffer;
}

export function readPpm(buf: Buffer): Rgb {
  // Header: "P6" width height maxval, separated by whitespace (comments are not written by pdftoppm).
  const tokens: string[] = [];
  let p = 0;
  while (tokens.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[p]))) p++;
    let t = "";
    while (!/\s/.test(String.fromCharCode(buf[p]))) t += String.fromCharCode(buf[p++]);
    tokens.push(t);
  }
  p++;
  if (tokens[0] !== "P6" || tokens[3] !== "255") throw new Error("hanya PPM P6 8-bit yang didukung");
  const width = Number(tokens[1]);
  const height = Number(tokens[2]);
  return { width, height, data: buf.subarray(p, p + width * height * 3) };
}

function isWhiteRow(img: Rgb, y: number): boolean {
  const row = img.data.subarray(y * img.width * 3, (y + 1) * img.width * 3);
  return row.every((b) => b > 245);
}

function isWhiteCol(img: Rgb, x: number, top: number, bottom: number): boolean {
  for (let y = top; y < bottom; y++) for (let k = 0; k < 3; k++) if (img.data[(y * img.width + x) * 3 + k] <= 245) return false;
  return true;
}

/** The page cropped to what is drawn on it (plus a margin), or null for an empty page. */
export function cropWhite(img: Rgb, margin = 12): Rgb | null {
  let top = 0;
  while (top < img.height && isWhiteRow(img, top)) top++;
  if (top === img.height) return null;
  let bottom = img.height;
  while (bottom > top && isWhiteRow(img, bottom - 1)) bottom--;
  let left = 0;
  while (left < img.width && isWhiteCol(img, left, top, bottom)) left++;
  let right = img.width;
  while (right > left && isWhiteCol(img, right - 1, top, bottom)) right--;
  top = Math.max(0, top - margin);
  bottom = Math.min(img.height, bottom + margin);
  left = Math.max(0, left - margin);
  right = Math.min(img.width, right + margin);
  const width = right - left;
  const data = Buffer.alloc(width * (bottom - top) * 3);
  for (let y = top; y < bottom; y++) img.data.copy(data, (y - top) * width * 3, (y * img.width + left) * 3, (y * img.width + right) * 3);
  return { width, height: bottom - top, data };
}

/** Pages one under the other, left-aligned on white. */
export function stack(images: Rgb[], gap = 8): Rgb {
  const width = Math.max(...images.map((i) => i.width));
  const height = images.reduce((s, i) => s + i.height, 0) + gap * (images.length - 1);
  const data = Buffer.alloc(width * height * 3, 255);
  let y0 = 0;
  for (const img of images) {
    for (let y = 0; y < img.height; y++) img.data.copy(data, ((y0 + y) * width) * 3, y * img.width * 3, (y + 1) * img.width * 3);
    y0 += img.height + gap;
  }
  return { width, height, data };
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

function chunk(type: string, body: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  const tb = Buffer.concat([Buffer.from(type, "ascii"), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(tb));
  return Buffer.concat([len, tb, crc]);
}

export function encodePng(img: Rgb): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(img.width, 0);
  ihdr.writeUInt32BE(img.height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const raw = Buffer.alloc((img.width * 3 + 1) * img.height);
  for (let y = 0; y < img.height; y++) img.data.copy(raw, y * (img.width * 3 + 1) + 1, y * img.width * 3, (y + 1) * img.width * 3);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
