/**
 * Numbers (src/core/README.md §0): one Decimal configuration for the whole add-in, reading numbers given as
 * JavaScript doubles or as text in Indonesian or plain form, and the Indonesian display form.
 */
import DecimalJs from "decimal.js";
import { LkipError, throwIfError, type AngkaReason } from "./errors";

/**
 * A local clone so that no global decimal.js state changes. toExpNeg/toExpPos are widened so
 * that toString() never switches to exponent notation for the magnitudes we meet.
 */
export const Decimal = DecimalJs.clone({ precision: 50, toExpNeg: -60, toExpPos: 60 });
// eslint-disable-next-line no-redeclare -- the class and its instance type share a name, as in decimal.js
export type Decimal = DecimalJs;

export type ParsedAngka =
  | {
      ok: true;
      value: Decimal;
      percent: boolean;
      /** Set when a single-dot text was read as Indonesian thousands ("1.500" → 1500): §0 asks to say so. */
      ribuanTitik?: true;
    }
  | { ok: false; reason: AngkaReason };

const fail = (reason: AngkaReason): ParsedAngka => ({ ok: false, reason });

// Indonesian thousands: groups of exactly three digits; a first group starting with 0 ("0.123")
// is not a thousands number, so it falls through to the decimal-point reading.
const THOUSANDS = /^[1-9]\d{0,2}(\.\d{3})+$/;
const DIGITS = /^\d+$/;

export function parseAngka(text: string): ParsedAngka {
  let s = text.trim();
  if (s === "") return fail({ jenis: "teksKosong" });

  let negative = false;
  if (s.startsWith("(") || s.endsWith(")")) {
    if (!(s.startsWith("(") && s.endsWith(")"))) return fail({ jenis: "kurung" });
    negative = true;
    s = s.slice(1, -1).trim();
  }

  let signSeen = false;
  const takeSign = (): boolean => {
    const m = /^([-+\u2212])\s*/.exec(s);
    if (!m) return true;
    if (signSeen || negative) return false;
    signSeen = true;
    if (m[1] !== "+") negative = true;
    s = s.slice(m[0].length);
    return true;
  };

  if (!takeSign()) return fail({ jenis: "minusGanda" });
  const rp = /^rp\.?\s*/i.exec(s);
  if (rp) s = s.slice(rp[0].length);
  if (!takeSign()) return fail({ jenis: "minusGanda" });

  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trimEnd();
  }

  if (s === "") return fail({ jenis: "tanpaAngka" });
  const bad = /[^0-9.,]/.exec(s);
  if (bad) return fail({ jenis: "karakter", karakter: bad[0] });

  const inggris = englishForm(s);
  if (inggris) return inggris;
  const plain = toPlain(s);
  if (typeof plain !== "string") return plain;
  const value = new Decimal(plain);
  const out: ParsedAngka = {
    ok: true,
    value: negative && !value.isZero() ? value.neg() : value,
    percent,
  };
  if (!s.includes(",") && s.split(".").length === 2 && THOUSANDS.test(s)) out.ribuanTitik = true;
  return out;
}

