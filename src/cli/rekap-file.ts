import {
  findingText,
  formatLokasi,
  readModel,
  rekapModel,
  rekapRowUnread,
  type Finding,
  type RekapRow,
  type RekapTemuan,
} from "../report";
import { readInput } from "./read-input";

/** One file of a rekap: the workbook and, when it has one, its naskah beside it. */
export interface RekapTask {
  /** The path to read. */
  path: string;
  /** The name shown in the rekap (relative to the folder given, or as given). */
  berkas: string;
  naskah: string | null;
}

export interface RekapFileResult {
  row: RekapRow;
  temuan: RekapTemuan[];
}

const asTemuan = (berkas: string, f: Finding): RekapTemuan => ({
  berkas,
  tingkat: f.tingkat,
  kode: f.kode,
  lokasi: formatLokasi(f),
  pesan: findingText(f, "id"),
});

/**
 * Reads, computes and checks one file exactly as `lkip tabel` and `lkip periksa` do, and returns
 * its rekap row and findings as plain data (it runs in a worker; nothing here may throw for a bad
 * file: a file that cannot be read is a row with the sentence why).
 */
export async function rekapFile(task: RekapTask): Promise<RekapFileResult> {
  const read = await readInput(task.path);
  if (!read.ok) {
    return {
      row: rekapRowUnread(task.berkas, read.pesan),
      temuan: [
        {
          berkas: task.berkas,
          tingkat: "galat",
          kode: "BERKAS_TIDAK_TERBACA",
          lokasi: "",
          pesan: read.pesan,
        },
      ],
    };
  }
  const model = readModel(read.loaded.raw);
  const { row, findings } = rekapModel(task.berkas, model);
  if (!model.sumber.LKIP_IKU) {
    // Read, but not an LKIP workbook (or its IKU table is not found): say why on its row.
    const missing = findings.find((f) => f.kode === "SUMBER_TIDAK_ADA");
    if (missing) row.keterangan = findingText(missing, "id");
  }
  return { row, temuan: findings.map((f) => asTemuan(task.berkas, f)) };
}
