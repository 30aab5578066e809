/**
 * Shared pieces of the checker (Pemeriksaan): reading a typed-by-hand cell, Indonesian number
 * display, and comparing a typed percent-point value with the one compute.ts gives.
 */
import { Decimal, LkipError, bulatkan, formatAngka, fromDouble, toDecimal } from "../../core";
import type { Pembulatan } from "../../core";
import { cellError, cellText, sameTextKey } from "../model";
import type { Cell } from "../model";
import { parseRef, temuan } from "../contract";
import type {
  ReasonLabel,
  CellRef,
  Finding,
  Reason,
  Milik,
  NilaiCell,
  RawCell,
  Rumus,
  SourceName,
} from "../contract";

/** The structured cell of a model value (the model keeps A1 text; findings carry a CellRef). */
export function refOf(address: string): CellRef | undefined {
  return parseRef(address) ?? undefined;
}

/** Percent points and values as the tables print them: two decimals ("55,73"). */
export const persen = (d: Decimal): string => formatAngka(d, 2);

/** A value with exactly the digits it has ("0,266", "1,31", "212", "1.090.111.598"). */
export const apaAdanya = (d: Decimal): string => formatAngka(d, Math.max(0, d.decimalPlaces()));

/** Rupiah: whole rupiah unless there are sen. */
export const rupiah = (d: Decimal): string => formatAngka(d, d.isInteger() ? 0 : 2);

/** What a typed cell holds, as text for nilai_tertulis: numbers in Indonesian form with their own digits. */
export function tertulisTeks(cell: RawCell): string {
  if (typeof cell === "number" && Number.isFinite(cell)) return apaAdanya(fromDouble(cell));
  return cellText(cell).trim();
}

export type AngkaTertulis = { ok: true; nilai: Decimal } | { ok: false; temuan: Finding };

/** A typed number cell (number or text number, src/core/README.md §0), or the finding that it is not one. */
export function bacaTertulis(cell: Cell<RawCell>, kolom: string): AngkaTertulis {
  const code = cellError(cell.value);
  if (code !== null) {
    return {
      ok: false,
      temuan: temuan(
        "TERTULIS_GALAT_EXCEL",
        { kolom, galat: code },
        { cell: refOf(cell.lokasi), tertulis: code }
      ),
    };
  }
  try {
    return { ok: true, nilai: toDecimal(cell.value, kolom) };
  } catch (e) {
    if (!(e instanceof LkipError)) throw e;
    const tertulis = tertulisTeks(cell.value);
    return {
      ok: false,
      temuan: temuan(
        "TERTULIS_BUKAN_ANGKA",
        { kolom, tertulis, inti: e.reason },
        { cell: refOf(cell.lokasi), tertulis }
      ),
    };
  }
}

/** A known way of getting a wrong figure; when the typed value matches it, the message says so. */
export interface KnownSlip {
  nilai: Decimal;
  reason: Reason;
}

export interface Banding {
  kode: "CAPAIAN_BEDA" | "SERAPAN_BEDA" | "EFISIENSI_BEDA";
  /** Column name in messages: "Capaian", "Serapan", "Efisiensi". */
  kolom: string;
  /** What the value is of. */
  milik: Milik;
  cell: Cell<RawCell>;
  /** The right value as the tables print it (policy-rounded, 2 decimals). */
  benar: Decimal;
  /** How the right value comes about. */
  rumus: Rumus;
  pembulatan: Pembulatan;
  /** Exact values close to the right one (before rounding or bounding), for recognising a fraction. */
  mentah?: Decimal[];
  slips?: KnownSlip[];
}

const SERATUS = new Decimal(100);
/** src/core/README.md §0: a value up to 1,5 in a percent context reads as a fraction (0,6902 = 69,02 %). */
const BATAS_PECAHAN = new Decimal("1.5");

function tampakPecahan(v: Decimal): boolean {
  return !v.isZero() && v.abs().lte(BATAS_PECAHAN);
}

/**
 * A typed percent-point value against the right one, compared at the printed precision under the
 * workbook's rounding policy. A fraction that is the right value × 1/100 is only info (a cell
 * formatted as percent shows it right); anything else that differs is a galat that names the
 * likely slip (a fraction, the other rounding mode, an unbounded efisiensi) and the right value.
 */
