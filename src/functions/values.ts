/* global CustomFunctions */
/**
 * What Excel hands a custom function, turned into core values, and core results turned back into
 * cell values. Kept apart from functions.ts so that the metadata file holds only declarations.
 */
import { Decimal, LkipError, isBlank, toDecimal, toFiniteNumber } from "../core";
import { coreText } from "../report";

/** A cell value as Excel gives it to an `any` parameter. */
export type Cell = unknown;
export type Matrix = Cell[][];

/**
 * What one cell means, whatever form Excel sent it in. functions.json allows custom data
 * (allowCustomDataForDataTypeAny), so a data-type cell arrives as an object: a formatted number
 * `{ type: "Double", basicValue: 90, numberFormat: "0%" }`, a string, boolean or entity with its
 * basicValue, an error `{ type: "Error", basicValue: "#DIV/0!" }` ("Use data types with custom
 * functions", https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts).
 * With allowErrorForDataTypeAny an error may also come as a CustomFunctions.Error ({ code }),
 * which core's errorCodeOf reads as it is.
 */
export function unwrapCell(value: unknown): Cell {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const o = value as { type?: unknown; basicValue?: unknown; basicType?: unknown };
  if (typeof o.type !== "string") return value;
  if (o.type === "Error" || o.basicType === "Error")
    return { error: typeof o.basicValue === "string" ? o.basicValue : "#VALUE!" };
  if (o.type === "Empty") return null;
  if ("basicValue" in o) return o.basicValue === undefined ? null : o.basicValue;
  return value;
}

/** A scalar arrives as itself, a range as a 2-D array; treat both as a matrix of unwrapped cells. */
export function asMatrix(value: unknown): Matrix {
  if (Array.isArray(value)) {
    return value.map((row) => (Array.isArray(row) ? row.map(unwrapCell) : [unwrapCell(row)]));
  }
  return [[unwrapCell(value)]];
}

/**
 * A range as Excel sent it, without copying: for the big ranges of an array call, where copying
 * every row costs as much as the per-call overhead the array call saves. Cells are raw (read them
 * through unwrapCell); a scalar or a ragged value goes through asMatrix.
 */
export function inPlace(value: unknown): Matrix {
  if (Array.isArray(value) && value.length > 0 && Array.isArray(value[0])) {
    const width = (value[0] as unknown[]).length;
    if (value.every((row) => Array.isArray(row) && row.length === width)) return value as Matrix;
  }
  return asMatrix(value);
}

/**
 * One result per cell, a failing cell becoming that cell's error (as `cell` does) without a
 * closure and a try per cell: the loop resumes after the cell that threw.
 */
export function eachCell<T>(
  rows: number,
  cols: number,
  f: (i: number, j: number) => T
): (T | CustomFunctions.Error)[][] {
  const out: (T | CustomFunctions.Error)[][] = new Array(rows);
  for (let i = 0; i < rows; i++) out[i] = new Array(cols);
  let i = 0;
  let j = 0;
  while (i < rows) {
    try {
      for (; i < rows; i++, j = 0) {
        const row = out[i];
        for (; j < cols; j++) row[j] = f(i, j);
      }
    } catch (e) {
      out[i][j] = toExcelError(e);
      if (++j === cols) {
        i++;
        j = 0;
      }
    }
  }
  return out;
}

export function shapeOf(m: Matrix): [number, number] {
  return [m.length, m.length > 0 ? m[0].length : 0];
}

function sameShape(a: Matrix, b: Matrix): boolean {
  const [ra, ca] = shapeOf(a);
  const [rb, cb] = shapeOf(b);
  return ra === rb && ca === cb;
}

/** An omitted optional parameter arrives as null (or as [[null]] for a matrix parameter). */
export function isOmitted(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  const m = asMatrix(value);
  return m.length === 1 && m[0].length === 1 && isBlank(m[0][0]);
}

/**
 * The arguments of one call, checked to share a shape. A 1×1 argument is broadcast, as Excel does
 * for its own functions, so `=LKIP.CAPAIAN(F2:F40; G2:G40; "turun")` works.
 */
export function commonShape(args: { name: string; m: Matrix }[]): [number, number] {
  const big = args.find((a) => !(a.m.length === 1 && a.m[0].length === 1)) ?? args[0];
  for (const a of args) {
    const single = a.m.length === 1 && a.m[0].length === 1;
    if (!single && !sameShape(a.m, big.m)) {
      const [r1, c1] = shapeOf(big.m);
      const [r2, c2] = shapeOf(a.m);
      throw new LkipError("#VALUE!", {
        kode: "UKURAN_RENTANG",
        arg: a.name,
        ukuran: `${r2}×${c2}`,
        lain: big.name,
        ukuranLain: `${r1}×${c1}`,
      });
    }
  }
  return shapeOf(big.m);
}

export function at(m: Matrix, r: number, c: number): Cell {
  return m.length === 1 && m[0].length === 1 ? m[0][0] : m[r][c];
}

/** Every cell of a range as a Decimal; one bad cell is the error of the whole sum. */
export function decimals(m: Matrix, name: string): Decimal[] {
  const out: Decimal[] = [];
  m.forEach((row, r) =>
    row.forEach((cell, c) => {
      const label =
        m.length * (m[0]?.length ?? 0) > 1 ? `${name} (baris ${r + 1}, kolom ${c + 1})` : name;
      out.push(toDecimal(cell, label));
    })
  );
  return out;
}

/** Messages reach the user only on #VALUE! and #N/A; other codes take none. */
function withMessage(code: string): boolean {
  return code === "#VALUE!" || code === "#N/A";
}

/**
 * The codes Excel accepts from a custom function. #REF! and #NAME? are valid inputs but not
 * outputs ("Handle and return errors from your custom function",
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors): an input's #REF!
 * comes back as #VALUE! whose message names the argument and the #REF!.
 */
const ERROR_CODE_NAMES: Record<string, string> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#NULL!": "nullReference",
};

/** Maps a thrown core error to the CustomFunctions.Error Excel shows; anything else is a bug → #VALUE!. */
export function toExcelError(e: unknown): CustomFunctions.Error {
  const Ctor = CustomFunctions.Error;
  const codes = CustomFunctions.ErrorCode as unknown as Record<string, CustomFunctions.ErrorCode>;
  if (e instanceof LkipError) {
    // A code CustomFunctions cannot return (#REF!, #NAME?, #CALC!, #SPILL!…) becomes #VALUE!, which keeps the message.
    const name = ERROR_CODE_NAMES[e.code] ?? "invalidValue";
    const code = codes[name] ?? codes.invalidValue;
    return withMessage(String(code)) ? new Ctor(code, coreText(e.reason)) : new Ctor(code);
  }
  return new Ctor(codes.invalidValue, e instanceof Error ? e.message : String(e));
}

/** Runs one cell's computation; a failure becomes that cell's error, the other cells still compute. */
export function cell<T>(compute: () => T): T | CustomFunctions.Error {
  try {
    return compute();
  } catch (e) {
    return toExcelError(e);
  }
}

/** Runs a whole call; a failure (e.g. shapes differ) becomes the call's error. */
export function call<T>(compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    throw toExcelError(e);
  }
}

/** Exact Decimal → the closest double Excel can store (what the cell's number format then shows). */
export function toNumber(d: Decimal): number {
  return toFiniteNumber(d);
}
