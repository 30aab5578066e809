/**
 * layoutSheet: the tables stacked top to bottom on one sheet (title line, header, body, notes,
 * one blank row between tables), as absolute 0-based coordinates both writers can apply as is.
 */
import type { ChartSpec, Merge, SheetPlan, TableCell, TableDesc } from "../contract";

const DEFAULT_WIDTH = 10;

export function layoutSheet(
  name: string,
  tables: TableDesc[],
  charts: ChartSpec[] = []
): SheetPlan {
  const cols = Math.max(1, ...tables.map(widthOf));
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
        .map((t) => t.widths[c])
        .filter((w): w is number => typeof w === "number" && w > 0);
      return ws.length > 0 ? Math.max(...ws) : DEFAULT_WIDTH;
    }),
    tables: [],
    charts,
  };

  const addRow = (cells: (TableCell | null)[]) => {
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
  const text = (value: string, bold = false): TableCell => ({ value, kind: "text", bold });

  tables.forEach((t, i) => {
    if (i > 0) addRow([]);
    const titleRow = addRow([text(t.title, true)]);
    const headerRow = plan.values.length;
    for (const row of t.header) addRow(row);
    for (const row of t.body) addRow(row);
    const gridRows = t.header.length + t.body.length;
    const width = widthOf(t);
    if (gridRows > 0 && width > 0)
      plan.bordered.push({ row: headerRow, col: 0, rows: gridRows, cols: width });
    for (const m of t.merges)
      plan.merges.push({ row: headerRow + m.row, col: m.col, rows: m.rows, cols: m.cols });
    for (const note of t.notes) addRow([text(note)]);
    plan.tables.push({
      id: t.id,
      title: t.title,
      row: titleRow,
      rows: plan.values.length - titleRow,
    });
  });
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
