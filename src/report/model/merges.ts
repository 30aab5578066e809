/**
 * Merged cells in a source (src/core/README.md §12), from the gateway's RawRange.merges: a merge
 * holds one value, in its top-left cell, and the cells it covers arrive blank.
 * - Sasaran / Tujuan / Program: left blank, so the readers continue the value above.
 * - Money (Pagu, Realisasi of LKIP_ANGGARAN and LKIP_BELANJA): counted once, on the first row;
 *   the rows below read Rp 0 (never the same money again), with a peringatan naming the range.
 * - Target / Realisasi / Satuan of LKIP_IKU: the value applies to every row, with an info —
 *   except on the rows an Indikator merged from above covers: one indicator drawn over several
 *   rows (a printed indicator serving two kegiatan) is one indicator, its figures read once on its
 *   top row (the reader names the rows below, iku.ts: SASARAN_TANPA_INDIKATOR).
 * Any other merged column is left as the gateway gave it (blank under the top-left cell).
 */
import { temuan } from "../contract";
import { resolveHeaders } from "./columns";
import { isMixedBudget } from "./layout";
import type { PilihanKolom } from "./columns";
import type { Finding, Merge, RawCell, RawRange } from "../contract";

const PER_ROW: Record<string, Record<string, string>> = {
  LKIP_IKU: { target: "Target", realisasi: "Realisasi", satuan: "Satuan" },
};
const MONEY: Record<string, Record<string, string>> = {
  LKIP_ANGGARAN: { pagu: "Pagu", realisasi: "Realisasi" },
  LKIP_BELANJA: { pagu: "Pagu", realisasi: "Realisasi" },
};

export function applyMerges(
  range: RawRange,
  tahun: number,
  pilihan: PilihanKolom = {}
): { range: RawRange; findings: Finding[] } {
  const merges = (range.merges ?? []).filter((m) => m.row >= 1 && m.rows > 1);
  if (merges.length === 0) return { range, findings: [] };
  const columns = resolveHeaders(range as RawRange & { source: "LKIP_IKU" }, tahun, pilihan)
    .columns as Record<string, number | undefined>;
  const byCol = new Map<number, [kind: "per-row" | "money", label: string]>();
  for (const [key, label] of Object.entries(PER_ROW[range.source] ?? {}))
    if (columns[key] !== undefined) byCol.set(columns[key]!, ["per-row", label]);
  for (const [key, label] of Object.entries(MONEY[range.source] ?? {}))
    if (columns[key] !== undefined) byCol.set(columns[key]!, ["money", label]);

  // A mixed budget table (WORKBOOK.md "Layouts as printed"): a program's money merged over its
  // second indicator row belongs to that one line; the row below, naming no line of its own,
  // continues it without money.
  const names = ["program", "kegiatan", "subKegiatan"].flatMap((key) =>
    columns[key] !== undefined ? [columns[key]!] : []
  );
  const mixed = isMixedBudget(range, tahun, pilihan);
  const continues = (r: number) =>
    mixed && names.every((c) => (range.values[r]?.[c] ?? null) === null);
  const values: RawCell[][] = range.values.map((row) => [...row]);
  const shared = indicatorMergedRows(range, columns.indikator);
  const findings: Finding[] = [];
  const where = (m: Merge) => ({
    sumber: range.source,
    cell: {
      sheet: range.sheet,
      row: range.row + m.row,
      col: range.col + m.col,
      rows: m.rows,
      cols: m.cols,
    },
  });
  for (const m of merges) {
    const hits = [...byCol.entries()].filter(([c]) => c >= m.col && c < m.col + m.cols);
    const last = Math.min(values.length, m.row + m.rows);
    for (const [col, [kind, label]] of hits) {
      const top = values[m.row]?.[col] ?? null;
      if (kind === "per-row") {
        const rows = [];
        for (let r = m.row + 1; r < last; r++) if (!shared.has(r)) rows.push(r);
        if (rows.length === 0) continue;
        for (const r of rows) values[r][col] = top;
        findings.push(temuan("SEL_GABUNG_PER_BARIS", { kolom: label, row: m.rows }, where(m)));
      } else {
        let own = false;
        for (let r = m.row + 1; r < last; r++) {
          if (continues(r)) continue;
          values[r][col] = 0;
          own = true;
        }
        if (own) findings.push(temuan("SEL_GABUNG_UANG", { kolom: label, row: m.rows }, where(m)));
      }
    }
  }
  return { range: { ...range, values }, findings };
}

/**
 * The rows (relative to the range) under the top of a merged Indikator cell, each mapped to the
 * row of that top cell: they hold no indicator of their own.
 */
export function indicatorMergedRows(range: RawRange, col: number | undefined): Map<number, number> {
  const out = new Map<number, number>();
  if (col === undefined || range.source !== "LKIP_IKU") return out;
  for (const m of range.merges ?? [])
    if (m.row >= 1 && m.rows > 1 && col >= m.col && col < m.col + m.cols)
      for (let r = m.row + 1; r < m.row + m.rows; r++) out.set(r, m.row);
  return out;
}
