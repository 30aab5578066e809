import { describe, expect, it } from "vitest";
import { FRASA_MAKIN_RENDAH_MAKIN_BAIK } from "../../../src/report/periksa/phrases";
import type { RawCell } from "../../../src/report/contract/types";
import { SASARAN_A, SASARAN_B, kode, temuanDari } from "./helpers";

// LKIP_IKU at 'Data IKU'!A1; data row k (0-based) is Excel row k + 2.
const H = [
  "Sasaran",
  "Indikator",
  "Satuan",
  "Arah",
  "Target",
  "Realisasi",
  "Capaian",
  "Predikat",
  "Kategori",
  "Efisiensi",
  "Serapan",
];
// Columns:  A          B            C         D       E         F           G          H           I           J            K

interface Row {
  sasaran?: string;
  indikator?: string;
  satuan?: RawCell;
  arah?: RawCell;
  target: RawCell;
  realisasi: RawCell;
  capaian?: RawCell;
  predikat?: RawCell;
  kategori?: RawCell;
  efisiensi?: RawCell;
  serapan?: RawCell;
}

const row = (b: Row): RawCell[] => [
  b.sasaran ?? SASARAN_A,
  b.indikator ?? "Indikator kinerja A",
  b.satuan ?? "Nilai",
  b.arah ?? null,
  b.target,
  b.realisasi,
  b.capaian ?? null,
  b.predikat ?? null,
  b.kategori ?? null,
  b.efisiensi ?? null,
  b.serapan ?? null,
];

/** The findings, without the one that says LKIP_ANGGARAN is missing (most cases here have none). */
function iku(rows: Row[], opts: { info?: RawCell[][]; anggaran?: RawCell[][] } = {}) {
  return temuanDari({ iku: [H, ...rows.map(row)], ...opts }).filter(
    (f) => f.kode !== "SUMBER_TIDAK_ADA"
  );
}

/** One budget line for SASARAN_A. */
const anggaran = (pagu: number, realisasi: number): RawCell[][] => [
  ["Sasaran", "Program", "Pagu", "Realisasi"],
  [SASARAN_A, "Program A", pagu, realisasi],
];

describe("typed Capaian", () => {
  it("a right value gives nothing, as a number or as Indonesian text, with or without %", () => {
    for (const capaian of [134.32, "134,32", "134,32%", "134.32"]) {
      expect(iku([{ target: 69.02, realisasi: 92.71, capaian }])).toEqual([]);
    }
  });

  it("a wrong value is a galat at its cell with the right value", () => {
    const f = kode(iku([{ target: 69.02, realisasi: 92.71, capaian: 137.47 }]), "CAPAIAN_BEDA");
    expect(f).toMatchObject([
      {
        tingkat: "galat",
        lokasi: "'Data IKU'!G2",
        nilai_tertulis: "137,47",
        nilai_hitung: "134,32",
      },
    ]);
    expect(f[0].pesan).toContain("92,71 / Target 69,02");
  });

  it("arah turun: (2 × target − realisasi) / target × 100 (src/core/README.md §2: T 32, R 4,88 → 184,75)", () => {
    expect(
      kode(iku([{ target: 32, realisasi: 4.88, arah: "turun", capaian: 184.75 }]), "CAPAIAN_BEDA")
    ).toEqual([]);
    const f = kode(
      iku([{ target: 32, realisasi: 4.88, arah: "turun", capaian: 15.25 }]),
      "CAPAIAN_BEDA"
    );
    expect(f).toMatchObject([{ nilai_hitung: "184,75" }]);
    expect(f[0].pesan).toContain("arah turun");
  });

  it("a fraction that is the right value / 100 is only info (a cell formatted as percent)", () => {
    const f = iku([{ target: 69.02, realisasi: 92.71, capaian: 1.3432 }]);
    expect(f).toMatchObject([
      { tingkat: "info", kode: "DITULIS_PECAHAN", lokasi: "'Data IKU'!G2", nilai_hitung: "134,32" },
    ]);
  });

  it("text that is no number, or an Excel error, cannot be checked: peringatan", () => {
    expect(iku([{ target: 80, realisasi: 80, capaian: "seratus" }])).toMatchObject([
      { tingkat: "peringatan", kode: "TERTULIS_BUKAN_ANGKA", lokasi: "'Data IKU'!G2" },
    ]);
    expect(iku([{ target: 80, realisasi: 80, capaian: { error: "#REF!" } }])).toMatchObject([
      { tingkat: "peringatan", kode: "TERTULIS_GALAT_EXCEL", nilai_tertulis: "#REF!" },
    ]);
  });
});

