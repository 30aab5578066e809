import { flatAll } from "../report/contract/flat";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/excel/read";
import { findingText } from "../../src/report";
import type { RawCell } from "../../src/report/contract/types";
import {
  addSheet,
  fakeWorkbookFromPlan,
  findSheet,
  resetStats,
  setCells,
  setError,
  supportsFor,
} from "../host/fake-excel";
import { asRun, bigInputPlan, fixtureInputPlan } from "./support";

/** What readWorkbook should give for literal plan cells: blanks as null, everything else as is. */
const expected = (values: (string | number | null)[][]): RawCell[][] =>
  values.map((r) => r.map((v) => (v === "" ? null : v)));

describe("readWorkbook", () => {
  it("reads the workbook-scoped names of the fixture with sheet and position", async () => {
    const plan = fixtureInputPlan();
    const wb = fakeWorkbookFromPlan(plan);
    const got = await readWorkbook({ run: asRun(wb), supports: supportsFor(wb) });
    expect(got.raw.problems).toEqual([]);
    expect(got.sheets).toEqual(["Data IKU", "Data Anggaran", "Info"]);
    for (const n of plan.names) {
      const r = got.raw.ranges[n.name]!;
      expect(r).toMatchObject({ source: n.name, kind: "name", sheet: n.sheet, row: 0, col: 0 });
      expect(r.values).toEqual(expected(plan.sheets.find((s) => s.name === n.sheet)!.values));
    }
    expect(got.raw.ranges.LKIP_BELANJA).toBeUndefined();
  });

  it("finds a sheet-scoped name (not listed in workbook.names) at its offset", async () => {
    const plan = fixtureInputPlan();
    plan.names = [];
    const wb = fakeWorkbookFromPlan(plan);
    const s = findSheet(wb, "Data Anggaran")!;
    // Move the data to C3 to check row/col, and scope the name to the sheet.
    const moved = addSheet(wb, "Belanja");
    setCells(moved, 2, 2, [
      ["Jenis Belanja", "Pagu"],
      ["Belanja Pegawai", 1000],
    ]);
    moved.names.push({
      name: "lkip_belanja",
      type: "Range",
      value: "Belanja!$C$3:$D$4",
      ref: { sheet: "Belanja", row: 2, col: 2, rows: 2, cols: 2 },
    });
    s.names.push({
      name: "LKIP_ANGGARAN",
      type: "Range",
      value: "'Data Anggaran'!$A$1:$D$6",
      ref: { sheet: "Data Anggaran", row: 0, col: 0, rows: 6, cols: 4 },
    });
    const got = await readWorkbook({ run: asRun(wb) });
    expect(got.raw.ranges.LKIP_BELANJA).toEqual({
      source: "LKIP_BELANJA",
      kind: "name",
      sheet: "Belanja",
      row: 2,
      col: 2,
      values: [
        ["Jenis Belanja", "Pagu"],
        ["Belanja Pegawai", 1000],
      ],
    });
    expect(got.raw.ranges.LKIP_ANGGARAN?.values.length).toBe(6);
    expect(got.raw.ranges.LKIP_IKU).toBeUndefined();
  });

  it("reads an Excel table of that name, header row included", async () => {
    const plan = fixtureInputPlan();
    plan.names = plan.names.filter((n) => n.name !== "LKIP_ANGGARAN");
    const wb = fakeWorkbookFromPlan(plan);
    wb.tables.push({
      name: "LKIP_ANGGARAN",
      sheet: "Data Anggaran",
      rect: { row: 0, col: 0, rows: 6, cols: 4 },
    });
    const got = await readWorkbook({ run: asRun(wb) });
    const r = got.raw.ranges.LKIP_ANGGARAN!;
    expect(r.kind).toBe("table");
    expect(r.values[0]).toEqual(["Sasaran", "Program", "Pagu", "Realisasi"]);
    expect(r.values).toEqual(expected(plan.sheets[1].values));
  });

  it("reports a name that is a constant instead of crashing, and still reads the rest", async () => {
    const plan = fixtureInputPlan();
    plan.names = plan.names.filter((n) => n.name !== "LKIP_INFO");
    const wb = fakeWorkbookFromPlan(plan);
    wb.names.push({ name: "LKIP_INFO", type: "Double", value: 0.1 });
    findSheet(wb, "Info")!.names.push({ name: "LKIP_BELANJA", type: "String", value: "abc" });
    const got = await readWorkbook({ run: asRun(wb) });
    expect(got.raw.ranges.LKIP_INFO).toBeUndefined();
    expect(got.raw.ranges.LKIP_BELANJA).toBeUndefined();
    expect(got.raw.ranges.LKIP_IKU).toBeDefined();
    const kinds = got.raw.problems.map((p) => [p.kode, p.tingkat]);
    expect(kinds).toEqual([
      ["SUMBER_BUKAN_RENTANG", "galat"],
      ["SUMBER_BUKAN_RENTANG", "galat"],
    ]);
    const flat = flatAll(got.raw.problems);
    expect(flat[0].pesan).toContain("LKIP_INFO");
    expect(flat[0].nilai_tertulis).toBe("0.1");
    expect(flat[1].pesan).toContain("Info");
  });

  it('maps only cells typed Error to { error }, so a typed text "#REF!" stays text', async () => {
    const plan = fixtureInputPlan();
    const wb = fakeWorkbookFromPlan(plan);
    const s = findSheet(wb, "Data IKU")!;
    setError(s, 1, 6, "#REF!");
    setCells(s, 2, 6, [["#REF!"]], "@");
    setError(s, 3, 7, "#DIV/0!");
    const got = await readWorkbook({ run: asRun(wb) });
    const v = got.raw.ranges.LKIP_IKU!.values;
    expect(v[1][6]).toEqual({ error: "#REF!" });
    expect(v[2][6]).toBe("#REF!");
    expect(v[3][7]).toEqual({ error: "#DIV/0!" });
  });

  it("lists the sheets marked as made by the add-in", async () => {
    const wb = fakeWorkbookFromPlan(fixtureInputPlan());
    addSheet(wb, "Tabel LKIP 2023").customProperties.set("LKIP_ADDIN", "Tabel LKIP");
    addSheet(wb, "Tabel LKIP 2024");
    const got = await readWorkbook({ run: asRun(wb), supports: supportsFor(wb) });
    expect(got.existingOutput).toEqual(["Tabel LKIP 2023"]);
    expect(got.sheets).toContain("Tabel LKIP 2024");
  });

  it("uses the same number of syncs for 10 and 10,000 indicator rows", async () => {
    const counts: number[] = [];
    for (const n of [10, 10_000]) {
      const plan = bigInputPlan(n);
      const wb = fakeWorkbookFromPlan(plan);
      const got = await readWorkbook({ run: asRun(wb) });
      expect(got.raw.ranges.LKIP_IKU!.values).toEqual(expected(plan.sheets[0].values));
      counts.push(wb.stats.syncs);
      expect(Math.max(...wb.stats.responseBytes)).toBeLessThan(5 * 1024 * 1024);
    }
    expect(counts[0]).toBe(counts[1]);
    // List; locate with the cells (each name's used part, each table's header and body).
    expect(counts[0]).toBe(2);
  });

  it("splits a read Excel refuses as too large until every response fits", async () => {
    const plan = bigInputPlan(10_000);
    const wb = fakeWorkbookFromPlan(plan);
    wb.limits.responseBytes = 300_000;
    resetStats(wb);
    const got = await readWorkbook({ run: asRun(wb) });
    expect(got.raw.ranges.LKIP_IKU!.values).toEqual(expected(plan.sheets[0].values));
    const over = wb.stats.responseBytes.filter((b) => b > wb.limits.responseBytes);
    expect(over.length).toBeGreaterThan(0);
    // The last responses, after the splitting, all fit.
    expect(wb.stats.responseBytes.at(-1)!).toBeLessThanOrEqual(wb.limits.responseBytes);
  });
});

