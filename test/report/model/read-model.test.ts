import { describe, expect, it } from "vitest";
import { Decimal, SKALA } from "../../../src/core";
import { readModel } from "../../../src/report/model/read-model";
import { temuan } from "../../../src/report/contract/findings";
import { flatAll } from "../contract/flat";
import type { RawCell, RawWorkbook } from "../../../src/report/contract/types";
import { IKU_AT, fixture, leavesOf, rawRange, sampleRaw } from "../sample/sample-raw";

/** The sample with its LKIP_IKU / LKIP_ANGGARAN values changed in place. */
function sampleWith(change: {
  iku?: (v: RawCell[][]) => void;
  anggaran?: (v: RawCell[][]) => void;
  info?: (v: RawCell[][]) => void;
}): RawWorkbook {
  const raw = sampleRaw();
  change.iku?.(raw.ranges.LKIP_IKU!.values);
  change.anggaran?.(raw.ranges.LKIP_ANGGARAN!.values);
  change.info?.(raw.ranges.LKIP_INFO!.values);
  return raw;
}

// LKIP_IKU sits at B3 (headers), so data row i (1-based) is Excel row 3 + i; columns:
// B No, C Sasaran, D Indikator, E Satuan, F Formulasi, G Arah, H Target, I Realisasi, J Realisasi 2023, K Target Renstra.
const COL = {
  no: 0,
  sasaran: 1,
  indikator: 2,
  satuan: 3,
  formulasi: 4,
  arah: 5,
  target: 6,
  realisasi: 7,
  r2023: 8,
  renstra: 9,
};

describe("readModel on the sample", () => {
  const model = readModel(sampleRaw());

  it("reads without findings", () => {
    expect(flatAll(model.findings)).toEqual([]);
    expect(model.leftOut).toEqual([]);
  });

  it("reads the settings of LKIP_INFO with their cells", () => {
    expect(model.settings).toEqual({
      instansi: fixture.instansi,
      tahun: fixture.tahun,
      pembulatan: "ROUND",
      skala: SKALA.kategori,
      batasiCapaian: false,
    });
    expect(model.settingsAddress.instansi).toBe("'Info'!B2");
    expect(model.settingsAddress.batasiCapaian).toBe("'Info'!B6");
  });

  it("numbers the sasaran in order and keeps every value's cell", () => {
    expect(model.sasaran.map((s) => [s.nomor, s.teks, s.lokasi])).toEqual(
      fixture.iku.map((i, k) => [k + 1, i.sasaran, `'Data IKU'!C${4 + k}`])
    );
    const ind = model.indikator[1];
    expect(ind.sasaran).toBe(2);
    expect(ind.nama).toEqual({ value: fixture.iku[1].indikator, lokasi: "'Data IKU'!D5" });
    expect(ind.target.value.eq(new Decimal(fixture.iku[1].target))).toBe(true);
    expect(ind.target.lokasi).toBe("'Data IKU'!H5");
    expect(ind.realisasi.lokasi).toBe("'Data IKU'!I5");
    expect(ind.arah).toEqual({ value: "naik", lokasi: "'Data IKU'!G5" });
    expect(ind.tahunLalu).toHaveLength(1);
    expect(ind.tahunLalu[0].tahun).toBe(2023);
    expect(ind.tahunLalu[0].nilai.lokasi).toBe("'Data IKU'!J5");
    expect(ind.targetRenstra?.lokasi).toBe("'Data IKU'!K5");
    expect(ind.no).toEqual({ value: 2, lokasi: "'Data IKU'!B5" });
    expect(ind.row).toBe("'Data IKU'!B5:K5");
    expect(model.tahunLalu).toEqual([2023]);
    expect(model.kolomIku).toEqual({
      satuan: true,
      formulasi: true,
      targetRenstra: true,
      targetAkhirRenstra: false,
      bobot: false,
      tujuan: false,
      standarNasional: false,
    });
  });

  it("reads budget lines: leaves and program total rows, sasaran by number", () => {
    const lines = model.anggaran!;
    const leaves = fixture.anggaran.flatMap(leavesOf);
    expect(lines.filter((l) => l.leaf)).toHaveLength(leaves.length);
    expect(lines.filter((l) => !l.leaf)).toHaveLength(fixture.anggaran.length);
    expect(lines[0]).toMatchObject({
      sasaran: 1,
      leaf: false,
      kegiatan: null,
      subKegiatan: null,
      row: "'Data Anggaran'!A2:F2",
    });
    expect(lines[1].subKegiatan).toEqual({
      value: "Penyediaan Alat Bantu",
      lokasi: "'Data Anggaran'!D3",
    });
    expect(lines[1].pagu.lokasi).toBe("'Data Anggaran'!E3");
    expect(model.belanja!.map((b) => [b.jenis.value, b.pagu.value.toString()])).toEqual(
      fixture.belanja.komposisi.map((b) => [b.jenis, b.jumlah])
    );
    expect(model.belanjaAdaRealisasi).toBe(false);
  });
});

