/**
 * lkip.html's answers (issue 21) as state: the page's --kolom, --tahun and --sumber, kept for the
 * file shown, passed to the same pipeline as `lkip tabel`, and worded as chosen on this page. The
 * questions come from the model the page's worker reads: a header the reader cannot resolve, no
 * year anywhere, tied unnamed tables.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  chosenLines,
  noChoices,
  pipelineChoice,
  questionsOf,
  withKolom,
  withSumber,
  withTahun,
} from "../../src/web/choices";
import { TEXTS } from "../../src/web/texts";
import { tabelXlsx } from "../../src/xlsx";
import { bufferOf, sheetWith } from "../xlsx/helpers";

type Cell = ExcelJS.CellValue;

async function bytesOf(
  sheets: Record<string, Cell[][]>,
  names?: { name: string; text: string }[]
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) sheetWith(wb, name, rows);
  return new Uint8Array(await bufferOf(wb, names));
}

const ROWS: Cell[][] = [
  ["Meningkatnya layanan", "Persentase desa terlayani", "-", 80, 88],
  ["Meningkatnya layanan", "Indeks kepuasan", "-", 75, 70],
];

describe("the page's answers", () => {
  it("a year is four digits in Excel's range, else no answer", () => {
    expect(withTahun(noChoices(), " 2023 ")?.tahun).toBe(2023);
    for (const bad of ["", "23", "20233", "abcd", "1899", "3000"])
      expect(withTahun(noChoices(), bad), bad).toBeNull();
  });

  it("become the pipeline's choice, as lkip --tahun --kolom --sumber would", () => {
    let c = withKolom(noChoices(), "Indikator", "UKURAN KEBERHASILAN");
    c = withSumber(c, "LKIP_IKU", "'IKU Perubahan'!A3:E5");
    c = withTahun(c, "2023")!;
    expect(pipelineChoice(c)).toEqual({
      tahun: 2023,
      kolom: { Indikator: "UKURAN KEBERHASILAN" },
      sumber: [
        { source: "LKIP_IKU", ref: { sheet: "IKU Perubahan", row: 2, col: 0, rows: 3, cols: 5 } },
      ],
    });
    expect(pipelineChoice(noChoices())).toEqual({});
  });

  it("are shown as chosen on this page, in both languages", () => {
    const c = withTahun(withKolom(noChoices(), "Indikator", "INDIKATOR TUJUAN"), "2024")!;
    expect(chosenLines(c, TEXTS.id)).toEqual([
      "Kolom Indikator = INDIKATOR TUJUAN (dipilih di halaman ini)",
      "Tahun 2024 (dipilih di halaman ini)",
    ]);
    expect(chosenLines(c, TEXTS.en)).toEqual([
      "Kolom Indikator = INDIKATOR TUJUAN (chosen on this page)",
      "Year 2024 (chosen on this page)",
    ]);
  });
});

describe("the page's questions, and the tables once answered", () => {
  it("a header the reader cannot resolve: asked, then the tables are made with it", async () => {
    const bytes = await bytesOf(
      {
        "Capaian IKU": [
          ["SASARAN", "UKURAN KEBERHASILAN", "KETERANGAN", "TARGET 2024", "REALISASI 2024"],
          ...ROWS,
        ],
      },
      [{ name: "LKIP_IKU", text: "'Capaian IKU'!$A$1:$E$3" }]
    );
    const before = await tabelXlsx(bytes);
    const q = questionsOf(before.model);
    expect(q.tahun).toBe(false);
    expect(q.kolom.map((k) => [k.sumber, k.kolom, k.calon.map((c) => c.judul)])).toEqual([
      ["LKIP_IKU", "Indikator", ["UKURAN KEBERHASILAN", "KETERANGAN"]],
    ]);
    const c = withKolom(noChoices(), "Indikator", q.kolom[0].calon[0].judul);
    const after = await tabelXlsx(bytes, undefined, pipelineChoice(c));
    expect(after.bytes).not.toBeNull();
    expect(after.model.indikator.map((i) => i.nama.value)).toEqual([ROWS[0][1], ROWS[1][1]]);
    expect(questionsOf(after.model).kolom).toEqual([]);
  });

  it("no year anywhere: asked, nothing made; the year given is the tables' year", async () => {
    const bytes = await bytesOf({
      IKU: [
        ["Sasaran", "Indikator", "Target", "Realisasi"],
        ...ROWS.map((r) => [r[0], r[1], r[3], r[4]]),
      ],
    });
    const before = await tabelXlsx(bytes);
    expect(questionsOf(before.model).tahun).toBe(true);
    expect(before.bytes).toBeNull();
    const after = await tabelXlsx(
      bytes,
      undefined,
      pipelineChoice(withTahun(noChoices(), "2023")!)
    );
    expect(after.sheetName).toBe("Tabel LKIP 2023");
    expect(questionsOf(after.model).tahun).toBe(false);
  });

  it("tied unnamed tables: both named as candidates; the one chosen is read", async () => {
    const block = (target: number): Cell[][] => [
      ["Sasaran", "Indikator", "Target 2024", "Realisasi 2024"],
      ["S", "Persentase jalan mantap", target, 82],
    ];
    const bytes = await bytesOf({ "IKU Murni": block(80), "IKU Perubahan": block(100) });
    const before = await tabelXlsx(bytes);
    expect(questionsOf(before.model).sumber).toEqual([
      { sumber: "LKIP_IKU", calon: ["'IKU Murni'!A1:D2", "'IKU Perubahan'!A1:D2"] },
    ]);
    expect(before.bytes).toBeNull();
    // No year is asked while the table is: the one chosen names it in its headers.
    expect(before.model.tahunAsal?.jenis).toBe("tidakAda");
    expect(questionsOf(before.model).tahun).toBe(false);
    const c = withSumber(noChoices(), "LKIP_IKU", "'IKU Perubahan'!A1:D2");
    const after = await tabelXlsx(bytes, undefined, pipelineChoice(c));
    expect(after.bytes).not.toBeNull();
    expect(after.model.indikator[0].target.value.toString()).toBe("100");
  });
});
