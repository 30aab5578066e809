import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixture from "../fixtures/lkip-dinsos-batola-2024.json";
import { jumlah, rataRata } from "../../src/core/aggregate";
import { capaian } from "../../src/core/capaian";
import { predikat, SKALA } from "../../src/core/predikat";
import { bulatkan, type Pembulatan } from "../../src/core/rounding";
import { D, expectDec, expectLkip } from "./helpers";

const MODES: Pembulatan[] = ["ROUND", "TRUNC"];
const expected = fixture.total_iku.expected;

/** The capaian column as the table prints it. */
const printedCapaian = (mode: Pembulatan) =>
  fixture.iku.map((iku) => bulatkan(capaian(D(iku.target), D(iku.realisasi)), mode));

describe("rata-rata — the sample report (fixture)", () => {
  for (const mode of MODES) {
    it(`${mode}: target ${expected.target_rata2[mode]}, realisasi ${expected.realisasi_rata2[mode]}`, () => {
      expectDec(
        bulatkan(rataRata(fixture.iku.map((i) => D(i.target))), mode),
        expected.target_rata2[mode]
      );
      expectDec(
        bulatkan(rataRata(fixture.iku.map((i) => D(i.realisasi))), mode),
        expected.realisasi_rata2[mode]
      );
    });

    it(`${mode}: capaian from the printed (rounded) capaian → ${expected.capaian_rata2_of_rounded[mode]}`, () => {
      expectDec(
        bulatkan(rataRata(printedCapaian(mode)), mode),
        expected.capaian_rata2_of_rounded[mode]
      );
    });
  }
});

describe("counts per band — from the printed capaian (fixture)", () => {
  const count = (labels: string[], all: string[]) =>
    Object.fromEntries(all.map((l) => [l, labels.filter((x) => x === l).length]));

  for (const mode of MODES) {
    it(mode, () => {
      const cs = printedCapaian(mode);
      expect(
        count(
          cs.map((c) => predikat(c, SKALA.target)),
          Object.keys(expected.count_by_predikat)
        )
      ).toEqual(expected.count_by_predikat);
      expect(
        count(
          cs.map((c) => predikat(c, SKALA.kategori)),
          Object.keys(expected.count_by_kategori_permendagri54)
        )
      ).toEqual(expected.count_by_kategori_permendagri54);
    });
  }
  it("the fixture's count keys are the labels of the scales", () => {
    expect(Object.keys(expected.count_by_predikat).sort()).toEqual(
      SKALA.target.bands.map((b) => b.label).sort()
    );
    expect(Object.keys(expected.count_by_kategori_permendagri54).sort()).toEqual(
      SKALA.kategori.bands.map((b) => b.label).sort()
    );
  });
});

describe("jumlah — money totals are exact sums (fixture)", () => {
  it("each program's pagu and realisasi are the sums of its sub-kegiatan/kegiatan", () => {
    for (const program of fixture.anggaran) {
      const lines = ("sub_kegiatan" in program ? program.sub_kegiatan : program.kegiatan) ?? [];
      expectDec(jumlah(lines.map((l) => D(l.pagu))), program.pagu);
      expectDec(jumlah(lines.map((l) => D(l.realisasi))), program.realisasi);
    }
  });
  it("the programs add up to the belanja totals, and so does the komposisi", () => {
    expectDec(jumlah(fixture.anggaran.map((a) => D(a.pagu))), fixture.belanja.total_pagu);
    expectDec(jumlah(fixture.anggaran.map((a) => D(a.realisasi))), fixture.belanja.total_realisasi);
    expectDec(
      jumlah(fixture.belanja.komposisi.map((k) => D(k.jumlah))),
      fixture.belanja.total_pagu
    );
  });
  it("of nothing is 0; no binary drift", () => {
    expectDec(jumlah([]), 0);
    expectDec(jumlah([D("0.1"), D("0.2")]), "0.3");
  });
});

describe("rataRata — rules", () => {
  it("Kab. Klungkung 2017: 94,68 and 105,56 → 100,12", () => {
    expectDec(rataRata([D("94.68"), D("105.56")]), "100.12");
  });
  it("weighted mean", () => {
    expectDec(rataRata([D(80), D(100)], [D(1), D(3)]), 95);
    expectDec(rataRata([D(80), D(100)], [D(0), D(2)]), 100);
  });
  it("is exact (caller rounds)", () => {
    expect(rataRata([D(1), D(0), D(0)]).toString()).toBe(`0.${"3".repeat(50)}`);
  });
  it("empty or Σ bobot = 0 → #DIV/0!; bobot of another length → #VALUE!", () => {
    expectLkip(() => rataRata([]), "#DIV/0!");
    expectLkip(() => rataRata([D(1), D(2)], [D(1), D(-1)]), "#DIV/0!");
    expectLkip(() => rataRata([D(1), D(2)], [D(1)]), "#VALUE!");
  });
  it("lies between min and max; equal weights give the plain mean", () => {
    const v = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((k) => D(k).div(100));
    fc.assert(
      fc.property(
        fc.array(v, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 50 }),
        (xs, w) => {
          const m = rataRata(xs);
          const min = xs.reduce((a, b) => (a.lt(b) ? a : b));
          const max = xs.reduce((a, b) => (a.gt(b) ? a : b));
          const weighted = rataRata(
            xs,
            xs.map(() => D(w))
          );
          return m.gte(min) && m.lte(max) && weighted.minus(m).abs().lt("1e-40");
        }
      )
    );
  });
});
