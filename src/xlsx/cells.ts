/**
 * The cells of the sources: each wanted sheet part streamed once, only the cells inside the wanted
 * rectangles kept (against `limits.cells`), then the shared strings and number formats of just
 * those cells, then one `RawRange` per source (merges, percent-formatted cells, dates and formulas
 * without a result reported).
 */
import {
  quoteSheet,
  temuan,
  type Finding,
  type Merge,
  type RawCell,
  type RawRange,
} from "../report";
import { address, type CellRect } from "./names";
import { parsePart, rusak, short, terlaluBesar, type ReadLimits } from "./package";
import type { Rusak } from "../report";
import { parseA1Range, type Wanted } from "./sources";
import type { XmlHandlers } from "./xml";
import type { ZipPackage } from "./zip";

export interface CellContext {
  zip: ZipPackage;
  /** The file as the user named it, for the words of a failure (none: "the file"). */
  label: string | undefined;
  limits: ReadLimits;
  date1904: boolean;
  /** Cells kept so far, against limits.cells. */
  kept: number;
}

/** One cell as stored: its type, style, value text and whether it has a formula. */
interface StoredCell {
  t: string;
  s: number;
  v: string | null;
  /** Inline string text (t="inlineStr"). */
  is: string | null;
  /** Formula text (first characters, for the message) or null when no formula. */
  f: string | null;
}

export interface SheetCells {
  /** Cells inside the wanted rectangles, by row then column (1-based). */
  cells: Map<number, Map<number, StoredCell>>;
  /** The sheet's last row and column holding any cell (a whole-column name stops there). */
  maxRow: number;
  maxCol: number;
  merges: CellRect[];
}

const MAX_FORMULA_TEXT = 200;

function parseRef(ref: string): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  while (i < ref.length) {
    const ch = ref.charCodeAt(i);
    const up = ch >= 97 ? ch - 32 : ch;
    if (up < 65 || up > 90) break;
    col = col * 26 + (up - 64);
    i++;
  }
  if (i === 0 || i > 3 || i === ref.length) return null;
  const row = Number(ref.slice(i));
  if (!Number.isInteger(row) || row < 1 || row > 1048576 || col > 16384) return null;
  return { row, col };
}

export function readSheet(ctx: CellContext, part: string, wanted: Wanted[]): SheetCells {
  const rects = wanted.map((w) => w.rect);
  const out: SheetCells = { cells: new Map(), maxRow: 0, maxCol: 0, merges: [] };
  const inside = (row: number, col: number) =>
    rects.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
  const intersects = (m: CellRect) =>
    rects.some(
      (r) => m.top <= r.bottom && m.bottom >= r.top && m.left <= r.right && m.right >= r.left
    );

  let row = 0;
  let col = 0;
  let cell: StoredCell | null = null;
  let at: { row: number; col: number } | null = null;
  // Which text is being gathered: v, f, or t inside is (rPh, phonetic runs, never).
  let into: "v" | "f" | "t" | null = null;
  let inPhonetic = false;
  const sheetName = wanted[0].sheet;
  const damaged = (why: Rusak) => rusak(ctx.label, why);

  const h: XmlHandlers = {
    open(name, a) {
      switch (name) {
        case "row": {
          const r = a.r !== undefined ? Number(a.r) : row + 1;
          if (!Number.isInteger(r) || r < 1 || r > 1048576)
            throw damaged({
              jenis: "nomorBaris",
              teks: short(a.r ?? ""),
              lembar: quoteSheet(sheetName),
            });
          row = r;
          col = 0;
          return;
        }
        case "c": {
          let p: { row: number; col: number } | null;
          if (a.r !== undefined) {
            p = parseRef(a.r);
            if (!p)
              throw damaged({
                jenis: "alamatSel",
                teks: short(a.r),
                lembar: quoteSheet(sheetName),
              });
          } else p = { row: Math.max(row, 1), col: col + 1 };
          row = p.row;
          col = p.col;
          if (p.row > out.maxRow) out.maxRow = p.row;
          if (p.col > out.maxCol) out.maxCol = p.col;
          if (!inside(p.row, p.col)) return;
          at = p;
          cell = {
            t: a.t ?? "n",
            s: a.s !== undefined ? Number(a.s) : 0,
            v: null,
            is: null,
            f: null,
          };
          return;
        }
        case "v":
          if (cell) {
            into = "v";
            cell.v = "";
          }
          return;
        case "f":
          if (cell) {
            into = "f";
            cell.f = "";
          }
          return;
        case "is":
          if (cell) cell.is = "";
          return;
        case "rPh":
          inPhonetic = true;
          return;
        case "t":
          if (cell && cell.is !== null && !inPhonetic) into = "t";
          return;
        case "mergeCell": {
          const m = parseA1Range(a.ref ?? "");
          if (!m) return;
          const rect = { sheet: sheetName, ...m };
          if (intersects(rect)) out.merges.push(rect);
          return;
        }
      }
    },
    text(t) {
      if (!cell || into === null) return;
      if (into === "v") cell.v += t;
      else if (into === "t") cell.is += t;
      else if (cell.f!.length < MAX_FORMULA_TEXT) cell.f += t.slice(0, MAX_FORMULA_TEXT);
    },
    close(name) {
      switch (name) {
        case "v":
        case "f":
        case "t":
          into = null;
          return;
        case "rPh":
          inPhonetic = false;
          return;
        case "c":
          if (cell && at) {
            if (++ctx.kept > ctx.limits.cells)
              throw terlaluBesar(ctx.label, { jenis: "sel", batas: ctx.limits.cells });
            let r = out.cells.get(at.row);
            if (!r) out.cells.set(at.row, (r = new Map()));
            r.set(at.col, cell);
          }
          cell = null;
          at = null;
          into = null;
          return;
      }
    },
  };
  if (!parsePart(ctx.zip, part, h))
    throw damaged({ jenis: "bagianLembar", lembar: quoteSheet(sheetName), bagian: part });
  return out;
}

