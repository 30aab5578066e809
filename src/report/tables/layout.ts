/**
 * layoutSheet: the tables stacked top to bottom on one sheet (title line, header, body, notes,
 * one blank row between tables), as absolute 0-based coordinates both writers can apply as is.
 */
import type { ChartSpec, Merge, SheetPlan, TableCell, TableDesc } from "../contract";
import { printLayout } from "./print";

const DEFAULT_WIDTH = 10;
/** A first column at most this wide is a "No" column. */
const NARROW = 8;

/**
 * The sheet column a table starts in. All tables share the sheet's columns, so a table whose
 * first column is wide (Indikator, Persentase) starts one column to the right: column A then
 * stays as narrow as the "No" columns that fill it, instead of taking the widest first column.
 */
export function tableOffset(t: TableDesc): number {
  const first = t.widths[0] ?? DEFAULT_WIDTH;
  return first > NARROW && t.widths.length > 1 ? 1 : 0;
}

export function layoutSheet(
  name: string,
  tables: TableDesc[],
  charts: ChartSpec[] = []
): SheetPlan {
  const cols = Math.max(1, ...tables.map((t) => widthOf(t) + tableOffset(t)));
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
    columnWidths: Array.from({ length: cols }, (_, c) => {
      const ws = tables
        .map((t) => t.widths[c - tableOffset(t)])
        .filter((w): w is number => typeof w === "number" && w > 0);
      return ws.length > 0 ? Math.max(...ws) : c === 0 ? 5 : DEFAULT_WIDTH;
    }),
    tables: [],
    charts,
  };

  const addRow = (cells: (TableCell | null)[], offset = 0) => {
    if (offset > 0) cells = [...Array.from({ length: offset }, () => null), ...cells];
    const r = plan.values.length;
    plan.values.push(Array.from({ length: cols }, () => null));
    plan.numberFormats.push(Array.from({ length: cols }, () => "General"));
    cells.forEach((cell, c) => {
      if (!cell || c >= cols) return;
      if (cell.value === null || cell.value === "") return;
      plan.values[r][c] = cell.value;
      plan.numberFormats[r][c] = cell.kind === "text" ? "@" : (cell.format ?? "General");
    });
    // Styles are per row as runs of neighbouring cells with the same flag.
    plan.bold.push(...runs(r, cells, (x) => !!x?.bold));
    plan.wrapped.push(...runs(r, cells, (x) => !!x?.wrap));
    plan.alignRight.push(...runs(r, cells, (x) => x?.align === "right"));
    plan.alignCenter.push(...runs(r, cells, (x) => x?.align === "center"));
    return r;
  };
  const text = (value: string, bold = false): TableCell => ({
    value,
    kind: "text",
    bold,
    wrap: true,
  });
  // A title or a note spans its table's width and wraps there, so that it prints inside the page.
  const spanning = (r: number, off: number, width: number) => {
    if (width > 1) plan.merges.push({ row: r, col: off, rows: 1, cols: width });
  };

  tables.forEach((t, i) => {
    const off = tableOffset(t);
    if (i > 0) addRow([]);
    const titleRow = addRow([text(t.title, true)], off);
    spanning(titleRow, off, widthOf(t));
    const headerRow = plan.values.length;
    for (const row of t.header) addRow(row, off);
    for (const row of t.body) addRow(row, off);
    const gridRows = t.header.length + t.body.length;
    const width = widthOf(t);
    if (gridRows > 0 && width > 0)
      plan.bordered.push({ row: headerRow, col: off, rows: gridRows, cols: width });
    for (const m of t.merges)
      plan.merges.push({ row: headerRow + m.row, col: off + m.col, rows: m.rows, cols: m.cols });
    for (const note of t.notes) spanning(addRow([text(note)], off), off, width);
    plan.tables.push({
      id: t.id,
      title: t.title,
      row: titleRow,
      rows: plan.values.length - titleRow,
    });
  });
  Object.assign(plan, printLayout(plan));
  return plan;
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
