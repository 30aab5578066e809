import { describe, expect, it } from "vitest";
import type { RawCell } from "../../../src/report/contract/types";
import { compute } from "../../../src/report/compute/compute";
import { readModel } from "../../../src/report/model/read-model";
import { periksa } from "../../../src/report/periksa/periksa";
import { flatAll } from "../contract/flat";
import { SASARAN_A, SASARAN_B, bukuKerja, kode, temuanDari } from "./helpers";

const IKU: RawCell[][] = [
  ["Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"],
  [SASARAN_A, "Indikator A", "Persen", 80, 100, null],
  [SASARAN_B, "Indikator B", "Persen", 100, 90, null],
];
// 'Data Anggaran'!A1: A Sasaran, B Program, C Kegiatan, D Pagu, E Realisasi, F Serapan.
const H = ["Sasaran", "Program", "Kegiatan", "Pagu", "Realisasi", "Serapan"];
const LINES: RawCell[][] = [
  [1, "Program A", "Kegiatan 1", 600, 500, null],
  [1, "Program A", "Kegiatan 2", 400, 300, null],
  [2, "Program B", "Kegiatan 3", 1000, 900, null],
];

const run = (anggaran: RawCell[][], iku = IKU) => {
  const raw = bukuKerja({ iku, anggaran: [H, ...anggaran] });
  const model = readModel(raw);
  return { model, hasil: compute(model), temuan: temuanDari({ iku, anggaran: [H, ...anggaran] }) };
};

describe("a JUMLAH row inside LKIP_ANGGARAN (src/core/README.md §11)", () => {
  it("is never a budget line: the total pagu does not double", () => {
    const plain = run(LINES).hasil.anggaran!;
    const withTotal = run([...LINES, [null, "JUMLAH", null, 2000, 1700, "85,00"]]);
    expect(withTotal.model.anggaran).toHaveLength(3);
    expect(withTotal.hasil.anggaran!.pagu.eq(plain.pagu)).toBe(true);
    expect(withTotal.hasil.anggaran!.pagu.toString()).toBe("2000");
    expect(withTotal.hasil.sasaran.map((s) => s.anggaran?.pagu.toString())).toEqual([
      "1000",
      "1000",
    ]);
  });

  it("right figures: only the info that it was recognised", () => {
    const t = run([...LINES, [null, "Jumlah :", null, 2000, 1700, "85,00"]]).temuan;
    expect(kode(t, "TOTAL_TERTULIS_BEDA")).toEqual([]);
    expect(kode(t, "TOTAL_TERTULIS")).toMatchObject([
      { tingkat: "info", lokasi: "'Data Anggaran'!B5" },
    ]);
    expect(kode(t, "MUNGKIN_TOTAL")).toEqual([]);
  });

  it("a wrong printed total is a galat at its own cell, with the sum it stands for", () => {
    const t = run([...LINES, [null, "JUMLAH", null, 2100, 1700, "80,00"]]).temuan;
    expect(kode(t, "TOTAL_TERTULIS_BEDA")).toMatchObject([
      {
        tingkat: "galat",
        lokasi: "'Data Anggaran'!D5",
        nilai_tertulis: "2.100",
        nilai_hitung: "2.000",
      },
      { tingkat: "galat", lokasi: "'Data Anggaran'!F5", nilai_hitung: "85,00" },
    ]);
  });

  it("the message says what the figure is of, and that the tables print it only when they do", () => {
    const grand = kode(
      run([...LINES, [null, "JUMLAH", null, 2100, 1700, "80,00"]]).temuan,
      "TOTAL_TERTULIS_BEDA"
    );
    expect(grand[0].pesan).toContain(
      "tertulis 2.100 di 'Data Anggaran'!D5, padahal jumlah pagu baris yang diwakilinya 2.000. Baris total tidak ikut dihitung; tabel mencetak 2.000."
    );
    expect(grand[1].pesan).toContain(
      "padahal serapan dari jumlah pagu dan realisasi baris yang diwakilinya (Σ realisasi / Σ pagu × 100) 85,00"
    );
    // A sub total stands for part of the lines: no table prints its figure.
    const sub = kode(
      run([LINES[0], LINES[1], [null, "Sub Total", null, 1100, 800, null], LINES[2]]).temuan,
      "TOTAL_TERTULIS_BEDA"
    );
    expect(sub).toHaveLength(1);
    expect(sub[0].pesan).toContain(
      "padahal jumlah pagu baris yang diwakilinya 1.000. Baris total tidak ikut dihitung."
    );
    expect(sub[0].pesan).not.toContain("tabel");
  });

  it("sub totals stand for the rows since the previous one; a grand total for all", () => {
    const { temuan, hasil } = run([
      LINES[0],
      LINES[1],
      [null, "Sub Total", null, 1000, 800, null],
      LINES[2],
      [null, "Sub Total", null, 1000, 900, null],
      [null, "Total Keseluruhan", null, 2000, 1700, null],
    ]);
    expect(hasil.anggaran!.pagu.toString()).toBe("2000");
    expect(hasil.totalTertulis.map((h) => h.pagu?.toString())).toEqual(["1000", "1000", "2000"]);
    expect(kode(temuan, "TOTAL_TERTULIS_BEDA")).toEqual([]);
  });

  it("a row whose leaf was left out: a peringatan that says to fix that row first", () => {
    const t = run([
      [1, "Program A", "Kegiatan 1", "600,000,000", 500, null],
      LINES[1],
      LINES[2],
      [null, "JUMLAH", null, 2000, 1700, null],
    ]).temuan;
    const beda = kode(t, "TOTAL_TERTULIS_BEDA");
    expect(beda[0]).toMatchObject({ tingkat: "peringatan", lokasi: "'Data Anggaran'!D5" });
    expect(beda[0].pesan).toContain("'Data Anggaran'!A2:F2");
    expect(beda[0].pesan).not.toContain("Ganti dengan");
  });
});

