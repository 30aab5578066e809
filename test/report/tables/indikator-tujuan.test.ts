/**
 * RULES §13, indicators of a tujuan: on the tujuan's row with the Sasaran cell empty (LKjIP 2021
 * Dinas PUPR Kab. Grobogan). Read without a blank-cell error, computed, listed in the tujuan's
 * group before its sasaran (Tabel 1, 2), counted in Tabel 3, 4, 5 and the IKU mean, in no
 * sasaran's capaian or efisiensi.
 */
import { describe, expect, it } from "vitest";
import { Decimal, bulatkan, capaian } from "../../../src/core";
import { compute } from "../../../src/report/compute/compute";
import { readModel } from "../../../src/report/model/read-model";
import { buildTables } from "../../../src/report/tables/specs";
import type { RawCell, RawWorkbook, TableDesc } from "../../../src/report/contract/types";
import { rawRange } from "../sample/sample-raw";
import { flatAll } from "../contract/flat";

const IKU: RawCell[][] = [
  ["TUJUAN", "SASARAN", "INDIKATOR TUJUAN", "SATUAN", "TARGET", "REALISASI"],
  ["T1", null, "Infrastruktur kondisi baik", "%", 60, 66],
  [null, "S1", "Jalan mantap", "%", 80, 72],
  [null, "S2", "Irigasi baik", "%", 50, 55],
  ["T2", null, "Kawasan kumuh", "Ha", 10, 8],
  [null, null, "Rumah layak", "%", 90, 90],
  [null, "S3", "Air minum", "%", 70, 84],
];
const ANGGARAN: RawCell[][] = [
  ["Sasaran", "Program", "Pagu", "Realisasi"],
  ["S1", "Jalan", 1000, 900],
  ["S2", "Irigasi", 500, 450],
  ["S3", "Air", 200, 190],
];

function read(): RawWorkbook {
  return {
    ranges: {
      LKIP_INFO: rawRange("LKIP_INFO", "Info", 0, 0, [["Tahun", 2021]]),
      LKIP_IKU: rawRange("LKIP_IKU", "IKU", 0, 0, IKU),
      LKIP_ANGGARAN: rawRange("LKIP_ANGGARAN", "Ang", 0, 0, ANGGARAN),
    },
    problems: [],
  };
}
const byId = (ts: TableDesc[], id: number) => ts.find((t) => t.id === id)!;
const vals = (t: TableDesc) => t.body.map((r) => r.map((c) => c.value));
const pct = (t: number, r: number) => bulatkan(capaian(new Decimal(t), new Decimal(r)), "ROUND", 2);

describe("indicators of a tujuan (RULES §13)", () => {
  const model = readModel(read());
  const hasil = compute(model);
  const tables = buildTables(model).tables;

  it("are read, with no blank-cell error, and belong to no sasaran", () => {
    const f = flatAll(model.findings).filter((x) => x.tingkat !== "info");
    expect(f).toEqual([]);
    expect(model.indikatorTujuan.map((t) => [t.tujuan.value, t.indikator])).toEqual([
      ["T1", [0]],
      ["T2", [3, 4]],
    ]);
    expect(model.indikator.filter((i) => i.sasaran === 0).map((i) => i.nama.value)).toEqual([
      "Infrastruktur kondisi baik",
      "Kawasan kumuh",
      "Rumah layak",
    ]);
    expect(model.sasaran.map((s) => [s.teks, s.indikator])).toEqual([
      ["S1", [1]],
      ["S2", [2]],
      ["S3", [5]],
    ]);
  });

  it("are computed and counted in the IKU mean, never in a sasaran's capaian", () => {
    const rows: [number, number][] = [
      [60, 66],
      [80, 72],
      [50, 55],
      [10, 8],
      [90, 90],
      [70, 84],
    ];
    const each = rows.map(([t, r]) => pct(t, r));
    expect(hasil.indikator.map((h) => h.capaian.toString())).toEqual(each.map(String));
    const mean = bulatkan(
      each.reduce((a, b) => a.plus(b), new Decimal(0)).div(each.length),
      "ROUND",
      2
    );
    expect(hasil.rataRata?.capaian.toString()).toBe(mean.toString());
    expect(hasil.sasaran.map((s) => s.capaian?.toString())).toEqual(
      [each[1], each[2], each[5]].map(String)
    );
  });

  it("Tabel 2 lists them in their tujuan's group, before its sasaran, with no number", () => {
    const t = vals(byId(tables, 2));
    expect(t.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["Tujuan: T1", null, null],
      [null, null, "Infrastruktur kondisi baik"],
      [1, "S1", "Jalan mantap"],
      [2, "S2", "Irigasi baik"],
      ["Tujuan: T2", null, null],
      [null, null, "Kawasan kumuh"],
      [null, null, "Rumah layak"],
      [3, "S3", "Air minum"],
      ["Rata-rata", null, null],
    ]);
  });

  it("Tabel 1 lists them too, without a program", () => {
    const t = vals(byId(tables, 1));
    const rows = t.filter((r) => r[2] === "Kawasan kumuh" || r[2] === "Infrastruktur kondisi baik");
    expect(rows.map((r) => [r[0], r[1], r[5]])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
  });

  it("Tabel 3, 4 and 5 count all six indicators", () => {
    const last = (id: number) => {
      const t = vals(byId(tables, id));
      return t[t.length - 1][t[0].length - 1];
    };
    expect(last(3)).toBe(6);
    expect(last(4)).toBe(6);
    expect(vals(byId(tables, 5)).filter((r) => typeof r[0] === "number")).toHaveLength(6);
  });
});
