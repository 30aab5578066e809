import { describe, expect, it } from "vitest";
import type { RawCell } from "../../../src/report/contract/types";
import { SASARAN_A, SASARAN_B, kode, temuanDari } from "./helpers";

const IKU: RawCell[][] = [
  ["Sasaran", "Indikator", "Target", "Realisasi"],
  [SASARAN_A, "Indikator A", 100, 100],
  [SASARAN_B, "Indikator B", 100, 100],
];
// LKIP_ANGGARAN at 'Data Anggaran'!A1: A Sasaran, B Program, C Kegiatan, D Sub Kegiatan, E Pagu, F Realisasi, G Serapan.
const H = ["Sasaran", "Program", "Kegiatan", "Sub Kegiatan", "Pagu", "Realisasi", "Serapan"];

/** Findings about budget cells (the sasaran's infos on LKIP_IKU left aside). */
function anggaran(rows: RawCell[][], belanja?: RawCell[][]) {
  return temuanDari({ iku: IKU, anggaran: [H, ...rows], belanja }).filter(
    (f) => !f.lokasi.startsWith("'Data IKU'!")
  );
}

describe("a program total row against its leaves", () => {
  const leaves: RawCell[][] = [
    [1, "Program A", null, "Sub 1", 600, 500, null],
    [1, "Program A", null, "Sub 2", 400, 300, null],
  ];

  it("equal sums: nothing", () => {
    expect(anggaran([[1, "Program A", null, null, 1000, 800, null], ...leaves])).toEqual([]);
  });

  it("a different Pagu and Realisasi: a galat at each cell with the leaves' sum", () => {
    const f = anggaran([[1, "Program A", null, null, 1100, 790, null], ...leaves]);
    expect(kode(f, "TOTAL_PROGRAM_BEDA")).toMatchObject([
      {
        tingkat: "galat",
        lokasi: "'Data Anggaran'!E2",
        nilai_tertulis: "1.100",
        nilai_hitung: "1.000",
      },
      {
        tingkat: "galat",
        lokasi: "'Data Anggaran'!F2",
        nilai_tertulis: "790",
        nilai_hitung: "800",
      },
    ]);
  });

  it("says so when the figure is another program's", () => {
    const f = anggaran([
      [1, "Program A", null, null, 1000, 2500, null],
      ...leaves,
      [2, "Program B", null, null, 3000, 2500, null],
      [2, "Program B", "Kegiatan B", null, 3000, 2500, null],
    ]);
    const t = kode(f, "TOTAL_PROGRAM_BEDA");
    expect(t).toMatchObject([{ lokasi: "'Data Anggaran'!F2", nilai_hitung: "800" }]);
    expect(t[0].pesan).toContain("Program B");
  });

  it("a program with only its total row is not compared", () => {
    expect(anggaran([[1, "Program A", null, null, 1000, 800, null]])).toEqual([]);
  });
});

describe("typed Serapan per line", () => {
  it("a leaf: realisasi / pagu × 100 at the printed precision", () => {
    // 83.042.033 / 95.069.970 = 87,35 % (the sample's Jasa Penunjang, printed 88,95).
    expect(anggaran([[1, "Program A", "Jasa Penunjang", null, 95069970, 83042033, 87.35]])).toEqual(
      []
    );
    const f = anggaran([[1, "Program A", "Jasa Penunjang", null, 95069970, 83042033, 88.95]]);
    expect(f).toMatchObject([
      {
        tingkat: "galat",
        kode: "SERAPAN_BEDA",
        lokasi: "'Data Anggaran'!G2",
        nilai_tertulis: "88,95",
        nilai_hitung: "87,35",
      },
    ]);
  });

  it("a total row: judged against its leaves, not its own (wrong) realisasi", () => {
    const rows: RawCell[][] = [
      [1, "Program A", null, null, 1000, 900, 80],
      [1, "Program A", "Kegiatan 1", null, 1000, 800, null],
    ];
    const f = anggaran(rows);
    expect(kode(f, "SERAPAN_BEDA")).toEqual([]);
    rows[0][6] = 90;
    expect(kode(anggaran(rows), "SERAPAN_BEDA")).toMatchObject([
      { lokasi: "'Data Anggaran'!G2", nilai_hitung: "80,00" },
    ]);
  });

  it("pagu 0: cannot be checked (info)", () => {
    const f = anggaran([[1, "Program A", "Kegiatan 1", null, 0, 0, 0]]);
    expect(f).toMatchObject([
      { tingkat: "info", kode: "TERTULIS_TIDAK_TERUJI", lokasi: "'Data Anggaran'!G2" },
    ]);
  });
});

describe("realisasi above pagu", () => {
  it("a leaf: peringatan at the Realisasi cell", () => {
    const f = anggaran([[1, "Program A", "Kegiatan 1", null, 1000, 1200, null]]);
    expect(f).toMatchObject([
      {
        tingkat: "peringatan",
        kode: "REALISASI_LEBIH_PAGU",
        lokasi: "'Data Anggaran'!F2",
        nilai_tertulis: "1.200",
      },
    ]);
    expect(f[0].pesan).toContain("'Data Anggaran'!E2");
    expect(f[0].pesan).toContain("120,00");
  });

  it("equal to pagu: nothing", () => {
    expect(anggaran([[1, "Program A", "Kegiatan 1", null, 1000, 1000, null]])).toEqual([]);
  });

  it("LKIP_BELANJA too", () => {
    const f = anggaran(
      [[1, "Program A", "Kegiatan 1", null, 1000, 900, null]],
      [
        ["Jenis Belanja", "Pagu", "Realisasi"],
        ["Belanja Operasi", 500, 400],
        ["Belanja Modal", 300, 301],
      ]
    );
    expect(f).toMatchObject([{ kode: "REALISASI_LEBIH_PAGU", lokasi: "'Belanja'!C3" }]);
  });
});

describe("other budget checks", () => {
  it("a negative amount is a galat", () => {
    const f = anggaran([[1, "Program A", "Kegiatan 1", null, 1000, -5, null]]);
    expect(kode(f, "ANGGARAN_NEGATIF")).toMatchObject([
      { tingkat: "galat", lokasi: "'Data Anggaran'!F2" },
    ]);
  });

  it("the same leaf twice under one program: peringatan at the second", () => {
    const f = anggaran([
      [1, "Program A", "Kegiatan 1", null, 1000, 900, null],
      [1, "program a", " kegiatan 1", null, 1000, 900, null],
      [2, "Program A", "Kegiatan 1", null, 1000, 900, null],
    ]);
    expect(kode(f, "ANGGARAN_GANDA")).toMatchObject([
      { tingkat: "peringatan", lokasi: "'Data Anggaran'!C3" },
    ]);
  });
});
