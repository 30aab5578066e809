/** Small builders for TableDesc cells, shared by the table groups. */
import type { Decimal } from "../../core";
import type { Settings } from "../model";
import type { TableCell } from "../contract";

/** Percent points and values (src/core/README.md §0: 134.32 = 134,32 %). */
export const FMT_NILAI = "#,##0.00";
export const FMT_RUPIAH = "#,##0";
export const FMT_RUPIAH_SEN = "#,##0.00";
/** An input value with more than two decimals is shown with up to four, so it is not misread. */
const FMT_NILAI_4 = "#,##0.00##";

export const W = {
  // Text wraps: widths are kept so that the widest table prints on A4 landscape at 9 pt or
  // more (print.ts), not so that every name fits on one line.
  no: 5,
  sasaran: 26,
  indikator: 26,
  satuan: 9,
  formulasi: 22,
  nilai: 11,
  rupiah: 18,
  label: 15,
  program: 26,
} as const;

/** A header cell: bold, centered, wrapped. */
export function hdr(text: string): TableCell {
  return { value: text, kind: "text", bold: true, align: "center", wrap: true };
}

/** User or label text: always kind "text", never anything else, exactly as given. */
export function txt(value: string | null, opts: Partial<TableCell> = {}): TableCell {
  return { value: value === "" ? null : value, kind: "text", wrap: true, ...opts };
}

/** A number cell from an (already rounded) Decimal; null gives an empty cell. */
export function num(
  d: Decimal | null,
  format: string = FMT_NILAI,
  opts: Partial<TableCell> = {}
): TableCell {
  if (d === null) return empty(opts);
  const value = d.toNumber();
  // §0: never Infinity in a cell. compute rejects such results first; this is the last guard.
  if (!Number.isFinite(value)) return txt("#NUM!", { align: "right", ...opts });
  return { value, kind: "number", format, align: "right", ...opts };
}

/** An integer count. */
export function count(n: number, opts: Partial<TableCell> = {}): TableCell {
  return { value: n, kind: "number", format: "0", align: "right", ...opts };
}

export function empty(opts: Partial<TableCell> = {}): TableCell {
  return { value: null, kind: "text", ...opts };
}

/** Input values as written: two decimals unless the value has more. */
export function inputFormat(d: Decimal): string {
  return d.decimalPlaces() > 2 ? FMT_NILAI_4 : FMT_NILAI;
}

/** Rupiah: whole rupiah unless some amount in the table has sen. */
export function rupiahFormat(values: (Decimal | null)[]): string {
  return values.some((v) => v !== null && !v.isInteger()) ? FMT_RUPIAH_SEN : FMT_RUPIAH;
}

/** "Perjanjian Kinerja Dinas Sosial … Tahun 2024" (the "Tabel N — " prefix is added when numbered). */
export function judul(nama: string, st: Settings): string {
  return `${nama}${st.instansi ? ` ${st.instansi.trim()}` : ""} Tahun ${st.tahun}`;
}

export function bold(cells: TableCell[]): TableCell[] {
  return cells.map((c) => ({ ...c, bold: true }));
}
