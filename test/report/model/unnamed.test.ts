/**
 * src/report/model/unnamed.ts: blocks found without names, on sheets laid out as officers type
 * them (a title and a blank row above the header, a totals row, two tables on one sheet, a sheet
 * that is no LKIP table at all), and how resolveSources uses them.
 */
import { describe, expect, it } from "vitest";
import {
  findBlocks,
  findingText,
  resolveSources,
  type FoundBlock,
  type RawCell,
  type SourceCandidate,
} from "../../../src/report";

/** A sheet "Capaian IKU": title, blank row, header on row 3, four indicators, a totals row. */
const IKU_SHEET: RawCell[][] = [
  ["CAPAIAN INDIKATOR KINERJA UTAMA TAHUN 2024", null, null, null, null, null],
  [null, null, null, null, null, null],
  ["NO", "SASARAN STRATEGIS", "INDIKATOR TUJUAN", "TARGET 2024", "REALISASI 2024", "%"],
  [1, "Meningkatnya kualitas jalan", "Persentase jalan mantap", "80 %", "82 %", "102,50"],
  [2, null, "Persentase jembatan baik", "75 %", "70 %", "93,33"],
  [3, "Meningkatnya layanan air", "Cakupan air minum", "90 %", "91 %", "101,11"],
  [4, null, "Cakupan sanitasi", "85 %", "85 %", "100,00"],
  [null, "Rata-rata capaian", null, null, null, "99,24"],
  [null, null, null, null, null, null],
  ["Sumber: Bidang Bina Marga", null, null, null, null, null],
];

/** A sheet with the budget table under the IKU table, one blank row between them. */
const TWO_TABLES: RawCell[][] = [
  ["Tabel 3.1 Capaian Kinerja", null, null, null],
  ["Sasaran", "Indikator Kinerja", "Target", "Realisasi"],
  ["Sasaran A", "Indikator 1", 10, 9],
  ["Sasaran A", "Indikator 2", 5, 5],
  [null, null, null, null],
  ["Tabel 3.2 Realisasi Anggaran", null, null, null],
  ["Sasaran", "Program", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)"],
  ["Sasaran A", "Program X", 1000000, 900000],
  ["Sasaran A", "Program Y", 500000, 450000],
  ["Sasaran A", "Program Z", 200000, 150000],
];

/** Not an LKIP table: a staff list, with a "Target" column of its own. */
const STAFF: RawCell[][] = [
  ["Nama", "NIP", "Jabatan", "Target SKP"],
  ["Budi", "1980", "Kepala Bidang", 100],
];

describe("findBlocks", () => {
  it("finds the IKU table under a title and a blank row, its headers read by meaning, down to the first blank row", () => {
    const blocks = findBlocks("Capaian IKU", { row: 0, col: 0 }, IKU_SHEET);
    expect(blocks).toHaveLength(1);
    const b = blocks[0];
    expect(b.source).toBe("LKIP_IKU");
    // Header on sheet row 3 (index 2); the totals row belongs to the block (the model skips it).
    expect(b.ref).toEqual({ sheet: "Capaian IKU", row: 2, col: 0, rows: 6, cols: 6 });
    expect(b.kolom).toEqual(
      expect.arrayContaining(["Sasaran", "Indikator", "Target", "Realisasi"])
    );
    expect(b.skor).toEqual({ wajib: 4, row: 5 });
  });

  it("reads the origin of a used range that does not start at A1", () => {
    const blocks = findBlocks("Capaian IKU", { row: 4, col: 2 }, IKU_SHEET);
    expect(blocks[0].ref).toMatchObject({ row: 6, col: 2 });
  });

  it("two tables on one sheet: the IKU table and the budget table, each with its own extent", () => {
    const blocks = findBlocks("Bab III", { row: 0, col: 0 }, TWO_TABLES);
    const bySource = (s: FoundBlock["source"]) => blocks.filter((b) => b.source === s);
    expect(bySource("LKIP_IKU").map((b) => b.ref)).toEqual([
      { sheet: "Bab III", row: 1, col: 0, rows: 3, cols: 4 },
    ]);
    expect(bySource("LKIP_ANGGARAN").map((b) => b.ref)).toEqual([
      { sheet: "Bab III", row: 6, col: 0, rows: 4, cols: 4 },
    ]);
    expect(bySource("LKIP_ANGGARAN")[0].skor).toEqual({ wajib: 4, row: 3 });
  });

  it("a sheet that is no LKIP table gives no block", () => {
    expect(findBlocks("Pegawai", { row: 0, col: 0 }, STAFF)).toEqual([]);
    expect(findBlocks("Kosong", { row: 0, col: 0 }, [])).toEqual([]);
    // A header with no data under it (an empty template) is no table.
    expect(findBlocks("Templat", { row: 0, col: 0 }, [IKU_SHEET[2]])).toEqual([]);
    // The add-in's own output sheet is never read back as a source.
    expect(findBlocks("Tabel LKIP 2024 (2)", { row: 0, col: 0 }, IKU_SHEET)).toEqual([]);
  });

  it("a budget table with a three-row header (Anggaran / Tahun 2024 / Pagu | Realisasi) starts at its top header row", () => {
    const sheet: RawCell[][] = [
      ["Sasaran", "Program", "Anggaran", null],
      [null, null, "Tahun 2024", null],
      [null, null, "Pagu", "Realisasi"],
      ["Sasaran A", "Program X", 1000000, 900000],
      [null, "Program Y", 500000, 450000],
    ];
    const blocks = findBlocks("Anggaran", { row: 0, col: 0 }, sheet, 2024);
    expect(blocks.map((b) => [b.source, b.ref, b.skor.row])).toEqual([
      ["LKIP_ANGGARAN", { sheet: "Anggaran", row: 0, col: 0, rows: 5, cols: 4 }, 2],
    ]);
    expect(blocks[0].kolom).toEqual(expect.arrayContaining(["Pagu", "Realisasi"]));
  });
});

