/**
 * Numbers as the tables print them, written as text (RULES §1): a table cell's number through its
 * own number format, in Indonesian form ("1.227.826.990", "134,32"), so that no PC's locale can
 * change them. Nothing here computes a figure: it only writes what compute and the tables made.
 */
import { Decimal, formatAngka, fromDouble } from "../../../core";
import type { TableCell, TableDesc } from "../../contract";
import type { DocCell, DocTable, Figure, FigureKind, Run } from "./types";

/** Decimals an en-US number format shows: "#,##0.00" 2..2, "#,##0.00##" 2..4, "#,##0" 0. */
function places(format: string): { min: number; max: number; grouped: boolean } {
  const frac = /\.([0#]+)/.exec(format)?.[1] ?? "";
  const min = frac.replace(/#/g, "").length;
  return { min, max: frac.length, grouped: format.includes(",") };
}

/** A number in Indonesian form with the decimals its format shows. */
export function formatNumber(d: Decimal, format: string): string {
  const p = places(format);
  const dp = Math.min(Math.max(d.decimalPlaces(), p.min), p.max);
  const s = formatAngka(d, dp);
  return p.grouped ? s : s.replace(/\./g, "");
}

/** A table cell's text as printed. */
function cellText(c: TableCell): string {
  if (c.value === null) return "";
  if (typeof c.value === "string") return c.value;
  return formatNumber(fromDouble(c.value), c.format ?? "General");
}

/** A figure run: the number as printed, with what it is. */
export function fig(
  kind: FigureKind,
  value: Decimal | number,
  text: string,
  subject: string | null
): Run {
  const v: Figure = { kind, value: new Decimal(value).toString(), subject };
  return { text, figure: v };
}

/** Runs from a template: strings are words, runs stay as they are (figures, highlights). */
export type Part = string | Run | Run[] | null | undefined | false;

export function runs(...parts: Part[]): Run[] {
  const out: Run[] = [];
  for (const p of parts) {
    if (p === null || p === undefined || p === false || p === "") continue;
    if (typeof p === "string") out.push({ text: p });
    else if (Array.isArray(p)) out.push(...p);
    else out.push(p);
  }
  return out;
}

/** A standard table (TableDesc) as a document table: one cell per column, its merges as spans. */
export function docTable(t: TableDesc, number: number, caption: string): DocTable {
  const grid = [...t.header, ...t.body];
  const cells: DocCell[][] = grid.map((row) =>
    row.map((c) => ({
      text: cellText(c),
      bold: c.bold,
      align: c.align ?? (c.kind === "number" ? "right" : "left"),
    }))
  );
  for (const m of t.merges) {
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols; c++)
        if (cells[r]?.[c]) cells[r][c].covered = r !== m.row || c !== m.col;
    const top = cells[m.row]?.[m.col];
    if (top) {
      if (m.cols > 1) top.colSpan = m.cols;
      if (m.rows > 1) top.rowSpan = m.rows;
    }
  }
  return {
    kind: "table",
    number,
    caption,
    widths: t.widths,
    header: cells.slice(0, t.header.length),
    body: cells.slice(t.header.length),
    notes: t.notes,
  };
}

/** "Tabel 2 — Capaian … Tahun 2024" → "Capaian … Tahun 2024". */
export function tableTitle(t: TableDesc): string {
  return t.title.replace(/^Tabel \d+ — /, "");
}
