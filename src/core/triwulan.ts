/**
 * Quarterly progress (src/core/README.md §14): realisasi and target "s.d. TW n" by the indicator's
 * jenis, capaian against them, serapan s.d. TW n. A quarter without a value is never 0: it is
 * skipped, and every result says which quarter it runs to.
 */
import { LkipError, throwIfError } from "./errors";
import { Decimal, isBlank } from "./numbers";
import { capaian, type Arah } from "./capaian";
import { jumlah } from "./aggregate";
import { serapan } from "./serapan";

export type JenisTriwulan = "kumulatif" | "akhir" | "rata-rata";

export const JENIS_TRIWULAN: readonly JenisTriwulan[] = ["kumulatif", "akhir", "rata-rata"];

/** The words accepted for each jenis (case, spaces, dashes and underscores ignored). */
const JENIS_WORDS: Record<string, JenisTriwulan> = {
  kumulatif: "kumulatif",
  akumulatif: "kumulatif",
  akumulasi: "kumulatif",
  jumlah: "kumulatif",
  sum: "kumulatif",
  cumulative: "kumulatif",
  akhir: "akhir",
  nilaiakhir: "akhir",
  posisiakhir: "akhir",
  terakhir: "akhir",
  last: "akhir",
  ratarata: "rata-rata",
  rerata: "rata-rata",
  average: "rata-rata",
  mean: "rata-rata",
};

/** A jenis as written; null when blank (the caller reads it as `akhir`, §14). */
export function parseJenis(value: unknown): JenisTriwulan | null {
  if (isBlank(value)) return null;
  throwIfError(value, "jenis");
  const key =
    typeof value === "string"
      ? value
          .trim()
          .toLowerCase()
          .replace(/[\s\-_.]/g, "")
      : "";
  const jenis = JENIS_WORDS[key];
  if (jenis !== undefined) return jenis;
  throw new LkipError("#VALUE!", {
    kode: "JENIS_TRIWULAN_TIDAK_DIKENAL",
    teks: String(value).trim(),
  });
}

/** A figure s.d. a quarter: the value and the last quarter (1–4) that had a value up to it. */
export interface SampaiTriwulan {
  nilai: Decimal;
  /** The last quarter up to n with a value: the quarter the figure actually runs to. */
  triwulan: number;
  /** How many quarters up to n had a value. */
  terisi: number;
}

/**
 * The figure s.d. TW n (1-based; default: every quarter given) by jenis. `quarters[i]` is TW i+1,
 * null when blank. Returns null when no quarter up to n has a value (never 0).
 */
export function sampaiTriwulan(
  quarters: readonly (Decimal | null)[],
  jenis: JenisTriwulan,
  n: number = quarters.length
): SampaiTriwulan | null {
  if (!Number.isInteger(n) || n < 1) {
    throw new LkipError("#VALUE!", { kode: "TRIWULAN_TIDAK_SAH", triwulan: n });
  }
  const filled: { nilai: Decimal; triwulan: number }[] = [];
  quarters.slice(0, n).forEach((q, i) => {
    if (q !== null) filled.push({ nilai: new Decimal(q), triwulan: i + 1 });
  });
  if (filled.length === 0) return null;
  const last = filled[filled.length - 1];
  const values = filled.map((f) => f.nilai);
  const nilai =
    jenis === "kumulatif"
      ? jumlah(values)
      : jenis === "akhir"
        ? last.nilai
        : jumlah(values).div(values.length);
  return { nilai, triwulan: last.triwulan, terisi: filled.length };
}

/** Against what a capaian s.d. TW n was measured (the table names it, §14). */
export type DasarCapaian = "triwulan" | "tahunan";

export interface CapaianTriwulan {
  /** Exact capaian (percent points); the caller rounds by the policy. */
  capaian: Decimal;
  /** The target it was measured against. */
  target: Decimal;
  dasar: DasarCapaian;
}

/**
 * Capaian s.d. TW n (§14): against the target s.d. TW n when the indicator has quarterly targets
 * up to n, otherwise against the annual target (progress toward the year, named so by `dasar`).
 * null when realisasi has no value up to n, or there is no target to measure against.
 */
export function capaianTriwulan(args: {
  realisasi: readonly (Decimal | null)[];
  targetTriwulan?: readonly (Decimal | null)[] | null;
  targetTahunan?: Decimal | null;
  jenis: JenisTriwulan;
  arah: Arah;
  n: number;
}): CapaianTriwulan | null {
  const r = sampaiTriwulan(args.realisasi, args.jenis, args.n);
  if (r === null) return null;
  const tq = args.targetTriwulan ? sampaiTriwulan(args.targetTriwulan, args.jenis, args.n) : null;
  if (tq !== null) {
    return { capaian: capaian(tq.nilai, r.nilai, args.arah), target: tq.nilai, dasar: "triwulan" };
  }
  const ty = args.targetTahunan ?? null;
  if (ty === null) return null;
  return { capaian: capaian(ty, r.nilai, args.arah), target: new Decimal(ty), dasar: "tahunan" };
}

/**
 * Serapan s.d. TW n (§14): budget is always cumulative, Σ realisasi anggaran TW I..n / pagu × 100.
 * null when no quarter up to n has spending typed.
 */
export function serapanTriwulan(
  pagu: Decimal,
  anggaran: readonly (Decimal | null)[],
  n: number
): { realisasi: Decimal; serapan: Decimal; triwulan: number } | null {
  const s = sampaiTriwulan(anggaran, "kumulatif", n);
  if (s === null) return null;
  return { realisasi: s.nilai, serapan: serapan([pagu], [s.nilai]), triwulan: s.triwulan };
}

/** The last quarter (1–4) with any value in the given rows of quarters; null when none. */
export function triwulanTerakhir(rows: readonly (readonly (Decimal | null)[])[]): number | null {
  let last = 0;
  for (const row of rows) {
    row.forEach((q, i) => {
      if (q !== null) last = Math.max(last, i + 1);
    });
  }
  return last === 0 ? null : last;
}
