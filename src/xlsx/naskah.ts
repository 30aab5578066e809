/**
 * The naskah reader (RULES §15): a report's own text, as paragraphs in reading order, from a .docx
 * (word/document.xml through the bounded zip reader and the XML scanner) or a .pdf (pdfjs-dist,
 * loaded only when a PDF arrives). Bounded like the .xlsx reader: file size, entries, inflated
 * bytes, paragraphs and time. A file that cannot be read throws NaskahReadError with a code and its
 * parameters only; the sentence is the catalogue's (NASKAH_TIDAK_TERBACA), in the UI's language.
 */
import type { Naskah, NaskahParagraph } from "../report";
import { attr, xmlStream, XmlError } from "./xml";
import { isZip, openZip, streamPartText, ZipError } from "./zip";
import { readPdfParagraphs } from "./naskah-pdf";
import { NASKAH_LIMITS, NaskahBudget, NaskahReadError, type NaskahLimits } from "./naskah-error";

export { NASKAH_LIMITS, NaskahReadError } from "./naskah-error";
export type { NaskahLimits, NaskahReadProblem } from "./naskah-error";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MB = 1024 * 1024;

function isPdf(b: Uint8Array): boolean {
  // "%PDF" within the first 1024 bytes (some writers put a few bytes before it).
  const head = b.subarray(0, Math.min(b.length, 1024));
  for (let i = 0; i + 4 <= head.length; i++)
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46)
      return true;
  return false;
}

/**
 * Reads a naskah's paragraphs. `fileName` is kept for `lokasi` ("{file} ¶{n}"); the format is
 * told by the bytes, not by the name.
 */
export async function readNaskah(
  input: Uint8Array | ArrayBuffer,
  fileName: string,
  limits: NaskahLimits = NASKAH_LIMITS
): Promise<Naskah> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length > limits.fileBytes)
    throw new NaskahReadError({
      kode: "TERLALU_BESAR",
      batas: "ukuran",
      nilai: Math.round(limits.fileBytes / MB),
    });
  if (isPdf(bytes)) {
    const paragraphs = await readPdfParagraphs(bytes, limits);
    return { file: fileName, format: "pdf", paragraphs };
  }
  if (isZip(bytes)) return { file: fileName, format: "docx", paragraphs: readDocx(bytes, limits) };
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b))
    throw new NaskahReadError({ kode: "BUKAN_NASKAH", dikenali: "doc" });
  throw new NaskahReadError({ kode: "BUKAN_NASKAH", dikenali: "lain" });
}

/** Word's own heading styles, in English and Indonesian Word ("Heading1", "Judul1", "Title"). */
const HEADING_STYLE = /^(heading|judul)\s*\d$|^(title|judul)$/i;

interface OpenParagraph {
  parts: string[];
  heading: boolean;
}

interface OpenTable {
  index: number;
  row: number;
  col: number;
  /** Column of the cell being read (gridSpan counted). */
  cellCol: number;
  cellSpan: number;
}

