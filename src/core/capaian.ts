/** Capaian kinerja (src/core/README.md §2), in percent points, exact: no cap, no floor. */
import DecimalJs from "decimal.js";
import { LkipError, throwIfError } from "./errors";
import { Decimal, hingga, isBlank } from "./numbers";

export type Arah = "naik" | "turun";

const NAIK = new Set(["naik", "positif", "1", "+1"]);
const TURUN = new Set(["turun", "negatif", "-1", "\u22121"]);

export function parseArah(value: unknown): Arah {
  if (isBlank(value)) return "naik";
  throwIfError(value, "arah");
  if (typeof value === "number" || DecimalJs.isDecimal(value)) {
    const n = new Decimal(value as number);
    if (n.eq(1)) return "naik";
    if (n.eq(-1)) return "turun";
  } else if (typeof value === "string") {
    const t = value.trim().toLowerCase();
    if (NAIK.has(t)) return "naik";
    if (TURUN.has(t)) return "turun";
  }
  throw new LkipError("#VALUE!", { kode: "ARAH_TIDAK_DIKENAL", teks: String(value).trim() });
}

const ours = (d: Decimal): Decimal => (d.constructor === Decimal ? d : new Decimal(d));

export function capaian(targetIn: Decimal, realisasiIn: Decimal, arah: Arah = "naik"): Decimal {
  const { target, pembilang } = terms(targetIn, realisasiIn, arah);
  // One division, so the result is correctly rounded (and monotone in realisasi).
  return hingga(pembilang.times(100).div(target), "capaian");
}

/**
 * The error `capaian` would throw for these values, or null: what a reader needs to say a row's
 * capaian cannot be computed, without the 50-digit division unless the quotient might leave a
 * double's range (a workbook reader checks every row; the division is most of capaian's cost).
 */
export function capaianError(
  targetIn: Decimal,
  realisasiIn: Decimal,
  arah: Arah = "naik"
): LkipError | null {
  try {
    const { target, pembilang } = terms(targetIn, realisasiIn, arah);
    // |pembilang| < 10^(e+1) and target ≥ 10^e', so |quotient × 100| < 10^(e + 3 − e'), which
    // stays below the largest double (≈ 1.8 × 10^308) while that exponent is at most 308.
    if (pembilang.e + 3 - target.e > 308) capaian(targetIn, realisasiIn, arah);
    return null;
  } catch (e) {
    if (e instanceof LkipError) return e;
    throw e;
  }
}

/** The checked target and the numerator of §2, for capaian and capaianError alike. */
function terms(
  targetIn: Decimal,
  realisasiIn: Decimal,
  arah: Arah
): { target: Decimal; pembilang: Decimal } {
  // Re-wrapped so that the 50-digit configuration applies whatever constructor made the inputs
  // (ours already does: no copy then, as Decimals are immutable).
  const target = ours(targetIn);
  const realisasi = ours(realisasiIn);
  if (target.isZero()) throw new LkipError("#DIV/0!", { kode: "TARGET_NOL" });
  if (target.isNegative()) {
    throw new LkipError("#VALUE!", { kode: "TARGET_NEGATIF", target: target.toString() });
  }
  const pembilang = arah === "naik" ? realisasi : target.times(2).minus(realisasi);
  return { target, pembilang };
}
