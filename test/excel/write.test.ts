import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/excel/read";
import { textSafeFormats } from "../../src/excel/grid";
import { writeSheetPlan } from "../../src/excel/write";
import { charsToPoints } from "../../src/excel/grid";
import {
  addSheet,
  fakeWorkbookFromPlan,
  findSheet,
  formulaCells,
  getCell,
  resetStats,
  setCells,
  snapshotCells,
  supportsFor,
  type FakeWorkbook,
} from "../host/fake-excel";
import { asRun, bigInputPlan, fixtureInputPlan, handSheetPlan } from "./support";

const FIVE_MB = 5 * 1024 * 1024;

function setup(): FakeWorkbook {
  return fakeWorkbookFromPlan(fixtureInputPlan());
}

const write = (wb: FakeWorkbook, plan = handSheetPlan(3), replace = false) =>
  writeSheetPlan(plan, { replace, run: asRun(wb), supports: supportsFor(wb) });

describe("writeSheetPlan", () => {
  it("writes every value and number format of the plan to a new, marked sheet", async () => {
    const wb = setup();
    const plan = handSheetPlan(5);
    const res = await write(wb, plan);
    const formats = textSafeFormats(plan.values, plan.numberFormats);
    expect(res).toMatchObject({ status: "written", sheetName: "Tabel LKIP 2024", replaced: false });
    const s = findSheet(wb, "Tabel LKIP 2024")!;
    expect(s.customProperties.get("LKIP_ADDIN")).toBeDefined();
    plan.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = getCell(s, r, c);
        expect(cell?.value ?? "").toBe(v ?? "");
        // Text only where Excel would reinterpret the string (grid.ts textSafeFormats).
        if (v !== null) expect(cell?.numberFormat).toBe(formats[r][c]);
      })
    );
    expect(wb.activeSheet).toBe("Tabel LKIP 2024");
  });

  it("lands formula-looking text as text, even where the plan forgot the Text format", async () => {
    const tricky = [
      '=HYPERLINK("http://contoh.id","klik")',
      "+62 811 5555",
      "@SUM(A1)",
      "-5 dari target",
      "0812",
      "#REF!",
      "TRUE",
    ];
    const plan = handSheetPlan(tricky.length, { firstIndikator: tricky });
    plan.numberFormats = plan.numberFormats.map((row) => row.map(() => "General"));
    const wb = setup();
    await write(wb, plan);
    const s = findSheet(wb, "Tabel LKIP 2024")!;
    expect(formulaCells(s)).toEqual([]);
    tricky.forEach((t, i) => {
      const cell = getCell(s, 2 + i, 2)!;
      expect(cell.value).toBe(t);
      expect(cell.error).toBeUndefined();
    });
  });

  it("applies bold, borders on every edge, wrap, alignment, merges and widths per plan range", async () => {
    const wb = setup();
    const plan = handSheetPlan(4);
    await write(wb, plan);
    const s = findSheet(wb, "Tabel LKIP 2024")!;
    expect(s.merges).toEqual(plan.merges);
    for (const b of plan.bordered)
      for (let r = b.row; r < b.row + b.rows; r++)
        for (let c = b.col; c < b.col + b.cols; c++) {
          expect(getCell(s, r, c)?.borders).toEqual({
            top: "Continuous",
            bottom: "Continuous",
            left: "Continuous",
            right: "Continuous",
          });
        }
    expect(getCell(s, 0, 3)?.bold).toBe(true);
    expect(getCell(s, 2, 3)?.bold).toBeUndefined();
    expect(getCell(s, 3, 2)?.wrap).toBe(true);
    expect(getCell(s, 3, 6)?.hAlign).toBe("Right");
    expect(getCell(s, 1, 0)?.hAlign).toBe("Center");
    plan.columnWidths.forEach((w, c) => expect(s.columnWidths.get(c)).toBe(charsToPoints(w)));
  });

  it("styles exactly the plan's cells, by area lists (ExcelApi 1.9) in far fewer actions than per rectangle", async () => {
    const styled = (wb: FakeWorkbook) => {
      const s = findSheet(wb, "Tabel LKIP 2024")!;
      return [...s.cells.entries()]
        .filter(([, c]) => c.bold || c.wrap || c.hAlign)
        .map(([k, c]) => `${k} ${c.bold ?? ""} ${c.wrap ?? ""} ${c.hAlign ?? ""}`)
        .sort();
    };
    // Every other row styled on its own: rectangles that cannot be joined, as in a big report.
    const plan = handSheetPlan(400);
    const rows = plan.values.map((_, r) => r).filter((r) => r >= 2 && r % 2 === 0);
    plan.wrapped = rows.map((row) => ({ row, col: 2, rows: 1, cols: 1 }));
    plan.alignRight = rows.map((row) => ({ row, col: 5, rows: 1, cols: 3 }));
    const expected = new Set([
      ...plan.wrapped.map((m) => `${m.row},2`),
      ...plan.alignRight.flatMap((m) => [5, 6, 7].map((c) => `${m.row},${c}`)),
    ]);

    const byAreas = setup();
    resetStats(byAreas);
    await write(byAreas, plan);
    const areasBytes = byAreas.stats.requestBytes.reduce((a, b) => a + b, 0);
    const perRect = setup();
    perRect.excelApiMinor = 8; // no Worksheet.getRanges
    resetStats(perRect);
    await write(perRect, plan);
    const rectBytes = perRect.stats.requestBytes.reduce((a, b) => a + b, 0);

    expect(styled(byAreas)).toEqual(styled(perRect));
    for (const k of expected)
      expect(styled(byAreas).some((line) => line.startsWith(`${k} `))).toBe(true);
    // 400 one-cell areas: the per-rectangle path sends ~400 × 2 actions, the area lists a few.
    expect(areasBytes).toBeLessThan(rectBytes - 400 * 60);
  });

  it("sends no number format for General cells of the new sheet (null leaves them General)", async () => {
    const wb = setup();
    const plan = handSheetPlan(5);
    plan.numberFormats = plan.numberFormats.map((row) => row.map(() => "General"));
    resetStats(wb);
    await write(wb, plan);
    const withGeneral = wb.stats.requestBytes.reduce((a, b) => a + b, 0);
    const s = findSheet(wb, "Tabel LKIP 2024")!;
    const formats = textSafeFormats(plan.values, plan.numberFormats);
    plan.values.forEach((row, r) =>
      row.forEach((_, c) => expect(getCell(s, r, c)?.numberFormat ?? "General").toBe(formats[r][c]))
    );
    // The same plan with every number formatted sends those formats, and they land.
    const wb2 = setup();
    const plan2 = handSheetPlan(5);
    resetStats(wb2);
    await write(wb2, plan2);
    expect(wb2.stats.requestBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(withGeneral);
    expect(getCell(findSheet(wb2, "Tabel LKIP 2024")!, 3, 6)?.numberFormat).toBe("#,##0.00");
  });

  it("leaves a user's own sheet of that name untouched and writes to the next free name", async () => {
    const wb = setup();
    const mine = addSheet(wb, "Tabel LKIP 2024");
    setCells(mine, 0, 0, [["catatan saya", 42]]);
    const before = snapshotCells(wb);
    const res = await write(wb);
    expect(res.sheetName).toBe("Tabel LKIP 2024 (2)");
    expect(snapshotCells(wb, Object.keys(before))).toEqual(before);
    expect(mine.customProperties.size).toBe(0);

    // Re-running asks to replace the add-in's own "(2)" instead of adding "(3)".
    const again = await write(wb);
    expect(again).toMatchObject({ status: "needsConfirmation", sheetName: "Tabel LKIP 2024 (2)" });
    const replaced = await write(wb, undefined, true);
    expect(replaced).toMatchObject({ status: "written", sheetName: "Tabel LKIP 2024 (2)" });
    expect(wb.sheets.map((s) => s.name).filter((n) => n.startsWith("Tabel LKIP"))).toEqual([
      "Tabel LKIP 2024",
      "Tabel LKIP 2024 (2)",
    ]);
  });

  it("replaces its own marked sheet only with replace: true", async () => {
    const wb = setup();
    await write(wb, handSheetPlan(6));
    const before = snapshotCells(wb);
    const sheetsBefore = wb.sheets.map((s) => s.name);

    resetStats(wb);
    const asked = await write(wb, handSheetPlan(2));
    expect(asked).toMatchObject({ status: "needsConfirmation", sheetName: "Tabel LKIP 2024" });
    expect(snapshotCells(wb)).toEqual(before);
    expect(wb.sheets.map((s) => s.name)).toEqual(sheetsBefore);
    expect(wb.stats.requestBytes.every((b) => b < 2_000)).toBe(true);

    const done = await write(wb, handSheetPlan(2), true);
    expect(done).toMatchObject({ status: "written", sheetName: "Tabel LKIP 2024", replaced: true });
    expect(wb.sheets.map((s) => s.name).sort()).toEqual([...sheetsBefore].sort());
    const s = findSheet(wb, "Tabel LKIP 2024")!;
    expect(s.customProperties.get("LKIP_ADDIN")).toBeDefined();
    expect(getCell(s, 3, 0)?.value).toBe(2); // the 2-row plan's last No
    expect(getCell(s, 4, 0)).toBeUndefined(); // nothing left of the 6-row sheet
  });

  it("does not replace a marked sheet that now holds an input range", async () => {
    const wb = setup();
    await write(wb);
    const out = findSheet(wb, "Tabel LKIP 2024")!;
    out.names.push({
      name: "LKIP_BELANJA",
      type: "Range",
      value: "x",
      ref: { sheet: out.name, row: 0, col: 0, rows: 2, cols: 2 },
    });
    const before = snapshotCells(wb, ["Tabel LKIP 2024"]);
    const res = await write(wb, handSheetPlan(3), true);
    expect(res.sheetName).toBe("Tabel LKIP 2024 (2)");
    expect(snapshotCells(wb, ["Tabel LKIP 2024"])).toEqual(before);
  });

  it("treats a same-named sheet as the user's when the host cannot mark sheets (ExcelApi < 1.12)", async () => {
    const wb = setup();
    await write(wb);
    wb.excelApiMinor = 11;
    const res = await write(wb, handSheetPlan(3), true);
    expect(res.sheetName).toBe("Tabel LKIP 2024 (2)");
    expect(findSheet(wb, "Tabel LKIP 2024 (2)")!.customProperties.size).toBe(0);
  });

  it("never changes the input ranges", async () => {
    const wb = setup();
    const inputs = ["Data IKU", "Data Anggaran", "Info"];
    const before = snapshotCells(wb, inputs);
    await write(wb, handSheetPlan(50));
    await write(wb, handSheetPlan(50), true);
    expect(snapshotCells(wb, inputs)).toEqual(before);
  });

  it("suspends calculation in every writing sync", async () => {
    const wb = setup();
    resetStats(wb);
    const res = await write(wb, handSheetPlan(20));
    expect(res.charts.length).toBeGreaterThan(0);
    // sync 1 looks (no sheet of that name: nothing more to look at); every other sync writes,
    // the charts in the last one.
    expect(wb.stats.suspendedSyncs).toBe(wb.stats.syncs - 1);
  });
});

