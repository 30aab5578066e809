/** WORKBOOK.md "Layouts as printed": group headers, band rows, numbering columns, two levels, mixed tables. */
import { describe, expect, it } from "vitest";
import { readModel } from "../../../src/report/model/read-model";
import { joinHeaderRowsGrouped, recognizeColumns } from "../../../src/report/model/recognize";
import { flatAll } from "../contract/flat";
import type {
  RawCell,
  RawRange,
  RawWorkbook,
  SourceName,
} from "../../../src/report/contract/types";

export function range(
  source: SourceName,
  values: RawCell[][],
  extra: Partial<RawRange> = {}
): RawRange {
  return { source, kind: "name", sheet: "Data", row: 0, col: 0, values, ...extra };
}

export function workbook(...ranges: RawRange[]): RawWorkbook {
  const info = range("LKIP_INFO", [["Tahun", 2022]], { sheet: "Info" });
  return {
    ranges: Object.fromEntries([info, ...ranges].map((r) => [r.source, r])),
    problems: [],
  };
}

describe("group headers", () => {
  it("name their columns: Realisasi under Anggaran is money, under Kinerja the indicator's", () => {
    const j = joinHeaderRowsGrouped(
      ["Sasaran/ Program", "Indikator", "Kinerja", null, null, "Anggaran", null, null],
      [null, null, "Target", "Realisasi", "Capaian %", "Anggaran", "Realisasi", "Capaian %"]
    );
    expect(j.headers).toEqual([
      "Sasaran/ Program",
      "Indikator",
      "Target Kinerja",
      "Realisasi Kinerja",
      "Capaian Kinerja",
      "Pagu",
      "Realisasi Anggaran",
      "Serapan",
    ]);
    expect(j.groups).toEqual([
      null,
      null,
      "Kinerja",
      "Kinerja",
      "Kinerja",
      "Anggaran",
      "Anggaran",
      "Anggaran",
    ]);
  });

  it("the budget source reads Pagu and Realisasi anggaran under the budget group, not the Kinerja Realisasi", () => {
    const r = recognizeColumns(
      "LKIP_ANGGARAN",
      [
        ["Sasaran", "Program", "Kinerja", null, "Keuangan", null, null],
        [null, null, "Target", "Realisasi", "Anggaran", "Realisasi", "%"],
      ],
      2022
    );
    expect(r.headerRows).toBe(2);
    const at = Object.fromEntries(r.recognised.map((x) => [x.label, x.col]));
    expect(at).toEqual({ Sasaran: 0, Program: 1, Pagu: 4, Realisasi: 5, Serapan: 6 });
    expect(r.missing).toEqual([]);
  });

  it("the IKU source reads the Kinerja group's Target and Realisasi, with an info at each grouped cell", () => {
    const iku = range("LKIP_IKU", [
      ["Sasaran", "Indikator", "Kinerja", null, null, "Anggaran", null],
      [null, null, "Target", "Realisasi", "Capaian %", "Anggaran", "Realisasi"],
      ["S1", "I1", 80, 72, "90,00", 1000, 900],
    ]);
    const m = readModel(workbook(iku));
    expect(
      m.indikator.map((i) => [i.target.value.toNumber(), i.realisasi.value.toNumber()])
    ).toEqual([[80, 72]]);
    expect(m.indikator[0].tertulis.capaian?.value).toBe("90,00");
    const grouped = flatAll(m.findings)
      .filter((f) => f.kode === "KOLOM_KELOMPOK")
      .map((f) => f.lokasi);
    expect(grouped).toEqual(["'Data'!C2", "'Data'!D2", "'Data'!E2", "'Data'!F2", "'Data'!G2"]);
    const alarms = flatAll(m.findings).filter(
      (f) => f.tingkat === "galat" && f.kode !== "SUMBER_TIDAK_ADA"
    );
    expect(alarms).toEqual([]);
  });

  it("merges and percent formats move with their cells when two header rows become one", () => {
    const anggaran = range(
      "LKIP_ANGGARAN",
      [
        ["Sasaran", "Program", "Anggaran", null, null],
        [null, null, "Anggaran", "Realisasi", "%"],
        ["S1", "P1", 1000, 900, 0.9],
        [null, "P2", 500, 400, 0.8],
      ],
      {
        merges: [
          { row: 0, col: 0, rows: 2, cols: 1 },
          { row: 0, col: 2, rows: 1, cols: 3 },
        ],
        percent: [
          [false, false, false, false, false],
          [false, false, false, false, false],
          [false, false, false, false, true],
          [false, false, false, false, true],
        ],
      }
    );
    const iku = range(
      "LKIP_IKU",
      [
        ["Sasaran", "Indikator", "Target", "Realisasi"],
        ["S1", "I", 1, 1],
      ],
      {
        sheet: "IKU",
      }
    );
    const m = readModel(workbook(iku, anggaran));
    expect(
      m.anggaran?.map((b) => [b.program.value, b.pagu.value.toNumber(), b.serapanTertulis?.value])
    ).toEqual([
      ["P1", 1000, 90],
      ["P2", 500, 80],
    ]);
    expect(flatAll(m.findings).filter((f) => f.tingkat !== "info")).toEqual([]);
  });
});

