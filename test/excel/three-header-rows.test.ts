/**
 * A header of three rows (WORKBOOK.md "Layouts as printed": "Kinerja" / "Tahun 2022" / Target |
 * Realisasi, "Anggaran" / "Tahun 2022" / Anggaran | Realisasi | %) as the officer merges it, read
 * through the task pane's path (src/excel, merges as Excel returns them: the value in the
 * top-left cell only) and through the .xlsx path: the same model from the one header reader.
 */
import { describe, expect, it } from "vitest";
import Decimal from "decimal.js";
import { readWorkbook } from "../../src/excel/read";
import { readModel } from "../../src/report";
import { compute } from "../../src/report/compute/compute";
import { loadXlsx } from "../../src/xlsx/read";
import { writeInputPlan } from "../../src/xlsx/write";
import { fakeWorkbookFromPlan, supportsFor } from "../host/fake-excel";
import { plan, type Laporan } from "../tools/real-fixtures";
import { flatAll } from "../report/contract/flat";
import { asRun } from "./support";
import type { LkipModel } from "../../src/report";

const SASARAN = "Meningkatnya akuntabilitas kinerja";
const laporan: Laporan = {
  source: { url: "test", instansi: "Dinas Contoh" },
  tahun: 2022,
  iku: {
    sheet: "IKU",
    at: [2, 1],
    values: [
      ["No", "Sasaran", "Indikator", "Kinerja", null, null],
      [null, null, null, "Tahun 2022", null, null],
      [null, null, null, "Target", "Realisasi", "Capaian (%)"],
      [1, SASARAN, "Nilai SAKIP", 70, 72.5, "103,57"],
      [2, null, "Opini BPK", 3, 2.7, "90,00"],
    ],
    merges: [
      [0, 0, 3, 1],
      [0, 1, 3, 1],
      [0, 2, 3, 1],
      [0, 3, 1, 3],
      [1, 3, 1, 3],
      [3, 1, 2, 1],
    ],
  },
  anggaran: {
    sheet: "Anggaran",
    at: [0, 0],
    values: [
      ["Sasaran", "Program", "Anggaran", null, null],
      [null, null, "Tahun 2022", null, null],
      [null, null, "Anggaran", "Realisasi", "%"],
      [SASARAN, "Program Penunjang", 1_250_000_000, 1_190_450_000, "95,24"],
      [null, "Program Pengawasan", 640_000_000, 598_000_000, "93,44"],
    ],
    merges: [
      [0, 0, 3, 1],
      [0, 1, 3, 1],
      [0, 2, 1, 3],
      [1, 2, 1, 3],
      [3, 0, 2, 1],
    ],
  },
  printed: [],
};

function figures(m: LkipModel) {
  const hasil = compute(m);
  return {
    indikator: m.indikator.map((i) => [
      i.nama.value,
      i.target.value.toString(),
      i.realisasi.value.toString(),
      i.target.lokasi,
    ]),
    capaian: hasil.indikator.map((h) => h.capaian.toString()),
    anggaran: (m.anggaran ?? []).map((b) => [
      b.sasaran,
      b.program.value,
      b.pagu.value.toString(),
      b.realisasi.value.toString(),
      b.pagu.lokasi,
    ]),
    findings: flatAll(m.findings).map((f) => `${f.tingkat} ${f.kode} ${f.lokasi}`),
  };
}

describe("three header rows through the pane and through lkip", () => {
  it("give the same figures, read at their own cells, with no galat", async () => {
    const wb = fakeWorkbookFromPlan(plan(laporan));
    const read = await readWorkbook({ run: asRun(wb), supports: supportsFor(wb) });
    const pane = readModel(read.raw);
    const loaded = await loadXlsx(
      Buffer.from(await writeInputPlan(plan(laporan)).xlsx.writeBuffer())
    );
    const cli = readModel(loaded.raw);
    expect(figures(pane)).toEqual(figures(cli));

    const f = figures(pane);
    // The data start on the fourth row of each block: IKU at B3, so its first Target is E6.
    expect(f.indikator).toEqual([
      ["Nilai SAKIP", "70", "72.5", "'IKU'!E6"],
      ["Opini BPK", "3", "2.7", "'IKU'!E7"],
    ]);
    // RULES §1: realisasi / target × 100, rounded to two places.
    const capaian = (t: number, r: number) =>
      new Decimal(r).div(t).times(100).toDecimalPlaces(2).toString();
    expect(f.capaian).toEqual([capaian(70, 72.5), capaian(3, 2.7)]);
    expect(f.anggaran).toEqual([
      [1, "Program Penunjang", "1250000000", "1190450000", "'Anggaran'!C4"],
      [1, "Program Pengawasan", "640000000", "598000000", "'Anggaran'!C5"],
    ]);
    expect(f.findings.filter((x) => x.startsWith("galat") || x.startsWith("peringatan"))).toEqual(
      []
    );
  });
});
