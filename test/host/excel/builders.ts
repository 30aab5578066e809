/** Building a workbook as a user would have it, and looking at it afterwards (tests only). */
import { a1, rectAddress } from "./address";
import {
  addSheet,
  createFakeWorkbook,
  key,
  same,
  type FakeRect,
  type FakeSheet,
  type FakeValue,
  type FakeWorkbook,
} from "./state";

/** Minimal shape of src/report/types InputWorkbookPlan (kept structural so the double stands alone). */
export interface InputPlanLike {
  sheets: {
    name: string;
    values: (string | number | null)[][];
    formulas?: (string | null)[][];
    numberFormats?: string[][];
    columnWidths?: number[];
    merges?: { row: number; col: number; rows: number; cols: number }[];
  }[];
  names: { name: string; sheet: string; row: number; col: number; rows: number; cols: number }[];
}

/** A workbook as a user would have it after filling in the plan's sheets (formulas hold the plan's value). */
export function fakeWorkbookFromPlan(plan: InputPlanLike): FakeWorkbook {
  const wb = createFakeWorkbook();
  for (const s of plan.sheets) {
    const sheet = addSheet(wb, s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = s.formulas?.[r]?.[c];
        const fmt = s.numberFormats?.[r]?.[c] ?? "General";
        if (typeof f === "string" && f.startsWith("=")) {
          sheet.cells.set(key(r, c), { value: v ?? "", formula: f, numberFormat: fmt });
        } else if (v !== null && v !== "") {
          sheet.cells.set(key(r, c), { value: v, numberFormat: fmt });
        }
      })
    );
    // Excel keeps a merge's value in its top-left cell only (DOCS.mergeKeepsUpperLeft).
    for (const m of s.merges ?? []) sheet.merges.push({ ...m });
    (s.columnWidths ?? []).forEach((w, c) =>
      sheet.columnWidths.set(c, Math.trunc(w * 7 + 5) * 0.75)
    );
  }
  for (const n of plan.names) defineName(wb, n.name, n.sheet, n);
  return wb;
}

/** A workbook-scoped name of type Range. */
export function defineName(wb: FakeWorkbook, name: string, sheet: string, rect: FakeRect): void {
  const r = { row: rect.row, col: rect.col, rows: rect.rows, cols: rect.cols };
  wb.names.push({ name, type: "Range", value: rectAddress(sheet, r, true), ref: { sheet, ...r } });
}

export interface CellSnapshot {
  value: FakeValue;
  formula?: string;
  error?: string;
  numberFormat: string;
}

/** Every cell of the given sheets (all when omitted), for asserting that inputs are unchanged. */
export function snapshotCells(
  wb: FakeWorkbook,
  sheets?: string[]
): Record<string, Record<string, CellSnapshot>> {
  const out: Record<string, Record<string, CellSnapshot>> = {};
  for (const s of wb.sheets) {
    if (sheets && !sheets.some((n) => same(n, s.name))) continue;
    const cells: Record<string, CellSnapshot> = {};
    for (const [k, c] of [...s.cells.entries()].sort()) {
      const [r, col] = k.split(",").map(Number);
      cells[a1(r, col)] = {
        value: c.value,
        formula: c.formula,
        error: c.error,
        numberFormat: c.numberFormat,
      };
    }
    out[s.name] = cells;
  }
  return out;
}

/** Cells holding a formula, as "A1" addresses, in one sheet. */
export function formulaCells(sheet: FakeSheet): string[] {
  return [...sheet.cells.entries()]
    .filter(([, c]) => c.formula !== undefined)
    .map(([k]) => {
      const [r, c] = k.split(",").map(Number);
      return a1(r, c);
    });
}
