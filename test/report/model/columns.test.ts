import { describe, expect, it } from "vitest";
import { flatAll } from "../contract/flat";
import { columnsFound, normalizeHeader, resolveHeaders } from "../../../src/report/model/columns";
import type { RawCell, RawRange, SourceName } from "../../../src/report/contract/types";

const range = <S extends SourceName>(
  source: S,
  headers: RawCell[],
  sheet = "Data"
): RawRange & { source: S } => ({
  source,
  kind: "name",
  sheet,
  row: 4,
  col: 2,
  values: [headers],
});

describe("normalizeHeader", () => {
  it("ignores case, spaces, dots, underscores and the words (%) and (Rp)", () => {
    expect(normalizeHeader("Pagu Anggaran (Rp)")).toBe("paguanggaran");
    expect(normalizeHeader("Pagu Anggaran (Rp.)")).toBe("paguanggaran");
    expect(normalizeHeader("  capaian (%) ")).toBe("capaian");
    expect(normalizeHeader("Sub_Kegiatan")).toBe("subkegiatan");
    expect(normalizeHeader("No.")).toBe("no");
    expect(normalizeHeader("REALISASI\n2023")).toBe("realisasi2023");
    expect(normalizeHeader("%")).toBe("%");
  });
});

describe("resolveHeaders LKIP_IKU", () => {
  it("accepts the aliases of WORKBOOK.md and the typed-by-hand columns", () => {
    const h = resolveHeaders(
      range("LKIP_IKU", [
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Target 2024",
        "Realisasi 2024",
        "Nomor",
        "Unit",
        "Rumus",
        "Polaritas",
        "Target Renstra 2024",
        "Target Akhir Renstra",
        "Weight",
        "Capaian (%)",
        "Predikat",
        "Kategori",
        "Efisiensi",
        "Serapan",
        "Catatan", // unknown: ignored, and said so at its cell
      ]),
      2024
    );
    expect(flatAll(h.findings)).toEqual([
      expect.objectContaining({ tingkat: "info", kode: "KOLOM_DIABAIKAN", lokasi: "'Data'!S5" }),
    ]);
    expect(h.missing).toEqual([]);
    expect(h.columns).toEqual({
      sasaran: 0,
      indikator: 1,
      target: 2,
      realisasi: 3,
      no: 4,
      satuan: 5,
      formulasi: 6,
      arah: 7,
      targetRenstra: 8,
      targetAkhirRenstra: 9,
      bobot: 10,
      capaian: 11,
      predikat: 12,
      kategori: 13,
      efisiensi: 14,
      serapan: 15,
    });
  });

  it("reads IKU and Formula as aliases too", () => {
    const h = resolveHeaders(
      range("LKIP_IKU", ["sasaran", "IKU", "TARGET", "realisasi", "Formula"]),
      2024
    );
    expect(h.columns).toMatchObject({ indikator: 1, target: 2, realisasi: 3, formulasi: 4 });
  });

  it("tells the report year's Realisasi from earlier years'", () => {
    const h = resolveHeaders(
      range("LKIP_IKU", [
        "Sasaran",
        "Indikator",
        "Target",
        "Realisasi 2024",
        "Realisasi 2022",
        "Realisasi Tahun Lalu",
        "Realisasi 2025",
        "Target 2023",
      ]),
      2024
    );
    expect(h.columns.realisasi).toBe(3);
    expect(h.tahunLalu).toEqual([
      { tahun: 2022, col: 4 },
      { tahun: 2023, col: 5 },
    ]);
    // A later year's Realisasi and another year's Target are not read: an info at each header.
    expect(h.columns.target).toBe(2);
    expect(flatAll(h.findings)).toMatchObject([
      { tingkat: "info", kode: "KOLOM_DIABAIKAN", lokasi: "'Data'!I5" },
      { tingkat: "info", kode: "KOLOM_DIABAIKAN", lokasi: "'Data'!J5" },
    ]);
    expect(h.findings.map((f) => f.param)).toEqual([
      {
        sumber: "LKIP_IKU",
        judul: "Realisasi 2025",
        reason: {
          jenis: "tahunLain",
          kolom: "Realisasi",
          tahun: 2025,
          tahunLaporan: 2024,
          tanpaTahunIni: false,
        },
      },
      {
        sumber: "LKIP_IKU",
        judul: "Target 2023",
        reason: {
          jenis: "tahunLain",
          kolom: "Target",
          tahun: 2023,
          tahunLaporan: 2024,
          tanpaTahunIni: false,
        },
      },
    ]);
  });

  it("reads the report year's Capaian column as printed; another year's is not read, and said so", () => {
    for (const judul of [
      "Capaian 2020 (%)",
      "Capaian 2020",
      "% Capaian 2020",
      "Capaian Kinerja 2020 (%)",
      "Capaian Kinerja Tahun 2020",
      "CAPAIAN 2020 %",
    ]) {
      const h = resolveHeaders(
        range("LKIP_IKU", [
          "Sasaran",
          "Indikator",
          "Target 2020",
          "Realisasi 2020",
          "Capaian 2019 (%)",
          judul,
        ]),
        2020
      );
      expect(h.columns.capaian, judul).toBe(5);
      const f = flatAll(h.findings);
      expect(f, judul).toMatchObject([
        { tingkat: "info", kode: "KOLOM_DIABAIKAN", lokasi: "'Data'!G5" },
      ]);
      expect(f[0].pesan).toContain('Kolom "Capaian 2019 (%)"');
      expect(f[0].pesan).toContain("bukan tahun laporan 2020, jadi diabaikan");
    }
  });

  it("another year's column alone: the info says to check Tahun", () => {
    const h = resolveHeaders(
      range("LKIP_IKU", ["Sasaran", "Indikator", "Target", "Realisasi", "Capaian 2019"]),
      2020
    );
    expect(h.columns.capaian).toBeUndefined();
    const [f] = flatAll(h.findings);
    expect(f).toMatchObject({ tingkat: "info", kode: "KOLOM_DIABAIKAN", lokasi: "'Data'!G5" });
    expect(f.pesan).toContain("isi Tahun di LKIP_INFO dengan 2019");
  });

  it("a header of another source is named as such; an unknown one as unknown; a No column is layout, not news", () => {
    const h = resolveHeaders(
      range("LKIP_ANGGARAN", [
        "No",
        "Sasaran",
        "Program",
        "Pagu",
        "Realisasi",
        "Keterangan",
        "Target 2024",
      ]),
      2024
    );
    expect(h.missing).toEqual([]);
    expect(h.findings.map((f) => [f.kode, f.tingkat, f.param])).toEqual([
      [
        "KOLOM_DIABAIKAN",
        "info",
        { sumber: "LKIP_ANGGARAN", judul: "Keterangan", reason: { jenis: "tidakDikenal" } },
      ],
      [
        "KOLOM_DIABAIKAN",
        "info",
        {
          sumber: "LKIP_ANGGARAN",
          judul: "Target 2024",
          reason: { jenis: "sumberLain", dipakaiDi: ["LKIP_IKU"] },
        },
      ],
    ]);
    const f = flatAll(h.findings);
    expect(f.map((x) => x.lokasi)).toEqual(["'Data'!H5", "'Data'!I5"]);
    expect(f[0].pesan).toContain("tidak dikenal di LKIP_ANGGARAN, jadi diabaikan");
  });

  it("Realisasi Tahun Lalu and Realisasi {tahun − 1} are the same column: a duplicate", () => {
    const h = resolveHeaders(
      range("LKIP_IKU", [
        "Sasaran",
        "Indikator",
        "Target",
        "Realisasi",
        "Realisasi 2023",
        "Realisasi Tahun Lalu",
      ]),
      2024
    );
    expect(h.tahunLalu).toEqual([{ tahun: 2023, col: 4 }]);
    expect(flatAll(h.findings)).toHaveLength(1);
    expect(flatAll(h.findings)[0]).toMatchObject({
      tingkat: "galat",
      kode: "KOLOM_GANDA",
      lokasi: "'Data'!H5",
    });
  });

  it("a missing required column is a problem at the header row, and says what to add", () => {
    const h = resolveHeaders(range("LKIP_IKU", ["Sasaran", "Indikator", "Realisasi", null]), 2024);
    expect(h.missing).toEqual(["Target"]);
    expect(flatAll(h.findings)).toHaveLength(1);
    expect(flatAll(h.findings)[0].kode).toBe("KOLOM_TIDAK_ADA");
    expect(flatAll(h.findings)[0].lokasi).toBe("'Data'!C5:F5");
    expect(flatAll(h.findings)[0].pesan).toContain("Target 2024");
  });

  it("a Realisasi column of another year is not the report year's: the message points at Tahun", () => {
    const h = resolveHeaders(
      range("LKIP_IKU", ["Sasaran", "Indikator", "Target", "Realisasi 2024"]),
      2025
    );
    expect(h.missing).toEqual(["Realisasi"]);
    expect(h.tahunLalu).toEqual([{ tahun: 2024, col: 3 }]);
    expect(flatAll(h.findings)[0].pesan).toMatch(/Tahun di LKIP_INFO/);
  });

  it("duplicate headers: the first one wins", () => {
    const h = resolveHeaders(
      range("LKIP_IKU", ["Sasaran", "Indikator", "Target", "Realisasi", "target"]),
      2024
    );
    expect(h.columns.target).toBe(2);
    expect(flatAll(h.findings)).toEqual([
      expect.objectContaining({
        kode: "KOLOM_GANDA",
        lokasi: "'Data'!G5",
        nilai_tertulis: "target",
      }),
    ]);
  });
});