// ------------------------------------------------------------------ shared strings and styles

export function sharedStrings(
  ctx: CellContext,
  part: string | null,
  read: { w: Wanted; sheet: SheetCells }[]
): Map<number, string> {
  const needed = new Map<number, { sheet: string; row: number; col: number }>();
  const seenSheets = new Set<SheetCells>();
  for (const { w, sheet } of read) {
    if (seenSheets.has(sheet)) continue;
    seenSheets.add(sheet);
    for (const [row, cols] of sheet.cells)
      for (const [col, c] of cols) {
        // A styled empty cell may say t="s" without a value: it is blank, not a reference.
        if (c.t !== "s" || c.v === null) continue;
        const k = c.v === null ? NaN : Number(c.v.trim());
        if (!Number.isInteger(k) || k < 0 || !/^\s*\d+\s*$/.test(c.v ?? ""))
          throw rusak(ctx.label, {
            jenis: "nomorTeksBersama",
            cell: address(w.sheet, row, col),
            teks: short(c.v ?? ""),
          });
        if (!needed.has(k)) needed.set(k, { sheet: w.sheet, row, col });
      }
  }
  const out = new Map<number, string>();
  if (needed.size === 0) return out;
  const first = [...needed.values()][0];
  const missing = () =>
    rusak(ctx.label, {
      jenis: "teksBersamaHilang",
      cell: address(first.sheet, first.row, first.col),
    });
  const name = part ?? "xl/sharedStrings.xml";
  let index = -1;
  let text: string | null = null;
  let inT = false;
  let phonetic = false;
  const found = parsePart(ctx.zip, name, {
    open(n) {
      if (n === "si") {
        index++;
        text = needed.has(index) ? "" : null;
      } else if (n === "rPh") phonetic = true;
      else if (n === "t" && text !== null && !phonetic) inT = true;
    },
    text(t) {
      if (inT && text !== null) text += t;
    },
    close(n) {
      if (n === "t") inT = false;
      else if (n === "rPh") phonetic = false;
      else if (n === "si" && text !== null) {
        out.set(index, text);
        text = null;
      }
    },
  });
  if (!found) throw missing();
  for (const [k, where] of needed)
    if (!out.has(k))
      throw rusak(ctx.label, {
        jenis: "teksBersamaDiLuar",
        cell: address(where.sheet, where.row, where.col),
        nomor: k,
        jumlah: index + 1,
      });
  return out;
}

