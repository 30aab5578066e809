import { describe, expect, it } from "vitest";
import { capaianChart, capaianSerapanChart, MAX_CHART_CATEGORIES } from "../../src/excel/charts";
import { writeSheetPlan } from "../../src/excel/write";
import type { SheetPlan } from "../../src/report/contract/types";
import { fakeWorkbookFromPlan, findSheet, getCell, supportsFor } from "../host/fake-excel";
import { asRun, fixtureInputPlan, handSheetPlan } from "./support";

/** handSheetPlan plus a Tabel 11-like block: Sasaran merged over two indicators. */
function withTabel11(plan: SheetPlan): SheetPlan {
  const start = plan.values.length + 1;
  const rows: (string | number | null)[][] = [
    ["Tabel 2 — Efektivitas anggaran", null, null, null, null, null],
    ["No", "Sasaran", "Indikator", "Capaian Kinerja Sasaran (%)", "Realisasi Anggaran (Rp)", "%"],
    [1, "Sasaran A", "Indikator 1", 120.5, 1000000, 97.8],
    [null, null, "Indikator 2", null, null, null],
    [2, "Sasaran B", "Indikator 3", 55.73, 2000000, 88.1],
    [null, "Total", null, null, 3000000, 91.2],
  ];
  const width = plan.values[0].length;
  const pad = (r: (string | number | null)[]) => [...r, ...Array(width - r.length).fill(null)];
  return {
    ...plan,
    values: [...plan.values, pad([]), ...rows.map(pad)],
    numberFormats: [
      ...plan.numberFormats,
      ...Array.from({ length: rows.length + 1 }, () => Array(width).fill("General")),
    ],
    tables: [...plan.tables, { id: 11, title: "Tabel 2", row: start, rows: rows.length, cols: 6 }],
  };
}

describe("chart data from plan.tables", () => {
  it("takes capaian per indicator from Tabel 2 with a 100 % target", () => {
    const plan = handSheetPlan(3);
    const c = capaianChart(plan)!;
    expect(c.rows).toEqual(plan.values.slice(2).map((r) => ({ label: r[2], values: [r[7], 100] })));
  });

  it("takes one capaian and serapan per sasaran from Tabel 11, skipping the total line", () => {
    const c = capaianSerapanChart(withTabel11(handSheetPlan(3)))!;
    expect(c.rows).toEqual([
      { label: "Sasaran A", values: [120.5, 97.8] },
      { label: "Sasaran B", values: [55.73, 88.1] },
    ]);
  });

  it("gives no chart when the table is absent or too long to read", () => {
    expect(capaianSerapanChart(handSheetPlan(3))).toBeNull();
    expect(capaianChart(handSheetPlan(MAX_CHART_CATEGORIES + 1))).toBeNull();
  });
});

describe("charts on the output sheet", () => {
  it("adds both charts, with the target as a line where ExcelApi 1.7 is there", async () => {
    const wb = fakeWorkbookFromPlan(fixtureInputPlan());
    const plan = withTabel11(handSheetPlan(3));
    const res = await writeSheetPlan(plan, {
      replace: false,
      run: asRun(wb),
      supports: supportsFor(wb),
    });
    expect(res.charts.length).toBe(2);
    const s = findSheet(wb, res.sheetName)!;
    expect(s.charts.map((c) => c.type)).toEqual(["ColumnClustered", "ColumnClustered"]);
    expect(s.charts[0].seriesTypes).toEqual({ 1: "Line" });
    // The chart's source holds the header and the values it shows, below the tables.
    const src = s.charts[0].source;
    expect(src.row).toBeGreaterThanOrEqual(plan.values.length);
    expect(getCell(s, src.row + 1, src.col + 1)?.value).toBe(plan.values[2][7]);
    expect(getCell(s, src.row + 1, src.col + 2)?.value).toBe(100);
  });

  it("still writes the tables when the host refuses the charts", async () => {
    const wb = fakeWorkbookFromPlan(fixtureInputPlan());
    wb.excelApiMinor = 6; // chart series type needs 1.7: our supports() says no, so no Line...
    const plan = handSheetPlan(3);
    // ...but a host that claims the chart series type and then fails on it.
    const honest = supportsFor(wb);
    const supportsLies = (set: string, v: string) => v === "1.7" || honest(set, v);
    const res = await writeSheetPlan(plan, {
      replace: false,
      run: asRun(wb),
      supports: supportsLies,
    });
    expect(res.status).toBe("written");
    expect(res.charts).toEqual([]);
    expect(res.note).toMatch(/Grafik/);
    expect(getCell(findSheet(wb, res.sheetName)!, 4, 2)?.value).toBe(plan.values[4][2]);
  });
});