describe("band rows, numbering columns, scores in brackets (LKIP_IKU)", () => {
  // LKjIP 2022 Inspektorat Kab. Jombang, Tabel 3.3, as printed (test/fixtures/real has the whole).
  const TUJUAN = "Meningkatkan Penyelenggaraan Pemerintahan yang Bersih dan Akuntabel";
  const tabel33: RawCell[][] = [
    ["No", "Tujuan/Sasaran", "No", "Indikator Kinerja", "Target 2022", "Realisasi 2022", "Capaian"],
    [TUJUAN, null, null, null, null, null, null],
    [
      1,
      "Meningkatnya hasil pengawasan yang berkualitas dan akuntabel",
      1,
      "Maturitas SPIP",
      "Level 3 (3,35)",
      "Level 3 (3,157)",
      "94,24%",
    ],
    [null, null, 2, "Kapabilitas APIP", "Level 3", "Level 3", "100%"],
    [
      2,
      "Meningkatnya Akuntabilitas dan Kinerja Perangkat Daerah",
      3,
      "Nilai Evaluasi AKIP PD",
      "Nilai A (83)",
      "Nilai A (81,59)",
      "98,30%",
    ],
  ];

  it("the tujuan band heads the sasaran below it; two No columns say nothing; scores give the capaian", () => {
    const m = readModel(workbook(range("LKIP_IKU", tabel33)));
    expect(m.sasaran.map((s) => [s.teks, s.tujuan?.value])).toEqual([
      [tabel33[2][1], TUJUAN],
      [tabel33[4][1], TUJUAN],
    ]);
    expect(m.kolomIku.tujuan).toBe(true);
    expect(
      m.indikator.map((i) => [
        i.target.value.toString(),
        i.realisasi.value.toString(),
        i.target.label,
      ])
    ).toEqual([
      ["3.35", "3.157", "Level 3 (3,35)"],
      ["83", "81.59", "Nilai A (83)"],
    ]);
    expect(m.kualitatif.map((k) => k.nama.value)).toEqual(["Kapabilitas APIP"]);
    const f = flatAll(m.findings);
    expect(f.filter((x) => x.tingkat !== "info" && x.kode !== "SUMBER_TIDAK_ADA")).toEqual([]);
    expect(f.filter((x) => x.kode === "SKOR_DIBACA").map((x) => x.lokasi)).toEqual([
      "'Data'!E3",
      "'Data'!E5",
    ]);
    expect(f.find((x) => x.kode === "SKOR_DIBACA")?.pesan).toContain("'Data'!F3");
    // The tujuan band had no "Tujuan :" and no Tujuan column: what was assumed is said at its cell.
    expect(f.filter((x) => x.kode === "BARIS_PITA").map((x) => x.lokasi)).toEqual(["'Data'!A2"]);
    expect(f.some((x) => x.kode === "KOLOM_GANDA" || x.kode === "SEL_KOSONG")).toBe(false);
  });

  it("'Sasaran :' bands over indicator rows with no sasaran of their own; the prefix is dropped", () => {
    const m = readModel(
      workbook(
        range("LKIP_IKU", [
          ["No", "Sasaran", "Indikator", "Target", "Realisasi"],
          ["Tujuan : T1", null, null, null, null],
          ["Sasaran : S1", null, null, null, null],
          [1, null, "I1", 80, 72],
          [2, null, "I2", 50, 50],
          [null, "Sasaran 2 : S2", null, null, null],
          [3, null, "I3", 10, 12],
        ])
      )
    );
    expect(m.sasaran.map((s) => [s.teks, s.tujuan?.value, s.indikator.length])).toEqual([
      ["S1", "T1", 2],
      ["S2", "T1", 1],
    ]);
    const f = flatAll(m.findings);
    expect(f.filter((x) => x.tingkat !== "info" && x.kode !== "SUMBER_TIDAK_ADA")).toEqual([]);
    expect(f.filter((x) => x.kode === "BARIS_PITA")).toEqual([]);
  });

  it("a band in the Sasaran column above rows naming their own sasaran is their tujuan, said at its cell", () => {
    // LKjIP 2021 Dinas PUPR Kab. Grobogan, Bab III: numbered bands over lettered kegiatan
    // (test/fixtures/real has the whole table).
    const m = readModel(
      workbook(
        range("LKIP_IKU", [
          ["SASARAN", "INDIKATOR", "TARGET", "REALISASI", "%"],
          ["1. Mewujudkan organisasi", null, null, null, null],
          ["a. Kegiatan Perencanaan", "Tercukupinya layanan", "70 %", "70 %", "100 %"],
          ["b. Kegiatan Keuangan", "Jumlah laporan", "100%", "100%", "100%"],
          ["2. Meningkatkan kualitas jalan", null, null, null, null],
          ["a. Kegiatan Drainase", "Panjang saluran", "2,57", "2,57", "100 %"],
        ])
      )
    );
    expect(m.sasaran.map((s) => [s.teks, s.tujuan?.value, s.indikator.length])).toEqual([
      ["a. Kegiatan Perencanaan", "1. Mewujudkan organisasi", 1],
      ["b. Kegiatan Keuangan", "1. Mewujudkan organisasi", 1],
      ["a. Kegiatan Drainase", "2. Meningkatkan kualitas jalan", 1],
    ]);
    const f = flatAll(m.findings);
    expect(f.filter((x) => x.tingkat !== "info" && x.kode !== "SUMBER_TIDAK_ADA")).toEqual([]);
    expect(f.filter((x) => x.kode === "BARIS_PITA").map((x) => x.lokasi)).toEqual([
      "'Data'!A2",
      "'Data'!A5",
    ]);
  });

  it("a band in the Sasaran column above indicator rows with no sasaran of their own is their sasaran", () => {
    const m = readModel(
      workbook(
        range("LKIP_IKU", [
          ["Sasaran", "Indikator", "Target", "Realisasi"],
          ["S1", null, null, null],
          [null, "I1", 80, 72],
          [null, "I2", 50, 50],
        ])
      )
    );
    expect(m.sasaran.map((s) => [s.teks, s.tujuan?.value, s.indikator.length])).toEqual([
      ["S1", undefined, 2],
    ]);
    expect(flatAll(m.findings).filter((x) => x.kode === "BARIS_PITA")).toEqual([]);
  });

  it("a row with only its Indikator filled is still data (its blanks are galat), not a band", () => {
    const m = readModel(
      workbook(
        range("LKIP_IKU", [
          ["Sasaran", "Indikator", "Target", "Realisasi"],
          ["S1", "I1", 80, 72],
          [null, "I2", null, null],
        ])
      )
    );
    expect(
      flatAll(m.findings)
        .filter((x) => x.kode === "SEL_KOSONG")
        .map((x) => x.lokasi)
    ).toEqual(["'Data'!C3", "'Data'!D3"]);
  });
});

