import ExcelJS from "exceljs";
import type { InputWorkbookPlan, Merge, SheetPlan } from "../report";
import { columnLetters, needsTextFormat, nextFreeSheetName, quoteSheet } from "../report";
import type { DefinedNameRaw } from "./names";

const THIN = { style: "thin" as const };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function eachCell(ws: ExcelJS.Worksheet, m: Merge, f: (cell: ExcelJS.Cell) => void): void {
  for (let r = m.row; r < m.row + m.rows; r++)
    for (let c = m.col; c < m.col + m.cols; c++) f(ws.getCell(r + 1, c + 1));
}

interface MergeableSheet {
  _merges: Record<string, unknown>;
}

/**
 * Bold in the workbook's own font. A font given only as { bold: true } is written without a name,
 * and LibreOffice (and so the rendered pages) then prints it in a serif fallback, wider than Calibri.
 */
const BOLD: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, size: 11, bold: true };

/**
 * The plan's merges, each checked once against a cell index. ExcelJS's mergeCells checks every
 * merge against all earlier ones (quadratic: 22,000 merges of a 5,000-line budget took 50 s);
 * here a merge that overlaps another is refused by the index, then applied as mergeCells would
 * (cells pointing at their master, the range recorded under the master's address).
 */
function mergeAll(ws: ExcelJS.Worksheet, merges: Merge[]): void {
  const taken = new Set<number>();
  const key = (r: number, c: number) => r * 16384 + c;
  const index = (ws as unknown as MergeableSheet)._merges;
  for (const m of merges) {
    if (m.rows * m.cols <= 1) continue;
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols; c++) {
        if (taken.has(key(r, c)))
          throw new Error(`merge ${JSON.stringify(m)} overlaps another merge of the plan`);
        taken.add(key(r, c));
      }
    const master = ws.getCell(m.row + 1, m.col + 1);
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols; c++)
        if (r > m.row || c > m.col) ws.getCell(r + 1, c + 1).merge(master);
    // What ExcelJS's own mergeCells records (a Range of the same four corners).
    const range = {
      top: m.row + 1,
      left: m.col + 1,
      bottom: m.row + m.rows,
      right: m.col + m.cols,
    };
    index[master.address] = rangeOf(range);
  }
}

/** ExcelJS's Range for four corners, built through a throw-away sheet's public API once per class. */
let RangeCtor: (new (...a: number[]) => unknown) | null = null;
function rangeOf(r: { top: number; left: number; bottom: number; right: number }): unknown {
  if (!RangeCtor) {
    const probe = new ExcelJS.Workbook().addWorksheet("x");
    probe.mergeCells(1, 1, 1, 2);
    RangeCtor = (
      Object.values((probe as unknown as MergeableSheet)._merges)[0] as {
        constructor: new (...a: number[]) => unknown;
      }
    ).constructor;
  }
  return new RangeCtor(r.top, r.left, r.bottom, r.right);
}

/**
 * Writes the laid-out tables on a new sheet. Text goes in as a plain string (with the "@" format
 * where Excel would reinterpret it on editing): `=HYPERLINK(..)` or `+62 811` never becomes a formula.
 * Returns the name of the sheet written (the plan's name, or the next free one).
 */
