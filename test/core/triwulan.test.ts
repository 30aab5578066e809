/** RULES §14: quarterly figures s.d. TW n by jenis; a blank quarter is never 0. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  Decimal,
  capaian,
  capaianTriwulan,
  parseJenis,
  sampaiTriwulan,
  serapanTriwulan,
  triwulanTerakhir,
  type JenisTriwulan,
} from "../../src/core";
import { D, expectDec, expectLkip } from "./helpers";

/** A quarter: blank, or a value with up to two decimals (as officers type them). */
const quarter = fc.option(
  fc.integer({ min: -1_000_000, max: 10_000_000 }).map((n) => new Decimal(n).div(100)),
  { nil: null }
);
const quarters = fc.array(quarter, { minLength: 4, maxLength: 4 });
const jenis = fc.constantFrom<JenisTriwulan>("kumulatif", "akhir", "rata-rata");

describe("sampaiTriwulan (§14)", () => {
  it("kumulatif s.d. TW IV is the sum of the quarters that have a value", () => {
    fc.assert(
      fc.property(quarters, (qs) => {
        const got = sampaiTriwulan(qs, "kumulatif", 4);
        const filled = qs.filter((q): q is Decimal => q !== null);
        if (filled.length === 0) return got === null;
        return got !== null && got.nilai.eq(filled.reduce((a, b) => a.plus(b), new Decimal(0)));
      })
    );
  });

  it("akhir is the last value up to n", () => {
    fc.assert(
      fc.property(quarters, fc.integer({ min: 1, max: 4 }), (qs, n) => {
        const got = sampaiTriwulan(qs, "akhir", n);
        const upto = qs.slice(0, n);
        const lastIndex = upto.map((q) => q !== null).lastIndexOf(true);
        if (lastIndex < 0) return got === null;
        return got !== null && got.nilai.eq(upto[lastIndex]!) && got.triwulan === lastIndex + 1;
      })
    );
  });

  it("rata-rata is the mean of the quarters with a value", () => {
    fc.assert(
      fc.property(quarters, (qs) => {
        const got = sampaiTriwulan(qs, "rata-rata");
        const filled = qs.filter((q): q is Decimal => q !== null);
        if (filled.length === 0) return got === null;
        const mean = filled.reduce((a, b) => a.plus(b), new Decimal(0)).div(filled.length);
        return got !== null && got.nilai.eq(mean) && got.terisi === filled.length;
      })
    );
  });

  it("a blank quarter changes nothing (it is not read as 0)", () => {
    fc.assert(
      fc.property(quarters, jenis, fc.integer({ min: 0, max: 3 }), (qs, j, at) => {
        // Removing a quarter's value (blank) gives the same figure as leaving that quarter out.
        const blanked = qs.map((q, i) => (i === at ? null : q));
        const without = qs.filter((_, i) => i !== at);
        const a = sampaiTriwulan(blanked, j, 4);
        const b = sampaiTriwulan(without, j, 3);
        if (a === null || b === null) return a === null && b === null;
        return a.nilai.eq(b.nilai) && a.terisi === b.terisi;
      })
    );
  });

  it("a blank quarter differs from a typed 0 for rata-rata and akhir", () => {
    expectDec(sampaiTriwulan([D(80), null, null, null], "rata-rata")!.nilai, 80);
    expectDec(sampaiTriwulan([D(80), D(0), null, null], "rata-rata")!.nilai, 40);
    expectDec(sampaiTriwulan([D(80), null, null, null], "akhir", 3)!.nilai, 80);
    expect(sampaiTriwulan([D(80), null, null, null], "akhir", 3)!.triwulan).toBe(1);
  });

  it("nothing up to n → null, never 0", () => {
    expect(sampaiTriwulan([null, null, D(5), null], "kumulatif", 2)).toBeNull();
  });

  it("n outside 1..4 is an error", () => {
    expectLkip(() => sampaiTriwulan([D(1)], "akhir", 0), "#VALUE!");
  });
});

describe("parseJenis", () => {
  it("reads the three jenis and their common spellings; blank is null", () => {
    expect(parseJenis("Kumulatif")).toBe("kumulatif");
    expect(parseJenis(" akhir ")).toBe("akhir");
    expect(parseJenis("Rata-rata")).toBe("rata-rata");
    expect(parseJenis("rata rata")).toBe("rata-rata");
    expect(parseJenis("")).toBeNull();
    expect(parseJenis(null)).toBeNull();
  });

  it("unknown words are #VALUE! naming what was found", () => {
    expectLkip(() => parseJenis("tren"), "#VALUE!", /tren/);
    expectLkip(() => parseJenis({ error: "#REF!" }), "#REF!");
  });
});

describe("capaianTriwulan", () => {
  it("against the target s.d. TW n when quarterly targets exist", () => {
    fc.assert(
      fc.property(quarters, quarters, jenis, fc.integer({ min: 1, max: 4 }), (r, t, j, n) => {
        const target = t.map((q) => (q === null ? null : q.abs().plus(1)));
        const got = capaianTriwulan({
          realisasi: r,
          targetTriwulan: target,
          jenis: j,
          arah: "naik",
          n,
        });
        const rs = sampaiTriwulan(r, j, n);
        const ts = sampaiTriwulan(target, j, n);
        if (rs === null || ts === null) return got === null;
        return (
          got !== null && got.dasar === "triwulan" && got.capaian.eq(capaian(ts.nilai, rs.nilai))
        );
      })
    );
  });

  it("without quarterly targets, against the annual target, named so", () => {
    const got = capaianTriwulan({
      realisasi: [D(10), D(20), null, null],
      targetTahunan: D(120),
      jenis: "kumulatif",
      arah: "naik",
      n: 2,
    });
    expect(got!.dasar).toBe("tahunan");
    expectDec(got!.capaian, new Decimal(30).times(100).div(120).toString());
  });

  it("arah turun follows §2", () => {
    const got = capaianTriwulan({
      realisasi: [D(12), D(10), null, null],
      targetTriwulan: [D(14), D(12), D(11), D(10)],
      jenis: "akhir",
      arah: "turun",
      n: 2,
    });
    expectDec(got!.capaian, capaian(D(12), D(10), "turun").toString());
  });
});

describe("serapanTriwulan", () => {
  it("budget is always cumulative", () => {
    const got = serapanTriwulan(D(1000), [D(100), null, D(250), D(300)], 3);
    expectDec(got!.realisasi, 350);
    expectDec(got!.serapan, 35);
    expect(got!.triwulan).toBe(3);
  });
});

describe("triwulanTerakhir", () => {
  it("is the last quarter with any value across rows", () => {
    expect(
      triwulanTerakhir([
        [D(1), null, null, null],
        [null, D(2), null, null],
      ])
    ).toBe(2);
    expect(triwulanTerakhir([[null, null, null, null]])).toBeNull();
  });
});
