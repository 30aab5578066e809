/**
 * The real reports of test/fixtures/real through the task pane's path: the officer's workbook in
 * the in-memory Excel (merges as printed: Excel returns a merge's value in its top-left cell
 * only), read by src/excel, then the same model, tables and checks as `lkip` (the .xlsx path of
 * test/report/periksa/real-reports.test.ts). Both paths must give the same figures.
 */
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/excel/read";
import { readModel, tabelSheet } from "../../src/report";
import { compute } from "../../src/report/compute/compute";
import { periksa } from "../../src/report/periksa/periksa";
import { loadXlsx } from "../../src/xlsx/read";
import { writeInputPlan } from "../../src/xlsx/write";
import { fakeWorkbookFromPlan, supportsFor } from "../host/fake-excel";
import { laporanNyata, plan } from "../tools/real-fixtures";
import { flatAll } from "../report/contract/flat";
import { asRun } from "./support";
import type { LkipModel } from "../../src/report";

/** What a reader of the tables needs to agree on: every figure, and every finding worse than info. */
function figures(model: LkipModel) {
  const hasil = compute(model);
  const temuan = flatAll(periksa(model, hasil));
  return {
    sasaran: model.sasaran.map((s) => [s.teks, s.tujuan?.value ?? null]),
    capaian: hasil.indikator.map((h) => [h.indikator.nama.value, h.capaian.toString()]),
    kualitatif: hasil.kualitatif.map((k) => [k.indikator.nama.value, k.predikat]),
    anggaran: (model.anggaran ?? []).map((b) => [
      b.sasaran,
      b.program.value,
      b.pagu.value.toString(),
      b.realisasi.value.toString(),
    ]),
    alarm: temuan
      .filter((f) => f.tingkat !== "info" && f.kode !== "SEL_GABUNG_UANG")
      .map((f) => `${f.kode} ${f.lokasi}`)
      .sort(),
  };
}

describe.each(laporanNyata())("$file through the pane", ({ data: l }) => {
  it("gives the same figures and alarms as the .xlsx path, and its tables", async () => {
    const wb = fakeWorkbookFromPlan(plan(l));
    const read = await readWorkbook({ run: asRun(wb), supports: supportsFor(wb) });
    const pane = readModel(read.raw);
    const loaded = await loadXlsx(Buffer.from(await writeInputPlan(plan(l)).xlsx.writeBuffer()));
    const cli = readModel(loaded.raw);
    expect(figures(pane)).toEqual(figures(cli));
    const built = tabelSheet(pane);
    expect(built.plan.values.length).toBeGreaterThan(0);
    // A label with a score is printed as the officer wrote it (RULES §10).
    for (const i of pane.indikator.filter((x) => x.target.label !== undefined))
      expect(built.plan.values.flat()).toContain(i.target.label);
  });
});

// The Grobogan Bab III table as printed: the indicator of kegiatan a and its figures drawn over
// the row of kegiatan b (merged cells B13:E14), read alike by the pane and `lkip`.
describe("an indicator printed over two kegiatan rows, through both paths", () => {
  const l = laporanNyata().find((x) => x.file === "lkjip-dinas-pupr-grobogan-2021-bab3.json")!.data;
  it("is one indicator listed once, the row below said as sharing it, no galat there", async () => {
    const wb = fakeWorkbookFromPlan(plan(l));
    const read = await readWorkbook({ run: asRun(wb), supports: supportsFor(wb) });
    const loaded = await loadXlsx(Buffer.from(await writeInputPlan(plan(l)).xlsx.writeBuffer()));
    const byPlace = (r: typeof read.raw) =>
      [...(r.ranges.LKIP_IKU?.merges ?? [])].sort((a, b) => a.row - b.row || a.col - b.col);
    expect(byPlace(read.raw)).toEqual(byPlace(loaded.raw));
    expect(byPlace(read.raw)).toContainEqual({ row: 12, col: 1, rows: 2, cols: 1 });
    for (const raw of [read.raw, loaded.raw]) {
      const model = readModel(raw);
      // "13.125 meter kubik" is no number (RULES §0): a qualitative indicator.
      const embung = [...model.indikator, ...model.kualitatif].filter((i) =>
        i.nama.value.startsWith("Tersedianya air")
      );
      expect(embung).toHaveLength(1);
      const temuan = flatAll(model.findings);
      expect(temuan.filter((f) => f.lokasi.includes("14") && f.tingkat !== "info")).toEqual([]);
      expect(
        temuan.filter((f) => f.kode === "SASARAN_TANPA_INDIKATOR").map((f) => [f.tingkat, f.lokasi])
      ).toEqual([["info", "'Bab III'!A14"]]);
    }
  });
});
