import "./custom-functions-global";
import { describe, expect, it } from "vitest";
import Decimal from "decimal.js";
import { associated, CustomFunctionsError } from "./custom-functions-global";
import * as fns from "../../src/functions/functions";
import { readSettings } from "../../src/report/model/settings";
import fixture from "../fixtures/lkip-dinsos-batola-2024.json";
import golden from "./functions.golden.json";
import { invokeLikeExcel } from "../host/custom-functions";

const goldenFlags = {
  allowErrorForDataTypeAny: (golden as { allowErrorForDataTypeAny?: boolean })
    .allowErrorForDataTypeAny,
  allowCustomDataForDataTypeAny: golden.allowCustomDataForDataTypeAny,
};

const [iku1, iku2, iku3] = fixture.iku;
/** Excel passes an omitted optional parameter as null (the TypeScript signature says undefined). */
const OMITTED = null as never;

function errorOf(f: () => unknown): CustomFunctionsError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctionsError);
    return e as CustomFunctionsError;
  }
  throw new Error("expected an Excel error");
}

/** Two decimals half away from zero, done independently of src/core. */
function round2(x: number): string {
  return new Decimal(String(x)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

describe("importing the functions", () => {
  it("associates nothing by itself (the build appends the associate calls)", () => {
    expect(associated.size).toBe(0);
  });
});

describe("CAPAIAN", () => {
  it("gives the README example =LKIP.CAPAIAN(69,02; 92,71) → 134,32", () => {
    const [[v]] = fns.capaian([["69,02"]], [["92,71"]], OMITTED);
    expect(round2(v)).toBe(iku1.expected.capaian.ROUND);
    expect(String(v).startsWith(iku1.expected.capaian_exact_prefix.slice(0, 12))).toBe(true);
  });

  it("spills one capaian per row for a range, with the fixture's exact values", () => {
    const out = fns.capaian(
      fixture.iku.map((i) => [Number(i.target)]),
      fixture.iku.map((i) => [Number(i.realisasi)]),
      OMITTED
    );
    expect(out).toHaveLength(3);
    out.forEach(([v], k) => expect(round2(v)).toBe(fixture.iku[k].expected.capaian.ROUND));
  });

  it("takes arah turun, broadcast or per row", () => {
    // Lampung 2015: T 32, R 4,88 → 184,75 (src/core/README.md §2)
    expect(round2(fns.capaian([[32]], [[4.88]], [["turun"]])[0][0])).toBe("184.75");
    const rows = fns.capaian([[32], [32]], [[4.88], [4.88]], [["naik"], ["negatif"]]);
    expect(round2(rows[0][0])).toBe("15.25");
    expect(round2(rows[1][0])).toBe("184.75");
  });

  it("puts an error in the cell that is wrong and computes the others", () => {
    const out = fns.capaian(
      [[69.02], [null], ["1.2.3,4"], [0], [-5]],
      [[92.71], [1], [1], [1], [1]],
      OMITTED
    );
    expect(round2(out[0][0])).toBe("134.32");
    expect(out[1][0]).toMatchObject({ code: "#N/A" });
    expect(out[1][0].message).toMatch(/target kosong/);
    expect(out[2][0]).toMatchObject({ code: "#VALUE!" });
    expect(out[2][0].message).toMatch(/target/);
    expect(out[3][0]).toMatchObject({ code: "#DIV/0!" });
    expect(out[4][0]).toMatchObject({ code: "#VALUE!" });
  });

  it("treats a blank string like a blank cell, never as 0", () => {
    const [[v]] = fns.capaian([[69.02]], [[""]], OMITTED);
    expect(v).toMatchObject({ code: "#N/A" });
  });

  it("rejects ranges of different shapes with #VALUE! naming both", () => {
    const e = errorOf(() => fns.capaian([[1], [2]], [[1], [2], [3]], OMITTED));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/realisasi/);
  });

  it("rejects an unknown arah with #VALUE!", () => {
    const [[v]] = fns.capaian([[1]], [[1]], [["ke atas"]]);
    expect(v).toMatchObject({ code: "#VALUE!" });
  });

  it("passes an Excel error in an input through, #REF! as #VALUE! (not a valid output)", () => {
    const [[v]] = fns.capaian([[new CustomFunctionsError("#DIV/0!")]], [[1]], OMITTED);
    expect(v).toMatchObject({ code: "#DIV/0!" });
    const [[r]] = fns.capaian([[new CustomFunctionsError("#REF!")]], [[1]], OMITTED);
    expect(r).toMatchObject({ code: "#VALUE!", message: "target: sel berisi galat #REF!" });
  });
});

describe("PREDIKAT", () => {
  it('gives the README example =LKIP.PREDIKAT(71,91; "sakip") → BB', () => {
    expect(fns.predikat([["71,91"]], [["sakip"]])).toEqual([[iku3.printed.predikat_sakip]]);
  });

  it("uses kategori by default and labels a range", () => {
    const nilai = fixture.iku.map((i) => [Number(i.expected.capaian.ROUND)]);
    expect(fns.predikat(nilai, OMITTED)).toEqual(
      fixture.iku.map((i) => [i.expected.kategori_permendagri54])
    );
    expect(fns.predikat(nilai, [["target"]])).toEqual(
      fixture.iku.map((i) => [i.expected.predikat])
    );
    expect(fns.predikat(nilai, [["permendagri86"]])).toEqual(
      fixture.iku.map((i) => [i.expected.kategori_permendagri86])
    );
  });

  it("rounds before banding: 89,995 is shown as 90,00 and is Sangat baik", () => {
    expect(fns.predikat([[89.995]], OMITTED)).toEqual([["Sangat baik"]]);
    expect(fns.predikat([[89.994]], OMITTED)).toEqual([["Baik"]]);
  });

  it("accepts a 2-column scale range in any order", () => {
    const skala = [
      [0, "Rendah"],
      [80, "Tinggi"],
      [50, "Sedang"],
    ];
    expect(fns.predikat([[79.99], [80], [10]], skala)).toEqual([
      ["Sedang"],
      ["Tinggi"],
      ["Rendah"],
    ]);
  });

  it("rejects an unknown skala", () => {
    expect(errorOf(() => fns.predikat([[1]], [["bintang"]])).code).toBe("#VALUE!");
  });

  it("gives #N/A for a blank nilai", () => {
    expect(fns.predikat([[null]], OMITTED)[0][0]).toMatchObject({ code: "#N/A" });
  });
});

describe("EFISIENSI", () => {
  it("gives the README example =LKIP.EFISIENSI(2142720865; 134,32; 2113252231) → 20", () => {
    const c = iku1.expected.efisiensi_fungsi_contoh!;
    expect(
      fns.efisiensi(
        [[Number(iku1.pagu)]],
        [["134,32"]],
        [[Number(iku1.realisasi_anggaran)]],
        OMITTED
      )
    ).toBe(Number(c.hasil));
  });

  it("caps capaian at 100 with batasi TRUE", () => {
    const c = iku3.expected.efisiensi_fungsi_contoh!;
    const v = fns.efisiensi(
      [[Number(iku3.pagu)]],
      [[100.06]],
      [[Number(iku3.realisasi_anggaran)]],
      true
    );
    expect(String(v).startsWith(c.hasil_prefix ?? "missing")).toBe(true);
  });

  it("sums ranges (Σ form) over the three sasaran", () => {
    const mode = "ROUND";
    const v = fns.efisiensi(
      fixture.iku.map((i) => [Number(i.pagu)]),
      fixture.iku.map((i) => [Number(i.expected.capaian[mode])]),
      fixture.iku.map((i) => [Number(i.realisasi_anggaran)]),
      false
    );
    const expected =
      fixture.total_iku.expected.efisiensi_tiga_sasaran_sekaligus[mode].tanpa_batas_capaian;
    expect(new Decimal(String(v)).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4)).toBe(
      expected
    );
  });

  it("accepts Ya/Tidak for batasi and rejects other words", () => {
    const args: [number[][], number[][], number[][]] = [
      [[Number(iku3.pagu)]],
      [[100.06]],
      [[Number(iku3.realisasi_anggaran)]],
    ];
    expect(fns.efisiensi(...args, "Ya")).toBe(fns.efisiensi(...args, true));
    expect(errorOf(() => fns.efisiensi(...args, "mungkin")).code).toBe("#VALUE!");
  });

  it("accepts for batasi exactly the words LKIP_INFO's Batasi Capaian Efisiensi accepts", () => {
    const args: [number[][], number[][], number[][]] = [
      [[Number(iku3.pagu)]],
      [[100.06]],
      [[Number(iku3.realisasi_anggaran)]],
    ];
    const setting = (w: string) =>
      readSettings({
        source: "LKIP_INFO",
        kind: "name",
        sheet: "Info",
        row: 0,
        col: 0,
        values: [["Batasi Capaian Efisiensi", w]],
      });
    for (const w of ["Ya", "y", "Yes", "BENAR", "1", "Tidak", "T", "no", "salah", "0", "mungkin"]) {
      const s = setting(w);
      if (s.findings.length > 0)
        expect(errorOf(() => fns.efisiensi(...args, w)).code, w).toBe("#VALUE!");
      else
        expect(fns.efisiensi(...args, w), w).toBe(fns.efisiensi(...args, s.settings.batasiCapaian));
    }
  });

  it("gives #DIV/0! when Σ pagu × capaian is 0", () => {
    expect(errorOf(() => fns.efisiensi([[0]], [[100]], [[5]], OMITTED)).code).toBe("#DIV/0!");
  });

  it("gives #N/A for a blank and #VALUE! for shapes that differ", () => {
    expect(errorOf(() => fns.efisiensi([[1]], [[null]], [[1]], OMITTED)).code).toBe("#N/A");
    expect(errorOf(() => fns.efisiensi([[1], [2]], [[1]], [[1], [2], [3]], OMITTED)).code).toBe(
      "#VALUE!"
    );
  });
});

