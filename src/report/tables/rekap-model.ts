/**
 * A read workbook's rekap row and findings, from the same model, tables and checker that
 * `lkip tabel` and `lkip periksa` use for that file, so that every figure equals theirs. Pure: the
 * command reads the files (in worker threads) and hands each file's model here.
 */
import { findingText, formatAddress, temuan } from "../contract";
import type { Finding, Lang, Tingkat } from "../contract";
import type { LkipHasil } from "../compute";
import type { LkipModel } from "../model";
import { periksa, periksaNaskah } from "../periksa";
import {
  decimalText as text,
  type DataBab3,
  type NaskahDibaca,
  type RekapFileResult,
  type RekapRow,
} from "./rekap";
import { buildTables, type BuildResult } from "./specs";

export interface RekapFileInput {
  berkas: string;
  model: LkipModel;
  built: BuildResult;
  /** What `lkip periksa` reports for the workbook. */
  findings: Finding[];
  /** The naskah's findings, when the file has a naskah. */
  naskah: Finding[] | null;
}

const count = (fs: readonly Finding[], t: Tingkat) => fs.filter((f) => f.tingkat === t).length;

function band(hasil: LkipHasil, label: string): number {
  return hasil.perPredikat.find((b) => b.label === label)?.jumlah ?? 0;
}

function dataBab3(model: LkipModel, hasil: LkipHasil): DataBab3[] {
  const out: DataBab3[] = [];
  if (hasil.indikator.some((h) => h.perubahan !== null)) out.push("tahun lalu");
  if (hasil.indikator.some((h) => h.capaianRenstra !== null)) out.push("Renstra");
  if (hasStandarNasional(model)) out.push("standar nasional");
  if (hasil.sasaran.some((s) => s.anggaran !== null)) out.push("anggaran per sasaran");
  return out;
}

/** The optional `Standar Nasional` column (WORKBOOK), filled for at least one indicator. */
function hasStandarNasional(model: LkipModel): boolean {
  const has = (i: object) => {
    const v = (i as { standarNasional?: { value: unknown } | null }).standarNasional;
    return v != null && v.value !== null && v.value !== "";
  };
  return model.indikator.some(has) || model.kualitatif.some(has);
}

/** The row of a workbook that was read. */
function rekapRow(input: RekapFileInput): RekapRow {
  const { model, built, findings } = input;
  const hasil = built.hasil;
  const iku = model.sumber.LKIP_IKU !== undefined;
  const anggaran = hasil.anggaran;
  return {
    berkas: input.berkas,
    instansi: model.settings.instansi,
    tahun: model.settings.tahun,
    sasaran: iku ? model.sasaran.length : null,
    indikator: iku ? model.indikator.length + model.kualitatif.length : null,
    rataRataCapaian: text(hasil.rataRata?.capaian),
    melebihi: iku ? band(hasil, "Melebihi target") : null,
    tercapai: iku ? band(hasil, "Tercapai") : null,
    tidakTercapai: iku ? band(hasil, "Tidak tercapai") : null,
    pagu: text(anggaran?.pagu),
    realisasi: text(anggaran?.realisasi),
    serapan: text(anggaran?.serapan),
    galat: count(findings, "galat"),
    peringatan: count(findings, "peringatan"),
    temuanNaskah: input.naskah === null ? null : input.naskah.length,
    tabelTidakDibuat: built.leftOut.map((t) => t.id),
    dataBab3: dataBab3(model, hasil),
    keterangan: null,
  };
}

/**
 * A read workbook's row and findings: the tables built (not laid out: the rekap prints none of
 * them) and the checker, exactly as `lkip tabel` and `lkip periksa` run them.
 */
export function rekapModel(
  berkas: string,
  model: LkipModel,
  lang: Lang = "id",
  dibaca: NaskahDibaca | null = null
): RekapFileResult {
  const built = buildTables(model, { render: false });
  const findings = periksa(model, built.hasil);
  // Its naskah, checked as `lkip periksa --laporan` checks it (RULES §15).
  const naskah =
    dibaca === null
      ? null
      : dibaca.ok
        ? periksaNaskah(model, dibaca.naskah, built.hasil)
        : [temuan("NASKAH_TIDAK_TERBACA", { berkas: dibaca.berkas, masalah: dibaca.masalah })];
  const row = rekapRow({ berkas, model, built, findings, naskah });
  if (!model.sumber.LKIP_IKU) {
    // Read, but not an LKIP workbook (or its IKU table is not found): say why on its row.
    const missing = findings.find((f) => f.kode === "SUMBER_TIDAK_ADA");
    if (missing) row.keterangan = findingText(missing, lang);
  }
  const all = naskah === null ? findings : [...findings, ...naskah];
  return {
    row,
    temuan: all.map((f) => ({
      berkas,
      tingkat: f.tingkat,
      kode: f.kode,
      lokasi: formatAddress(f),
      pesan: findingText(f, lang),
    })),
  };
}
