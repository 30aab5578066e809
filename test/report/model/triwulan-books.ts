/**
 * The quarterly workbooks of triwulan-raw.ts as the two hosts hold them: an .xlsx (ExcelJS, with
 * the header cells merged as the Renja form prints them) and an InputWorkbookPlan for the
 * in-memory Excel. Shared by the .xlsx, Excel and CLI tests.
 */
import ExcelJS from "exceljs";
import type { InputWorkbookPlan, RawCell, RawRange } from "../../../src/report/contract/types";
import { colLetter } from "../../xlsx/triwulan-cols";
import { QUARTERLY, info, oneRowRange, twoRowRange, type Quarterly } from "./triwulan-raw";

const plain = (v: RawCell): string | number | null =>
  typeof v === "string" || typeof v === "number" ? v : null;

function ref(r: RawRange): string {
  const rows = r.values.length;
  const cols = r.values[0].length;
  return `'${r.sheet}'!$${colLetter(r.col)}$${r.row + 1}:$${colLetter(r.col + cols - 1)}$${r.row + rows}`;
}

export function ranges(
  form: "one" | "two",
  triwulan?: number,
  rows: Quarterly[] = QUARTERLY
): RawRange[] {
  return [form === "one" ? oneRowRange(rows) : twoRowRange(rows), info(2025, triwulan)];
}

/** The .xlsx, its names workbook-scoped. */
export async function quarterlyXlsx(
  form: "one" | "two",
  triwulan?: number,
  rows: Quarterly[] = QUARTERLY
) {
  const wb = new ExcelJS.Workbook();
  for (const r of ranges(form, triwulan, rows)) {
    const ws = wb.addWorksheet(r.sheet);
    r.values.forEach((row, i) =>
      row.forEach((v, c) => {
        const p = plain(v);
        if (p !== null) ws.getCell(r.row + i + 1, r.col + c + 1).value = p;
      })
    );
    for (const m of r.merges ?? [])
      ws.mergeCells(
        r.row + m.row + 1,
        r.col + m.col + 1,
        r.row + m.row + m.rows,
        r.col + m.col + m.cols
      );
  }
  return {
    workbook: wb,
    names: ranges(form, triwulan, rows).map((r) => ({ name: r.source, text: ref(r) })),
  };
}

/** The same for the in-memory Excel (no merges: a merged cell reads blank past its first cell). */
export function quarterlyPlan(
  form: "one" | "two",
  triwulan?: number,
  rows: Quarterly[] = QUARTERLY
): InputWorkbookPlan {
  const rs = ranges(form, triwulan, rows);
  return {
    sheets: rs.map((r) => {
      const width = r.col + Math.max(...r.values.map((row) => row.length));
      const values: (string | number | null)[][] = Array.from(
        { length: r.row + r.values.length },
        () => Array.from({ length: width }, () => null)
      );
      r.values.forEach((row, i) =>
        row.forEach((v, c) => (values[r.row + i][r.col + c] = plain(v)))
      );
      return { name: r.sheet, values };
    }),
    names: rs.map((r) => ({
      name: r.source,
      sheet: r.sheet,
      row: r.row,
      col: r.col,
      rows: r.values.length,
      cols: r.values[0].length,
    })),
  };
}
