import { describe, expect, it } from "vitest";
import {
  a1,
  cellAddress,
  columnIndex,
  columnLetters,
  rangeAddress,
  sheetPrefix,
  nextFreeSheetName,
  parseA1Range,
  sameSheetName,
  splitAddress,
} from "../../../src/report/contract/address";

describe("columnLetters", () => {
  it("counts like Excel", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(6)).toBe("G");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(51)).toBe("AZ");
    expect(columnLetters(52)).toBe("BA");
    expect(columnLetters(701)).toBe("ZZ");
    expect(columnLetters(702)).toBe("AAA");
    expect(columnLetters(16383)).toBe("XFD"); // Excel's last column
  });

  it("refuses what is not a column", () => {
    expect(() => columnLetters(-1)).toThrow();
    expect(() => columnLetters(1.5)).toThrow();
  });
});

describe("cellAddress / rangeAddress", () => {
  it("always quotes the sheet name", () => {
    expect(cellAddress("Data IKU", 6, 6)).toBe("'Data IKU'!G7");
    expect(cellAddress("Info", 0, 0)).toBe("'Info'!A1");
    expect(a1(0, 27)).toBe("AB1");
  });

  it("doubles quotes inside the sheet name", () => {
    expect(sheetPrefix("Data O'Brien")).toBe("'Data O''Brien'!");
    expect(cellAddress("It's", 1, 2)).toBe("'It''s'!C2");
  });

  it("writes ranges from the top-left cell, 1×1 as a single cell", () => {
    expect(rangeAddress("Data IKU", 2, 1, 1, 10)).toBe("'Data IKU'!B3:K3");
    expect(rangeAddress("Data IKU", 2, 1, 4, 10)).toBe("'Data IKU'!B3:K6");
    expect(rangeAddress("Data IKU", 4, 3, 1, 1)).toBe("'Data IKU'!D5");
    expect(() => rangeAddress("X", 0, 0, 0, 1)).toThrow();
  });
});

describe("splitAddress", () => {
  it("reads the quoted sheet back, inner quotes undoubled, $ dropped", () => {
    expect(splitAddress("'Data IKU'!G7")).toEqual({ sheet: "Data IKU", cell: "G7" });
    expect(splitAddress("'O''Neil'!$A$1:$B$2")).toEqual({ sheet: "O'Neil", cell: "A1:B2" });
    expect(splitAddress("Sheet1!A1")).toEqual({ sheet: "Sheet1", cell: "A1" });
    expect(splitAddress("G7")).toEqual({ sheet: null, cell: "G7" });
  });

  it("inverts cellAddress", () => {
    const a = cellAddress("Tabel 'LKIP' 2024!", 6, 6);
    expect(splitAddress(a)).toEqual({ sheet: "Tabel 'LKIP' 2024!", cell: "G7" });
  });
});

describe("columnIndex and parseA1Range", () => {
  it("invert columnLetters and a1", () => {
    for (const c of [0, 25, 26, 701, 702, 16383]) expect(columnIndex(columnLetters(c))).toBe(c);
    expect(columnIndex("xfd")).toBe(16383);
    expect(parseA1Range(a1(6, 6))).toEqual({ row0: 6, col0: 6, lastRow0: 6, lastCol0: 6 });
    expect(parseA1Range("$A$2:$H$9")).toEqual({ row0: 1, col0: 0, lastRow0: 8, lastCol0: 7 });
  });

  it("refuses what is not an A1 cell or range", () => {
    for (const bad of ["", "A0", "7G", "A:A", "ABCD1", "'S'!A1", "A1:B"])
      expect(parseA1Range(bad), bad).toBeNull();
  });
});

describe("nextFreeSheetName", () => {
  it("keeps a free name, else counts up from (2), ignoring case as Excel does", () => {
    expect(nextFreeSheetName("Tabel LKIP 2024", ["Data IKU"])).toBe("Tabel LKIP 2024");
    expect(nextFreeSheetName("Tabel LKIP 2024", ["tabel lkip 2024"])).toBe("Tabel LKIP 2024 (2)");
    expect(nextFreeSheetName("Tabel LKIP 2024", ["Tabel LKIP 2024", "Tabel LKIP 2024 (2)"])).toBe(
      "Tabel LKIP 2024 (3)"
    );
    expect(sameSheetName("Info", "INFO")).toBe(true);
  });

  it("stays within Excel's 31 characters", () => {
    const base = "X".repeat(31);
    const name = nextFreeSheetName(base, [base]);
    expect(name).toHaveLength(31);
    expect(name.endsWith(" (2)")).toBe(true);
    expect(nextFreeSheetName("Y".repeat(40), [])).toBe("Y".repeat(31));
  });
});
