/**
 * One PDF page's text items → blocks in reading order: paragraphs (lines joined as Word wrapped
 * them) and tables (rows of cells by column), so that a sentence wrapped over lines stays whole and
 * a table row's figures stay with its indicator's name, as the .docx reader gives them (RULES §15).
 *
 * Lines are the items sharing a baseline, left to right (a table's cells come in cell order in the
 * content stream, not line by line). A line whose items stand apart in several x-columns (gaps far
 * wider than a word space) is a table line; two or more such lines close together make a table.
 * Pure geometry: no pdfjs here, so it is tested on items as well as on PDFs.
 */

/** A text item where the page puts it: x, y of its baseline's start, its width and height. */
export interface PlacedItem {
  text: string;
  x: number;
  y: number;
  width?: number;
  height: number;
}

export type PageBlock =
  | { kind: "paragraph"; text: string; lines: number }
  | { kind: "table"; rows: { col: number; text: string }[][]; columns: [number, number][] };

interface Segment {
  x0: number;
  x1: number;
  text: string;
}

interface Line {
  y: number;
  height: number;
  segments: Segment[];
  x0: number;
  x1: number;
  /** Where the words start: after the list marker when the line opens with one. */
  textX: number;
  text: string;
}

/** A list item's or numbered heading's opening: "1.", "a)", "3.1.2", "•", "-". */
const MARKER =
  /^(?:\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]|\d+(?:\.\d+)+\.?|[-•●▪■◦○➢►✓\u2013\uF0B7\uF0A7])$/u;
const OPENS_ITEM =
  /^(?:\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]|\d+(?:\.\d+)+\.?|[•●▪■◦○➢►✓\uF0B7\uF0A7])\s/u;

/** A word space is well under a font height; a gap this wide parts columns. */
const COLUMN_GAP = 1.25;

function joinPieces(a: string, b: string, touching: boolean): string {
  if (a === "") return b;
  return a + (a.endsWith(" ") || b.startsWith(" ") || touching ? "" : " ") + b;
}

/** Items → lines (by baseline, top to bottom), each cut into segments where a column gap is. */
function linesOf(items: PlacedItem[]): Line[] {
  const kept = items
    .filter((it) => it.text.trim() !== "")
    .map((it, i) => ({ ...it, i }))
    .sort((a, b) => b.y - a.y || a.i - b.i);
  const groups: (typeof kept)[] = [];
  for (const it of kept) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0].y - it.y) <= Math.min(g[0].height, it.height) * 0.45) g.push(it);
    else groups.push([it]);
  }
  return groups.map((g) => {
    g.sort((a, b) => a.x - b.x || a.i - b.i);
    const height = Math.min(...g.map((it) => it.height));
    const segments: Segment[] = [];
    for (const it of g) {
      const end = it.x + (it.width ?? it.text.length * it.height * 0.5);
      const cur = segments[segments.length - 1];
      if (cur && it.x - cur.x1 <= height * COLUMN_GAP) {
        cur.text = joinPieces(cur.text, it.text, Math.abs(it.x - cur.x1) < height * 0.12);
        cur.x1 = Math.max(cur.x1, end);
      } else segments.push({ x0: it.x, x1: end, text: it.text });
    }
    for (const s of segments) s.text = s.text.replace(/\s+/g, " ").trim();
    // The words start after a list marker, whether a tab sets it apart as a column or not.
    const marker = g.length > 1 && MARKER.test(g[0].text.trim());
    return {
      y: g[0].y,
      height,
      segments,
      x0: segments[0].x0,
      x1: segments[segments.length - 1].x1,
      textX: marker ? g[1].x : segments[0].x0,
      text: segments.map((s) => s.text).join(" "),
    };
  });
}

/** Several columns apart — but not a list marker set off from its item by a tab. */
const isTableLine = (l: Line) =>
  l.segments.length >= 3 || (l.segments.length === 2 && !MARKER.test(l.segments[0].text));

const overlap = (a: { x0: number; x1: number }, c: [number, number]) =>
  Math.min(a.x1, c[1]) - Math.max(a.x0, c[0]);

