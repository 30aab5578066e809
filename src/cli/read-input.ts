/* global NodeJS */
import { readFileSync, statSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { readFailureText, type Lang, type ReadFailure } from "../report";
import { loadXlsx, READ_LIMITS, setWholeInflater, XlsxReadError, type LoadedXlsx } from "../xlsx";
import type { PilihanSumber } from "../report";

// Small parts inflate with Node's zlib (src/xlsx/zip.ts): a part that would pass the room given
// (its declared size + 1) throws, and is refused as damaged, as with fflate.
setWholeInflater((data, max) => inflateRawSync(data, { maxOutputLength: max }));

/** Larger than any workbook of LKIP data; the reader itself stops far earlier on what it inflates. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

/**
 * The file's bytes, or why they cannot be read (a code: words by readFailureText). Synchronous:
 * the command reads one file at a time per thread, and each await of the promise API costs a trip
 * through libuv's pool (measured: a sixth of `lkip rekap`'s time was spent waiting on them).
 */
function bytesOf(path: string): Uint8Array {
  try {
    const s = statSync(path);
    if (s.isDirectory())
      throw new XlsxReadError({ kode: "TIDAK_TERBACA", berkas: path, reason: "folder" });
    if (s.size > MAX_FILE_BYTES)
      throw new XlsxReadError({
        kode: "TERLALU_BESAR",
        berkas: path,
        reason: {
          jenis: "ukuran",
          mb: Math.round(s.size / 1024 / 1024),
          batasMb: MAX_FILE_BYTES / 1024 / 1024,
        },
      });
    return readFileSync(path);
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new XlsxReadError({ kode: "TIDAK_ADA", berkas: path });
    if (code === "EISDIR")
      throw new XlsxReadError({ kode: "TIDAK_TERBACA", berkas: path, reason: "folder" });
    if (code === "EACCES" || code === "EPERM")
      throw new XlsxReadError({ kode: "TIDAK_TERBACA", berkas: path, reason: "izin" });
    if (code === "ENOTDIR")
      throw new XlsxReadError({ kode: "TIDAK_ADA", berkas: path, folderBerkas: true });
    throw new XlsxReadError({
      kode: "TIDAK_TERBACA",
      berkas: path,
      reason: "lain",
      ...(code ? { galat: code } : {}),
    });
  }
}

/**
 * Loads the input workbook; a file that cannot be read gives why (`gagal`) and its words in the
 * command's language (`pesan`), never a stack.
 */
export async function readInput(
  path: string,
  pilihan: readonly PilihanSumber[] = [],
  lang: Lang = "id"
): Promise<{ ok: true; loaded: LoadedXlsx } | { ok: false; gagal: ReadFailure; pesan: string }> {
  const failed = (gagal: ReadFailure) => ({
    ok: false as const,
    gagal,
    pesan: readFailureText(gagal, lang),
  });
  try {
    return {
      ok: true,
      loaded: await loadXlsx(bytesOf(path), path, READ_LIMITS, undefined, { pilihan }),
    };
  } catch (e) {
    if (e instanceof XlsxReadError) return failed(e.failure);
    // Never an internal error text: the reader's own failures are all XlsxReadError.
    return failed({ kode: "TIDAK_TERBACA", berkas: path, reason: "bukanBukuKerja" });
  }
}
