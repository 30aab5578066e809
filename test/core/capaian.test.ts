import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixture from "../fixtures/lkip-dinsos-batola-2024.json";
import { capaian, capaianError, parseArah } from "../../src/core/capaian";
import type { LkipError } from "../../src/core/errors";
import { toDecimal } from "../../src/core/numbers";
import { bulatkan, type Pembulatan } from "../../src/core/rounding";
import { D, expectDec, expectLkip } from "./helpers";

const MODES: Pembulatan[] = ["ROUND", "TRUNC"];

describe("capaian — the sample report (fixture)", () => {
  for (const iku of fixture.iku) {
    const c = capaian(D(iku.target), D(iku.realisasi), parseArah(iku.arah));

    it(`IKU ${iku.no}: exact value starts with ${iku.expected.capaian_exact_prefix}`, () => {
      expect(c.toFixed()).toMatch(
        new RegExp(`^${iku.expected.capaian_exact_prefix.replace(".", "\\.")}`)
      );
    });

    for (const mode of MODES) {
      it(`IKU ${iku.no}: ${mode} → ${iku.expected.capaian[mode]}`, () => {
        expectDec(bulatkan(c, mode), iku.expected.capaian[mode]);
      });
    }
  }

  it("IKU 1: capaian against the Renstra target", () => {
    const iku = fixture.iku[0];
    for (const mode of MODES) {
      expectDec(
        bulatkan(capaian(D(iku.target_renstra), D(iku.realisasi)), mode),
        iku.expected.capaian_terhadap_renstra!
      );
    }
  });

  it("realisasi recomputed from its components (pembilang / penyebut × 100)", () => {
    for (const iku of fixture.iku) {
      if (!iku.realisasi_komponen || !iku.expected.realisasi_check) continue;
      const r = capaian(D(iku.realisasi_komponen.penyebut), D(iku.realisasi_komponen.pembilang));
      for (const mode of MODES) expectDec(bulatkan(r, mode), iku.expected.realisasi_check);
    }
  });
});

describe("capaian — arah", () => {
  it("naik = realisasi / target × 100", () => {
    expectDec(capaian(D(80), D(100)), "125");
    expectDec(capaian(D(80), D(100), "naik"), "125");
  });

  it("turun = (2 × target − realisasi) / target × 100; LKj Prov. Lampung 2015: T 32, R 4,88 → 184,75", () => {
    expectDec(
      capaian(toDecimal("32", "target"), toDecimal("4,88", "realisasi"), "turun"),
      "184.75"
    );
    expectDec(capaian(D(10), D(10), "turun"), "100");
    expectDec(capaian(D(10), D(12), "turun"), "80");
  });

  it("no cap and no floor", () => {
    expectDec(capaian(D(10), D(35), "turun"), "-150");
    expectDec(capaian(D(1), D(5)), "500");
    expectDec(capaian(D(5), D(-1)), "-20");
  });

  it("is exact: 1/3 keeps 50 significant digits", () => {
    expect(capaian(D(3), D(1)).toString()).toBe(`33.${"3".repeat(48)}`);
  });

  it("fractions and percent points give the same ratio", () => {
    expectDec(capaian(D("0.6902"), D("0.9271")), capaian(D("69.02"), D("92.71")).toString());
  });
});

describe("capaian — errors (src/core/README.md §8)", () => {
  it("target 0 → #DIV/0!", () => {
    expectLkip(() => capaian(D(0), D(5)), "#DIV/0!");
    expectLkip(() => capaian(D(0), D(5), "turun"), "#DIV/0!");
  });
  it("target < 0 → #VALUE! with a message", () => {
    expectLkip(() => capaian(D(-5), D(5)), "#VALUE!", /target negatif/);
  });
});