describe("readModel problems: a finding at the cell, the row left out, the rest goes on", () => {
  const cases: [string, (v: RawCell[][]) => void, string, string][] = [
    ["blank Indikator", (v) => (v[2][COL.indikator] = "  "), "SEL_KOSONG", "'Data IKU'!D5"],
    ["blank Target", (v) => (v[2][COL.target] = null), "SEL_KOSONG", "'Data IKU'!H5"],
    [
      "non-numeric Realisasi",
      (v) => (v[2][COL.realisasi] = "0,7,3"),
      "BUKAN_ANGKA",
      "'Data IKU'!I5",
    ],
    ["unknown arah", (v) => (v[2][COL.arah] = "naik-turun"), "ARAH_TIDAK_DIKENAL", "'Data IKU'!G5"],
    ["target 0", (v) => (v[2][COL.target] = 0), "TARGET_NOL", "'Data IKU'!H5"],
    ["negative target", (v) => (v[2][COL.target] = "-1,31"), "TARGET_NEGATIF", "'Data IKU'!H5"],
    [
      "Excel error",
      (v) => (v[2][COL.realisasi] = { error: "#REF!" }),
      "GALAT_EXCEL",
      "'Data IKU'!I5",
    ],
    [
      "Excel error as text (Office.js)",
      (v) => (v[2][COL.target] = "#DIV/0!"),
      "GALAT_EXCEL",
      "'Data IKU'!H5",
    ],
    ["boolean Target", (v) => (v[2][COL.target] = true), "BUKAN_ANGKA", "'Data IKU'!H5"],
  ];
  for (const [name, change, kode, address] of cases) {
    it(name, () => {
      const model = readModel(sampleWith({ iku: change }));
      expect(flatAll(model.findings)).toHaveLength(1);
      expect(flatAll(model.findings)[0]).toMatchObject({ tingkat: "galat", kode, lokasi: address });
      expect(flatAll(model.findings)[0].pesan.length).toBeGreaterThan(20);
      expect(model.leftOut).toEqual([
        { source: "LKIP_IKU", lokasi: "'Data IKU'!B5:K5", temuan: [model.findings[0]] },
      ]);
      // The other two indicators are still there; the sasaran of the left-out row still has its number.
      expect(model.indikator.map((i) => i.nama.value)).toEqual([
        fixture.iku[0].indikator,
        fixture.iku[2].indikator,
      ]);
      expect(model.sasaran.map((s) => s.indikator.length)).toEqual([1, 0, 1]);
      expect(model.indikator[1].sasaran).toBe(3);
    });
  }

  it("every problem of a row is reported, not only the first", () => {
    const model = readModel(
      sampleWith({ iku: (v) => ((v[1][COL.indikator] = null), (v[1][COL.target] = "abc")) })
    );
    expect(flatAll(model.findings).map((f) => [f.kode, f.lokasi])).toEqual([
      ["SEL_KOSONG", "'Data IKU'!D4"],
      ["BUKAN_ANGKA", "'Data IKU'!H4"],
    ]);
    expect(flatAll(model.findings)[1].nilai_tertulis).toBe("abc");
    expect(model.leftOut).toHaveLength(1);
  });

  it("a budget line whose Sasaran matches no indicator", () => {
    const model = readModel(
      sampleWith({
        anggaran: (v) => {
          v[1][0] = 7; // number outside 1..3
          v[2][0] = "Sasaran yang tidak ada";
        },
      })
    );
    expect(flatAll(model.findings).map((f) => [f.kode, f.lokasi, f.nilai_tertulis])).toEqual([
      ["SASARAN_TIDAK_COCOK", "'Data Anggaran'!A2", "7"],
      ["SASARAN_TIDAK_COCOK", "'Data Anggaran'!A3", "Sasaran yang tidak ada"],
    ]);
    expect(model.leftOut.map((l) => l.lokasi)).toEqual([
      "'Data Anggaran'!A2:F2",
      "'Data Anggaran'!A3:F3",
    ]);
    expect(model.anggaran).toHaveLength(fixture.anggaran.length + 13 - 2);
  });

  it("Sasaran in LKIP_ANGGARAN as text (any spacing or case) or as a number", () => {
    const model = readModel(
      sampleWith({
        anggaran: (v) => {
          v[1][0] = `  ${fixture.iku[0].sasaran.toUpperCase()} `;
          v[2][0] = "1.";
          v[3][0] = "1";
        },
      })
    );
    expect(flatAll(model.findings)).toEqual([]);
    expect(model.anggaran!.slice(0, 3).map((l) => l.sasaran)).toEqual([1, 1, 1]);
  });

  it("a missing source", () => {
    const raw = sampleRaw();
    delete raw.ranges.LKIP_ANGGARAN;
    const model = readModel(raw);
    expect(flatAll(model.findings)).toEqual([
      // Issue 21: info, not galat: the tables that need it are listed as not made.
      expect.objectContaining({ tingkat: "info", kode: "SUMBER_TIDAK_ADA", lokasi: "" }),
    ]);
    expect(flatAll(model.findings)[0].pesan).toContain("LKIP_ANGGARAN");
    expect(model.anggaran).toBeNull();
    expect(model.indikator).toHaveLength(3);
  });

  it("a missing column makes the source unusable, with the header row's address", () => {
    const model = readModel(sampleWith({ iku: (v) => (v[0][COL.target] = "Sasaran Target") }));
    expect(flatAll(model.findings)).toEqual([
      expect.objectContaining({ kode: "KOLOM_TIDAK_ADA", lokasi: "'Data IKU'!B3:K3" }),
      // The renamed header itself is not dropped silently.
      expect.objectContaining({ kode: "KOLOM_DIABAIKAN", lokasi: "'Data IKU'!H3" }),
    ]);
    expect(model.sumber.LKIP_IKU?.dipakai).toBe(false);
    expect(model.indikator).toEqual([]);
  });

  it("problems the gateway met are kept first", () => {
    const raw = sampleRaw();
    raw.problems.push(
      temuan(
        "SUMBER_BUKAN_RENTANG",
        {
          wadah: { jenis: "nama", sumber: "LKIP_BELANJA" },
          sumber: "LKIP_BELANJA",
          reason: { jenis: "konstanta", teks: "5" },
        },
        { sumber: "LKIP_BELANJA" }
      )
    );
    expect(flatAll(readModel(raw).findings)[0].kode).toBe("SUMBER_BUKAN_RENTANG");
  });
});