describe("readWorkbook: a source named on several sheets (regression, found by test/random)", () => {
  it("points the SUMBER_GANDA finding at the range that is used", async () => {
    const plan = fixtureInputPlan();
    plan.names = plan.names.filter((n) => n.name !== "LKIP_IKU");
    const wb = fakeWorkbookFromPlan(plan);
    const rows = plan.sheets[0].values.length;
    const cols = plan.sheets[0].values[0].length;
    findSheet(wb, "Data IKU")!.names.push({
      name: "LKIP_IKU",
      type: "Range",
      value: "'Data IKU'!$A$1:$H$4",
      ref: { sheet: "Data IKU", row: 0, col: 0, rows, cols },
    });
    // A second usable definition on a later sheet, and a constant on a third (src/report/model/sources.ts).
    findSheet(wb, "Info")!.names.push({
      name: "LKIP_IKU",
      type: "Range",
      value: "Info!$A$1:$B$2",
      ref: { sheet: "Info", row: 0, col: 0, rows: 2, cols: 2 },
    });
    findSheet(wb, "Data Anggaran")!.names.push({ name: "LKIP_IKU", type: "Double", value: 2024 });
    const got = await readWorkbook({ run: asRun(wb) });
    const dup = got.raw.problems.filter((p) => p.kode === "SUMBER_GANDA");
    expect(dup).toHaveLength(1);
    expect(dup[0].param).toMatchObject({ dipakai: { jenis: "nama", lembar: "Data IKU" } });
    // The constant is not a second source: it is said to be no range, and what is used instead.
    const notRange = got.raw.problems.filter((p) => p.kode === "SUMBER_BUKAN_RENTANG");
    expect(notRange.map((p) => [p.tingkat, p.param])).toEqual([
      [
        "peringatan",
        expect.objectContaining({
          dipakai: { jenis: "nama", sumber: "LKIP_IKU", lembar: "Data IKU" },
        }),
      ],
    ]);
    // Column H is the 8th: the fixture plan's IKU block is 8 columns wide.
    expect(cols).toBe(8);
    expect(flatAll(dup)[0].lokasi).toBe(`'Data IKU'!A1:H${rows}`);
    expect(got.raw.ranges.LKIP_IKU?.sheet).toBe("Data IKU");
  });
});

