/**
 * Merged areas read by the pane (Range.getMergedAreasOrNullObject, ExcelApi 1.13) in the same
 * syncs as the cells, handed on as RawRange.merges exactly as the .xlsx reader gives them.
 */
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/excel/read";
import { loadXlsx } from "../../src/xlsx/read";
import { writeInputPlan } from "../../src/xlsx/write";
import { readModel } from "../../src/report";
import { fakeWorkbookFromPlan, supportsFor } from "../host/fake-excel";
import { asRun, bigInputPlan } from "./support";
import type { InputWorkbookPlan, Merge } from "../../src/report";

/** n indicators; each sasaran's cell merged over its rows, and one Target over two rows. */
function mergedPlan(n: number): InputWorkbookPlan {
  const plan = bigInputPlan(n);
  const rows = plan.sheets[0].values;
  const merges: Merge[] = [];
  let top = 1;
  for (let r = 2; r <= rows.length; r++)
    if (r === rows.length || rows[r][1] !== rows[top][1]) {
      if (r - top > 1) merges.push({ row: top, col: 1, rows: r - top, cols: 1 });
      for (let q = top + 1; q < r; q++) rows[q][1] = null;
      top = r;
    }
  // Target of indicators 1 and 2 merged (RULES §12: it applies to both rows).
  rows[2][6] = null;
  merges.push({ row: 1, col: 6, rows: 2, cols: 1 });
  plan.sheets[0].merges = merges;
  return plan;
}

const viaXlsx = async (plan: InputWorkbookPlan) =>
  loadXlsx(Buffer.from(await writeInputPlan(plan).xlsx.writeBuffer()));

const byPlace = (m: Merge[] = []) =>
  [...m].sort((a, b) => a.row - b.row || a.col - b.col || a.rows - b.rows);

describe("readWorkbook reads merged areas", () => {
  it("gives the .xlsx reader's merges, in the same two syncs as without merges (1,000 indicators)", async () => {
    const plan = mergedPlan(1_000);
    const wb = fakeWorkbookFromPlan(plan);
    const pane = await readWorkbook({ run: asRun(wb), supports: supportsFor(wb) });
    const cli = await viaXlsx(plan);
    const merges = pane.raw.ranges.LKIP_IKU!.merges;
    expect(merges).toHaveLength(11);
    expect(byPlace(merges)).toEqual(byPlace(cli.raw.ranges.LKIP_IKU!.merges));
    // List; locate with the cells and their merges: the same count as test/excel/read.test.ts.
    expect(wb.stats.syncs).toBe(2);
    const plain = fakeWorkbookFromPlan(bigInputPlan(1_000));
    await readWorkbook({ run: asRun(plain), supports: supportsFor(plain) });
    expect(wb.stats.syncs).toBe(plain.stats.syncs);
    // The one model reader treats them alike: the merged Target serves both rows, merged
    // Sasaran cells continue (RULES §12).
    const a = readModel(pane.raw);
    const b = readModel(cli.raw);
    expect(a.indikator.map((i) => [i.sasaran, i.target.value.toString()])).toEqual(
      b.indikator.map((i) => [i.sasaran, i.target.value.toString()])
    );
    expect(a.indikator[1].target.value.toString()).toBe(String(plan.sheets[0].values[1][6]));
    expect(a.sasaran).toHaveLength(10);
    // (No LKIP_INFO in this plan: the year's galat is the only one.)
    expect(a.findings.filter((f) => f.tingkat !== "info" && f.kode !== "TAHUN_TIDAK_ADA")).toEqual(
      []
    );
  });

  it("in row blocks, a merge crossing a block's edge is taken once, clipped to the source", async () => {
    const plan = mergedPlan(1_000);
    const wb = fakeWorkbookFromPlan(plan);
    wb.limits.cells = 3_000; // stands for 5 M: the locating sync's values come back null
    const pane = await readWorkbook({
      run: asRun(wb),
      supports: supportsFor(wb),
      cellsPerChunk: 1_600,
    });
    const cli = await viaXlsx(plan);
    expect(byPlace(pane.raw.ranges.LKIP_IKU!.merges)).toEqual(
      byPlace(cli.raw.ranges.LKIP_IKU!.merges)
    );
  });

  it("reads the merges of a table found without a name", async () => {
    const plan = { ...mergedPlan(20), names: [] };
    const wb = fakeWorkbookFromPlan(plan);
    const pane = await readWorkbook({ run: asRun(wb), supports: supportsFor(wb) });
    expect(byPlace(pane.raw.ranges.LKIP_IKU!.merges)).toEqual(byPlace(plan.sheets[0].merges));
  });

  it("without ExcelApi 1.13 reads as before and says so once (info), never fails", async () => {
    const plan = mergedPlan(20);
    const wb = fakeWorkbookFromPlan(plan);
    wb.excelApiMinor = 12;
    const pane = await readWorkbook({ run: asRun(wb), supports: supportsFor(wb) });
    expect(pane.raw.ranges.LKIP_IKU!.merges).toBeUndefined();
    expect(pane.raw.ranges.LKIP_IKU!.values.length).toBe(21);
    const said = pane.raw.problems.filter((p) => p.kode === "SEL_GABUNG_TIDAK_DIBACA");
    expect(said).toMatchObject([{ tingkat: "info", param: { reason: "versi" } }]);
    expect(wb.stats.syncs).toBe(2);
  });

  it("when Excel refuses the merged areas (over 512), reads again without them and says so", async () => {
    const plan = bigInputPlan(1_200);
    const rows = plan.sheets[0].values;
    plan.sheets[0].merges = Array.from({ length: 520 }, (_, i) => {
      rows[2 + 2 * i][4] = null;
      return { row: 1 + 2 * i, col: 4, rows: 2, cols: 1 }; // Formulasi, merged in pairs
    });
    const wb = fakeWorkbookFromPlan(plan);
    const pane = await readWorkbook({ run: asRun(wb), supports: supportsFor(wb) });
    expect(pane.raw.ranges.LKIP_IKU!.values.length).toBe(1_201);
    expect(pane.raw.ranges.LKIP_IKU!.merges).toBeUndefined();
    expect(pane.raw.problems.filter((p) => p.kode === "SEL_GABUNG_TIDAK_DIBACA")).toMatchObject([
      { tingkat: "info", param: { reason: "gagal" } },
    ]);
  });
});
