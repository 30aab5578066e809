import { describe, expect, it } from "vitest";
import {
  LABEL_TOTAL,
  cakupan,
  labelTotal,
  miripTotal,
  normalizeLabel,
  walkRows,
} from "../../../src/report/model/totals";
import type { TotalTertulis } from "../../../src/report/model/types";
import type { RawRange } from "../../../src/report/contract/types";

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

  it("a label spread wide by spaces, dots, tabs and no-break spaces is still the label", () => {
    // Longer than any label as typed, not once its spaces and dots are dropped.
    const wide = `  J u m l a h . . . \t\u00a0\u00a0   K e s e l u r u h a n   :  `;
    expect(wide.length).toBeGreaterThan(40);
    expect(labelTotal([wide, 100])).toBeNull(); // "j u m l a h k e s e l u r u h a n": no label
    const spaced = `Jumlah${" ".repeat(30)}.${"\u00a0".repeat(10)}Keseluruhan :`;
    expect(labelTotal([spaced, 100])).toMatchObject({ jenis: "jumlah", keseluruhan: true });
    const rata = `Rata${" ".repeat(25)}-${"\t".repeat(5)}rata`;
    expect(labelTotal([rata, 9])).toMatchObject({ jenis: "rata" });
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

describe("miripTotal: a data row labelled like a printed total (a hint only)", () => {
  it("a cell that starts with a §11 label gives the label to write instead", () => {
    expect(miripTotal(["Jumlah Capaian Realisasi Kinerja", null, "310,38", "300,20"])).toEqual({
      teks: "Jumlah Capaian Realisasi Kinerja",
      label: "Jumlah",
    });
    expect(miripTotal([null, " Rata-Rata Capaian Realisasi Kinerja ", "100,07"])).toEqual({
      teks: "Rata-Rata Capaian Realisasi Kinerja",
      label: "Rata-rata",
    });
    expect(miripTotal(["Rerata capaian", 1])).toMatchObject({ label: "Rata-rata" });
    expect(miripTotal(["GRAND TOTAL ANGGARAN", 1])).toMatchObject({ label: "Jumlah" });
    // The label itself, beside other text (a sasaran typed on every row).
    expect(miripTotal(["Meningkatnya pelayanan", "Jumlah", null])).toMatchObject({
      teks: "Jumlah",
      label: "Jumlah",
    });
  });

  it("no hint for rows whose words do not start with a label", () => {
    expect(miripTotal(["Persentase desa", "Jumlahnya", 70, 66.7])).toBeNull();
    expect(miripTotal(["Totalitas pelayanan", 1])).toBeNull();
    expect(miripTotal([100, "8.069.859.523", { error: "#N/A" }, null])).toBeNull();
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

describe("walkRows: the one walk over data, printed totals and blank rows", () => {
  it("skips blank rows, keeps each printed total with the rows since the previous one, hands on the rest", () => {
    const range: RawRange = {
      source: "LKIP_BELANJA",
      kind: "name",
      sheet: "B",
      row: 0,
      col: 0,
      values: [
        ["Jenis Belanja", "Pagu"],
        ["Pegawai", 10],
        [null, ""],
        ["Barang", "bukan angka"],
        ["Jumlah", 10],
        ["Modal", 5],
        ["Total Keseluruhan", 15],
      ],
    };
    const read: number[] = [];
    const leftOut: string[] = [];
    const seen: number[] = [];
    const totals: TotalTertulis[] = [];
    walkRows(
      range,
      "LKIP_BELANJA",
      { pagu: 1 },
      { read: () => read, leftOut: () => leftOut },
      totals,
      (row, r) => {
        seen.push(r);
        // A row whose Pagu is text is left out, the others read (as a model would).
        if (typeof range.values[r][1] === "number") read.push(read.length);
        else leftOut.push(row.rowAddr());
      }
    );
    expect(seen).toEqual([1, 3, 5]);
    expect(totals.map((t) => [t.label.value, t.cakupan, t.leftOut, t.nilai.pagu?.value])).toEqual([
      ["Jumlah", [0], ["'B'!A4:B4"], 10],
      // A grand total stands for every row above it.
      ["Total Keseluruhan", [0, 1], ["'B'!A4:B4"], 15],
    ]);
  });
});
