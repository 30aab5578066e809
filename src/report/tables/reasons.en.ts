/** Why a table is not built, in English: the same codes as reasons.id.ts. */
import type { Berisi, ReasonWords } from "./reasons";

const KOSONG: Record<Berisi, string> = {
  LKIP_IKU: "LKIP_IKU holds no indicator that can be read",
  LKIP_ANGGARAN: "LKIP_ANGGARAN holds no budget row that can be read",
  LKIP_BELANJA: "LKIP_BELANJA holds no row that can be read",
  LKIP_TRIWULAN: "LKIP_TRIWULAN holds no indicator that can be read",
};

const en: ReasonWords = {
  SUMBER_TIDAK_ADA: (p) => `${p.sumber} is not in the workbook.`,
  SUMBER_TIDAK_TERBACA: (p) =>
    `${p.sumber} cannot be read: its required columns are incomplete (see the findings).`,
  SUMBER_KOSONG: (p) => `${KOSONG[p.sumber]}${p.lihatTemuan ? " (see the findings)" : ""}.`,
  TAHUN_LALU_TIDAK_ADA: () =>
    'LKIP_IKU has no column with an earlier year\'s Realisasi (e.g. "Realisasi Tahun Lalu").',
  TAHUN_LALU_KOSONG: () => "the earlier years' Realisasi columns in LKIP_IKU are all blank.",
  RENSTRA_TIDAK_ADA: () => "LKIP_IKU has no Target Renstra column.",
  TRIWULAN_KOSONG: () => "LKIP_TRIWULAN holds no quarter's realisation yet.",
  RENSTRA_KOSONG: () => "the Target Renstra column in LKIP_IKU is all blank.",
};

export default en;