describe("resolveHeaders LKIP_ANGGARAN and LKIP_BELANJA", () => {
  it("accepts the aliases", () => {
    const h = resolveHeaders(
      range("LKIP_ANGGARAN", [
        "No Sasaran",
        "Program",
        "Kegiatan",
        "Subkegiatan",
        "Pagu Anggaran (Rp)",
        "Realisasi Anggaran (Rp)",
        "Persentase",
      ]),
      2024
    );
    expect(flatAll(h.findings)).toEqual([]);
    expect(h.columns).toEqual({
      sasaran: 0,
      program: 1,
      kegiatan: 2,
      subKegiatan: 3,
      pagu: 4,
      realisasi: 5,
      serapan: 6,
    });
    for (const alias of ["%", "Persen", "Persentase", "Serapan (%)"]) {
      const x = resolveHeaders(
        range("LKIP_ANGGARAN", ["Sasaran", "Program", "Anggaran", "Realisasi", alias]),
        2024
      );
      expect(x.columns.serapan).toBe(4);
      expect(x.columns.pagu).toBe(2);
    }
    const b = resolveHeaders(range("LKIP_BELANJA", ["Jenis", "Jumlah"]), 2024);
    expect(b.columns).toEqual({ jenis: 0, pagu: 1 });
    expect(flatAll(b.findings)).toEqual([]);
  });

  it("names every missing required column", () => {
    const h = resolveHeaders(
      range("LKIP_ANGGARAN", ["Sasaran", "Kegiatan"], "Data Anggaran"),
      2024
    );
    expect(h.missing).toEqual(["Program", "Pagu", "Realisasi"]);
    expect(
      flatAll(h.findings).every(
        (f) => f.kode === "KOLOM_TIDAK_ADA" && f.lokasi === "'Data Anggaran'!C5:D5"
      )
    ).toBe(true);
  });
});