describe("readModel tolerance", () => {
  it("ignores blank rows at the end of a range drawn too large", () => {
    const model = readModel(
      sampleWith({
        iku: (v) =>
          v.push(Array(10).fill(null), Array(10).fill(""), [
            " ",
            null,
            "",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
          ]),
        anggaran: (v) => v.push([null, null, null, null, null, null]),
      })
    );
    expect(flatAll(model.findings)).toEqual([]);
    expect(model.leftOut).toEqual([]);
    expect(model.indikator).toHaveLength(3);
  });

  it("reads Standar Nasional (any of its headers) as a number, or as the text written", () => {
    for (const header of ["Standar Nasional", "Standar Nasional 2024", "SPM", "Target Nasional"]) {
      const model = readModel(
        sampleWith({
          iku: (v) => {
            v[0].push(header);
            v[1].push("75,5");
            v[2].push("Tersedia");
            v[3].push(null);
          },
        })
      );
      expect(flatAll(model.findings), header).toEqual([]);
      expect(model.kolomIku.standarNasional).toBe(true);
      const [a, b, c] = model.indikator.map((i) => i.standarNasional);
      expect(a?.value instanceof Decimal && a.value.eq("75.5")).toBe(true);
      expect(a?.lokasi).toBe("'Data IKU'!L4");
      expect(b?.value).toBe("Tersedia");
      expect(c).toBeNull();
    }
  });

  it("reads text numbers in Indonesian and plain form", () => {
    const model = readModel(
      sampleWith({
        iku: (v) => (
          (v[1][COL.target] = "69,02"),
          (v[1][COL.realisasi] = "92.71"),
          (v[2][COL.realisasi] = "0,73%")
        ),
      })
    );
    expect(flatAll(model.findings)).toEqual([]);
    expect(model.indikator[0].target.value.eq("69.02")).toBe(true);
    expect(model.indikator[0].realisasi.value.eq("92.71")).toBe(true);
    expect(model.indikator[1].realisasi.value.eq("0.73")).toBe(true);
  });

  it("consecutive rows with the same Sasaran text are one sasaran; a blank Sasaran under it (merged cell) continues it", () => {
    const model = readModel(
      sampleWith({
        iku: (v) => {
          v[2][COL.sasaran] = ` ${fixture.iku[0].sasaran}  `;
          v[3][COL.sasaran] = null;
          v.push(["4", "Sasaran baru", "Indikator lain", null, null, null, 10, 11, null, null]);
          // The same text again, but not consecutive: a sasaran of its own.
          v.push([
            5,
            fixture.iku[0].sasaran,
            "Indikator kelima",
            null,
            null,
            null,
            10,
            11,
            null,
            null,
          ]);
        },
      })
    );
    expect(flatAll(model.findings)).toEqual([]);
    expect(model.sasaran.map((s) => s.indikator)).toEqual([[0, 1, 2], [3], [4]]);
    expect(model.sasaran.map((s) => s.lokasi)).toEqual([
      "'Data IKU'!C4",
      "'Data IKU'!C7",
      "'Data IKU'!C8",
    ]);
    expect(model.indikator[3].sasaran).toBe(2);
    expect(model.indikator[3].no).toEqual({ value: "4", lokasi: "'Data IKU'!B7" });
    expect(model.indikator[4].no).toEqual({ value: 5, lokasi: "'Data IKU'!B8" });
  });

  it("a blank Sasaran on the first row is a problem", () => {
    const model = readModel(sampleWith({ iku: (v) => (v[1][COL.sasaran] = null) }));
    expect(flatAll(model.findings)[0]).toMatchObject({
      kode: "SEL_KOSONG",
      lokasi: "'Data IKU'!C4",
    });
    expect(model.leftOut[0].lokasi).toBe("'Data IKU'!B4:K4");
    expect(model.sasaran.map((s) => s.teks)).toEqual([
      fixture.iku[1].sasaran,
      fixture.iku[2].sasaran,
    ]);
  });

  it("a bad value in an optional column drops that value only", () => {
    const model = readModel(
      sampleWith({
        iku: (v) => ((v[1][COL.r2023] = "n/a"), (v[2][COL.renstra] = { error: "#N/A" })),
      })
    );
    expect(flatAll(model.findings).map((f) => [f.kode, f.lokasi])).toEqual([
      ["BUKAN_ANGKA", "'Data IKU'!J4"],
      ["GALAT_EXCEL", "'Data IKU'!K5"],
    ]);
    expect(model.leftOut).toEqual([]);
    expect(model.indikator[0].tahunLalu).toEqual([]);
    expect(model.indikator[1].targetRenstra).toBeNull();
  });

  it("keeps typed-by-hand columns as written, with their cells", () => {
    const raw = sampleRaw();
    const v = raw.ranges.LKIP_IKU!.values;
    v[0].push("Capaian (%)", "Predikat", "Kategori", "Efisiensi", "Serapan");
    v[1].push("134,32", "Melebihi Target", "Sangat Baik", 0.266, null);
    v[2].push(55.72, null, null, null, "88,78");
    v[3].push(null, null, null, null, null);
    const model = readModel(raw);
    expect(flatAll(model.findings)).toEqual([]);
    expect(model.indikator[0].tertulis).toEqual({
      capaian: { value: "134,32", lokasi: "'Data IKU'!L4" },
      predikat: { value: "Melebihi Target", lokasi: "'Data IKU'!M4" },
      kategori: { value: "Sangat Baik", lokasi: "'Data IKU'!N4" },
      efisiensi: { value: 0.266, lokasi: "'Data IKU'!O4" },
    });
    expect(model.indikator[1].tertulis).toEqual({
      capaian: { value: 55.72, lokasi: "'Data IKU'!L5" },
      serapan: { value: "88,78", lokasi: "'Data IKU'!P5" },
    });
    expect(model.indikator[2].tertulis).toEqual({});
  });

  it("a Bobot column: once filled, every row needs a weight", () => {
    const raw = sampleRaw();
    const v = raw.ranges.LKIP_IKU!.values;
    v[0].push("Bobot");
    v[1].push(2);
    v[2].push(null);
    v[3].push("1");
    const model = readModel(raw);
    expect(model.kolomIku.bobot).toBe(true);
    expect(flatAll(model.findings)).toEqual([
      expect.objectContaining({ kode: "SEL_KOSONG", lokasi: "'Data IKU'!L5" }),
    ]);
    expect(model.indikator.map((i) => i.bobot?.value.toString())).toEqual(["2", "1"]);
  });

  it("an unfilled Bobot column is no weighting", () => {
    const raw = sampleRaw();
    const v = raw.ranges.LKIP_IKU!.values;
    v[0].push("Bobot");
    const model = readModel(raw);
    expect(model.kolomIku.bobot).toBe(false);
    expect(model.indikator.every((i) => i.bobot === null)).toBe(true);
  });

  it("a blank Program under a leaf continues the program above (merged cells)", () => {
    const model = readModel(sampleWith({ anggaran: (v) => ((v[2][1] = null), (v[2][0] = null)) }));
    expect(flatAll(model.findings)).toEqual([]);
    expect(model.anggaran![1].program.value).toBe(fixture.anggaran[0].program);
    expect(model.anggaran![1].sasaran).toBe(1);
  });

  it("a row with neither Program nor Kegiatan is a problem", () => {
    const model = readModel(sampleWith({ anggaran: (v) => (v[1][1] = null) }));
    expect(flatAll(model.findings)).toEqual([
      expect.objectContaining({ kode: "SEL_KOSONG", lokasi: "'Data Anggaran'!B2" }),
    ]);
  });
});

