/**
 * A table as data: its columns (header, width, how a row fills the cell, what the closing row
 * holds, which rows the cell is merged over), its body rows, optional group rows and notes.
 * `renderTable` turns that into the header/body/merges/widths grid both writers take, so changing
 * one column is one edit in its declaration.
 */
import type { LkipHasil } from "../compute";
import type { LkipModel } from "../model";
import type { Merge, TableCell } from "../contract";
import { headerWidth } from "./print";
import { bold, empty, hdr, txt } from "./table-cells";
import type { LeftOutReason } from "./reasons";

/** What a declaration reads: the model and the numbers computed from it. */
export interface TableContext {
  model: LkipModel;
  hasil: LkipHasil;
}

/**
 * One column. Method syntax (`cell(row)`) on purpose: it lets a table of any row type sit in one
 * list of declarations.
 */
export interface Column<R> {
  /** Header text; the lower header row when the column is under a `group`. */
  header: string;
  /**
   * A two-row header: consecutive columns with the same group share one merged cell above their
   * own headers; in such a table a column without a group has its header merged over both rows.
   */
  group?: string;
  /** Excel character units. */
  width: number;
  /** The body cell of one row. */
  cell(row: R): TableCell;
  /**
   * Merge this column's cell over consecutive rows with the same key (a sasaran's rows, a
   * program's leaves): the first row of the run is filled, the others are blank under the merge.
   * null: this row stands alone.
   */
  mergeBy?(row: R): string | number | null;
  /** Its figure on the closing row; the closing label spans every column left of the first one that has a figure. */
  closing?: TableCell;
}

/** A declared table, ready to render. */
export interface TableContent<R> {
  /** The table's name when it depends on the data ("… s.d. Triwulan III"); else TABLE_NAMES'. */
  nama?: string;
  columns: Column<R>[];
  rows: R[];
  /**
   * A full-width bold row ("Sasaran 1: …") is put above a row whenever its group differs from the
   * previous row's; null = no group row. Merges never run across a group row.
   */
  groupOf?(row: R): string | null;
  /** Label of the closing row ("Total", "Rata-rata", "Jumlah"); none without one. */
  closing?: string;
  notes: string[];
}

/** What a declaration gives: the table, or why it cannot be made from this workbook. */
export type Declared = TableContent<unknown> | { reason: LeftOutReason };

/** Merge this column over a sasaran's rows: key for `mergeBy`. */
export const bySasaran = (s: { sasaran: { nomor: number } }): number => s.sasaran.nomor;

/** The header/body/merges/widths of a declared table (merges relative to the first header row). */
export function renderTable<R>(t: TableContent<R>): {
  header: TableCell[][];
  body: TableCell[][];
  merges: Merge[];
  widths: number[];
} {
  const { columns } = t;
  const merges: Merge[] = [];
  const header = headerRows(columns, merges);
  const body: TableCell[][] = [];

  // Runs of rows sharing a merge key, per column: [start row in body, key].
  const open: ({ start: number; key: string | number } | null)[] = columns.map(() => null);
  const close = (c: number) => {
    const run = open[c];
    const rows = body.length - (run?.start ?? 0);
    if (run && rows > 1) merges.push({ row: header.length + run.start, col: c, rows, cols: 1 });
    open[c] = null;
  };
  const closeAll = () => columns.forEach((_, c) => close(c));

  let group: string | null = null;
  for (const row of t.rows) {
    const g = t.groupOf?.(row) ?? null;
    if (g !== null && g !== group) {
      closeAll();
      if (columns.length > 1)
        merges.push({ row: header.length + body.length, col: 0, rows: 1, cols: columns.length });
      body.push([txt(g, { bold: true, align: "left" }), ...columns.slice(1).map(() => empty())]);
    }
    group = g;
    body.push(
      columns.map((col, c) => {
        const key = col.mergeBy?.(row) ?? null;
        const run = open[c];
        if (key !== null && run !== null && run.key === key) return empty();
        close(c);
        if (key !== null) open[c] = { start: body.length, key };
        return col.cell(row);
      })
    );
  }
  closeAll();

  if (t.closing !== undefined) {
    const span = columns.findIndex((c) => c.closing !== undefined);
    const first = span < 0 ? columns.length : Math.max(span, 1);
    if (first > 1) merges.push({ row: header.length + body.length, col: 0, rows: 1, cols: first });
    body.push(
      bold([
        txt(t.closing, { align: "center" }),
        ...columns.slice(1).map((col, i) => (i + 1 < first ? empty() : (col.closing ?? empty()))),
      ])
    );
  }
  // A column is at least as wide as its header's longest word, so that no header word breaks.
  const widths = columns.map((c) => Math.max(c.width, headerWidth(c.header)));
  return { header, body, merges, widths };
}

/** One header row, or two when some column has a group. */
function headerRows<R>(columns: Column<R>[], merges: Merge[]): TableCell[][] {
  if (!columns.some((c) => c.group !== undefined)) return [columns.map((c) => hdr(c.header))];
  const top: TableCell[] = [];
  const sub: TableCell[] = [];
  const blank = () => empty({ bold: true });
  columns.forEach((col, c) => {
    if (col.group === undefined) {
      top.push(hdr(col.header));
      sub.push(blank());
      merges.push({ row: 0, col: c, rows: 2, cols: 1 });
      return;
    }
    sub.push(hdr(col.header));
    if (c > 0 && columns[c - 1].group === col.group) {
      top.push(blank());
      return;
    }
    top.push(hdr(col.group));
    let n = 1;
    while (c + n < columns.length && columns[c + n].group === col.group) n++;
    if (n > 1) merges.push({ row: 0, col: c, rows: 1, cols: n });
  });
  return [top, sub];
}
