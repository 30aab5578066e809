import { findingText, formatAddress } from "../../../src/report/contract/findings";
import { describe, expect, it } from "vitest";
import { readModel } from "../../../src/report/model/read-model";
import { compute } from "../../../src/report/compute/compute";
import type { RawCell } from "../../../src/report/contract/types";
import { bukuKerja } from "../periksa/helpers";

// §12: the gateway gives a merge's value at its top-left cell only, and the merge in RawRange.merges.
const IKU: RawCell[][] = [
  ["Sasaran", "Indikator", "Satuan", "Target", "Realisasi"],
  ["Sasaran A", "Indikator 1", "Persen", 80, 90],
  [null, "Indikator 2", null, null, 70],
  ["Sasaran B", "Indikator 3", "Nilai", 10, 9],
];
const ANGGARAN: RawCell[][] = [
  ["Sasaran", "Program", "Sub Kegiatan", "Pagu", "Realisasi"],
  [1, "Program A", "Sub 1", 1000, 900],
  [null, null, "Sub 2", null, 50],
  [2, "Program B", "Sub 3", 500, 400],
];

function model() {
  const raw = bukuKerja({ iku: IKU, anggaran: ANGGARAN });
  raw.ranges.LKIP_IKU!.merges = [
    { row: 1, col: 0, rows: 2, cols: 1 }, // Sasaran A over two indicators
    { row: 1, col: 2, rows: 2, cols: 1 }, // Satuan over two indicators
    { row: 1, col: 3, rows: 2, cols: 1 }, // Target over two indicators
  ];
  raw.ranges.LKIP_ANGGARAN!.merges = [
    { row: 1, col: 0, rows: 2, cols: 2 }, // Sasaran and Program
    { row: 1, col: 3, rows: 2, cols: 1 }, // Pagu typed once over two sub kegiatan
  ];
  return readModel(raw);
}

describe("merged cells in the sources (§12)", () => {
  it("merged Target and Satuan apply to each indicator row, with an info naming the range", () => {
    const m = model();
    expect(
      m.indikator.map((i) => [i.nama.value, i.target.value.toNumber(), i.satuan?.value])
    ).toEqual([
      ["Indikator 1", 80, "Persen"],
      ["Indikator 2", 80, "Persen"],
      ["Indikator 3", 10, "Nilai"],
    ]);
    expect(m.indikator[1].sasaran).toBe(1);
    expect(
      m.findings
        .filter((f) => f.kode === "SEL_GABUNG_PER_BARIS")
        .map((f) => [f.tingkat, formatAddress(f)])
    ).toEqual([
      ["info", "'Data IKU'!C2:C3"],
      ["info", "'Data IKU'!D2:D3"],
    ]);
  });

  it("merged Pagu is counted once, on its first row, with a peringatan naming the range", () => {
    const m = model();
    const hasil = compute(m);
    expect(hasil.anggaran!.pagu.toNumber()).toBe(1500);
    expect(hasil.anggaran!.realisasi.toNumber()).toBe(1350);
    expect(m.anggaran!.map((b) => b.program.value)).toEqual([
      "Program A",
      "Program A",
      "Program B",
    ]);
    const w = m.findings.filter((f) => f.kode === "SEL_GABUNG_UANG");
    expect(w.map((f) => [f.tingkat, formatAddress(f)])).toEqual([
      ["peringatan", "'Data Anggaran'!D2:D3"],
    ]);
    expect(findingText(w[0])).toMatch(/dihitung sekali/);
  });
});

// An indicator printed over two kegiatan rows (LKjIP Dinas PUPR Grobogan 2021, sasaran 3): the
// Indikator cell and its figures merged over the row of kegiatan a and that of kegiatan b.
describe("an Indikator merged over two sasaran rows", () => {
  const KEGIATAN: RawCell[][] = [
    ["Sasaran", "Indikator", "Target", "Realisasi", "Capaian"],
    ["a. Kegiatan A", "Tersedianya air embung", 80, 60, 75],
    ["b. Kegiatan B", null, null, null, null],
    ["c. Kegiatan C", "Indikator C", 10, 9, 90],
  ];
  const read = (merged: boolean) => {
    const raw = bukuKerja({ iku: KEGIATAN });
    if (merged)
      raw.ranges.LKIP_IKU!.merges = [1, 2, 3, 4].map((col) => ({ row: 1, col, rows: 2, cols: 1 }));
    return readModel(raw);
  };

  it("is one indicator, listed once under the top row's sasaran; the row below has no galat", () => {
    const m = read(true);
    expect(m.indikator.map((i) => [i.nama.value, i.sasaran, i.target.value.toNumber()])).toEqual([
      ["Tersedianya air embung", 1, 80],
      ["Indikator C", 3, 10],
    ]);
    expect(m.sasaran.map((s) => s.teks)).toEqual([
      "a. Kegiatan A",
      "b. Kegiatan B",
      "c. Kegiatan C",
    ]);
    expect(m.findings.filter((f) => f.tingkat !== "info")).toEqual([]);
    // Its figures are not repeated on the row below (that row is no indicator row).
    expect(m.findings.filter((f) => f.kode === "SEL_GABUNG_PER_BARIS")).toEqual([]);
    const said = m.findings.filter((f) => f.kode === "SASARAN_TANPA_INDIKATOR");
    expect(said.map((f) => [f.tingkat, formatAddress(f)])).toEqual([["info", "'Data IKU'!A3"]]);
    expect(findingText(said[0], "id")).toContain("'Data IKU'!B2");
    expect(findingText(said[0], "en")).toContain("listed once");
  });

  it("unmerged, a last sasaran row with no indicator is a peringatan at its cell, never silent", () => {
    // (Above a row naming its own sasaran it would be read as a tujuan band, WORKBOOK.)
    const m = readModel(bukuKerja({ iku: [KEGIATAN[0], KEGIATAN[1], KEGIATAN[3], KEGIATAN[2]] }));
    expect(m.indikator).toHaveLength(2);
    const said = m.findings.filter((f) => f.kode === "SASARAN_TANPA_INDIKATOR");
    expect(said.map((f) => [f.tingkat, formatAddress(f)])).toEqual([
      ["peringatan", "'Data IKU'!A4"],
    ]);
    expect(findingText(said[0], "id")).toContain("b. Kegiatan B");
  });

  it("a sasaran whose indicator rows all have problems is not said twice", () => {
    const raw = bukuKerja({
      iku: [KEGIATAN[0], ["Sasaran A", "Indikator 1", "delapan puluh", 60, null]],
    });
    const m = readModel(raw);
    expect(m.findings.some((f) => f.kode === "SASARAN_TANPA_INDIKATOR")).toBe(false);
  });
});