describe("an unrecognised total", () => {
  it("a line equal to the sum of the lines above: a peringatan at its pagu", () => {
    const { temuan, hasil } = run([
      ...LINES,
      [null, "TOTAL ANGGARAN DINAS", null, 2000, 1700, null],
    ]);
    expect(hasil.anggaran!.pagu.toString()).toBe("4000"); // doubled, as RULES §11 says
    expect(kode(temuan, "MUNGKIN_TOTAL")).toMatchObject([
      { tingkat: "peringatan", lokasi: "'Data Anggaran'!D5" },
    ]);
  });

  it("a program's own total row after its leaves is not one", () => {
    const { temuan } = run([LINES[0], LINES[1], [1, "Program A", null, 1000, 800, null], LINES[2]]);
    expect(kode(temuan, "MUNGKIN_TOTAL")).toEqual([]);
  });
});

describe("a Rata-rata row inside LKIP_IKU", () => {
  it("is not an indicator; its typed capaian is compared with the mean of the printed capaian", () => {
    const iku: RawCell[][] = [...IKU, [null, "Rata-rata", null, 90, 95, "110,00"]];
    const { model, hasil, temuan } = run(LINES, iku);
    expect(model.indikator).toHaveLength(2);
    expect(hasil.rataRata!.capaian.toString()).toBe("107.5");
    expect(kode(temuan, "TOTAL_TERTULIS_BEDA")).toMatchObject([
      { lokasi: "'Data IKU'!F4", nilai_hitung: "107,50" },
    ]);
  });

  it("a Jumlah row's capaian is the sum of the printed capaian, not their mean", () => {
    // Kecamatan Gunung Kaler 2020 prints "Jumlah Capaian Realisasi Kinerja 300,20" under
    // 104,96 + 95,24 + 100,00: a right sum is no finding, and a wrong one names the sum.
    const sum = run(LINES, [...IKU, [null, "Jumlah", null, null, null, "215,00"]]);
    expect(sum.hasil.totalTertulis[0].capaian!.toString()).toBe("215");
    expect(kode(sum.temuan, "TOTAL_TERTULIS_BEDA")).toEqual([]);
    const mean = run(LINES, [...IKU, [null, "Jumlah", null, null, null, "107,50"]]).temuan;
    expect(kode(mean, "TOTAL_TERTULIS_BEDA")).toMatchObject([
      { lokasi: "'Data IKU'!F4", nilai_tertulis: "107,50", nilai_hitung: "215,00" },
    ]);
    // No table prints a sum of capaian: the message names the sum, not a table.
    const [pesan] = kode(mean, "TOTAL_TERTULIS_BEDA").map((f) => f.pesan);
    expect(pesan).toContain(
      "padahal jumlah capaian baris yang diwakilinya 215,00. Baris total tidak ikut dihitung. Ganti dengan 215,00"
    );
    expect(pesan).not.toContain("tabel");
  });

  it("a wrong Rata-rata of all the indicators: Tabel 2 prints the right mean, and says so", () => {
    const iku: RawCell[][] = [...IKU, [null, "Rata-rata", null, null, null, "110,00"]];
    const [id] = kode(run(LINES, iku).temuan, "TOTAL_TERTULIS_BEDA");
    expect(id.pesan).toContain(
      "padahal rata-rata capaian baris yang diwakilinya 107,50. Baris total tidak ikut dihitung; tabel mencetak 107,50."
    );
    const raw = bukuKerja({ iku, anggaran: [H, ...LINES] });
    const model = readModel(raw);
    const en = flatAll(periksa(model, compute(model)), "en").find(
      (f) => f.kode === "TOTAL_TERTULIS_BEDA"
    )!;
    expect(en.pesan).toContain(
      "but the mean of the Capaian of the rows it stands for is 107,50. The total row is not counted; the tables print 107,50."
    );
  });

  it("target and realisasi across different Satuan: a peringatan, not a number", () => {
    const iku: RawCell[][] = [
      IKU[0],
      IKU[1],
      [SASARAN_B, "Nilai SAKIP", "Nilai", 70, 71.91, null],
      [null, "Rata-rata", null, 75, 85.95, null],
    ];
    const t = run(LINES, iku).temuan;
    expect(kode(t, "TOTAL_TANPA_MAKNA")).toMatchObject([{ lokasi: "'Data IKU'!D4" }]);
  });
});

