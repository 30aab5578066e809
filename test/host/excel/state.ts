/** The workbook the double holds: plain data, changed only by the proxies at sync time. */
import { DOCS } from "./docs";

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  formula?: string;
  /** An Excel error value such as "#REF!" (then `value` holds the same text). */
  error?: string;
  numberFormat: string;
  bold?: boolean;
  wrap?: boolean;
  hAlign?: string;
  /** A formula written while calculation was suspended and not recalculated since (shows a stale value). */
  stale?: boolean;
  /** Border style per edge of this cell: top/bottom/left/right. */
  borders?: Partial<Record<"top" | "bottom" | "left" | "right", string>>;
}

export interface FakeRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface FakeName {
  name: string;
  /** NamedItem.type: only "Range" resolves to cells; a name whose sheet was deleted is "Error". */
  type: "Range" | "String" | "Integer" | "Double" | "Boolean" | "Error" | "Array";
  /** NamedItem.value: the address for a range ("'Data IKU'!$A$1:$K$11"), else the constant. */
  value: string | number | boolean;
  /** For type Range: where it points. */
  ref?: { sheet: string } & FakeRect;
}

export interface FakeTable {
  name: string;
  sheet: string;
  /** The whole table: header row, body, and the Total Row when showTotals. */
  rect: FakeRect;
  /** Table.showTotals: the last row of `rect` is the Total Row (DOCS.table). */
  showTotals?: boolean;
}

export interface FakeChart {
  type: string;
  source: FakeRect;
  seriesBy?: string;
  title?: string;
  seriesTypes: Record<number, string>;
  position?: { start: string; end?: string };
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges: FakeRect[];
  /** Column widths in points, as Range.format.columnWidth takes them. */
  columnWidths: Map<number, number>;
  customProperties: Map<string, string>;
  names: FakeName[];
  charts: FakeChart[];
  /** Print settings written through Worksheet.pageLayout (see excel/print.ts). */
  pageLayout: FakePageLayout;
  /** 0-based rows with a manual page break above them (Worksheet.horizontalPageBreaks). */
  rowBreaks: number[];
  /** List validations set through Range.dataValidation.rule (DOCS.dataValidation), in order. */
  validations?: FakeValidation[];
  /** Worksheet.protection.protected: every cell locked (Excel's default), so no cell edit (DOCS.protection). */
  protected?: boolean;
}

/** One in-cell list (ListDataValidation): its cells and the values it offers. */
export interface FakeValidation {
  rect: FakeRect;
  list: string[];
  inCellDropDown: boolean;
}

/** What Worksheet.pageLayout holds, as Excel.PageLayout documents it (DOCS.pageLayout). */
export interface FakePageLayout {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerFooter: string;
  /** A1 address set by setPrintArea (DOCS.pageLayout); null = the whole used range prints. */
  printArea: string | null;
}

export interface SyncStats {
  /** Number of context.sync() calls that reached the host (failed ones included). */
  syncs: number;
  /** Approximate JSON bytes of queued writes, per sync. */
  requestBytes: number[];
  /** Approximate JSON bytes of loaded data, per sync. */
  responseBytes: number[];
  /** How many syncs had suspendApiCalculationUntilNextSync queued. */
  suspendedSyncs: number;
  /** Application.calculate calls. */
  calculations: number;
}

