/**
 * Merged cells in a source (src/core/README.md §12), from the gateway's RawRange.merges: a merge
 * holds one value, in its top-left cell, and the cells it covers arrive blank.
 * - Sasaran / Tujuan / Program: left blank, so the readers continue the value above.
 * - Money (Pagu, Realisasi of LKIP_ANGGARAN and LKIP_BELANJA): counted once, on the first row;
 *   the rows below read Rp 0 (never the same money again), with a peringatan naming the range.
 * - Target / Realisasi / Satuan of LKIP_IKU: the value applies to every row, with an info.
 * Any other merged column is left as the gateway gave it (blank under the top-left cell).
 */
import { rangeAddress } from "../contract";
import { resolveHeaders } from "./columns";
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
  tahun: number
): { range: RawRange; findings: Finding[] } {
  const merges = (range.merges ?? []).filter((m) => m.row >= 1 && m.rows > 1);
  if (merges.length === 0) return { range, findings: [] };
  const columns = resolveHeaders(range as RawRange & { source: "LKIP_IKU" }, tahun)
    .columns as Record<string, number | undefined>;
  const byCol = new Map<number, [kind: "per-row" | "money", label: string]>();
  for (const [key, label] of Object.entries(PER_ROW[range.source] ?? {}))
    if (columns[key] !== undefined) byCol.set(columns[key]!, ["per-row", label]);
  for (const [key, label] of Object.entries(MONEY[range.source] ?? {}))
    if (columns[key] !== undefined) byCol.set(columns[key]!, ["money", label]);

  const values: RawCell[][] = range.values.map((row) => [...row]);
  const findings: Finding[] = [];
  const where = (m: Merge) =>
    rangeAddress(range.sheet, range.row + m.row, range.col + m.col, m.rows, m.cols);
  for (const m of merges) {
    const hits = [...byCol.entries()].filter(([c]) => c >= m.col && c < m.col + m.cols);
    const last = Math.min(values.length, m.row + m.rows);
    for (const [col, [kind, label]] of hits) {
      const top = values[m.row]?.[col] ?? null;
      if (kind === "per-row") {
        for (let r = m.row + 1; r < last; r++) values[r][col] = top;
        findings.push({
          tingkat: "info",
          kode: "SEL_GABUNG_PER_BARIS",
          pesan: `${label} di ${where(m)} adalah sel gabungan (merge) atas ${m.rows} baris; nilainya dipakai untuk setiap baris indikator di dalamnya.`,
          lokasi: where(m),
        });
      } else {
        for (let r = m.row + 1; r < last; r++) values[r][col] = 0;
        findings.push({
          tingkat: "peringatan",
          kode: "SEL_GABUNG_UANG",
          pesan: `${label} di ${where(m)} adalah sel gabungan (merge) atas ${m.rows} baris; jumlahnya dihitung sekali saja, pada baris pertamanya, dan baris lain di dalamnya dihitung Rp 0. Bila tiap baris punya ${label.toLowerCase()} sendiri, pisahkan sel itu (Unmerge) dan isi nilainya per baris.`,
          lokasi: where(m),
        });
      }
    }
  }
  return { range: { ...range, values }, findings };
}
