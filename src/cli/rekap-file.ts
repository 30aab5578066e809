import { rekapUnread, type Lang, type RekapFileResult } from "../report";
import { rekapLoaded } from "../xlsx";
import { readInput } from "./read-input";
import { readNaskahFile } from "./read-naskah";

export type { RekapFileResult } from "../report";

/** One file of a rekap: the workbook and, when it has one, its naskah beside it. */
export interface RekapTask {
  /** The path to read. */
  path: string;
  /** The name shown in the rekap (relative to the folder given, or as given). */
  berkas: string;
  naskah: string | null;
  /** The language of the sentences the row carries (the command's). */
  lang: Lang;
}

/**
 * Reads, computes and checks one file exactly as `lkip tabel` and `lkip periksa` do (it runs in a
 * worker thread): a file that cannot be read is a row with the sentence why, never a throw.
 */
export async function rekapFile(task: RekapTask): Promise<RekapFileResult> {
  const read = await readInput(task.path, [], task.lang);
  if (!read.ok) return rekapUnread(task.berkas, read.pesan);
  if (task.naskah === null) return rekapLoaded(task.berkas, read.loaded, task.lang);
  const n = await readNaskahFile(task.naskah);
  return rekapLoaded(
    task.berkas,
    read.loaded,
    task.lang,
    n.ok ? n : { ok: false, berkas: task.naskah, masalah: n.masalah }
  );
}
