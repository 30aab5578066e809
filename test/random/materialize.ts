/** A GenWorkbook as the in-memory Excel holds it, and as an .xlsx file (ExcelJS, in memory). */
import ExcelJS from "exceljs";
import { ADDIN_MARK_KEY, ADDIN_MARK_VALUE } from "../../src/excel/run";
import type { DefinedNameRaw } from "../../src/xlsx/names";
import { setDefinedNames } from "../../src/xlsx/write";
import {
  addSheet,
  createFakeWorkbook,
  findSheet,
  rectAddress,
  setError,
  type FakeName,
  type FakeWorkbook,
} from "../host/fake-excel";
import type { GenCell, GenFormula, GenWorkbook } from "./hostile";

// Address helpers of its own, so that the fixture does not lean on the code under test.
const quoteSheet = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
function numberToCol(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const isError = (v: GenCell): v is { error: string } =>
  v !== null && typeof v === "object" && "error" in v;
const isFormula = (v: GenCell): v is GenFormula =>
  v !== null && typeof v === "object" && "formula" in v;

export function toFake(gen: GenWorkbook): FakeWorkbook {
  const wb = createFakeWorkbook();
  for (const s of gen.sheets) {
    const sheet = addSheet(wb, s.name);
    for (const [k, v] of s.cells) {
      const [r, c] = k.split(",").map(Number);
      if (isError(v)) setError(sheet, r, c, v.error);
      else if (isFormula(v))
        sheet.cells.set(k, {
          value: v.result ?? "",
          formula: `=${v.formula}`,
          numberFormat: "General",
        });
      else if (v !== null) sheet.cells.set(k, { value: v, numberFormat: "General" });
    }
    if (s.marked) sheet.customProperties.set(ADDIN_MARK_KEY, ADDIN_MARK_VALUE);
  }
  const scopeOf = (sheet: string | null): FakeName[] =>
    sheet === null ? wb.names : findSheet(wb, sheet)!.names;
  const rangeName = (
    name: string,
    sheet: string,
    rect: { row: number; col: number; rows: number; cols: number }
  ): FakeName => ({
    name,
    type: "Range",
    value: rectAddress(sheet, rect, true),
    ref: { sheet, ...rect },
  });
  for (const src of gen.sources) {
    const rect = { row: src.row, col: src.col, rows: src.rows, cols: src.cols };
    if (src.scope === "table") wb.tables.push({ name: src.source, sheet: src.sheet, rect });
    else
      scopeOf(src.scope === "sheet" ? src.sheet : null).push(
        rangeName(src.source, src.sheet, rect)
      );
  }
  for (const d of gen.decoys) {
    if (d.kind === "constant")
      scopeOf(d.sheet).push({
        name: d.name,
        type: typeof d.value === "number" ? "Double" : "String",
        value: d.value,
      });
    else if (d.kind === "deleted")
      scopeOf(d.sheet).push({ name: d.name, type: "Error", value: "#REF!" });
    else
      scopeOf(d.sheet).push(
        rangeName(d.name, d.sheet, { row: d.row, col: d.col, rows: d.rows, cols: d.cols })
      );
  }
  return wb;
}

function a1Rect(sheet: string, row: number, col: number, rows: number, cols: number): string {
  return `${quoteSheet(sheet)}!$${numberToCol(col + 1)}$${row + 1}:$${numberToCol(col + cols)}$${row + rows}`;
}

function cellValue(v: GenCell): ExcelJS.CellValue {
  if (v === null) return null;
  if (isError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  if (isFormula(v))
    return (
      v.result === null ? { formula: v.formula } : { formula: v.formula, result: v.result }
    ) as ExcelJS.CellFormulaValue;
  return v;
}

export async function toXlsx(gen: GenWorkbook): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const index = new Map<string, number>();
  gen.sheets.forEach((s, i) => {
    const ws = wb.addWorksheet(s.name);
    index.set(s.name, i);
    for (const [k, v] of s.cells) {
      const [r, c] = k.split(",").map(Number);
      if (v !== null) ws.getCell(r + 1, c + 1).value = cellValue(v);
    }
  });
  const names: DefinedNameRaw[] = [];
  const scoped = (sheet: string | null) =>
    sheet === null ? {} : { localSheetId: index.get(sheet)! };
  for (const src of gen.sources) {
    if (src.scope === "table") {
      const ws = wb.getWorksheet(src.sheet)!;
      const grid = Array.from({ length: src.rows }, (_, r) =>
        Array.from({ length: src.cols }, (_, c) =>
          cellValue(
            gen.sheets[index.get(src.sheet)!].cells.get(`${src.row + r},${src.col + c}`) ?? null
          )
        )
      );
      ws.addTable({
        name: src.source,
        ref: `${numberToCol(src.col + 1)}${src.row + 1}`,
        headerRow: true,
        columns: grid[0].map((h) => ({ name: String(h) })),
        rows: grid.slice(1),
      });
    } else {
      const text = src.wholeColumns
        ? `${quoteSheet(src.sheet)}!$${numberToCol(src.col + 1)}:$${numberToCol(src.col + src.cols)}`
        : a1Rect(src.sheet, src.row, src.col, src.rows, src.cols);
      names.push({ name: src.source, text, ...scoped(src.scope === "sheet" ? src.sheet : null) });
    }
  }
  for (const d of gen.decoys) {
    if (d.kind === "constant")
      names.push({
        name: d.name,
        text: typeof d.value === "number" ? String(d.value) : `"${d.value}"`,
        ...scoped(d.sheet),
      });
    else if (d.kind === "deleted") names.push({ name: d.name, text: "#REF!", ...scoped(d.sheet) });
    else
      names.push({
        name: d.name,
        text: a1Rect(d.sheet, d.row, d.col, d.rows, d.cols),
        ...scoped(d.sheet),
      });
  }
  setDefinedNames(wb, names);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