describe("settings", () => {
  it("overrides from the task pane win", () => {
    const model = readModel(sampleRaw({ pembulatan: "TRUNC", batasi: true }), {
      pembulatan: "ROUND",
      skala: SKALA.permendagri86,
    });
    expect(model.settings.pembulatan).toBe("ROUND");
    expect(model.settings.batasiCapaian).toBe(true);
    expect(model.settings.skala.id).toBe("permendagri86");
    expect(model.settingsAddress.pembulatan).toBeUndefined();
    expect(model.settingsAddress.batasiCapaian).toBe("'Info'!B6");
  });

  it("without LKIP_INFO: the current year − 1, ROUND, kategori, Tidak", () => {
    const raw = sampleRaw();
    delete raw.ranges.LKIP_INFO;
    const model = readModel(raw);
    expect(model.settings).toEqual({
      instansi: null,
      tahun: new Date().getFullYear() - 1,
      pembulatan: "ROUND",
      skala: SKALA.kategori,
      batasiCapaian: false,
    });
  });

  it("the Tahun decides which Realisasi column is the report year's", () => {
    const model = readModel(sampleRaw(), { tahun: 2025 });
    // "Realisasi" without a year is still this year's; "Realisasi 2023" is an earlier year.
    expect(flatAll(model.findings)).toEqual([]);
    expect(model.tahunLalu).toEqual([2023]);
  });

  it("a bad setting is a finding at its cell and the default is used", () => {
    const model = readModel(
      sampleWith({
        info: (v) => {
          v[2][1] = "dua ribu";
          v[3][1] = "BULAT";
          v[4][1] = "sakti";
          v[5][1] = "mungkin";
        },
      })
    );
    expect(flatAll(model.findings).map((f) => [f.kode, f.lokasi])).toEqual([
      ["PENGATURAN_TIDAK_SAH", "'Info'!B3"],
      ["PENGATURAN_TIDAK_SAH", "'Info'!B4"],
      ["PENGATURAN_TIDAK_SAH", "'Info'!B5"],
      ["PENGATURAN_TIDAK_SAH", "'Info'!B6"],
      // The Tahun written is not a year and nothing else names one: never guessed.
      ["TAHUN_TIDAK_ADA", ""],
    ]);
    expect(model.settings.pembulatan).toBe("ROUND");
    expect(model.settings.skala).toBe(SKALA.kategori);
    expect(model.settings.batasiCapaian).toBe(false);
  });

  it("accepts the values of WORKBOOK.md in any case", () => {
    const model = readModel(
      sampleWith({
        info: (v) => {
          v[2][1] = "2024";
          v[3][1] = "trunc";
          v[4][1] = "Permendagri86";
          v[5][1] = "YA";
        },
      })
    );
    expect(flatAll(model.findings)).toEqual([]);
    expect(model.settings).toMatchObject({ tahun: 2024, pembulatan: "TRUNC", batasiCapaian: true });
    expect(model.settings.skala.id).toBe("permendagri86");
  });
});

