/**
 * WORKBOOK "Headers by meaning": aliases first, then the head word; a bare % in LKIP_IKU is the
 * typed capaian; a lower budget level's column is not the IKU's; a missing required column names
 * the headers that could be it; `Kolom {kolom}` choices (LKIP_INFO, `lkip --kolom`) are read.
 */
import { describe, expect, it } from "vitest";
import { flatAll } from "../contract/flat";
import { KOSAKATA, normalizeHeader, resolveHeaders } from "../../../src/report/model/columns";
import { readModel } from "../../../src/report/model/read-model";
import type {
  RawCell,
  RawRange,
  RawWorkbook,
  SourceName,
} from "../../../src/report/contract/types";

const range = <S extends SourceName>(
  source: S,
  values: RawCell[][],
  sheet = "Data"
): RawRange & { source: S } => ({ source, kind: "name", sheet, row: 4, col: 2, values });

/** Every header the vocabulary lists for any source, normalised, the year filled in. */
const aliasList = (tahun: number) =>
  new Set(
    KOSAKATA.flatMap((k) => [k.label, ...k.aliases, ...Object.values(k.only ?? {}).flat()]).map(
      (a) => normalizeHeader(a.replace("{tahun}", String(tahun)))
    )
  );

describe("headers read by their head word", () => {
  // Headers as real reports print them, none of them in the alias list.
  const cases: ["LKIP_IKU" | "LKIP_ANGGARAN", string, string][] = [
    ["LKIP_IKU", "INDIKATOR TUJUAN", "indikator"],
    ["LKIP_IKU", "Indikator Kinerja Tujuan/Sasaran", "indikator"],
    ["LKIP_IKU", "Target Kinerja Tahun Ini", "target"],
    ["LKIP_IKU", "Realisasi s.d. Desember", "realisasi"],
    ["LKIP_IKU", "Capaian Kinerja (%) s.d. TW IV", "capaian"],
    ["LKIP_IKU", "Sasaran Strategis Perangkat Daerah", "sasaran"],
    ["LKIP_IKU", "1. Satuan Ukuran", "satuan"],
    ["LKIP_ANGGARAN", "Program Perangkat Daerah", "program"],
    ["LKIP_ANGGARAN", "Pagu Anggaran Perubahan", "pagu"],
    ["LKIP_ANGGARAN", "Realisasi Keuangan", "realisasi"],
  ];
  it.each(cases)("%s: %j is read as %s, by meaning, with an info at its cell", (source, h, key) => {
    expect(aliasList(2024).has(normalizeHeader(h)), "not an alias").toBe(false);
    const r = resolveHeaders(range(source, [["No", h]]), 2024);
    expect((r.columns as Record<string, number>)[key]).toBe(1);
    expect(flatAll(r.findings)).toContainEqual(
      expect.objectContaining({ tingkat: "info", kode: "KOLOM_DIBACA", lokasi: "'Data'!D5" })
    );
  });

  it("never takes a column an exact header has", () => {
    const r = resolveHeaders(
      range("LKIP_IKU", [["Sasaran", "Indikator", "Indikator Tujuan", "Target", "Realisasi"]]),
      2024
    );
    expect(r.columns.indikator).toBe(1);
    const f = flatAll(r.findings);
    expect(f.find((x) => x.lokasi === "'Data'!E5")?.kode).toBe("KOLOM_DIABAIKAN");
    expect(f.some((x) => x.kode === "KOLOM_DIBACA")).toBe(false);
  });

  it("a header for another year stays unread", () => {
    const r = resolveHeaders(
      range("LKIP_IKU", [
        ["Sasaran", "Indikator", "Target", "Realisasi", "Target Kinerja s.d. 2026"],
      ]),
      2024
    );
    expect(r.columns.target).toBe(2);
    const f = flatAll(r.findings).find((x) => x.lokasi === "'Data'!G5");
    expect(f?.kode).toBe("KOLOM_DIABAIKAN");
  });

  it("a qualifier naming a lower budget level is that level's column, never the IKU's", () => {
    const iku = resolveHeaders(
      range("LKIP_IKU", [["Sasaran", "Indikator Program", "Target", "Realisasi"]]),
      2024
    );
    expect(iku.columns.indikator).toBeUndefined();
    expect(iku.missing).toEqual(["Indikator"]);
    const ang = resolveHeaders(
      range("LKIP_ANGGARAN", [
        ["Sasaran", "Program", "Indikator Kegiatan", "Pagu Kegiatan", "Realisasi"],
      ]),
      2024
    );
    expect(ang.columns.indikator).toBeUndefined();
    expect(ang.columns.pagu).toBe(3);
    const f = flatAll(ang.findings).find((x) => x.lokasi === "'Data'!E5");
    expect(f).toMatchObject({ tingkat: "info", kode: "KOLOM_DIABAIKAN" });
    expect(f?.pesan).toContain("Kegiatan");
  });

  it("'Target Akhir' of a medium-term plan is the Target Akhir Renstra, with its year; never the Target", () => {
    // Tabel 3.16 of Kab. Wonogiri 2020 (test/fixtures/real): a kabupaten's plan is its RPJMD.
    for (const [h, tahun] of [
      ["Target Akhir RPJMD (2021)", 2021],
      ["Target Akhir Periode RPJMD 2026", 2026],
      ["Target Akhir Periode", undefined],
    ] as const) {
      expect(aliasList(2020).has(normalizeHeader(h)), h).toBe(false);
      const r = resolveHeaders(
        range("LKIP_IKU", [["Sasaran", "Indikator", "Target", "Realisasi", h]]),
        2020
      );
      expect(r.columns, h).toMatchObject({ target: 2, targetAkhirRenstra: 4 });
      expect(r.tahunKolom.targetAkhirRenstra, h).toBe(tahun);
      expect(
        flatAll(r.findings).find((x) => x.lokasi === "'Data'!G5"),
        h
      ).toMatchObject({
        tingkat: "info",
        kode: "KOLOM_DIBACA",
      });
    }
    // "Akhir Tahun" is the year's end, not the plan's: not read as the end-of-period target.
    const r = resolveHeaders(
      range("LKIP_IKU", [["Sasaran", "Indikator", "Target", "Realisasi", "Target Akhir Tahun"]]),
      2020
    );
    expect(r.columns.targetAkhirRenstra).toBeUndefined();
  });

  it("a Target Renstra is not read as the Target", () => {
    const r = resolveHeaders(
      range("LKIP_IKU", [["Sasaran", "Indikator", "Target Renstra Perubahan", "Realisasi"]]),
      2024
    );
    expect(r.columns.target).toBeUndefined();
  });
});