describe("SERAPAN", () => {
  it("is Σ realisasi / Σ pagu, not a mean of percentages", () => {
    const v = fns.serapan(
      [[Number(fixture.belanja.total_pagu)]],
      [[Number(fixture.belanja.total_realisasi)]]
    );
    expect(round2(v)).toBe(fixture.belanja.expected_serapan);
    const pagu = fixture.iku.map((i) => [Number(i.pagu)]);
    const real = fixture.iku.map((i) => [Number(i.realisasi_anggaran)]);
    const sumP = fixture.iku.reduce((s, i) => s.plus(i.pagu), new Decimal(0));
    const sumR = fixture.iku.reduce((s, i) => s.plus(i.realisasi_anggaran), new Decimal(0));
    expect(round2(fns.serapan(pagu, real))).toBe(
      sumR.div(sumP).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)
    );
  });

  it("reads Rupiah text and gives #DIV/0! for a zero pagu", () => {
    expect(round2(fns.serapan([["Rp 1.227.826.990"]], [["1.090.111.598,00"]]))).toBe(
      iku2.expected.serapan.ROUND
    );
    expect(errorOf(() => fns.serapan([[0]], [[1]])).code).toBe("#DIV/0!");
  });
});

describe("TERBILANG", () => {
  it('gives the README example =LKIP.TERBILANG(8069859523; "Rupiah")', () => {
    expect(fns.terbilang(8069859523, "Rupiah")).toBe(fixture.belanja.terbilang_total_pagu);
  });

  it("gives Nol, and #N/A for a blank", () => {
    expect(fns.terbilang(0, OMITTED)).toBe("Nol");
    expect(errorOf(() => fns.terbilang(null, OMITTED)).code).toBe("#N/A");
    expect(errorOf(() => fns.terbilang("abc", OMITTED)).code).toBe("#VALUE!");
  });
});

