/**
 * RULES §9 (src/core/README.md): a percent-formatted cell of a percent-point column is read as the
 * percent points it prints (0,6902 shown as 69,02 % → 69,02). The gateways (Office.js and .xlsx)
 * only report which numeric cells are percent-formatted (RawRange.percent); this is the one place
 * the conversion is made, per column.
 */
import { Decimal } from "../../core";
import type { RawRange } from "../contract";
import { resolveHeaders, type TriwulanKolom } from "./columns";
import type { PilihanKolom } from "./columns";

/** Percent-point columns per source (§9): Target, Realisasi, earlier Realisasi, Target Renstra, typed Capaian/Serapan/Efisiensi. */
const IKU_PERCENT_POINT = [
  "target",
  "realisasi",
  "targetRenstra",
  "targetAkhirRenstra",
  "standarNasional",
  "capaian",
  "serapan",
  "efisiensi",
] as const;
const ANGGARAN_PERCENT_POINT = ["serapan"] as const;
/** LKIP_TRIWULAN: the year's and the quarters' Target and Realisasi (not the money). */
const TRIWULAN_PERCENT_POINT: TriwulanKolom[] = [
  "target",
  ...([1, 2, 3, 4] as const).flatMap((n) => [`targetTw${n}` as const, `realisasiTw${n}` as const]),
];

/** × 100 exactly, on the value Excel shows (15 significant digits), so 0.9271 gives 92.71, not 92.71000000000001. */
export function percentPoints(fraction: number): number {
  return new Decimal(fraction.toPrecision(15)).times(100).toNumber();
}

/** The range with §9 applied to its percent-point columns; other cells (and a range without formats) unchanged. */
export function percentAsPrinted(
  range: RawRange,
  tahun: number,
  pilihan: PilihanKolom = {}
): RawRange {
  const pct = range.percent;
  if (!pct || !pct.some((row) => row.some(Boolean))) return range;
  let cols: number[] = [];
  if (range.source === "LKIP_IKU") {
    const h = resolveHeaders(range as RawRange & { source: "LKIP_IKU" }, tahun, pilihan);
    cols = [...IKU_PERCENT_POINT.map((k) => h.columns[k]), ...h.tahunLalu.map((t) => t.col)].filter(
      (c): c is number => c !== undefined
    );
  } else if (range.source === "LKIP_ANGGARAN") {
    const h = resolveHeaders(range as RawRange & { source: "LKIP_ANGGARAN" }, tahun, pilihan);
    cols = ANGGARAN_PERCENT_POINT.map((k) => h.columns[k]).filter(
      (c): c is number => c !== undefined
    );
  } else if (range.source === "LKIP_TRIWULAN") {
    const h = resolveHeaders(range as RawRange & { source: "LKIP_TRIWULAN" }, tahun, pilihan);
    cols = TRIWULAN_PERCENT_POINT.map((k) => h.columns[k]).filter(
      (c): c is number => c !== undefined
    );
  }
  if (cols.length === 0) return range;
  const values = range.values.map((row, r) =>
    r === 0
      ? row
      : row.map((v, c) =>
          typeof v === "number" && pct[r]?.[c] && cols.includes(c) ? percentPoints(v) : v
        )
  );
  return { ...range, values };
}