// Issue 10: what real workbooks hold and the old reader threw on or misread.
describe("readWorkbook on real workbooks", () => {
  it("clips a whole-column name to the used range, keeping its top-left (Excel gives null values)", async () => {
    const plan = fixtureInputPlan();
    const wb = fakeWorkbookFromPlan(plan);
    const iku = wb.names.find((n) => n.name === "LKIP_IKU")!;
    iku.value = "'Data IKU'!$A:$H";
    iku.ref = { sheet: "Data IKU", row: 0, col: 0, rows: 1048576, cols: 8 };
    const got = await readWorkbook({ run: asRun(wb) });
    const r = got.raw.ranges.LKIP_IKU!;
    expect([r.row, r.col]).toEqual([0, 0]);
    expect(r.values).toEqual(expected(plan.sheets[0].values));
  });

  it("reads a source over Excel's cell limit in blocks instead of failing on null values", async () => {
    const plan = bigInputPlan(2_000);
    const wb = fakeWorkbookFromPlan(plan);
    wb.limits.cells = 3_000; // stands for 5 M: any get over it gives null
    const got = await readWorkbook({ run: asRun(wb) });
    expect(got.raw.problems).toEqual([]);
    expect(got.raw.ranges.LKIP_IKU!.values).toEqual(expected(plan.sheets[0].values));
  });

  it("reports a source it cannot read even row by row, and reads the rest", async () => {
    const plan = fixtureInputPlan();
    const wb = fakeWorkbookFromPlan(plan);
    wb.limits.cells = 4; // one IKU row (8 cells) is already too many
    const got = await readWorkbook({ run: asRun(wb) });
    expect(got.raw.ranges.LKIP_IKU).toBeUndefined();
    expect(got.raw.problems.map((p) => p.kode)).toContain("SUMBER_TERLALU_BESAR");
    expect(got.raw.ranges.LKIP_INFO?.values[0]).toEqual(["Kunci", "Nilai"]);
  });

  it("gives a finding for a name Excel cannot resolve instead of aborting the read", async () => {
    const plan = fixtureInputPlan();
    const wb = fakeWorkbookFromPlan(plan);
    const ang = wb.names.find((n) => n.name === "LKIP_ANGGARAN")!;
    ang.ref = { ...ang.ref!, sheet: "Lembar Hilang" };
    ang.value = "'Lembar Hilang'!$A$1:$D$6";
    const got = await readWorkbook({ run: asRun(wb) });
    expect(got.raw.problems.map((p) => p.kode)).toEqual(["SUMBER_BUKAN_RENTANG"]);
    expect(findingText(got.raw.problems[0])).toContain("Lembar Hilang");
    expect(got.raw.ranges.LKIP_IKU).toBeDefined();
  });

  it("says a name became #REF! when its sheet was deleted", async () => {
    const plan = fixtureInputPlan();
    const wb = fakeWorkbookFromPlan(plan);
    addSheet(wb, "Lain");
    await asRun(wb)(async (ctx) => {
      ctx.workbook.worksheets.getItem("Info").delete();
      await ctx.sync();
    });
    const got = await readWorkbook({ run: asRun(wb) });
    const f = got.raw.problems.find((p) => p.sumber === "LKIP_INFO")!;
    expect(f.kode).toBe("SUMBER_BUKAN_RENTANG");
    expect(f.param).toMatchObject({ reason: { jenis: "refHilang", teks: "#REF!" } });
  });

  it("reads a table as header + data body, leaving out its Total Row", async () => {
    const plan = fixtureInputPlan();
    plan.names = plan.names.filter((n) => n.name !== "LKIP_ANGGARAN");
    const wb = fakeWorkbookFromPlan(plan);
    const rows = plan.sheets[1].values.length;
    setCells(findSheet(wb, "Data Anggaran")!, rows, 0, [["Total", null, 999, 999]]);
    wb.tables.push({
      name: "LKIP_ANGGARAN",
      sheet: "Data Anggaran",
      rect: { row: 0, col: 0, rows: rows + 1, cols: 4 },
      showTotals: true,
    });
    const got = await readWorkbook({ run: asRun(wb) });
    expect(got.raw.ranges.LKIP_ANGGARAN!.values).toEqual(expected(plan.sheets[1].values));
  });

  it("reports which numeric cells are percent-formatted", async () => {
    const plan = fixtureInputPlan();
    const wb = fakeWorkbookFromPlan(plan);
    const s = findSheet(wb, "Data IKU")!;
    setCells(s, 1, 6, [[0.9271]], "0.00%");
    const got = await readWorkbook({ run: asRun(wb) });
    const r = got.raw.ranges.LKIP_IKU!;
    expect(r.values[1][6]).toBe(0.9271);
    expect(r.percent?.[1][6]).toBe(true);
    expect(r.percent?.[1][7]).toBe(false);
    expect(got.raw.ranges.LKIP_INFO!.percent).toBeUndefined();
  });
});
