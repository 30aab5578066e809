import { describe, expect, it } from "vitest";
import { flatAll } from "../contract/flat";
import { SKALA } from "../../../src/core";
import { defaultSettings, readSettings } from "../../../src/report/model/settings";
import type { RawCell, RawRange } from "../../../src/report/contract/types";

/** LKIP_INFO on sheet "Info" with its top-left cell at B3 (row 2, column 1). */
function info(values: RawCell[][]): RawRange {
  return { source: "LKIP_INFO", kind: "name", sheet: "Info", row: 2, col: 1, values };
}

/** Address of the value cell (column C) of the r-th row of the range above. */
const nilaiAt = (r: number) => `'Info'!C${3 + r}`;
const kunciAt = (r: number) => `'Info'!B${3 + r}`;

const lastYear = () => new Date().getFullYear() - 1;

describe("defaultSettings", () => {
  it("follows WORKBOOK.md: no instansi, last year, ROUND, kategori, no cap", () => {
    const s = defaultSettings(new Date(2025, 2, 15));
    expect(s).toEqual({
      instansi: null,
      tahun: 2024,
      pembulatan: "ROUND",
      skala: SKALA.kategori,
      batasiCapaian: false,
    });
  });

  it("takes the year before the current one by default", () => {
    expect(defaultSettings().tahun).toBe(lastYear());
  });
});

