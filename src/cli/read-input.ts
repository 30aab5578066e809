/* global NodeJS */
import { readFile, stat } from "node:fs/promises";
import { loadXlsx, READ_LIMITS, XlsxReadError, type LoadedXlsx } from "../xlsx";
import type { PilihanSumber } from "../report";

/** Larger than any workbook of LKIP data; the reader itself stops far earlier on what it inflates. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** The file's bytes, or the Indonesian sentence why they cannot be read. */
async function bytesOf(path: string): Promise<Uint8Array> {
  try {
    const s = await stat(path);
    if (s.isDirectory())
      throw new XlsxReadError("TIDAK_TERBACA", `${path} adalah folder, bukan berkas .xlsx.`);
    if (s.size > MAX_FILE_BYTES)
      throw new XlsxReadError(
        "TERLALU_BESAR",
        `berkas terlalu besar: ${path} berukuran ${Math.round(s.size / 1024 / 1024)} MB (batasnya ${MAX_FILE_BYTES / 1024 / 1024} MB). Simpan data LKIP dalam buku kerja tersendiri yang lebih kecil.`
      );
    return await readFile(path);
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw new XlsxReadError(
        "TIDAK_ADA",
        `Berkas tidak ditemukan: ${path}. Periksa nama dan foldernya.`
      );
    if (code === "EISDIR")
      throw new XlsxReadError("TIDAK_TERBACA", `${path} adalah folder, bukan berkas .xlsx.`);
    if (code === "EACCES" || code === "EPERM")
      throw new XlsxReadError(
        "TIDAK_TERBACA",
        `Berkas ${path} tidak boleh dibaca (izin akses ditolak).`
      );
    if (code === "ENOTDIR")
      throw new XlsxReadError(
        "TIDAK_ADA",
        `Berkas tidak ditemukan: ${path} (salah satu foldernya ternyata berkas).`
      );
    throw new XlsxReadError(
      "TIDAK_TERBACA",
      `Berkas ${path} tidak dapat dibaca${code ? ` (${code})` : ""}.`
    );
  }
}

/** Loads the input workbook; a file that cannot be read gives the Indonesian message, never a stack. */
export async function readInput(
  path: string,
  pilihan: readonly PilihanSumber[] = []
): Promise<{ ok: true; loaded: LoadedXlsx } | { ok: false; pesan: string }> {
  try {
    return {
      ok: true,
      loaded: await loadXlsx(await bytesOf(path), path, READ_LIMITS, undefined, { pilihan }),
    };
  } catch (e) {
    if (e instanceof XlsxReadError) return { ok: false, pesan: e.message };
    // Never an internal error text: the reader's own failures are all XlsxReadError.
    return {
      ok: false,
      pesan: `${path} tidak dapat dibaca sebagai buku kerja Excel. Buka berkas itu di Excel lalu simpan ulang sebagai "Excel Workbook (*.xlsx)".`,
    };
  }
}
