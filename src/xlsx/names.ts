/**
 * Defined names as the workbook part holds them. ExcelJS keeps only names whose text is a plain
 * range, forgets their scope (localSheetId) and merges same-named sheet-scoped names into one, so
 * the reader parses xl/workbook.xml itself and the writer puts the original names back.
 */
import { cellAddress, columnIndex, rangeAddress } from "../report";
import { attr, parseXml, type XmlHandlers } from "./xml";

export interface DefinedNameRaw {
  name: string;
  /** The name's text as stored, e.g. `'Data IKU'!$A$1:$N$4`, `0.5`, `OFFSET(...)`. */
  text: string;
  /** Index into the workbook's sheet list when the name is sheet-scoped. */
  localSheetId?: number;
}

export interface WorkbookXml {
  sheets: string[];
  /** r:id of each sheet, in the same order, to find its part through the relationships. */
  sheetIds: string[];
  names: DefinedNameRaw[];
  date1904: boolean;
}

/** 1-based, inclusive, as Excel numbers rows and columns. */
export interface CellRect {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type NameTarget =
  | ({ kind: "range" } & CellRect)
  | { kind: "constant" | "formula" | "ref-error" | "external" | "union" };

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

/**
 * workbook.xml, through the XML parser: the sheets in order (name, relationship id), the defined
 * names with scope and text, and the date system. A name's text is kept only up to MAX_NAME_TEXT
 * characters: no name of any size can fill memory.
 */
export function parseWorkbookXml(xml: string): WorkbookXml {
  const r = workbookXmlReader();
  parseXml(xml, r.handlers);
  return r.result;
}

/**
 * The same, as handlers for a streamed part. `keep` chooses the names worth keeping (the reader
 * keeps only the LKIP_ names), so a workbook of a million names costs no memory.
 */
export function workbookXmlReader(keep: (name: string) => boolean = () => true): {
  handlers: XmlHandlers;
  result: WorkbookXml;
} {
  const out: WorkbookXml = { sheets: [], names: [], sheetIds: [], date1904: false };
  let current: DefinedNameRaw | null = null;
  let text = "";
  const handlers: XmlHandlers = {
    open(name, a) {
      if (name === "sheet" && a.name !== undefined) {
        out.sheets.push(a.name);
        out.sheetIds.push(attr(a, "id") ?? "");
      } else if (name === "workbookPr") {
        out.date1904 = a.date1904 === "1" || a.date1904 === "true";
      } else if (name === "definedName" && a.name !== undefined && keep(a.name)) {
        current = { name: a.name, text: "" };
        if (a.localSheetId !== undefined && /^\d{1,5}$/.test(a.localSheetId))
          current.localSheetId = parseInt(a.localSheetId, 10);
        text = "";
      }
    },
    text(t) {
      if (current && text.length < MAX_NAME_TEXT) text += t.slice(0, MAX_NAME_TEXT - text.length);
    },
    close(name) {
      if (name === "definedName" && current) {
        current.text = text.trim();
        out.names.push(current);
        current = null;
      }
    },
  };
  return { handlers, result: out };
}

/** Longer than any range reference; a longer name text is a formula we never evaluate anyway. */
const MAX_NAME_TEXT = 8192;

/** "A" → 1: CellRect counts columns from 1. */
const colToNumber = (letters: string): number => columnIndex(letters) + 1;

/** ExcelJS counts rows and columns from 1; the shared address helpers from 0. */
export function address(sheet: string, row: number, col: number): string {
  return cellAddress(sheet, row - 1, col - 1);
}

export function rectAddress(r: CellRect): string {
  return rangeAddress(r.sheet, r.top - 1, r.left - 1, r.bottom - r.top + 1, r.right - r.left + 1);
}

const SHEET = String.raw`(?:'((?:[^']|'')+)'|([^'!\s,()"\[\]{}=+*/^&<>;]+))`;
const CELL_RANGE = new RegExp(
  String.raw`^=?${SHEET}!\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$`,
  "i"
);
const COL_RANGE = new RegExp(String.raw`^=?${SHEET}!\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$`, "i");
const ROW_RANGE = new RegExp(String.raw`^=?${SHEET}!\$?(\d{1,7}):\$?(\d{1,7})$`, "i");

function rect(sheet: string, r1: number, c1: number, r2: number, c2: number): NameTarget {
  const top = Math.min(r1, r2);
  const bottom = Math.max(r1, r2);
  const left = Math.min(c1, c2);
  const right = Math.max(c1, c2);
  if (top < 1 || left < 1 || bottom > MAX_ROWS || right > MAX_COLS) return { kind: "ref-error" };
  return { kind: "range", sheet, top, left, bottom, right };
}

/** What a defined name's text refers to. */
export function classifyNameText(text: string): NameTarget {
  const t = text.trim();
  if (/#REF!/i.test(t)) return { kind: "ref-error" };
  if (/^=?\[/.test(t) || /^=?'\[/.test(t)) return { kind: "external" };
  const sheetOf = (m: RegExpMatchArray) => (m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
  let m = t.match(CELL_RANGE);
  if (m) {
    const r1 = parseInt(m[4], 10);
    const c1 = colToNumber(m[3]);
    return rect(sheetOf(m), r1, c1, m[6] ? parseInt(m[6], 10) : r1, m[5] ? colToNumber(m[5]) : c1);
  }
  m = t.match(COL_RANGE);
  if (m) return rect(sheetOf(m), 1, colToNumber(m[3]), MAX_ROWS, colToNumber(m[4]));
  m = t.match(ROW_RANGE);
  if (m) return rect(sheetOf(m), parseInt(m[3], 10), 1, parseInt(m[4], 10), MAX_COLS);
  // A literal: number, quoted text, TRUE/FALSE, an error or an array constant.
  if (
    /^=?(?:[-+]?\d[\d.]*(?:E[-+]?\d+)?%?|"(?:[^"]|"")*"|TRUE|FALSE|#[A-Z0-9/!?]+|\{[^}]*\})$/i.test(
      t
    )
  )
    return { kind: "constant" };
  if (t === "") return { kind: "constant" };
  // Several plain ranges joined by commas (a union) are not one rectangle.
  const parts = t.split(",");
  if (parts.length > 1 && parts.every((p) => CELL_RANGE.test(p.trim()) || COL_RANGE.test(p.trim())))
    return { kind: "union" };
  return { kind: "formula" };
}
