/**
 * Totals the user typed inside a data range (src/core/README.md §11): a row whose words, taken
 * together, say only "Jumlah", "Total", "Rata-rata"… is a printed total, never data. What it
 * stands for is the rows above it up to the previous printed total (or the whole range).
 */
import { isBlank, parseAngka } from "../../core";
import { RowReader, cellError, cellText } from "./row-reader";
import { bandOf, type Band } from "./layout";
import type { TotalTertulis } from "./types";
import type { MiripTotal, RawCell, RawRange, SourceName } from "../contract";

/** What a printed total row does: adds (Jumlah, Total …) or averages (Rata-rata, Rerata). */
export type JenisTotal = "jumlah" | "rata";

/** The labels of §11, normalised (see normalizeLabel). Grand totals stand for the whole range. */
const LABELS: Record<string, { jenis: JenisTotal; keseluruhan: boolean }> = {
  jumlah: { jenis: "jumlah", keseluruhan: false },
  total: { jenis: "jumlah", keseluruhan: false },
  "sub total": { jenis: "jumlah", keseluruhan: false },
  subtotal: { jenis: "jumlah", keseluruhan: false },
  "jumlah total": { jenis: "jumlah", keseluruhan: true },
  "total keseluruhan": { jenis: "jumlah", keseluruhan: true },
  "jumlah keseluruhan": { jenis: "jumlah", keseluruhan: true },
  "grand total": { jenis: "jumlah", keseluruhan: true },
  "rata-rata": { jenis: "rata", keseluruhan: false },
  "rata rata": { jenis: "rata", keseluruhan: false },
  rerata: { jenis: "rata", keseluruhan: false },
};

const LABEL_KEYS = Object.keys(LABELS);
const LONGEST_LABEL = Math.max(...LABEL_KEYS.map((k) => k.length));

/**
 * A text with more characters than the longest label besides spaces, dots and colons (all that
 * normalizeLabel can drop) is no label, alone or joined to others: said without normalising it,
 * since nearly every row holds such a text (an indicator's name) and rows are many.
 */
function longerThanAnyLabel(text: string): boolean {
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const dropped = code <= 32 || code === 46 || code === 58 || (code > 127 && /\s/.test(text[i]));
    if (!dropped && ++kept > LONGEST_LABEL) return true;
  }
  return false;
}

/** The labels as a user reads them, for messages and the README. */
export const LABEL_TOTAL = [
  "Jumlah",
  "Total",
  "Sub Total",
  "Subtotal",
  "Jumlah Total",
  "Total Keseluruhan",
  "Jumlah Keseluruhan",
  "Grand Total",
  "Rata-rata",
  "Rerata",
] as const;

