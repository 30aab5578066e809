import { describe, expect, it } from "vitest";
import {
  addSheet,
  createFakeWorkbook,
  FakeContext,
  formulaCells,
  getCell,
  defineName,
  installFakeOffice,
  makeFakeRun,
  setCells,
  setError,
  type FakeWorkbook,
} from "./fake-excel";
import { customFunctionsRuntime, invokeLikeExcel } from "./custom-functions";

// The double must fail where Office.js fails, or the src/excel tests prove nothing.
describe("fake Excel behaves like Office.js where it matters", () => {
  it("throws PropertyNotLoaded for a property read before load + sync", async () => {
    const wb = createFakeWorkbook();
    setCells(addSheet(wb, "S"), 0, 0, [[1, 2]]);
    await makeFakeRun(wb)(async (ctx: FakeContext) => {
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
    await makeFakeRun(wb)(async (ctx: FakeContext) => {
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
    await makeFakeRun(wb)(async (ctx: FakeContext) => {
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
      makeFakeRun(wb)(async (ctx: FakeContext) => {
        ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 100, 1).values = Array.from(
          { length: 100 },
          () => ["abcdefghij"]
        );
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(s.cells.size).toBe(0);
  });

  // excel-add-ins-ranges-unbounded: cell-level properties of whole columns/rows come back null.
  it("styles every area of Worksheet.getRanges in one action, and refuses an over-long area list", async () => {
    const wb = createFakeWorkbook();
    addSheet(wb, "S");
    await makeFakeRun(wb)(async (ctx: FakeContext) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRanges("A1:B2, D4").format.wrapText = true;
      await ctx.sync();
    });
    const s = wb.sheets[0];
    for (const [r, c] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [3, 3],
    ])
      expect(getCell(s, r, c)?.wrap).toBe(true);
    expect(getCell(s, 2, 2)?.wrap).toBeUndefined();
    expect(wb.stats.requestBytes.at(-1)).toBeLessThan(200);

    const long = Array.from({ length: 1500 }, (_, i) => `A${2 * i + 1}`).join(",");
    expect(long.length).toBeGreaterThan(8192);
    await expect(
      makeFakeRun(wb)(async (ctx: FakeContext) => {
        ctx.workbook.worksheets.getItem("S").getRanges(long).format.font.bold = true;
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("gives null values for a whole-column read, and valid geometry", async () => {
    const wb = createFakeWorkbook();
    setCells(addSheet(wb, "Data IKU"), 0, 0, [["Sasaran"], ["S1"]]);
    await makeFakeRun(wb)(async (ctx: FakeContext) => {
      const r = ctx.workbook.worksheets.getItem("Data IKU").getRange("A:H");
      r.load("values,valueTypes,rowCount,columnCount,address");
      await ctx.sync();
      expect(r.values).toBeNull();
      expect(r.valueTypes).toBeNull();
      expect([r.rowCount, r.columnCount]).toEqual([1048576, 8]);
      expect(r.address).toBe("'Data IKU'!A:H");
    });
  });

  it("refuses a cell-level write to a whole column", async () => {
    const wb = createFakeWorkbook();
    addSheet(wb, "S");
    await expect(
      makeFakeRun(wb)(async (ctx: FakeContext) => {
        ctx.workbook.worksheets.getItem("S").getRange("B:B").numberFormat = [["@"]];
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  // resource-limits: gets are limited to 5 M cells; current builds give null (office-js #4783) or fail.
  it("gives null, or an error, for a read over the cell limit", async () => {
    const wb = createFakeWorkbook();
    addSheet(wb, "S");
    wb.limits.cells = 100;
    const read = () =>
      makeFakeRun(wb)(async (ctx: FakeContext) => {
        const r = ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 11, 10);
        r.load("values");
        await ctx.sync();
        return r.values;
      });
    expect(await read()).toBeNull();
    wb.limits.overCells = "error";
    await expect(read()).rejects.toHaveProperty("code");
  });

  it("fails every request while the user edits a cell", async () => {
    const wb = createFakeWorkbook();
    addSheet(wb, "S");
    wb.cellEditMode = true;
    await expect(
      makeFakeRun(wb)(async (ctx: FakeContext) => {
        ctx.workbook.worksheets.load("items/name");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  it("refuses edits on a protected sheet and new sheets in a protected workbook", async () => {
    const wb = createFakeWorkbook();
    addSheet(wb, "S").protected = true;
    const edit = (f: (ctx: FakeContext) => void) =>
      makeFakeRun(wb)(async (ctx: FakeContext) => {
        f(ctx);
        await ctx.sync();
      });
    await expect(
      edit((ctx) => (ctx.workbook.worksheets.getItem("S").getRange("A1").values = [[1]]))
    ).rejects.toMatchObject({ code: "AccessDenied" });
    wb.protectedStructure = true;
    await expect(edit((ctx) => ctx.workbook.worksheets.add("Baru"))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    expect(wb.sheets.map((s) => s.name)).toEqual(["S"]);
  });

  it("applies Excel's sheet-name rules", async () => {
    const wb = createFakeWorkbook();
    addSheet(wb, "S");
    for (const bad of ["a/b", "x".repeat(32), "'kutip", "History", "[1]", "   "]) {
      await expect(
        makeFakeRun(wb)(async (ctx: FakeContext) => {
          ctx.workbook.worksheets.add(bad);
          await ctx.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    expect(wb.sheets).toHaveLength(1);
  });

  it("leaves a #REF! name of type Error when its sheet is deleted", async () => {
    const wb: FakeWorkbook = createFakeWorkbook();
    addSheet(wb, "Data IKU");
    addSheet(wb, "Lain");
    defineName(wb, "LKIP_IKU", "Data IKU", { row: 0, col: 0, rows: 5, cols: 4 });
    await makeFakeRun(wb)(async (ctx: FakeContext) => {
      ctx.workbook.worksheets.getItem("Data IKU").delete();
      await ctx.sync();
      const n = ctx.workbook.names.getItem("LKIP_IKU");
      n.load("type,value");
      const r = n.getRangeOrNullObject();
      await ctx.sync();
      expect([n.type, n.value]).toEqual(["Error", "#REF!"]);
      expect(r.isNullObject).toBe(true);
    });
  });

  it("reads a table's header, body and Total Row apart", async () => {
    const wb = createFakeWorkbook();
    setCells(addSheet(wb, "T"), 0, 0, [["Pagu"], [10], [20], [30]]);
    wb.tables.push({
      name: "LKIP_BELANJA",
      sheet: "T",
      rect: { row: 0, col: 0, rows: 4, cols: 1 },
      showTotals: true,
    });
    await makeFakeRun(wb)(async (ctx: FakeContext) => {
      const t = ctx.workbook.tables.getItem("LKIP_BELANJA");
      const body = t.getDataBodyRange().load("values");
      const total = t.getTotalRowRange().load("values");
      await ctx.sync();
      expect(body.values).toEqual([[10], [20]]);
      expect(total.values).toEqual([[30]]);
    });
  });

  it("gives the used range, A1 for a blank sheet, or a null object", async () => {
    const wb = createFakeWorkbook();
    setCells(addSheet(wb, "S"), 2, 1, [
      [1, 2],
      [3, null],
    ]);
    addSheet(wb, "Kosong");
    await makeFakeRun(wb)(async (ctx: FakeContext) => {
      const used = ctx.workbook.worksheets.getItem("S").getUsedRange(true).load("address");
      const blank = ctx.workbook.worksheets.getItem("Kosong").getUsedRange().load("address");
      const none = ctx.workbook.worksheets.getItem("Kosong").getUsedRangeOrNullObject(true);
      await ctx.sync();
      expect(used.address).toBe("S!B3:C4");
      expect(blank.address).toBe("Kosong!A1");
      expect(none.isNullObject).toBe(true);
    });
  });

  it("lets Office.onReady resolve late", async () => {
    const win: { Office?: { onReady: () => Promise<unknown> } } = {};
    installFakeOffice(win, createFakeWorkbook(), { readyDelayMs: 50 });
    let ready = false;
    void win.Office!.onReady().then(() => (ready = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(ready).toBe(false);
    await new Promise((r) => setTimeout(r, 80));
    expect(ready).toBe(true);
  });
});

// custom-functions-json: an error in an input reaches an `any` parameter only with
// allowErrorForDataTypeAny; without it Excel answers with that error and never calls the function.
describe("fake custom-functions runtime", () => {
  const rt = customFunctionsRuntime(() => undefined);
  const seen: unknown[] = [];
  const fn = (x: unknown) => {
    seen.push(x);
    return 1;
  };
  it("does not call a function with an error input unless the metadata allows it", () => {
    const wb = createFakeWorkbook();
    setError(addSheet(wb, "S"), 0, 0, "#DIV/0!");
    const arg = [[{ error: "#DIV/0!" }], [5]];
    expect(invokeLikeExcel(rt, {}, fn, [arg])).toMatchObject({ code: "#DIV/0!" });
    expect(seen).toHaveLength(0);
    invokeLikeExcel(rt, { allowErrorForDataTypeAny: true }, fn, [arg]);
    expect(seen).toHaveLength(1);
  });

  it("refuses #REF! and #NAME? as outputs", () => {
    const out = invokeLikeExcel(rt, {}, () => new rt.Error("#REF!" as never), []);
    expect(out).toMatchObject({ code: "#VALUE!" });
  });
});

describe("requests lost on the way (DOCS.requestAborted)", () => {
  const attempt = async (when: "before" | "after") => {
    const wb = createFakeWorkbook();
    addSheet(wb, "S");
    wb.faults = [{ sync: 1, when }];
    const error = await makeFakeRun(wb)(async (ctx: FakeContext) => {
      ctx.workbook.worksheets.add("T");
      return ctx.sync().then(
        () => null,
        (e: { code?: string }) => e.code
      );
    });
    return { wb, error };
  };
  it("before Excel ran it: RequestAborted, nothing applied", async () => {
    const { wb, error } = await attempt("before");
    expect(error).toBe("RequestAborted");
    expect(wb.sheets.map((s) => s.name)).toEqual(["S"]);
  });
  it("after Excel ran it, the reply lost: the same RequestAborted, everything applied", async () => {
    const { wb, error } = await attempt("after");
    expect(error).toBe("RequestAborted");
    expect(wb.sheets.map((s) => s.name)).toEqual(["S", "T"]);
  });
});

describe("Range.dataValidation (DOCS.dataValidation, ExcelApi 1.8)", () => {
  const setList = (wb: FakeWorkbook, rule: Excel.DataValidationRule) =>
    makeFakeRun(wb)(async (ctx: FakeContext) => {
      ctx.workbook.worksheets.getItem("S").getRange("C2:C5").dataValidation.rule = rule;
      await ctx.sync();
    });
  const list = { list: { inCellDropDown: true, source: "kumulatif,akhir,rata-rata" } };

  it("an in-cell list is kept on its cells", async () => {
    const wb = createFakeWorkbook();
    const s = addSheet(wb, "S");
    await setList(wb, list);
    expect(s.validations).toEqual([
      {
        rect: { row: 1, col: 2, rows: 4, cols: 1 },
        list: ["kumulatif", "akhir", "rata-rata"],
        inCellDropDown: true,
      },
    ]);
  });

  it("fails where Excel fails: before 1.8, on a protected sheet, two types in one rule", async () => {
    const old = createFakeWorkbook();
    addSheet(old, "S");
    old.excelApiMinor = 7;
    await expect(setList(old, list)).rejects.toMatchObject({ code: "ApiNotFound" });
    const locked = createFakeWorkbook();
    addSheet(locked, "S").protected = true;
    await expect(setList(locked, list)).rejects.toMatchObject({ code: "AccessDenied" });
    const wb = createFakeWorkbook();
    addSheet(wb, "S");
    const two = { ...list, wholeNumber: { formula1: 1, operator: "GreaterThan" } };
    await expect(setList(wb, two as Excel.DataValidationRule)).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });
});

describe("Range.getMergedAreasOrNullObject (DOCS.mergedAreas, ExcelApi 1.13)", () => {
  const merged = (wb: FakeWorkbook, address: string) =>
    makeFakeRun(wb)(async (ctx: FakeContext) => {
      const areas = ctx.workbook.worksheets
        .getItem("S")
        .getRange(address)
        .getMergedAreasOrNullObject();
      areas.load("address,areaCount");
      const items = areas.areas;
      await ctx.sync();
      if (areas.isNullObject) return null;
      items.load("address");
      await ctx.sync();
      return {
        address: areas.address,
        count: areas.areaCount,
        areas: items.items.map((r) => r.address),
      };
    });
  const sheetWith = (merges: { row: number; col: number; rows: number; cols: number }[]) => {
    const wb = createFakeWorkbook();
    addSheet(wb, "S").merges.push(...merges);
    return wb;
  };

  it("gives the merged areas whose top-left cell is in the range, whole, each with its sheet", async () => {
    const wb = sheetWith([
      { row: 1, col: 0, rows: 3, cols: 1 }, // A2:A4
      { row: 5, col: 1, rows: 1, cols: 4 }, // B6:E6
      { row: 0, col: 3, rows: 2, cols: 1 }, // D1:D2, its top-left outside B2:E9
    ]);
    expect(await merged(wb, "A2:E9")).toEqual({
      address: "S!A2:A4, S!B6:E6",
      count: 2,
      areas: ["S!A2:A4", "S!B6:E6"],
    });
    // A merge reaching beyond the range is returned whole (DOCS.mergedAreasTopLeft).
    expect((await merged(wb, "A2:A3"))?.address).toBe("S!A2:A4");
    // Only its lower cells in the range: not returned.
    expect(await merged(wb, "D2:E3")).toBeNull();
  });

  it("is a null object when the range holds no merge", async () => {
    expect(await merged(sheetWith([]), "A1:H100")).toBeNull();
  });

  it("fails where Excel fails: before 1.13, and over 512 merged areas", async () => {
    const old = sheetWith([{ row: 0, col: 0, rows: 2, cols: 1 }]);
    old.excelApiMinor = 12;
    await expect(merged(old, "A1:B2")).rejects.toMatchObject({ code: "ApiNotFound" });
    const many = sheetWith(
      Array.from({ length: 513 }, (_, i) => ({ row: 2 * i, col: 0, rows: 2, cols: 1 }))
    );
    await expect(merged(many, "A1:A1026")).rejects.toThrow(/512/);
    expect((await merged(many, "A1:A1024"))?.count).toBe(512);
  });
});
