/**
 * How the output sheet prints (TABLES.md "Print"): A4 landscape, page numbers in the footer, a
 * page break before a table that fits on one page but would straddle two, and a print scale
 * computed from the column widths so that text stays at about 9 pt or more. Host-free: both
 * writers apply the same numbers. Row heights for wrapped text are estimated here too, because
 * neither ExcelJS nor LibreOffice grows a row to fit wrapped text, and the breaks need them.
 */
import { columnLetters } from "../contract";
import type { Merge, PageSetup, SheetPlan } from "../contract";

export const LINE_HEIGHT = 15; // points per line of 11 pt Calibri, Excel's default row height
const DEFAULT_WIDTH = 8.43;

/** A4 in inches, landscape. */
const PAGE = { width: 11.69, height: 8.27 };
const MARGINS: PageSetup["margins"] = {
  left: 0.4,
  right: 0.4,
  top: 0.5,
  bottom: 0.6,
  header: 0.3,
  footer: 0.3,
};
/** Pixels of a column `w` characters wide at 11 pt Calibri (7 px per digit plus 5 px padding), 96 dpi. */
export const columnPx = (w: number) => Math.trunc(w * 7 + 5);
/** Characters of a column `px` pixels wide: the inverse of columnPx. */
export const columnChars = (px: number) => (px - 5) / 7;
/** 11 pt at this scale must stay at or above about 9 pt. */
export const SKALA_MINIMUM = 82;

/**
 * Characters of text per unit of column width (a unit is one "0" digit). Measured on LibreOffice's
 * pages in Carlito (Calibri's metrics): "memanfaatkan Rumah Sakit", 24 characters, wraps in a
 * column 26.29 wide; bold header words fit at 0.9. Kept on the safe side: a row a little too tall
 * looks fine, one too short hides text.
 */
const PER_WIDTH = { regular: 0.92, bold: 0.85 };

/**
 * The narrowest column (characters) in which no word of a bold header breaks: the inverse of
 * wrappedLines's bold capacity. "Penyerapan" in a column of 11 would print "Penyera / pan".
 */
export function headerWidth(text: string): number {
  const longest = Math.max(0, ...text.split(/\s+/).map((w) => w.length));
  return Math.ceil(longest / PER_WIDTH.bold + 1);
}

/** Lines a text needs when wrapped in a column `width` characters wide (word by word, as Excel wraps). */
export function wrappedLines(text: string, width: number, bold = false): number {
  const capacity = Math.max(
    1,
    Math.floor((width - 1) * (bold ? PER_WIDTH.bold : PER_WIDTH.regular))
  );
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= capacity) used = need;
      else {
        lines +=
          used === 0 ? Math.ceil(word.length / capacity) - 1 : Math.ceil(word.length / capacity);
        used = word.length % capacity || capacity;
      }
    }
  }
  return lines;
}

/** Row heights for wrapped text (null = default), a merged text spread over the rows it covers. */
function rowHeights(plan: SheetPlan): (number | null)[] {
  const widthOf = (c: number) => plan.columnWidths[c] ?? DEFAULT_WIDTH;
  const byRow = (ms: Merge[]) => {
    const m = new Map<number, Merge[]>();
    for (const x of ms)
      for (let r = x.row; r < x.row + x.rows; r++) m.set(r, [...(m.get(r) ?? []), x]);
    return m;
  };
  const wrappedAt = byRow(plan.wrapped);
  const boldAt = byRow(plan.bold);
  const mergeAt = new Map(plan.merges.map((m) => [`${m.row}:${m.col}`, m]));
  const inside = (ms: Merge[] | undefined, c: number) =>
    (ms ?? []).some((m) => c >= m.col && c < m.col + m.cols);
  const heights: (number | null)[] = plan.values.map(() => null);
  const tall: { merge: Merge; need: number }[] = [];
  plan.values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (typeof v !== "string" || v === "" || !inside(wrappedAt.get(r), c)) return;
      const merge = mergeAt.get(`${r}:${c}`);
      // A merged cell is as wide as the pixels of the columns it covers (each with its padding).
      let px = columnPx(widthOf(c));
      if (merge) for (let k = 1; k < merge.cols; k++) px += columnPx(widthOf(c + k));
      const need = wrappedLines(v, columnChars(px), inside(boldAt.get(r), c)) * LINE_HEIGHT;
      if (merge && merge.rows > 1) tall.push({ merge, need });
      else if (need > LINE_HEIGHT) heights[r] = Math.max(heights[r] ?? LINE_HEIGHT, need);
    });
  });
  for (const { merge, need } of tall) {
    const rows = Array.from({ length: merge.rows }, (_, k) => merge.row + k);
    const have = rows.reduce((s, r) => s + (heights[r] ?? LINE_HEIGHT), 0);
    if (need <= have) continue;
    const extra = (need - have) / rows.length;
    for (const r of rows) heights[r] = (heights[r] ?? LINE_HEIGHT) + extra;
  }
  return heights;
}

/** The print scale (percent) at which every column fits the page width, at most 100. */
export function printScale(columnWidths: number[], margins = MARGINS): number {
  const available = (PAGE.width - margins.left - margins.right) * 96;
  const needed = columnWidths.reduce((s, w) => s + columnPx(w), 0);
  // One percent below the exact fit: hosts measure text a little differently.
  return Math.max(10, Math.min(100, Math.floor((available / Math.max(1, needed)) * 100) - 1));
}

/**
 * Rows that start a page: before a table that fits on one page but not in what is left of the
 * current one. A table longer than a page starts on a new page when less than a third of the
 * current one is left, and then flows over the host's own breaks (modelled row by row here).
 */
export function pageBreaks(
  tables: Pick<SheetPlan["tables"][number], "row" | "rows">[],
  heights: (number | null)[],
  scale: number,
  margins = MARGINS
): number[] {
  const pagePt = ((PAGE.height - margins.top - margins.bottom) * 72) / (scale / 100);
  const h = (r: number) => heights[r] ?? LINE_HEIGHT;
  const breaks: number[] = [];
  let used = 0;
  const place = (r: number) => {
    if (used > 0 && used + h(r) > pagePt) used = 0; // the host's own break
    used += h(r);
  };
  for (const t of tables) {
    let height = 0;
    for (let r = t.row; r < t.row + t.rows; r++) height += h(r);
    const spacer = t.row > 0 ? h(t.row - 1) : 0;
    const left = pagePt - used;
    if (used > 0 && spacer + height > left && (height <= pagePt || left < pagePt / 3)) {
      // The blank row above goes with the previous page when it fits there.
      const at = spacer <= left ? t.row : t.row - 1;
      breaks.push(at);
      used = 0;
      if (at < t.row) place(t.row - 1);
    } else if (t.row > 0) place(t.row - 1);
    for (let r = t.row; r < t.row + t.rows; r++) place(r);
  }
  return breaks;
}

/** The whole page setup of a laid-out sheet, with its row heights. */
export function printLayout(plan: SheetPlan): {
  rowHeights: (number | null)[];
  pageSetup: PageSetup;
} {
  const heights = rowHeights(plan);
  const scale = printScale(plan.columnWidths);
  return {
    rowHeights: heights,
    pageSetup: {
      paperSize: "A4",
      orientation: "landscape",
      scale,
      margins: MARGINS,
      centerFooter: "Halaman &P dari &N",
      rowBreaks: pageBreaks(plan.tables, heights, scale),
      printArea: `A1:${columnLetters(Math.max(1, plan.columnWidths.length) - 1)}${Math.max(1, plan.values.length)}`,
    },
  };
}
