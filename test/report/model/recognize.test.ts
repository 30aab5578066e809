import { describe, expect, it } from "vitest";
import { readModel } from "../../../src/report/model/read-model";
import {
  joinHeaderRows,
  recognizeColumns,
  tahunFromHeaders,
  withOneHeaderRow,
} from "../../../src/report/model/recognize";
import type { RawCell, RawRange } from "../../../src/report/contract/types";
import { fixture } from "../sample/sample-raw";

const TWO_ROWS: RawCell[][] = [
  ["No", "Sasaran", "Indikator", "2024", null],
  [null, null, null, "Target", "Realisasi"],
];

describe("joinHeaderRows", () => {
  it("a year over Target | Realisasi gives Target 2024, Realisasi 2024; a single-row header stays", () => {
    expect(joinHeaderRows(TWO_ROWS[0], TWO_ROWS[1])).toEqual([
      "No",
      "Sasaran",
      "Indikator",
      "Target 2024",
      "Realisasi 2024",
    ]);
  });

  it("a vertically merged header does not spread right; a text group header goes first", () => {
    expect(
      joinHeaderRows(["Sasaran", null, "Capaian", null], [null, "Indikator", "%", "Predikat"])
    ).toEqual(["Sasaran", "Indikator", "Capaian %", "Capaian Predikat"]);
  });
});

describe("recognizeColumns", () => {
  it("a year over Capaian (%) as reports print it: the report year's is the typed capaian", () => {
    const r = recognizeColumns(
      "LKIP_IKU",
      [
        [
          "No",
          "Indikator Kinerja",
          "Sasaran",
          "Target",
          null,
          "Realisasi",
          null,
          "Capaian (%)",
          null,
        ],
        [null, null, null, "2019", "2020", "2019", "2020", "2019", "2020"],
        ["01.01", "IKM", "S1", "82,5", "84,75", "88,94", "88,95", "107,81", "104,96"],
      ],
      2020
    );
    expect(r.headerRows).toBe(2);
    expect(r.tahun).toBe(2020);
    expect(r.recognised.map((x) => [x.header, x.label])).toEqual([
      ["No", "No"],
      ["Indikator Kinerja", "Indikator"],
      ["Sasaran", "Sasaran"],
      ["Target 2020", "Target"],
      ["Realisasi 2019", "Realisasi 2019"],
      ["Realisasi 2020", "Realisasi"],
      ["Capaian (%) 2020", "Capaian"],
    ]);
    expect(r.ignored).toEqual(["Target 2019", "Capaian (%) 2019"]);
  });

  it("recognises a two-row header and says nothing required is missing", () => {
    const r = recognizeColumns("LKIP_IKU", [...TWO_ROWS, [1, "S", "I", 10, 12]], 2025);
    expect(r.headerRows).toBe(2);
    expect(r.tahun).toBe(2024);
    expect(r.missing).toEqual([]);
    expect(r.recognised.map((c) => [c.header, c.label])).toEqual([
      ["No", "No"],
      ["Sasaran", "Sasaran"],
      ["Indikator", "Indikator"],
      ["Target 2024", "Target"],
      ["Realisasi 2024", "Realisasi"],
    ]);
  });

  it("says which required columns are missing and which are ignored, before anything is written", () => {
    const r = recognizeColumns(
      "LKIP_IKU",
      [
        ["Indikator", "Realisasi", "Keterangan"],
        ["a", 1, "x"],
      ],
      2024
    );
    expect(r.headerRows).toBe(1);
    expect(r.missing).toEqual(["Sasaran", "Target"]);
    expect(r.ignored).toEqual(["Keterangan"]);
  });

  it("a data row under a one-row header is never taken for a second header row", () => {
    const r = recognizeColumns(
      "LKIP_ANGGARAN",
      [
        ["Sasaran", "Program", "Pagu", "Realisasi"],
        ["1", "Program A", 100, 90],
      ],
      2024
    );
    expect(r.headerRows).toBe(1);
    expect(r.missing).toEqual([]);
  });

  it("LKIP_INFO: the keys it knows", () => {
    const r = recognizeColumns(
      "LKIP_INFO",
      [
        ["Tahun", 2024],
        ["Skala", "kategori"],
        ["Catatan", "x"],
      ],
      2024
    );
    expect(r.recognised.map((c) => c.label)).toEqual(["Tahun", "Skala"]);
    expect(r.missing).toEqual([]);
  });
});

describe("the year from the headers", () => {
  it("Target 2024 gives 2024; Realisasi 2023 beside a plain Realisasi says nothing", () => {
    expect(tahunFromHeaders(["Target 2024", "Realisasi 2024"])).toBe(2024);
    expect(tahunFromHeaders(["Target", "Realisasi", "Realisasi 2023"])).toBeNull();
    expect(tahunFromHeaders(["Target", "Realisasi 2024", "Realisasi 2023"])).toBe(2024);
  });

  it("readModel takes it when LKIP_INFO has no Tahun, and not otherwise", () => {
    const iku: RawRange = {
      source: "LKIP_IKU",
      kind: "table",
      sheet: "IKU",
      row: 0,
      col: 0,
      values: [
        ["Sasaran", "Indikator", "Target 2023", "Realisasi 2023"],
        ["S", "I", 10, 12],
      ],
    };
    const m = readModel({ ranges: { LKIP_IKU: iku }, problems: [] });
    expect(m.settings.tahun).toBe(2023);
    expect(m.tahunDariJudul).toBe(true);
    expect(m.indikator).toHaveLength(1);
    const info: RawRange = {
      source: "LKIP_INFO",
      kind: "name",
      sheet: "Info",
      row: 0,
      col: 0,
      values: [["Tahun", fixture.tahun]],
    };
    const m2 = readModel({ ranges: { LKIP_IKU: iku, LKIP_INFO: info }, problems: [] });
    expect(m2.settings.tahun).toBe(fixture.tahun);
    expect(m2.tahunDariJudul).toBeUndefined();
  });

  it("a named range with a two-row header is read as one, its cells where they are", () => {
    const range: RawRange = {
      source: "LKIP_IKU",
      kind: "name",
      sheet: "IKU",
      row: 4,
      col: 1,
      values: [...TWO_ROWS, [1, "S", "I", 10, 12]],
    };
    const one = withOneHeaderRow(range, 2024);
    expect(one.row).toBe(5);
    expect(one.values).toHaveLength(2);
    const m = readModel({ ranges: { LKIP_IKU: range }, problems: [] });
    expect(m.findings.map((f) => f.kode)).toEqual(["SUMBER_TIDAK_ADA"]); // only: no LKIP_ANGGARAN
    expect(m.indikator[0].target.lokasi).toBe("'IKU'!E7");
    expect(m.sumber.LKIP_IKU?.lokasi).toBe("'IKU'!B5:F7");
  });
});
