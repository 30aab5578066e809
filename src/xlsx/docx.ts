/**
 * Bab III as a Word document (.docx) with the `docx` library: A4 portrait, Heading 1–3 styles (so
 * Word's table of contents works), captions "Tabel 3.n", header rows repeated on every page and
 * kept with the first body row, tables as wide as the text, page numbers in the footer. Bytes
 * out, no file I/O: the same writer serves `lkip bab3`, lkip.html and the pane.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { Bab3Document, DocCell, DocTable, Run } from "../report";

/** A4 in twips, with the margins Indonesian government documents use (left 3 cm, others 2–2,5 cm). */
const PAGE = { width: 11906, height: 16838, left: 1701, right: 1134, top: 1418, bottom: 1418 };
/** The text width every table fills. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const FONT = "Arial";
/** Half-points. */
const SIZE = { body: 22, table: 18, note: 16, h1: 28, h2: 24, h3: 22 };

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function textRuns(runs: Run[], size?: number): ParagraphChild[] {
  return runs.map(
    (r) =>
      new TextRun({
        text: r.text,
        bold: r.bold,
        italics: r.italic,
        highlight: r.highlight ? "yellow" : undefined,
        size,
      })
  );
}

/** Twips per character of 9 pt Arial (bold, a little generous) and a cell's left + right margins. */
const CHAR_TWIPS = 105;
const CELL_MARGINS = 280;

/**
 * Column widths in twips summing to the text width: proportional to the tables' widths, but no
 * narrower than the column's longest header word and its longest figure, so that neither breaks
 * ("Satua-n", "8.069.859.5-23") on a portrait page.
 */
function columnTwips(widths: number[], minChars: number[] = []): number[] {
  let min = widths.map((_, c) => (minChars[c] ?? 0) * CHAR_TWIPS + CELL_MARGINS);
  const minSum = min.reduce((a, b) => a + b, 0);
  if (minSum > TEXT_WIDTH) min = min.map((m) => (m * TEXT_WIDTH) / minSum);
  const fixed = new Set<number>();
  let out: number[] = [];
  for (;;) {
    const free = TEXT_WIDTH - [...fixed].reduce((a, c) => a + min[c], 0);
    const weight = widths.reduce((a, w, c) => a + (fixed.has(c) ? 0 : w), 0);
    out = widths.map((w, c) => (fixed.has(c) ? min[c] : (w / weight) * free));
    const under = out.findIndex((w, c) => !fixed.has(c) && w < min[c]);
    if (under < 0) break;
    fixed.add(under);
  }
  const floored = out.map((w) => Math.floor(w));
  floored[floored.length - 1] += TEXT_WIDTH - floored.reduce((a, b) => a + b, 0);
  return floored;
}

/** Per column: the longest header word, and the longest figure (right-aligned cell) of the body. */
function minChars(t: DocTable): number[] {
  const out = t.widths.map(() => 0);
  const longestWord = (s: string) => Math.max(0, ...s.split(/\s+/).map((w) => w.length));
  const see = (rows: DocCell[][], header: boolean) =>
    rows.forEach((r) =>
      r.forEach((c, i) => {
        if (c.covered || (c.colSpan ?? 1) > 1) return;
        const n = header ? longestWord(c.text) : c.align === "right" ? c.text.length : 0;
        out[i] = Math.max(out[i], Math.min(n, 18));
      })
    );
  see(t.header, true);
  see(t.body, false);
  return out;
}

