/**
 * layoutSheet: the tables stacked top to bottom on one sheet (title line, header, body, notes,
 * one blank row between tables), as absolute 0-based coordinates both writers can apply as is.
 *
 * Each table keeps column widths of its own (TABLES.md "Print"), although a sheet has one width
 * per column: the sheet's columns are the union of every table's column edges, and a table
 * column that covers several sheet columns is one merged cell in each row.
 */
import type { ChartSpec, Merge, SheetPlan, TableCell, TableDesc } from "../contract";
import { columnChars, columnPx, printLayout } from "./print";

const DEFAULT_WIDTH = 10;
/** No table column is narrower than this many characters (keeps every column a cell of its own). */
const MIN_WIDTH = 3;
/**
 * Every table column is a whole number of these pixels (rounded up: a column never loses width,
 * a word that fits keeps fitting), so that the tables' edges meet on a common lattice and the
 * sheet's columns are never slivers: each is at least this wide (about two characters).
 */
const UNIT_PX = 21;
/**
 * A sheet longer than this (about 25 pages; 120 indicators make ~1,000 rows) is a data dump, not a
 * report to print: its tables share the sheet's columns (each the width of the widest table
 * column in it) and need no merges. The merges cost: a 1,000-line budget (1,801 rows) written
 * with them took 2.2 × as long (621 vs 285 ms; the budget is 4 × ExcelJS's own read + write),
 * a 10,000-line one 686 MB where the command promises < 512 MB.
 */
export const MAX_GRID_ROWS = 1000;
/** In a shared layout, a first column at most this wide is a "No" column. */
const NARROW = 8;

/** Where a table's columns sit on the sheet: the first sheet column of each and how many it covers. */
export interface Placement {
  start: number[];
  span: number[];
}

/** A sheet column's width in characters, to two decimals (as Excel's dialog shows it). */
const charsOf = (px: number) => Math.round(columnChars(px) * 100) / 100;

/**
 * The sheet's column widths and each table's placement on them. Works in pixels, as Excel
 * lays columns out: a table column of w characters covers sheet columns adding up to the pixels
 * of one w-character column, not to w characters (each column adds its own padding).
 */
export function sheetColumns(tables: TableDesc[]): { widths: number[]; places: Placement[] } {
  const rows = tables.reduce((n, t) => n + 2 + t.header.length + t.body.length + t.notes.length, 0);
  if (rows > MAX_GRID_ROWS) return sharedColumns(tables);
  const tableEdges = tables.map((t) => {
    const edges = [0];
    for (let c = 0; c < widthOf(t); c++) {
      const px = columnPx(Math.max(MIN_WIDTH, t.widths[c] ?? DEFAULT_WIDTH));
      edges.push(edges[edges.length - 1] + Math.ceil(px / UNIT_PX) * UNIT_PX);
    }
    return edges;
  });
  const grid = [...new Set(tableEdges.flat())].sort((a, b) => a - b);
  if (grid.length < 2)
    return { widths: [DEFAULT_WIDTH], places: tables.map(() => ({ start: [], span: [] })) };
  const index = new Map(grid.map((e, i) => [e, i]));
  const widths = grid.slice(1).map((e, i) => charsOf(e - grid[i]));
  const places = tableEdges.map((edges) => {
    const at = edges.map((e) => index.get(e)!);
    return {
      start: at.slice(0, -1),
      span: at.slice(1).map((end, c) => end - at[c]),
    };
  });
  return { widths, places };
}

/**
 * The shared layout: table column c in sheet column c (+1 for a table whose first column is
 * wide, so that column A stays as narrow as the "No" columns that fill it).
 */
function sharedColumns(tables: TableDesc[]): { widths: number[]; places: Placement[] } {
  const offsets = tables.map((t) => {
    const first = t.widths[0] ?? DEFAULT_WIDTH;
    return first > NARROW && widthOf(t) > 1 ? 1 : 0;
  });
  const cols = Math.max(1, ...tables.map((t, i) => widthOf(t) + offsets[i]));
  const widths = Array.from({ length: cols }, (_, c) => {
    const ws = tables
      .map((t, i) => t.widths[c - offsets[i]])
      .filter((w): w is number => typeof w === "number" && w > 0);
    return ws.length > 0 ? Math.max(...ws) : c === 0 ? 5 : DEFAULT_WIDTH;
  });
  const places = tables.map((t, i) => ({
    start: Array.from({ length: widthOf(t) }, (_, c) => c + offsets[i]),
    span: Array.from({ length: widthOf(t) }, () => 1),
  }));
  return { widths, places };
}

