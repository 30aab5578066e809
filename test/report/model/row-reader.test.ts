import { describe, expect, it } from "vitest";
import {
  RowReader,
  cellError,
  cellText,
  isBlankCell,
  sameTextKey,
  sourceAddress,
} from "../../../src/report/model/row-reader";
import { flatAll } from "../contract/flat";
import type { RawCell, RawRange } from "../../../src/report/contract/types";

/** A source on sheet "Data IKU" whose header row starts at C5 (row 4, column 2). */
function range(values: RawCell[][]): RawRange {
  return { source: "LKIP_IKU", kind: "name", sheet: "Data IKU", row: 4, col: 2, values };
}

const HEADERS: RawCell[] = ["Indikator", "Target", "Realisasi"];

describe("cellError", () => {
  it("gives the error of an error object", () => {
    expect(cellError({ error: "#REF!" })).toBe("#REF!");
    expect(cellError({ error: "#DIV/0!" })).toBe("#DIV/0!");
  });

  it("recognises the error text Office.js puts in Range.values, trimmed", () => {
    expect(cellError("#N/A")).toBe("#N/A");
    expect(cellError(" #VALUE! ")).toBe("#VALUE!");
    expect(cellError("#SPILL!")).toBe("#SPILL!");
  });

  it("gives null for everything else", () => {
    for (const c of [null, undefined, "", "abc", "#hashtag", "#FOO!", 0, 12.5, true, false])
      expect(cellError(c as RawCell)).toBeNull();
  });
});

describe("isBlankCell", () => {
  it("is true for null, undefined, empty and whitespace-only text", () => {
    for (const c of [null, undefined, "", "   ", "\t\n"])
      expect(isBlankCell(c as RawCell)).toBe(true);
  });

  it("is false for zero, false, text and errors", () => {
    for (const c of [0, false, "0", "x", { error: "#N/A" }])
      expect(isBlankCell(c as RawCell)).toBe(false);
  });
});

describe("cellText", () => {
  it("gives text exactly as written, untrimmed", () => {
    expect(cellText("  Dinas Sosial ")).toBe("  Dinas Sosial ");
    expect(cellText("")).toBe("");
  });

  it("gives numbers in their shortest round-trip form", () => {
    expect(cellText(69.02)).toBe("69.02");
    expect(cellText(1227826990)).toBe("1227826990");
    expect(cellText(-0.5)).toBe("-0.5");
  });

  it("gives booleans as Excel shows them, blank as empty text, errors as their code", () => {
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(false)).toBe("FALSE");
    expect(cellText(null)).toBe("");
    expect(cellText({ error: "#NAME?" })).toBe("#NAME?");
  });
});

describe("sameTextKey", () => {
  it("ignores case, outer spaces and runs of inner whitespace", () => {
    expect(sameTextKey("  Meningkatnya   Kualitas\tHidup ")).toBe("meningkatnya kualitas hidup");
    expect(sameTextKey("PROGRAM A")).toBe(sameTextKey("program  a"));
  });

  it("keeps words apart that differ", () => {
    expect(sameTextKey("Program A")).not.toBe(sameTextKey("ProgramA"));
  });
});

