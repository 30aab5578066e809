/**
 * A1-style addresses for findings and for pointing the user at a cell. The sheet name is always
 * quoted ('Data IKU'!G7) so that every address reads the same whatever the sheet is called.
 */

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col0: number): string {
  if (!Number.isInteger(col0) || col0 < 0) throw new RangeError(`kolom tidak sah: ${col0}`);
  let n = col0 + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "Z" → 25, "AA" → 26 (case-insensitive): the inverse of columnLetters. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The corners of "G7" or "$A$2:$H$9" (no sheet), 0-based; null when the text is not one. */
export function parseA1Range(
  ref: string
): { row0: number; col0: number; lastRow0: number; lastCol0: number } | null {
  const m = /^([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/i.exec(ref.replace(/\$/g, ""));
  if (!m || Number(m[2]) < 1 || (m[4] !== undefined && Number(m[4]) < 1)) return null;
  const row0 = Number(m[2]) - 1;
  const col0 = columnIndex(m[1]);
  return {
    row0,
    col0,
    lastRow0: m[4] !== undefined ? Number(m[4]) - 1 : row0,
    lastCol0: m[3] !== undefined ? columnIndex(m[3]) : col0,
  };
}

/** "G7" for row 6, column 6 (0-based). */
export function a1(row0: number, col0: number): string {
  if (!Number.isInteger(row0) || row0 < 0) throw new RangeError(`baris tidak sah: ${row0}`);
  return `${columnLetters(col0)}${row0 + 1}`;
}

/** The sheet name quoted, inner quotes doubled: `'Data IKU'`. */
export function quoteSheet(sheet: string): string {
  // A workbook has a few sheets and every cell read names its own: quoted once per name.
  let quoted = QUOTED.get(sheet);
  if (quoted === undefined) {
    quoted = `'${sheet.replace(/'/g, "''")}'`;
    if (QUOTED.size >= 256) QUOTED.clear();
    QUOTED.set(sheet, quoted);
  }
  return quoted;
}

const QUOTED = new Map<string, string>();

/** The sheet name as an address prefix: `'Data IKU'!`. */
export function sheetPrefix(sheet: string): string {
  return `${quoteSheet(sheet)}!`;
}

export function cellAddress(sheet: string, row0: number, col0: number): string {
  return sheetPrefix(sheet) + a1(row0, col0);
}

/** 'Data IKU'!A1:H1; a 1×1 range is written as its single cell. */
export function rangeAddress(
  sheet: string,
  row0: number,
  col0: number,
  rows: number,
  cols: number
): string {
  if (rows < 1 || cols < 1) throw new RangeError(`ukuran rentang tidak sah: ${rows}×${cols}`);
  if (rows === 1 && cols === 1) return cellAddress(sheet, row0, col0);
  return `${sheetPrefix(sheet)}${a1(row0, col0)}:${a1(row0 + rows - 1, col0 + cols - 1)}`;
}

/** Split `'Data IKU'!G7` (or `Sheet1!A1:B2`, or a bare `G7`) into sheet and cell part. */
export function splitAddress(address: string): { sheet: string | null; cell: string } {
  const text = address.trim();
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: null, cell: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  return { sheet, cell: text.slice(bang + 1).replace(/\$/g, "") };
}

/** Excel compares sheet names case-insensitively. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

/** "Tabel LKIP 2024", then "Tabel LKIP 2024 (2)", "(3)" … — the first name no sheet uses. */
export function nextFreeSheetName(wanted: string, taken: readonly string[]): string {
  // Excel sheet names are at most 31 characters.
  const base = wanted.slice(0, 31);
  const used = (n: string) => taken.some((t) => sameSheetName(t, n));
  if (!used(base)) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!used(candidate)) return candidate;
  }
}

/** A cell (rows/cols absent or 1) or a range, 0-based, on a named sheet. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
  rows?: number;
  cols?: number;
}

/** 'Data IKU'!G7 or 'Data IKU'!A2:H2. */
export function refAddress(ref: CellRef): string {
  return rangeAddress(ref.sheet, ref.row, ref.col, ref.rows ?? 1, ref.cols ?? 1);
}

/** `'Data IKU'!G7` or `'Data IKU'!$A$2:$H$2` → CellRef; null without a sheet or for anything else. */
export function parseRef(address: string): CellRef | null {
  const { sheet, cell } = splitAddress(address);
  if (sheet === null) return null;
  const r = parseA1Range(cell);
  if (!r) return null;
  const row = Math.min(r.row0, r.lastRow0);
  const col = Math.min(r.col0, r.lastCol0);
  const rows = Math.abs(r.lastRow0 - r.row0) + 1;
  const cols = Math.abs(r.lastCol0 - r.col0) + 1;
  return rows === 1 && cols === 1 ? { sheet, row, col } : { sheet, row, col, rows, cols };
}
