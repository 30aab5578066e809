/** RULES §9: percent-formatted cells of percent-point columns read as printed, in one place. */
import { describe, expect, it } from "vitest";
import { readModel } from "../../../src/report/model";
import { percentAsPrinted, percentPoints } from "../../../src/report/model/percent";
import type { RawRange } from "../../../src/report/contract/types";

const iku = (percent?: boolean[][]): RawRange => ({
  source: "LKIP_IKU",
  kind: "name",
  sheet: "Data IKU",
  row: 0,
  col: 0,
  values: [
    ["Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Realisasi 2023", "Bobot"],
    ["S1", "Persentase A", "%", 0.9271, 0.6902, 0.5, 0.25],
  ],
  ...(percent ? { percent } : {}),
});

describe("percentAsPrinted", () => {
  it("multiplies exactly: 0,9271 → 92,71", () => {
    expect(percentPoints(0.9271)).toBe(92.71);
    expect(percentPoints(0.0073)).toBe(0.73);
  });

  it("converts percent-formatted cells of percent-point columns only", () => {
    const all = [Array(7).fill(false), Array(7).fill(true)];
    const got = percentAsPrinted(iku(all), 2024).values[1];
    expect(got.slice(3, 6)).toEqual([92.71, 69.02, 50]);
    expect(got[6]).toBe(0.25); // Bobot is not a percent-point column
  });

  it("leaves a range without formats, and unformatted cells, as they are", () => {
    expect(percentAsPrinted(iku(), 2024)).toEqual(iku());
    const some = [Array(7).fill(false), [false, false, false, true, false, false, false]];
    expect(percentAsPrinted(iku(some), 2024).values[1].slice(3, 5)).toEqual([92.71, 0.6902]);
  });

  it("gives the model the printed capaian (Realisasi 69,02 % of Target 92,71 %)", () => {
    const all = [Array(7).fill(false), Array(7).fill(true)];
    const model = readModel({ ranges: { LKIP_IKU: iku(all) }, problems: [] }, { tahun: 2024 });
    const ind = model.indikator[0];
    expect(ind.target.value.toString()).toBe("92.71");
    expect(ind.realisasi.value.toString()).toBe("69.02");
  });
});