describe("RowReader", () => {
  const r = range([HEADERS, ["Persentase KPM", "1.227.826.990,00", 92.71], [null, "", "  "]]);

  it("addresses the cells of its row, the header row being row 0", () => {
    const row = new RowReader(r, 1);
    expect(row.addr(0)).toBe("'Data IKU'!C6");
    expect(row.addr(2)).toBe("'Data IKU'!E6");
    expect(row.rowAddr()).toBe("'Data IKU'!C6:E6");
    expect(new RowReader(r, 2).addr(1)).toBe("'Data IKU'!D7");
  });

  it("reads a text cell with its address", () => {
    const row = new RowReader(r, 1);
    expect(row.text(0, "Indikator", true)).toEqual({
      value: "Persentase KPM",
      lokasi: "'Data IKU'!C6",
    });
    expect(row.problems).toEqual([]);
  });

  it("reads number cells, Indonesian text numbers included", () => {
    const row = new RowReader(r, 1);
    expect(row.decimal(1, "Target", true)?.value.toString()).toBe("1227826990");
    expect(row.decimal(2, "Realisasi", true)?.value.toString()).toBe("92.71");
    expect(row.decimal(2, "Realisasi", true)?.lokasi).toBe("'Data IKU'!E6");
    expect(row.problems).toEqual([]);
  });

  it("gives null without a problem for an absent column", () => {
    const row = new RowReader(r, 1);
    expect(row.text(undefined, "Satuan", true)).toBeNull();
    expect(row.decimal(undefined, "Bobot", true)).toBeNull();
    expect(row.raw(undefined)).toBeUndefined();
    expect(row.cell(undefined)).toBeNull();
    expect(row.problems).toEqual([]);
  });

  it("reports a blank required cell at its address, leaving the row out", () => {
    const row = new RowReader(r, 2);
    expect(row.text(0, "Indikator", true)).toBeNull();
    expect(row.decimal(1, "Target", true)).toBeNull();
    expect(flatAll(row.problems).map((p) => [p.kode, p.lokasi])).toEqual([
      ["SEL_KOSONG", "'Data IKU'!C7"],
      ["SEL_KOSONG", "'Data IKU'!D7"],
    ]);
    expect(flatAll(row.problems)[0].pesan).toContain("Indikator");
    expect(flatAll(row.problems)[0].pesan).toContain("baris ini tidak dimasukkan");
    expect(
      flatAll(row.problems).every((p) => p.tingkat === "galat" && p.nilai_tertulis === undefined)
    ).toBe(true);
    expect(row.valueProblems).toEqual([]);
  });

  it("lets a blank optional cell pass without a problem", () => {
    const row = new RowReader(r, 2);
    expect(row.text(2, "Satuan", false)).toBeNull();
    expect(row.decimal(2, "Bobot", false)).toBeNull();
    expect(row.problems).toEqual([]);
    expect(row.valueProblems).toEqual([]);
  });

  it("reports text that is not a number, with what was written", () => {
    const row = new RowReader(range([HEADERS, ["x", "1.2.3,4", "abc"]]), 1);
    expect(row.decimal(1, "Target", true)).toBeNull();
    expect(row.decimal(2, "Realisasi", false)).toBeNull();
    expect(flatAll(row.problems)).toHaveLength(1);
    expect(flatAll(row.problems)[0]).toMatchObject({
      tingkat: "galat",
      kode: "BUKAN_ANGKA",
      lokasi: "'Data IKU'!D6",
      nilai_tertulis: "1.2.3,4",
    });
    expect(flatAll(row.problems)[0].pesan).toContain("'Data IKU'!D6");
    // An optional value only drops that value; the row stays.
    expect(flatAll(row.valueProblems)).toHaveLength(1);
    expect(flatAll(row.valueProblems)[0]).toMatchObject({
      kode: "BUKAN_ANGKA",
      lokasi: "'Data IKU'!E6",
      nilai_tertulis: "abc",
    });
    expect(flatAll(row.valueProblems)[0].pesan).toContain("nilai ini tidak dipakai");
  });

  it("reports an Excel error in a cell at its address, naming the error", () => {
    const row = new RowReader(
      range([HEADERS, [{ error: "#REF!" }, "#DIV/0!", { error: "#N/A" }]]),
      1
    );
    expect(row.text(0, "Indikator", true)).toBeNull();
    expect(row.decimal(1, "Target", true)).toBeNull();
    expect(row.decimal(2, "Realisasi", false)).toBeNull();
    expect(flatAll(row.problems).map((p) => [p.kode, p.lokasi, p.nilai_tertulis])).toEqual([
      ["GALAT_EXCEL", "'Data IKU'!C6", "#REF!"],
      ["GALAT_EXCEL", "'Data IKU'!D6", "#DIV/0!"],
    ]);
    expect(flatAll(row.problems)[0].pesan).toContain("#REF!");
    expect(flatAll(row.problems)[0].pesan).toContain("Indikator");
    expect(flatAll(row.valueProblems).map((p) => [p.kode, p.lokasi, p.nilai_tertulis])).toEqual([
      ["GALAT_EXCEL", "'Data IKU'!E6", "#N/A"],
    ]);
  });

  it("keeps a raw cell exactly, blank as undefined", () => {
    const row = new RowReader(range([HEADERS, ["  a ", 0, "   "]]), 1);
    expect(row.raw(0)).toEqual({ value: "  a ", lokasi: "'Data IKU'!C6" });
    expect(row.raw(1)).toEqual({ value: 0, lokasi: "'Data IKU'!D6" });
    expect(row.raw(2)).toBeUndefined();
  });

  it("reads past the end of a short row as blank", () => {
    const row = new RowReader(range([HEADERS, ["a"]]), 1);
    expect(row.cell(2)).toBeNull();
    expect(row.text(2, "Realisasi", false)).toBeNull();
    expect(row.rowAddr()).toBe("'Data IKU'!C6:E6");
  });

  it("tells a blank row from a filled one", () => {
    const rr = range([HEADERS, [null, "", " "], [null, 0, null], []]);
    expect(new RowReader(rr, 1).isBlankRow()).toBe(true);
    expect(new RowReader(rr, 2).isBlankRow()).toBe(false);
    expect(new RowReader(rr, 3).isBlankRow()).toBe(true);
    expect(new RowReader(rr, 9).isBlankRow()).toBe(true);
  });

  it("omits nilai_tertulis for a blank written value", () => {
    const row = new RowReader(r, 1);
    row.problem("SEL_KOSONG", { kolom: "Target" }, 1, "  ");
    row.problem("TARGET_NOL", {}, 1, 5, false);
    expect(flatAll(row.problems)[0].nilai_tertulis).toBeUndefined();
    expect(flatAll(row.problems)[0].pesan).toMatch(
      /^Target kosong di .*; sampai diperbaiki, baris ini .*\.$/
    );
    expect(flatAll(row.valueProblems)[0].nilai_tertulis).toBe("5");
    expect(flatAll(row.valueProblems)[0].pesan).toMatch(/nilai ini tidak dipakai/);
    // Every row problem carries its source and its cell, structured.
    expect(row.problems[0]).toMatchObject({
      sumber: "LKIP_IKU",
      cell: { sheet: "Data IKU", row: 5, col: 3 },
    });
  });
});