describe("typed Predikat and Kategori (case-insensitive)", () => {
  it("right labels in any case and spacing give nothing", () => {
    expect(
      iku([
        {
          target: 69.02,
          realisasi: 92.71,
          predikat: "melebihi  TARGET",
          kategori: " sangat baik ",
        },
      ])
    ).toEqual([]);
  });

  it("a wrong Predikat", () => {
    const f = iku([{ target: 100, realisasi: 100, predikat: "Melebihi target" }]);
    expect(f).toMatchObject([
      {
        tingkat: "galat",
        kode: "PREDIKAT_BEDA",
        lokasi: "'Data IKU'!H2",
        nilai_tertulis: "Melebihi target",
        nilai_hitung: "Tercapai",
      },
    ]);
  });

  it("a wrong Kategori on the default scale (55,73 is Kurang, not Sangat kurang)", () => {
    const f = iku([{ target: 1.31, realisasi: 0.73, kategori: "Sangat kurang" }]);
    expect(f).toMatchObject([
      { kode: "KATEGORI_BEDA", lokasi: "'Data IKU'!I2", nilai_hitung: "Kurang" },
    ]);
    expect(f[0].pesan).toContain("50,00 – 64,99");
  });

  it("Kategori follows the workbook's Skala (permendagri86: 55,73 > 50 → Rendah)", () => {
    const info = [["Skala", "permendagri86"]];
    expect(iku([{ target: 1.31, realisasi: 0.73, kategori: "Rendah" }], { info })).toEqual([]);
    expect(
      kode(iku([{ target: 1.31, realisasi: 0.73, kategori: "Kurang" }], { info }), "KATEGORI_BEDA")
    ).toMatchObject([{ nilai_hitung: "Rendah" }]);
  });
});

describe("typed Efisiensi and the ±20 % bound", () => {
  // capaian 100 %, pagu 1.000, realisasi 500: E = (1000 − 500) / 1000 × 100 = 50 → bounded to 20.
  const bounded = (efisiensi?: RawCell) =>
    iku([{ target: 100, realisasi: 100, efisiensi }], { anggaran: anggaran(1000, 500) });

  it("efisiensi outside ±20 % is info with the unbounded value", () => {
    const f = bounded();
    expect(f).toMatchObject([
      {
        tingkat: "info",
        kode: "EFISIENSI_DIBATASI",
        lokasi: "'Data IKU'!A2",
        nilai_hitung: "20,00",
      },
    ]);
    expect(f[0].pesan).toContain("50,00");
  });

  it("the info points at the typed Efisiensi cell when there is one", () => {
    expect(kode(bounded(20), "EFISIENSI_DIBATASI")).toMatchObject([{ lokasi: "'Data IKU'!J2" }]);
    expect(kode(bounded(20), "EFISIENSI_BEDA")).toEqual([]);
  });

  it("the unbounded value typed: galat saying the bound was not applied", () => {
    const f = kode(bounded(50), "EFISIENSI_BEDA");
    expect(f).toMatchObject([
      { tingkat: "galat", lokasi: "'Data IKU'!J2", nilai_tertulis: "50", nilai_hitung: "20,00" },
    ]);
    expect(f[0].pesan).toContain("batas ±20 %");
  });

  it('the unbounded value as a fraction ("0,5"): both said', () => {
    const f = kode(bounded("0,5"), "EFISIENSI_BEDA");
    expect(f[0].pesan).toContain("ditulis sebagai pecahan");
    expect(f[0].pesan).toContain("batas ±20 %");
  });

  it("the bounded value as a fraction is only info", () => {
    expect(kode(bounded(0.2), "DITULIS_PECAHAN")).toMatchObject([
      { tingkat: "info", nilai_hitung: "20,00" },
    ]);
  });

  it("within the bound: no info; a value off is a galat", () => {
    // E = (1000 − 900) / 1000 × 100 = 10.
    const within = (efisiensi: RawCell) =>
      iku([{ target: 100, realisasi: 100, efisiensi }], { anggaran: anggaran(1000, 900) });
    expect(within("10,00")).toEqual([]);
    expect(within(11)).toMatchObject([{ kode: "EFISIENSI_BEDA", nilai_hitung: "10,00" }]);
  });

  it("typed but not computable (no LKIP_ANGGARAN): info", () => {
    expect(iku([{ target: 100, realisasi: 100, efisiensi: 5 }])).toMatchObject([
      { tingkat: "info", kode: "TERTULIS_TIDAK_TERUJI", lokasi: "'Data IKU'!J2" },
    ]);
  });
});