function cell(
  c: DocCell,
  col: number,
  twips: number[],
  header: boolean,
  keepNext: boolean
): TableCell {
  const span = c.colSpan ?? 1;
  const width = twips.slice(col, col + span).reduce((a, b) => a + b, 0);
  return new TableCell({
    children: [
      new Paragraph({
        alignment: ALIGN[c.align ?? (header ? "center" : "left")],
        keepNext,
        children: [new TextRun({ text: c.text, bold: c.bold || header, size: SIZE.table })],
      }),
    ],
    columnSpan: span > 1 ? span : undefined,
    rowSpan: (c.rowSpan ?? 1) > 1 ? c.rowSpan : undefined,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    borders: BORDERS,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

function table(t: DocTable): (Paragraph | Table)[] {
  const twips = columnTwips(t.widths, minChars(t));
  const cols = t.widths.length;
  const row = (cells: DocCell[], header: boolean, keepNext: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      keepNext,
      children: cells.flatMap((c, i) => (c.covered ? [] : [cell(c, i, twips, header, keepNext)])),
    });
  const rows = [
    // Header rows are kept with the first body row: never a header alone at a page's foot.
    ...t.header.map((r) => row(r, true, true)),
    ...t.body.map((r, i) => {
      // A group row ("Sasaran 1: …") spans the table: keep it with the row it heads.
      const group = r.length > 0 && (r[0].colSpan ?? 1) === cols && cols > 1;
      // The last row is kept with the notes under it, so that a note never opens a page alone.
      const last = i + 1 === t.body.length && t.notes.length > 0;
      return row(r, false, (group && i + 1 < t.body.length) || last);
    }),
  ];
  // The notes (formula, bounds, rounding) are the table's own: a last row across it without side
  // borders, so that a reader of the text (RULES §15) takes them as part of the table.
  if (t.notes.length > 0)
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            columnSpan: cols > 1 ? cols : undefined,
            width: { size: TEXT_WIDTH, type: WidthType.DXA },
            borders: { top: BORDER, bottom: NONE, left: NONE, right: NONE },
            margins: { top: 40, bottom: 0, left: 0, right: 0 },
            children: t.notes.map(
              (n) => new Paragraph({ style: "TableNote", children: [new TextRun(n)] })
            ),
          }),
        ],
      })
    );
  return [
    new Paragraph({
      style: "Caption",
      keepNext: true,
      children: [new TextRun({ text: `Tabel 3.${t.number} ${t.caption}` })],
    }),
    new Table({
      rows,
      columnWidths: twips,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };

/** The document object (docx), for writers that need it before the bytes. */
function bab3Docx(doc: Bab3Document): Document {
  const children: (Paragraph | Table)[] = [];
  for (const b of doc.blocks) {
    if (b.kind === "heading")
      children.push(new Paragraph({ heading: HEADING[b.level], children: [new TextRun(b.text)] }));
    else if (b.kind === "paragraph")
      children.push(
        new Paragraph({
          alignment: b.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
          indent: b.list ? { left: 425, hanging: 0 } : undefined,
          spacing: { after: 120, line: 300 },
          children: textRuns(b.runs),
        })
      );
    else if (b.kind === "table") children.push(...table(b));
    else children.push(new Paragraph({ children: [new PageBreak()] }));
  }
  const heading = (id: string, name: string, size: number, level: number) => ({
    id,
    name,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: { bold: true, size, font: FONT },
    paragraph: {
      keepNext: true,
      keepLines: true,
      spacing: { before: 240, after: 120 },
      outlineLevel: level,
    },
  });
  return new Document({
    title: doc.title,
    creator: "LKIP",
    description: doc.title,
    styles: {
      default: { document: { run: { font: FONT, size: SIZE.body } } },
      paragraphStyles: [
        heading("Heading1", "Heading 1", SIZE.h1, 0),
        heading("Heading2", "Heading 2", SIZE.h2, 1),
        heading("Heading3", "Heading 3", SIZE.h3, 2),
        {
          // The lines under a table (formula, bounds, rounding): part of the table, not the text.
          id: "TableNote",
          name: "Table Note",
          basedOn: "Normal",
          next: "Normal",
          run: { italics: true, size: SIZE.note, font: FONT },
          paragraph: { spacing: { before: 40, after: 0 } },
        },
        {
          id: "Caption",
          name: "Caption",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { bold: true, size: SIZE.table, font: FONT },
          paragraph: { keepNext: true, spacing: { before: 120, after: 60 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [`${doc.halaman} `, PageNumber.CURRENT],
                    size: SIZE.note,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** Bab III as .docx bytes (Node and browser alike). */
export async function writeBab3Docx(doc: Bab3Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(bab3Docx(doc)));
}