describe("RowReader.sebutTotal (RULES §11 hint)", () => {
  const mirip = { teks: "Jumlah Capaian Realisasi Kinerja", label: "Jumlah" as const };

  it("goes on the row's first blank required cell, once", () => {
    const row = new RowReader(
      range([HEADERS, ["Jumlah Capaian Realisasi Kinerja", null, null]]),
      1
    );
    row.text(0, "Indikator", true);
    row.decimal(1, "Target", true);
    row.decimal(2, "Realisasi", true);
    row.sebutTotal(() => mirip);
    // Target and Realisasi blank: the hint on Target only.
    expect(row.problems.map((f) => "total" in f.param && f.param.total)).toEqual([mirip, false]);
    expect(flatAll(row.problems)[0]).toMatchObject({ kode: "SEL_KOSONG", lokasi: "'Data IKU'!D6" });
  });

  it("nothing without a blank cell or without a total-like label", () => {
    const row = new RowReader(range([HEADERS, ["Jumlah penerima", "< 30", 1]]), 1);
    row.decimal(1, "Target", true);
    // The label is asked for only when a blank cell needs it.
    let asked = 0;
    row.sebutTotal(() => (asked++, mirip));
    expect(asked).toBe(0);
    expect(row.problems.map((f) => "total" in f.param)).toEqual([false]);
    const blank = new RowReader(range([HEADERS, ["x", null, 1]]), 1);
    blank.decimal(1, "Target", true);
    blank.sebutTotal(() => null);
    expect(blank.problems.map((f) => "total" in f.param)).toEqual([false]);
  });
});

describe("sourceAddress", () => {
  it("gives the whole range, headers included", () => {
    expect(sourceAddress(range([HEADERS, ["a", 1, 2], ["b", 3, 4]]))).toBe("'Data IKU'!C5:E7");
  });

  it("gives a single cell for a 1×1 or empty source", () => {
    expect(sourceAddress(range([["Indikator"]]))).toBe("'Data IKU'!C5");
    expect(sourceAddress(range([]))).toBe("'Data IKU'!C5");
  });
});