/**
 * The table's columns from its cells: narrow cells first, each widening the one column it
 * overlaps; a cell over two columns or more (a merged header, "Alokasi Biaya") widens none.
 */
function columnsOf(lines: Line[]): [number, number][] {
  const cells = lines
    .filter(isTableLine)
    .flatMap((l) => l.segments)
    .sort((a, b) => a.x1 - a.x0 - (b.x1 - b.x0));
  const cols: [number, number][] = [];
  for (const s of cells) {
    const hit = cols.filter((c) => overlap(s, c) > 0);
    if (hit.length === 0) cols.push([s.x0, s.x1]);
    else if (hit.length === 1) {
      hit[0][0] = Math.min(hit[0][0], s.x0);
      hit[0][1] = Math.max(hit[0][1], s.x1);
    }
  }
  return cols.sort((a, b) => a[0] - b[0]);
}

/** The columns a segment overlaps (by index), and the one it overlaps most. */
function placeOf(s: Segment, cols: [number, number][]): { count: number; col: number } {
  let best = -1;
  let most = 0;
  let count = 0;
  cols.forEach((c, i) => {
    const o = overlap(s, c);
    if (o > 0) count++;
    if (o > most) [best, most] = [i, o];
  });
  if (best < 0) {
    const mid = (s.x0 + s.x1) / 2;
    best = cols.reduce(
      (b, c, i) =>
        Math.abs((c[0] + c[1]) / 2 - mid) < Math.abs((cols[b][0] + cols[b][1]) / 2 - mid) ? i : b,
      0
    );
  }
  return { count, col: best };
}

/** Lines from `start` (a table line) that make one table: the end index (exclusive) and columns. */
function tableAt(
  lines: Line[],
  start: number
): { begin: number; end: number; cols: [number, number][] } | null {
  let end = start + 1;
  while (end < lines.length) {
    const gap = lines[end - 1].y - lines[end].y;
    const next = lines[end];
    if (gap > Math.max(lines[end - 1].height, next.height) * 2.4) break;
    if (!isTableLine(next) && next.segments.length !== 1) break;
    end++;
  }
  let cols = columnsOf(lines.slice(start, end));
  // A line after the last row that fits no single column is the text after the table.
  while (
    end > start &&
    !isTableLine(lines[end - 1]) &&
    placeOf(lines[end - 1].segments[0], cols).count !== 1
  )
    end--;
  if (lines.slice(start, end).filter(isTableLine).length < 2) return null;
  cols = columnsOf(lines.slice(start, end));
  // Header lines above the first row set apart as one cell ("Target" over "Akhir Renstra", a
  // merged "Alokasi Biaya"): close above it, within the table's width.
  let begin = start;
  while (begin > 0) {
    const l = lines[begin - 1];
    const gap = l.y - lines[begin].y;
    if (l.segments.length !== 1 || gap > Math.max(l.height, lines[begin].height) * 2.4) break;
    if (l.x0 < cols[0][0] - l.height || l.x1 > cols[cols.length - 1][1] + l.height) break;
    if (placeOf(l.segments[0], cols).count > 2) break;
    begin--;
  }
  return { begin, end, cols };
}

function rowsOf(lines: Line[], cols: [number, number][]): { col: number; text: string }[][] {
  const rows: { col: number; text: string }[][] = [];
  for (const l of lines) {
    const placed = l.segments.map((s) => ({ s, ...placeOf(s, cols) }));
    const above = rows[rows.length - 1];
    // A single cell's next line (a wrapped name) belongs to the row above; so does a line of the
    // row's own columns whose figures are only a parenthesised second line ("Nilai A" / "(81,59)").
    const cont =
      above !== undefined &&
      (isTableLine(l)
        ? placed.every((p) => above.some((c) => c.col === p.col)) &&
          placed.some((p) => /^\(.*\d.*\)$/u.test(p.s.text)) &&
          placed.every((p) => !/\d/u.test(p.s.text) || /^\(.*\)$/u.test(p.s.text))
        : placed[0].count === 1);
    const row = cont ? above : [];
    if (!cont) rows.push(row);
    for (const p of placed) {
      const cell = row.find((c) => c.col === p.col);
      if (cell) cell.text = joinLine(cell.text, p.s.text);
      else row.push({ col: p.col, text: p.s.text });
    }
    row.sort((a, b) => a.col - b.col);
  }
  return rows;
}

