import { describe, expect, it } from "vitest";
import { errorCodeOf, isErrorCode, LkipError, throwIfError } from "../../src/core/errors";
import { expectLkip } from "./helpers";

describe("LkipError", () => {
  it("is an Error carrying its code and its reason as data, never a sentence", () => {
    const e = new LkipError("#DIV/0!", { kode: "TARGET_NOL" });
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe("#DIV/0!");
    expect(e.reason).toEqual({ kode: "TARGET_NOL" });
    expect(e.message).toBe('TARGET_NOL {"kode":"TARGET_NOL"}');
    expect(e.name).toBe("LkipError");
  });

  it("an input's own error is passed through with the argument's name", () => {
    const e = expectLkip(() => throwIfError({ error: "#REF!" }, "target"), "#REF!");
    expect(e.reason).toEqual({ kode: "GALAT_SEL", arg: "target", galat: "#REF!" });
  });
});

describe("isErrorCode", () => {
  it.each([
    "#N/A",
    "#VALUE!",
    "#DIV/0!",
    "#NUM!",
    "#REF!",
    "#NAME?",
    "#NULL!",
    "#CALC!",
    "#SPILL!",
    "#BUSY!",
    "#CONNECT!",
    "#FIELD!",
    "#BLOCKED!",
    "#UNKNOWN!",
    "#GETTING_DATA",
  ])("accepts %s", (c) => expect(isErrorCode(c)).toBe(true));
  it.each(["#value!", "#N/A ", "N/A", "", "#DIV/0", 7, null, undefined, { error: "#N/A" }])(
    "rejects %j",
    (c) => expect(isErrorCode(c)).toBe(false)
  );
});

describe("errorCodeOf / throwIfError (pass-through, src/core/README.md §8)", () => {
  it("reads a CellError, a CustomFunctions.Error-like object and an Office.js error text", () => {
    expect(errorCodeOf({ error: "#REF!" })).toBe("#REF!");
    expect(errorCodeOf({ code: "#NUM!", message: "x" })).toBe("#NUM!");
    expect(errorCodeOf({ errorCode: "#NAME?" })).toBe("#NAME?");
    expect(errorCodeOf(" #N/A ")).toBe("#N/A");
  });
  it("finds nothing in ordinary values", () => {
    for (const v of [null, undefined, "", "abc", 12, true, { error: "oops" }, { code: 3 }, []]) {
      expect(errorCodeOf(v)).toBeNull();
    }
  });
  it("throws the same code, naming the argument", () => {
    expectLkip(() => throwIfError({ error: "#REF!" }, "realisasi"), "#REF!", /realisasi/);
    expect(() => throwIfError(5, "realisasi")).not.toThrow();
  });
});