describe("one header vocabulary (WORKBOOK.md)", () => {
  it("a header accepted for a column in one source is accepted in every source that has it", () => {
    for (const header of [
      "Sasaran Strategis",
      "Tujuan/Sasaran",
      "Tujuan/Sasaran Strategis",
      "No Sasaran",
    ]) {
      const iku = resolveHeaders(
        range("LKIP_IKU", [header, "Indikator", "Target", "Realisasi"]),
        2024
      );
      const ang = resolveHeaders(
        range("LKIP_ANGGARAN", [header, "Program", "Pagu", "Realisasi"]),
        2024
      );
      expect(iku.columns.sasaran, header).toBe(0);
      expect(ang.columns.sasaran, header).toBe(0);
    }
    const ang = resolveHeaders(
      range("LKIP_ANGGARAN", [
        "Sasaran",
        "Indikator Kinerja",
        "Program",
        "Alokasi",
        "Realisasi (Rp)",
      ]),
      2024
    );
    expect(ang.columns).toMatchObject({ indikator: 1, pagu: 3, realisasi: 4 });
  });

  it("the headers real reports print", () => {
    const h = resolveHeaders(
      range("LKIP_IKU", [
        "Tujuan Strategis",
        "Tujuan/Sasaran Strategis",
        "Indikator Kinerja Utama",
        "Target Kinerja",
        "Realisasi Kinerja",
        "% Capaian",
      ]),
      2024
    );
    expect(h.missing).toEqual([]);
    expect(h.columns).toEqual({
      tujuan: 0,
      sasaran: 1,
      indikator: 2,
      target: 3,
      realisasi: 4,
      capaian: 5,
    });
  });

  it("Target Renstra with a later year is the end-of-period target, with its year", () => {
    const h = resolveHeaders(
      range("LKIP_IKU", ["Sasaran", "Indikator", "Target", "Realisasi", "Target Renstra 2026"]),
      2024
    );
    expect(h.columns.targetAkhirRenstra).toBe(4);
    expect(h.tahunKolom.targetAkhirRenstra).toBe(2026);
    const y = resolveHeaders(
      range("LKIP_IKU", [
        "Sasaran",
        "Indikator",
        "Target",
        "Realisasi",
        "Target Akhir Renstra (2024)",
      ]),
      2024
    );
    expect(y.tahunKolom.targetAkhirRenstra).toBe(2024);
  });

  it("a bare % is a serapan beside money, never in LKIP_IKU", () => {
    const ang = resolveHeaders(
      range("LKIP_ANGGARAN", ["Sasaran", "Program", "Pagu", "Realisasi", "%"]),
      2024
    );
    expect(ang.columns.serapan).toBe(4);
    const iku = resolveHeaders(
      range("LKIP_IKU", ["Sasaran", "Indikator", "Target", "Realisasi", "%"]),
      2024
    );
    expect(iku.columns.serapan).toBeUndefined();
  });
});

