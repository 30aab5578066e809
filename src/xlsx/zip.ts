import { inflateRawSync } from "node:zlib";

/**
 * A minimal reader for the entries of an .xlsx package. ExcelJS drops what we must see (the scope
 * of a defined name, a name that is a constant or a formula), so the workbook part is read raw.
 * Only stored (0) and deflated (8) entries are handled; that is all Office and LibreOffice write.
 */

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

export function isZip(buf: Buffer): boolean {
  return buf.length >= 4 && buf.readUInt32LE(0) === LOCAL_SIGNATURE;
}

export function listZipEntries(buf: Buffer): ZipEntry[] {
  // The end-of-central-directory record sits in the last 22 + up to 65535 (comment) bytes.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("bukan arsip zip yang utuh");
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new Error("direktori zip rusak");
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen).replace(/^\//, "");
    entries.push({ name, method, compressedSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export function readZipText(buf: Buffer, name: string): string | null {
  const entry = listZipEntries(buf).find((e) => e.name.toLowerCase() === name.toLowerCase());
  if (!entry) return null;
  const p = entry.localOffset;
  if (buf.readUInt32LE(p) !== LOCAL_SIGNATURE) throw new Error("entri zip rusak");
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.toString("utf8");
  if (entry.method === 8) return inflateRawSync(data).toString("utf8");
  throw new Error(`metode kompresi zip ${entry.method} tidak didukung`);
}
