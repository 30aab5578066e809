import { describe, expect, it } from "vitest";
import {
  addSheet,
  createFakeWorkbook,
  FakeContext,
  formulaCells,
  getCell,
  makeRun,
  setCells,
} from "./fake-excel";

// The double must fail where Office.js fails, or the src/excel tests prove nothing.
describe("fake Excel behaves like Office.js where it matters", () => {
  it("throws PropertyNotLoaded for a property read before load + sync", async () => {
    const wb = createFakeWorkbook();
    setCells(addSheet(wb, "S"), 0, 0, [[1, 2]]);
    await makeRun(wb)(async (ctx: FakeContext) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
      expect(() => r.values).toThrow(/not available/);
      r.load("values");
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([[1, 2]]);
    });
  });

  it("knows isNullObject only after sync", async () => {
    const wb = createFakeWorkbook();
    addSheet(wb, "S");
    await makeRun(wb)(async (ctx: FakeContext) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const there = ctx.workbook.worksheets.getItemOrNullObject("s");
      expect(() => missing.isNullObject).toThrow();
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
    });
  });

  it("turns formula-looking strings into formulas unless the cell is Text", async () => {
    const wb = createFakeWorkbook();
    const s = addSheet(wb, "S");
    const inputs = ['=HYPERLINK("x")', "+62 811", "@SUM(A1)", "-lima", "0812", "#REF!"];
    await makeRun(wb)(async (ctx: FakeContext) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRangeByIndexes(0, 0, 1, inputs.length).values = [inputs];
      const text = ws.getRangeByIndexes(1, 0, 1, inputs.length);
      text.numberFormat = [inputs.map(() => "@")];
      text.values = [inputs];
      await ctx.sync();
    });
    expect(formulaCells(s).sort()).toEqual(["A1", "B1", "C1", "D1"]);
    expect(getCell(s, 0, 4)?.value).toBe(812);
    expect(getCell(s, 0, 5)?.error).toBe("#REF!");
    inputs.forEach((v, c) => expect(getCell(s, 1, c)?.value).toBe(v));
  });

  it("fails a sync whose request exceeds the limit, before applying anything", async () => {
    const wb = createFakeWorkbook();
    const s = addSheet(wb, "S");
    wb.limits.requestBytes = 1000;
    await expect(
      makeRun(wb)(async (ctx: FakeContext) => {
        ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 100, 1).values = Array.from(
          { length: 100 },
          () => ["abcdefghij"]
        );
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(s.cells.size).toBe(0);
  });
});
