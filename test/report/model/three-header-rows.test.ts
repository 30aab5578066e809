/**
 * WORKBOOK.md "Layouts as printed", group headers of three rows: a group above a group above the
 * column names ("Kinerja" / "Realisasi" / "TW I | TW II …", "Anggaran" / "Tahun 2023" /
 * "Pagu | Realisasi"), read as one header by the one header reader both gateways' ranges pass.
 */
import { describe, expect, it } from "vitest";
import { readModel } from "../../../src/report/model/read-model";
import { joinHeaders, recognizeColumns } from "../../../src/report/model/recognize";
import { flatAll } from "../contract/flat";
import type {
  RawCell,
  RawRange,
  RawWorkbook,
  SourceName,
} from "../../../src/report/contract/types";

function range(source: SourceName, values: RawCell[][], extra: Partial<RawRange> = {}): RawRange {
  return { source, kind: "name", sheet: "Data", row: 0, col: 0, values, ...extra };
}

function workbook(...ranges: RawRange[]): RawWorkbook {
  const info = range("LKIP_INFO", [["Tahun", 2022]], { sheet: "Info" });
  return {
    ranges: Object.fromEntries([info, ...ranges].map((r) => [r.source, r])),
    problems: [],
  };
}

describe("joinHeaders over three rows", () => {
  it("Kinerja / Realisasi / TW I…: the indicator's quarters; Anggaran / Realisasi / TW I…: the money's", () => {
    const j = joinHeaders([
      ["No", "Indikator", "Target", "Kinerja", null, null, null, "Anggaran", null, null],
      [null, null, null, "Realisasi", null, null, null, "Realisasi", null, "Capaian"],
      [null, null, null, "TW I", "TW II", "TW III", "TW IV", "TW I", "TW II", null],
    ]);
    expect(j.headers).toEqual([
      "No",
      "Indikator",
      "Target",
      "Realisasi TW I",
      "Realisasi TW II",
      "Realisasi TW III",
      "Realisasi TW IV",
      "Realisasi Anggaran TW I",
      "Realisasi Anggaran TW II",
      "Serapan",
    ]);
    expect(j.groups).toEqual([
      null,
      null,
      null,
      "Kinerja",
      "Kinerja",
      "Kinerja",
      "Kinerja",
      "Anggaran",
      "Anggaran",
      "Anggaran",
    ]);
  });

  it("Anggaran / Tahun 2023 / Pagu | Realisasi: the year goes last, the group names the column", () => {
    const j = joinHeaders([
      ["Program", "Anggaran", null, null, "Kinerja", null],
      [null, "Tahun 2023", null, null, "2023", null],
      [null, "Pagu", "Realisasi", "%", "Target", "Realisasi"],
    ]);
    expect(j.headers).toEqual([
      "Program",
      "Pagu 2023",
      "Realisasi Anggaran 2023",
      "Serapan 2023",
      "Target Kinerja 2023",
      "Realisasi Kinerja 2023",
    ]);
  });

  it("a cell spans only under its own group: a new cell above ends the spans below it", () => {
    const j = joinHeaders([
      ["Kinerja", null, "Anggaran", null],
      ["Realisasi", null, null, null],
      ["TW I", "TW II", "Pagu", "Realisasi"],
    ]);
    expect(j.headers).toEqual(["Realisasi TW I", "Realisasi TW II", "Pagu", "Realisasi Anggaran"]);
  });

  it("two rows read as before: a year over Target, text over %, a vertically merged header", () => {
    expect(
      joinHeaders([
        ["Sasaran", "2024", null, "Capaian"],
        [null, "Target", "Realisasi", "%"],
      ]).headers
    ).toEqual(["Sasaran", "Target 2024", "Realisasi 2024", "Capaian %"]);
  });
});

