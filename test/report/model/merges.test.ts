import { findingText, formatLokasi } from "../../../src/report/contract/findings";
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
        .map((f) => [f.tingkat, formatLokasi(f)])
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
    expect(w.map((f) => [f.tingkat, formatLokasi(f)])).toEqual([
      ["peringatan", "'Data Anggaran'!D2:D3"],
    ]);
    expect(findingText(w[0])).toMatch(/dihitung sekali/);
  });
});
