/**
 * Layouts as printed (WORKBOOK.md): band rows, two levels in one column, mixed budget tables.
 * The readers (iku.ts, anggaran.ts) ask these questions of a row; nothing here reads a value.
 */
import { isBlank, parseAngka } from "../../core";
import { cellError, cellText } from "./row-reader";
import { resolveHeaders, type PilihanKolom } from "./columns";
export { twoLevels } from "./columns";
import type { RawCell, RawRange } from "../contract";

export type JenisPita = "tujuan" | "sasaran" | "program";

/** "Tujuan 1 :", "Sasaran Strategis 2:", "SASARAN :" — the prefix a band's text may carry. */
const PREFIX = /^\s*(tujuan|sasaran)(?:\s+strategis)?(?:\s*\d+(?:\.\d+)*\.?)?\s*[:：]\s*/i;
const STARTS = /^\s*(tujuan|sasaran|program)\b/i;

/** The kind a text names by its first word ("Sasaran : …" → sasaran), and the text without its prefix. */
export function namedLevel(text: string): { jenis: JenisPita | null; teks: string } {
  const m = PREFIX.exec(text);
  if (m) return { jenis: m[1].toLowerCase() as JenisPita, teks: text.slice(m[0].length).trim() };
  const s = STARTS.exec(text);
  // "Program Penunjang …" is a program by its name; a bare "Tujuan"/"Sasaran" word starts a band's kind.
  // Without a prefix the text stays exactly as written (spaces too): it is the user's own text.
  return { jenis: s ? (s[1].toLowerCase() as JenisPita) : null, teks: text };
}

/** A cell holding words (not a number, an error or a dash). */
function isWords(cell: RawCell): boolean {
  if (isBlank(cell) || cellError(cell) !== null) return false;
  if (typeof cell !== "string") return false;
  if (/^[\s\-–—]+$/.test(cell)) return false;
  return !parseAngka(cell).ok;
}

/**
 * A band row: its only content is one text, in a column where a heading can stand (not a figure
 * or an indicator's own column). Null for any other row.
 */
export interface Band {
  /** The text exactly as written. */
  teks: string;
  col: number;
}

export function bandOf(
  row: readonly RawCell[],
  headingColumn: (c: number) => boolean
): Band | null {
  let found: Band | null = null;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (isBlank(cell)) continue;
    if (found !== null || !isWords(cell) || !headingColumn(c)) return null;
    found = { teks: cellText(cell), col: c };
  }
  return found;
}

/**
 * A budget table that also prints the indicators' performance (a Target column, the "perbandingan
 * realisasi kinerja dan anggaran" tables): its budget lines are the rows with money.
 */
export function isMixedBudget(range: RawRange, tahun: number, pilihan: PilihanKolom = {}): boolean {
  if (range.source !== "LKIP_ANGGARAN") return false;
  const asIku = resolveHeaders(
    { ...range, source: "LKIP_IKU" } as RawRange & { source: "LKIP_IKU" },
    tahun,
    pilihan
  );
  return asIku.columns.target !== undefined;
}