describe("recognizeColumns over three rows", () => {
  it("LKIP_TRIWULAN with Kinerja / Realisasi / TW and Anggaran / Realisasi / TW takes three rows", () => {
    const rows = [
      ["No", "Indikator", "Target 2024", "Kinerja", null, "Anggaran", null],
      [null, null, null, "Realisasi", null, "Realisasi", null],
      [null, null, null, "TW I", "TW II", "TW I", "TW II"],
      [1, "I1", 100, 20, 30, 1000, 2000],
    ];
    const r = recognizeColumns("LKIP_TRIWULAN", rows, 2024);
    expect(r.headerRows).toBe(3);
    expect(r.missing).toEqual([]);
    const at = Object.fromEntries(r.recognised.map((x) => [x.label, x.col]));
    expect(at["Realisasi TW I"]).toBe(3);
    expect(at["Realisasi TW II"]).toBe(4);
    expect(at["Realisasi Anggaran TW I"]).toBe(5);
    expect(at["Realisasi Anggaran TW II"]).toBe(6);
  });

  it("a two-row header over data stays two rows (the data row is never a header)", () => {
    const r = recognizeColumns(
      "LKIP_IKU",
      [
        ["Sasaran", "Indikator", "Kinerja", null],
        [null, null, "Target", "Realisasi"],
        ["S1", "I1", 2024, 2023],
      ],
      2024
    );
    expect(r.headerRows).toBe(2);
  });
});

describe("readModel with three header rows", () => {
  // Rows: 0 "Anggaran" / 1 "Tahun 2022" / 2 Pagu | Realisasi | % / data from row 3.
  const anggaran = range(
    "LKIP_ANGGARAN",
    [
      ["Sasaran", "Program", "Anggaran", null, null],
      [null, null, "Tahun 2022", null, null],
      [null, null, "Pagu", "Realisasi", "%"],
      ["S1", "P1", 1000, 900, 0.9],
      [null, "P2", 500, 400, 0.8],
    ],
    {
      sheet: "Anggaran",
      row: 4,
      col: 1,
      merges: [
        { row: 0, col: 0, rows: 3, cols: 1 },
        { row: 0, col: 1, rows: 3, cols: 1 },
        { row: 0, col: 2, rows: 1, cols: 3 },
        { row: 1, col: 2, rows: 1, cols: 3 },
        { row: 3, col: 0, rows: 2, cols: 1 },
      ],
      percent: [0, 1, 2, 3, 4].map((r) => [false, false, false, false, r >= 3]),
    }
  );
  const iku = range(
    "LKIP_IKU",
    [
      ["Sasaran", "Indikator", "Kinerja", null],
      [null, null, "Tahun 2022", null],
      [null, null, "Target", "Realisasi"],
      ["S1", "I1", 80, 72],
    ],
    { sheet: "IKU" }
  );

  it("reads the figures at their own cells, merges and percent formats moved with them", () => {
    const m = readModel(workbook(iku, anggaran));
    expect(m.indikator.map((i) => [i.target.value.toNumber(), i.target.lokasi])).toEqual([
      [80, "'IKU'!C4"],
    ]);
    expect(
      m.anggaran?.map((b) => [
        b.sasaran,
        b.program.value,
        b.pagu.value.toNumber(),
        b.pagu.lokasi,
        b.serapanTertulis?.value,
      ])
    ).toEqual([
      [1, "P1", 1000, "'Anggaran'!D8", 90],
      [1, "P2", 500, "'Anggaran'!D9", 80],
    ]);
    const f = flatAll(m.findings);
    expect(f.filter((x) => x.tingkat !== "info")).toEqual([]);
    // The info of a grouped column stands at its own header cell, the lowest header row.
    expect(f.filter((x) => x.kode === "KOLOM_KELOMPOK").map((x) => x.lokasi)).toEqual([
      "'IKU'!C3",
      "'IKU'!D3",
      "'Anggaran'!D7",
      "'Anggaran'!E7",
      "'Anggaran'!F7",
    ]);
    expect(m.sumber.LKIP_ANGGARAN?.lokasi).toBe("'Anggaran'!B5:F9");
  });
});