export function bandingkanPersen(b: Banding): Finding | null {
  const baca = bacaTertulis(b.cell, b.kolom);
  if (!baca.ok) return baca.temuan;
  const v = baca.nilai;
  const cetak = (d: Decimal) => bulatkan(d, b.pembulatan, 2);
  if (cetak(v).eq(b.benar)) return null;

  const tertulis = tertulisTeks(b.cell.value);
  const hitung = persen(b.benar);
  // A report that prints whole percents ("297" for 296,67) rounded, it did not miscalculate.
  const dp = v.decimalPlaces();
  if (dp < 2 && !tampakPecahan(v) && bulatkan(b.benar, b.pembulatan, dp).eq(v)) {
    return temuan(
      "DITULIS_KURANG_DESIMAL",
      { kolom: b.kolom, milik: b.milik, tertulis, hitung, desimal: dp },
      { cell: refOf(b.cell.lokasi), tertulis, hitung }
    );
  }
  const kali100 = v.times(SERATUS);
  const pecahan = {
    tertulis: apaAdanya(v),
    persen: formatAngka(kali100, Math.max(2, v.decimalPlaces() - 2)),
  };
  const where = { cell: refOf(b.cell.lokasi), tertulis, hitung };
  if (tampakPecahan(v) && cetak(kali100).eq(b.benar)) {
    return temuan("DITULIS_PECAHAN", { kolom: b.kolom, milik: b.milik, pecahan, hitung }, where);
  }

  const slips = b.slips ?? [];
  const reasons: Reason[] = [];
  if (tampakPecahan(v)) {
    // The typed digits are the value / 100 when they agree up to the last digit typed.
    const toleransi = Decimal.max(new Decimal("0.01"), new Decimal(10).pow(2 - v.decimalPlaces()));
    const dekat = (x: Decimal) => kali100.minus(x).abs().lt(toleransi);
    const cocok = [b.benar, ...(b.mentah ?? [])].some(dekat)
      ? "benar"
      : slips.find((s) => dekat(s.nilai));
    if (cocok) {
      reasons.push({ jenis: "pecahan", pecahan });
      if (cocok !== "benar") reasons.push(cocok.reason);
    }
  }
  if (reasons.length === 0) {
    const s = slips.find((x) => cetak(v).eq(cetak(x.nilai)));
    if (s) reasons.push(s.reason);
  }
  return temuan(
    b.kode,
    { kolom: b.kolom, milik: b.milik, tertulis, hitung, rumus: b.rumus, reason: reasons },
    where
  );
}

/** A typed label (Predikat, Kategori) against the right one, case-insensitively. */
export function bandingkanLabel(opts: {
  kode: "PREDIKAT_BEDA" | "KATEGORI_BEDA";
  kolom: string;
  milik: Milik;
  cell: Cell<RawCell>;
  benar: string | null;
  /** Why the right label is right. */
  reason: ReasonLabel;
}): Finding | null {
  const { cell } = opts;
  const code = cellError(cell.value);
  if (code !== null) {
    return temuan(
      "TERTULIS_GALAT_EXCEL",
      { kolom: opts.kolom, galat: code },
      { cell: refOf(cell.lokasi), tertulis: code }
    );
  }
  const tertulis = cellText(cell.value).trim();
  if (opts.benar !== null && sameTextKey(tertulis) === sameTextKey(opts.benar)) return null;
  return temuan(
    opts.kode,
    { kolom: opts.kolom, milik: opts.milik, tertulis, benar: opts.benar, reason: opts.reason },
    { cell: refOf(cell.lokasi), tertulis, hitung: opts.benar ?? "-" }
  );
}

/** One typed value of a row, with the column label the finding shows. */
export interface LabelledValue {
  label: string;
  cell: Cell<Decimal>;
}

/**
 * src/core/README.md §0 in one percent row (LKIP_IKU or LKIP_TRIWULAN): a value ≤ 1,5 that reads
 * like the row's other values once × 100 is a fraction typed beside percent points. `source` names
 * the range when it is not LKIP_IKU.
 */
export function campurPecahan(
  name: string,
  values: LabelledValue[],
  source?: SourceName
): Finding | null {
  const all = values.filter((n) => !n.cell.value.isZero()); // 0 reads the same either way
  const points = all.filter((n) => !tampakPecahan(n.cell.value));
  // Only a value that reads like the others once × 100 is a fraction: a genuine 1 % target beside
  // a realisasi of 2,5 % is not (×100 it would be 100 against 2,5).
  const reference = median(points.map((n) => n.cell.value));
  if (reference === null) return null;
  const fractions = all.filter(
    (n) => tampakPecahan(n.cell.value) && nearHundredTimes(n.cell.value, reference)
  );
  if (fractions.length === 0) return null;
  const list = (xs: LabelledValue[]): NilaiCell[] =>
    xs.map((n) => ({
      label: n.label,
      nilai: apaAdanya(n.cell.value),
      cell: refOf(n.cell.lokasi)!,
    }));
  const first = fractions[0];
  const asPoints = persen(first.cell.value.times(100));
  return temuan(
    "CAMPUR_PECAHAN_PERSEN",
    {
      nama: name,
      pecahan: list(fractions),
      poin: list(points),
      contoh: { tertulis: apaAdanya(first.cell.value), persen: asPoints },
    },
    {
      ...(source ? { sumber: source } : {}),
      cell: refOf(first.cell.lokasi),
      tertulis: apaAdanya(first.cell.value),
      hitung: asPoints,
    }
  );
}

function median(xs: Decimal[]): Decimal | null {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a.comparedTo(b));
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : sorted[mid - 1].plus(sorted[mid]).div(2);
}

/** v × 100 within a factor 3 of the row's other values, and v itself not. */
function nearHundredTimes(v: Decimal, reference: Decimal): boolean {
  const three = new Decimal(3);
  const within = (x: Decimal) => {
    const a = x.abs();
    const b = reference.abs();
    return !a.isZero() && !b.isZero() && a.lte(b.times(three)) && b.lte(a.times(three));
  };
  return within(v.times(100)) && !within(v);
}
