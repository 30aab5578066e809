import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/excel/read";
import { writeInputPlan } from "../../src/excel/sample";
import {
  addSheet,
  createFakeWorkbook,
  findSheet,
  getCell,
  setCells,
  snapshotCells,
  supportsFor,
} from "../host/fake-excel";
import { asRun, fixtureInputPlan } from "./support";

describe("writeInputPlan", () => {
  it("creates sheets and workbook-scoped names that readWorkbook then finds", async () => {
    const wb = createFakeWorkbook();
    addSheet(wb, "Sheet1");
    const plan = fixtureInputPlan();
    const res = await writeInputPlan(plan, { run: asRun(wb), supports: supportsFor(wb) });
    expect(res.skippedNames).toEqual([]);
    expect(res.names.LKIP_IKU).toBe("'Data IKU'!A1:H4");
    const got = await readWorkbook({ run: asRun(wb) });
    expect(got.raw.problems).toEqual([]);
    for (const n of plan.names) {
      const sheet = plan.sheets.find((s) => s.name === n.sheet)!;
      expect(got.raw.ranges[n.name]).toMatchObject({
        sheet: n.sheet,
        row: n.row,
        col: n.col,
        values: sheet.values,
      });
    }
    expect(wb.activeSheet).toBe("Data IKU");
  });

  it("keeps literal values literal and writes formulas as formulas", async () => {
    const wb = createFakeWorkbook();
    addSheet(wb, "Sheet1");
    await writeInputPlan(
      {
        sheets: [
          {
            name: "Data IKU",
            values: [
              ["Indikator", "Capaian"],
              ["=bukan rumus", 50],
            ],
            formulas: [
              [null, null],
              [null, "=1+1"],
            ],
          },
        ],
        names: [],
      },
      { run: asRun(wb) }
    );
    const s = findSheet(wb, "Data IKU")!;
    expect(getCell(s, 1, 0)?.value).toBe("=bukan rumus");
    expect(getCell(s, 1, 0)?.formula).toBeUndefined();
    expect(getCell(s, 1, 1)?.formula).toBe("=1+1");
  });

  it("never overwrites: a taken sheet name gets the next free one, an existing name is kept", async () => {
    const wb = createFakeWorkbook();
    const mine = addSheet(wb, "Data IKU");
    setCells(mine, 0, 0, [["punya saya"]]);
    wb.names.push({ name: "LKIP_INFO", type: "Double", value: 5 });
    const before = snapshotCells(wb);
    const res = await writeInputPlan(fixtureInputPlan(), { run: asRun(wb) });
    expect(res.sheets["Data IKU"]).toBe("Data IKU (2)");
    expect(res.skippedNames).toEqual(["LKIP_INFO"]);
    expect(snapshotCells(wb, ["Data IKU"])).toEqual(before);
    expect(wb.names.find((n) => n.name === "LKIP_INFO")).toEqual({
      name: "LKIP_INFO",
      type: "Double",
      value: 5,
    });
    const got = await readWorkbook({ run: asRun(wb) });
    expect(got.raw.ranges.LKIP_IKU?.sheet).toBe("Data IKU (2)");
  });
});

describe("writeInputPlan on real Excel", () => {
  it("recalculates after writing formulas under suspended calculation (no stale values until F9)", async () => {
    const wb = createFakeWorkbook();
    addSheet(wb, "Sheet1");
    const plan = fixtureInputPlan();
    plan.sheets[0].formulas = plan.sheets[0].values.map((row, r) =>
      row.map((_, c) => (r > 0 && c === 7 ? `=G${r + 1}*1` : null))
    );
    await writeInputPlan(plan, { run: asRun(wb), supports: supportsFor(wb) });
    const cells = [...findSheet(wb, "Data IKU")!.cells.values()].filter((c) => c.formula);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((c) => c.stale)).toEqual([]);
    expect(wb.stats.calculations).toBe(1);
  });

  it("stops before writing anything when the workbook's structure is protected", async () => {
    const wb = createFakeWorkbook();
    addSheet(wb, "Sheet1");
    wb.protectedStructure = true;
    await expect(
      writeInputPlan(fixtureInputPlan(), { run: asRun(wb), supports: supportsFor(wb) })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(wb.names).toEqual([]);
  });
});
