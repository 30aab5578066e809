/** What Excel does with what is assigned to a cell, and how it reports a cell's type. */
import { key, type FakeCell, type FakeSheet } from "./state";

export const ERROR_VALUES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
];

/** Text Excel would not keep as typed in a General cell: formula starts, numbers, booleans, errors, dates. */
export function reinterpreted(s: string): boolean {
  const t = s.trim();
  if (/^[=+\-@]/.test(s)) return true;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/.test(t)) return true;
  if (/^(TRUE|FALSE)$/i.test(t)) return true;
  if (ERROR_VALUES.includes(t.toUpperCase())) return true;
  // Dates and times in the forms Excel recognises on typing (d/m/y, y-m-d, d-mmm, hh:mm).
  if (/^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/.test(t)) return true;
  if (/^\d{1,2}[ -][A-Za-z]{3,9}([ -]\d{2,4})?$/.test(t)) return true;
  if (/^\d{1,2}:\d{2}(:\d{2})?( ?[AaPp][Mm])?$/.test(t)) return true;
  return false;
}

/**
 * A value assigned through Range.values lands like typed input unless the cell's number format is
 * Text ("@") (DOCS.rangeValues): "=…" becomes a formula; "+…", "-…" and "@…" that are not plain
 * numbers become formulas too; numeric text becomes a number, "TRUE"/"FALSE" booleans, "#REF!" etc.
 * error values, a recognised date a date serial. `null` leaves the cell unchanged, "" clears it.
 * Formulas are not evaluated: a formula cell keeps the value it had.
 */
export function assign(sheet: FakeSheet, r: number, c: number, input: unknown): void {
  if (input === null || input === undefined) return;
  const k = key(r, c);
  const old = sheet.cells.get(k);
  const fmt = old?.numberFormat ?? "General";
  const keep: Partial<FakeCell> = { ...old, numberFormat: fmt };
  delete keep.formula;
  delete keep.error;
  const put = (cell: Partial<FakeCell> & { value: FakeCell["value"] }) =>
    sheet.cells.set(k, { ...keep, ...cell, numberFormat: fmt });
  if (input === "") {
    if (old) put({ value: "" });
    return;
  }
  if (typeof input === "number" || typeof input === "boolean") {
    put({ value: input });
    return;
  }
  const s = String(input);
  if (fmt === "@") {
    put({ value: s }); // a Text cell keeps the entry as typed
    return;
  }
  // Excel's prefix character: "'=x" typed or assigned is the text "=x" (the apostrophe is not part of the value).
  if (s.startsWith("'")) return void put({ value: s.slice(1) });
  const plainNumber = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s.trim());
  if (
    s.length > 1 &&
    (s.startsWith("=") ||
      ((s.startsWith("+") || s.startsWith("-")) && !plainNumber) ||
      s.startsWith("@"))
  ) {
    const formula = s.startsWith("=") ? s : `=${s.startsWith("@") ? s.slice(1) : s}`;
    put({ value: old?.value ?? "", formula });
    return;
  }
  if (plainNumber) return void put({ value: Number(s) });
  if (/^(TRUE|FALSE)$/i.test(s.trim()))
    return void put({ value: s.trim().toUpperCase() === "TRUE" });
  const err = ERROR_VALUES.find((e) => e === s.trim().toUpperCase());
  if (err) return void put({ value: err, error: err });
  if (reinterpreted(s)) return void put({ value: 45000 }); // a date: some serial, not the text
  put({ value: s });
}

export function valueType(c: FakeCell | undefined): string {
  if (!c) return "Empty";
  if (c.error) return "Error";
  if (typeof c.value === "number") return "Double";
  if (typeof c.value === "boolean") return "Boolean";
  return c.value === "" ? "Empty" : "String";
}

/** What Range.text shows: Excel desktop shows "####" for a Text cell over 255 characters. */
export function shownText(c: FakeCell | undefined): string {
  if (!c) return "";
  const s = String(c.value);
  if (c.numberFormat === "@" && typeof c.value === "string" && s.length > 255) return "#".repeat(8);
  if (typeof c.value === "number" && /%/.test(c.numberFormat)) {
    const decimals = (/0\.(0+)%/.exec(c.numberFormat)?.[1] ?? "").length;
    return `${(c.value * 100).toFixed(decimals)}%`;
  }
  return s;
}
