import type { SheetPlan } from "../report";

/** Rows for one chart: a label and one or more numeric series, taken as printed in plan.tables. */
export interface ChartData {
  title: string;
  headers: string[];
  rows: { label: string; values: number[] }[];
}

/** More categories than this make an unreadable chart (and a needless payload): skip it. */
export const MAX_CHART_CATEGORIES = 60;

const norm = (v: unknown) => (typeof v === "string" ? v.trim() : "");

interface Pick {
  label: RegExp;
  series: RegExp[];
}

/**
 * Find, inside one table of the plan, the header row holding the label column and every series
 * column, then read the body rows below it. Merged label cells (blank below the first row) carry
 * the label down; rows whose label is a total/average line, or whose value is not a number, are left out.
 */
function extract(
  plan: SheetPlan,
  tableId: number,
  pick: Pick,
  firstPerLabel: boolean
): { label: string; values: number[] }[] | null {
  const t = plan.tables.find((x) => x.id === tableId);
  if (!t) return null;
  const end = Math.min(plan.values.length, t.row + t.rows);
  for (let h = t.row; h < end; h++) {
    const row = plan.values[h] ?? [];
    const labelCol = row.findIndex((v) => pick.label.test(norm(v)));
    if (labelCol < 0) continue;
    const seriesCols = pick.series.map((re) => {
      // The last matching header wins: a group header ("Capaian") sits left of its sub-columns.
      let found = -1;
      row.forEach((v, c) => {
        if (c !== labelCol && re.test(norm(v))) found = c;
      });
      return found;
    });
    if (seriesCols.some((c) => c < 0)) continue;

    const out: { label: string; values: number[] }[] = [];
    let carried = "";
    for (let r = h + 1; r < end; r++) {
      const cells = plan.values[r] ?? [];
      const label = norm(cells[labelCol]) || carried;
      carried = label;
      if (!label || /^(rata|total|jumlah)/i.test(label)) continue;
      const values = seriesCols.map((c) => cells[c]);
      if (!values.every((v): v is number => typeof v === "number" && Number.isFinite(v))) continue;
      if (firstPerLabel && out.some((o) => o.label === label)) continue;
      out.push({ label, values });
    }
    return out.length > 0 ? out : null;
  }
  return null;
}

/** Capaian per indicator (Tabel 2) against the 100 % line. */
export function capaianChart(plan: SheetPlan): ChartData | null {
  const rows = extract(plan, 2, { label: /^indikator/i, series: [/capaian/i] }, false);
  if (!rows || rows.length > MAX_CHART_CATEGORIES) return null;
  return {
    title: "Capaian per indikator (%)",
    headers: ["Indikator", "Capaian (%)", "Target (100%)"],
    rows: rows.map((r) => ({ label: r.label, values: [r.values[0], 100] })),
  };
}

/** Capaian vs serapan per sasaran (Tabel 11: one capaian and one % of budget per sasaran). */
export function capaianSerapanChart(plan: SheetPlan): ChartData | null {
  const rows = extract(
    plan,
    11,
    { label: /^sasaran/i, series: [/capaian/i, /^%$|serapan/i] },
    true
  );
  if (!rows || rows.length > MAX_CHART_CATEGORIES) return null;
  return {
    title: "Capaian kinerja dan serapan anggaran per sasaran (%)",
    headers: ["Sasaran", "Capaian (%)", "Serapan (%)"],
    rows,
  };
}
