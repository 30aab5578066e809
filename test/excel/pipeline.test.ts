/** src/excel together with src/report: the task pane's path from workbook to output sheet. */
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/excel/read";
import { writeInputPlan } from "../../src/excel/sample";
import { writeSheetPlan } from "../../src/excel/write";
import { readModel, tabelSheet } from "../../src/report";
import { sampleInput } from "../../src/report/sample/sample";
import {
  addSheet,
  createFakeWorkbook,
  fakeWorkbookFromPlan,
  findSheet,
  formulaCells,
  getCell,
  resetStats,
  snapshotCells,
  supportsFor,
  type FakeWorkbook,
} from "../host/fake-excel";
import { asRun, bigInputPlan } from "./support";

async function buildAndWrite(wb: FakeWorkbook) {
  const run = asRun(wb);
  const supports = supportsFor(wb);
  const read = await readWorkbook({ run, supports });
  const model = readModel(read.raw);
  const plan = tabelSheet(model).plan;
  const res = await writeSheetPlan(plan, { replace: false, run, supports, known: read });
  return { plan, res };
}

describe("read → report → write", () => {
  it("writes the sample's tables as laid out, as text where text, without touching the inputs", async () => {
    const wb = createFakeWorkbook();
    addSheet(wb, "Sheet1");
    await writeInputPlan(sampleInput(), { run: asRun(wb), supports: supportsFor(wb) });
    const inputs = snapshotCells(wb);
    const { plan, res } = await buildAndWrite(wb);
    expect(res.status).toBe("written");
    expect(snapshotCells(wb, Object.keys(inputs))).toEqual(inputs);
    const s = findSheet(wb, res.sheetName)!;
    expect(formulaCells(s)).toEqual([]);
    plan.values.forEach((row, r) =>
      row.forEach((v, c) => expect(getCell(s, r, c)?.value ?? "").toBe(v ?? ""))
    );
    // The sample's three charts (Tabel 2, 11 and the quarters' 13), drawn from the plan's chart data.
    expect(plan.charts.map((c) => c.table)).toEqual([2, 11, 13]);
    expect(res.charts).toEqual(plan.charts.map((c) => c.title));
    expect(s.charts.length).toBe(plan.charts.length);
  });

  it("3 syncs at 10 indicators, 2 + the 5 MB splits at 10,000, each request under 5 MB", async () => {
    const runs: { syncs: number; max: number; total: number; written: number }[] = [];
    for (const n of [10, 10_000]) {
      const wb = fakeWorkbookFromPlan(bigInputPlan(n));
      resetStats(wb);
      const { plan, res } = await buildAndWrite(wb);
      expect(plan.values.length).toBeGreaterThan(n);
      expect(res.status).toBe("written");
      runs.push({
        syncs: wb.stats.syncs,
        max: Math.max(...wb.stats.requestBytes),
        total: wb.stats.requestBytes.reduce((a, b) => a + b, 0),
        // The write's requests: the reads are the first two syncs.
        written: wb.stats.requestBytes.slice(2).reduce((a, b) => a + b, 0),
      });
    }
    // Two round trips to read (list; locate with the cells), one to write the data, the charts
    // and the final name (the read tells the writer which sheets exist).
    expect(runs[0].syncs).toBe(3);
    // 10,000: the same two reads, and the write in as many syncs as 5 MB requests force.
    expect(runs[1].syncs).toBeLessThanOrEqual(2 + Math.ceil(runs[1].written / (5 * 1024 * 1024)));
    expect(runs[1].max).toBeLessThan(5 * 1024 * 1024);
  });
});
