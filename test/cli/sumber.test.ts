/**
 * `lkip tabel` on workbooks whose tables have no names (issue #21, item 3): the tables are written
 * and the range used is named; two equally good tables are both named and `--sumber` chooses.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { takeSumber } from "../../src/cli/sumber";
import { UsageError } from "../../src/cli/args";
import { run } from "./run";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lkip-sumber-"));
});

type Cell = string | number | null;
const IKU_ROWS = (target: number): Cell[][] => [
  ["Capaian Indikator Kinerja Utama Tahun 2024", null, null, null, null],
  [null, null, null, null, null],
  ["No", "Sasaran Strategis", "Indikator Tujuan", "Target", "Realisasi"],
  [1, "Meningkatnya kualitas jalan", "Persentase jalan mantap", target, 82],
  [2, "Meningkatnya layanan air", "Cakupan air minum", 90, 81],
];
const BUDGET_ROWS: Cell[][] = [
  ["Sasaran", "Program", "Pagu", "Realisasi"],
  ["Meningkatnya kualitas jalan", "Program Jalan", 1000000, 950000],
];

async function write(name: string, sheets: Record<string, Cell[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheet);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      })
    );
  }
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** The Capaian printed for an indicator in the written "Capaian Indikator Kinerja Utama" table. */
async function capaianOf(path: string, indikator: string): Promise<number | undefined> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  let title = "";
  for (const ws of wb.worksheets)
    for (let r = 1; r <= ws.rowCount; r++) {
      const values = (ws.getRow(r).values as unknown[]).slice(1);
      const t = values.find((v) => typeof v === "string" && /^Tabel \d+ — /.test(v));
      if (typeof t === "string") title = t;
      if (!/Capaian Indikator Kinerja Utama/.test(title) || !values.includes(indikator)) continue;
      // Merged cells repeat their value in ExcelJS: No, Target, Realisasi, Capaian, each once.
      const nums = [...new Set(values.filter((v): v is number => typeof v === "number"))];
      return nums[nums.length - 1];
    }
  return undefined;
}

describe("lkip tabel, tables without names", () => {
  it("a workbook with no names at all: its tables are written and the range used is named", async () => {
    const input = await write("tanpa-nama.xlsx", {
      Pegawai: [
        ["Nama", "Jabatan"],
        ["Budi", "Kepala"],
      ],
      "Capaian IKU": IKU_ROWS(80),
      Anggaran: BUDGET_ROWS,
    });
    const output = join(dir, "tanpa-nama-tabel.xlsx");
    const r = await run(["tabel", input, "-o", output]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("LKIP_IKU: rentang tanpa nama 'Capaian IKU'!A3:E5, 2 baris data");
    expect(r.stdout).toContain("LKIP_ANGGARAN: rentang tanpa nama 'Anggaran'!A1:D2, 1 baris data");
    expect(r.stdout).toContain("LKIP_IKU tidak ada; dipakai 'Capaian IKU'!A3:E5");
    // The indicator's capaian computed from its own row (RULES: realisasi / target × 100).
    expect(await capaianOf(output, "Persentase jalan mantap")).toBeCloseTo((82 / 80) * 100, 2);
  });

  it("two equally good tables: lkip names both and writes nothing; --sumber chooses one", async () => {
    const input = await write("dua-calon.xlsx", {
      "IKU Murni": IKU_ROWS(80),
      "IKU Perubahan": IKU_ROWS(100),
      Anggaran: BUDGET_ROWS,
    });
    const output = join(dir, "dua-calon-tabel.xlsx");
    const refused = await run(["tabel", input, "-o", output]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("'IKU Murni'!A3:E5; 'IKU Perubahan'!A3:E5");
    expect(refused.stderr).toContain(`--sumber "LKIP_IKU='IKU Murni'!A3:E5"`);

    const chosen = await run([
      "tabel",
      input,
      "--sumber",
      "LKIP_IKU='IKU Perubahan'!A3:E5",
      "-o",
      output,
    ]);
    expect(chosen.stderr).toBe("");
    expect(chosen.code).toBe(0);
    expect(chosen.stdout).toContain("dipakai 'IKU Perubahan'!A3:E5, sesuai pilihan Anda");
    // The chosen sheet's target (100), not the other one's (80).
    expect(await capaianOf(output, "Persentase jalan mantap")).toBeCloseTo((82 / 100) * 100, 2);
  });
});

describe("--sumber parsing", () => {
  it("takes repeated choices out of the arguments", () => {
    const { rest, pilihan } = takeSumber([
      "a.xlsx",
      "--sumber=LKIP_ANGGARAN=Dana!B2:E9",
      "--sumber",
      "lkip_iku='Capaian IKU'!$A$3:$H$20",
      "-o",
      "b.xlsx",
    ]);
    expect(rest).toEqual(["a.xlsx", "-o", "b.xlsx"]);
    expect(pilihan).toEqual([
      { source: "LKIP_ANGGARAN", ref: { sheet: "Dana", row: 1, col: 1, rows: 8, cols: 4 } },
      { source: "LKIP_IKU", ref: { sheet: "Capaian IKU", row: 2, col: 0, rows: 18, cols: 8 } },
    ]);
  });

  it("refuses what it cannot read, and a source chosen twice", () => {
    expect(() => takeSumber(["--sumber", "LKIP_IKU=A3:H20"])).toThrow(UsageError);
    expect(() => takeSumber(["--sumber", "LKIP_INFO='X'!A1:B2"])).toThrow(UsageError);
    expect(() => takeSumber(["--sumber"])).toThrow(UsageError);
    expect(() =>
      takeSumber(["--sumber", "LKIP_IKU='A'!A1:B2", "--sumber", "LKIP_IKU='B'!A1:B2"])
    ).toThrow(/dua kali/);
  });
});