const asCandidate = (b: FoundBlock): SourceCandidate => ({
  source: b.source,
  holder: { jenis: "blok", sumber: b.source, ref: b.ref },
  target: { kind: "range", ref: b.ref },
  found: { skor: b.skor, kolom: b.kolom },
});

describe("resolveSources with blocks found without names", () => {
  it("the best block is the source, and an info says which range was used", () => {
    const blocks = [
      ...findBlocks("Capaian IKU", { row: 0, col: 0 }, IKU_SHEET),
      ...findBlocks("Bab III", { row: 0, col: 0 }, TWO_TABLES),
    ];
    const { chosen, findings } = resolveSources(blocks.map(asCandidate), [
      "Capaian IKU",
      "Bab III",
    ]);
    // Both IKU blocks have every required column; the one with more rows of data wins.
    expect(chosen.LKIP_IKU?.target).toEqual({ kind: "range", ref: blocks[0].ref });
    expect(chosen.LKIP_ANGGARAN?.target).toMatchObject({ ref: { sheet: "Bab III", row: 6 } });
    const info = findings.filter((f) => f.kode === "SUMBER_DITEMUKAN");
    expect(info.map((f) => [f.tingkat, f.sumber])).toEqual([
      ["info", "LKIP_IKU"],
      ["info", "LKIP_ANGGARAN"],
    ]);
    expect(findingText(info[0])).toContain("LKIP_IKU tidak ada; dipakai 'Capaian IKU'!A3:F8");
    expect(findingText(info[0], "en")).toContain(
      "LKIP_IKU does not exist; using 'Capaian IKU'!A3:F8"
    );
    expect(info[0].cell).toEqual(blocks[0].ref);
  });

  it("a named source wins over any block", () => {
    const named: SourceCandidate = {
      source: "LKIP_IKU",
      holder: { jenis: "nama", sumber: "LKIP_IKU" },
      target: { kind: "range", ref: { sheet: "Data", row: 0, col: 0, rows: 3, cols: 4 } },
    };
    const blocks = findBlocks("Capaian IKU", { row: 0, col: 0 }, IKU_SHEET).map(asCandidate);
    const { chosen, findings } = resolveSources([...blocks, named], ["Data", "Capaian IKU"]);
    expect(chosen.LKIP_IKU?.holder).toEqual(named.holder);
    expect(findings).toEqual([]);
  });

  it("equally good blocks: none is guessed, a warning names them all", () => {
    const a = findBlocks("IKU Murni", { row: 0, col: 0 }, TWO_TABLES);
    const b = findBlocks("IKU Perubahan", { row: 0, col: 0 }, TWO_TABLES);
    const iku = [...a, ...b].filter((x) => x.source === "LKIP_IKU");
    const { chosen, findings } = resolveSources(iku.map(asCandidate), [
      "IKU Murni",
      "IKU Perubahan",
    ]);
    expect(chosen.LKIP_IKU).toBeUndefined();
    expect(findings.map((f) => f.kode)).toEqual(["SUMBER_CALON"]);
    expect(findings[0].param).toEqual({ sumber: "LKIP_IKU", calon: iku.map((x) => x.ref) });
    const text = findingText(findings[0]);
    expect(text).toContain("'IKU Murni'!A2:D4; 'IKU Perubahan'!A2:D4");
    expect(text).toContain(`--sumber "LKIP_IKU='IKU Murni'!A2:D4"`);
  });

  it("a block the person chose comes before every name", () => {
    const ref = { sheet: "IKU Perubahan", row: 1, col: 0, rows: 3, cols: 4 };
    const cands: SourceCandidate[] = [
      {
        source: "LKIP_IKU",
        holder: { jenis: "nama", sumber: "LKIP_IKU" },
        target: { kind: "range", ref: { sheet: "IKU Murni", row: 1, col: 0, rows: 3, cols: 4 } },
      },
      {
        source: "LKIP_IKU",
        holder: { jenis: "blok", sumber: "LKIP_IKU", ref, dipilih: true },
        target: { kind: "range", ref },
      },
    ];
    const { chosen, findings } = resolveSources(cands, ["IKU Murni", "IKU Perubahan"]);
    expect(chosen.LKIP_IKU?.target).toEqual({ kind: "range", ref });
    expect(findings.map((f) => f.kode)).toEqual(["SUMBER_DITEMUKAN"]);
    expect(findingText(findings[0])).toContain(
      "dipakai 'IKU Perubahan'!A2:D4, sesuai pilihan Anda"
    );
  });
});
