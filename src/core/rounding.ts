/** Rounding policy (src/core/README.md §1): ROUND = half away from zero (Excel ROUND), TRUNC = toward zero. */
import DecimalJs from "decimal.js";
import { LkipError, throwIfError } from "./errors";
import { Decimal, isBlank } from "./numbers";

export type Pembulatan = "ROUND" | "TRUNC";

export function bulatkan(d: Decimal, mode: Pembulatan = "ROUND", places = 2): Decimal {
  if (!Number.isInteger(places))
    throw new LkipError("#VALUE!", { kode: "DESIMAL_BUKAN_BULAT", desimal: places });
  const rm = mode === "TRUNC" ? DecimalJs.ROUND_DOWN : DecimalJs.ROUND_HALF_UP;
  const x = new Decimal(d);
  let r: Decimal;
  if (places >= 0) {
    r = x.toDecimalPlaces(places, rm);
  } else {
    // Like Excel ROUND(x; -2): round to hundreds.
    const scale = new Decimal(10).pow(-places);
    r = x.div(scale).toDecimalPlaces(0, rm).times(scale);
  }
  // A negative zero would print as "-0,00".
  return r.isZero() ? new Decimal(0) : r;
}

export function parsePembulatan(value: unknown): Pembulatan {
  if (isBlank(value)) return "ROUND";
  throwIfError(value, "pembulatan");
  if (typeof value === "string") {
    const t = value.trim().toUpperCase();
    if (t === "ROUND" || t === "TRUNC") return t;
  }
  throw new LkipError("#VALUE!", {
    kode: "PEMBULATAN_TIDAK_DIKENAL",
    teks: String(value).trim(),
  });
}
