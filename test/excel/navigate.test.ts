import { describe, expect, it } from "vitest";
import { selectAddress } from "../../src/excel/navigate";
import { addSheet, createFakeWorkbook } from "../host/fake-excel";
import { asRun } from "./support";

describe("selectAddress", () => {
  it("activates the sheet of a lokasi and selects its cell", async () => {
    const wb = createFakeWorkbook();
    addSheet(wb, "Info");
    addSheet(wb, "Data IKU");
    expect(await selectAddress("'Data IKU'!G7", { run: asRun(wb) })).toBe(true);
    expect(wb.activeSheet).toBe("Data IKU");
    expect(wb.selection).toEqual({ sheet: "Data IKU", address: "'Data IKU'!G7" });
    expect(await selectAddress("'O''Brien data'!A1", { run: asRun(wb) })).toBe(false);
  });

  it("returns false for a sheet that is gone or an empty lokasi", async () => {
    const wb = createFakeWorkbook();
    addSheet(wb, "Info");
    expect(await selectAddress("'Data IKU'!G7", { run: asRun(wb) })).toBe(false);
    expect(await selectAddress("", { run: asRun(wb) })).toBe(false);
    expect(wb.selection).toBeNull();
  });
});
