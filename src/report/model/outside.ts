/**
 * Rows that are not data (WORKBOOK.md): non-empty rows typed directly below a fixed named range,
 * or columns given a known header directly to its right, are almost always data added after the name
 * was defined. They are reported as a peringatan with their cells and the reference that would
 * take them in ("Perluas rentang"), never dropped in silence. Excel tables grow by themselves.
 */
import { rangeAddress, temuan } from "../contract";
import { isBlankCell } from "./row-reader";
import { recognizeColumns } from "./recognize";
import type { Finding, RawCell, RawRange } from "../contract";

export interface Outside {
  finding: Finding;
  /** The address the name should refer to so that the rows and columns are inside it. */
  perluas: string;
}

const blankRow = (row: RawCell[] | undefined) => !row || row.every((c) => isBlankCell(c ?? null));

export function outsideRows(range: RawRange, tahun: number): Outside | null {
  const near = range.outside;
  if (range.kind !== "name" || !near || range.values.length === 0) return null;
  const rows = range.values.length;
  const cols = Math.max(1, range.values[0]?.length ?? 1);
  let below = 0;
  while (below < near.below.length && !blankRow(near.below[below])) below++;
  // A column to the right counts when the source would read it: its header is one of the
  // vocabulary's (a helper column such as the sample's "LKIP.CAPAIAN" formulas is not data).
  let right = 0;
  const heads = range.source === "LKIP_INFO" ? [] : (near.right[0] ?? []);
  while (
    right < heads.length &&
    !isBlankCell(heads[right] ?? null) &&
    recognizeColumns(range.source, [[heads[right]]], tahun).recognised.length > 0
  )
    right++;
  if (below === 0 && right === 0) return null;

  const cell =
    below > 0
      ? {
          sheet: range.sheet,
          row: range.row + rows,
          col: range.col,
          rows: below,
          cols: cols + right,
        }
      : { sheet: range.sheet, row: range.row, col: range.col + cols, rows, cols: right };
  return {
    finding: temuan(
      "BARIS_DI_LUAR_RENTANG",
      { sumber: range.source, bawah: below, kanan: right },
      { sumber: range.source, cell }
    ),
    perluas: rangeAddress(range.sheet, range.row, range.col, rows + below, cols + right),
  };
}
