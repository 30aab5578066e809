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
  // Re-wrapped so that the 50-digit configuration applies whatever constructor made the inputs
  // (ours already does: no copy then, as Decimals are immutable).
  const target = ours(targetIn);
  const realisasi = ours(realisasiIn);
  if (target.isZero()) throw new LkipError("#DIV/0!", { kode: "TARGET_NOL" });
  if (target.isNegative()) {
    throw new LkipError("#VALUE!", { kode: "TARGET_NEGATIF", target: target.toString() });
  }
  // One division, so the result is correctly rounded (and monotone in realisasi).
  const pembilang = arah === "naik" ? realisasi : target.times(2).minus(realisasi);
  return hingga(pembilang.times(100).div(target), "capaian");
}