describe("sizes: syncs and payload", () => {
  async function readAndWrite(
    n: number
  ): Promise<{ syncs: number; maxRequest: number; wb: FakeWorkbook }> {
    const wb = fakeWorkbookFromPlan(bigInputPlan(n));
    resetStats(wb);
    await readWorkbook({ run: asRun(wb), supports: supportsFor(wb) });
    const res = await writeSheetPlan(handSheetPlan(n), {
      replace: false,
      run: asRun(wb),
      supports: supportsFor(wb),
    });
    expect(res.status).toBe("written");
    return {
      syncs: wb.stats.syncs,
      maxRequest: Math.max(...wb.stats.requestBytes),
      wb,
    };
  }

  it("uses the same number of syncs for 10 and 10,000 indicator rows, each request under 5 MB", async () => {
    const small = await readAndWrite(10);
    const big = await readAndWrite(10_000);
    expect(big.syncs).toBe(small.syncs);
    // read: list, locate with the cells; write: 1 look + 1 with data, charts and rename
    expect(small.syncs).toBe(2 + 2);
    expect(big.maxRequest).toBeLessThan(FIVE_MB);
    expect(big.maxRequest).toBeGreaterThan(1_000_000); // the test really is big
    const s = findSheet(big.wb, "Tabel LKIP 2024")!;
    expect(getCell(s, 10_001, 0)?.value).toBe(10_000);
  });

  it("splits a heavy sheet into syncs that each stay under the limit, and writes it all", async () => {
    const wb = setup();
    resetStats(wb);
    const plan = handSheetPlan(10_000, { textLength: 200 });
    const res = await write(wb, plan);
    expect(res.status).toBe("written");
    expect(wb.stats.syncs).toBeGreaterThan(2);
    expect(Math.max(...wb.stats.requestBytes)).toBeLessThan(FIVE_MB);
    const s = findSheet(wb, "Tabel LKIP 2024")!;
    expect(getCell(s, 10_001, 2)?.value).toBe(plan.values[10_001][2]);
    expect(formulaCells(s)).toEqual([]);
  });
});

