/**
 * Just enough calculation for the custom functions: a cell whose formula is =LKIP.NAME(args) is
 * computed by calling the associated function the way Excel does (test/host/custom-functions.ts:
 * error inputs only with allowErrorForDataTypeAny, #REF!/#NAME? not accepted as outputs, an array
 * spills). Arguments: A1 or A1:B9 on the formula's sheet, optionally "*100", numbers, "text".
 * Other formulas keep the value they were given.
 */
import {
  customFunctionsRuntime,
  invokeLikeExcel,
  type FunctionMetadataFlags,
} from "../custom-functions";
import { parseRect } from "./address";
import { key, type FakeSheet, type FakeWorkbook } from "./state";

export interface FakeFunctions {
  fns: Map<string, (...args: any[]) => unknown>;
  meta: FunctionMetadataFlags;
  /** Blank cells arrive as 0 (the old desktop builds of office-js issues 4702, 5262, 1951). */
  blankAsZero?: boolean;
}

const rt = customFunctionsRuntime(() => undefined);

function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let cur = "";
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "(") depth++;
    if (!quoted && ch === ")") depth--;
    if (!quoted && depth === 0 && (ch === ";" || ch === ",")) {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim() !== "" || out.length > 0) out.push(cur.trim());
  return out;
}

function argValue(sheet: FakeSheet, text: string): unknown {
  if (text === "") return null;
  const m = /^"(.*)"$/.exec(text);
  if (m) return m[1];
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  const scaled = /^(.+?)\*(\d+)$/.exec(text);
  const ref = scaled ? scaled[1] : text;
  const factor = scaled ? Number(scaled[2]) : 1;
  const rect = parseRect(ref);
  return Array.from({ length: rect.rows }, (_, r) =>
    Array.from({ length: rect.cols }, (_, c) => {
      const cell = sheet.cells.get(key(rect.row + r, rect.col + c));
      if (!cell || cell.value === "") return null;
      if (cell.error) return { error: cell.error };
      return typeof cell.value === "number" ? cell.value * factor : cell.value;
    })
  );
}

function put(sheet: FakeSheet, r: number, c: number, v: unknown, formula?: string): void {
  const k = key(r, c);
  const old = sheet.cells.get(k);
  const base = { numberFormat: old?.numberFormat ?? "General", ...(formula ? { formula } : {}) };
  if (v instanceof rt.Error) sheet.cells.set(k, { ...base, value: v.code, error: v.code });
  else if (typeof v === "number" || typeof v === "string" || typeof v === "boolean")
    sheet.cells.set(k, { ...base, value: v });
  else sheet.cells.set(k, { ...base, value: "" });
}

/** Recalculates every =LKIP.… formula of the workbook. */
export function recalcFunctions(wb: FakeWorkbook): void {
  const fx = wb.functions;
  if (!fx) return;
  for (const sheet of wb.sheets) {
    for (const [k, cell] of [...sheet.cells.entries()]) {
      // The one built-in the self-test needs: a division by zero.
      if (/^=\d+(\.\d+)?\/0$/.test(cell.formula ?? "")) {
        sheet.cells.set(k, { ...cell, value: "#DIV/0!", error: "#DIV/0!" });
        continue;
      }
      const m = /^=LKIP\.([A-Z]+)\((.*)\)$/i.exec(cell.formula ?? "");
      if (!m) continue;
      const fn = fx.fns.get(m[1].toUpperCase());
      const [r, c] = k.split(",").map(Number);
      if (!fn) {
        put(sheet, r, c, new rt.Error("#NAME?"), cell.formula);
        continue;
      }
      const args = splitArgs(m[2]).map((a) => argValue(sheet, a));
      const out = invokeLikeExcel(rt, fx.meta, fn, args, { blankAsZero: fx.blankAsZero });
      if (Array.isArray(out)) {
        out.forEach((row: unknown, i: number) =>
          (Array.isArray(row) ? row : [row]).forEach((v: unknown, j: number) =>
            put(sheet, r + i, c + j, v, i === 0 && j === 0 ? cell.formula : undefined)
          )
        );
      } else put(sheet, r, c, out, cell.formula);
    }
  }
}