describe("band rows, two levels in one column, mixed tables (LKIP_ANGGARAN)", () => {
  const iku = range(
    "LKIP_IKU",
    [
      ["Sasaran", "Indikator", "Target", "Realisasi"],
      ["S1", "I1", 80, 72],
      ["S2", "I2", 50, 50],
    ],
    { sheet: "IKU" }
  );

  it("sasaran and program bands head their kegiatan; no band is a line or a blank-cell finding", () => {
    const m = readModel(
      workbook(
        iku,
        range("LKIP_ANGGARAN", [
          ["No", "Sasaran", "Program", "Kegiatan", "Pagu", "Realisasi"],
          ["Sasaran : S1", null, null, null, null, null],
          ["Program P1", null, null, null, null, null],
          [1, null, null, "K1", 100, 90],
          [2, null, null, "K2", 50, 40],
          ["Sasaran 2 : S2", null, null, null, null, null],
          [null, null, "Program P2", null, null, null],
          [3, null, null, "K3", 10, 10],
        ])
      )
    );
    expect(m.anggaran?.map((b) => [b.sasaran, b.program.value, b.kegiatan?.value])).toEqual([
      [1, "Program P1", "K1"],
      [1, "Program P1", "K2"],
      [2, "Program P2", "K3"],
    ]);
    const f = flatAll(m.findings);
    expect(f.filter((x) => x.tingkat !== "info")).toEqual([]);
    // "Program P1" in the No column names itself a program: nothing assumed, nothing said.
    expect(f.filter((x) => x.kode === "BARIS_PITA")).toEqual([]);
  });

  it("a Program/Kegiatan column: a 'Program …' row is the program, a row with money under it a kegiatan", () => {
    const m = readModel(
      workbook(
        iku,
        range("LKIP_ANGGARAN", [
          ["Sasaran", "Program/Kegiatan", "Pagu", "Realisasi"],
          ["S1", "Program P1", null, null],
          [null, "Penyusunan laporan", 100, 90],
          [null, "Monitoring", 50, 45],
        ])
      )
    );
    expect(m.anggaran?.map((b) => [b.program.value, b.kegiatan?.value, b.leaf])).toEqual([
      ["Program P1", "Penyusunan laporan", true],
      ["Program P1", "Monitoring", true],
    ]);
    // Every address names the sheet's own cell, never the column the reader added.
    expect(m.anggaran?.[0].program.lokasi).toBe("'Data'!B2");
    expect(m.anggaran?.[0].kegiatan?.lokasi).toBe("'Data'!B3");
    expect(flatAll(m.findings).filter((x) => x.tingkat !== "info")).toEqual([]);
  });

  it("a mixed table: indicator and 'Rata-rata capaian' rows are no lines; the carried sasaran is said", () => {
    const m = readModel(
      workbook(
        iku,
        range("LKIP_ANGGARAN", [
          ["Sasaran/Program", "Indikator Program", "Kinerja", null, "Anggaran", null],
          [null, null, "Target", "Realisasi", "Anggaran", "Realisasi"],
          ["Sasaran : S2", "I2", 50, 50, null, null],
          [null, "Rata-rata capaian", null, 100, null, null],
          ["Program P1", "Persentase A", 100, 90, 1000, 900],
          [null, "Persentase B", 80, 80, null, null],
          ["Program P2", "Persentase C", 10, 10, 500, 450],
        ])
      )
    );
    expect(m.anggaran?.map((b) => [b.sasaran, b.program.value, b.pagu.value.toNumber()])).toEqual([
      [2, "Program P1", 1000],
      [2, "Program P2", 500],
    ]);
    const f = flatAll(m.findings);
    expect(f.filter((x) => x.tingkat !== "info")).toEqual([]);
    expect(f.filter((x) => x.kode === "SASARAN_DIANGGAP").map((x) => x.lokasi)).toEqual([
      "'Data'!A5",
      "'Data'!A7",
    ]);
  });
});

describe("a score written with a dot", () => {
  it("'(3.157)' is thousands as everywhere (RULES §0), and the reading is said at its cell", () => {
    const m = readModel(
      workbook(
        range("LKIP_IKU", [
          ["Sasaran", "Indikator", "Target", "Realisasi"],
          ["S1", "Maturitas SPIP", "Level 3 (3,35)", "Level 3 (3.157)"],
        ])
      )
    );
    expect(m.indikator[0].realisasi.value.toNumber()).toBe(3157);
    const f = flatAll(m.findings).filter((x) => x.kode === "TITIK_RIBUAN");
    expect(f.map((x) => x.lokasi)).toEqual(["'Data'!D2"]);
  });
});
