/** A1 addresses, host-free. Rows and columns are 0-based in code, 1-based in addresses. */

export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function rangeA1(row: number, col: number, rows: number, cols: number): string {
  const first = cellA1(row, col);
  return rows === 1 && cols === 1 ? first : `${first}:${cellA1(row + rows - 1, col + cols - 1)}`;
}

/** Sheet name always quoted, as Finding.lokasi requires: `'Data IKU'`. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
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
export function nextFreeSheetName(base: string, taken: readonly string[]): string {
  const used = (n: string) => taken.some((t) => sameSheetName(t, n));
  if (!used(base)) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    // Excel sheet names are at most 31 characters.
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!used(candidate)) return candidate;
  }
}