/**
 * The next line of one paragraph, as Word wrapped it: a word broken at a hyphen keeps it
 * ("rata-" + "rata", "Kab-" + "Jombang") unless it was split inside a word ("pe-" + "laksanaan").
 */
function joinLine(before: string, line: string): string {
  if (/[\p{L}]-$/u.test(before) && /^\p{Ll}/u.test(line)) {
    const left = /([\p{L}]+)-$/u.exec(before)?.[1] ?? "";
    const right = /^[\p{L}]+/u.exec(line)?.[0] ?? "";
    return left.toLowerCase() === right.toLowerCase() ? before + line : before.slice(0, -1) + line;
  }
  if (before.endsWith("-") || before.endsWith("/")) return before + line;
  return before + " " + line;
}

/** The usual line spacing: the lower quartile of the gaps (paragraph gaps are the wider ones). */
function usualGap(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 4)];
}

export function layoutPage(items: PlacedItem[]): PageBlock[] {
  const lines = linesOf(items);
  // Tables first, so that the usual line spacing is the text's, not the tables' tighter one.
  const tables = new Map<number, { begin: number; end: number; cols: [number, number][] }>();
  const inTable = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const t = isTableLine(lines[i]) ? tableAt(lines, i) : null;
    if (!t) continue;
    // Header lines already taken as text belong to the table (none is, past another table).
    while (t.begin < i && inTable.has(t.begin)) t.begin++;
    tables.set(t.begin, t);
    for (let j = t.begin; j < t.end; j++) inTable.add(j);
    i = t.end - 1;
  }
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++)
    if (!inTable.has(i) && !inTable.has(i - 1)) gaps.push(lines[i - 1].y - lines[i].y);
  const usual = usualGap(gaps.filter((g) => g > 0));
  const right = Math.max(0, ...lines.filter((_, i) => !inTable.has(i)).map((l) => l.x1));
  const blocks: PageBlock[] = [];
  let para: Line[] = [];
  let text = "";
  const flush = () => {
    if (text.trim() !== "")
      blocks.push({
        kind: "paragraph",
        text: text.replace(/\s+/g, " ").trim(),
        lines: para.length,
      });
    para = [];
    text = "";
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const t = tables.get(i);
    if (t) {
      flush();
      blocks.push({
        kind: "table",
        rows: rowsOf(lines.slice(t.begin, t.end), t.cols),
        columns: t.cols,
      });
      i = t.end - 1;
      continue;
    }
    if (para.length > 0 && startsParagraph(para, l, usual, right)) flush();
    text = para.length === 0 ? l.text : joinLine(text, l.text);
    para.push(l);
  }
  flush();
  return blocks;
}

/** Whether `l` opens a new paragraph after the lines `para` (one paragraph so far). */
function startsParagraph(para: Line[], l: Line, usual: number, right: number): boolean {
  const prev = para[para.length - 1];
  const gap = prev.y - l.y;
  const h = l.height;
  if (usual > 0 && gap > usual * 1.45) return true;
  // Another size of type: a caption, a source line ("Sumber : …"), a heading.
  if (Math.abs(l.height - prev.height) > Math.min(l.height, prev.height) * 0.2) return true;
  if (OPENS_ITEM.test(l.text) || (l.segments.length > 1 && MARKER.test(l.segments[0].text)))
    return true;
  // Lines of one paragraph start where its body does: under the first line's words (a hanging
  // list item, a first-line indent), then each under the one before. More indent: a new one.
  if (para.length === 1 ? l.x0 > prev.textX + h * 0.8 : Math.abs(l.x0 - prev.x0) > h * 0.8)
    return true;
  // A short line ending a sentence closes its paragraph (Word fills a line before it wraps).
  return /[.:;!?]["”)]?$/u.test(prev.text) && prev.x1 < right - h * 3;
}
