import { describe, expect, it } from "vitest";
import { coreText } from "../../../src/report/contract/core-reasons";
import { Decimal } from "../../../src/core";
import { compute } from "../../../src/report/compute/compute";
import { readModel } from "../../../src/report/model/read-model";
import type { RawCell } from "../../../src/report/contract/types";
import type { EfisiensiSasaran } from "../../../src/report/compute";
import { fixture, leavesOf, rawRange, sampleRaw } from "../sample/sample-raw";

type Mode = "ROUND" | "TRUNC";
const modes: Mode[] = ["ROUND", "TRUNC"];
const dec = (s: string | number) => new Decimal(s);
/** Equality of decimals as values ("20.00" = 20). */
const same = (a: Decimal | null | undefined, b: string) => a !== null && a !== undefined && a.eq(b);

describe.each(modes)("compute on the sample, %s", (mode) => {
  for (const batasi of [false, true]) {
    describe(batasi ? "batasi capaian" : "tanpa batas capaian", () => {
      const hasil = compute(readModel(sampleRaw({ pembulatan: mode, batasi })));

      it("capaian, predikat and kategori per indicator", () => {
        fixture.iku.forEach((f, i) => {
          const h = hasil.indikator[i];
          expect(h.capaianExact.toString().startsWith(f.expected.capaian_exact_prefix)).toBe(true);
          expect(same(h.capaian, f.expected.capaian[mode])).toBe(true);
          expect(h.predikat).toBe(f.expected.predikat);
          expect(h.kategori).toBe(f.expected.kategori_permendagri54);
        });
      });

      it("rata-rata of the printed figures", () => {
        const e = fixture.total_iku.expected;
        // RULES §6: Persen, Persen, Nilai — no mean of target and realisasi across units.
        expect(e.target_realisasi_rata2_in_tables.printed).toBe(false);
        expect(hasil.rataRata?.target).toBeNull();
        expect(hasil.rataRata?.realisasi).toBeNull();
        expect(hasil.rataRata?.reasonTarget).toMatch(/satuan berbeda/);
        expect(same(hasil.rataRata?.capaian, e.capaian_rata2_of_rounded[mode])).toBe(true);
      });

      it("counts per band", () => {
        const e = fixture.total_iku.expected;
        expect(Object.fromEntries(hasil.perPredikat.map((b) => [b.label, b.jumlah]))).toEqual(
          e.count_by_predikat
        );
        expect(Object.fromEntries(hasil.perKategori.map((b) => [b.label, b.jumlah]))).toEqual(
          e.count_by_kategori_permendagri54
        );
      });

      it("per sasaran: capaian, exact money sums of the leaves, serapan, efisiensi", () => {
        fixture.iku.forEach((f, i) => {
          const s = hasil.sasaran[i];
          expect(same(s.capaian, f.expected.capaian[mode])).toBe(true);
          expect(s.anggaran?.pagu.toString()).toBe(f.pagu);
          expect(s.anggaran?.realisasi.toString()).toBe(f.realisasi_anggaran);
          expect(same(s.anggaran?.serapan, f.expected.serapan[mode])).toBe(true);
          const e =
            f.expected.efisiensi_tabel[mode][batasi ? "batasi_capaian" : "tanpa_batas_capaian"];
          const ef = s.efisiensi;
          if (!ef.dihitung) throw new Error(`efisiensi sasaran ${i + 1}: ${coreText(ef.reason)}`);
          expect(same(ef.nilai, e.nilai)).toBe(true);
          expect(ef.hasil.mentah.toDecimalPlaces(4).toString()).toBe(e.mentah);
          expect(ef.hasil.dibatasi).toBe(!dec(e.mentah).abs().lte(20));
          expect(ef.keterangan).toBe(dec(e.nilai).gte(0) ? "Efisien" : "Tidak efisien");
          // It carries what it was computed from: the sasaran's capaian and budget.
          expect(ef.capaian).toBe(s.capaian);
          expect(ef.pagu).toBe(s.anggaran?.pagu);
          expect(ef.realisasi).toBe(s.anggaran?.realisasi);
        });
      });

      it("money totals are exact sums; serapan of the total is Σ realisasi / Σ pagu", () => {
        const a = hasil.anggaran!;
        expect(a.pagu.toString()).toBe(fixture.belanja.total_pagu);
        expect(a.realisasi.toString()).toBe(fixture.belanja.total_realisasi);
        expect(same(a.serapan, fixture.belanja.expected_serapan)).toBe(true);
        expect(hasil.belanja!.pagu.toString()).toBe(fixture.belanja.total_pagu);
        expect(hasil.belanja!.realisasi).toBeNull();
      });

      it("per program: the sum of its leaves, not its own total row", () => {
        const a = hasil.anggaran!;
        expect(a.program.map((p) => p.nama)).toEqual(fixture.anggaran.map((p) => p.program));
        fixture.anggaran.forEach((f, i) => {
          const p = a.program[i];
          const leaves = leavesOf(f);
          const pagu = leaves.reduce((acc, l) => acc.plus(l.pagu), dec(0));
          const realisasi = leaves.reduce((acc, l) => acc.plus(l.realisasi), dec(0));
          expect(p.pagu.eq(pagu)).toBe(true);
          expect(p.realisasi.eq(realisasi)).toBe(true);
          expect(p.leaves).toHaveLength(leaves.length);
          expect(p.totals).toHaveLength(1);
          p.leaves.forEach((l, k) => {
            const exact = dec(leaves[k].realisasi).div(leaves[k].pagu).times(100);
            const printed = exact.toDecimalPlaces(
              2,
              mode === "ROUND" ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN
            );
            expect(l.serapan?.eq(printed)).toBe(true);
          });
        });
      });
    });
  }

  it("capaian terhadap Renstra and the change from last year", () => {
    const hasil = compute(readModel(sampleRaw({ pembulatan: mode })));
    expect(
      same(hasil.indikator[0].capaianRenstra, fixture.iku[0].expected.capaian_terhadap_renstra!)
    ).toBe(true);
    fixture.iku.forEach((f, i) => {
      const p = hasil.indikator[i].perubahan!;
      expect(p.dari).toBe(2023);
      expect(p.nilai.eq(dec(f.realisasi).minus(f.realisasi_tahun_lalu["2023"]))).toBe(true);
    });
  });
});

