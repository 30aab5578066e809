/**
 * Reading one cell of a source row into a value with its address, turning every problem into a
 * Finding (tingkat "galat") that says what to do.
 */
import { Decimal, LkipError, isBlank, isErrorCode, toDecimal } from "../../core";
import { cellAddress, rangeAddress } from "../contract";
import type { Sel } from "./types";
import type { Finding, RawCell, RawRange } from "../contract";

/** The Excel error a cell holds ({ error: "#REF!" }, or the error text Office.js gives), else null. */
export function cellError(cell: RawCell | undefined): string | null {
  if (cell !== null && typeof cell === "object") return cell.error;
  if (typeof cell === "string" && isErrorCode(cell.trim())) return cell.trim();
  return null;
}

export function isBlankCell(cell: RawCell | undefined): boolean {
  return isBlank(cell);
}

/** A cell as the user typed it, as text, exactly (no trimming): numbers in their shortest form. */
export function cellText(cell: RawCell): string {
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell === null) return "";
  if (typeof cell === "object") return cell.error;
  return String(cell);
}

/** Texts that name the same thing: trimmed, inner spaces collapsed, case ignored. */
export function sameTextKey(s: string): string {
  return s.trim().replace(/\s+/g, " ").toLowerCase();
}

const ROW_OUT = "sampai diperbaiki, baris ini tidak dimasukkan ke tabel";
const VALUE_OUT = "sampai diperbaiki, nilai ini tidak dipakai (baris lainnya tetap dipakai)";

/**
 * One data row of a source (r ≥ 1: row 0 holds the headers), collecting its problems. A problem
 * in a required cell leaves the row out (`problems`); one in an optional cell only drops that
 * value (`valueProblems`).
 */
export class RowReader {
  readonly problems: Finding[] = [];
  readonly valueProblems: Finding[] = [];

  constructor(
    readonly range: RawRange,
    readonly r: number
  ) {}

  cell(c: number | undefined): RawCell {
    if (c === undefined) return null;
    return this.range.values[this.r]?.[c] ?? null;
  }

  addr(c: number): string {
    return cellAddress(this.range.sheet, this.range.row + this.r, this.range.col + c);
  }

  rowAddr(): string {
    const width = Math.max(1, this.range.values[0]?.length ?? 1);
    return rangeAddress(this.range.sheet, this.range.row + this.r, this.range.col, 1, width);
  }

  /** A problem that leaves the row out (required = true) or only drops the value. */
  problem(kode: string, pesan: string, c: number, nilai?: RawCell, required = true): void {
    const f: Finding = {
      tingkat: "galat",
      kode,
      pesan: `${pesan}; ${required ? ROW_OUT : VALUE_OUT}.`,
      lokasi: this.addr(c),
    };
    if (nilai !== undefined && !isBlank(nilai)) f.nilai_tertulis = cellText(nilai);
    (required ? this.problems : this.valueProblems).push(f);
  }

  /** The Excel error in cell c as a problem; true when there was one. */
  private excelError(c: number, label: string, required: boolean): boolean {
    const code = cellError(this.cell(c));
    if (code === null) return false;
    this.problem(
      "GALAT_EXCEL",
      `Sel ${label} di ${this.addr(c)} berisi galat ${code}. Perbaiki rumus atau isi sel itu`,
      c,
      code,
      required
    );
    return true;
  }

  /** A text cell. Blank: null, or a problem when required. */
  text(c: number | undefined, label: string, required: boolean): Sel<string> | null {
    if (c === undefined) return null;
    const cell = this.cell(c);
    if (this.excelError(c, label, required)) return null;
    if (isBlank(cell)) {
      if (required) this.blank(c, label);
      return null;
    }
    return { value: cellText(cell), lokasi: this.addr(c) };
  }

  blank(c: number, label: string): void {
    this.problem(
      "SEL_KOSONG",
      `${label} kosong di ${this.addr(c)}. Isi ${label}, atau hapus baris ini bila tidak dipakai`,
      c
    );
  }

  /** A number cell (number or text number, src/core/README.md §0). Blank: null, or a problem when required. */
  decimal(c: number | undefined, label: string, required: boolean): Sel<Decimal> | null {
    if (c === undefined) return null;
    const cell = this.cell(c);
    if (this.excelError(c, label, required)) return null;
    if (isBlank(cell)) {
      if (required) this.blank(c, label);
      return null;
    }
    try {
      return { value: toDecimal(cell, label), lokasi: this.addr(c) };
    } catch (e) {
      if (!(e instanceof LkipError)) throw e;
      // "< 30" or "≥ 95" is a target with its direction written in: say how the contract says it.
      const batas = typeof cell === "string" ? /^\s*([<>≤≥]=?)\s*(\S+)/.exec(cell) : null;
      const saran = batas
        ? `. Tulis angkanya saja (${batas[2]}) di sel ${this.addr(c)}; bila makin rendah makin baik, isi kolom Arah dengan turun`
        : `. Tulis angka di sel ${this.addr(c)}`;
      this.problem("BUKAN_ANGKA", `${e.message}${saran}`, c, cell, required);
      return null;
    }
  }

  /** A cell kept exactly as written (typed-by-hand values for the checker); blank → undefined. */
  raw(c: number | undefined): Sel<RawCell> | undefined {
    if (c === undefined) return undefined;
    const cell = this.cell(c);
    return isBlank(cell) ? undefined : { value: cell, lokasi: this.addr(c) };
  }

  /** Every cell of the row blank (a spacer, or the unused end of a range drawn too large). */
  isBlankRow(): boolean {
    const row = this.range.values[this.r] ?? [];
    return row.every((cell) => isBlank(cell));
  }
}

/** The whole range of a source ('Data IKU'!A1:H4). */
export function sourceAddress(range: RawRange): string {
  const width = Math.max(1, range.values[0]?.length ?? 1);
  return rangeAddress(range.sheet, range.row, range.col, Math.max(1, range.values.length), width);
}

/** Why a row was left out: its problems' messages. */
export function reasonOf(problems: Finding[]): string {
  return problems.map((p) => p.pesan).join(" ");
}