/** "JUMLAH :" → "jumlah"; "Rata - Rata." → "rata-rata"; "Sub  Total" → "sub total". */
export function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/\./g, " ")
    .replace(/\s*-\s*/g, "-")
    .replace(/:\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

export interface LabelTotal {
  jenis: JenisTotal;
  /** A grand total (Jumlah Total, Grand Total …): it stands for the whole range. */
  keseluruhan: boolean;
  /** The label as written, e.g. "JUMLAH". */
  teks: string;
  /** Offset of the cell holding the label. */
  col: number;
}

/**
 * A row is a printed total when its non-numeric cells, taken together, say only one of the §11
 * labels. Numbers and text numbers ("8.069.859.523", "94,01%") are its figures, not its words.
 * A label repeated across merged or copied cells ("Jumlah" | "Jumlah") is still that label.
 */
export function labelTotal(row: readonly RawCell[]): LabelTotal | null {
  const words: { teks: string; col: number }[] = [];
  row.forEach((cell, col) => {
    if (isBlank(cell) || cellError(cell) !== null) return;
    if (typeof cell === "number" || typeof cell === "boolean") return;
    const text = cellText(cell);
    if (parseAngka(text).ok) return;
    if (/^[\s\-–—]+$/.test(text)) return; // a dash is a placeholder, not a word
    words.push({ teks: text.trim(), col });
  });
  if (words.length === 0 || words.some((w) => longerThanAnyLabel(w.teks))) return null;
  const distinct = [...new Set(words.map((w) => normalizeLabel(w.teks)))];
  const joined =
    distinct.length === 1 ? distinct[0] : normalizeLabel(words.map((w) => w.teks).join(" "));
  const found = LABELS[joined];
  if (!found) return null;
  return { ...found, teks: words[0].teks, col: words[0].col };
}

/**
 * A row that is not a printed total by §11 but has a cell whose text starts with one of its
 * labels ("Jumlah Capaian Realisasi Kinerja", "Rata-Rata Capaian …"): the label to write so
 * that it would be one. Null when no cell starts so. Only a hint: such a row stays data.
 */
export function miripTotal(row: readonly RawCell[]): MiripTotal | null {
  for (const cell of row) {
    if (isBlank(cell) || cellError(cell) !== null) continue;
    if (typeof cell === "number" || typeof cell === "boolean") continue;
    const text = cellText(cell);
    if (parseAngka(text).ok) continue;
    const norm = normalizeLabel(text);
    const key = LABEL_KEYS.find((l) => norm === l || norm.startsWith(`${l} `));
    if (key === undefined) continue;
    return { teks: text.trim(), label: LABELS[key].jenis === "rata" ? "Rata-rata" : "Jumlah" };
  }
  return null;
}

/**
 * The data rows a printed total stands for: those above it since the previous printed total; a
 * grand total, or a total with nothing since the previous one, stands for every row above it.
 */
export function cakupan<T>(
  label: LabelTotal,
  sebelumTotalTerakhir: number,
  dataSejauhIni: readonly T[]
): T[] {
  const segment = dataSejauhIni.slice(sebelumTotalTerakhir);
  if (label.keseluruhan || segment.length === 0) return [...dataSejauhIni];
  return segment;
}

/**
 * A printed total row as the model keeps it: the figures typed on it (by column key) and the rows
 * it stands for. Each source works out the spans; the row itself is read the same way everywhere.
 */
export function totalTertulis(
  row: RowReader,
  label: LabelTotal,
  source: SourceName,
  columns: Partial<Record<string, number>>,
  span: Pick<TotalTertulis, "cakupan" | "cakupanKualitatif" | "leftOut">
): TotalTertulis {
  const nilai: TotalTertulis["nilai"] = {};
  for (const [key, col] of Object.entries(columns)) {
    const cell = row.raw(col);
    if (cell) nilai[key] = cell;
  }
  return {
    source,
    jenis: label.jenis,
    keseluruhan: label.keseluruhan,
    label: { value: label.teks, lokasi: row.addr(label.col) },
    row: row.rowAddr(),
    ...span,
    nilai,
  };
}

/** What the rows read so far are, for the span of the next printed total. */
export interface RowsSoFar {
  /** The data read (indices into the source's list). */
  read: () => readonly number[];
  /** The qualitative indicators read (LKIP_IKU only). */
  readKualitatif?: () => readonly number[];
  /** The rows left out, by address. */
  leftOut: () => readonly string[];
}

/** How a source lays out its rows beyond data and totals (WORKBOOK.md "Layouts as printed"). */
export interface RowLayout {
  /** Columns the reader added (a two-level column's upper level) → the sheet column they stand for. */
  alias?: ReadonlyMap<number, number>;
  /** Band rows: where a heading may stand, and what the source makes of one. */
  band?: {
    heading: (c: number) => boolean;
    read: (row: RowReader, band: Band, r: number) => void;
  };
}

/**
 * The one walk over a source's rows under its header row: a blank row is skipped, a printed
 * total (§11) is kept in `totals` with the rows it stands for, every other row is data and goes
 * to `data`. The same in LKIP_IKU, LKIP_ANGGARAN and LKIP_BELANJA.
 */
export function walkRows(
  range: RawRange,
  source: SourceName,
  /** The figures a printed total row may carry, by column key. */
  columns: Partial<Record<string, number>>,
  soFar: RowsSoFar,
  totals: TotalTertulis[],
  data: (row: RowReader, r: number) => void,
  layout: RowLayout = {}
): void {
  const since = { read: 0, kualitatif: 0, leftOut: 0 };
  for (let r = 1; r < range.values.length; r++) {
    const row = new RowReader(range, r, layout.alias);
    if (row.isBlankRow()) continue;
    const label = labelTotal(range.values[r]);
    if (!label) {
      // WORKBOOK.md "Layouts as printed": a band row heads the rows below it, never data.
      const band = layout.band ? bandOf(range.values[r], layout.band.heading) : null;
      if (band && layout.band) layout.band.read(row, band, r);
      else data(row, r);
      continue;
    }
    const read = soFar.read();
    const kualitatif = soFar.readKualitatif?.() ?? [];
    const leftOut = soFar.leftOut();
    totals.push(
      totalTertulis(row, label, source, columns, {
        cakupan: cakupan(label, since.read, read),
        cakupanKualitatif: cakupan(label, since.kualitatif, kualitatif),
        leftOut: cakupan(label, since.leftOut, leftOut),
      })
    );
    since.read = read.length;
    since.kualitatif = kualitatif.length;
    since.leftOut = leftOut.length;
  }
}
