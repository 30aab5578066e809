/** A1 addresses of the double: cell, rectangle, and the unbounded forms "A:H" and "2:4". */
import type { FakeRect } from "./state";
import { richError } from "./errors";

/** Excel's grid (ExcelApi everywhere): 1,048,576 rows × 16,384 columns. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function colLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(r: number, c: number, abs = false): string {
  return abs ? `$${colLetter(c)}$${r + 1}` : `${colLetter(c)}${r + 1}`;
}

function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Whole columns ("A:H") or whole rows ("2:4"), which Excel calls unbounded. */
export function isUnbounded(rect: FakeRect): boolean {
  return (rect.row === 0 && rect.rows >= MAX_ROWS) || (rect.col === 0 && rect.cols >= MAX_COLS);
}

export function rectAddress(sheet: string, rect: FakeRect, abs = false): string {
  const $ = abs ? "$" : "";
  let body: string;
  if (rect.row === 0 && rect.rows >= MAX_ROWS) {
    body = `${$}${colLetter(rect.col)}:${$}${colLetter(rect.col + rect.cols - 1)}`;
  } else if (rect.col === 0 && rect.cols >= MAX_COLS) {
    body = `${$}${rect.row + 1}:${$}${rect.row + rect.rows}`;
  } else {
    const first = a1(rect.row, rect.col, abs);
    const last = a1(rect.row + rect.rows - 1, rect.col + rect.cols - 1, abs);
    body = rect.rows === 1 && rect.cols === 1 ? first : `${first}:${last}`;
  }
  return `${quoteSheet(sheet)}!${body}`;
}

type Part = { row: number | null; col: number | null };

function parsePart(ref: string): Part {
  const t = ref.trim();
  let m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(t);
  if (m) return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
  m = /^\$?([A-Za-z]{1,3})$/.exec(t);
  if (m) return { row: null, col: colIndex(m[1]) };
  m = /^\$?(\d+)$/.exec(t);
  if (m) return { row: Number(m[1]) - 1, col: null };
  throw richError("InvalidArgument", `bad address ${ref}`);
}

function colIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** "B2", "B2:D9", "A:H" (whole columns) or "2:4" (whole rows), "$" allowed. */
export function parseRect(address: string): FakeRect {
  const [a, b] = address.split(":");
  const p = parsePart(a);
  const q = b === undefined ? p : parsePart(b);
  if (p.row === null || q.row === null) {
    if (p.col === null || q.col === null || b === undefined)
      throw richError("InvalidArgument", `bad address ${address}`);
    const col = Math.min(p.col, q.col);
    return { row: 0, col, rows: MAX_ROWS, cols: Math.abs(q.col - p.col) + 1 };
  }
  if (p.col === null || q.col === null) {
    if (b === undefined) throw richError("InvalidArgument", `bad address ${address}`);
    const row = Math.min(p.row, q.row);
    return { row, col: 0, rows: Math.abs(q.row - p.row) + 1, cols: MAX_COLS };
  }
  return {
    row: Math.min(p.row, q.row),
    col: Math.min(p.col, q.col),
    rows: Math.abs(q.row - p.row) + 1,
    cols: Math.abs(q.col - p.col) + 1,
  };
}
