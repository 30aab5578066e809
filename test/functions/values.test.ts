import "./custom-functions-global";
import { describe, expect, it } from "vitest";
import { CustomFunctionsError } from "./custom-functions-global";
import { LkipError, type ErrorCode } from "../../src/core";
import {
  asMatrix,
  at,
  call,
  cell,
  commonShape,
  decimals,
  eachCell,
  inPlace,
  isOmitted,
  shapeOf,
  toExcelError,
  toNumber,
} from "../../src/functions/values";
import { Decimal } from "../../src/core";

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

describe("asMatrix / shapeOf", () => {
  it("wraps a scalar as 1×1", () => {
    expect(asMatrix(5)).toEqual([[5]]);
    expect(asMatrix("a")).toEqual([["a"]]);
    expect(asMatrix(null)).toEqual([[null]]);
    expect(shapeOf(asMatrix(5))).toEqual([1, 1]);
  });

  it("reads a 1-D array as one value per row", () => {
    expect(asMatrix([1, 2, 3])).toEqual([[1], [2], [3]]);
    expect(shapeOf(asMatrix([1, 2, 3]))).toEqual([3, 1]);
  });

  it("keeps a 2-D array as it is", () => {
    const m = [
      [1, 2],
      [3, 4],
      [5, 6],
    ];
    expect(asMatrix(m)).toEqual(m);
    expect(shapeOf(asMatrix(m))).toEqual([3, 2]);
  });

  it("gives 0×0 for an empty array", () => {
    expect(shapeOf(asMatrix([]))).toEqual([0, 0]);
  });
});

describe("isOmitted", () => {
  it("is true for what Excel passes for an omitted parameter", () => {
    expect(isOmitted(null)).toBe(true);
    expect(isOmitted(undefined)).toBe(true);
    expect(isOmitted([[null]])).toBe(true);
    expect(isOmitted([[""]])).toBe(true);
    expect(isOmitted("")).toBe(true);
    expect(isOmitted([["  "]])).toBe(true);
  });

  it("is false for a given value, even zero or false, and for larger ranges", () => {
    expect(isOmitted(0)).toBe(false);
    expect(isOmitted(false)).toBe(false);
    expect(isOmitted("turun")).toBe(false);
    expect(isOmitted([[0]])).toBe(false);
    expect(isOmitted([["sakip"]])).toBe(false);
    expect(isOmitted([[null, null]])).toBe(false);
    expect(isOmitted([[null], [null]])).toBe(false);
  });
});

describe("commonShape / at", () => {
  const col = (n: number) => Array.from({ length: n }, (_, i) => [i]);

  it("gives the shape shared by all arguments", () => {
    expect(
      commonShape([
        { name: "target", m: col(3) },
        { name: "realisasi", m: col(3) },
      ])
    ).toEqual([3, 1]);
  });

  it("broadcasts 1×1 arguments, wherever they stand", () => {
    expect(
      commonShape([
        { name: "arah", m: [["turun"]] },
        { name: "target", m: col(4) },
        { name: "realisasi", m: col(4) },
      ])
    ).toEqual([4, 1]);
    expect(
      commonShape([
        { name: "a", m: [[1]] },
        { name: "b", m: [[2]] },
      ])
    ).toEqual([1, 1]);
  });

  it("rejects different shapes with #VALUE! naming both arguments and sizes", () => {
    const e = thrown(() =>
      commonShape([
        { name: "arah", m: [["naik"]] },
        { name: "target", m: col(3) },
        { name: "realisasi", m: col(2) },
      ])
    );
    expect(e).toBeInstanceOf(LkipError);
    const err = e as LkipError;
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toContain("target");
    expect(err.message).toContain("realisasi");
    expect(err.message).toContain("3×1");
    expect(err.message).toContain("2×1");
  });

  it("tells a row from a column of the same length", () => {
    const e = thrown(() =>
      commonShape([
        { name: "target", m: [[1, 2, 3]] },
        { name: "realisasi", m: col(3) },
      ])
    );
    expect((e as LkipError).code).toBe("#VALUE!");
  });

  it("at() reads a broadcast 1×1 anywhere, else the cell itself", () => {
    expect(at([["x"]], 5, 3)).toBe("x");
    expect(
      at(
        [
          [1, 2],
          [3, 4],
        ],
        1,
        0
      )
    ).toBe(3);
  });
});