describe("parseArah", () => {
  it.each([
    [null, "naik"],
    ["", "naik"],
    ["   ", "naik"],
    [undefined, "naik"],
    ["naik", "naik"],
    ["NAIK", "naik"],
    [" Positif ", "naik"],
    ["1", "naik"],
    [1, "naik"],
    ["turun", "turun"],
    ["Turun", "turun"],
    ["NEGATIF", "turun"],
    ["-1", "turun"],
    [-1, "turun"],
    [D(-1), "turun"],
  ] as const)("%j → %s", (v, arah) => expect(parseArah(v)).toBe(arah));

  it.each(["naik turun", "up", 0, 2, "2", true, false])(
    "%j → #VALUE! listing the accepted values",
    (v) => {
      expectLkip(() => parseArah(v), "#VALUE!", /naik.*positif.*turun.*negatif/);
    }
  );

  it("passes an Excel error through", () => {
    expectLkip(() => parseArah({ error: "#NAME?" }), "#NAME?");
  });
});

describe("capaian — properties", () => {
  const pos = fc.bigInt({ min: 1n, max: 10n ** 12n }).map((k) => D(k.toString()).div(100));
  const any = fc
    .bigInt({ min: -(10n ** 12n), max: 10n ** 12n })
    .map((k) => D(k.toString()).div(100));

  it("naik is non-decreasing in realisasi, turun non-increasing", () => {
    fc.assert(
      fc.property(pos, any, any, (t, a, b) => {
        const [lo, hi] = a.lte(b) ? [a, b] : [b, a];
        return (
          capaian(t, lo, "naik").lte(capaian(t, hi, "naik")) &&
          capaian(t, lo, "turun").gte(capaian(t, hi, "turun"))
        );
      })
    );
  });

  it("realisasi = target gives 100 either way, and naik + turun = 200", () => {
    fc.assert(
      fc.property(pos, any, (t, r) => {
        const sum = capaian(t, r, "naik").plus(capaian(t, r, "turun"));
        return (
          capaian(t, t, "naik").eq(100) &&
          capaian(t, t, "turun").eq(100) &&
          sum.minus(200).abs().lt("1e-40")
        );
      })
    );
  });
});

describe("capaianError — what capaian would throw, without its division when it cannot overflow", () => {
  const outcome = (t: string, r: string, arah: "naik" | "turun") => {
    try {
      capaian(D(t), D(r), arah);
      return null;
    } catch (e) {
      return { code: (e as LkipError).code, kode: (e as LkipError).reason.kode };
    }
  };
  const of = (t: string, r: string, arah: "naik" | "turun") => {
    const e = capaianError(D(t), D(r), arah);
    return e === null ? null : { code: e.code, kode: e.reason.kode };
  };

  it("agrees with capaian at zero, negative targets and at the edge of a double's range", () => {
    const cases: [string, string][] = [
      ["0", "5"],
      ["-3", "5"],
      ["1e-300", "1e10"], // quotient 1e312: #NUM!
      ["1e-300", "1e5"], // 1e307: fits
      ["1e-300", "1.79e6"], // 1.79e308: fits, exponent 308 + 3 − (−300) > 308 → divided
      ["1e-300", "1.8e6"], // 1.8e308: over
      ["1e-320", "0"],
      ["1e300", "1e300"],
      ["7", "-1e305"],
      ["100", "95"],
    ];
    for (const [t, r] of cases)
      for (const arah of ["naik", "turun"] as const)
        expect(of(t, r, arah)).toEqual(outcome(t, r, arah));
    expect(of("1e-300", "1e10", "naik")).toEqual({ code: "#NUM!", kode: "TERLALU_BESAR" });
  });

  it("agrees with capaian on any target and realisasi, whatever their exponents", () => {
    const dec = fc
      .tuple(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: -330, max: 330 }))
      .map(([m, e]) => `${m}e${e}`);
    fc.assert(
      fc.property(dec, dec, fc.constantFrom("naik" as const, "turun" as const), (t, r, arah) => {
        expect(of(t, r, arah)).toEqual(outcome(t, r, arah));
      }),
      { numRuns: 2000 }
    );
  });
});
