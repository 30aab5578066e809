/* global Excel */
/**
 * Merged areas as Excel gives them (Range.getMergedAreasOrNullObject, ExcelApi 1.13), turned into
 * the RawRange.merges the .xlsx reader gives: relative to the source's top-left, clipped to it,
 * only areas whose top-left cell lies in the source (what Excel returns, and what src/xlsx keeps).
 */
import { parseRef } from "../report";
import type { Merge } from "../report";

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The requirement set of getMergedAreasOrNullObject. */
export const MERGES_API = "1.13";

/** Ask for a range's merged areas in the batch being built (loaded with its values, same sync). */
export function askMerges(range: Excel.Range): Excel.RangeAreas {
  const areas = range.getMergedAreasOrNullObject();
  areas.load("address");
  return areas;
}

/** "Sheet1!A1:B4, 'A, B'!D1:D4" → its blocks (a comma inside a quoted sheet name is not a separator). */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let part = "";
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // a doubled '' toggles twice: still inside
    if (ch === "," && !quoted) {
      out.push(part.trim());
      part = "";
    } else part += ch;
  }
  if (part.trim() !== "") out.push(part.trim());
  return out;
}

/** The merges of `areas` (null object: none) within `rect`, relative to its top-left. */
export function mergesIn(areas: Excel.RangeAreas | undefined, rect: Rect): Merge[] {
  if (!areas || areas.isNullObject) return [];
  const out: Merge[] = [];
  for (const text of splitAreas(areas.address)) {
    const ref = parseRef(text);
    if (!ref) continue;
    const top = ref.row;
    const left = ref.col;
    if (top < rect.row || top >= rect.row + rect.rows) continue;
    if (left < rect.col || left >= rect.col + rect.cols) continue;
    const rows = Math.min(top + (ref.rows ?? 1), rect.row + rect.rows) - top;
    const cols = Math.min(left + (ref.cols ?? 1), rect.col + rect.cols) - left;
    if (rows > 1 || cols > 1) out.push({ row: top - rect.row, col: left - rect.col, rows, cols });
  }
  return out;
}