export function writeSheetPlan(workbook: ExcelJS.Workbook, plan: SheetPlan): string {
  const name = nextFreeSheetName(
    plan.name,
    workbook.worksheets.map((w) => w.name)
  );
  const ws = workbook.addWorksheet(name);
  // TABLES.md "Print": the plan's page setup, as the Office.js writer applies it too. A fixed
  // scale, not "fit to page": Excel ignores manual page breaks under fit-to-page.
  const ps = plan.pageSetup;
  if (ps) {
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: ps.orientation,
      paperSize: 9, // A4 in the SpreadsheetML paper size list
      fitToPage: false,
      scale: ps.scale,
      margins: ps.margins,
    };
    ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${ps.centerFooter}` };
    for (const r of ps.rowBreaks) if (r > 0) ws.getRow(r).addPageBreak();
  }
  plan.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === "") return;
      const cell = ws.getCell(r + 1, c + 1);
      const format = plan.numberFormats[r]?.[c] ?? "General";
      if (typeof value === "number") {
        cell.value = value;
        if (format !== "General" && format !== "@") cell.numFmt = format;
      } else {
        cell.value = String(value);
        // Same rule as the Office.js writer: Text only where Excel would reinterpret the string
        // on editing, never for text over 255 characters (Excel desktop shows ####).
        if (needsTextFormat(value)) cell.numFmt = "@";
      }
    });
  });
  for (const m of plan.bold) eachCell(ws, m, (cell) => (cell.font = { ...BOLD, ...cell.font }));
  for (const m of plan.bordered) eachCell(ws, m, (cell) => (cell.border = BORDER));
  const align = (m: Merge, a: Partial<ExcelJS.Alignment>) =>
    eachCell(ws, m, (cell) => (cell.alignment = { ...cell.alignment, ...a }));
  for (const m of plan.bordered) align(m, { vertical: "top" });
  for (const m of plan.wrapped) align(m, { wrapText: true });
  for (const m of plan.alignRight) align(m, { horizontal: "right" });
  for (const m of plan.alignCenter) align(m, { horizontal: "center", vertical: "middle" });
  mergeAll(ws, plan.merges);
  plan.columnWidths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  (plan.rowHeights ?? []).forEach((h, r) => {
    if (h !== null) ws.getRow(r + 1).height = h;
  });
  if (ps && plan.values.length > 0) ws.pageSetup.printArea = ps.printArea;
  return name;
}

/**
 * Puts the given defined names (scope and text as stored) into what ExcelJS writes. ExcelJS keeps
 * neither a name's scope nor a name that is a constant or formula, so a copy of a user's workbook
 * would otherwise lose them. Print areas and titles are left to ExcelJS (it rebuilds them).
 */
export function setDefinedNames(workbook: ExcelJS.Workbook, names: DefinedNameRaw[]): void {
  const model = names
    .filter((n) => !/^_xlnm\.(Print_Area|Print_Titles)$/i.test(n.name))
    .map((n) => ({
      name: n.name,
      ranges: [n.text],
      ...(n.localSheetId !== undefined ? { localSheetId: n.localSheetId } : {}),
    }));
  Object.defineProperty(workbook.definedNames, "model", {
    get: () => model,
    // ExcelJS assigns its own (scope-less) list on save; ours stays. A setter must take the value.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    set(_ignored: unknown) {},
    configurable: true,
  });
}

/**
 * The output of `lkip tabel`: a workbook of its own holding only the tables' sheet. The input is
 * never rewritten, so nothing of it (charts, pivots, macros, …) can be lost on the way.
 */
export function writeTablesWorkbook(plan: SheetPlan): {
  workbook: ExcelJS.Workbook;
  sheetName: string;
} {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "LKIP";
  const sheetName = writeSheetPlan(workbook, plan);
  return { workbook, sheetName };
}

/** A new workbook with the plan's input sheets and its workbook-scoped names (the sample data). */
export function writeInputPlan(plan: InputWorkbookPlan): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of plan.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) => {
      row.forEach((value, c) => {
        const formula = sheet.formulas?.[r]?.[c];
        const format = sheet.numberFormats?.[r]?.[c];
        const cell = ws.getCell(r + 1, c + 1);
        if (formula) {
          cell.value = { formula: formula.replace(/^=/, "") };
        } else if (value === null || value === "") {
          return;
        } else {
          cell.value = value;
        }
        if (format && format !== "General") cell.numFmt = format;
      });
    });
    ws.getRow(1).font = BOLD;
    sheet.columnWidths?.forEach((w, c) => (ws.getColumn(c + 1).width = w));
    mergeAll(ws, sheet.merges ?? []);
  }
  setDefinedNames(
    workbook,
    plan.names.map((n) => ({
      name: n.name,
      text: `${quoteSheet(n.sheet)}!$${columnLetters(n.col)}$${n.row + 1}:$${columnLetters(n.col + n.cols - 1)}$${n.row + n.rows}`,
    }))
  );
  return workbook;
}

/** The rekap's sheets (Rekap, Temuan) as one new workbook's .xlsx bytes; no file I/O. */
export async function rekapWorkbook(plans: readonly SheetPlan[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "LKIP";
  for (const plan of plans) {
    const name = writeSheetPlan(workbook, plan);
    // The header stays in view over hundreds of OPD rows.
    workbook.getWorksheet(name)!.views = [{ state: "frozen", ySplit: 2, xSplit: 2 }];
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
