import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDecimal } from "../../src/core/numbers";
import { bulatkan, parsePembulatan } from "../../src/core/rounding";
import { D, expectDec, expectLkip } from "./helpers";

describe("bulatkan ROUND — Excel ROUND (half away from zero) on doubles read exactly", () => {
  it.each([
    [600.425, "600.43"],
    [-2.675, "-2.68"],
    [1.005, "1.01"],
    [2.675, "2.68"],
    [1.015, "1.02"],
    [0.125, "0.13"],
    [-0.125, "-0.13"],
    [0.124, "0.12"],
    [55.72519083969466, "55.73"],
    [100.06957973838016, "100.07"],
  ])("ROUND(%f; 2) = %s", (x, r) => {
    expectDec(bulatkan(toDecimal(x, "x"), "ROUND", 2), r);
  });

  it("defaults to ROUND with 2 places", () => {
    expectDec(bulatkan(toDecimal(600.425, "x")), "600.43");
  });

  it("other places, negative places as in ROUND(x; -2)", () => {
    expectDec(bulatkan(D("26.57475"), "ROUND", 4), "26.5748");
    expectDec(bulatkan(D("2.5"), "ROUND", 0), "3");
    expectDec(bulatkan(D("-2.5"), "ROUND", 0), "-3");
    expectDec(bulatkan(D("1250"), "ROUND", -2), "1300");
    expectDec(bulatkan(D("-1250"), "ROUND", -2), "-1300");
    expectDec(bulatkan(D("1299"), "TRUNC", -2), "1200");
  });
});

describe("bulatkan TRUNC — toward zero", () => {
  it.each([
    [4.35, "4.35"], // 4.35 × 100 is 434.99999999999994 in binary; decimal keeps it exact
    [1.005, "1"],
    [-2.679, "-2.67"],
    [2.679, "2.67"],
    [0.1 + 0.2, "0.3"],
    [55.72519083969466, "55.72"],
    [100.06957973838016, "100.06"],
    [-0.009, "0"],
  ])("TRUNC(%f; 2) = %s", (x, r) => {
    expectDec(bulatkan(toDecimal(x, "x"), "TRUNC", 2), r);
  });
});

describe("bulatkan — general properties", () => {
  const grid = fc
    .bigInt({ min: -(10n ** 12n), max: 10n ** 12n })
    .map((k) => D(k.toString()).div(1000));

  it("never gives a negative zero", () => {
    expect(bulatkan(D("-0.004")).isNegative()).toBe(false);
    expect(bulatkan(D("-0.001"), "TRUNC").isNegative()).toBe(false);
  });

  it("ROUND moves at most half a unit, TRUNC less than a unit and never away from zero", () => {
    fc.assert(
      fc.property(grid, (x) => {
        const r = bulatkan(x, "ROUND");
        const t = bulatkan(x, "TRUNC");
        return (
          r.minus(x).abs().lte("0.005") &&
          t.minus(x).abs().lt("0.01") &&
          t.abs().lte(x.abs()) &&
          r.decimalPlaces() <= 2 &&
          t.decimalPlaces() <= 2
        );
      })
    );
  });

  it("ROUND is symmetric about zero: ROUND(−x) = −ROUND(x)", () => {
    fc.assert(fc.property(grid, (x) => bulatkan(x.neg()).eq(bulatkan(x).neg())));
  });

  it("rejects a non-integer number of places", () => {
    expectLkip(() => bulatkan(D(1), "ROUND", 1.5), "#VALUE!");
  });
});

describe("parsePembulatan", () => {
  it.each([
    [null, "ROUND"],
    ["", "ROUND"],
    ["  ", "ROUND"],
    [undefined, "ROUND"],
    ["ROUND", "ROUND"],
    ["round", "ROUND"],
    [" Trunc ", "TRUNC"],
    ["TRUNC", "TRUNC"],
  ] as const)("%j → %s", (v, m) => expect(parsePembulatan(v)).toBe(m));

  it.each(["bulat", "ROUNDUP", 1, true])("%j → #VALUE! naming the accepted values", (v) => {
    expectLkip(() => parsePembulatan(v), "#VALUE!", /ROUND.*TRUNC/);
  });

  it("passes an Excel error through", () => {
    expectLkip(() => parsePembulatan({ error: "#REF!" }), "#REF!");
  });
});