export type FormatKind = "percent" | "date" | "other";

const BUILTIN_DATE = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** What a number format code shows: a percent, a date or time, or a plain number. */
export function formatKind(id: number, code: string | undefined): FormatKind {
  if (id === 9 || id === 10) return "percent";
  if (code === undefined) return BUILTIN_DATE.has(id) ? "date" : "other";
  // Quoted text, escaped characters and [colour]/[condition] sections say nothing about the kind.
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  if (bare.includes("%")) return "percent";
  if (/^general$/i.test(bare.trim())) return "other";
  return /[ymdhs]/i.test(bare) ? "date" : "other";
}

/** Format kind per style index used by a kept number cell. */
export function numberFormats(
  ctx: CellContext,
  part: string | null,
  read: { w: Wanted; sheet: SheetCells }[]
): Map<number, FormatKind> {
  const used = new Set<number>();
  for (const { sheet } of read)
    for (const cols of sheet.cells.values())
      for (const c of cols.values()) if (c.s > 0 && (c.t === "n" || c.t === "")) used.add(c.s);
  const out = new Map<number, FormatKind>();
  if (used.size === 0 || part === null) return out;
  const codes = new Map<number, string>();
  const xfFormat = new Map<number, number>();
  let inCellXfs = false;
  let xf = -1;
  parsePart(ctx.zip, part, {
    open(n, a) {
      if (n === "numFmt" && a.numFmtId !== undefined && a.formatCode !== undefined)
        codes.set(Number(a.numFmtId), a.formatCode.slice(0, 255));
      else if (n === "cellXfs") inCellXfs = true;
      else if (n === "xf" && inCellXfs) {
        xf++;
        if (used.has(xf)) xfFormat.set(xf, Number(a.numFmtId ?? 0));
      }
    },
    close(n) {
      if (n === "cellXfs") inCellXfs = false;
    },
  });
  for (const s of used) {
    const id = xfFormat.get(s);
    if (id !== undefined) out.set(s, formatKind(id, codes.get(id)));
  }
  return out;
}

// ------------------------------------------------------------------ building the RawRange

const NUMBER = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d{1,3})?\s*$/;

function dateSerial(iso: string, date1904: boolean): number | null {
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);
  if (Number.isNaN(t)) return null;
  return 25569 + t / 86400000 - (date1904 ? 1462 : 0);
}

type CellNote = "date" | "no-result" | "percent";

function cellValue(
  ctx: CellContext,
  c: StoredCell,
  lokasi: string,
  strings: Map<number, string>,
  formats: Map<number, FormatKind>
): { value: RawCell; note?: CellNote } {
  const bad = (nilai: "logika" | "tanggal" | "angka") =>
    rusak(ctx.label, { jenis: "nilaiTidakSah", cell: lokasi, nilai, teks: short(c.v ?? "") });
  // §12: a formula is read by its saved result, whatever it is; only no result at all is "not calculated".
  if (c.f !== null && c.v === null && c.is === null) return { value: null, note: "no-result" };
  switch (c.t) {
    case "s":
      return { value: c.v === null ? null : strings.get(Number(c.v.trim()))! };
    case "str":
      return { value: c.v ?? "" };
    case "inlineStr":
      return { value: c.is ?? c.v ?? "" };
    case "b": {
      const v = (c.v ?? "").trim();
      if (v === "1" || v === "true") return { value: true };
      if (v === "0" || v === "false") return { value: false };
      throw bad("logika");
    }
    case "e":
      return { value: { error: (c.v ?? "").trim() || "#N/A" } };
    case "d": {
      const serial = dateSerial((c.v ?? "").trim(), ctx.date1904);
      if (serial === null) throw bad("tanggal");
      return { value: serial, note: "date" };
    }
    case "n":
    case "": {
      if (c.v === null || c.v.trim() === "") return { value: null };
      if (!NUMBER.test(c.v)) throw bad("angka");
      const n = Number(c.v);
      if (!Number.isFinite(n)) throw bad("angka");
      const kind = formats.get(c.s) ?? "other";
      // §9: reported, not converted; the model converts the percent-point columns only.
      if (kind === "percent") return { value: n, note: "percent" };
      if (kind === "date") return { value: n, note: "date" };
      return { value: n };
    }
    default:
      throw rusak(ctx.label, { jenis: "jenisSel", cell: lokasi, teks: short(c.t) });
  }
}

