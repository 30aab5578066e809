/**
 * Why a standard table is not built, as data: a code and its parameters, the words in Indonesian
 * and English here (as the findings' catalogue in contract/findings.ts). The tables say only the
 * code; the pane, the page and the `lkip` command choose the language with reasonText.
 */
import type { Lang, SourceName } from "../contract";

interface Entry<P> {
  id: (p: P) => string;
  en: (p: P) => string;
}
const entry = <P>(e: Entry<P>): Entry<P> => e;

type Berisi = "LKIP_IKU" | "LKIP_ANGGARAN" | "LKIP_BELANJA" | "LKIP_TRIWULAN";

const KOSONG_ID: Record<Berisi, string> = {
  LKIP_IKU: "LKIP_IKU tidak berisi indikator yang dapat dibaca",
  LKIP_ANGGARAN: "LKIP_ANGGARAN tidak berisi baris anggaran yang dapat dibaca",
  LKIP_BELANJA: "LKIP_BELANJA tidak berisi baris yang dapat dibaca",
  LKIP_TRIWULAN: "LKIP_TRIWULAN tidak berisi indikator yang dapat dibaca",
};
const KOSONG_EN: Record<Berisi, string> = {
  LKIP_IKU: "LKIP_IKU holds no indicator that can be read",
  LKIP_ANGGARAN: "LKIP_ANGGARAN holds no budget row that can be read",
  LKIP_BELANJA: "LKIP_BELANJA holds no row that can be read",
  LKIP_TRIWULAN: "LKIP_TRIWULAN holds no indicator that can be read",
};

export const REASONS = {
  SUMBER_TIDAK_ADA: entry<{ sumber: SourceName }>({
    id: (p) => `${p.sumber} tidak ada di buku kerja.`,
    en: (p) => `${p.sumber} is not in the workbook.`,
  }),
  SUMBER_TIDAK_TERBACA: entry<{ sumber: SourceName }>({
    id: (p) => `${p.sumber} tidak dapat dibaca: kolom wajibnya belum lengkap (lihat temuan).`,
    en: (p) =>
      `${p.sumber} cannot be read: its required columns are incomplete (see the findings).`,
  }),
  /** No usable row; `lihatTemuan` when the findings say which rows were left out and why. */
  SUMBER_KOSONG: entry<{ sumber: Berisi; lihatTemuan: boolean }>({
    id: (p) => `${KOSONG_ID[p.sumber]}${p.lihatTemuan ? " (lihat temuan)" : ""}.`,
    en: (p) => `${KOSONG_EN[p.sumber]}${p.lihatTemuan ? " (see the findings)" : ""}.`,
  }),
  TAHUN_LALU_TIDAK_ADA: entry<Record<string, never>>({
    id: () =>
      'LKIP_IKU tidak punya kolom Realisasi tahun sebelumnya (misalnya "Realisasi Tahun Lalu").',
    en: () =>
      'LKIP_IKU has no column with an earlier year\'s Realisasi (e.g. "Realisasi Tahun Lalu").',
  }),
  TAHUN_LALU_KOSONG: entry<Record<string, never>>({
    id: () => "kolom Realisasi tahun sebelumnya di LKIP_IKU kosong semua.",
    en: () => "the earlier years' Realisasi columns in LKIP_IKU are all blank.",
  }),
  RENSTRA_TIDAK_ADA: entry<Record<string, never>>({
    id: () => "LKIP_IKU tidak punya kolom Target Renstra.",
    en: () => "LKIP_IKU has no Target Renstra column.",
  }),
  TRIWULAN_KOSONG: entry<Record<string, never>>({
    id: () => "LKIP_TRIWULAN belum berisi realisasi triwulan mana pun.",
    en: () => "LKIP_TRIWULAN holds no quarter's realisation yet.",
  }),
  RENSTRA_KOSONG: entry<Record<string, never>>({
    id: () => "kolom Target Renstra di LKIP_IKU kosong semua.",
    en: () => "the Target Renstra column in LKIP_IKU is all blank.",
  }),
};

type Reasons = typeof REASONS;
export type LeftOutCode = keyof Reasons;
export type LeftOutParams<K extends LeftOutCode> = Reasons[K] extends Entry<infer P> ? P : never;

/** Why one table is not built: a code of REASONS and its parameters, words only through reasonText. */
export type LeftOutReason = {
  [K in LeftOutCode]: { kode: K; param: LeftOutParams<K> };
}[LeftOutCode];

export const LEFT_OUT_CODES = Object.keys(REASONS) as LeftOutCode[];

export function tidakDibuat<K extends LeftOutCode>(
  kode: K,
  param: LeftOutParams<K>
): LeftOutReason {
  return { kode, param } as LeftOutReason;
}

/** The reason in the UI language (Indonesian by default, as the `lkip` command prints it). */
export function reasonText(r: LeftOutReason, lang: Lang = "id"): string {
  const e = REASONS[r.kode] as Entry<unknown>;
  return e[lang](r.param);
}
