/* global Excel */
import { reinterpretedText, TEXT_FORMAT_MAX } from "../report";
import { jsonBytes, OP_OVERHEAD, rowBlocks, type Op } from "./payload";

export { reinterpretedText, TEXT_FORMAT_MAX };

export interface Target {
  ctx: Excel.RequestContext;
  ws: Excel.Worksheet;
}

type Value = string | number | boolean | null;

/**
 * Number formats for a grid. Text ("@") only where Excel would otherwise reinterpret the string
 * (reinterpretedText) and the text is short enough for a Text cell; every other string, number
 * and blank keeps the plan's format (General instead of "@"), so a label cell does not stay Text
 * for whatever the user types there later. A leading apostrophe is used only for long text that
 * needs it (textSafeValue), as round-tripping it through the API is reported unreliable (office-js
 * issue #6687); `valuesAsJson` (ExcelApi 1.16) would rule out older hosts.
 */
export function textSafeFormats(values: Value[][], formats?: (string | null)[][]): string[][] {
  return values.map((row, r) =>
    row.map((v, c) => {
      const f = formats?.[r]?.[c] ?? null;
      const plain = f && f !== "@" ? f : "General";
      if (typeof v === "string" && v.length <= TEXT_FORMAT_MAX && reinterpretedText(v)) return "@";
      return plain;
    })
  );
}

/**
 * The value to send: long text that Excel would reinterpret gets Excel's prefix character (an
 * apostrophe, which Excel keeps out of the value and shows nowhere), since "@" would show "####".
 */
export function textSafeValue(v: Value): Value {
  if (typeof v === "string" && v.length > TEXT_FORMAT_MAX && reinterpretedText(v)) return `'${v}`;
  return v;
}

/**
 * Operations that write a grid at (row0, col0): per row block, numberFormat first, then values,
 * both as whole 2-D arrays (the order matters: the format must be in place when the value lands).
 * On a sheet the add-in has just added (`fresh`), every cell is already General: a General cell's
 * format is sent as null, which leaves the cell as it is ("null input in 2-D array", DOCS
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values), and a
 * block with no other format sends none. At 10,000 indicators that is 2.5 MB less to send.
 */
export function gridOps(
  row0: number,
  col0: number,
  values: Value[][],
  formats: string[][],
  limit: number,
  fresh = false
): Op<Target>[] {
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  if (values.length === 0 || width === 0) return [];
  // A blank cell is written as "" (clears), never null (null means "leave unchanged").
  const vals = values.map((r) =>
    Array.from({ length: width }, (_, c) => textSafeValue(r[c] ?? ""))
  );
  const fmts = formats.map((r) =>
    Array.from({ length: width }, (_, c): string | null => {
      const f = r[c] ?? "General";
      return fresh && f === "General" ? null : f;
    })
  );
  const valueBytes = vals.map((r) => jsonBytes(r) + 1);
  const formatBytes = fmts.map((r) => jsonBytes(r) + 1);
  const rowBytes = valueBytes.map((b, i) => b + (formatBytes[i] ?? 0));
  // Blocks of a 64th of a request: the batches they are packed into fill up to the limit,
  // so a big sheet takes as few syncs as the request limit forces (not one per block and a bit).
  const block = Math.max(OP_OVERHEAD, Math.floor(limit / 64));
  return rowBlocks(rowBytes, block).map(({ start, count }) => {
    const v = vals.slice(start, start + count);
    const f = fmts.slice(start, start + count);
    const anyFormat = f.some((r) => r.some((x) => x !== null));
    const sum = (xs: number[]) => xs.slice(start, start + count).reduce((a, b) => a + b, 2);
    return {
      bytes: sum(valueBytes) + (anyFormat ? sum(formatBytes) + OP_OVERHEAD : 0) + OP_OVERHEAD,
      apply: ({ ws }: Target) => {
        const range = ws.getRangeByIndexes(row0 + start, col0, count, width);
        if (anyFormat) range.numberFormat = f;
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
