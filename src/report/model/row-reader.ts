/**
 * Reading one cell of a source row into a value with its address, turning every problem into a
 * finding of the catalogue (src/report/contract/findings.ts) at its cell.
 */
import {
  Decimal,
  LkipError,
  formatAngka,
  isBlank,
  isErrorCode,
  parseAngka,
  toDecimal,
} from "../../core";
import { refAddress, temuan } from "../contract";
import type { Cell } from "./types";
import type {
  CellRef,
  Finding,
  FindingCode,
  FindingParams,
  MiripTotal,
  RawCell,
  RawRange,
} from "../contract";

/** Row problems: the codes whose parameters say whether the row or only the value is left out. */
type RowCode = {
  [K in FindingCode]: FindingParams<K> extends { wajib: boolean } ? K : never;
}[FindingCode];

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

/**
 * One data row of a source (r ≥ 1: row 0 holds the headers), collecting its problems. A problem
 * in a required cell leaves the row out (`problems`); one in an optional cell only drops that
 * value (`valueProblems`).
 */
export class RowReader {
  readonly problems: Finding[] = [];
  readonly valueProblems: Finding[] = [];

  /**
   * `alias` maps a column the reader added (the upper level of a two-level column, WORKBOOK.md
   * "Layouts as printed") to the sheet column it was read from, so that every address stays true.
   */
  constructor(
    readonly range: RawRange,
    readonly r: number,
    private readonly alias?: ReadonlyMap<number, number>
  ) {}

  cell(c: number | undefined): RawCell {
    if (c === undefined) return null;
    return this.range.values[this.r]?.[c] ?? null;
  }

  ref(c: number): CellRef {
    const col = this.alias?.get(c) ?? c;
    return { sheet: this.range.sheet, row: this.range.row + this.r, col: this.range.col + col };
  }

  addr(c: number): string {
    return refAddress(this.ref(c));
  }

  rowRef(): CellRef {
    const width = Math.max(1, (this.range.values[0]?.length ?? 1) - (this.alias?.size ?? 0));
    const { sheet, row, col } = this.range;
    return { sheet, row: row + this.r, col, rows: 1, cols: width };
  }

  rowAddr(): string {
    return refAddress(this.rowRef());
  }

  /** A problem that leaves the row out (required = true) or only drops the value. */
  problem<K extends RowCode>(
    kode: K,
    param: Omit<FindingParams<K>, "wajib">,
    c: number,
    nilai?: RawCell,
    required = true
  ): void {
    const f = temuan(kode, { ...param, wajib: required } as FindingParams<K>, {
      sumber: this.range.source,
      cell: this.ref(c),
      tertulis: nilai !== undefined && !isBlank(nilai) ? cellText(nilai) : undefined,
    });
    (required ? this.problems : this.valueProblems).push(f);
  }

  /** The Excel error in cell c as a problem; true when there was one. */
  private excelError(c: number, label: string, required: boolean): boolean {
    const code = cellError(this.cell(c));
    if (code === null) return false;
    this.problem("GALAT_EXCEL", { kolom: label, galat: code }, c, code, required);
    return true;
  }

  /** A text cell. Blank: null, or a problem when required. */
  text(c: number | undefined, label: string, required: boolean): Cell<string> | null {
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
    this.problem("SEL_KOSONG", { kolom: label }, c);
  }

  /** A number cell (number or text number, src/core/README.md §0). Blank: null, or a problem when required. */
  decimal(c: number | undefined, label: string, required: boolean): Cell<Decimal> | null {
    if (c === undefined) return null;
    const cell = this.cell(c);
    if (this.excelError(c, label, required)) return null;
    if (isBlank(cell)) {
      if (required) this.blank(c, label);
      return null;
    }
    try {
      const value = toDecimal(cell, label);
      if (typeof cell === "string") this.ribuanTitik(cell, value, c, label);
      return { value, lokasi: this.addr(c) };
    } catch (e) {
      if (!(e instanceof LkipError)) throw e;
      const batas = typeof cell === "string" ? numberWrittenIn(cell) : null;
      this.problem(
        "BUKAN_ANGKA",
        {
          kolom: label,
          tertulis: cellText(cell),
          inti: e.reason,
          ...(batas ? { batas } : {}),
        },
        c,
        cell,
        required
      );
      return null;
    }
  }

  /**
   * §0: "1.500" could be meant as 1,5; reading its single dot as thousands is said aloud (info,
   * kept with the value problems, which never leave the row out).
   */
  private ribuanTitik(cell: string, value: Decimal, c: number, label: string): void {
    const p = parseAngka(cell);
    if (!p.ok || !p.ribuanTitik) return;
    this.valueProblems.push(
      temuan(
        "TITIK_RIBUAN",
        { kolom: label, tertulis: cell.trim(), dibaca: formatAngka(value, 0) },
        {
          sumber: this.range.source,
          cell: this.ref(c),
          tertulis: cell.trim(),
          hitung: formatAngka(value, 0),
        }
      )
    );
  }

  /**
   * RULES §11 keeps a row labelled "Jumlah Capaian …" as data; when such a row then fails for a
   * blank required cell, that blank's message says how to make it a printed total instead.
   * `mirip` (miripTotal of the row) is asked only then: most rows have no blank to explain.
   */
  sebutTotal(mirip: () => MiripTotal | null): void {
    const i = this.problems.findIndex((f) => f.kode === "SEL_KOSONG");
    if (i < 0) return;
    const total = mirip();
    if (total === null) return;
    const f = this.problems[i] as Finding & { kode: "SEL_KOSONG" };
    this.problems[i] = { ...f, param: { ...f.param, total } };
  }

  /** A cell kept exactly as written (typed-by-hand values for the checker); blank → undefined. */
  raw(c: number | undefined): Cell<RawCell> | undefined {
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
export function sourceRef(range: RawRange): CellRef {
  const cols = Math.max(1, range.values[0]?.length ?? 1);
  const rows = Math.max(1, range.values.length);
  return { sheet: range.sheet, row: range.row, col: range.col, rows, cols };
}

export function sourceAddress(range: RawRange): string {
  return refAddress(sourceRef(range));
}

/**
 * The number inside a cell text that is a number with something around it: "< 30" or "≥ 95" (a
 * target with its direction written in) or "<b>1,31</b>" (pasted markup). Null unless what is
 * left is a number alone: the suggestion must be the number, never a piece of the text.
 */
function numberWrittenIn(text: string): string | null {
  const untagged = text.replace(/<\/?[a-z][^<>]*>/gi, "");
  const m = /^\s*(?:[<>≤≥]=?)?\s*(-?\d[\d.,]*\s*%?)\s*$/.exec(untagged);
  if (!m) return null;
  // A bare number was parsed already; here only a direction or markup was around it.
  return untagged.trim() !== text.trim() || /^\s*[<>≤≥]/.test(untagged) ? m[1] : null;
}
