/**
 * Draws the plan's charts (plan.charts, made by the report layer from the computed results).
 * Nothing here reads the laid-out cells or their headers: the writer only draws.
 */
import type { ChartSpec, SheetPlan } from "../report";
import { gridOps, textSafeFormats, type Target } from "./grid";
import { OP_OVERHEAD, type Op } from "./payload";
import type { Supports } from "./run";

/**
 * Each chart is placed right of the tables, and its numbers go in a small block right of the
 * charts (a chart needs cells as its source): out of the tables' columns, whose widths are the
 * tables' own, and out of the print area. `ops` write the blocks; `adds` add the charts
 * (applied last, so that a host refusing charts can be retried without them).
 */
export function chartOps(
  plan: SheetPlan,
  supports: Supports,
  limit: number
): { ops: Op<Target>[]; adds: Op<Target>[]; titles: string[] } {
  const width = plan.values.reduce((w, r) => Math.max(w, r.length), 0);
  const ops: Op<Target>[] = [];
  const adds: Op<Target>[] = [];
  const left = width + 10;
  let row = 1;
  plan.charts.forEach((chart: ChartSpec, i) => {
    const cols = chart.headers.length;
    const block: (string | number | null)[][] = [
      [`Data grafik: ${chart.title}`, ...Array.from({ length: cols - 1 }, () => null)],
      chart.headers,
      ...chart.rows.map((r) => [r.label, ...r.values]),
    ];
    const at = row;
    ops.push(...gridOps(at, left, block, textSafeFormats(block), limit, true));
    ops.push({
      bytes: OP_OVERHEAD,
      apply: ({ ws }) => (ws.getRangeByIndexes(at, left, 2, cols).format.font.bold = true),
    });
    const source = { row: at + 1, rows: chart.rows.length + 1 };
    // The 100 % target reads best as a line across the columns (series type: ExcelApi 1.7).
    const line = chart.line !== undefined && supports("ExcelApi", "1.7") ? chart.line : null;
    adds.push({
      bytes: 4 * OP_OVERHEAD,
      apply: ({ ws }) => {
        const c = ws.charts.add(
          "ColumnClustered",
          ws.getRangeByIndexes(source.row, left, source.rows, cols),
          "Columns"
        );
        c.title.text = chart.title;
        if (line !== null) c.series.getItemAt(line).chartType = "Line";
        const top = 1 + i * 20;
        c.setPosition(
          ws.getRangeByIndexes(top, width + 1, 1, 1),
          ws.getRangeByIndexes(top + 17, width + 8, 1, 1)
        );
      },
    });
    row += block.length + 2;
  });
  return { ops, adds, titles: plan.charts.map((c) => c.title) };
}