describe("typed Serapan per sasaran", () => {
  it("compared with Σ realisasi / Σ pagu of the sasaran's budget lines", () => {
    expect(
      iku([{ target: 100, realisasi: 100, serapan: 90 }], { anggaran: anggaran(1000, 900) })
    ).toEqual([]);
    const f = iku([{ target: 100, realisasi: 100, serapan: 95 }], {
      anggaran: anggaran(1000, 900),
    });
    expect(f).toMatchObject([
      { tingkat: "galat", kode: "SERAPAN_BEDA", lokasi: "'Data IKU'!K2", nilai_hitung: "90,00" },
    ]);
  });
});

describe("a sasaran without budget lines", () => {
  it("is info when LKIP_ANGGARAN exists", () => {
    const f = iku(
      [
        { target: 100, realisasi: 100 },
        { sasaran: SASARAN_B, indikator: "Nilai SAKIP", target: 70, realisasi: 71 },
      ],
      { anggaran: anggaran(1000, 900) }
    );
    expect(f).toMatchObject([
      { tingkat: "info", kode: "SASARAN_TANPA_ANGGARAN", lokasi: "'Data IKU'!A3" },
    ]);
  });
});

describe("arah: a name that reads lower-is-better", () => {
  it("without Arah turun: peringatan at the Arah cell", () => {
    const f = iku([
      {
        indikator: "Angka Kematian Bayi per 1.000 kelahiran hidup",
        arah: "naik",
        target: 10,
        realisasi: 8,
      },
    ]);
    expect(f).toMatchObject([
      {
        tingkat: "peringatan",
        kode: "ARAH_MUNGKIN_TURUN",
        lokasi: "'Data IKU'!D2",
        nilai_hitung: "turun",
      },
    ]);
    expect(f[0].pesan).toContain("angka kematian");
  });

  it("Arah blank: at the Indikator cell; no Arah column: the same", () => {
    expect(iku([{ indikator: "Prevalensi stunting", target: 20, realisasi: 18 }])).toMatchObject([
      { kode: "ARAH_MUNGKIN_TURUN", lokasi: "'Data IKU'!B2" },
    ]);
    const f = temuanDari({
      iku: [
        ["Sasaran", "Indikator", "Target", "Realisasi"],
        [SASARAN_A, "Tingkat Pengangguran Terbuka", 5, 4],
      ],
    });
    expect(kode(f, "ARAH_MUNGKIN_TURUN")).toMatchObject([
      { kode: "ARAH_MUNGKIN_TURUN", lokasi: "'Data IKU'!B2" },
    ]);
  });

  it("with Arah turun, or a name about the reduction itself, nothing", () => {
    expect(
      iku([{ indikator: "Angka kematian ibu", arah: "turun", target: 100, realisasi: 90 }])
    ).toEqual([]);
    expect(
      iku([{ indikator: "Persentase penurunan prevalensi stunting", target: 10, realisasi: 12 }])
    ).toEqual([]);
    expect(
      iku([
        {
          indikator: "Persentase PPKS yang terpenuhi kebutuhan dasarnya",
          target: 69.02,
          realisasi: 92.71,
        },
      ])
    ).toEqual([]);
  });

  it("every phrase of the dictionary is recognised inside a name", () => {
    for (const frasa of FRASA_MAKIN_RENDAH_MAKIN_BAIK) {
      const f = iku([
        { indikator: `Nilai ${frasa.toUpperCase()} di kabupaten`, target: 10, realisasi: 8 },
      ]);
      expect(kode(f, "ARAH_MUNGKIN_TURUN"), frasa).toHaveLength(1);
    }
  });

  it("matches whole words only", () => {
    expect(iku([{ indikator: "Indeks insidental kepuasan", target: 10, realisasi: 8 }])).toEqual(
      []
    );
  });
});

