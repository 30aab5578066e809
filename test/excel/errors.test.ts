import { describe, expect, it } from "vitest";
import { explainError, officeErrorCode } from "../../src/excel/errors";

const rich = (code: string, message = "Some English text from Excel") =>
  Object.assign(new Error(message), { name: "RichApi.Error", code });

describe("explainError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", /mode sunting sel/, /cell-edit mode/],
    ["AccessDenied", /dilindungi/, /protected/],
    ["ItemAlreadyExists", /sudah ada/, /already exists/],
    ["RequestPayloadSizeLimitExceeded", /terlalu besar/, /Too much data/],
    ["ResponsePayloadSizeLimitExceeded", /terlalu besar/, /too large/],
    ["ApiNotFound", /Perbarui Office/, /Update Office/],
    ["ItemNotFound", /tidak ada lagi/, /is gone/],
    ["TabelDihapus", /Tabel belum lengkap dan sudah dihapus/, /incomplete and has been removed/],
    ["TabelBelumDitulis", /tabel belum ditulis/, /before the table was written/],
  ])("gives %s a sentence in both languages", (code, id, en) => {
    expect(explainError(rich(code), "id")).toMatch(id);
    expect(explainError(rich(code), "en")).toMatch(en);
    expect(explainError(rich(code), "id")).not.toContain("Some English text");
  });

  it("never shows the raw message of an unknown error, but names its code", () => {
    const s = explainError(rich("Weird", "Cannot read properties of null (reading 'map')"));
    expect(s).not.toContain("Cannot read");
    expect(s).toContain("Weird");
    expect(explainError(new TypeError("x is undefined"), "en")).not.toContain("undefined");
  });

  it("recognises edit mode and protection by message when the code is generic", () => {
    expect(officeErrorCode(rich("GeneralException", "Excel is in cell-editing mode."))).toBe(
      "InvalidOperationInCellEditMode"
    );
    expect(officeErrorCode(rich("", "The sheet is protected"))).toBe("AccessDenied");
  });
});