/** word/document.xml → paragraphs, tables' cells in row order. */
function readDocx(bytes: Uint8Array, limits: NaskahLimits = NASKAH_LIMITS): NaskahParagraph[] {
  const budget = new NaskahBudget(limits);
  const out: NaskahParagraph[] = [];
  try {
    const zip = openZip(bytes, limits);
    if (!zip.entries.has("word/document.xml")) {
      const xlsx = zip.entries.has("xl/workbook.xml");
      throw new NaskahReadError({ kode: "BUKAN_NASKAH", dikenali: xlsx ? "xlsx" : "zip" });
    }
    const paragraphs: OpenParagraph[] = [];
    const tables: OpenTable[] = [];
    let tableCount = 0;
    let inText = 0;
    /** Inside mc:Fallback (a copy of mc:Choice for old readers): not read twice. */
    let fallback = 0;
    let ticks = 0;
    const finish = (p: OpenParagraph) => {
      const text = p.parts.join("").replace(/\s+/g, " ").trim();
      if (text === "") return;
      budget.keep(out.length, text);
      const para: NaskahParagraph = { nomor: out.length + 1, text };
      if (p.heading) para.heading = true;
      const t = tables[tables.length - 1];
      if (t) para.table = { index: t.index, row: t.row, col: t.cellCol };
      out.push(para);
    };
    const stream = xmlStream({
      open: (name, a) => {
        if (++ticks % 4096 === 0) budget.inTime();
        if (name === "Fallback") fallback++;
        if (fallback > 0) return;
        const p = paragraphs[paragraphs.length - 1];
        switch (name) {
          case "p":
            paragraphs.push({ parts: [], heading: false });
            break;
          case "pStyle":
            if (p && HEADING_STYLE.test(attr(a, "val") ?? "")) p.heading = true;
            break;
          case "outlineLvl":
            if (p) p.heading = true;
            break;
          case "t":
            inText++;
            break;
          case "tab":
          case "br":
          case "cr":
            if (p) p.parts.push(" ");
            break;
          case "noBreakHyphen":
            if (p) p.parts.push("-");
            break;
          case "tbl":
            tables.push({ index: tableCount++, row: -1, col: 0, cellCol: 0, cellSpan: 1 });
            break;
          case "tr": {
            const t = tables[tables.length - 1];
            if (t) {
              t.row++;
              t.col = 0;
            }
            break;
          }
          case "tc": {
            const t = tables[tables.length - 1];
            if (t) {
              t.cellCol = t.col;
              t.cellSpan = 1;
            }
            break;
          }
          case "gridSpan": {
            const t = tables[tables.length - 1];
            const n = Number(attr(a, "val"));
            if (t && Number.isInteger(n) && n > 1) t.cellSpan = n;
            break;
          }
        }
      },
      close: (name) => {
        if (name === "Fallback") {
          fallback--;
          return;
        }
        if (fallback > 0) return;
        switch (name) {
          case "p": {
            const p = paragraphs.pop();
            if (p) finish(p);
            break;
          }
          case "t":
            inText--;
            break;
          case "tc": {
            const t = tables[tables.length - 1];
            if (t) t.col = t.cellCol + t.cellSpan;
            break;
          }
          case "tbl":
            tables.pop();
            break;
        }
      },
      text: (s) => {
        if (inText > 0 && fallback === 0) paragraphs[paragraphs.length - 1]?.parts.push(s);
      },
    });
    streamPartText(zip, "word/document.xml", (chunk) => stream.write(chunk));
    stream.close();
  } catch (e) {
    throw explainDocx(e, limits);
  }
  if (out.length === 0) throw new NaskahReadError({ kode: "KOSONG", format: "docx" });
  return out;
}

function explainDocx(e: unknown, limits: NaskahLimits): NaskahReadError {
  if (e instanceof NaskahReadError) return e;
  if (e instanceof ZipError) {
    switch (e.kind) {
      case "not-zip":
        return new NaskahReadError({ kode: "BUKAN_NASKAH", dikenali: "lain" });
      case "encrypted":
        return new NaskahReadError({ kode: "DILINDUNGI", format: "docx" });
      case "too-big":
        return new NaskahReadError({
          kode: "TERLALU_BESAR",
          batas: /entries/.test(e.message) ? "bagian" : "isi",
          nilai: /entries/.test(e.message) ? limits.entries : Math.round(limits.partBytes / MB),
        });
      default:
        return new NaskahReadError({ kode: "RUSAK", format: "docx" });
    }
  }
  if (e instanceof XmlError) return new NaskahReadError({ kode: "RUSAK", format: "docx" });
  if (e instanceof RangeError)
    return new NaskahReadError({ kode: "TERLALU_BESAR", batas: "memori", nilai: 0 });
  return new NaskahReadError({ kode: "RUSAK", format: "docx" });
}
