import { describe, expect, it } from "vitest";
import { writeSheetPlan } from "../../src/excel/write";
import type { ChartSpec, SheetPlan } from "../../src/report/contract/types";
import { fakeWorkbookFromPlan, findSheet, getCell, supportsFor } from "../host/fake-excel";
import { asRun, fixtureInputPlan, handSheetPlan } from "./support";

/** A Tabel 11 chart as the report layer makes it: one capaian and one serapan per sasaran. */
const SERAPAN: ChartSpec = {
  table: 11,
  title: "Capaian kinerja dan serapan anggaran per sasaran (%)",
  headers: ["Sasaran", "Capaian (%)", "Serapan (%)"],
  rows: [
    { label: "Sasaran A", values: [120.5, 97.8] },
    { label: "Sasaran B", values: [55.73, 88.1] },
  ],
};

function withSerapan(plan: SheetPlan): SheetPlan {
  return { ...plan, charts: [...plan.charts, SERAPAN] };
}

async function write(plan: SheetPlan) {
  const wb = fakeWorkbookFromPlan(fixtureInputPlan());
  const res = await writeSheetPlan(plan, {
    replace: false,
    run: asRun(wb),
    supports: supportsFor(wb),
  });
  return { res, sheet: findSheet(wb, res.sheetName)! };
}

describe("charts on the output sheet", () => {
  it("draws the plan's charts, with the target as a line where ExcelApi 1.7 is there", async () => {
    const plan = withSerapan(handSheetPlan(3));
    const { res, sheet: s } = await write(plan);
    expect(res.charts).toEqual(plan.charts.map((c) => c.title));
    expect(s.charts.map((c) => c.type)).toEqual(["ColumnClustered", "ColumnClustered"]);
    expect(s.charts[0].seriesTypes).toEqual({ 1: "Line" });
    expect(s.charts[1].seriesTypes).toEqual({});
    // The chart's source holds the header and the values it shows, right of the tables and
    // outside the print area (the tables' columns keep the tables' own widths).
    const src = s.charts[0].source;
    expect(src.col).toBeGreaterThan(plan.columnWidths.length);
    expect(getCell(s, src.row + 1, src.col + 1)?.value).toBe(plan.values[2][7]);
    expect(getCell(s, src.row + 1, src.col + 2)?.value).toBe(100);
    const src2 = s.charts[1].source;
    expect(getCell(s, src2.row, src2.col)?.value).toBe("Sasaran");
    SERAPAN.rows.forEach((r, k) => {
      expect(getCell(s, src2.row + 1 + k, src2.col)?.value).toBe(r.label);
      expect(getCell(s, src2.row + 1 + k, src2.col + 1)?.value).toBe(r.values[0]);
      expect(getCell(s, src2.row + 1 + k, src2.col + 2)?.value).toBe(r.values[1]);
    });
  });

  it("draws what the plan says, whatever the sheet's headers and labels read", async () => {
    const names = ["Rata-rata lama sekolah", "Jumlah penerima bantuan", "Total luas panen"];
    const plan = handSheetPlan(3, { firstIndikator: names });
    // Relabel every header of the laid-out table: the writer does not look at them.
    plan.values[1] = plan.values[1].map((v) => (typeof v === "string" ? `Kolom ${v}` : v));
    const { res, sheet: s } = await write(plan);
    expect(res.charts).toEqual(["Capaian per indikator (%)"]);
    const src = s.charts[0].source;
    expect(src.rows).toBe(names.length + 1);
    names.forEach((n, k) => expect(getCell(s, src.row + 1 + k, src.col)?.value).toBe(n));
  });

  it("draws nothing when the plan has no chart", async () => {
    const { res, sheet: s } = await write(handSheetPlan(3, { charts: [] }));
    expect(res.charts).toEqual([]);
    expect(s.charts).toEqual([]);
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
    expect(res.note).toBe("GRAFIK_TIDAK_DIBUAT");
    expect(getCell(findSheet(wb, res.sheetName)!, 4, 2)?.value).toBe(plan.values[4][2]);
  });
});
