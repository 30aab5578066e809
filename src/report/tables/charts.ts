/**
 * The charts of the output sheet (TABLES.md): capaian per indicator against the 100 % line
 * (with Tabel 2), capaian against serapan per sasaran (with Tabel 11), capaian s.d. each quarter
 * per indicator (with Tabel 13). Their numbers are the
 * computed results the tables print, so a table's header text or an indicator's name
 * ("Rata-rata lama sekolah") cannot change or hide them. The writer only draws them.
 */
import type { LkipHasil } from "../compute";
import type { ChartSpec } from "../contract";

/** More categories than this make an unreadable chart (and a needless payload): left out. */
export const MAX_CHART_CATEGORIES = 60;

export function chartsFor(hasil: LkipHasil, tables: number[]): ChartSpec[] {
  const out: ChartSpec[] = [];
  const add = (c: ChartSpec) => {
    if (tables.includes(c.table) && c.rows.length > 0 && c.rows.length <= MAX_CHART_CATEGORIES)
      out.push(c);
  };
  add({
    table: 2,
    title: "Capaian per indikator (%)",
    headers: ["Indikator", "Capaian (%)", "Target (100%)"],
    rows: hasil.indikator.map((h) => ({
      label: h.indikator.nama.value,
      values: [h.capaian.toNumber(), 100],
    })),
    line: 1,
  });
  add({
    table: 11,
    title: "Capaian kinerja dan serapan anggaran per sasaran (%)",
    headers: ["Sasaran", "Capaian (%)", "Serapan (%)"],
    // A sasaran without a capaian or a serapan has no bar pair to show.
    rows: hasil.sasaran.flatMap((s) => {
      const serapan = s.anggaran?.serapan ?? null;
      return s.capaian !== null && serapan !== null
        ? [{ label: s.sasaran.teks, values: [s.capaian.toNumber(), serapan.toNumber()] }]
        : [];
    }),
  });
  // Tabel 13: capaian s.d. each quarter per indicator (RULES §14); a quarter without one is a gap.
  const t = hasil.triwulan;
  if (t) {
    const quarters = ["I", "II", "III", "IV"].slice(0, t.n);
    add({
      table: 13,
      title: `Capaian s.d. triwulan per indikator (%)`,
      headers: ["Indikator", ...quarters.map((q) => `s.d. TW ${q}`)],
      rows: t.rows
        .filter((h) => h.perTriwulan.some((c) => c !== null))
        .map((h) => ({
          label: h.row.nama.value,
          values: h.perTriwulan.map((c) => (c === null ? null : c.toNumber())),
        })),
    });
  }
  return out;
}
