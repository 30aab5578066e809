/**
 * Reads a .docx back the way a checker would: word/document.xml through the project's own zip
 * reader and XML parser; paragraphs outside tables with their style and text, tables as rows of
 * cell texts with which rows repeat as headers, the page size and margins, the footer's fields.
 */
import { openZip, streamPartText, type ZipPackage } from "../../src/xlsx/zip";

/** A part's whole text (document.xml, a footer), or null when absent; only tests need it whole. */
export function readPartText(zip: ZipPackage, name: string): string | null {
  const chunks: string[] = [];
  return streamPartText(zip, name, (c) => chunks.push(c)) ? chunks.join("") : null;
}
import { attr, parseXml } from "../../src/xlsx/xml";

export interface ReadParagraph {
  style: string | null;
  text: string;
  highlighted: string;
}

export interface ReadTable {
  /** The caption paragraph just before it. */
  caption: string;
  rows: string[][];
  headerRows: number;
  gridCols: number[];
  width: number;
}

export interface ReadDocx {
  paragraphs: ReadParagraph[];
  tables: ReadTable[];
  page: { w: number; h: number; left: number; right: number; orient: string | null };
  footers: string[];
  parts: string[];
}

export function readDocx(bytes: Uint8Array): ReadDocx {
  const zip = openZip(bytes);
  const xml = readPartText(zip, "word/document.xml");
  if (xml === null) throw new Error("no word/document.xml");
  const out: ReadDocx = {
    paragraphs: [],
    tables: [],
    page: { w: 0, h: 0, left: 0, right: 0, orient: null },
    footers: [],
    parts: [...zip.entries.keys()],
  };
  let depth = 0; // table nesting
  let para: ReadParagraph | null = null;
  let inText = false;
  let highlight = false;
  let table: ReadTable | null = null;
  let row: string[] | null = null;
  let cellText: string | null = null;
  let rowIsHeader = false;
  let lastCaption = "";
  parseXml(xml, {
    open(name, a) {
      if (name === "tbl") {
        depth++;
        table = { caption: lastCaption, rows: [], headerRows: 0, gridCols: [], width: 0 };
      } else if (name === "tblW" && table) table.width = Number(attr(a, "w"));
      else if (name === "gridCol" && table) table.gridCols.push(Number(attr(a, "w")));
      else if (name === "tr") {
        row = [];
        rowIsHeader = false;
      } else if (name === "tblHeader" && attr(a, "val") !== "false") rowIsHeader = true;
      else if (name === "tc") cellText = "";
      else if (name === "p") para = { style: null, text: "", highlighted: "" };
      else if (name === "pStyle" && para) para.style = attr(a, "val") ?? null;
      else if (name === "r") highlight = false;
      else if (name === "highlight") highlight = true;
      else if (name === "t") inText = true;
      else if (name === "pgSz")
        Object.assign(out.page, {
          w: Number(attr(a, "w")),
          h: Number(attr(a, "h")),
          orient: attr(a, "orient") ?? null,
        });
      else if (name === "pgMar")
        Object.assign(out.page, { left: Number(attr(a, "left")), right: Number(attr(a, "right")) });
    },
    text(t) {
      if (!inText || !para) return;
      para.text += t;
      if (highlight) para.highlighted += t;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "p" && para) {
        if (depth === 0) {
          out.paragraphs.push(para);
          if (para.style === "Caption") lastCaption = para.text;
        } else if (cellText !== null) cellText += (cellText ? "\n" : "") + para.text;
        para = null;
      } else if (name === "tc" && row && cellText !== null) {
        row.push(cellText);
        cellText = null;
      } else if (name === "tr" && table && row) {
        table.rows.push(row);
        if (rowIsHeader && table.headerRows === table.rows.length - 1) table.headerRows++;
        row = null;
      } else if (name === "tbl") {
        depth--;
        if (table) out.tables.push(table);
        table = null;
      }
    },
  });
  for (const name of out.parts.filter((p) => /^word\/footer\d*\.xml$/.test(p)))
    out.footers.push(readPartText(zip, name) ?? "");
  return out;
}
