import type { Merge } from "../report";
import { columnLetters } from "../report";

/**
 * Join rectangles that touch edge to edge with the same span, so that a style given per row
 * (e.g. "wrap columns B:C" on each of 10,000 rows) costs one request action instead of 10,000.
 * The union is unchanged; overlapping or ragged rectangles are left as they are.
 */
export function coalesce(rects: readonly Merge[]): Merge[] {
  let out = joinVertical(rects);
  out = joinHorizontal(out);
  return joinVertical(out);
}

function joinVertical(rects: readonly Merge[]): Merge[] {
  const sorted = [...rects].sort((a, b) => a.col - b.col || a.cols - b.cols || a.row - b.row);
  const out: Merge[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.col === r.col && last.cols === r.cols && last.row + last.rows === r.row) {
      last.rows += r.rows;
    } else {
      out.push({ ...r });
    }
  }
  return out;
}

function joinHorizontal(rects: readonly Merge[]): Merge[] {
  const sorted = [...rects].sort((a, b) => a.row - b.row || a.rows - b.rows || a.col - b.col);
  const out: Merge[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.row === r.row && last.rows === r.rows && last.col + last.cols === r.col) {
      last.cols += r.cols;
    } else {
      out.push({ ...r });
    }
  }
  return out;
}

/**
 * Merges as Range.merge calls: one-row merges of the same columns on consecutive rows become one
 * `merge(true)` ("merge across": each row of the range merged on its own, DOCS
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)),
 * so a table column laid over several sheet columns costs one action, not one per row.
 */
export function mergeCalls(merges: readonly Merge[]): { rect: Merge; across: boolean }[] {
  const single = merges.filter((m) => m.rows === 1);
  const out = merges.filter((m) => m.rows > 1).map((rect) => ({ rect, across: false }));
  for (const rect of joinVertical(single)) out.push({ rect, across: rect.rows > 1 });
  return out;
}

/**
 * Longest area list given to one Worksheet.getRanges call. The limit is not documented and lists
 * of ~8,200 characters have failed (office-js issue #5198); a quarter of that is far inside it.
 */
const AREA_LIST_MAX_CHARS = 2048;

/** "B3:C10" for a rectangle (no sheet; a single cell as "B3"). */
export function rectAddress(m: Merge): string {
  const tl = `${columnLetters(m.col)}${m.row + 1}`;
  if (m.rows === 1 && m.cols === 1) return tl;
  return `${tl}:${columnLetters(m.col + m.cols - 1)}${m.row + m.rows}`;
}

/**
 * Rectangles as comma-separated area lists for Worksheet.getRanges (ExcelApi 1.9), each at most
 * `maxChars` long: a style on 13,000 rectangles then costs a few dozen request actions, not 13,000.
 */
export function areaLists(rects: readonly Merge[], maxChars = AREA_LIST_MAX_CHARS): string[] {
  const lists: string[] = [];
  let current = "";
  for (const r of rects) {
    const a = rectAddress(r);
    if (current !== "" && current.length + 1 + a.length > maxChars) {
      lists.push(current);
      current = "";
    }
    current = current === "" ? a : `${current},${a}`;
  }
  if (current !== "") lists.push(current);
  return lists;
}
