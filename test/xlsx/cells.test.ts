/** src/xlsx/cells.ts: what a number format shows (RULES §9 needs the percent ones). */
import { describe, expect, it } from "vitest";
import { formatKind } from "../../src/xlsx/cells";

describe("formatKind", () => {
  it("built-in ids: 9 and 10 are percent, 14–22 and friends dates, the rest plain", () => {
    expect([9, 10].map((id) => formatKind(id, undefined))).toEqual(["percent", "percent"]);
    expect([14, 22, 45].map((id) => formatKind(id, undefined))).toEqual(["date", "date", "date"]);
    expect([0, 1, 2, 3, 4].map((id) => formatKind(id, undefined))).toEqual(Array(5).fill("other"));
  });

  it("custom codes: a % outside quotes and brackets is percent; y/m/d/h/s outside them a date", () => {
    expect(formatKind(164, "0.00%")).toBe("percent");
    expect(formatKind(164, '0.00" %"')).toBe("other");
    expect(formatKind(164, "0\\%")).toBe("other");
    expect(formatKind(164, "dd/mm/yyyy")).toBe("date");
    expect(formatKind(164, '[Red]#,##0;"days"')).toBe("other");
    expect(formatKind(164, "General")).toBe("other");
  });
});