describe("sources", () => {
  it("an empty source is a problem, not silence", () => {
    const raw = sampleRaw();
    raw.ranges.LKIP_BELANJA = rawRange("LKIP_BELANJA", "Belanja", 0, 0, [
      ["Jenis Belanja", "Pagu"],
      [null, null],
    ]);
    const model = readModel(raw);
    expect(flatAll(model.findings)).toEqual([
      expect.objectContaining({ kode: "SUMBER_KOSONG", lokasi: "'Belanja'!A1:B2" }),
    ]);
  });

  it("LKIP_IKU at its own place: addresses follow it", () => {
    expect(IKU_AT).toEqual({ sheet: "Data IKU", row: 2, col: 1 });
  });
});

describe("issue 12: shapes of real reports", () => {
  const read = (iku: RawCell[][], anggaran?: RawCell[][], tahun = 2024) => {
    const raw: RawWorkbook = {
      ranges: {
        LKIP_INFO: rawRange("LKIP_INFO", "Info", 0, 0, [["Tahun", tahun]]),
        LKIP_IKU: rawRange("LKIP_IKU", "IKU", 0, 0, iku),
      },
      problems: [],
    };
    if (anggaran) raw.ranges.LKIP_ANGGARAN = rawRange("LKIP_ANGGARAN", "Ang", 0, 0, anggaran);
    return readModel(raw);
  };

  it("Tujuan above sasaran: carried down like a merged cell, kept on each sasaran", () => {
    const m = read([
      ["Tujuan", "Sasaran", "Indikator", "Target", "Realisasi"],
      ["T1", "S1", "a", 1, 1],
      [null, "S2", "b", 1, 1],
      ["T2", "S3", "c", 1, 1],
    ]);
    expect(m.kolomIku.tujuan).toBe(true);
    expect(m.sasaran.map((s) => s.tujuan?.value)).toEqual(["T1", "T1", "T2"]);
    expect(m.sasaran[2].tujuan?.lokasi).toBe("'IKU'!A4");
  });

  it("Target Akhir Renstra serves as Target Renstra in the Renstra's last year only", () => {
    const iku = [
      ["Sasaran", "Indikator", "Target", "Realisasi", "Target Renstra 2026"],
      ["S1", "a", 80, 90, 85],
    ];
    const last = read(iku, undefined, 2026);
    expect(last.kolomIku.targetRenstra).toBe(true);
    expect(last.tahunRenstra).toBe(2026);
    expect(last.indikator[0].targetRenstra?.value.eq(85)).toBe(true);
    expect(last.indikator[0].targetRenstra?.lokasi).toBe("'IKU'!E2");
    const earlier = read(iku, undefined, 2024);
    expect(earlier.kolomIku.targetRenstra).toBe(false);
    expect(earlier.indikator[0].targetRenstra).toBeNull();
    expect(earlier.indikator[0].targetAkhirRenstra?.value.eq(85)).toBe(true);
  });

  it("a blank No stays blank in the model (the tables number it), never the sasaran's number", () => {
    const m = read([
      ["No", "Sasaran", "Indikator", "Target", "Realisasi"],
      [1, "S1", "a", 1, 1],
      [null, "S1", "b", 1, 1],
    ]);
    expect(m.indikator[0].no).toEqual({ value: 1, lokasi: "'IKU'!A2" });
    expect(m.indikator[1].no).toBeNull();
  });

  it("budget lines name their indicator; an unknown name is a galat at its cell, the line kept", () => {
    const m = read(
      [
        ["Sasaran", "Indikator", "Target", "Realisasi"],
        ["S1", "Indikator a", 1, 1],
        ["S1", "Indikator b", 1, 1],
      ],
      [
        ["Sasaran Strategis", "Indikator Kinerja", "Program", "Pagu", "Realisasi"],
        ["S1", "indikator  B", "P", 10, 9],
        ["S1", "Indikator z", "P", 10, 9],
      ]
    );
    expect(m.anggaran!.map((b) => b.indikatorIndex)).toEqual([1, null]);
    expect(flatAll(m.findings).filter((f) => f.kode === "INDIKATOR_TIDAK_COCOK")).toMatchObject([
      { lokasi: "'Ang'!B3" },
    ]);
  });

  it("a printed total labelled as the report prints it stays data (§11); its blank cell says how to label it", () => {
    const m = read([
      ["No", "Sasaran", "Indikator Kinerja", "Target 2024", "Realisasi 2024", "Capaian 2024 (%)"],
      ["01.01", "S1", "a", 80, 100, "125,00"],
      ["01.02", null, "b", 100, 90, "90,00"],
      ["Jumlah Capaian Realisasi Kinerja", null, null, null, null, "215,00"],
      ["Rata-Rata Capaian Realisasi Kinerja", null, null, null, null, "107,50"],
    ]);
    expect(m.indikator).toHaveLength(2);
    expect(m.totalTertulis).toEqual([]);
    expect(m.leftOut.map((l) => l.lokasi)).toEqual(["'IKU'!A4:F4", "'IKU'!A5:F5"]);
    const kosong = m.findings.filter((f) => f.kode === "SEL_KOSONG");
    // Indikator, Target, Realisasi blank on each row: the hint once per row, on the first blank.
    expect(flatAll(kosong).map((f) => f.lokasi)).toEqual([
      "'IKU'!C4",
      "'IKU'!D4",
      "'IKU'!E4",
      "'IKU'!C5",
      "'IKU'!D5",
      "'IKU'!E5",
    ]);
    const hinted = kosong.filter((f) => "total" in f.param && f.param.total);
    expect(hinted.map((f) => f.param)).toEqual([
      {
        kolom: "Indikator",
        wajib: true,
        total: { teks: "Jumlah Capaian Realisasi Kinerja", label: "Jumlah" },
      },
      {
        kolom: "Indikator",
        wajib: true,
        total: { teks: "Rata-Rata Capaian Realisasi Kinerja", label: "Rata-rata" },
      },
    ]);
    const [id, en] = [flatAll(hinted)[0].pesan, flatAll(hinted, "en")[1].pesan];
    expect(id).toContain("Indikator kosong di 'IKU'!C4");
    expect(id).toContain(
      'Bila baris ini baris jumlah yang tercetak di laporan ("Jumlah Capaian Realisasi Kinerja"), tulis "Jumlah" sebagai satu-satunya teks di baris itu (src/core/README.md §11)'
    );
    expect(en).toContain(
      `If this row is the report's printed average ("Rata-Rata Capaian Realisasi Kinerja"), write "Rata-rata" as the only text on that row`
    );
    // The same rows labelled as §11 says are totals, checked and not data.
    const ok = read([
      ["No", "Sasaran", "Indikator Kinerja", "Target 2024", "Realisasi 2024", "Capaian 2024 (%)"],
      ["01.01", "S1", "a", 80, 100, "125,00"],
      ["01.02", null, "b", 100, 90, "90,00"],
      ["Jumlah", null, null, null, null, "215,00"],
      ["Rata-rata", null, null, null, null, "107,50"],
    ]);
    expect(ok.totalTertulis.map((t) => t.jenis)).toEqual(["jumlah", "rata"]);
    expect(ok.findings.filter((f) => f.kode !== "SUMBER_TIDAK_ADA")).toEqual([]);
  });

  it("years printed under Target | Realisasi | Capaian (%): the report year's columns are read", () => {
    const m = read(
      [
        ["No", "Sasaran", "Indikator", "Target", null, "Realisasi", null, "Capaian (%)", null],
        [null, null, null, 2019, 2020, 2019, 2020, 2019, 2020],
        ["01.01", "S1", "IKM", "82,5", "84,75", "88,94", "88,95", "107,81", "104,96"],
      ],
      undefined,
      2020
    );
    expect(m.indikator).toHaveLength(1);
    const [i] = m.indikator;
    expect([i.target.value.toString(), i.target.lokasi]).toEqual(["84.75", "'IKU'!E3"]);
    expect(i.realisasi.lokasi).toBe("'IKU'!G3");
    expect(i.tahunLalu.map((t) => [t.tahun, t.nilai.lokasi])).toEqual([[2019, "'IKU'!F3"]]);
    expect(i.tertulis.capaian).toEqual({ value: "104,96", lokasi: "'IKU'!I3" });
    // The 2019 Target and Capaian are named at their (lower) header cells, as info.
    expect(
      flatAll(m.findings)
        .filter((f) => f.kode !== "SUMBER_TIDAK_ADA")
        .map((f) => [f.tingkat, f.kode, f.lokasi])
    ).toEqual([
      ["info", "KOLOM_DIABAIKAN", "'IKU'!D2"],
      ["info", "KOLOM_DIABAIKAN", "'IKU'!H2"],
    ]);
  });

  it("no total hint on a data row that fails for anything but a blank cell", () => {
    const m = read([
      ["Sasaran", "Indikator", "Target", "Realisasi"],
      ["S1", "Jumlah kasus kematian pasien", "< 30", 30.6],
    ]);
    expect(m.leftOut).toHaveLength(1);
    expect(
      flatAll(m.findings)
        .map((f) => f.pesan)
        .join(" ")
    ).not.toContain("§11");
  });

  it("the hint in LKIP_ANGGARAN and LKIP_BELANJA too", () => {
    const raw: RawWorkbook = {
      ranges: {
        LKIP_INFO: rawRange("LKIP_INFO", "Info", 0, 0, [["Tahun", 2024]]),
        LKIP_IKU: rawRange("LKIP_IKU", "IKU", 0, 0, [
          ["Sasaran", "Indikator", "Target", "Realisasi"],
          ["S1", "a", 1, 1],
        ]),
        LKIP_ANGGARAN: rawRange("LKIP_ANGGARAN", "Ang", 0, 0, [
          ["Sasaran", "Program", "Pagu", "Realisasi"],
          ["S1", "P", 10, 9],
          [null, "Jumlah Anggaran Sasaran 1", null, "9"],
        ]),
        LKIP_BELANJA: rawRange("LKIP_BELANJA", "Bel", 0, 0, [
          ["Jenis Belanja", "Pagu", "Realisasi"],
          ["Belanja Pegawai", 10, 9],
          ["Total Belanja Daerah", 10, null],
        ]),
      },
      problems: [],
    };
    const f = flatAll(readModel(raw).findings).filter((x) => x.kode === "SEL_KOSONG");
    expect(f.map((x) => x.lokasi)).toEqual(["'Ang'!C3", "'Bel'!C3"]);
    expect(f[0].pesan).toContain('("Jumlah Anggaran Sasaran 1"), tulis "Jumlah"');
    expect(f[1].pesan).toContain('("Total Belanja Daerah"), tulis "Jumlah"');
  });

  it("a target written '< 30' is a galat that says to write 30 and Arah turun", () => {
    const m = read([
      ["Sasaran", "Indikator", "Target", "Realisasi"],
      ["S1", "Jumlah kasus kematian pasien", "< 30", 30.6],
    ]);
    const f = flatAll(m.findings).find((x) => x.kode === "BUKAN_ANGKA");
    expect(f?.lokasi).toBe("'IKU'!C2");
    expect(f?.pesan).toContain("Tulis angkanya saja (30)");
    expect(f?.pesan).toContain("Arah dengan turun");
  });

  it("a number in pasted markup ('<b>1,31</b>') gets the number as the suggestion, not a piece of the tag", () => {
    const m = read([
      ["Sasaran", "Indikator", "Target", "Realisasi"],
      ["S1", "Indeks kepuasan", "<b>1,31</b>", 1.4],
    ]);
    const f = flatAll(m.findings).find((x) => x.kode === "BUKAN_ANGKA");
    expect(f?.lokasi).toBe("'IKU'!C2");
    expect(f?.pesan).toContain("Tulis angkanya saja (1,31)");
    expect(f?.pesan).not.toContain("(b>");
  });

  it("no suggestion when what is around the sign is not a number alone", () => {
    const m = read([
      ["Sasaran", "Indikator", "Target", "Realisasi"],
      ["S1", "Indeks kepuasan", "< 30 orang atau kurang", 1.4],
    ]);
    const f = flatAll(m.findings).find((x) => x.kode === "BUKAN_ANGKA");
    expect(f?.pesan).not.toContain("Tulis angkanya saja");
  });
});
