/**
 * The naskah reader: .docx paragraphs and table cells in reading order, PDF text by page, and one
 * code (the catalogue's NASKAH_TIDAK_TERBACA sentence) for every file it cannot read — a damaged
 * .docx, a scan, a non-Word file — within its bounds (size, entries, inflated bytes, paragraphs).
 */
import { randomBytes } from "node:crypto";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { describe, expect, it } from "vitest";
import { NASKAH_LIMITS, NaskahReadError, readNaskah } from "../../src/xlsx/naskah";
import { findingText, temuan } from "../../src/report/contract/findings";
import type { MasalahNaskah } from "../../src/report/contract/findings";
import { buildDocx, buildPdf } from "./naskah-files";
import { bufferOf, sheetWith, IKU_ROWS } from "./helpers";
import ExcelJS from "exceljs";
import { formatAngka } from "../../src/core";
import { readModel } from "../../src/report/model/read-model";
import { periksaNaskah } from "../../src/report/periksa";
import { sampleRaw } from "../report/sample/sample-raw";

async function problemOf(p: Promise<unknown>): Promise<MasalahNaskah> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(NaskahReadError);
    const problem = (e as NaskahReadError).problem;
    // Every problem is one plain sentence, in both languages.
    const f = temuan("NASKAH_TIDAK_TERBACA", { berkas: "x", masalah: problem });
    expect(findingText(f, "id")).toMatch(/^Naskah x tidak dapat diperiksa: .+\.$/);
    expect(findingText(f, "en")).toMatch(/^The report text x cannot be checked: .+\.$/);
    return problem;
  }
  throw new Error("read without a problem");
}

describe("readNaskah — .docx", () => {
  it("gives paragraphs and table cells in reading order, headings marked, runs joined", async () => {
    const bytes = await buildDocx([
      { heading: "Sasaran Strategis 1" },
      "Target 69,02 % dan realisasi 92,71 %.",
      "",
      {
        table: [
          ["Indikator", "Target", "Realisasi"],
          ["Persentase A", "69,02", "92,71"],
        ],
      },
      "Sesudah tabel.",
    ]);
    const n = await readNaskah(bytes, "bab3.docx");
    expect(n.format).toBe("docx");
    expect(n.file).toBe("bab3.docx");
    expect(n.paragraphs.map((p) => p.text)).toEqual([
      "Sasaran Strategis 1",
      "Target 69,02 % dan realisasi 92,71 %.",
      "Indikator",
      "Target",
      "Realisasi",
      "Persentase A",
      "69,02",
      "92,71",
      "Sesudah tabel.",
    ]);
    expect(n.paragraphs.map((p) => p.nomor)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(n.paragraphs[0].heading).toBe(true);
    expect(n.paragraphs[1].heading).toBeUndefined();
    expect(n.paragraphs[7].table).toEqual({ index: 0, row: 1, col: 2 });
    expect(n.paragraphs[8].table).toBeUndefined();
  });

  it("a damaged .docx (cut short), random bytes, an .xlsx and an old .doc each get their sentence", async () => {
    const good = await buildDocx(["Satu paragraf."]);
    expect((await problemOf(readNaskah(good.subarray(0, good.length - 200), "a.docx"))).kode).toBe(
      "RUSAK"
    );
    expect(await problemOf(readNaskah(randomBytes(5000), "b.docx"))).toEqual({
      kode: "BUKAN_NASKAH",
      dikenali: "lain",
    });
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, "Data", IKU_ROWS);
    expect(await problemOf(readNaskah(await bufferOf(wb), "c.xlsx"))).toEqual({
      kode: "BUKAN_NASKAH",
      dikenali: "xlsx",
    });
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await problemOf(readNaskah(ole, "d.doc"))).toEqual({
      kode: "BUKAN_NASKAH",
      dikenali: "doc",
    });
    // word/document.xml that is not XML.
    const parts = unzipSync(good);
    parts["word/document.xml"] = new TextEncoder().encode("<w:document><w:body><w:p>");
    expect((await problemOf(readNaskah(zipSync(parts as Zippable), "e.docx"))).kode).toBe("RUSAK");
    // A document with no text.
    expect(await problemOf(readNaskah(await buildDocx([""]), "f.docx"))).toEqual({
      kode: "KOSONG",
      format: "docx",
    });
  });

  it("a 50 MB .docx (its photos) is read: only word/document.xml is inflated", async () => {
    const parts = unzipSync(await buildDocx(["Capaian 134,32 %."]));
    const photo = randomBytes(50 * 1024 * 1024);
    const zippable: Zippable = { ...parts, "word/media/foto.jpeg": [photo, { level: 0 }] };
    const bytes = zipSync(zippable);
    expect(bytes.length).toBeGreaterThan(50 * 1024 * 1024);
    const n = await readNaskah(bytes, "besar.docx");
    expect(n.paragraphs.map((p) => p.text)).toEqual(["Capaian 134,32 %."]);
  });

  it("bounds: a file over the size limit, text that inflates past the limit, too many paragraphs", async () => {
    const bytes = await buildDocx(
      Array.from({ length: 300 }, (_, i) => `Paragraf ${i} ${"kata ".repeat(40)}`)
    );
    expect(
      await problemOf(readNaskah(bytes, "a.docx", { ...NASKAH_LIMITS, fileBytes: 1000 }))
    ).toEqual({
      kode: "TERLALU_BESAR",
      batas: "ukuran",
      nilai: 0,
    });
    expect(
      (await problemOf(readNaskah(bytes, "a.docx", { ...NASKAH_LIMITS, partBytes: 20_000 }))).kode
    ).toBe("TERLALU_BESAR");
    expect(
      await problemOf(readNaskah(bytes, "a.docx", { ...NASKAH_LIMITS, paragraphs: 100 }))
    ).toEqual({
      kode: "TERLALU_BESAR",
      batas: "paragraf",
      nilai: 100,
    });
  });

  it("a .docx of 10,000 paragraphs is read whole", async () => {
    const texts = Array.from({ length: 10_000 }, (_, i) => `Paragraf ${i + 1}: realisasi 92,71 %.`);
    const n = await readNaskah(await buildDocx(texts), "panjang.docx");
    expect(n.paragraphs).toHaveLength(10_000);
    expect(n.paragraphs[9_999]).toEqual({ nomor: 10_000, text: texts[9_999] });
    // And the check runs through all of them: the sample's indicator named once, every realisasi
    // after it compared (and right).
    const model = readModel(sampleRaw());
    const realisasi = formatAngka(model.indikator[0].realisasi.value, 2);
    const named = await readNaskah(
      await buildDocx([
        "Indikator Persentase PPKS yang terpenuhi kebutuhan dasarnya.",
        ...texts.slice(1).map((_, i) => `Paragraf ${i + 2}: realisasi ${realisasi} %.`),
      ]),
      "panjang.docx"
    );
    expect(periksaNaskah(model, named)).toEqual([]);
    const wrong = await readNaskah(
      await buildDocx([
        "Indikator Persentase PPKS yang terpenuhi kebutuhan dasarnya.",
        ...texts.slice(1).map((_, i) => `Paragraf ${i + 2}: realisasi 1,5 %.`),
      ]),
      "salah.docx"
    );
    expect(periksaNaskah(model, wrong)).toHaveLength(9_999);
  });
});

