/* global Excel */
import { jsonBytes, OP_OVERHEAD, rowBlocks, type Op } from "./payload";

export interface Target {
  ctx: Excel.RequestContext;
  ws: Excel.Worksheet;
}

type Value = string | number | boolean | null;

/**
 * Number formats that make text land as text. `Range.values` treats a string starting with "=",
 * "+" or "-" as a formula (documented on Excel.Range.values), and Excel parses typed input into
 * numbers, dates and error values; a cell formatted as Text ("@") keeps what is assigned as
 * literal text — Excel's long-standing rule that an entry into a Text cell is not evaluated. So
 * every string cell gets "@" (whatever the plan says) and a number never does.
 * A leading apostrophe was rejected: Excel strips it as a prefix character, and round-tripping it
 * through the API is reported unreliable (office-js issue #6687). `valuesAsJson` (ExcelApi 1.16)
 * would rule out older hosts.
 */
export function textSafeFormats(values: Value[][], formats?: (string | null)[][]): string[][] {
  return values.map((row, r) =>
    row.map((v, c) => {
      const f = formats?.[r]?.[c] ?? null;
      if (typeof v === "string" && v !== "") return "@";
      if (typeof v === "number" || typeof v === "boolean") return f && f !== "@" ? f : "General";
      return f ?? "General";
    })
  );
}

/**
 * Operations that write a grid at (row0, col0): per row block, numberFormat first, then values,
 * both as whole 2-D arrays (the order matters: the format must be in place when the value lands).
 */
export function gridOps(
  row0: number,
  col0: number,
  values: Value[][],
  formats: string[][],
  limit: number
): Op<Target>[] {
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  if (values.length === 0 || width === 0) return [];
  // A blank cell is written as "" (clears), never null (null means "leave unchanged").
  const vals = values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
  const fmts = formats.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "General"));
  const rowBytes = vals.map((r, i) => jsonBytes(r) + jsonBytes(fmts[i]) + 2);
  return rowBlocks(rowBytes, limit - 2 * OP_OVERHEAD).map(({ start, count }) => {
    const v = vals.slice(start, start + count);
    const f = fmts.slice(start, start + count);
    return {
      bytes: rowBytes.slice(start, start + count).reduce((a, b) => a + b, 0) + 2 * OP_OVERHEAD,
      apply: ({ ws }: Target) => {
        const range = ws.getRangeByIndexes(row0 + start, col0, count, width);
        range.numberFormat = f;
        range.values = v;
      },
    };
  });
}

/** Excel character units → points (Calibri 11: 7 px per character plus 5 px padding; 0.75 pt per px). */
export function charsToPoints(chars: number): number {
  return Math.trunc(chars * 7 + 5) * 0.75;
}

export function columnWidthOps(widths: number[], col0 = 0): Op<Target>[] {
  return widths.map((w, c) => ({
    bytes: OP_OVERHEAD,
    apply: ({ ws }: Target) => {
      ws.getRangeByIndexes(0, col0 + c, 1, 1).format.columnWidth = charsToPoints(w);
    },
  }));
}