describe("columnsFound", () => {
  it("gives the required columns' offsets once resolveHeaders found them all", () => {
    const h = resolveHeaders(
      range("LKIP_IKU", ["Sasaran", "Indikator", "Target", "Realisasi"]),
      2024
    );
    expect(h.missing).toEqual([]);
    expect(columnsFound(h.columns, ["sasaran", "target", "realisasi"] as const)).toEqual({
      sasaran: 0,
      target: 2,
      realisasi: 3,
    });
  });

  it("is null when one of them is not there", () => {
    const h = resolveHeaders(range("LKIP_IKU", ["Sasaran", "Indikator", "Target"]), 2024);
    expect(h.missing).toEqual(["Realisasi"]);
    expect(columnsFound(h.columns, ["sasaran", "target", "realisasi"] as const)).toBeNull();
    expect(columnsFound(h.columns, ["sasaran", "target"] as const)).toEqual({
      sasaran: 0,
      target: 2,
    });
  });
});

describe("resolveHeaders — remembered per header row", () => {
  const heads = ["Sasaran", "Indikator", "Target 2024", "Realisasi 2024", "Catatan"];

  it("answers the same question with the same frozen result, another question anew", () => {
    const a = resolveHeaders(range("LKIP_IKU", heads), 2024);
    expect(resolveHeaders(range("LKIP_IKU", [...heads]), 2024)).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.findings) && Object.isFrozen(a.columns)).toBe(
      true
    );
    // The year, the place (its findings' addresses), the choices and the source all matter.
    const other = [
      resolveHeaders(range("LKIP_IKU", heads), 2025),
      resolveHeaders(range("LKIP_IKU", heads, "Lain"), 2024),
      resolveHeaders(range("LKIP_IKU", heads), 2024, { Satuan: "Catatan" }),
      resolveHeaders(range("LKIP_IKU", [...heads.slice(0, 4), "Satuan"]), 2024),
    ];
    for (const h of other) expect(h).not.toBe(a);
    expect(other[0].columns.target).toBeUndefined();
    expect(flatAll(other[1].findings)[0].lokasi).toMatch(/^'Lain'!/);
    expect(other[2].columns.satuan).toBe(4);
    expect(other[3].findings).toEqual([]);
  });

  it("keeps a bounded number of header rows", () => {
    const first = resolveHeaders(range("LKIP_IKU", [...heads, "kolom 0"]), 2024);
    for (let i = 1; i <= 100; i++)
      resolveHeaders(range("LKIP_IKU", [...heads, `kolom ${i}`]), 2024);
    const again = resolveHeaders(range("LKIP_IKU", [...heads, "kolom 0"]), 2024);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
