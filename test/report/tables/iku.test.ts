/** Tables 2–8 on the shapes of issue 12: qualitative indicators, Tujuan, running No, budgets per indicator. */
import { describe, expect, it } from "vitest";
import { readModel } from "../../../src/report/model/read-model";
import { buildTables } from "../../../src/report/tables/specs";
import type { RawCell, RawWorkbook, TableDesc } from "../../../src/report/contract/types";
import { rawRange } from "../sample/sample-raw";

function tabel(iku: RawCell[][], anggaran?: RawCell[][], tahun = 2024): TableDesc[] {
  const raw: RawWorkbook = {
    ranges: {
      LKIP_INFO: rawRange("LKIP_INFO", "Info", 0, 0, [["Tahun", tahun]]),
      LKIP_IKU: rawRange("LKIP_IKU", "IKU", 0, 0, iku),
    },
    problems: [],
  };
  if (anggaran) raw.ranges.LKIP_ANGGARAN = rawRange("LKIP_ANGGARAN", "Ang", 0, 0, anggaran);
  return buildTables(readModel(raw)).tables;
}
const byId = (ts: TableDesc[], id: number) => ts.find((t) => t.id === id)!;
const vals = (t: TableDesc) => t.body.map((r) => r.map((c) => c.value));

const IKU: RawCell[][] = [
  [
    "Tujuan",
    "No",
    "Sasaran",
    "Indikator",
    "Satuan",
    "Target",
    "Realisasi",
    "Realisasi 2023",
    "Arah",
  ],
  ["T1", 1, "S1", "Persentase a", "Persen", 80, 100, 90, null],
  [null, null, "S1", "Opini BPK", "Opini", "WTP", "WTP", null, null],
  ["T2", 4, "S2", "Angka kemiskinan", "Persen", 5.02, 5.1, 5.02, "turun"],
  [null, null, "S2", "Nilai SAKIP", "Nilai", "BB", "B", null, null],
];

describe("Tabel 2 on a report with Tujuan and qualitative indicators", () => {
  const t = byId(tabel(IKU), 2);

  it("Tujuan as a group row above its sasaran; qualitative rows print their labels", () => {
    expect(vals(t)).toEqual([
      ["Tujuan: T1", null, null, null, null, null, null, null],
      [1, "S1", "Persentase a", "Persen", null, 80, 100, 125],
      [2, null, "Opini BPK", "Opini", null, "WTP", "WTP", "Tercapai"],
      ["Tujuan: T2", null, null, null, null, null, null, null],
      [4, "S2", "Angka kemiskinan", "Persen", null, 5.02, 5.1, 98.41],
      [5, null, "Nilai SAKIP", "Nilai", null, "BB", "B", "Tidak tercapai"],
      ["Rata-rata", null, null, null, null, 42.51, 52.55, 111.71],
    ]);
  });

  it("a blank No takes the next running number, never the sasaran's", () => {
    expect(
      vals(t)
        .map((r) => r[0])
        .filter((x) => typeof x === "number")
    ).toEqual([1, 2, 4, 5]);
  });

  it("the note says the qualitative indicators are outside the mean", () => {
    expect(t.notes.join(" ")).toMatch(/2 indikator kualitatif/);
  });
});

describe("honest aggregates and labels", () => {
  it("Tabel 3 counts the qualitative indicators; Tabel 4 leaves them out with a note", () => {
    const ts = tabel(IKU);
    const t3 = vals(byId(ts, 3));
    expect(t3[t3.length - 1]).toEqual(["Jumlah", null, 4]);
    const t4 = byId(ts, 4);
    expect(t4.notes.join(" ")).toMatch(/kualitatif/);
  });

  it("Tabel 6 says Membaik / Memburuk / Tetap by arah: poverty rising is worse", () => {
    const t6 = vals(byId(tabel(IKU), 6));
    expect(t6.map((r) => r[r.length - 1])).toEqual(["Membaik", "Memburuk"]);
  });

  it("Tabel 7 names the Renstra target's year; the end-of-period target serves in the last year", () => {
    const iku: RawCell[][] = [
      ["Sasaran", "Indikator", "Target", "Realisasi", "Target Renstra 2026"],
      ["S1", "a", 80, 90, 85],
    ];
    const t7 = byId(tabel(iku, undefined, 2026), 7);
    expect(t7.header[0].map((c) => c.value)).toContain("Target Renstra 2026");
    expect(byId(tabel(iku, undefined, 2024), 7)).toBeUndefined();
  });
});

describe("Tabel 8 with budgets per indicator (RULES §6)", () => {
  const iku: RawCell[][] = [
    ["Sasaran", "Indikator", "Target", "Realisasi"],
    ["S1", "a", 100, 120],
    ["S1", "b", 100, 80],
    ["S2", "c", 100, 100],
  ];
  const ang: RawCell[][] = [
    ["Sasaran", "Indikator", "Program", "Kegiatan", "Pagu", "Realisasi"],
    [1, "a", "P", "K1", 1000, 900],
    [1, "b", "P", "K2", 3000, 2700],
    [2, null, "Q", "K3", 1000, 900],
  ];
  const t = byId(tabel(iku, ang), 8);

  it("one row per indicator with its own figures, the sasaran row as their Σ", () => {
    expect(vals(t)).toEqual([
      [1, "S1", "a", 120, 90, 20, "Efisien"],
      [null, null, "b", 80, 90, -12.5, "Tidak efisien"],
      [null, null, "Jumlah sasaran (Σ)", 100, 90, 0, "Efisien"],
      [2, "S2", "c", 100, 90, 10, "Efisien"],
    ]);
    expect(t.notes.join(" ")).toMatch(/Indikator "a": E tanpa batas 25,00 %/);
  });
});
