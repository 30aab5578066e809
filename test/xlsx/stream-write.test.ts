/**
 * src/xlsx/stream-write.ts writes the tables' workbook from the plan without ExcelJS's in-memory
 * workbook. Read back through ExcelJS, it must equal what writeTablesWorkbook (ExcelJS) makes of
 * the same plan, cell by cell, style by style, and in how it prints: for the sample, for a plan of
 * hostile texts, and for randomised hostile workbooks.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readModel, tabelSheet } from "../../src/report";
import type { SheetPlan } from "../../src/report/contract/types";
import { printLayout } from "../../src/report/tables/print";
import { loadXlsx } from "../../src/xlsx/read";
import { tablesXlsx } from "../../src/xlsx/stream-write";
import { writeTablesWorkbook } from "../../src/xlsx/write";
import { hostileWorkbook } from "../random/hostile";
import { toXlsx } from "../random/materialize";
import { workbookDifferences } from "./compare";
import { openPackage, partNames, readPart } from "./helpers";

const SAMPLE = resolve(__dirname, "../../assets/contoh-lkip-2024.xlsx");

async function viaExcelJs(plan: SheetPlan): Promise<Uint8Array> {
  const { workbook } = writeTablesWorkbook(plan);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function planOf(bytes: Uint8Array): Promise<SheetPlan | null> {
  const loaded = await loadXlsx(bytes);
  const built = tabelSheet(readModel(loaded.raw));
  return built.tables.length > 0 ? built.plan : null;
}

/** Hostile texts, styles that overlap, a merge over styled cells, a row height, a page break. */
function hostilePlan(): SheetPlan {
  const texts = [
    '=HYPERLINK("x")',
    "+62 811",
    "  spasi  ",
    "a<b>&'\"",
    "kontrol\u0001\u0007",
    "😀 ü",
  ];
  const values: (string | number | null)[][] = [
    ["Tabel 1 — Uji", null, null, null],
    ["Teks", "Angka", "Persen", null],
    ...texts.map((t, i): (string | number | null)[] => [t, i * 1234.5, i / 7, i % 2 ? "" : null]),
  ];
  const p: SheetPlan = {
    name: "Tabel LKIP 2024",
    values,
    numberFormats: values.map((row) =>
      row.map((v, c) => (typeof v === "number" ? (c === 1 ? "#,##0.00" : "0.000") : "General"))
    ),
    bold: [{ row: 0, col: 0, rows: 2, cols: 4 }],
    bordered: [{ row: 1, col: 0, rows: values.length - 1, cols: 4 }],
    wrapped: [{ row: 1, col: 0, rows: values.length - 1, cols: 1 }],
    alignRight: [{ row: 2, col: 1, rows: texts.length, cols: 3 }],
    alignCenter: [
      { row: 1, col: 0, rows: 1, cols: 4 },
      { row: 3, col: 2, rows: 1, cols: 2 },
    ],
    merges: [
      { row: 0, col: 0, rows: 1, cols: 4 },
      { row: 2, col: 3, rows: 3, cols: 1 },
    ],
    columnWidths: [30, 12, 10, 8],
    rowHeights: [null, 30],
    tables: [{ id: 1, title: "Tabel 1 — Uji", row: 0, rows: values.length, columns: [0, 1, 2, 3] }],
    charts: [],
  };
  const print = printLayout(p);
  return { ...p, ...print, pageSetup: { ...print.pageSetup, rowBreaks: [4] } };
}

describe("tablesXlsx (streamed)", () => {
  it("equals ExcelJS's workbook of the sample's plan, and is one sheet without formulas", async () => {
    const plan = (await planOf(new Uint8Array(await readFile(SAMPLE))))!;
    const streamed = tablesXlsx(plan);
    expect(streamed.sheetName).toBe(plan.name);
    expect(await workbookDifferences(streamed.bytes, await viaExcelJs(plan))).toEqual([]);
    const zip = await openPackage(Buffer.from(streamed.bytes));
    const sheets = partNames(zip).filter((n) => /^xl\/worksheets\/.*\.xml$/.test(n));
    expect(sheets).toEqual(["xl/worksheets/sheet1.xml"]);
    expect(await readPart(zip, sheets[0])).not.toMatch(/<f[ >]/);
    // Only SpreadsheetML's own words (ECMA-376 ST_VerticalAlignment / ST_HorizontalAlignment):
    // ExcelJS reads any word back, LibreOffice and Excel ignore an unknown one.
    const styles = (await readPart(zip, "xl/styles.xml"))!;
    const words = (a: string) =>
      [...styles.matchAll(new RegExp(`${a}="(\\w+)"`, "g"))].map((m) => m[1]);
    expect(words("vertical").length).toBeGreaterThan(0);
    for (const w of words("vertical")) expect(["top", "center", "bottom"]).toContain(w);
    for (const w of words("horizontal")) expect(["left", "center", "right"]).toContain(w);
  });

  it("equals it for hostile texts, overlapping styles, merges over styles, heights and breaks", async () => {
    const plan = hostilePlan();
    const a = tablesXlsx(plan).bytes;
    expect(await workbookDifferences(a, await viaExcelJs(plan))).toEqual([]);
  });

  it("notices a difference (the comparison can fail)", async () => {
    const plan = hostilePlan();
    const other = hostilePlan();
    other.alignRight = [];
    other.pageSetup = { ...other.pageSetup!, rowBreaks: [3] };
    const diffs = await workbookDifferences(tablesXlsx(plan).bytes, await viaExcelJs(other), 1000);
    expect(diffs.some((d) => d.startsWith("page breaks"))).toBe(true);
    expect(diffs.some((d) => /!B3:/.test(d))).toBe(true);
  });

  it("equals it on randomised hostile workbooks", async () => {
    let compared = 0;
    for (const gen of fc.sample(hostileWorkbook, { seed: 4242, numRuns: 6 })) {
      const plan = await planOf(new Uint8Array(await toXlsx(gen)));
      if (!plan) continue;
      expect(await workbookDifferences(tablesXlsx(plan).bytes, await viaExcelJs(plan))).toEqual([]);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(2);
  });
});
