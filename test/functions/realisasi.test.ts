/** =LKIP.REALISASI (RULES §14): s.d. the last quarter with a value, by jenis, as Excel calls it. */
import "./custom-functions-global";
import { describe, expect, it } from "vitest";
import Decimal from "decimal.js";
import { CustomFunctionsError } from "./custom-functions-global";
import * as fns from "../../src/functions/functions";
import golden from "./functions.golden.json";
import { invokeLikeExcel } from "../host/custom-functions";

const OMITTED = null as never;
const meta = {
  allowErrorForDataTypeAny: (golden as { allowErrorForDataTypeAny?: boolean })
    .allowErrorForDataTypeAny,
  allowCustomDataForDataTypeAny: golden.allowCustomDataForDataTypeAny,
};
const rt = (globalThis as unknown as { CustomFunctions: Parameters<typeof invokeLikeExcel>[0] })
  .CustomFunctions;

function errorOf(f: () => unknown): CustomFunctionsError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctionsError);
    return e as CustomFunctionsError;
  }
  throw new Error("expected an Excel error");
}

const sum = (xs: string[]) => xs.reduce((a, b) => a.plus(b), new Decimal(0)).toNumber();

describe("REALISASI", () => {
  it("kumulatif sums the quarters of a row (text numbers read as §0)", () => {
    const row = [["1.250", 1300, "1.275,5", null]];
    expect(fns.realisasi(row, "kumulatif")).toBe(sum(["1250", "1300", "1275.5"]));
  });

  it("akhir (the default) is the last quarter with a value, a column works as a row", () => {
    const col = [[61.2], [63.4], [null], [""]];
    expect(fns.realisasi(col, OMITTED)).toBe(63.4);
    expect(fns.realisasi(col, "akhir")).toBe(63.4);
  });

  it("rata-rata is the mean of the quarters with a value: a blank is not 0", () => {
    expect(fns.realisasi([[80, null, 70, null]], "rata-rata")).toBe(
      new Decimal(80).plus(70).div(2).toNumber()
    );
  });

  it("all blank → #N/A with a message; unknown jenis and a 2-D range → #VALUE!", () => {
    const blank = errorOf(() => fns.realisasi([[null, "", null, null]], "kumulatif"));
    expect(blank.code).toBe("#N/A");
    expect(blank.message).toMatch(/nilai_tw kosong/);
    const jenis = errorOf(() => fns.realisasi([[1, 2]], "tren"));
    expect(jenis.code).toBe("#VALUE!");
    expect(jenis.message).toMatch(/tren/);
    const shape = errorOf(() =>
      fns.realisasi(
        [
          [1, 2],
          [3, 4],
        ],
        "akhir"
      )
    );
    expect(shape.code).toBe("#VALUE!");
    expect(errorOf(() => fns.realisasi([[1, 2, 3, 4, 5]], "akhir")).code).toBe("#VALUE!");
  });

  it("a bad text quarter is #VALUE! naming the quarter; an error cell passes on", () => {
    const e = errorOf(() => fns.realisasi([[1, "abc", 3, 4]], "kumulatif"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/triwulan 2/);
    expect(errorOf(() => fns.realisasi([[1, { error: "#DIV/0!" }]], "akhir")).code).toBe("#DIV/0!");
  });

  it('works inside =LKIP.CAPAIAN(target; LKIP.REALISASI(C2:F2; "kumulatif")), as Excel calls it', () => {
    const quarters = [[300, 250, null, null]];
    const inner = invokeLikeExcel(rt, meta, fns.realisasi, [quarters, "kumulatif"]);
    expect(inner).toBe(550);
    // Excel hands the inner result to the outer function as a single value.
    const out = invokeLikeExcel(rt, meta, fns.capaian, [[[1000]], inner, null]) as unknown[][];
    expect(out[0][0]).toBe(new Decimal(550).times(100).div(1000).toNumber());
    // A blank quarter row: the inner #N/A reaches CAPAIAN as an error input and stays #N/A.
    const none = invokeLikeExcel(rt, meta, fns.realisasi, [[[null, null]], "akhir"]);
    expect(none).toMatchObject({ code: "#N/A" });
    const outer = invokeLikeExcel(rt, meta, fns.capaian, [[[1000]], none, null]) as unknown[][];
    expect(outer[0][0]).toMatchObject({ code: "#N/A" });
  });
});