/** A small workbook: one IKU table, optionally with Bobot, and budget lines. */
function workbook(iku: RawCell[][], anggaran?: RawCell[][]) {
  const raw = {
    ranges: { LKIP_IKU: rawRange("LKIP_IKU", "IKU", 0, 0, iku) },
    problems: [],
  } as ReturnType<typeof sampleRaw>;
  if (anggaran) raw.ranges.LKIP_ANGGARAN = rawRange("LKIP_ANGGARAN", "Anggaran", 0, 0, anggaran);
  return raw;
}

describe("compute aggregates (src/core/README.md §6)", () => {
  it("a sasaran with several indicators: the mean of their printed capaian (Kab. Klungkung 2017)", () => {
    // 94,68 and 105,56 → 100,12 (src/core/README.md §6).
    const m = readModel(
      workbook([
        ["Sasaran", "Indikator", "Target", "Realisasi"],
        ["S", "a", 100, 94.68],
        ["S", "b", 100, 105.56],
      ]),
      { tahun: 2024 }
    );
    const h = compute(m);
    expect(h.sasaran).toHaveLength(1);
    expect(h.sasaran[0].capaian?.eq("100.12")).toBe(true);
  });

  it("weights with Bobot, for the sasaran and the rata-rata", () => {
    const m = readModel(
      workbook([
        ["Sasaran", "Indikator", "Target", "Realisasi", "Bobot"],
        ["S1", "a", 100, 80, 1],
        ["S1", "b", 100, 120, 3],
        ["S2", "c", 50, 25, 4],
      ]),
      { tahun: 2024 }
    );
    const h = compute(m);
    // (80×1 + 120×3) / 4 = 110; overall (80 + 360 + 50×4) / 8 = 80.
    expect(h.sasaran[0].capaian?.eq(110)).toBe(true);
    expect(h.rataRata?.capaian.eq(80)).toBe(true);
  });

  it("arah turun uses (2T − R)/T", () => {
    const h = compute(
      readModel(
        workbook([
          ["Sasaran", "Indikator", "Target", "Realisasi", "Arah"],
          ["S", "kemiskinan", 32, 4.88, "turun"],
        ]),
        { tahun: 2024 }
      )
    );
    expect(h.indikator[0].capaian.eq("184.75")).toBe(true);
  });

  it("program totals count only when the program has no leaves; the sasaran sums all its programs", () => {
    const h = compute(
      readModel(
        workbook(
          [
            ["Sasaran", "Indikator", "Target", "Realisasi"],
            ["S", "a", 100, 100],
          ],
          [
            ["Sasaran", "Program", "Kegiatan", "Pagu", "Realisasi"],
            [1, "P1", null, 999, 999], // total row that disagrees with its leaves: leaves win
            [1, "P1", "k1", 100, 90],
            [1, "P1", "k2", 300, 210],
            [1, "P2", null, 600, 300], // a program given only as a total
          ]
        ),
        { tahun: 2024 }
      )
    );
    const [p1, p2] = h.anggaran!.program;
    expect(p1.pagu.eq(400)).toBe(true);
    expect(p1.leavesSum?.pagu.eq(400)).toBe(true);
    expect(p1.totals[0].row.pagu.value.eq(999)).toBe(true);
    expect(p2.pagu.eq(600)).toBe(true);
    expect(p2.leavesSum).toBeNull();
    const s = h.sasaran[0];
    expect(s.anggaran?.pagu.eq(1000)).toBe(true);
    expect(s.anggaran?.realisasi.eq(600)).toBe(true);
    expect(s.anggaran?.serapan?.eq(60)).toBe(true);
    // E = (1000 × 100 % − 600) / (1000 × 100 %) = 40 % → bounded to 20.
    expect(s.efisiensi).toMatchObject({ dihitung: true });
    if (s.efisiensi.dihitung) {
      expect(s.efisiensi.hasil.mentah.eq(40)).toBe(true);
      expect(s.efisiensi.nilai.eq(20)).toBe(true);
    }
  });

  it("a sasaran without budget lines has no efisiensi, and says why", () => {
    const h = compute(
      readModel(
        workbook(
          [
            ["Sasaran", "Indikator", "Target", "Realisasi"],
            ["S1", "a", 100, 100],
            ["S2", "b", 100, 100],
          ],
          [
            ["Sasaran", "Program", "Pagu", "Realisasi"],
            [1, "P", 100, 50],
          ]
        ),
        { tahun: 2024 }
      )
    );
    expect(h.sasaran[1].anggaran).toBeNull();
    expect(h.sasaran[1].efisiensi).toEqual({
      dihitung: false,
      reason: { kode: "TANPA_ANGGARAN_TERTAUT" },
    });
    expect(h.sasaran[0].efisiensi.dihitung).toBe(true);
  });
});

