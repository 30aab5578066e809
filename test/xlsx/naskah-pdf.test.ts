/**
 * The PDF reader's paragraphs as Word printed them (RULES §15): a sentence wrapped over lines is one
 * paragraph, a list item with its hanging lines is one, and a table's rows come as the .docx
 * reader gives them (a paragraph per cell, with its table, row and column), so that a row's figures
 * stay with its indicator's name; a chapter or numbered section line is a heading. Expected figures come from compute(), never typed here.
 */
import { describe, expect, it } from "vitest";
import { formatAngka } from "../../src/core";
import { compute } from "../../src/report/compute/compute";
import { readModel } from "../../src/report/model/read-model";
import { periksaNaskah } from "../../src/report/periksa";
import { readNaskah } from "../../src/xlsx/naskah";
import { sampleRaw } from "../report/sample/sample-raw";
import { buildPdf, type PdfLine } from "./naskah-files";

const model = readModel(sampleRaw());
const hasil = compute(model);
const i1 = hasil.sasaran[0].indikator[0];
const NAMA1 = "Persentase PPKS yang terpenuhi kebutuhan dasarnya";
const fmt = (d: { toString(): string }) => formatAngka(d as never, 2);

/** A page: a sentence wrapped over three lines, a list, and a table of an indicator's figures. */
function page(sentenceCapaian: string, tableCapaian: string): PdfLine[] {
  return [
    "BAB III AKUNTABILITAS KINERJA",
    "",
    `Capaian indikator ${NAMA1}`,
    "pada tahun 2024 tercatat",
    `sebesar ${sentenceCapaian}% (sangat baik).`,
    "",
    {
      cells: [
        [0, "1."],
        [20, "Target tercapai dengan baik dan"],
      ],
    },
    { cells: [[20, "berkelanjutan."]] },
    {
      cells: [
        [0, "2."],
        [20, "Realisasi sesuai rencana."],
      ],
    },
    "",
    {
      cells: [
        [0, "Indikator"],
        [320, "Target"],
        [380, "Realisasi"],
        [450, "Capaian"],
      ],
    },
    {
      cells: [
        [0, NAMA1],
        [320, fmt(i1.indikator.target.value)],
        [380, fmt(i1.indikator.realisasi.value)],
        [450, tableCapaian],
      ],
    },
  ];
}

describe("readNaskah — PDF paragraphs and tables", () => {
  const right = fmt(i1.capaian);
  const wrong = fmt(i1.capaian.plus(1));

  it("joins a wrapped sentence and a list item's lines; a table comes as rows of cells", async () => {
    const n = await readNaskah(buildPdf([page(right, right)]), "laporan.pdf");
    const text = n.paragraphs.filter((p) => !p.table).map((p) => [p.nomor, p.text, p.heading]);
    expect(text).toEqual([
      [1, "BAB III AKUNTABILITAS KINERJA", true],
      [
        2,
        `Capaian indikator ${NAMA1} pada tahun 2024 tercatat sebesar ${right}% (sangat baik).`,
        undefined,
      ],
      [3, "1. Target tercapai dengan baik dan berkelanjutan.", undefined],
      [4, "2. Realisasi sesuai rencana.", undefined],
    ]);
    const cells = n.paragraphs.filter((p) => p.table).map((p) => [p.text, p.table]);
    expect(cells).toEqual([
      ["Indikator", { index: 0, row: 0, col: 0 }],
      ["Target", { index: 0, row: 0, col: 1 }],
      ["Realisasi", { index: 0, row: 0, col: 2 }],
      ["Capaian", { index: 0, row: 0, col: 3 }],
      [NAMA1, { index: 0, row: 1, col: 0 }],
      [fmt(i1.indikator.target.value), { index: 0, row: 1, col: 1 }],
      [fmt(i1.indikator.realisasi.value), { index: 0, row: 1, col: 2 }],
      [right, { index: 0, row: 1, col: 3 }],
    ]);
  });

  it("a row's parenthesised second line ('Nilai A' / '(81,59)') stays in its row", async () => {
    const t = fmt(i1.indikator.target.value);
    const r = fmt(i1.indikator.realisasi.value);
    const pdf = buildPdf([
      [
        {
          cells: [
            [0, "Indikator"],
            [320, "Target"],
            [380, "Realisasi"],
            [450, "Capaian"],
          ],
        },
        {
          cells: [
            [0, NAMA1],
            [320, "Nilai"],
            [380, "Nilai"],
            [450, right],
          ],
        },
        {
          cells: [
            [320, `(${t})`],
            [380, `(${r})`],
          ],
        },
      ],
    ]);
    const n = await readNaskah(pdf, "laporan.pdf");
    expect(n.paragraphs.filter((p) => p.table?.row === 1).map((p) => p.text)).toEqual([
      NAMA1,
      `Nilai (${t})`,
      `Nilai (${r})`,
      right,
    ]);
    expect(n.paragraphs.some((p) => (p.table?.row ?? 0) > 1)).toBe(false);
  });

  it("no alarm on the right figures; a slip in the wrapped sentence is found at its paragraph", async () => {
    const clean = await readNaskah(buildPdf([page(right, right)]), "laporan.pdf");
    expect(periksaNaskah(model, clean)).toEqual([]);
    const slip = await readNaskah(buildPdf([page(wrong, right)]), "laporan.pdf");
    const f = periksaNaskah(model, slip);
    expect(f.map((x) => [x.kode, x.nilaiTertulis, x.nilaiHitung, x.naskah?.paragraf])).toEqual([
      ["NASKAH_ANGKA_BEDA", wrong, right, 2],
    ]);
    expect(f[0].naskah?.kutipan).toContain("pada tahun 2024 tercatat");
  });

  it("a slip in a table row is found at its cell, quoted with the row's indicator", async () => {
    const slip = await readNaskah(buildPdf([page(right, wrong)]), "laporan.pdf");
    const cell = slip.paragraphs.find((p) => p.table?.row === 1 && p.table.col === 3);
    const f = periksaNaskah(model, slip);
    expect(f.map((x) => [x.kode, x.nilaiTertulis, x.nilaiHitung, x.naskah?.paragraf])).toEqual([
      ["NASKAH_ANGKA_BEDA", wrong, right, cell?.nomor],
    ]);
    expect(f[0].naskah?.kutipan).toContain(NAMA1);
  });
});
