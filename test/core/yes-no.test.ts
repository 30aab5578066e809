import { describe, expect, it } from "vitest";
import { parseYesNo } from "../../src/core";

describe("parseYesNo", () => {
  it("reads yes and no in Indonesian, English, TRUE/FALSE and 1/0, any case", () => {
    for (const w of ["Ya", " ya ", "Y", "yes", "Benar", "TRUE", "1"])
      expect(parseYesNo(w), w).toBe(true);
    for (const w of ["Tidak", "t", "N", "No", "SALAH", "false", "0"])
      expect(parseYesNo(w), w).toBe(false);
  });

  it("gives null for any other text", () => {
    for (const w of ["", "mungkin", "2", "yaa", "true false"]) expect(parseYesNo(w), w).toBeNull();
  });
});