export function layoutSheet(
  name: string,
  tables: TableDesc[],
  charts: ChartSpec[] = []
): SheetPlan {
  const { widths, places } = sheetColumns(tables);
  const cols = widths.length;
  const plan: SheetPlan = {
    name,
    values: [],
    numberFormats: [],
    bold: [],
    bordered: [],
    wrapped: [],
    alignRight: [],
    alignCenter: [],
    merges: [],
    columnWidths: widths,
    tables: [],
    charts,
  };

  /** A row of table cells; each cell is written in its first sheet column and styled over all it covers. */
  const addRow = (cells: (TableCell | null)[], place: Placement) => {
    const r = plan.values.length;
    plan.values.push(Array.from({ length: cols }, () => null));
    plan.numberFormats.push(Array.from({ length: cols }, () => "General"));
    const spread: (TableCell | null)[] = Array.from({ length: cols }, () => null);
    cells.forEach((cell, c) => {
      if (!cell || c >= place.start.length) return;
      const at = place.start[c];
      for (let k = 0; k < place.span[c]; k++) spread[at + k] = cell;
      if (cell.value === null || cell.value === "") return;
      plan.values[r][at] = cell.value;
      plan.numberFormats[r][at] = cell.kind === "text" ? "@" : (cell.format ?? "General");
    });
    // Styles are per row as runs of neighbouring cells with the same flag.
    plan.bold.push(...runs(r, spread, (x) => !!x?.bold));
    plan.wrapped.push(...runs(r, spread, (x) => !!x?.wrap));
    plan.alignRight.push(...runs(r, spread, (x) => x?.align === "right"));
    plan.alignCenter.push(...runs(r, spread, (x) => x?.align === "center"));
    return r;
  };
  const text = (value: string, bold = false): TableCell => ({
    value,
    kind: "text",
    bold,
    wrap: true,
  });

  tables.forEach((t, i) => {
    const place = places[i];
    const width = widthOf(t);
    const first = place.start[0] ?? 0;
    const span = width > 0 ? place.start[width - 1] + place.span[width - 1] - first : 1;
    // A title or a note is a line of the page, as a report's captions are: it spans the sheet's
    // width (the widest table's) and wraps there, not in a narrow table's few columns.
    const line: Placement = { start: [0], span: [cols] };
    const spanning = (r: number) => {
      if (cols > 1) plan.merges.push({ row: r, col: 0, rows: 1, cols });
    };
    if (i > 0) addRow([], line);
    const titleRow = addRow([text(t.title, true)], line);
    spanning(titleRow);
    const headerRow = plan.values.length;
    for (const row of t.header) addRow(row, place);
    for (const row of t.body) addRow(row, place);
    const gridRows = t.header.length + t.body.length;
    if (gridRows > 0 && width > 0)
      plan.bordered.push({ row: headerRow, col: first, rows: gridRows, cols: span });
    plan.merges.push(...cellMerges(t, place, headerRow));
    for (const note of t.notes) spanning(addRow([text(note)], line));
    plan.tables.push({
      id: t.id,
      title: t.title,
      row: titleRow,
      rows: plan.values.length - titleRow,
      columns: place.start,
    });
  });
  Object.assign(plan, printLayout(plan));
  return plan;
}

/**
 * The table's own merges moved onto the sheet's columns, and every other cell that covers more
 * than one sheet column merged across them (one merge per row: what Excel's "Merge Across" makes).
 */
function cellMerges(t: TableDesc, place: Placement, headerRow: number): Merge[] {
  const out: Merge[] = [];
  const rows = t.header.length + t.body.length;
  const taken = new Set<string>();
  for (const m of t.merges) {
    const last = m.col + m.cols - 1;
    const col = place.start[m.col];
    out.push({
      row: headerRow + m.row,
      col,
      rows: m.rows,
      cols: place.start[last] + place.span[last] - col,
    });
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c <= last; c++) taken.add(`${r}:${c}`);
  }
  for (let r = 0; r < rows; r++)
    place.span.forEach((span, c) => {
      if (span > 1 && !taken.has(`${r}:${c}`))
        out.push({ row: headerRow + r, col: place.start[c], rows: 1, cols: span });
    });
  return out.sort((a, b) => a.row - b.row || a.col - b.col);
}

function widthOf(t: TableDesc): number {
  return Math.max(0, ...t.header.map((r) => r.length), ...t.body.map((r) => r.length));
}

/** Horizontal runs of cells in row r for which `on` holds. */
function runs(
  r: number,
  cells: (TableCell | null)[],
  on: (c: TableCell | null) => boolean
): Merge[] {
  const out: Merge[] = [];
  let start = -1;
  for (let c = 0; c <= cells.length; c++) {
    const yes = c < cells.length && on(cells[c] ?? null);
    if (yes && start < 0) start = c;
    if (!yes && start >= 0) {
      out.push({ row: r, col: start, rows: 1, cols: c - start });
      start = -1;
    }
  }
  return out;
}
