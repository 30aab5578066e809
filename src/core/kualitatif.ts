/**
 * Qualitative indicators (src/core/README.md §10): Opini BPK "WTP", predikat SAKIP "BB",
 * "Tersedia". Target and realisasi are compared on a known ordinal scale; no percentage is made.
 * The scales are data, highest level first; words on one level are equal.
 */
import { isBlank, parseAngka } from "./numbers";
import { labelOf } from "./score";

export interface SkalaKualitatif {
  id: string;
  /** Highest level first; each level lists the words that mean it. */
  tingkat: readonly (readonly string[])[];
}

export const SKALA_KUALITATIF: readonly SkalaKualitatif[] = [
  { id: "sakip", tingkat: [["AA"], ["A"], ["BB"], ["B"], ["CC"], ["C"], ["D"]] },
  {
    id: "opini",
    tingkat: [
      ["WTP", "Wajar Tanpa Pengecualian"],
      ["WDP", "Wajar Dengan Pengecualian"],
      ["TW", "TMP", "Tidak Wajar", "Tidak Memberikan Pendapat"],
    ],
  },
  {
    id: "kategori",
    tingkat: [["Sangat baik"], ["Baik"], ["Cukup"], ["Kurang"], ["Sangat kurang"]],
  },
  {
    id: "ketersediaan",
    tingkat: [
      ["Ya", "Ada", "Tersedia", "Sudah"],
      ["Tidak", "Tidak ada", "Belum"],
    ],
  },
];

/** The labels of the target scale (src/core/README.md §3), which qualitative indicators share. */
export type PredikatKualitatif = "Melebihi target" | "Tercapai" | "Tidak tercapai";

/** Case- and space-insensitive: "Sangat  Baik" = "sangatbaik". */
const kunci = (s: string) => s.toLowerCase().replace(/\s+/g, "");

/** Level of a word on a scale (0 = highest), or -1. */
function level(skala: SkalaKualitatif, word: string): number {
  const k = kunci(word);
  return skala.tingkat.findIndex((words) => words.some((w) => kunci(w) === k));
}

/** Text that is not a number: the stuff qualitative targets are made of. */
export function teksKualitatif(value: unknown): value is string {
  return typeof value === "string" && !isBlank(value) && !parseAngka(value).ok;
}

/** §10: an indicator whose target and realisasi are both text that is not a number. */
export function isKualitatif(target: unknown, realisasi: unknown): boolean {
  return teksKualitatif(target) && teksKualitatif(realisasi);
}

export interface HasilKualitatif {
  predikat: PredikatKualitatif;
  /** The scale both words were found on, or null (then only equal/not equal counts). */
  skala: string | null;
}

/**
 * Realisasi against target on their scale: above → Melebihi target, equal → Tercapai, below →
 * Tidak tercapai. Words on no common scale: equal → Tercapai, otherwise Tidak tercapai.
 */
export function capaianKualitatif(
  targetTertulis: string,
  realisasiTertulis: string
): HasilKualitatif {
  // §10: a label with a score facing a plain label is compared on the labels alone.
  const target = labelOf(targetTertulis);
  const realisasi = labelOf(realisasiTertulis);
  for (const skala of SKALA_KUALITATIF) {
    const t = level(skala, target);
    const r = level(skala, realisasi);
    if (t < 0 || r < 0) continue;
    const predikat: PredikatKualitatif =
      r < t ? "Melebihi target" : r === t ? "Tercapai" : "Tidak tercapai";
    return { predikat, skala: skala.id };
  }
  return {
    predikat: kunci(target) === kunci(realisasi) ? "Tercapai" : "Tidak tercapai",
    skala: null,
  };
}
