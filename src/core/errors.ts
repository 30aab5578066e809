/**
 * Typed errors of the calculation core. The functions layer maps each to the Excel error of the
 * same code (src/core/README.md §8). An error says why as a code with parameters (CoreReason),
 * never as a sentence: the words are in src/report/contract/core.id.ts and core.en.ts, and the
 * edge that shows them (an =LKIP.… cell, a finding) picks the language.
 */

export type ErrorCode =
  | "#N/A"
  | "#VALUE!"
  | "#DIV/0!"
  | "#NUM!"
  | "#REF!"
  | "#NAME?"
  | "#NULL!"
  | "#CALC!"
  | "#SPILL!"
  | "#BUSY!"
  | "#CONNECT!"
  | "#FIELD!"
  | "#BLOCKED!"
  | "#UNKNOWN!"
  | "#GETTING_DATA";

const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  "#N/A",
  "#VALUE!",
  "#DIV/0!",
  "#NUM!",
  "#REF!",
  "#NAME?",
  "#NULL!",
  "#CALC!",
  "#SPILL!",
  "#BUSY!",
  "#CONNECT!",
  "#FIELD!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#GETTING_DATA",
]);

/** Why a text is not a number (parseAngka). */
export type AngkaReason =
  | { jenis: "teksKosong" }
  | { jenis: "kurung" }
  | { jenis: "minusGanda" }
  | { jenis: "tanpaAngka" }
  | { jenis: "karakter"; karakter: string }
  /** English thousands ("90,000,000"): `indonesia` is the same number in Indonesian form. */
  | { jenis: "formatInggris"; indonesia: string }
  | { jenis: "komaGanda" }
  | { jenis: "titikSesudahKoma" }
  | { jenis: "tanpaAngkaSesudahKoma" }
  | { jenis: "kelompokRibuan" }
  | { jenis: "titikBukanRibuan" }
  | { jenis: "tanpaAngkaSesudahTitik" };

/**
 * Why the core (or a function's argument check) refuses, as a code and its parameters. `arg` and
 * `apa` name the argument or value as the caller called it ("target", "Pagu").
 */
export type CoreReason =
  // numbers.ts, errors.ts
  | { kode: "KOSONG"; arg: string }
  | { kode: "GALAT_SEL"; arg: string; galat: ErrorCode }
  | { kode: "TIDAK_HINGGA"; arg: string }
  | { kode: "BUKAN_ANGKA_SAH"; arg: string; teks: string; reason: AngkaReason }
  | { kode: "NILAI_LOGIKA"; arg: string; nilai: boolean }
  | { kode: "BUKAN_ANGKA"; arg: string }
  | { kode: "TERLALU_BESAR"; apa: string }
  // capaian.ts
  | { kode: "ARAH_TIDAK_DIKENAL"; teks: string }
  | { kode: "TARGET_NOL" }
  | { kode: "TARGET_NEGATIF"; target: string }
  // efisiensi.ts (`baris`: 1-based, when there are several rows), and compute's zero denominator
  | { kode: "EFISIENSI_NEGATIF"; nama: string; row?: number; nilai: string }
  | { kode: "EFISIENSI_PENYEBUT_NOL" }
  | { kode: "PAGU_KALI_CAPAIAN_NOL" }
  // report/compute: why a sasaran has no efisiensi (the rules of §4 applied to the model)
  | { kode: "BOBOT_INDIKATOR_NOL" }
  | { kode: "SEMUA_KUALITATIF" }
  | { kode: "TANPA_INDIKATOR" }
  | { kode: "TANPA_ANGGARAN_TERTAUT" }
  | { kode: "TANPA_LKIP_ANGGARAN" }
  /** A tujuan's own indicators (report/tables): a goal has no budget of its own. */
  | { kode: "INDIKATOR_TUJUAN" }
  // serapan.ts, aggregate.ts
  | { kode: "SERAPAN_UKURAN"; pagu: number; realisasi: number }
  | { kode: "PAGU_NOL" }
  | { kode: "RATA_TANPA_NILAI" }
  | { kode: "BOBOT_UKURAN"; bobot: number; nilai: number }
  | { kode: "BOBOT_NOL" }
  // terbilang.ts, rounding.ts
  | { kode: "TERBILANG_TERLALU_BESAR" }
  | { kode: "DESIMAL_BUKAN_BULAT"; desimal: number }
  | { kode: "PEMBULATAN_TIDAK_DIKENAL"; teks: string }
  // predikat.ts (`skala`: the names of the built-in scales)
  | { kode: "SKALA_TIDAK_DIKENAL"; teks: string; skala: string[] }
  | { kode: "SKALA_DUA_KOLOM"; skala: string[] }
  | { kode: "SKALA_KOSONG"; skala: string[] }
  | { kode: "SKALA_PREDIKAT_KOSONG"; row: number }
  | { kode: "SKALA_PREDIKAT_BUKAN_TEKS"; row: number }
  | { kode: "SKALA_BATAS_GANDA"; row: number; batas: string }
  | { kode: "DI_BAWAH_SKALA"; nilai: string; terendah: string | null }
  // triwulan.ts: quarters
  | { kode: "JENIS_TRIWULAN_TIDAK_DIKENAL"; teks: string }
  | { kode: "TRIWULAN_TIDAK_SAH"; triwulan: number }
  // src/functions: the arguments of =LKIP.…
  | { kode: "NILAI_TW_BENTUK"; ukuran: string }
  | { kode: "UKURAN_RENTANG"; arg: string; ukuran: string; lain: string; ukuranLain: string }
  | { kode: "SATU_SEL"; arg: string }
  | { kode: "BUKAN_TEKS"; arg: string }
  | { kode: "BATASI_TIDAK_DIKENAL"; teks: string };

export type CoreCode = CoreReason["kode"];

export class LkipError extends Error {
  readonly code: ErrorCode;
  readonly reason: CoreReason;

  /** `message` is the code and its parameters, for a developer; the words are the edge's. */
  constructor(code: ErrorCode, reason: CoreReason) {
    super(`${reason.kode} ${JSON.stringify(reason)}`);
    this.name = "LkipError";
    this.code = code;
    this.reason = reason;
  }
}

export function isErrorCode(s: unknown): s is ErrorCode {
  return typeof s === "string" && ERROR_CODES.has(s);
}

/**
 * The Excel error an input carries, if any: a cell error object ({ error } as in
 * src/report/types.ts CellError), a CustomFunctions.Error-like object ({ code } or { errorCode }),
 * or the error text Office.js puts in Range.values (e.g. "#REF!").
 */
export function errorCodeOf(value: unknown): ErrorCode | null {
  if (typeof value === "string") {
    const t = value.trim();
    return isErrorCode(t) ? t : null;
  }
  if (value !== null && typeof value === "object") {
    const o = value as Record<string, unknown>;
    for (const key of ["error", "code", "errorCode"]) {
      if (isErrorCode(o[key])) return o[key] as ErrorCode;
    }
  }
  return null;
}

/** Throws the input's own Excel error (pass-through, src/core/README.md §8) when it carries one. */
export function throwIfError(value: unknown, arg: string): void {
  const code = errorCodeOf(value);
  if (code !== null) throw new LkipError(code, { kode: "GALAT_SEL", arg, galat: code });
}