describe("writeSheetPlan on real Excel", () => {
  it("writes long text without the Text format (Excel desktop shows #### for Text over 255 characters)", async () => {
    const long = "Meningkatnya kualitas ".repeat(20);
    const plan = handSheetPlan(2, { firstIndikator: [long, "-" + long] });
    const wb = setup();
    const res = await write(wb, plan);
    const s = findSheet(wb, res.sheetName)!;
    const cells = [...s.cells.values()].filter((c) => String(c.value).includes("Meningkatnya"));
    // The table cells, and the chart data block under the tables (labels trimmed).
    const texts = new Set(cells.map((c) => String(c.value).trim()));
    expect([...texts].sort()).toEqual([long.trim(), "-" + long.trim()].sort());
    for (const c of cells) {
      expect(c.numberFormat).not.toBe("@");
      expect(c.formula).toBeUndefined();
    }
  });

  it("does not hide the real error behind a chart retry when the workbook is protected", async () => {
    const wb = setup();
    wb.protectedStructure = true;
    await expect(write(wb, handSheetPlan(3))).rejects.toMatchObject({ code: "AccessDenied" });
  });
});
describe("print settings (TABLES.md Print)", () => {
  it("the plan's page setup lands on the sheet: A4 landscape, its scale, page numbers, its breaks", async () => {
    const { tabelSheet } = await import("../../src/report/tables/sheet");
    const { readModel } = await import("../../src/report/model/read-model");
    const { sampleRaw } = await import("../report/sample/sample-raw");
    const { columnLetters } = await import("../../src/report/contract/address");
    const plan = tabelSheet(readModel(sampleRaw())).plan;
    const ps = plan.pageSetup!;
    const wb = setup();
    await write(wb, plan);
    const s = findSheet(wb, "Tabel LKIP 2024")!;
    expect(s.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { scale: ps.scale },
      leftMargin: ps.margins.left * 72,
      centerFooter: "Halaman &P dari &N",
      // The tables only, as the .xlsx writer prints them: not the charts' data beside them.
      printArea: `A1:${columnLetters(plan.columnWidths.length - 1)}${plan.values.length}`,
    });
    expect(s.charts.length).toBeGreaterThan(0);
    for (const c of s.charts) expect(c.source.col).toBeGreaterThan(plan.columnWidths.length);
    expect([...s.rowBreaks].sort((a, b) => a - b)).toEqual(ps.rowBreaks);
    expect(ps.rowBreaks.length).toBeGreaterThan(0);
  });
});