// Issue 10: what Excel really sends, called the way Excel calls (test/host/custom-functions.ts)
// with the flags of the functions.json the build ships.
describe("as Excel calls them, with the shipped functions.json", () => {
  const meta = goldenFlags;
  const rt = (globalThis as unknown as { CustomFunctions: Parameters<typeof invokeLikeExcel>[0] })
    .CustomFunctions;

  it("gives one error per cell for an error input, and still computes the other rows", () => {
    const target = [[80], [{ error: "#DIV/0!" }], [50]];
    const realisasi = [[40], [10], [50]];
    const out = invokeLikeExcel(rt, meta, fns.capaian, [target, realisasi, null]) as unknown[][];
    expect(Array.isArray(out)).toBe(true);
    expect(out[0][0]).toBe(50);
    expect(out[1][0]).toMatchObject({ code: "#DIV/0!" });
    expect(out[2][0]).toBe(100);
  });

  it("answers an input's #REF! with #VALUE! and a message (#REF! is no valid output)", () => {
    const out = invokeLikeExcel(rt, meta, fns.capaian, [[[{ error: "#REF!" }]], [[5]], null]);
    const cell = (out as unknown[][])[0][0] as CustomFunctionsError;
    expect(cell.code).toBe("#VALUE!");
    expect(cell.message).toMatch(/target.*#REF!/);
  });

  it("unwraps data-type cells to their basic value ({type: Double, basicValue: 90})", () => {
    const t = [[{ type: "Double", basicValue: 90, numberFormat: "0.00" }]];
    const out = invokeLikeExcel(rt, meta, fns.capaian, [t, [[45]], null]) as unknown[][];
    expect(out[0][0]).toBe(50);
    expect(
      invokeLikeExcel(rt, meta, fns.predikat, [[[{ type: "Double", basicValue: 92.71 }]], null])
    ).toEqual([["Sangat baik"]]);
    const err = invokeLikeExcel(rt, { ...meta }, fns.serapan, [
      [[{ type: "Error", basicValue: "#N/A" }]],
      [[1]],
    ]);
    expect(err).toMatchObject({ code: "#N/A" });
  });

  it("reads a blank as blank (#N/A with a message), never as 0, where Excel sends null", () => {
    const out = invokeLikeExcel(rt, meta, fns.capaian, [[[80]], [[null]], null]) as unknown[][];
    expect(out[0][0]).toMatchObject({ code: "#N/A" });
  });
});
