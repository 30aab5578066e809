import { describe, expect, it } from "vitest";
import { readModel } from "../../../src/report/model/read-model";
import { periksa, urutkan } from "../../../src/report/periksa/periksa";
import { parseRef, temuan } from "../../../src/report/contract";
import { flat, flatAll } from "../contract/flat";
import type { Flat } from "../contract/flat";
import { SAMPLE_SHEETS, sampleInput } from "../../../src/report/sample/sample";
import type { Finding } from "../../../src/report/contract/findings";
import type { InputWorkbookPlan } from "../../../src/report/contract/types";
import { SASARAN_A, kode, temuanDari } from "./helpers";
import { fixture, leavesOf, planRaw } from "../sample/sample-raw";

// ---------------------------------------------------------------- independent helpers

/** A canonical decimal ("612898347", "-59.31") in Indonesian form ("612.898.347", "-59,31"). */
function idn(canonical: string): string {
  const neg = canonical.startsWith("-");
  const [int, frac] = (neg ? canonical.slice(1) : canonical).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${neg ? "-" : ""}${grouped}${frac !== undefined ? `,${frac}` : ""}`;
}

/** A canonical decimal rounded half away from zero to 2 decimals, as canonical text. */
function round2(canonical: string): string {
  const neg = canonical.startsWith("-");
  const [int, frac = ""] = (neg ? canonical.slice(1) : canonical).split(".");
  const scaled = BigInt(int + (frac + "000").slice(0, 3));
  const cents = (scaled + 5n) / 10n;
  const s = cents.toString().padStart(3, "0");
  const out = `${s.slice(0, -2)}.${s.slice(-2)}`;
  return neg && cents !== 0n ? `-${out}` : out;
}

/** Serapan Σ realisasi / Σ pagu × 100, half up to 2 decimals, in integers (not src/core). */
function serapan(pagu: string[], realisasi: string[]): string {
  const p = pagu.reduce((a, x) => a + BigInt(x), 0n);
  const r = realisasi.reduce((a, x) => a + BigInt(x), 0n);
  const cents = (r * 10000n * 2n + p) / (2n * p);
  return `${cents / 100n}.${(cents % 100n).toString().padStart(2, "0")}`;
}

const sum = (xs: string[]) => xs.reduce((a, x) => a + BigInt(x), 0n).toString();

/** The address of the cell under `header` in data row `r0` (0-based, header = row 0) of a plan sheet. */
function alamat(plan: InputWorkbookPlan, sheet: string, header: string, r0: number): string {
  const s = plan.sheets.find((x) => x.name === sheet)!;
  const c = (s.values[0] as string[]).indexOf(header);
  expect(c, `column ${header} in ${sheet}`).toBeGreaterThanOrEqual(0);
  return `'${sheet}'!${String.fromCharCode(65 + c)}${r0 + 1}`;
}

/** The plan row (0-based) whose Kegiatan or Sub Kegiatan is `nama`, or the program's total row. */
function rowAnggaran(plan: InputWorkbookPlan, nama: string, total = false): number {
  const s = plan.sheets.find((x) => x.name === SAMPLE_SHEETS.anggaran)!;
  const r = s.values.findIndex((row) =>
    total
      ? row[1] === nama && row[2] === null && row[3] === null
      : row[2] === nama || row[3] === nama
  );
  expect(r, nama).toBeGreaterThan(0);
  return r;
}

function satu(findings: Flat[], k: string, address: string): Flat {
  const hits = findings.filter((f) => f.kode === k && f.lokasi === address);
  expect(
    hits,
    `${k} at ${address}; got ${JSON.stringify(findings.map((f) => [f.kode, f.lokasi]))}`
  ).toHaveLength(1);
  return hits[0];
}

const withPembulatan = (plan: InputWorkbookPlan, mode: "ROUND" | "TRUNC"): InputWorkbookPlan => {
  const info = plan.sheets.find((s) => s.name === SAMPLE_SHEETS.info)!;
  const row = info.values.find((r) => r[0] === "Pembulatan")!;
  row[1] = mode;
  return plan;
};

// ---------------------------------------------------------------- the sample report

describe("periksa on the sample report's printed values (sampleInput dicetak)", () => {
  const plan = sampleInput({ tertulis: "dicetak" });
  const findings = flatAll(periksa(readModel(planRaw(plan))));
  const iku = SAMPLE_SHEETS.iku;
  const ikuRow = (k: number) => k + 1; // data rows follow the header row

  // One entry per fixture discrepancy, in its order: the assertion for a slip the workbook's data
  // shows, or why the data cannot show it.
  const slips: (string | (() => void))[] = [
    // 0: capaian truncated instead of rounded (the sample's Info says ROUND); the averages are not typed anywhere.
    () => {
      let seen = 0;
      fixture.iku.forEach((i, k) => {
        const address = alamat(plan, iku, "Capaian", ikuRow(k));
        const benar = idn(i.expected.capaian.ROUND);
        if (i.printed.capaian === benar) {
          expect(kode(findings, "CAPAIAN_BEDA").filter((f) => f.lokasi === address)).toEqual([]);
          return;
        }
        seen++;
        const f = satu(findings, "CAPAIAN_BEDA", address);
        expect(f).toMatchObject({
          tingkat: "galat",
          nilai_tertulis: i.printed.capaian,
          nilai_hitung: benar,
        });
        expect(f.pesan).toContain("TRUNC");
      });
      expect(seen).toBe(2); // 55,72 and 100,06
    },
    // 1: Tabel 3.1.3 counts 55,72 as "Sangat kurang".
    () => {
      const i = fixture.iku[1];
      const f = satu(findings, "KATEGORI_BEDA", alamat(plan, iku, "Kategori", ikuRow(1)));
      expect(f).toMatchObject({
        tingkat: "galat",
        nilai_tertulis: i.printed.kategori_tabel_3_1_3,
        nilai_hitung: i.expected.kategori_permendagri54,
      });
    },
    // 2–4: efisiensi printed as a fraction and unbounded (the product's arithmetic slip and the
    // "-0,736" of the text are not in the data; the typed column holds the tables' figures).
    ...[0, 1, 2].map((k) => () => {
      const i = fixture.iku[k];
      const e = i.expected.efisiensi_tabel.ROUND.tanpa_batas_capaian;
      const address = alamat(plan, iku, "Efisiensi", ikuRow(k));
      const f = satu(findings, "EFISIENSI_BEDA", address);
      expect(f).toMatchObject({ tingkat: "galat", nilai_hitung: idn(e.nilai) });
      expect(f.pesan).toContain("pecahan");
      const bounded = round2(e.mentah) !== e.nilai;
      if (bounded) {
        expect(f.pesan).toContain("±20 %");
        const info = satu(findings, "EFISIENSI_DIBATASI", address);
        expect(info).toMatchObject({ tingkat: "info", nilai_hitung: idn(e.nilai) });
        expect(info.pesan).toContain(idn(round2(e.mentah)));
      } else {
        expect(kode(findings, "EFISIENSI_DIBATASI").filter((x) => x.lokasi === address)).toEqual(
          []
        );
      }
    }),
    // 5: Program Rehabilitasi Sosial's total row carries another program's realisasi.
    () => {
      const p = fixture.anggaran[0];
      const r = rowAnggaran(plan, p.program, true);
      const real = satu(
        findings,
        "TOTAL_PROGRAM_BEDA",
        alamat(plan, SAMPLE_SHEETS.anggaran, "Realisasi", r)
      );
      expect(real).toMatchObject({
        tingkat: "galat",
        nilai_tertulis: p.printed.realisasi!.replace(/,00$/, ""),
        nilai_hitung: idn(sum(leavesOf(p).map((l) => l.realisasi))),
      });
      expect(real.pesan).toContain(fixture.anggaran[3].program); // the program the figure belongs to
      const pct = satu(
        findings,
        "SERAPAN_BEDA",
        alamat(plan, SAMPLE_SHEETS.anggaran, "Serapan", r)
      );
      expect(pct.nilai_hitung).toBe(
        idn(
          serapan(
            leavesOf(p).map((l) => l.pagu),
            leavesOf(p).map((l) => l.realisasi)
          )
        )
      );
      expect(satu(findings, "REALISASI_LEBIH_PAGU", real.lokasi).tingkat).toBe("peringatan");
    },
    // 6, 7: two kegiatan of Program Penunjang with a wrong %.
    ...["Jasa Penunjang Urusan Pemerintahan Daerah", "Pemeliharaan Barang Milik Daerah"].map(
      (nama) => () => {
        const leaf = fixture.anggaran.flatMap(leavesOf).find((l) => l.nama.startsWith(nama))!;
        const f = satu(
          findings,
          "SERAPAN_BEDA",
          alamat(plan, SAMPLE_SHEETS.anggaran, "Serapan", rowAnggaran(plan, leaf.nama))
        );
        expect(f).toMatchObject({
          tingkat: "galat",
          nilai_hitung: idn(serapan([leaf.pagu], [leaf.realisasi])),
        });
      }
    ),
    "8: the pagu 3.205.880.796 is in the text of Bab II; the workbook holds Tabel 2.2's figures only",
    "9: Tabel 3.2.19's capaian (137,47, 51,14) are not typed in the workbook; its Capaian column holds Tabel 3.1.1's",
    "10: the averages (96,7 / 96,22) are not typed in the workbook: LKIP_IKU has no average row",
    "11: the KK counts (212 of 15.717) are in the text of Bab II; the workbook holds the percentages only",
  ];

  it("the list above covers every discrepancy of the fixture", () => {
    expect(slips).toHaveLength(fixture.discrepancies.length);
  });

  slips.forEach((slip, k) => {
    if (typeof slip === "string") return;
    it(`finds slip ${k}: ${fixture.discrepancies[k].slice(0, 70)}…`, slip);
  });

  it("every typed % in LKIP_ANGGARAN that differs from realisasi / pagu (a total row: its leaves) is a galat at its cell, and no other", () => {
    const expected: [string, string][] = [];
    for (const p of fixture.anggaran) {
      const leaves = p.kegiatan ?? p.sub_kegiatan ?? [];
      const total = serapan(
        leaves.map((l) => l.pagu),
        leaves.map((l) => l.realisasi)
      );
      if (p.printed.persen !== idn(total))
        expected.push([
          alamat(plan, SAMPLE_SHEETS.anggaran, "Serapan", rowAnggaran(plan, p.program, true)),
          idn(total),
        ]);
      for (const l of leaves) {
        const s = serapan([l.pagu], [l.realisasi]);
        if (l.printed_persen !== idn(s))
          expected.push([
            alamat(plan, SAMPLE_SHEETS.anggaran, "Serapan", rowAnggaran(plan, l.nama)),
            idn(s),
          ]);
      }
    }
    // Besides the listed slips, Program Perlindungan dan Jaminan Sosial prints 99,42 for 99,4119…
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const got = kode(findings, "SERAPAN_BEDA").map((f) => [f.lokasi, f.nilai_hitung]);
    expect(new Set(got.map(String))).toEqual(new Set(expected.map(String)));
  });

  it("every galat has a cell, a written and a right value, and a message that names the right value", () => {
    const galat = findings.filter((f) => f.tingkat === "galat");
    expect(galat.length).toBeGreaterThan(0);
    for (const f of galat) {
      expect(parseRef(f.lokasi)).not.toBeNull();
      expect(f.nilai_tertulis).toBeDefined();
      expect(f.pesan).toContain(f.nilai_hitung!);
      expect(f.pesan).toContain(f.lokasi);
    }
  });

  it("is sorted: galat, peringatan, info; within each by sheet, row, column", () => {
    const rank = { galat: 0, peringatan: 1, info: 2 };
    const ranks = findings.map((f) => rank[f.tingkat]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const galat = findings.filter((f) => f.tingkat === "galat").map((f) => parseRef(f.lokasi)!);
    const sheets: string[] = [iku, SAMPLE_SHEETS.anggaran];
    const keys = galat.map((p) => [sheets.indexOf(p.sheet), p.row, p.col]);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    expect(keys).toEqual(sorted);
  });
});

describe("periksa on the corrected values (sampleInput benar)", () => {
  const findings = flatAll(periksa(readModel(planRaw(sampleInput({ tertulis: "benar" })))));

  it("yields no galat", () => {
    expect(findings.filter((f) => f.tingkat === "galat")).toEqual([]);
  });

  it("still says which efisiensi were bounded (info)", () => {
    const bounded = fixture.iku.filter((i) => {
      const e = i.expected.efisiensi_tabel.ROUND.tanpa_batas_capaian;
      return round2(e.mentah) !== e.nilai;
    });
    expect(kode(findings, "EFISIENSI_DIBATASI")).toHaveLength(bounded.length);
    expect(kode(findings, "EFISIENSI_DIBATASI").every((f) => f.tingkat === "info")).toBe(true);
  });
});

describe("the rounding policy decides whether a typed capaian is right", () => {
  const i = fixture.iku[1]; // 0,73 / 1,31 = 55,7251…
  const address = (plan: InputWorkbookPlan) => alamat(plan, SAMPLE_SHEETS.iku, "Capaian", 2);

  it("55,72 is right under TRUNC", () => {
    const plan = withPembulatan(sampleInput({ tertulis: "dicetak" }), "TRUNC");
    const f = flatAll(periksa(readModel(planRaw(plan))));
    expect(i.printed.capaian).toBe(idn(i.expected.capaian.TRUNC));
    expect(kode(f, "CAPAIAN_BEDA").filter((x) => x.lokasi === address(plan))).toEqual([]);
    // …and the Kategori slip stays a slip whatever the rounding.
    expect(kode(f, "KATEGORI_BEDA")).toHaveLength(1);
  });

  it("55,72 is wrong under ROUND (55,73)", () => {
    const plan = withPembulatan(sampleInput({ tertulis: "dicetak" }), "ROUND");
    const f = satu(flatAll(periksa(readModel(planRaw(plan)))), "CAPAIAN_BEDA", address(plan));
    expect(f.nilai_hitung).toBe(idn(i.expected.capaian.ROUND));
  });

  it("on a one-row workbook as well, both ways", () => {
    const iku = (typed: string | number, mode: string) =>
      temuanDari({
        iku: [
          ["Sasaran", "Indikator", "Target", "Realisasi", "Capaian"],
          [SASARAN_A, "Persentase PPKS yang mampu berusaha", 1.31, 0.73, typed],
        ],
        info: [["Pembulatan", mode]],
      });
    expect(kode(iku(55.72, "TRUNC"), "CAPAIAN_BEDA")).toEqual([]);
    expect(kode(iku("55,72", "TRUNC"), "CAPAIAN_BEDA")).toEqual([]);
    expect(kode(iku(55.72, "ROUND"), "CAPAIAN_BEDA")).toMatchObject([
      { lokasi: "'Data IKU'!E2", nilai_hitung: "55,73", nilai_tertulis: "55,72" },
    ]);
    expect(kode(iku(55.73, "ROUND"), "CAPAIAN_BEDA")).toEqual([]);
    expect(kode(iku(55.73, "TRUNC"), "CAPAIAN_BEDA")).toMatchObject([{ nilai_hitung: "55,72" }]);
    // More digits than printed: compared after the policy's own rounding.
    expect(kode(iku(55.7252, "ROUND"), "CAPAIAN_BEDA")).toEqual([]);
    expect(kode(iku(55.7252, "TRUNC"), "CAPAIAN_BEDA")).toEqual([]);
  });
});

// ---------------------------------------------------------------- reading problems and order

describe("periksa includes the reading findings", () => {
  const header = ["Sasaran", "Indikator", "Target", "Realisasi"];
  const cases: [string, (string | number | null)[], string, string][] = [
    ["blank Target", [SASARAN_A, "Indikator A", null, 80], "SEL_KOSONG", "'Data IKU'!C2"],
    [
      "non-numeric Realisasi",
      [SASARAN_A, "Indikator A", 80, "delapan puluh"],
      "BUKAN_ANGKA",
      "'Data IKU'!D2",
    ],
    ["blank Indikator", [SASARAN_A, " ", 80, 80], "SEL_KOSONG", "'Data IKU'!B2"],
    ["target 0", [SASARAN_A, "Indikator A", 0, 80], "TARGET_NOL", "'Data IKU'!C2"],
    ["negative target", [SASARAN_A, "Indikator A", -5, 80], "TARGET_NEGATIF", "'Data IKU'!C2"],
  ];
  for (const [name, row, k, address] of cases) {
    it(name, () => {
      const f = temuanDari({ iku: [header, row, [SASARAN_A, "Indikator B", 80, 80]] });
      expect(kode(f, k)).toMatchObject([{ tingkat: "galat", lokasi: address }]);
    });
  }

  it("a budget line whose Sasaran matches no indicator", () => {
    const f = temuanDari({
      iku: [header, [SASARAN_A, "Indikator A", 80, 80]],
      anggaran: [
        ["Sasaran", "Program", "Pagu", "Realisasi"],
        [SASARAN_A, "Program A", 1000, 900],
        ["Sasaran lain", "Program B", 1000, 900],
      ],
    });
    expect(kode(f, "SASARAN_TIDAK_COCOK")).toMatchObject([
      { tingkat: "galat", lokasi: "'Data Anggaran'!A3" },
    ]);
  });
});

describe("urutkan", () => {
  // A finding of each tingkat (EFISIENSI_DIBATASI carries the tingkat it is given here).
  const f = (tingkat: Finding["tingkat"], address: string): Finding => ({
    ...temuan(
      "EFISIENSI_DIBATASI",
      { sasaran: 1, mentah: "1", nilai: "1" },
      { cell: parseRef(address) ?? undefined }
    ),
    tingkat,
  });

  it("orders by tingkat, then findings without a cell, then sheet order, row, column (AA after Z)", () => {
    const input = [
      f("info", "'Data IKU'!A1"),
      f("galat", "'Data Anggaran'!A2"),
      f("galat", "'Data IKU'!AA3"),
      f("galat", "'Data IKU'!Z3"),
      f("peringatan", ""),
      f("galat", "'Data IKU'!B2:H2"),
      f("galat", ""),
      f("galat", "'Lain'!A1"),
    ];
    expect(
      urutkan(input, ["Data IKU", "Data Anggaran"]).map((x) => `${x.tingkat} ${flat(x).lokasi}`)
    ).toEqual([
      "galat ",
      "galat 'Data IKU'!B2:H2",
      "galat 'Data IKU'!Z3",
      "galat 'Data IKU'!AA3",
      "galat 'Data Anggaran'!A2",
      "galat 'Lain'!A1",
      "peringatan ",
      "info 'Data IKU'!A1",
    ]);
  });

  it("reads quoted sheet names with quotes inside (parseRef, 0-based)", () => {
    expect(parseRef("'Data ''IKU'''!C12")).toEqual({ sheet: "Data 'IKU'", row: 11, col: 2 });
    expect(parseRef("")).toBeNull();
  });
});