// English thousands: "90,000,000" or "1,227,826,990.00" — commas grouping threes, a dot decimal.
const ENGLISH = /^[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/;

/**
 * A number in English form is refused (a comma is the decimal mark here), but with a reason that
 * says what it looks like and how to write it, rather than "more than one decimal comma".
 * "600,000" (one comma) stays 600 as §0 reads it; only forms no Indonesian reading fits are caught.
 */
function englishForm(s: string): ParsedAngka | null {
  if (!ENGLISH.test(s)) return null;
  const commas = s.split(",").length - 1;
  if (commas < 2 && !s.includes(".")) return null;
  const [int, frac] = s.replace(/,/g, "").split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return fail({
    jenis: "formatInggris",
    indonesia: `${grouped}${frac !== undefined ? `,${frac}` : ""}`,
  });
}

/** The digits-and-separators part in plain form ("1234.5"), or why it is not a clean number. */
function toPlain(s: string): string | ParsedAngka {
  const commas = s.split(",").length - 1;
  if (commas > 1) return fail({ jenis: "komaGanda" });
  if (commas === 1) {
    const [int, frac] = s.split(",");
    if (frac.includes(".")) return fail({ jenis: "titikSesudahKoma" });
    if (!DIGITS.test(frac)) return fail({ jenis: "tanpaAngkaSesudahKoma" });
    if (int === "") return `0.${frac}`;
    if (DIGITS.test(int)) return `${int}.${frac}`;
    if (THOUSANDS.test(int)) return `${int.replace(/\./g, "")}.${frac}`;
    return fail({ jenis: "kelompokRibuan" });
  }
  if (DIGITS.test(s)) return s;
  if (THOUSANDS.test(s)) return s.replace(/\./g, "");
  const dots = s.split(".").length - 1;
  if (dots > 1) return fail({ jenis: "titikBukanRibuan" });
  if (/^\d*\.\d+$/.test(s)) return s.startsWith(".") ? `0${s}` : s;
  return fail({ jenis: "tanpaAngkaSesudahTitik" });
}

/**
 * A double read at Excel's own precision, 15 significant digits (§0): 69.02 stays 69.02 and
 * 0.1 + 0.2 (stored 0.30000000000000004) is 0.3, as Excel displays it.
 */
export function fromDouble(value: number): Decimal {
  // A double's shortest text of at most 15 characters holds at most 15 digits, and a decimal of
  // at most 15 digits comes back unchanged from its double (IEEE 754 guarantees 15): it is the same
  // value as toPrecision(15) gives, without its padding to parse (a reader reads every cell so).
  const shortest = String(value);
  if (shortest.length <= 15 && !shortest.includes("e")) return new Decimal(shortest);
  return new Decimal(value.toPrecision(15));
}

/** The largest magnitude a cell can hold as a double; anything beyond would be written as ±Infinity. */
const MAX_DOUBLE = new Decimal(Number.MAX_VALUE);

/**
 * A result checked to fit in a cell (§0: never Infinity). `apa` names the result in the message,
 * e.g. "capaian".
 */
export function hingga(d: Decimal, apa: string): Decimal {
  if (!d.isFinite() || d.abs().gt(MAX_DOUBLE))
    throw new LkipError("#NUM!", { kode: "TERLALU_BESAR", apa });
  return d;
}

/** A Decimal as the double a cell stores; a value beyond the double range is #NUM!, never Infinity. */
export function toFiniteNumber(d: Decimal, apa = "hasil"): number {
  const n = hingga(d, apa).toNumber();
  if (!Number.isFinite(n)) throw new LkipError("#NUM!", { kode: "TERLALU_BESAR", apa });
  return n;
}

export function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/**
 * Any input as it reaches a function (number, text, blank, boolean, Excel error) as a Decimal.
 * Text with a percent sign gives its percent points ("92,71%" → 92.71): capaian, serapan and
 * efisiensi are percent points throughout (src/core/README.md §0).
 */
export function toDecimal(value: unknown, arg: string): Decimal {
  if (isBlank(value)) throw new LkipError("#N/A", { kode: "KOSONG", arg });
  throwIfError(value, arg);
  if (DecimalJs.isDecimal(value)) return new Decimal(value as DecimalJs);
  switch (typeof value) {
    case "number":
      if (!Number.isFinite(value)) throw new LkipError("#NUM!", { kode: "TIDAK_HINGGA", arg });
      return fromDouble(value);
    case "bigint":
      return new Decimal(value.toString());
    case "string": {
      const p = parseAngka(value);
      if (p.ok) return p.value;
      throw new LkipError("#VALUE!", {
        kode: "BUKAN_ANGKA_SAH",
        arg,
        teks: value.trim(),
        reason: p.reason,
      });
    }
    case "boolean":
      throw new LkipError("#VALUE!", { kode: "NILAI_LOGIKA", arg, nilai: value });
    default:
      throw new LkipError("#VALUE!", { kode: "BUKAN_ANGKA", arg });
  }
}

/**
 * Indonesian display: "." groups thousands, "," is the decimal mark, zeros padded to `places`.
 * Callers round by the policy first; an excess digit is shown as Excel's number format would
 * (half away from zero).
 */
export function formatAngka(d: Decimal, places = 2): string {
  let fixed = new Decimal(d).toFixed(places, DecimalJs.ROUND_HALF_UP);
  if (/^-[0.]+$/.test(fixed)) fixed = fixed.slice(1); // no "-0,00"
  const negative = fixed.startsWith("-");
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped}${frac !== undefined ? `,${frac}` : ""}`;
}