export function buildRange(
  ctx: CellContext,
  w: Wanted,
  sheet: SheetCells,
  strings: Map<number, string>,
  formats: Map<number, FormatKind>,
  problems: Finding[]
): RawRange {
  const t = w.rect;
  // Whole-column names ($A:$N) reach row 1 048 576: stop at the sheet's last used row and column.
  const bottom = Math.max(t.top, Math.min(t.bottom - w.footerRows, sheet.maxRow));
  const right = Math.max(t.left, Math.min(t.right, Math.max(sheet.maxCol, t.left)));
  const area = (bottom - t.top + 1) * (right - t.left + 1);
  if (area > ctx.limits.cells)
    throw terlaluBesar(ctx.label, {
      jenis: "sumber",
      sumber: w.source,
      cell: area,
      batas: ctx.limits.cells,
    });
  // A merged range holds one value, at its top-left cell (§12): the cells it covers read blank.
  const merges: Merge[] = [];
  const covered = new Set<number>();
  const width = right - t.left + 1;
  for (const m of sheet.merges) {
    const top = Math.max(m.top, t.top);
    const left = Math.max(m.left, t.left);
    const mBottom = Math.min(m.bottom, bottom);
    const mRight = Math.min(m.right, right);
    if (top > mBottom || left > mRight) continue;
    if (top === m.top && left === m.left && (mBottom > top || mRight > left))
      merges.push({
        row: top - t.top,
        col: left - t.left,
        rows: mBottom - top + 1,
        cols: mRight - left + 1,
      });
    for (let r = top; r <= mBottom; r++)
      for (let c = left; c <= mRight; c++)
        if (r !== m.top || c !== m.left) covered.add((r - t.top) * width + (c - t.left));
  }
  const values: RawCell[][] = [];
  const percent: boolean[][] = [];
  let anyPercent = false;
  const cellProblems: Finding[] = [];
  for (let r = t.top; r <= bottom; r++) {
    const row: RawCell[] = [];
    const pct: boolean[] = [];
    const stored = sheet.cells.get(r);
    for (let col = t.left; col <= right; col++) {
      const c = stored?.get(col);
      pct.push(false);
      if (!c || covered.has((r - t.top) * width + (col - t.left))) {
        row.push(null);
        continue;
      }
      const lokasi = address(w.sheet, r, col);
      const read = cellValue(ctx, c, lokasi, strings, formats);
      row.push(read.value);
      if (read.note === "percent") {
        pct[pct.length - 1] = true;
        anyPercent = true;
      }
      const where = { sumber: w.source, cell: { sheet: w.sheet, row: r - 1, col: col - 1 } };
      if (read.note === "no-result")
        cellProblems.push(temuan("RUMUS_TANPA_HASIL", { rumus: c.f ?? "" }, where));
      else if (read.note === "date")
        cellProblems.push(temuan("SEL_TANGGAL", { serial: Number(read.value) }, where));
    }
    values.push(row);
    percent.push(pct);
  }
  // Trailing blank rows of a generous range are not data; the header row always stays.
  while (
    values.length > 1 &&
    values[values.length - 1].every((v) => v === null || (typeof v === "string" && v.trim() === ""))
  )
    values.pop();
  const lastRow = t.top + values.length - 1;
  // sel rows are 0-based, lastRow 1-based.
  problems.push(...cellProblems.filter((p) => p.cell !== undefined && p.cell.row + 1 <= lastRow));
  const range: RawRange = {
    source: w.source,
    kind: w.kind,
    sheet: w.sheet,
    row: t.top - 1,
    col: t.left - 1,
    values,
  };
  if (anyPercent) range.percent = percent.slice(0, values.length);
  const kept = merges.filter((m) => m.row < values.length);
  if (kept.length > 0)
    range.merges = kept.map((m) => ({ ...m, rows: Math.min(m.rows, values.length - m.row) }));
  return range;
}
