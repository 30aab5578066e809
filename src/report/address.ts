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

/** "G7" for row 6, column 6 (0-based). */
export function a1(row0: number, col0: number): string {
  if (!Number.isInteger(row0) || row0 < 0) throw new RangeError(`baris tidak sah: ${row0}`);
  return `${columnLetters(col0)}${row0 + 1}`;
}

/** The sheet name as an address prefix: quoted, inner quotes doubled. */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

export function cellAddress(sheet: string, row0: number, col0: number): string {
  return sheetPrefix(sheet) + a1(row0, col0);
}

/** 'Data IKU'!A1:H1; a 1×1 range is written as its single cell. */
export function rangeAddress(sheet: string, row0: number, col0: number, rows: number, cols: number): string {
  if (rows < 1 || cols < 1) throw new RangeError(`ukuran rentang tidak sah: ${rows}×${cols}`);
  if (rows === 1 && cols === 1) return cellAddress(sheet, row0, col0);
  return `${sheetPrefix(sheet)}${a1(row0, col0)}:${a1(row0 + rows - 1, col0 + cols - 1)}`;
}