describe("the same indicator twice", () => {
  it("in one sasaran: galat at the second Indikator cell (case and spaces ignored)", () => {
    const f = iku([
      { indikator: "Nilai SAKIP", target: 70, realisasi: 71 },
      { indikator: "  nilai  sakip ", target: 70, realisasi: 71 },
    ]);
    expect(f).toMatchObject([
      { tingkat: "galat", kode: "INDIKATOR_GANDA", lokasi: "'Data IKU'!B3" },
    ]);
    expect(f[0].pesan).toContain("'Data IKU'!B2");
  });

  it("in two sasaran: peringatan", () => {
    const f = iku([
      { indikator: "Nilai SAKIP", target: 70, realisasi: 71 },
      { sasaran: SASARAN_B, indikator: "Nilai SAKIP", target: 70, realisasi: 71 },
    ]);
    expect(f).toMatchObject([
      { tingkat: "peringatan", kode: "INDIKATOR_GANDA", lokasi: "'Data IKU'!B3" },
    ]);
  });
});

describe("one row mixing a fraction and percent points (src/core/README.md §0)", () => {
  it("percent unit, one value ≤ 1,5 and the other > 1,5: at the fraction's cell", () => {
    const f = iku([{ satuan: "Persen", target: 69.02, realisasi: 0.9271 }]);
    expect(kode(f, "CAMPUR_PECAHAN_PERSEN")).toMatchObject([
      { lokasi: "'Data IKU'!F2", nilai_tertulis: "0,9271", nilai_hitung: "92,71" },
    ]);
    expect(f[0].pesan).toContain("'Data IKU'!E2");
  });

  it("both fractions, both points, a 0, or a unit that is not percent: nothing", () => {
    const mix = (b: Row) => kode(iku([b]), "CAMPUR_PECAHAN_PERSEN");
    expect(mix({ satuan: "Persen", target: 0.6902, realisasi: 0.9271 })).toEqual([]);
    expect(mix({ satuan: "%", target: 1.31, realisasi: 0.73 })).toEqual([]);
    expect(mix({ satuan: "Persen", target: 69.02, realisasi: 92.71 })).toEqual([]);
    expect(mix({ satuan: "Persen", target: 69.02, realisasi: 0 })).toEqual([]);
    expect(mix({ satuan: "Nilai", target: 71.86, realisasi: 1 })).toEqual([]);
  });

  it("percent written as %", () => {
    expect(
      kode(iku([{ satuan: "%", target: 0.8, realisasi: 75 }]), "CAMPUR_PECAHAN_PERSEN")
    ).toMatchObject([{ lokasi: "'Data IKU'!E2" }]);
  });
});

