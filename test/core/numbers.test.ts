import fc from "fast-check";
import DecimalJs from "decimal.js";
import { describe, expect, it } from "vitest";
import {
  Decimal,
  formatAngka,
  fromDouble,
  isBlank,
  parseAngka,
  toDecimal,
} from "../../src/core/numbers";
import { D, expectDec, expectLkip } from "./helpers";
import { angkaText, coreText } from "../../src/report/contract/core-reasons";

function parsed(text: string): { value: string; percent: boolean } {
  const p = parseAngka(text);
  if (!p.ok) throw new Error(`expected "${text}" to parse, got: ${angkaText(p.reason)}`);
  return { value: p.value.toString(), percent: p.percent };
}

describe("Decimal", () => {
  it("is a 50-digit clone that leaves the global decimal.js configuration alone", () => {
    expect(Decimal.precision).toBe(50);
    expect(DecimalJs.precision).toBe(20);
    expect(D(1).div(3).toString().replace("0.", "").length).toBe(50);
  });
});

describe("parseAngka — valid (src/core/README.md §0)", () => {
  it.each([
    ["69,02", "69.02"],
    ["1.227.826.990,00", "1227826990"],
    ["1.227.826.990", "1227826990"],
    ["1.234", "1234"],
    ["69.02", "69.02"],
    ["1.5", "1.5"],
    ["0.123", "0.123"], // a first group "0" is not thousands
    ["1234,5", "1234.5"],
    ["-5", "-5"],
    ["+5", "5"],
    ["\u22125", "-5"],
    [" 12 ", "12"],
    ["0", "0"],
    ["-0", "0"],
    [",5", "0.5"],
    [".5", "0.5"],
    ["007", "7"],
  ])("%j → %s", (text, value) => {
    expect(parsed(text)).toEqual({ value, percent: false });
  });

  it.each([
    ["Rp 1.227.826.990", "1227826990"],
    ["Rp1.227.826.990,00", "1227826990"],
    ["rp. 5.000", "5000"],
    ["RP 12,5", "12.5"],
    ["-Rp 5.000", "-5000"],
    ["Rp -5.000", "-5000"],
  ])("Rupiah %j → %s", (text, value) => {
    expect(parsed(text)).toEqual({ value, percent: false });
  });

  it.each([
    ["92,71%", "92.71"],
    ["92,71 %", "92.71"],
    ["100%", "100"],
    ["-0,5%", "-0.5"],
  ])("percent %j → %s percent points, flagged", (text, value) => {
    expect(parsed(text)).toEqual({ value, percent: true });
  });

  it.each([
    ["(1.000)", "-1000"],
    ["(1.227.826.990,00)", "-1227826990"],
    ["( 5,5 )", "-5.5"],
    ["(Rp 1.000)", "-1000"],
    ["(5%)", "-5"],
  ])("parentheses negative %j → %s", (text, value) => {
    expect(parsed(text).value).toBe(value);
  });
});

describe("parseAngka — malformed is an error with a reason, never 0", () => {
  it.each([
    ["1.2.3,4", /ribuan/],
    ["12,3,4", /koma/],
    ["abc", /karakter "a"/],
    ["1,5.3", /titik sesudah koma/],
    ["1.2.3", /titik lebih dari satu/],
    ["1.23.456", /titik lebih dari satu/],
    ["12,", /sesudah koma/],
    ["12.", /sesudah titik/],
    ["", /kosong/],
    ["Rp", /tidak ada angka/],
    ["%", /tidak ada angka/],
    ["(5", /kurung/],
    ["5)", /kurung/],
    ["--5", /minus ganda/],
    ["(-5)", /minus ganda/],
    ["1 000", /karakter " "/],
    ["1e5", /karakter "e"/],
    ["5-", /karakter "-"/],
    ["0x10", /karakter "x"/],
  ])("%j", (text, reason) => {
    const p = parseAngka(text);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(angkaText(p.reason)).toMatch(reason);
  });
});

describe("isBlank", () => {
  it.each([null, undefined, "", "  ", "\t\n"])("%j is blank", (v) => expect(isBlank(v)).toBe(true));
  it.each([0, "0", " x ", false, [], {}])("%j is not blank", (v) => expect(isBlank(v)).toBe(false));
});

