import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixture from "../fixtures/lkip-dinsos-batola-2024.json";
import { capaian, parseArah } from "../../src/core/capaian";
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
