/**
 * Predikat (src/core/README.md §3). Every scale is data: bands with an inclusive or exclusive lower bound,
 * read from the highest bound down; the value is banded on the 2-decimal grid.
 */
import DecimalJs from "decimal.js";
import { LkipError, throwIfError } from "./errors";
import { Decimal, formatAngka, isBlank, toDecimal } from "./numbers";
import { bulatkan } from "./rounding";

export interface Band {
  label: string;
  /** Lower bound; null = no lower bound. */
  min: Decimal | null;
  inclusive: boolean;
}

export interface Skala {
  id: string;
  /** Ordered from the highest lower bound down. */
  bands: Band[];
}

export type SkalaId = "kategori" | "target" | "permendagri86" | "sakip" | "efisiensi";

type BandData = [label: string, min: number | null, inclusive: boolean];

const skala = (id: string, data: BandData[]): Skala => ({
  id,
  bands: data.map(([label, min, inclusive]) => ({
    label,
    min: min === null ? null : new Decimal(min),
    inclusive,
  })),
});

export const SKALA: Record<SkalaId, Skala> = {
  // Sample report Tabel 3.2 (Permendagri 54/2010); lower bounds inclusive so 90,00 has a band.
  kategori: skala("kategori", [
    ["Sangat baik", 90, true],
    ["Baik", 75, true],
    ["Cukup", 65, true],
    ["Kurang", 50, true],
    ["Sangat kurang", null, true],
  ]),
  // Sample report Tabel 3.1.
  target: skala("target", [
    ["Melebihi target", 100, false],
    ["Tercapai", 100, true],
    ["Tidak tercapai", null, true],
  ]),
  // Permendagri 86/2017 as printed in LKIPs: upper bounds exact, so each lower bound is exclusive.
  permendagri86: skala("permendagri86", [
    ["Sangat Tinggi", 90, false],
    ["Tinggi", 75, false],
    ["Sedang", 65, false],
    ["Rendah", 50, false],
    ["Sangat Rendah", null, true],
  ]),
  // PermenPANRB 88/2021 evaluation grades.
  sakip: skala("sakip", [
    ["AA", 90, false],
    ["A", 80, false],
    ["BB", 70, false],
    ["B", 60, false],
    ["CC", 50, false],
    ["C", 30, false],
    ["D", null, true],
  ]),
  efisiensi: skala("efisiensi", [
    ["Efisien", 0, true],
    ["Tidak efisien", null, true],
  ]),
};

// The sample's fixture names the default scale after its regulation.
const ALIASES: Record<string, SkalaId> = { permendagri54: "kategori" };

/** The built-in scales, named in the help of a refused Skala. */
const SKALA_NAMES = (): string[] => Object.keys(SKALA);

function isSkala(value: unknown): value is Skala {
  return (
    value !== null &&
    typeof value === "object" &&
    typeof (value as Skala).id === "string" &&
    Array.isArray((value as Skala).bands)
  );
}

export function parseSkala(value: unknown): Skala {
  if (isBlank(value)) return SKALA.kategori;
  if (isSkala(value)) return value;
  if (Array.isArray(value)) {
    // A one-cell range holding the scale's name arrives as [["sakip"]].
    if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1)
      return parseSkala(value[0][0]);
    return skalaKustom(value);
  }
  throwIfError(value, "skala");
  if (typeof value === "string") {
    const t = value.trim().toLowerCase();
    const id = (t in SKALA ? t : ALIASES[t]) as SkalaId | undefined;
    if (id !== undefined) return SKALA[id];
  }
  throw new LkipError("#VALUE!", {
    kode: "SKALA_TIDAK_DIKENAL",
    teks: String(value).trim(),
    skala: SKALA_NAMES(),
  });
}

