import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { toRawCell } from "../../src/xlsx/cell-value";

/** Excel's serial for 2024-01-01 in the 1900 date system (days since 1899-12-30). */
const SERIAL_2024_01_01 = 45292;
/** The 1904 system counts from 1904-01-01: 1462 days fewer. */
const SERIAL_1904_2024_01_01 = SERIAL_2024_01_01 - 1462;

describe("toRawCell", () => {
  it("passes numbers, strings and booleans through", () => {
    expect(toRawCell(69.02)).toEqual({ value: 69.02 });
    expect(toRawCell(0)).toEqual({ value: 0 });
    expect(toRawCell(-1227826990)).toEqual({ value: -1227826990 });
    expect(toRawCell("Persentase KPM")).toEqual({ value: "Persentase KPM" });
    expect(toRawCell("")).toEqual({ value: "" });
    expect(toRawCell(true)).toEqual({ value: true });
    expect(toRawCell(false)).toEqual({ value: false });
  });

  it("gives null for an empty cell", () => {
    expect(toRawCell(null)).toEqual({ value: null });
    expect(toRawCell(undefined as unknown as ExcelJS.CellValue)).toEqual({ value: null });
  });

  it("joins rich text runs, formatting dropped", () => {
    const v: ExcelJS.CellValue = {
      richText: [
        { text: "Meningkatnya " },
        { font: { bold: true }, text: "Kualitas" },
        { text: " Hidup" },
      ],
    };
    expect(toRawCell(v)).toEqual({ value: "Meningkatnya Kualitas Hidup" });
    expect(toRawCell({ richText: [] })).toEqual({ value: "" });
  });

  it("gives a hyperlink's shown text, never its target", () => {
    expect(toRawCell({ text: "Situs Dinsos", hyperlink: "https://dinsos.example" })).toEqual({
      value: "Situs Dinsos",
    });
    const rich = {
      text: { richText: [{ text: "Situs " }, { text: "Dinsos" }] },
      hyperlink: "https://dinsos.example",
    } as unknown as ExcelJS.CellValue;
    expect(toRawCell(rich)).toEqual({ value: "Situs Dinsos" });
    const noText = { hyperlink: "https://dinsos.example" } as unknown as ExcelJS.CellValue;
    expect(toRawCell(noText)).toEqual({ value: null });
  });

  it("gives a formula's cached result", () => {
    expect(toRawCell({ formula: "F2/E2*100", result: 134.32 })).toEqual({ value: 134.32 });
    expect(toRawCell({ formula: "A1", result: "teks" })).toEqual({ value: "teks" });
    expect(toRawCell({ formula: "A1>0", result: false } as ExcelJS.CellValue)).toEqual({
      value: false,
    });
    // Zero is a result, not a missing one.
    expect(toRawCell({ formula: "A1-A1", result: 0 })).toEqual({ value: 0 });
    expect(
      toRawCell({ sharedFormula: "G2", result: 92.71 } as unknown as ExcelJS.CellValue)
    ).toEqual({ value: 92.71 });
  });

  it("flags a formula without a cached result", () => {
    expect(toRawCell({ formula: "F2/E2" } as ExcelJS.CellValue)).toEqual({
      value: null,
      note: "no-result",
    });
    expect(toRawCell({ formula: "F2/E2", result: null } as unknown as ExcelJS.CellValue)).toEqual({
      value: null,
      note: "no-result",
    });
    expect(toRawCell({ sharedFormula: "G2" } as unknown as ExcelJS.CellValue)).toEqual({
      value: null,
      note: "no-result",
    });
  });

  it("gives error values as { error }, also as a formula's result", () => {
    expect(toRawCell({ error: "#REF!" } as ExcelJS.CellValue)).toEqual({
      value: { error: "#REF!" },
    });
    expect(
      toRawCell({ formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue)
    ).toEqual({ value: { error: "#DIV/0!" } });
  });

  it("turns dates into Excel's serial number, flagged", () => {
    expect(toRawCell(new Date(Date.UTC(2024, 0, 1)))).toEqual({
      value: SERIAL_2024_01_01,
      note: "date",
    });
    expect(toRawCell(new Date(Date.UTC(2024, 0, 1, 12)))).toEqual({
      value: SERIAL_2024_01_01 + 0.5,
      note: "date",
    });
    expect(toRawCell(new Date(Date.UTC(2024, 0, 1)), true)).toEqual({
      value: SERIAL_1904_2024_01_01,
      note: "date",
    });
    // A formula whose result is a date is a date too.
    expect(
      toRawCell({ formula: "TODAY()", result: new Date(Date.UTC(2024, 0, 1)) } as ExcelJS.CellValue)
    ).toEqual({ value: SERIAL_2024_01_01, note: "date" });
  });
});

describe("toRawCell on a workbook ExcelJS wrote and read back", () => {
  it("reads every kind of cell as the module's contract says", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.getCell("A1").value = 92.71;
    ws.getCell("A2").value = "Indikator";
    ws.getCell("A3").value = {
      richText: [{ text: "Sasaran " }, { font: { italic: true }, text: "Strategis" }],
    };
    ws.getCell("A4").value = { text: "Tautan", hyperlink: "https://example.org" };
    ws.getCell("A5").value = { formula: "A1*2", result: 185.42 } as ExcelJS.CellFormulaValue;
    ws.getCell("A6").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("A7").value = new Date(Date.UTC(2024, 0, 1));
    ws.getCell("A8").value = true;
    const buffer = await wb.xlsx.writeBuffer();

    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buffer as ArrayBuffer);
    const got = (a: string) => toRawCell(back.getWorksheet("Data")!.getCell(a).value);
    expect(got("A1")).toEqual({ value: 92.71 });
    expect(got("A2")).toEqual({ value: "Indikator" });
    expect(got("A3")).toEqual({ value: "Sasaran Strategis" });
    expect(got("A4")).toEqual({ value: "Tautan" });
    expect(got("A5")).toEqual({ value: 185.42 });
    expect(got("A6")).toEqual({ value: { error: "#N/A" } });
    expect(got("A7")).toEqual({ value: SERIAL_2024_01_01, note: "date" });
    expect(got("A8")).toEqual({ value: true });
    expect(got("A9")).toEqual({ value: null });
  });
});
