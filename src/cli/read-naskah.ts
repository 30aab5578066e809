/* global NodeJS */
import { readFile, stat } from "node:fs/promises";
import type { MasalahNaskah, Naskah } from "../report";
import { NASKAH_LIMITS, NaskahReadError, readNaskah } from "../xlsx";

/** The naskah's paragraphs, or why it cannot be read (a code for the catalogue's sentence). */
export async function readNaskahFile(
  path: string
): Promise<{ ok: true; naskah: Naskah } | { ok: false; masalah: MasalahNaskah }> {
  try {
    const s = await stat(path);
    if (s.size > NASKAH_LIMITS.fileBytes)
      return {
        ok: false,
        masalah: {
          kode: "TERLALU_BESAR",
          batas: "ukuran",
          nilai: Math.round(NASKAH_LIMITS.fileBytes / 1024 / 1024),
        },
      };
    return { ok: true, naskah: await readNaskah(await readFile(path), path) };
  } catch (e) {
    if (e instanceof NaskahReadError) return { ok: false, masalah: e.problem };
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== undefined) return { ok: false, masalah: { kode: "TIDAK_ADA" } };
    return { ok: false, masalah: { kode: "RUSAK", format: "docx" } };
  }
}