describe("qualitative indicators (src/core/README.md §10)", () => {
  const m = readModel(
    workbook([
      ["Sasaran", "Indikator", "Satuan", "Target", "Realisasi"],
      ["S1", "Opini BPK", "Opini", "WTP", "WTP"],
      ["S1", "Nilai SAKIP", "Predikat", "BB", "A"],
      ["S1", "Persentase a", "Persen", 80, 100],
      ["S2", "Dokumen tersedia", "Dokumen", "Tersedia", "Belum"],
    ]),
    { tahun: 2024 }
  );
  const h = compute(m);

  it("are read as qualitative, never as errors or 0", () => {
    expect(m.findings.filter((f) => f.cell?.sheet === "IKU")).toEqual([]);
    expect(m.kualitatif.map((k) => k.nama.value)).toEqual([
      "Opini BPK",
      "Nilai SAKIP",
      "Dokumen tersedia",
    ]);
    expect(m.indikator).toHaveLength(1);
    expect(m.sasaran.map((s) => [s.indikator, s.kualitatif])).toEqual([
      [[0], [0, 1]],
      [[], [2]],
    ]);
  });

  it("get a predikat on their scale and are counted in the predikat table only", () => {
    expect(h.kualitatif.map((k) => k.predikat)).toEqual([
      "Tercapai",
      "Melebihi target",
      "Tidak tercapai",
    ]);
    expect(Object.fromEntries(h.perPredikat.map((b) => [b.label, b.jumlah]))).toEqual({
      "Melebihi target": 2,
      Tercapai: 1,
      "Tidak tercapai": 1,
    });
    expect(h.perKategori.reduce((n, b) => n + b.jumlah, 0)).toBe(1);
    expect(h.rataRata?.capaian.eq(125)).toBe(true);
  });

  it("a sasaran of only qualitative indicators has no numeric capaian and says why", () => {
    expect(h.sasaran[1].capaian).toBeNull();
    const e = h.sasaran[1].efisiensi;
    expect(!e.dihitung && coreText(e.reason)).toMatch(/kualitatif/);
  });
});

