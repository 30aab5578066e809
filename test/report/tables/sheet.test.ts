import { describe, expect, it } from "vitest";
import { layoutSheet, outputSheetName, readModel, tabelSheet } from "../../../src/report";
import { sampleRaw } from "../sample/sample-raw";

describe("tabelSheet", () => {
  it("lays the chosen tables out on 'Tabel LKIP {tahun}'", () => {
    const model = readModel(sampleRaw(), { tahun: 2031 });
    const out = tabelSheet(model, { tables: [2, 3] });
    expect(outputSheetName(model.settings)).toBe("Tabel LKIP 2031");
    expect(out.plan.name).toBe("Tabel LKIP 2031");
    expect(out.tables.map((t) => t.id)).toEqual([2, 3]);
    expect(out.plan).toEqual(layoutSheet("Tabel LKIP 2031", out.tables, out.charts));
    // The charts of the tables written travel with the plan: Tabel 2's, not Tabel 11's.
    expect(out.plan.charts.map((c) => c.table)).toEqual([2]);
  });
});