export interface FakeWorkbook {
  sheets: FakeSheet[];
  names: FakeName[];
  tables: FakeTable[];
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
  stats: SyncStats;
  /**
   * 5 MB requests/responses like Excel on the web; 5 M cells per get (DOCS.limits). Tests may
   * lower them. `overCells`: what a get over the cell limit gives — null values (what current
   * builds do, DOCS.nullOver5M) or an error (what the limits page promises).
   */
  limits: {
    requestBytes: number;
    responseBytes: number;
    cells: number;
    overCells: "null" | "error";
  };
  /** Requirement sets reported by the fake Office (ExcelApi up to this minor version). */
  excelApiMinor: number;
  /** WorkbookProtection.protected: structure locked, no sheet added, renamed or deleted. */
  protectedStructure: boolean;
  /** The user is typing in a cell: every request fails with InvalidOperationInCellEditMode (DOCS.errors). */
  cellEditMode: boolean;
  /**
   * Requests that fail on the way (DOCS.requestAborted): at the n-th sync (1-based, counted in
   * stats.syncs), "before" Excel ran any of it, or "after" Excel ran all of it and the reply was
   * lost. Either way the add-in gets RequestAborted and cannot tell which.
   */
  faults?: SyncFault[];
  /** The custom functions the page registered, for =LKIP.… formulas (excel/calc.ts). */
  functions?: import("./calc").FakeFunctions;
}

export interface SyncFault {
  sync: number;
  when: "before" | "after";
}

export function emptyStats(): SyncStats {
  return { syncs: 0, requestBytes: [], responseBytes: [], suspendedSyncs: 0, calculations: 0 };
}

export function createFakeWorkbook(): FakeWorkbook {
  return {
    sheets: [],
    names: [],
    tables: [],
    activeSheet: null,
    selection: null,
    stats: emptyStats(),
    limits: {
      requestBytes: 5 * 1024 * 1024,
      responseBytes: 5 * 1024 * 1024,
      cells: 5_000_000,
      overCells: "null",
    },
    excelApiMinor: 17,
    protectedStructure: false,
    cellEditMode: false,
  };
}

export function resetStats(wb: FakeWorkbook): void {
  wb.stats = emptyStats();
}

export const key = (r: number, c: number) => `${r},${c}`;
export const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

export function findSheet(wb: FakeWorkbook, name: string): FakeSheet | undefined {
  return wb.sheets.find((s) => same(s.name, name));
}

/**
 * Why Excel refuses a sheet name, or null (DOCS.sheetName): blank, over 31 characters, one of
 * \ / ? * [ ] :, an apostrophe at either end, or the reserved "History".
 */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "blank";
  if (name.length > 31) return "longer than 31 characters";
  if (/[\\/?*[\]:]/.test(name)) return "contains one of \\ / ? * [ ] :";
  if (name.startsWith("'") || name.endsWith("'")) return "begins or ends with an apostrophe";
  if (same(name, "History")) return "History is reserved";
  return null;
}

export function addSheet(wb: FakeWorkbook, name: string): FakeSheet {
  if (findSheet(wb, name)) throw new Error(`sheet exists: ${name}`);
  const problem = sheetNameProblem(name);
  if (problem) throw new Error(`bad sheet name ${name}: ${problem} (${DOCS.sheetName})`);
  const s: FakeSheet = {
    name,
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    customProperties: new Map(),
    names: [],
    charts: [],
    pageLayout: {
      orientation: "Portrait",
      paperSize: "Letter",
      zoom: { scale: 100 },
      leftMargin: 50.4,
      rightMargin: 50.4,
      topMargin: 54,
      bottomMargin: 54,
      headerMargin: 21.6,
      footerMargin: 21.6,
      centerFooter: "",
      printArea: null,
    },
    rowBreaks: [],
  };
  wb.sheets.push(s);
  if (!wb.activeSheet) wb.activeSheet = name;
  return s;
}

/** Put cells directly (no parsing): what a user typed and Excel stored. */
export function setCells(
  sheet: FakeSheet,
  row0: number,
  col0: number,
  values: (FakeValue | null)[][],
  numberFormat = "General"
): void {
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      sheet.cells.set(key(row0 + r, col0 + c), { value: v, numberFormat });
    })
  );
}

export function setError(sheet: FakeSheet, row: number, col: number, error: string): void {
  sheet.cells.set(key(row, col), { value: error, error, numberFormat: "General" });
}

export function getCell(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.cells.get(key(row, col));
}
