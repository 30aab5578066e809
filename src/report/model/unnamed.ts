/**
 * Tables found without names (issue #21, item 3): in a sheet's used range, the blocks whose header
 * row reads by meaning (the shared recogniser: recognize.ts over columns.ts, never a list of its
 * own) as LKIP_IKU (Indikator + Target + Realisasi) or as a budget (Program + Pagu + Realisasi).
 * The header row need not be the sheet's first: titles above tables are normal. A block runs down
 * to its first fully blank row (across the header's width) or the used range's end. Pure; the
 * readers call it only when a source has no name or table, and resolveSources picks the best.
 */
import { parseA1Range, SOURCE_NAMES, splitAddress } from "../contract";
import type { CellRef, RawCell, SourceName } from "../contract";
import { headerText, KOSAKATA } from "./columns";
import { recognizeColumns } from "./recognize";

export type BlockSource = "LKIP_IKU" | "LKIP_ANGGARAN";

/** The columns a header row must read as for the block to be that source. */
const KEY_COLUMNS: Record<BlockSource, string[]> = {
  LKIP_IKU: ["Indikator", "Target", "Realisasi"],
  LKIP_ANGGARAN: ["Program", "Pagu", "Realisasi"],
};

const BLOCK_SOURCES: readonly BlockSource[] = ["LKIP_IKU", "LKIP_ANGGARAN"];

/** How well a block fits: required columns found (WORKBOOK), then rows of data. */
export interface BlockScore {
  wajib: number;
  row: number;
}

export interface FoundBlock {
  source: BlockSource;
  /** The block's cells on the sheet (0-based), header row(s) included. */
  ref: CellRef;
  /** The columns its header reads as (WORKBOOK names, left to right). */
  kolom: string[];
  skor: BlockScore;
}

const blank = (c: RawCell | undefined) => c === undefined || headerText(c) === null;

/** The years a header row names ("Target 2024"): the header's own year is read, never guessed. */
function yearsIn(rows: RawCell[][]): number[] {
  const out = new Set<number>();
  for (const row of rows)
    for (const c of row) {
      const t = headerText(c);
      for (const m of t?.match(/\b(19|20)\d{2}\b/g) ?? []) out.add(Number(m));
    }
  return [...out];
}

const requiredCount = (source: BlockSource) =>
  KOSAKATA.filter((k) => k.sources[source] === true).length;

/** The header reading of rows r … r+2 for `source`, under the year that reads best. */
function readHeader(source: BlockSource, rows: RawCell[][], tahun: number) {
  const years = [tahun, ...yearsIn(rows)];
  let best: ReturnType<typeof recognizeColumns> | null = null;
  for (const y of years) {
    const r = recognizeColumns(source, rows, y);
    if (!best || r.recognised.length > best.recognised.length) best = r;
  }
  return best!;
}

/**
 * The blocks of one sheet. `values` is its used range, whose top-left cell is `origin` (0-based);
 * `tahun` is the report year when known (a year in the headers is tried too).
 */
export function findBlocks(
  sheet: string,
  origin: { row: number; col: number },
  values: readonly RawCell[][],
  tahun = 0
): FoundBlock[] {
  const out: FoundBlock[] = [];
  // The add-in's own output (WORKBOOK "Output": `Tabel LKIP {tahun}`, or its next free name) is
  // made from the sources; its tables are never read back as them.
  if (/^Tabel LKIP \d{4}( \(\d+\))?$/i.test(sheet.trim())) return out;
  for (const source of BLOCK_SOURCES) {
    let r = 0;
    while (r < values.length) {
      const row = values[r] ?? [];
      if (row.every(blank)) {
        r++;
        continue;
      }
      const rec = readHeader(source, [row, values[r + 1] ?? [], values[r + 2] ?? []], tahun);
      const labels = rec.recognised.map((x) => x.label);
      if (!KEY_COLUMNS[source].every((k) => labels.includes(k))) {
        r++;
        continue;
      }
      // Width: the header's written cells (every row of a header of several rows).
      const head = values.slice(r, r + rec.headerRows);
      const written = head.flatMap((h) => h.flatMap((c, i) => (blank(c) ? [] : [i])));
      const left = Math.min(...written);
      const right = Math.max(...written);
      const emptyRow = (i: number) => (values[i] ?? []).slice(left, right + 1).every(blank);
      let end = r + rec.headerRows;
      while (end < values.length && !emptyRow(end)) end++;
      // A header with no row under it (an empty template) is no table to read.
      if (end === r + rec.headerRows) {
        r = end;
        continue;
      }
      out.push({
        source,
        ref: {
          sheet,
          row: origin.row + r,
          col: origin.col + left,
          rows: end - r,
          cols: right - left + 1,
        },
        kolom: labels,
        skor: {
          wajib: requiredCount(source) - rec.missing.length,
          row: end - r - rec.headerRows,
        },
      });
      r = end;
    }
  }
  return out;
}

/** Orders blocks best first (more required columns, then more rows); 0 when equally good. */
export function compareBlocks(a: BlockScore, b: BlockScore): number {
  return b.wajib - a.wajib || b.row - a.row;
}

/** A block the person chose for a source (`lkip --sumber "LKIP_IKU='Capaian IKU'!A3:H20"`). */
export interface PilihanSumber {
  source: SourceName;
  ref: CellRef;
}

/** "LKIP_IKU='Capaian IKU'!A3:H20" → the choice; null when it is not that shape. */
export function parsePilihanSumber(text: string): PilihanSumber | null {
  const eq = text.indexOf("=");
  if (eq < 0) return null;
  const source = SOURCE_NAMES.find((s) => s === text.slice(0, eq).trim().toUpperCase());
  const { sheet, cell } = splitAddress(text.slice(eq + 1));
  const r = parseA1Range(cell);
  if (!source || source === "LKIP_INFO" || sheet === null || sheet === "" || !r) return null;
  return {
    source,
    ref: {
      sheet,
      row: r.row0,
      col: r.col0,
      rows: r.lastRow0 - r.row0 + 1,
      cols: r.lastCol0 - r.col0 + 1,
    },
  };
}
