import { describe, expect, it } from "vitest";
import { LABEL_TOTAL, cakupan, labelTotal, normalizeLabel } from "../../../src/report/model/totals";

describe("labelTotal (src/core/README.md §11)", () => {
  it("every label of §11, whatever the case, spaces, dots and a trailing colon", () => {
    for (const label of LABEL_TOTAL) {
      expect(labelTotal([label, 100, 90]), label).not.toBeNull();
      expect(labelTotal([`  ${label.toUpperCase()} : `, 100]), label).not.toBeNull();
      expect(labelTotal([null, `${label}.`, "1.000.000"]), label).not.toBeNull();
    }
    expect(normalizeLabel("Rata - Rata.")).toBe("rata-rata");
    expect(normalizeLabel("SUB  TOTAL:")).toBe("sub total");
  });

  it("sum or mean; a grand total stands for the whole range", () => {
    expect(labelTotal(["JUMLAH", 1])).toMatchObject({
      jenis: "jumlah",
      keseluruhan: false,
      col: 0,
    });
    expect(labelTotal([null, "Rata-rata", 96.71])).toMatchObject({ jenis: "rata", col: 1 });
    expect(labelTotal(["Grand Total", 1])).toMatchObject({ keseluruhan: true });
    expect(labelTotal(["Jumlah", "Total", 5])).toMatchObject({ keseluruhan: true }); // "Jumlah Total"
  });

  it("the label repeated across merged or copied cells is still the label", () => {
    expect(labelTotal(["Jumlah", "Jumlah", "", 100, "94,01%"])).toMatchObject({ teks: "Jumlah" });
  });

  it("data rows are data: a name that starts with such a word, any other word, numbers only", () => {
    expect(labelTotal(["Jumlah penerima bantuan", 100, 90])).toBeNull();
    expect(labelTotal([1, "Program Rehabilitasi Sosial", "Jumlah", 100])).toBeNull();
    expect(labelTotal(["Total belanja pegawai", 5])).toBeNull();
    expect(labelTotal([100, "8.069.859.523", "94,01%"])).toBeNull();
    expect(labelTotal([null, "", { error: "#REF!" }])).toBeNull();
  });
});

describe("cakupan: what a printed total stands for", () => {
  const data = [0, 1, 2, 3, 4];
  const jumlah = labelTotal(["Jumlah"])!;
  const grand = labelTotal(["Grand Total"])!;
  it("the rows since the previous printed total", () => {
    expect(cakupan(jumlah, 3, data)).toEqual([3, 4]);
  });
  it("every row above for a grand total, or for a total right after another", () => {
    expect(cakupan(grand, 3, data)).toEqual(data);
    expect(cakupan(jumlah, 5, data)).toEqual(data);
  });
});