describe("a bare % in LKIP_IKU", () => {
  it("is the typed capaian (and in LKIP_ANGGARAN the serapan)", () => {
    const iku = resolveHeaders(
      range("LKIP_IKU", [["TUJUAN", "SASARAN", "INDIKATOR TUJUAN", "TARGET", "REALISASI", "%"]]),
      2021
    );
    expect(iku.columns).toMatchObject({ tujuan: 0, sasaran: 1, indikator: 2, capaian: 5 });
    expect(flatAll(iku.findings).map((f) => f.kode)).toEqual(["KOLOM_DIBACA"]);
    const ang = resolveHeaders(
      range("LKIP_ANGGARAN", [["Sasaran", "Program", "Pagu", "Realisasi", "%"]]),
      2021
    );
    expect(ang.columns.serapan).toBe(4);
  });
});

describe("a required column still missing", () => {
  it("names the headers that could be it, the likeliest first", () => {
    const r = resolveHeaders(
      range("LKIP_IKU", [["Sasaran", "Keterangan", "Uraian Indikator", "Target", "Realisasi"]]),
      2024
    );
    expect(r.missing).toEqual(["Indikator"]);
    expect(r.candidates.Indikator?.map((c) => c.judul)).toEqual(["Uraian Indikator", "Keterangan"]);
    const f = flatAll(r.findings).find((x) => x.kode === "KOLOM_TIDAK_ADA");
    expect(f?.pesan).toContain('"Uraian Indikator"');
  });

  it("is read from the column the user chose, with an info", () => {
    const r = resolveHeaders(
      range("LKIP_IKU", [["Sasaran", "Keterangan", "Uraian Indikator", "Target", "Realisasi"]]),
      2024,
      { Indikator: "uraian  indikator" }
    );
    expect(r.columns.indikator).toBe(2);
    expect(r.missing).toEqual([]);
    const f = flatAll(r.findings).find((x) => x.kode === "KOLOM_DIBACA");
    expect(f).toMatchObject({ lokasi: "'Data'!E5" });
    expect(f?.pesan).toContain("dipilih");
  });
});

describe("Kolom {kolom} in LKIP_INFO and the reader's options", () => {
  const raw = (info: RawCell[][] | null): RawWorkbook => ({
    ranges: {
      LKIP_IKU: range("LKIP_IKU", [
        ["Sasaran", "Uraian", "Target 2024", "Realisasi 2024"],
        ["S1", "Indikator A", 80, 88],
      ]),
      ...(info ? { LKIP_INFO: range("LKIP_INFO", info, "Info") } : {}),
    },
    problems: [],
  });

  it("without a choice, Indikator is missing and Uraian offered", () => {
    const m = readModel(raw(null));
    expect(m.indikator).toEqual([]);
    expect(m.kolomCalon).toEqual([
      { sumber: "LKIP_IKU", kolom: "Indikator", calon: [{ judul: "Uraian", lokasi: "'Data'!D5" }] },
    ]);
  });

  it("a Kolom Indikator row reads the column", () => {
    const m = readModel(raw([["Kolom Indikator", "URAIAN"]]));
    expect(m.indikator.map((i) => i.nama.value)).toEqual(["Indikator A"]);
    expect(m.kolomDipilih).toEqual({ Indikator: "URAIAN" });
    expect(m.kolomCalon).toEqual([]);
  });

  it("the reader's option (lkip --kolom) does the same and wins over LKIP_INFO", () => {
    const m = readModel(
      raw([["Kolom Indikator", "Tidak Ada"]]),
      {},
      { kolom: { Indikator: "Uraian" } }
    );
    expect(m.indikator.map((i) => i.nama.value)).toEqual(["Indikator A"]);
  });
});
