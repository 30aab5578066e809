import { describe, expect, it } from "vitest";
import { capitalise } from "../../../src/report/contract/text";

describe("capitalise", () => {
  it("upper-cases the first letter only and keeps an empty text", () => {
    expect(capitalise("tabel LKIP_IKU di lembar 'Data'")).toBe("Tabel LKIP_IKU di lembar 'Data'");
    expect(capitalise("baris ke-3")).toBe("Baris ke-3");
    expect(capitalise("")).toBe("");
  });
});
