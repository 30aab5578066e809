/**
 * Host-free contracts between the layers. The gateways (src/excel for Office.js, src/xlsx for
 * ExcelJS) turn a workbook into a RawWorkbook and write a SheetPlan; everything in between is
 * pure and lives in src/report.
 */
import type { Finding } from "./findings";
import type { CellRef } from "./address";

/** The sources of the workbook contract (src/report/model/WORKBOOK.md). */
export type SourceName =
  "LKIP_IKU" | "LKIP_ANGGARAN" | "LKIP_INFO" | "LKIP_BELANJA" | "LKIP_TRIWULAN";
export const SOURCE_NAMES: readonly SourceName[] = [
  "LKIP_IKU",
  "LKIP_ANGGARAN",
  "LKIP_INFO",
  "LKIP_BELANJA",
  "LKIP_TRIWULAN",
];

/** An Excel error value as it sits in a cell, e.g. { error: "#REF!" }. */
export interface CellError {
  error: string;
}

/** One cell as a host gives it: a number, a text, a boolean, blank (null or ""), or an error. */
export type RawCell = number | string | boolean | null | CellError;

/** A source's cells, headers in the first row, with where they sit so that every problem names its cell. */
export interface RawRange {
  source: SourceName;
  /** "name" (workbook- or sheet-scoped defined name) or "table" (an Excel table of that name). */
  kind: "name" | "table";
  sheet: string;
  /** 0-based row and column of the top-left cell (the header row). */
  row: number;
  col: number;
  values: RawCell[][];
  /**
   * For a fixed named range: the cells just below it (same columns) and just right of it (same
   * rows), so that rows typed after the name was defined are reported (WORKBOOK.md).
   */
  outside?: { below: RawCell[][]; right: RawCell[][] };
  /**
   * Merged ranges inside the source (relative to row/col, header row = 0), clipped to it. A merged
   * range holds its value in its top-left cell only; the cells it covers arrive blank. The model
   * applies src/core/README.md §12 from this list (money once, Target/Realisasi/Satuan per row).
   */
  merges?: Merge[];
  /**
   * percent[r][c] is true for a numeric cell shown with a percent format (0,9271 printed as
   * 92,71 %). Gateways only report formats; the model applies RULES §9 (src/report/model/percent.ts)
   * to the percent-point columns. Absent when no cell is percent-formatted.
   */
  percent?: boolean[][];
}

/** What a gateway read: the ranges it found, and the problems it met while looking (e.g. a name that is a constant). */
export interface RawWorkbook {
  ranges: Partial<Record<SourceName, RawRange>>;
  problems: Finding[];
  /**
   * Text cells above the sources on their sheets (titles such as "CAPAIAN KINERJA TAHUN 2021"),
   * in reading order, when the gateway gives them: the last place the report year is read from.
   */
  titles?: { text: string; cell: CellRef }[];
}

// ---------------------------------------------------------------- output

/** How a cell is written: text always lands as text (never a formula), numbers with a number format. */
export type CellKind = "text" | "number";

export interface TableCell {
  value: string | number | null;
  kind: CellKind;
  /** en-US number format code for numbers, e.g. "#,##0.00" or "#,##0". */
  format?: string;
  bold?: boolean;
  align?: "left" | "center" | "right";
  wrap?: boolean;
}

