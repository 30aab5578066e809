import {
  readFailureText,
  readModel,
  rekapModel,
  rekapUnread,
  type Lang,
  type NaskahDibaca,
  type RekapFileResult,
} from "../report";
import { readNaskah } from "./naskah";
import { NaskahReadError } from "./naskah-error";
import { XlsxReadError, loadXlsx, type LoadedXlsx } from "./read";

/** A loaded workbook's rekap row and findings (the command reads the file, the page the drop). */
export function rekapLoaded(
  berkas: string,
  loaded: LoadedXlsx,
  lang: Lang = "id",
  naskah: NaskahDibaca | null = null
): RekapFileResult {
  return rekapModel(berkas, readModel(loaded.raw), lang, naskah);
}

/** A naskah's bytes, read (or why not) for the rekap. */
async function naskahDibaca(bytes: Uint8Array, berkas: string): Promise<NaskahDibaca> {
  try {
    return { ok: true, naskah: await readNaskah(bytes, berkas) };
  } catch (e) {
    if (e instanceof NaskahReadError) return { ok: false, berkas, masalah: e.problem };
    return { ok: false, berkas, masalah: { kode: "RUSAK", format: "docx" } };
  }
}

/**
 * The same from an .xlsx file's bytes (and its naskah's, when one was given beside it); a file
 * that cannot be read is a row with the sentence why.
 */
export async function rekapXlsx(
  berkas: string,
  bytes: Uint8Array,
  lang: Lang = "id",
  naskah: { name: string; bytes: Uint8Array } | null = null
): Promise<RekapFileResult> {
  let loaded: LoadedXlsx;
  try {
    loaded = await loadXlsx(bytes, berkas);
  } catch (e) {
    if (!(e instanceof XlsxReadError)) throw e;
    return rekapUnread(berkas, readFailureText(e.failure, lang));
  }
  const dibaca = naskah === null ? null : await naskahDibaca(naskah.bytes, naskah.name);
  return rekapLoaded(berkas, loaded, lang, dibaca);
}
