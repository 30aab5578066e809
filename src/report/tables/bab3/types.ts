/**
 * Bab III as a host-free document description (TABLES.md "Bab III"): what a writer (.docx in
 * src/xlsx, HTML for the clipboard) lays out, the way the tables sheet is a host-free SheetPlan.
 */
import type { Lang } from "../../contract";

/** Which figure of the computed report a number in the text is (RULES §15 cues). */
export type FigureKind =
  | "target"
  | "realisasi"
  | "capaian"
  | "kategori"
  | "tahunLalu"
  | "perubahan"
  | "targetRenstra"
  | "capaianRenstra"
  | "standarNasional"
  | "efisiensi"
  | "pagu"
  | "realisasiAnggaran"
  | "serapan"
  | "jumlah";

/** A figure as printed, with what it is and whom it speaks of (an indicator's or a sasaran's text). */
export interface Figure {
  kind: FigureKind;
  /** The exact value the tables print (a canonical decimal "134.32"), or a count. */
  value: string;
  /** The indicator or sasaran text the figure belongs to; null for the whole report. */
  subject: string | null;
}

/** A piece of text: words, or a figure written as text ("134,32"). */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A place the officer fills in ("[diisi: …]"), highlighted. */
  highlight?: boolean;
  figure?: Figure;
}

/** A cell of a document table: its text as the tables print it. */
export interface DocCell {
  text: string;
  bold?: boolean;
  align?: "left" | "center" | "right";
  /** Columns this cell spans (1 when absent). */
  colSpan?: number;
  /** Rows this cell spans (1 when absent). */
  rowSpan?: number;
  /** Covered by another cell's span: not written as a cell of its own. */
  covered?: boolean;
}

export interface DocTable {
  kind: "table";
  /** "Tabel 3.n" … : n counts the chapter's tables from 1. */
  number: number;
  caption: string;
  /** Relative column widths (the tables' Excel character widths). */
  widths: number[];
  /** Header rows, repeated on every page the table runs over. */
  header: DocCell[][];
  body: DocCell[][];
  /** Lines under the table (formula, bounds, rounding). */
  notes: string[];
}

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; runs: Run[]; list?: boolean; center?: boolean }
  | DocTable
  | { kind: "pageBreak" };

export interface Bab3Document {
  lang: Lang;
  /** "Bab III Akuntabilitas Kinerja — Dinas … Tahun 2024": the document's title property. */
  title: string;
  /** Page footer text before the page number ("Halaman"). */
  halaman: string;
  blocks: Block[];
}