/** A rectangular merge, in coordinates relative to the grid it belongs to (0-based). */
export interface Merge {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** One standard table (src/report/tables/TABLES.md), host-free. */
export interface TableDesc {
  /** 1..12 as in src/report/tables/TABLES.md. */
  id: number;
  /** "Tabel N — title ..." (N = its number among the tables written). */
  title: string;
  /** Header rows (1 or 2) then body rows, all the same width. */
  header: TableCell[][];
  body: TableCell[][];
  /** Merges relative to the first header row. */
  merges: Merge[];
  /** Column widths in Excel character units. */
  widths: number[];
  /** Lines written under the table (e.g. the efisiensi formula and the bounded values). */
  notes: string[];
}

/** The whole output sheet, laid out: what both writers (Office.js and ExcelJS) put on the sheet. */
export interface SheetPlan {
  name: string;
  /** values[r][c]; null = empty. Dimensions: rows × cols. */
  values: (string | number | null)[][];
  /** numberFormats[r][c]: "@" for text cells, an en-US code for numbers, "General" for empty. */
  numberFormats: string[][];
  bold: Merge[];
  /** Ranges with thin borders on every edge of every cell. */
  bordered: Merge[];
  wrapped: Merge[];
  alignRight: Merge[];
  alignCenter: Merge[];
  merges: Merge[];
  columnWidths: number[];
  /** Where each table sits (0-based row): `row` is its title line, `rows` counts the title, header, body and notes. */
  tables: {
    id: number;
    title: string;
    row: number;
    rows: number;
    /** The sheet column of each table column (a table column may cover several: report/tables/layout.ts). */
    columns: number[];
  }[];
  /** Charts to draw where the host can (the .xlsx writer has none). */
  charts: ChartSpec[];
  /** Row heights in points for wrapped text (null = the host's default); optional for hand-built plans. */
  rowHeights?: (number | null)[];
  /** How the sheet prints (TABLES.md "Print"), the same from both writers; optional for hand-built plans. */
  pageSetup?: PageSetup;
}

/**
 * Host-free print settings: A4 landscape at a fixed scale (Excel ignores manual page breaks under
 * "fit to page", so the scale is computed from the column widths instead), page numbers in the
 * footer, and a page break before each table that would otherwise straddle two pages.
 */
export interface PageSetup {
  paperSize: "A4";
  orientation: "landscape";
  /** Print scale in percent (10–400): the widest table fits the page width at this scale. */
  scale: number;
  /** Inches, as Excel's Page Setup shows them. */
  margins: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
  /** Centre footer with Excel's codes: &P page number, &N number of pages. */
  centerFooter: string;
  /** 0-based rows that start a new page (a manual break above each). */
  rowBreaks: number[];
  /** The tables' cells (A1 address): what prints, not the chart data beside them. */
  printArea: string;
}

/**
 * One chart, host-free: categories with one or more series of numbers, from the computed report
 * (src/report/tables/charts.ts), never read back from the laid-out cells.
 */
export interface ChartSpec {
  /** The table it illustrates (TableDesc.id). */
  table: number;
  title: string;
  /** The category header, then one header per series. */
  headers: string[];
  /** null: no value (a quarter not reported yet), a gap in the chart, never 0. */
  rows: { label: string; values: (number | null)[] }[];
  /** A series drawn as a line across the columns (the 100 % target), where the host can. */
  line?: number;
}

/** Sheets and defined names to create (used by "Sisipkan contoh data" and the sample .xlsx). */
export interface InputWorkbookPlan {
  sheets: {
    name: string;
    /** Cells; a string starting with "=" in `formulas` is a formula, `values` are always literal. */
    values: (string | number | null)[][];
    /** Optional formulas by [row][col] (null = use values). */
    formulas?: (string | null)[][];
    numberFormats?: string[][];
    columnWidths?: number[];
    /** Merged ranges (0-based), as an officer merges a band or a sasaran over its rows. */
    merges?: Merge[];
  }[];
  /** Workbook-scoped names: { name: "LKIP_IKU", sheet: "Data IKU", row, col, rows, cols } (0-based). */
  names: {
    name: SourceName;
    sheet: string;
    row: number;
    col: number;
    rows: number;
    cols: number;
  }[];
}

// ---------------------------------------------------------------- naskah (RULES §15)

/**
 * One paragraph of a naskah (the report's own text, .docx or .pdf), in reading order. A gateway
 * (src/xlsx) reads the file; the report layer checks the numbers in it (periksa/naskah).
 */
export interface NaskahParagraph {
  /** 1-based, in reading order: each table cell's paragraphs in row order (RULES §15). */
  nomor: number;
  text: string;
  /** A heading (Word's Heading/Judul styles): it starts a section. */
  heading?: boolean;
  /** Inside a table: which one (0-based, in reading order), its row and column (0-based). */
  table?: { index: number; row: number; col: number };
  /** PDF only: the page it starts on (1-based). */
  page?: number;
}

/** A naskah as read: its file name (for `lokasi`, "{file} ¶{n}") and its paragraphs. */
export interface Naskah {
  file: string;
  format: "docx" | "pdf";
  paragraphs: NaskahParagraph[];
}