/** An agency's own scale: rows of (lower bound, label) in any order, lower bound inclusive. */
function skalaKustom(rows: unknown[]): Skala {
  const bands: Band[] = [];
  // Bounds seen so far, by their decimal text: one look-up per row, so a long scale stays linear.
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const n = i + 1;
    if (!Array.isArray(row) || row.length !== 2) {
      throw new LkipError("#VALUE!", { kode: "SKALA_DUA_KOLOM", skala: SKALA_NAMES() });
    }
    const [bound, label] = row;
    if (isBlank(bound) && isBlank(label)) return; // empty trailing rows of a generous range
    throwIfError(label, `skala baris ${n}`);
    if (isBlank(label)) throw new LkipError("#VALUE!", { kode: "SKALA_PREDIKAT_KOSONG", row: n });
    if (typeof label !== "string" && typeof label !== "number") {
      throw new LkipError("#VALUE!", { kode: "SKALA_PREDIKAT_BUKAN_TEKS", row: n });
    }
    const min = toDecimal(bound, `skala baris ${n} (batas bawah)`);
    const key = min.toString();
    if (seen.has(key)) {
      throw new LkipError("#VALUE!", {
        kode: "SKALA_BATAS_GANDA",
        row: n,
        batas: formatAngka(min),
      });
    }
    seen.add(key);
    bands.push({ label: String(label).trim(), min, inclusive: true });
  });
  if (bands.length === 0)
    throw new LkipError("#VALUE!", { kode: "SKALA_KOSONG", skala: SKALA_NAMES() });
  bands.sort((a, b) => (b.min as Decimal).comparedTo(a.min as Decimal));
  return { id: "kustom", bands };
}

/** A custom scale's bands are sorted by inclusive lower bound, highest first: binary search. */
function bandKustom(bands: Band[], v: Decimal): Band | undefined {
  let lo = 0;
  let hi = bands.length; // the first band whose bound v reaches is in [lo, hi)
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(bands[mid], v)) hi = mid;
    else lo = mid + 1;
  }
  return bands[lo];
}

function holds(band: Band, v: Decimal): boolean {
  if (band.min === null) return true;
  return band.inclusive ? v.gte(band.min) : v.gt(band.min);
}

export function predikat(nilai: Decimal, skala: Skala): string {
  // Banded as displayed with two decimals, so label and number always agree (src/core/README.md §1).
  const v = bulatkan(nilai, "ROUND", 2);
  const found =
    skala.id === "kustom" ? bandKustom(skala.bands, v) : skala.bands.find((b) => holds(b, v));
  if (found) return found.label;
  const lowest = skala.bands[skala.bands.length - 1];
  throw new LkipError("#N/A", {
    kode: "DI_BAWAH_SKALA",
    nilai: formatAngka(v),
    terendah: lowest?.min ? formatAngka(lowest.min) : null,
  });
}

// The 2-decimal grid: smallest grid value ≥ x, largest grid value ≤ x.
const ceil2 = (x: Decimal) => x.toDecimalPlaces(2, DecimalJs.ROUND_CEIL);
const floor2 = (x: Decimal) => x.toDecimalPlaces(2, DecimalJs.ROUND_FLOOR);
const STEP = new Decimal("0.01");

/** Per band, highest first, its range on the 2-decimal grid in Indonesian form. */
export function rentang(skala: Skala): { label: string; rentang: string }[] {
  return skala.bands.map((band, i) => {
    const above = i > 0 ? skala.bands[i - 1] : undefined;
    // Largest grid value that does not reach the band above.
    const hi = above?.min
      ? above.inclusive
        ? ceil2(above.min).minus(STEP)
        : floor2(above.min)
      : null;
    let text: string;
    if (band.min === null) {
      if (!above?.min) text = "semua nilai";
      else
        text = above.inclusive
          ? `< ${formatAngka(ceil2(above.min))}`
          : `≤ ${formatAngka(floor2(above.min))}`;
    } else if (hi === null) {
      text = band.inclusive
        ? `≥ ${formatAngka(ceil2(band.min))}`
        : `> ${formatAngka(floor2(band.min))}`;
    } else {
      const lo = band.inclusive ? ceil2(band.min) : floor2(band.min).plus(STEP);
      if (lo.eq(hi)) text = `= ${formatAngka(lo)}`;
      else if (lo.gt(hi)) text = "tidak ada nilai";
      else text = `${formatAngka(lo)} – ${formatAngka(hi)}`;
    }
    return { label: band.label, rentang: text };
  });
}