/** A computed efisiensi, failing the test when it is "not computable". */
function dihitung(e: EfisiensiSasaran | undefined) {
  if (!e?.dihitung) throw new Error(`efisiensi not computed: ${JSON.stringify(e)}`);
  return e;
}

describe("budgets per indicator (src/core/README.md §6)", () => {
  const iku = [
    ["Sasaran", "Indikator", "Target", "Realisasi"],
    ["S1", "a", 100, 120],
    ["S1", "b", 100, 80],
  ];
  const ang = (rows: RawCell[][]) =>
    compute(
      readModel(
        workbook(iku, [
          ["Sasaran", "Indikator", "Program", "Kegiatan", "Pagu", "Realisasi"],
          ...rows,
        ]),
        { tahun: 2024 }
      )
    );

  it("each indicator is its own PMK term; the sasaran is their Σ", () => {
    const h = ang([
      [1, "a", "P", "K1", 1000, 900],
      [1, "b", "P", "K2", 3000, 2700],
    ]);
    const [a, b] = h.sasaran[0].indikator;
    expect(h.sasaran[0].perIndikator).toBe(true);
    const ea = dihitung(a.anggaran?.efisiensi);
    // a: (1000 × 1,2 − 900) / 1200 = 25 % → bounded 20; b: (2400 − 2700) / 2400 = −12,5 %.
    expect(ea.mentah.eq(25)).toBe(true);
    expect(ea.nilai.eq(20)).toBe(true);
    expect(dihitung(b.anggaran?.efisiensi).nilai.eq("-12.5")).toBe(true);
    // Σ: (1200 + 2400 − 3600) / 3600 = 0.
    expect(dihitung(h.sasaran[0].efisiensi).nilai.eq(0)).toBe(true);
    expect(a.anggaran?.serapan?.eq(90)).toBe(true);
  });

  it("a line naming no indicator joins the sasaran's Σ with the sasaran's capaian", () => {
    const h = ang([
      [1, "a", "P", "K1", 1000, 900],
      [1, null, "P", "K2", 1000, 1000],
    ]);
    // Terms: 1000 × 1,2 − 900 and 1000 × 1,0 (sasaran mean 100) − 1000 → 300 / 2200.
    expect(dihitung(h.sasaran[0].efisiensi).mentah.toFixed(2)).toBe("13.64");
    expect(h.sasaran[0].indikator[1].anggaran).toBeNull();
  });

  it("without any Indikator link, one term with the sasaran's capaian, as before", () => {
    const h = ang([[1, null, "P", "K1", 1000, 900]]);
    expect(h.sasaran[0].perIndikator).toBe(false);
    expect(dihitung(h.sasaran[0].efisiensi).mentah.eq(10)).toBe(true);
  });
});

describe("Tabel 6 Keterangan by arah (TABLES.md)", () => {
  it("a rise is Membaik for naik and Memburuk for turun; no change is Tetap", () => {
    const h = compute(
      readModel(
        workbook([
          ["Sasaran", "Indikator", "Arah", "Target", "Realisasi", "Realisasi 2023"],
          ["S", "a", "naik", 10, 12, 11],
          ["S", "kemiskinan", "turun", 5, 5.1, 5.02],
          ["S", "c", "turun", 5, 4, 4.5],
          ["S", "d", "naik", 5, 4, 4],
        ]),
        { tahun: 2024 }
      )
    );
    expect(h.indikator.map((i) => i.perubahan?.keterangan)).toEqual([
      "Membaik",
      "Memburuk",
      "Membaik",
      "Tetap",
    ]);
  });
});