describe("a kegiatan line above its sub kegiatan with their sum", () => {
  it("is a probable total at its pagu: it counts twice", () => {
    const H2 = ["Sasaran", "Program", "Kegiatan", "Sub Kegiatan", "Pagu", "Realisasi"];
    const iku = IKU;
    const t = temuanDari({
      iku,
      anggaran: [
        H2,
        [1, "Program A", "Kegiatan 1", null, 1000, 900],
        [1, "Program A", null, "Sub 1", 600, 500],
        [1, "Program A", null, "Sub 2", 400, 400],
        [1, "Program A", "Kegiatan 2", null, 50, 50],
        [1, "Program A", null, "Sub 3", 40, 40],
      ],
    });
    expect(kode(t, "MUNGKIN_TOTAL")).toMatchObject([
      { tingkat: "peringatan", lokasi: "'Data Anggaran'!E2" },
    ]);
  });
});

// LKj Setda Provinsi Sumatera Utara 2021, Tabel 19: the program line prints only its percentage
// (the mean of its sub-kegiatan's percentages) above its kegiatan.
describe("a program line with only its percentage above its leaves", () => {
  const head = (serapan: RawCell): RawCell[] => [1, "Program A", null, null, null, serapan];
  const leaves: RawCell[][] = [
    [null, null, "Kegiatan 1", 600, 500, null],
    [null, null, "Kegiatan 2", 400, 300, null],
  ];

  it("stands for its leaves: not a line, no empty-cell galat; a right percentage is quiet", () => {
    const { model, hasil, temuan } = run([head("80,00"), ...leaves, LINES[2]]);
    expect(model.anggaran).toHaveLength(3);
    expect(hasil.anggaran!.pagu.toString()).toBe("2000");
    expect(kode(temuan, "SEL_KOSONG")).toEqual([]);
    expect(kode(temuan, "TOTAL_TERTULIS_BEDA")).toEqual([]);
    expect(kode(temuan, "TOTAL_TERTULIS")).toMatchObject([
      { tingkat: "info", lokasi: "'Data Anggaran'!B2" },
    ]);
  });

  it("a percentage that is not Σ realisasi / Σ pagu of its leaves is a galat at its cell", () => {
    // (500/600 + 300/400) / 2 = 79,17: the mean of the percentages, not the programme's 80,00.
    const t = run([head("79,17"), ...leaves, LINES[2]]).temuan;
    expect(kode(t, "TOTAL_TERTULIS_BEDA")).toMatchObject([
      { tingkat: "galat", lokasi: "'Data Anggaran'!F2", nilai_hitung: "80,00" },
    ]);
  });

  it("with no leaf below it, its empty Pagu and Realisasi are still galat at their cells", () => {
    const t = run([LINES[0], head("80,00"), LINES[2]]).temuan;
    expect(kode(t, "SEL_KOSONG").map((f) => f.lokasi)).toEqual([
      "'Data Anggaran'!D3",
      "'Data Anggaran'!E3",
    ]);
  });
});
