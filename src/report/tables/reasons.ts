/**
 * Why a standard table is not built, as data: a code and its parameters (as the findings'
 * catalogue in contract/findings.ts). The tables say only the code; the pane, the page and the
 * `lkip` command choose the language with reasonText. The words are in reasons.id.ts (Indonesian,
 * first) and reasons.en.ts (English); a new code is one line in REASONS plus its two texts.
 */
import type { Lang, SourceName } from "../contract";
import REASONS_ID from "./reasons.id";
import REASONS_EN from "./reasons.en";

/** The parameters of a code, as a type only (the texts take exactly these). */
const params = <P>(): P => undefined as P;

/** What fills a source: the sources a table is built from. */
export type Berisi = "LKIP_IKU" | "LKIP_ANGGARAN" | "LKIP_BELANJA" | "LKIP_TRIWULAN";

export const REASONS = {
  SUMBER_TIDAK_ADA: params<{ sumber: SourceName }>(),
  SUMBER_TIDAK_TERBACA: params<{ sumber: SourceName }>(),
  /** No usable row; `lihatTemuan` when the findings say which rows were left out and why. */
  SUMBER_KOSONG: params<{ sumber: Berisi; lihatTemuan: boolean }>(),
  TAHUN_LALU_TIDAK_ADA: params<Record<string, never>>(),
  TAHUN_LALU_KOSONG: params<Record<string, never>>(),
  RENSTRA_TIDAK_ADA: params<Record<string, never>>(),
  RENSTRA_KOSONG: params<Record<string, never>>(),
  /** LKIP_TRIWULAN has rows but no quarter holds a realisasi yet (Tabel 13). */
  TRIWULAN_KOSONG: params<Record<string, never>>(),
};

type Reasons = typeof REASONS;
export type LeftOutCode = keyof Reasons;
export type LeftOutParams<K extends LeftOutCode> = Reasons[K];

/** The words of every code in one language. */
export type ReasonWords = { [K in LeftOutCode]: (p: LeftOutParams<K>) => string };

export const REASON_WORDS: Record<Lang, ReasonWords> = { id: REASONS_ID, en: REASONS_EN };

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
  const text = REASON_WORDS[lang][r.kode] as (p: unknown) => string;
  return text(r.param);
}
