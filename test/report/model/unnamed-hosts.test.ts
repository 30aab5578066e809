/**
 * Tables found without names through both hosts: the same workbook with no LKIP_ name at all (a
 * title above each table, a totals row, a staff sheet beside) given to the in-memory Excel
 * (src/excel/read.ts) and as an .xlsx written with ExcelJS (src/xlsx) must give the same ranges and
 * the same findings; a workbook with its names is read with no sync more than before.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../../src/excel/read";
import { findingText, type RawWorkbook } from "../../../src/report";
import { loadXlsx } from "../../../src/xlsx/read";
import { addSheet, createFakeWorkbook, makeRun, setCells } from "../../host/fake-excel";
import { bufferOf } from "../../xlsx/helpers";

type Cell = string | number | null;
interface Placed {
  sheet: string;
  row: number;
  col: number;
  rows: Cell[][];
}

/** Exported as typed: a title, a blank row, the header on row 3, a totals row. */
const IKU: Placed = {
  sheet: "Capaian IKU",
  row: 0,
  col: 0,
  rows: [
    ["CAPAIAN INDIKATOR KINERJA UTAMA", null, null, null, null],
    [null, null, null, null, null],
    ["NO", "SASARAN STRATEGIS", "INDIKATOR TUJUAN", "TARGET", "REALISASI"],
    [1, "Meningkatnya kualitas jalan", "Persentase jalan mantap", 80, 82],
    [2, "Meningkatnya kualitas jalan", "Persentase jembatan baik", 75, 70],
    [3, "Meningkatnya layanan air", "Cakupan air minum", 90, 91],
    [null, "Rata-rata", null, null, null],
  ],
};
/** The budget table starting at B2, its title above it. */
const ANGGARAN: Placed = {
  sheet: "Anggaran",
  row: 1,
  col: 1,
  rows: [
    ["Realisasi Anggaran 2024", null, null, null],
    ["Sasaran", "Program", "Pagu (Rp)", "Realisasi (Rp)"],
    ["Meningkatnya kualitas jalan", "Program Jalan", 1000000, 950000],
    ["Meningkatnya layanan air", "Program Air Minum", 500000, 400000],
  ],
};
const STAFF: Placed = {
  sheet: "Pegawai",
  row: 0,
  col: 0,
  rows: [
    ["Nama", "NIP", "Jabatan", "Target SKP"],
    ["Budi", "198001", "Kepala Bidang", 100],
  ],
};

function toFake(parts: Placed[], names: { name: string; sheet: string; text: string }[] = []) {
  const wb = createFakeWorkbook();
  for (const p of parts) setCells(addSheet(wb, p.sheet), p.row, p.col, p.rows);
  for (const n of names)
    wb.names.push({
      name: n.name,
      type: "Range",
      value: n.text,
      ref: { sheet: n.sheet, row: 0, col: 0, rows: 3, cols: 4 },
    });
  return wb;
}

async function toXlsx(parts: Placed[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const p of parts) {
    const ws = wb.addWorksheet(p.sheet);
    p.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(p.row + r + 1, p.col + c + 1).value = v;
      })
    );
  }
  return bufferOf(wb, []);
}

function answer(raw: RawWorkbook) {
  return {
    ranges: Object.values(raw.ranges).map((r) => ({
      source: r.source,
      sheet: r.sheet,
      row: r.row,
      col: r.col,
      values: r.values,
    })),
    findings: raw.problems.map((f) => ({
      kode: f.kode,
      tingkat: f.tingkat,
      param: f.param,
      cell: f.cell,
      id: findingText(f, "id"),
      en: findingText(f, "en"),
    })),
  };
}

/** The placed rows from `from` (0-based, inside the part) to the end, as the readers give them. */
const rowsOf = (p: Placed, from: number) => p.rows.slice(from);

describe("tables found without names, both readers", () => {
  it("a workbook with no names: the same blocks, the same ranges and the same findings", async () => {
    const parts = [STAFF, IKU, ANGGARAN];
    const excel = answer((await readWorkbook({ run: makeRun(toFake(parts)) })).raw);
    const xlsx = answer((await loadXlsx(await toXlsx(parts))).raw);
    expect(excel).toEqual(xlsx);
    expect(excel.ranges).toEqual([
      { source: "LKIP_IKU", sheet: "Capaian IKU", row: 2, col: 0, values: rowsOf(IKU, 2) },
      { source: "LKIP_ANGGARAN", sheet: "Anggaran", row: 2, col: 1, values: rowsOf(ANGGARAN, 1) },
    ]);
    expect(excel.findings.map((f) => [f.kode, f.tingkat])).toEqual([
      ["SUMBER_DITEMUKAN", "info"],
      ["SUMBER_DITEMUKAN", "info"],
    ]);
    expect(excel.findings[0].id).toContain("LKIP_IKU tidak ada; dipakai 'Capaian IKU'!A3:E7");
    expect(excel.findings[1].id).toContain("LKIP_ANGGARAN tidak ada; dipakai 'Anggaran'!B3:E5");
  });

  it("two equally good IKU tables: neither is read, both are named, by both readers", async () => {
    const copy = { ...IKU, sheet: "IKU Perubahan" };
    const parts = [IKU, copy];
    const excel = answer((await readWorkbook({ run: makeRun(toFake(parts)) })).raw);
    const xlsx = answer((await loadXlsx(await toXlsx(parts))).raw);
    expect(excel).toEqual(xlsx);
    expect(excel.ranges).toEqual([]);
    expect(excel.findings.map((f) => f.kode)).toEqual(["SUMBER_CALON"]);
    expect(excel.findings[0].id).toContain("'Capaian IKU'!A3:E7; 'IKU Perubahan'!A3:E7");
  });

  it("a workbook with its names: no sync more, and no block looked for", async () => {
    const named = {
      sheet: "Data",
      row: 0,
      col: 0,
      rows: [
        ["Sasaran", "Indikator", "Target", "Realisasi"],
        ["S1", "I1", 1, 1],
        ["S1", "I2", 2, 2],
      ],
    };
    const budget = {
      sheet: "Dana",
      row: 0,
      col: 0,
      rows: [
        ["Sasaran", "Program", "Pagu", "Realisasi"],
        ["S1", "P1", 10, 9],
        ["S1", "P2", 10, 8],
      ],
    };
    const names = [
      { name: "LKIP_IKU", sheet: "Data", text: "'Data'!$A$1:$D$3" },
      { name: "LKIP_ANGGARAN", sheet: "Dana", text: "'Dana'!$A$1:$D$3" },
    ];
    const wb = toFake([named, budget, IKU], names);
    const read = await readWorkbook({ run: makeRun(wb) });
    expect(wb.stats.syncs).toBe(2);
    expect(read.raw.problems).toEqual([]);
    expect(Object.keys(read.raw.ranges)).toEqual(["LKIP_IKU", "LKIP_ANGGARAN"]);
    // Without any name: exactly one sync more, and both tables are found.
    const wb2 = toFake([named, budget]);
    const read2 = await readWorkbook({ run: makeRun(wb2) });
    expect(wb2.stats.syncs).toBe(3);
    expect(read2.raw.ranges.LKIP_ANGGARAN).toMatchObject({ sheet: "Dana", row: 0, col: 0 });
    expect(read2.raw.ranges.LKIP_IKU).toMatchObject({ sheet: "Data", row: 0, col: 0 });
  });
});