describe("toDecimal", () => {
  it("reads a double at Excel's 15 significant digits (§0)", () => {
    expectDec(toDecimal(69.02, "target"), "69.02");
    expectDec(toDecimal(0.1 + 0.2, "x"), "0.3");
    expectDec(toDecimal(1 / 3, "x"), "0.333333333333333");
    expectDec(toDecimal(2 ** 60, "x"), "1152921504606850000");
    expectDec(toDecimal(-0, "x"), "0");
    expectDec(toDecimal(1e21, "x"), "1000000000000000000000");
    expectDec(toDecimal(5e-7, "x"), "0.0000005");
  });

  it("reads text in Indonesian and plain form", () => {
    expectDec(toDecimal("1.227.826.990,00", "pagu"), "1227826990");
    expectDec(toDecimal("69.02", "target"), "69.02");
    expectDec(toDecimal("92,71%", "capaian"), "92.71");
    expectDec(toDecimal("(1.000)", "x"), "-1000");
  });

  it("accepts a Decimal as it is", () => {
    expectDec(toDecimal(D("1.5"), "x"), "1.5");
    expectDec(toDecimal(new DecimalJs("2.5"), "x"), "2.5");
  });

  it.each([null, undefined, "", "  "])("blank %j → #N/A naming the argument", (v) => {
    const e = expectLkip(() => toDecimal(v, "realisasi"), "#N/A");
    expect(coreText(e.reason)).toBe("realisasi kosong: isi data realisasi");
  });

  it.each(["1.2.3,4", "12,3,4", "abc", "1,5.3"])(
    "malformed text %j → #VALUE! naming argument and text",
    (t) => {
      const e = expectLkip(() => toDecimal(t, "target"), "#VALUE!");
      expect(coreText(e.reason)).toContain("target");
      expect(coreText(e.reason)).toContain(`"${t}"`);
      expect(coreText(e.reason)).toContain("bukan angka yang sah");
    }
  );

  it.each([true, false])("boolean %j → #VALUE!", (b) => {
    expectLkip(() => toDecimal(b, "target"), "#VALUE!", /target/);
  });

  it.each([NaN, Infinity, -Infinity])("%j → #NUM!", (n) => {
    expectLkip(() => toDecimal(n, "x"), "#NUM!");
  });

  it.each([
    [{ error: "#REF!" }, "#REF!"],
    [{ code: "#DIV/0!" }, "#DIV/0!"],
    [{ errorCode: "#NAME?" }, "#NAME?"],
    ["#N/A", "#N/A"],
    ["#VALUE!", "#VALUE!"],
  ] as const)("Excel error %j passes through as %s", (v, code) => {
    expectLkip(() => toDecimal(v, "realisasi"), code);
  });

  it("other objects → #VALUE!", () => {
    expectLkip(() => toDecimal({}, "x"), "#VALUE!");
    expectLkip(() => toDecimal([1], "x"), "#VALUE!");
  });
});

describe("formatAngka", () => {
  it.each([
    ["1227826990", 2, "1.227.826.990,00"],
    ["134.32", 2, "134,32"],
    ["-20", 2, "-20,00"],
    ["0", 2, "0,00"],
    ["999", 2, "999,00"],
    ["1000", 0, "1.000"],
    ["-1234567.5", 1, "-1.234.567,5"],
    ["0.5", 4, "0,5000"],
    ["-0.001", 2, "0,00"], // never "-0,00"
    ["134.325", 2, "134,33"], // an excess digit shows as Excel's format would
  ] as const)("%s with %i places → %s", (v, places, text) => {
    expect(formatAngka(D(v), places)).toBe(text);
  });

  it("defaults to 2 places", () => {
    expect(formatAngka(D("5"))).toBe("5,00");
  });

  it("round-trips through parseAngka on the 2-decimal grid", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), (k) => {
        const v = D(k.toString()).div(100);
        const p = parseAngka(formatAngka(v));
        return p.ok && p.value.eq(v);
      })
    );
  });

  it("Indonesian and plain text of the same number parse alike", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: 1, max: 99 }),
        (int, frac) => {
          const plain = `${int}.${String(frac).padStart(2, "0")}`;
          const a = parseAngka(plain);
          const b = parseAngka(formatAngka(D(plain)));
          return a.ok && b.ok && a.value.eq(b.value);
        }
      )
    );
  });
});

describe("English thousands (issue 12: a money text in English format)", () => {
  it("is refused with a reason that says so and shows the Indonesian form", () => {
    const p = parseAngka("90,000,000");
    expect(p.ok).toBe(false);
    if (!p.ok) expect(angkaText(p.reason)).toContain("format Inggris");
    if (!p.ok) expect(angkaText(p.reason)).toContain("90.000.000");
    const q = parseAngka("1,227,826,990.50");
    expect(q.ok).toBe(false);
    if (!q.ok) expect(angkaText(q.reason)).toContain("1.227.826.990,50");
  });

  it("one comma is still the decimal mark (§0): 600,000 is 600", () => {
    const p = parseAngka("600,000");
    expect(p.ok && p.value.toString()).toBe("600");
  });
});

describe("fromDouble — a double at Excel's 15 significant digits", () => {
  const byPrecision = (v: number) => new Decimal(v.toPrecision(15));

  it("is the value toPrecision(15) gives, for every double", () => {
    const doubles = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
      fc.integer().map((n) => n * 1000.5),
      fc.constantFrom(0.1 + 0.2, 69.02, 1e15, 1e-7, 123456789012345, 1234567890123456, -0, 5e-324)
    );
    fc.assert(
      fc.property(doubles, (v) => {
        expect(fromDouble(v).eq(byPrecision(v))).toBe(true);
      }),
      { numRuns: 20000 }
    );
  });

  it("reads 0.1 + 0.2 as 0.3 and keeps 69.02", () => {
    expectDec(fromDouble(0.1 + 0.2), "0.3");
    expectDec(fromDouble(69.02), "69.02");
    expectDec(fromDouble(1234567890.12345), "1234567890.12345");
  });
});
