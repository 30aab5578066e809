/* global Buffer */
import JSZip from "jszip";

/**
 * The raw parts of an .xlsx package, through JSZip. ExcelJS drops what we must see (the scope of a
 * defined name, a name that is a constant or a formula), so some parts are read as they are stored.
 */

/** Every zip starts with a local file header; an .xls or a text file does not. */
export function isZip(buf: Buffer): boolean {
  return buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50;
}

export function openPackage(buf: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(buf);
}

function partName(name: string): string {
  return name.replace(/^\//, "");
}

export function partNames(zip: JSZip): string[] {
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => partName(f.name));
}

/** A part's text, or null when there is none. Part names are compared without case, as Office does. */
export async function readPart(zip: JSZip, name: string): Promise<string | null> {
  const want = name.toLowerCase();
  const file = Object.values(zip.files).find(
    (f) => !f.dir && partName(f.name).toLowerCase() === want
  );
  return file ? file.async("string") : null;
}
