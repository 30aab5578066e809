/**
 * Real reports as test fixtures (test/fixtures/real/*.json): each block as the officer types it,
 * laid out as an input workbook with its named ranges. `npx tsx test/tools/real-fixtures.ts`
 * writes them as out/real-*.xlsx to open, render or run `lkip periksa` on.
 */
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type {
  InputWorkbookPlan,
  Merge,
  RawCell,
  SourceName,
} from "../../src/report/contract/types";
import { writeInputPlan } from "../../src/xlsx/write";

export interface Blok {
  sheet: string;
  /** 0-based row and column of the header row's first cell. */
  at: [number, number];
  values: RawCell[][];
  /** Merged cells as printed: [row, col, rows, cols] inside the block (0-based). */
  merges?: [number, number, number, number][];
}

/** One figure the report prints, and what the add-in must do with it. */
export interface Dicetak {
  cell: string;
  /** Sheet of the cell; the IKU sheet when absent (required when the report has no IKU block). */
  sheet?: string;
  what?: string;
  /**
   * sama: reproduced; beda: a finding (kode) at `at` (or the cell); renstra: capaian vs Target
   * Akhir Renstra; total: a printed total row's figure (`kolom` pagu, realisasi or serapan) equal
   * to the sum (or Σ realisasi / Σ pagu) of the budget lines it stands for.
   */
  expect: "sama" | "beda" | "renstra" | "total";
  kolom?: "pagu" | "realisasi" | "serapan";
  at?: string;
  kode?: string;
  pesan?: string;
}

export interface Laporan {
  source: { url: string; instansi: string };
  tahun: number;
  /** Absent when the public text holds only the report's budget table. */
  iku?: Blok;
  anggaran?: Blok;
  printed: Dicetak[];
  /**
   * Headers the vocabulary does not list, read by their meaning (WORKBOOK "Headers by meaning"):
   * the header's cell (the lowest header row's, where the reading is said), the header as printed
   * when that cell is covered by a merge from above, and the WORKBOOK column it is read as.
   */
  byMeaning?: { cell: string; sheet?: string; judul?: string; kolom: string }[];
}

/** The officer's workbook: each block on its sheet, a named range over it, and LKIP_INFO. */
export function plan(l: Laporan): InputWorkbookPlan {
  const blocks: [SourceName, Blok][] = l.iku ? [["LKIP_IKU", l.iku]] : [];
  if (l.anggaran) blocks.push(["LKIP_ANGGARAN", l.anggaran]);
  blocks.push([
    "LKIP_INFO",
    {
      sheet: "Info",
      at: [0, 0],
      values: [
        ["Instansi", l.source.instansi],
        ["Tahun", l.tahun],
      ],
    },
  ]);
  const sheets = new Map<string, (string | number | null)[][]>();
  const merges = new Map<string, Merge[]>();
  for (const [, b] of blocks) {
    for (const [row, col, rows, cols] of b.merges ?? [])
      merges.set(b.sheet, [
        ...(merges.get(b.sheet) ?? []),
        { row: b.at[0] + row, col: b.at[1] + col, rows, cols },
      ]);
    const grid = sheets.get(b.sheet) ?? [];
    b.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const rr = b.at[0] + r;
        grid[rr] ??= [];
        grid[rr][b.at[1] + c] = v as string | number | null;
      })
    );
    sheets.set(b.sheet, grid);
  }
  return {
    sheets: [...sheets].map(([name, grid]) => ({
      name,
      values: Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? null)),
      ...(merges.has(name) ? { merges: merges.get(name) } : {}),
    })),
    names: blocks.map(([name, b]) => ({
      name,
      sheet: b.sheet,
      row: b.at[0],
      col: b.at[1],
      rows: b.values.length,
      cols: Math.max(...b.values.map((r) => r.length)),
    })),
  };
}

export const DIR = "test/fixtures/real";

export function laporanNyata(): { file: string; data: Laporan }[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ file: f, data: JSON.parse(readFileSync(`${DIR}/${f}`, "utf8")) as Laporan }));
}

async function main(): Promise<void> {
  mkdirSync("out", { recursive: true });
  for (const { file, data } of laporanNyata()) {
    const path = `out/real-${file.replace(/\.json$/, ".xlsx")}`;
    await writeInputPlan(plan(data)).xlsx.writeFile(path);
    console.log(`ditulis: ${path}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) void main();