describe("readNaskah — PDF", () => {
  it("reads the text layer by page into paragraphs (a wider gap starts one)", async () => {
    const pdf = buildPdf([
      [
        "Capaian kinerja sebesar 134,32 persen",
        "dengan kategori Sangat Baik.",
        "",
        "Paragraf kedua.",
      ],
      ["Halaman dua."],
    ]);
    const n = await readNaskah(pdf, "laporan.pdf");
    expect(n.format).toBe("pdf");
    expect(n.paragraphs).toEqual([
      {
        nomor: 1,
        text: "Capaian kinerja sebesar 134,32 persen dengan kategori Sangat Baik.",
        page: 1,
      },
      { nomor: 2, text: "Paragraf kedua.", page: 1 },
      { nomor: 3, text: "Halaman dua.", page: 2 },
    ]);
  });

  it("a PDF read into a Node Buffer (as the command reads a file) is read, and stays whole", async () => {
    const pdf = Buffer.from(buildPdf([["Capaian kinerja sebesar 134,32 persen."]]));
    const copy = Buffer.from(pdf);
    const n = await readNaskah(pdf, "laporan.pdf");
    expect(n.paragraphs.map((p) => p.text)).toEqual(["Capaian kinerja sebesar 134,32 persen."]);
    expect(pdf.equals(copy)).toBe(true);
  });

  it("runs that touch are one word ('Tahun 202' + '2'), runs apart keep their space", async () => {
    const pdf = buildPdf([
      [
        ["Tahun 202", "2 nilai 3,", "157"],
        ["Capaian", " sebesar 97,51%."],
      ],
    ]);
    const n = await readNaskah(pdf, "laporan.pdf");
    expect(n.paragraphs.map((p) => p.text)).toEqual([
      "Tahun 2022 nilai 3,157 Capaian sebesar 97,51%.",
    ]);
  });

  it("a scanned PDF (no text layer) says so, with its pages", async () => {
    const scan = buildPdf([[""], [""], [""]], { scan: true });
    expect(await problemOf(readNaskah(scan, "scan.pdf"))).toEqual({
      kode: "PDF_TANPA_TEKS",
      halaman: 3,
    });
  });

  it("a damaged PDF, and one with more pages than the limit, get their sentence", async () => {
    const junk = new TextEncoder().encode("%PDF-1.4\n" + "rusak ".repeat(200));
    expect(await problemOf(readNaskah(junk, "rusak.pdf"))).toEqual({
      kode: "RUSAK",
      format: "pdf",
    });
    const pdf = buildPdf([["a"], ["b"], ["c"]]);
    expect(await problemOf(readNaskah(pdf, "p.pdf", { ...NASKAH_LIMITS, pages: 2 }))).toEqual({
      kode: "TERLALU_BESAR",
      batas: "halaman",
      nilai: 2,
    });
  });
});
