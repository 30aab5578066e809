import { findingText, formatAddress } from "../../../src/report/contract/findings";
import { coreText } from "../../../src/report/contract/core-reasons";
import { describe, expect, it } from "vitest";
import { readModel } from "../../../src/report/model/read-model";
import { compute } from "../../../src/report/compute/compute";
import type { RawCell } from "../../../src/report/contract/types";
import { bukuKerja } from "../periksa/helpers";

const IKU: RawCell[][] = [
  ["Sasaran", "Indikator", "Target", "Realisasi", "Arah"],
  ["Sasaran A", "Indikator A", 10, 40, "turun"],
  ["Sasaran B", "Indikator B", "1.500", "1.600", null],
];
const ANGGARAN: RawCell[][] = [
  ["Sasaran", "Program", "Kegiatan", "Pagu", "Realisasi"],
  [1, "Program A", "Kegiatan 1", 1000, 900],
  [2, "Program B", "Kegiatan 2", -1000, 900],
  [2, "Program B", "Kegiatan 3", 1000, 900],
];

describe("RULES §0, §4 in the model (issue 14)", () => {
  const model = readModel(bukuKerja({ iku: IKU, anggaran: ANGGARAN }));

  it("a single-dot thousands reading is an info at its cell with the value read", () => {
    const info = model.findings.filter((f) => f.kode === "TITIK_RIBUAN");
    expect(info.map((f) => [f.tingkat, formatAddress(f), f.nilaiHitung])).toEqual([
      ["info", "'Data IKU'!C3", "1.500"],
      ["info", "'Data IKU'!D3", "1.600"],
    ]);
    expect(findingText(info[0])).toContain("'1.500'");
    // An info never leaves the row out.
    expect(model.indikator).toHaveLength(2);
  });

  it("a negative Pagu is a galat at its cell and its line stays out of every sum", () => {
    const neg = model.findings.filter((f) => f.kode === "ANGGARAN_NEGATIF");
    expect(neg.map((f) => [f.tingkat, formatAddress(f)])).toEqual([
      ["galat", "'Data Anggaran'!D3"],
    ]);
    expect(model.leftOut.map((b) => b.lokasi)).toEqual(["'Data Anggaran'!A3:E3"]);
    const hasil = compute(model);
    expect(hasil.anggaran!.pagu.toString()).toBe("2000");
  });

  it("a negative capaian has no efisiensi: the reason, never 20 — Efisien", () => {
    const hasil = compute(model);
    const a = hasil.sasaran[0];
    expect(a.capaian!.isNegative()).toBe(true);
    expect(a.efisiensi.dihitung).toBe(false);
    expect(!a.efisiensi.dihitung && coreText(a.efisiensi.reason)).toMatch(/^capaian negatif/);
  });

  it("a capaian beyond a double is a galat of its row, never Infinity", () => {
    const m = readModel(
      bukuKerja({
        iku: [
          ["Sasaran", "Indikator", "Target", "Realisasi"],
          ["Sasaran A", "Indikator A", 5e-324, 1],
        ],
      })
    );
    expect(m.indikator).toHaveLength(0);
    expect(formatAddress(m.findings.find((f) => f.kode === "CAPAIAN_TAK_HINGGA")!)).toBe(
      "'Data IKU'!C2"
    );
  });
});