describe("readSettings", () => {
  it("gives the defaults without LKIP_INFO", () => {
    const r = readSettings(undefined);
    expect(r.settings).toEqual(defaultSettings());
    expect(flatAll(r.findings)).toEqual([]);
    expect(r.lokasi).toEqual({});
  });

  it("reads every key, and records where each value sits", () => {
    const r = readSettings(
      info([
        ["Instansi", "Dinas Sosial Kabupaten Barito Kuala"],
        ["Tahun", 2024],
        ["Pembulatan", "TRUNC"],
        ["Skala", "permendagri86"],
        ["Batasi Capaian Efisiensi", "Ya"],
      ])
    );
    expect(flatAll(r.findings)).toEqual([]);
    expect(r.settings).toEqual({
      instansi: "Dinas Sosial Kabupaten Barito Kuala",
      tahun: 2024,
      pembulatan: "TRUNC",
      skala: SKALA.permendagri86,
      batasiCapaian: true,
    });
    expect(r.lokasi).toEqual({
      instansi: nilaiAt(0),
      tahun: nilaiAt(1),
      pembulatan: nilaiAt(2),
      skala: nilaiAt(3),
      batasiCapaian: nilaiAt(4),
    });
  });

  it("matches keys ignoring case, spaces, dots and underscores", () => {
    const r = readSettings(
      info([
        ["  TAHUN ", "2023"],
        ["pembulatan", "trunc"],
        ["BATASI_CAPAIAN efisiensi", "tidak"],
        ["S K A L A", "Kategori"],
      ])
    );
    expect(flatAll(r.findings)).toEqual([]);
    expect(r.settings.tahun).toBe(2023);
    expect(r.settings.pembulatan).toBe("TRUNC");
    expect(r.settings.batasiCapaian).toBe(false);
    expect(r.settings.skala).toBe(SKALA.kategori);
  });

  it("accepts permendagri54, the regulation's name of the kategori scale", () => {
    const r = readSettings(info([["Skala", "Permendagri54"]]));
    expect(flatAll(r.findings)).toEqual([]);
    expect(r.settings.skala).toBe(SKALA.kategori);
  });

  it("accepts the short key Batasi Capaian", () => {
    expect(readSettings(info([["Batasi Capaian", "Ya"]])).settings.batasiCapaian).toBe(true);
  });

  it("ignores a header row such as Kunci | Nilai, unknown keys and blank rows", () => {
    const r = readSettings(
      info([
        ["Kunci", "Nilai"],
        ["Catatan", "bukan pengaturan"],
        [null, "2020"],
        ["", ""],
        [],
        [{ error: "#REF!" }, "2021"],
        ["Tahun", 2022],
      ])
    );
    expect(flatAll(r.findings)).toEqual([]);
    expect(r.settings.tahun).toBe(2022);
    expect(r.lokasi).toEqual({ tahun: nilaiAt(6) });
  });

  it("keeps defaults for blank values (Tahun, Pembulatan, Skala, Batasi, Instansi)", () => {
    const r = readSettings(
      info([
        ["Instansi", "  "],
        ["Tahun", null],
        ["Pembulatan", ""],
        ["Skala", null],
        ["Batasi Capaian Efisiensi"],
      ])
    );
    expect(flatAll(r.findings)).toEqual([]);
    expect(r.settings).toEqual({ ...defaultSettings(), tahun: lastYear() });
  });

  it("reads Ya/Tidak in their usual spellings and as booleans", () => {
    const batasi = (v: RawCell) =>
      readSettings(info([["Batasi Capaian Efisiensi", v]])).settings.batasiCapaian;
    for (const ya of ["Ya", "YA", " ya ", "Y", "TRUE", "1", "Benar", true, 1])
      expect(batasi(ya)).toBe(true);
    for (const tidak of ["Tidak", "TIDAK", "n", "t", "FALSE", "0", "Salah", false, 0])
      expect(batasi(tidak)).toBe(false);
  });

  it("reads Tahun from a number or a text number", () => {
    const tahun = (v: RawCell) => readSettings(info([["Tahun", v]]));
    expect(tahun(2024).settings.tahun).toBe(2024);
    expect(tahun(" 2019 ").settings.tahun).toBe(2019);
  });

  describe("a bad value", () => {
    const bad = (key: string, v: RawCell) =>
      readSettings(
        info([
          ["Kunci", "Nilai"],
          [key, v],
        ])
      );

    it.each<[string, RawCell, string]>([
      ["Tahun", "dua ribu", "tahun"],
      ["Tahun", 24, "tahun"],
      ["Tahun", 2024.5, "tahun"],
      ["Tahun", true, "tahun"],
      ["Pembulatan", "FLOOR", "pembulatan"],
      ["Pembulatan", 2, "pembulatan"],
      ["Skala", "baik sekali", "skala"],
      ["Batasi Capaian Efisiensi", "mungkin", "batasiCapaian"],
      ["Batasi Capaian Efisiensi", 2, "batasiCapaian"],
    ])("%s = %j → a finding at the value cell, default kept", (key, v, field) => {
      const r = bad(key, v);
      expect(flatAll(r.findings)).toHaveLength(1);
      const f = flatAll(r.findings)[0];
      expect(f.tingkat).toBe("galat");
      expect(f.kode).toBe("PENGATURAN_TIDAK_SAH");
      expect(f.lokasi).toBe(nilaiAt(1));
      expect(f.nilai_tertulis).toBe(typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));
      expect(f.pesan).toContain(key);
      expect(f.pesan).toContain("LKIP_INFO");
      const d = defaultSettings() as unknown as Record<string, unknown>;
      expect((r.settings as unknown as Record<string, unknown>)[field]).toEqual(d[field]);
      expect(r.lokasi).toEqual({});
    });

    it("an Excel error as value → a finding naming the error", () => {
      const r = bad("Pembulatan", { error: "#N/A" });
      expect(flatAll(r.findings)).toHaveLength(1);
      expect(flatAll(r.findings)[0].lokasi).toBe(nilaiAt(1));
      expect(flatAll(r.findings)[0].pesan).toContain("#N/A");
      expect(flatAll(r.findings)[0].nilai_tertulis).toBe("#N/A");
      expect(r.settings.pembulatan).toBe("ROUND");
    });

    it("says which default is used meanwhile", () => {
      const r = bad("Tahun", "abc");
      expect(flatAll(r.findings)[0].pesan).toContain(String(lastYear()));
    });

    it("only kategori and permendagri86 are Skala values of LKIP_INFO (WORKBOOK.md)", () => {
      // The taskpane offers only these two; other scales of PREDIKAT (target, sakip,
      // efisiensi) are not categories of Tabel 4/5.
      for (const s of ["sakip", "target", "efisiensi"]) {
        const r = bad("Skala", s);
        expect(flatAll(r.findings).map((f) => f.kode)).toEqual(["PENGATURAN_TIDAK_SAH"]);
        expect(flatAll(r.findings)[0].lokasi).toBe(nilaiAt(1));
        expect(r.settings.skala).toBe(SKALA.kategori);
      }
    });

    it("the rest of LKIP_INFO is still read", () => {
      const r = readSettings(
        info([
          ["Tahun", "xx"],
          ["Pembulatan", "TRUNC"],
        ])
      );
      expect(flatAll(r.findings)).toHaveLength(1);
      expect(r.settings.pembulatan).toBe("TRUNC");
      expect(r.lokasi).toEqual({ pembulatan: nilaiAt(1) });
    });
  });

  it("reports a key written twice at the second key cell and keeps the first value", () => {
    const r = readSettings(
      info([
        ["Tahun", 2023],
        ["Pembulatan", "TRUNC"],
        ["tahun", 2024],
      ])
    );
    expect(r.settings.tahun).toBe(2023);
    expect(r.lokasi.tahun).toBe(nilaiAt(0));
    expect(flatAll(r.findings)).toHaveLength(1);
    expect(flatAll(r.findings)[0]).toMatchObject({
      tingkat: "galat",
      kode: "PENGATURAN_GANDA",
      lokasi: kunciAt(2),
    });
    expect(flatAll(r.findings)[0].pesan).toContain(nilaiAt(0));
  });

  it("counts the two spellings of Batasi Capaian as one key", () => {
    const r = readSettings(
      info([
        ["Batasi Capaian Efisiensi", "Ya"],
        ["Batasi Capaian", "Tidak"],
      ])
    );
    expect(r.settings.batasiCapaian).toBe(true);
    expect(flatAll(r.findings).map((f) => f.kode)).toEqual(["PENGATURAN_GANDA"]);
  });

  it("lets overrides win over LKIP_INFO, and drops their location", () => {
    const r = readSettings(
      info([
        ["Tahun", 2023],
        ["Pembulatan", "TRUNC"],
        ["Skala", "kategori"],
      ]),
      { tahun: 2030, skala: SKALA.permendagri86, batasiCapaian: true, pembulatan: undefined }
    );
    expect(r.settings.tahun).toBe(2030);
    expect(r.settings.skala).toBe(SKALA.permendagri86);
    expect(r.settings.batasiCapaian).toBe(true);
    // An override given as undefined does not count.
    expect(r.settings.pembulatan).toBe("TRUNC");
    expect(r.lokasi).toEqual({ pembulatan: nilaiAt(1) });
  });

  it("lets an override replace a bad value, keeping the finding about the cell", () => {
    const r = readSettings(info([["Tahun", "abc"]]), { tahun: 2024 });
    expect(r.settings.tahun).toBe(2024);
    expect(flatAll(r.findings).map((f) => f.lokasi)).toEqual([nilaiAt(0)]);
  });

  it("keeps instansi text exactly as written", () => {
    const r = readSettings(info([["Instansi", " Dinas  Sosial "]]));
    expect(r.settings.instansi).toBe(" Dinas  Sosial ");
  });
});