describe("issue 12: fewer false alarms", () => {
  it("a genuine 1 % target beside a realisasi of 2,5 % is no fraction", () => {
    const mix = (b: Row) => kode(iku([b]), "CAMPUR_PECAHAN_PERSEN");
    expect(mix({ satuan: "Persen", target: 1, realisasi: 2.5 })).toEqual([]);
    expect(mix({ satuan: "Persen", target: 1, realisasi: 1.2 })).toEqual([]);
    // × 100 it reads like its neighbour: still reported.
    expect(mix({ satuan: "Persen", target: 0.95, realisasi: 93 })).toHaveLength(1);
  });

  it("a capaian typed with fewer decimals that rounds right is info, not a galat", () => {
    // 8,9 / 3 × 100 = 296,67; the report prints 297.
    const f = iku([{ satuan: "Persen", target: 3, realisasi: 8.9, capaian: 297 }]);
    expect(kode(f, "CAPAIAN_BEDA")).toEqual([]);
    expect(kode(f, "DITULIS_KURANG_DESIMAL")).toMatchObject([
      { tingkat: "info", lokasi: "'Data IKU'!G2", nilai_hitung: "296,67" },
    ]);
  });

  it("a capaian above 300 % is a peringatan at the target's cell", () => {
    const f = iku([{ satuan: "Persen", target: 2, realisasi: 7 }]);
    expect(kode(f, "CAPAIAN_SANGAT_TINGGI")).toMatchObject([
      { tingkat: "peringatan", lokasi: "'Data IKU'!E2", nilai_hitung: "350,00" },
    ]);
    expect(kode(iku([{ target: 3, realisasi: 8.9 }]), "CAPAIAN_SANGAT_TINGGI")).toEqual([]);
  });
});

describe("qualitative indicators in the checker (src/core/README.md §10)", () => {
  it("a reached one accepts a typed 100 or Tercapai; nothing is a galat", () => {
    for (const capaian of [100, "100", "100,00%", "Tercapai", "tercapai"]) {
      const f = iku([{ satuan: "Opini", target: "WTP", realisasi: "WTP", capaian }]);
      expect(f.filter((x) => x.tingkat !== "info")).toEqual([]);
    }
  });

  it("a typed 100 for one not reached, or a wrong predikat, is a galat naming the label", () => {
    const f = iku([
      { satuan: "Predikat", target: "BB", realisasi: "B", capaian: 100, predikat: "Tercapai" },
    ]);
    expect(kode(f, "KUALITATIF_BEDA")).toMatchObject([
      { tingkat: "galat", lokasi: "'Data IKU'!G2", nilai_hitung: "Tidak tercapai" },
      { tingkat: "galat", lokasi: "'Data IKU'!H2" },
    ]);
  });
});

describe("typed serapan and efisiensi of an indicator with its own budget (src/core/README.md §6)", () => {
  const ang: RawCell[][] = [
    ["Sasaran", "Indikator", "Program", "Kegiatan", "Pagu", "Realisasi"],
    [SASARAN_A, "Indikator a", "P", "K1", 1000, 900],
    [SASARAN_A, "Indikator b", "P", "K2", 3000, 2700],
  ];
  it("are compared with the indicator's own figures: right ones give nothing", () => {
    const f = iku(
      [
        { indikator: "Indikator a", target: 100, realisasi: 100, serapan: "90,00", efisiensi: 10 },
        { indikator: "Indikator b", target: 100, realisasi: 100, serapan: 90, efisiensi: "10,00" },
      ],
      { anggaran: ang }
    );
    expect(f.filter((x) => x.tingkat !== "info")).toEqual([]);
  });

  it("a figure that is the sasaran's, not the indicator's, is a galat at its cell", () => {
    const f = iku(
      [
        { indikator: "Indikator a", target: 100, realisasi: 120, efisiensi: 0 },
        { indikator: "Indikator b", target: 100, realisasi: 80 },
      ],
      { anggaran: ang }
    );
    expect(kode(f, "EFISIENSI_BEDA")).toMatchObject([
      { lokasi: "'Data IKU'!J2", nilai_hitung: "20,00" },
    ]);
  });
});