describe("decimals", () => {
  it("reads every cell in row order, Indonesian numbers included", () => {
    const d = decimals(
      [
        [1, "2,5"],
        ["1.227.826.990", 0.1],
      ],
      "pagu"
    );
    expect(d.map((x) => x.toString())).toEqual(["1", "2.5", "1227826990", "0.1"]);
  });

  it("names the cell of a range that fails, by row and column", () => {
    const e = thrown(() =>
      decimals(
        [
          [1, 2],
          [3, "abc"],
        ],
        "pagu"
      )
    ) as LkipError;
    expect(e).toBeInstanceOf(LkipError);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("pagu (baris 2, kolom 2)");
  });

  it("names a blank cell of a range with #N/A", () => {
    const e = thrown(() => decimals([[1], [null]], "realisasi")) as LkipError;
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("realisasi (baris 2, kolom 1)");
  });

  it("uses the bare name for a single cell", () => {
    const e = thrown(() => decimals([["x"]], "target")) as LkipError;
    expect(e.message).toContain("target");
    expect(e.message).not.toContain("baris");
  });

  it("passes an Excel error in a cell through", () => {
    const e = thrown(() => decimals([[1], [{ error: "#REF!" }]], "pagu")) as LkipError;
    expect(e.code).toBe("#REF!");
  });
});

describe("toExcelError", () => {
  // A reason as the core gives it, and the Indonesian words Excel shows for it.
  const UJI = { kode: "KOSONG", arg: "uji" } as const;
  const UJI_TEKS = "uji kosong: isi data uji";

  // The codes Excel accepts as custom-function outputs (custom-functions-errors).
  const CORE: ErrorCode[] = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"];

  it.each(CORE)("maps %s to the Excel error of the same code", (code) => {
    const e = toExcelError(new LkipError(code, UJI)) as unknown as CustomFunctionsError;
    expect(e).toBeInstanceOf(CustomFunctionsError);
    expect(e.code).toBe(code);
  });

  it("attaches the message only to #VALUE! and #N/A (src/core/README.md §8)", () => {
    for (const code of CORE) {
      const e = toExcelError(new LkipError(code, UJI)) as unknown as CustomFunctionsError;
      if (code === "#VALUE!" || code === "#N/A") expect(e.message).toBe(UJI_TEKS);
      else expect(e.message).toBe("");
    }
  });

  it.each(["#REF!", "#NAME?"] as ErrorCode[])(
    "answers %s (an input-only code) with #VALUE! and the message",
    (code) => {
      const e = toExcelError(new LkipError(code, UJI)) as unknown as CustomFunctionsError;
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toBe(UJI_TEKS);
    }
  );

  it("maps an error code Excel's CustomFunctions cannot return to #VALUE!, keeping the message", () => {
    const e = toExcelError(new LkipError("#SPILL!", UJI)) as unknown as CustomFunctionsError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(UJI_TEKS);
  });

  it("treats anything else thrown as a bug: #VALUE! with its message", () => {
    const e = toExcelError(new TypeError("oops")) as unknown as CustomFunctionsError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("oops");
    const s = toExcelError("teks") as unknown as CustomFunctionsError;
    expect(s.code).toBe("#VALUE!");
    expect(s.message).toBe("teks");
  });
});

describe("cell / call", () => {
  it("cell() returns the value, or the error as a value", () => {
    expect(cell(() => 42)).toBe(42);
    const e = cell(() => {
      throw new LkipError("#DIV/0!", { kode: "TARGET_NOL" });
    }) as unknown as CustomFunctionsError;
    expect(e).toBeInstanceOf(CustomFunctionsError);
    expect(e.code).toBe("#DIV/0!");
  });

  it("call() returns the value, or throws the Excel error", () => {
    expect(call(() => "ok")).toBe("ok");
    const e = thrown(() =>
      call(() => {
        throw new LkipError("#N/A", { kode: "KOSONG", arg: "realisasi" });
      })
    ) as CustomFunctionsError;
    expect(e).toBeInstanceOf(CustomFunctionsError);
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe("realisasi kosong: isi data realisasi");
  });
});

describe("toNumber", () => {
  it("gives the closest double", () => {
    expect(toNumber(new Decimal("69.02"))).toBe(69.02);
    expect(toNumber(new Decimal(1).div(3))).toBe(1 / 3);
  });
});

describe("eachCell and inPlace (the array path)", () => {
  it("gives every cell its own result, a throwing cell its own error, wherever it sits", () => {
    const bad = new Set(["0,0", "1,2", "2,2", "3,1"]);
    const out = eachCell(4, 3, (i, j) => {
      if (bad.has(`${i},${j}`)) throw new LkipError("#N/A", { kode: "KOSONG", arg: "target" });
      return i * 10 + j;
    });
    out.forEach((row, i) =>
      row.forEach((v, j) => {
        if (bad.has(`${i},${j}`)) expect(v).toBeInstanceOf(CustomFunctionsError);
        else expect(v).toBe(i * 10 + j);
      })
    );
    expect(eachCell(0, 3, () => 1)).toEqual([]);
    expect(eachCell(2, 0, () => 1)).toEqual([[], []]);
  });

  it("reads a rectangular range without copying it, and anything else as asMatrix does", () => {
    const range = [[1], [2], [{ type: "Double", basicValue: 3 }]];
    expect(inPlace(range)).toBe(range);
    expect(inPlace(5)).toEqual(asMatrix(5));
    expect(inPlace([[1, 2], [3]])).toEqual(asMatrix([[1, 2], [3]]));
  });
});
