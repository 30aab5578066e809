/**
 * A PDF naskah's text layer (pdfjs-dist, loaded on first use so that neither bundle pays for it
 * until a PDF arrives), page by page, into paragraphs and table cells as Word printed them (the
 * layout is naskah-pdf-layout.ts). A PDF with no text at all is a scan and says so; pages,
 * characters and time are bounded.
 */
import type { NaskahParagraph } from "../report";
import { NaskahBudget, NaskahReadError, type NaskahLimits } from "./naskah-error";
import { layoutPage, type PlacedItem } from "./naskah-pdf-layout";

/** The piece of pdfjs-dist used here (its own types are not needed beyond this). */
interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
}
interface PdfPage {
  getTextContent(): Promise<{ items: PdfTextItem[] }>;
  cleanup?(): void;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfJs {
  getDocument(src: Record<string, unknown>): {
    promise: Promise<PdfDocument>;
    destroy?(): Promise<void>;
  };
}

let loader: (() => Promise<unknown>) | null = null;

/**
 * How pdfjs-dist is loaded: the legacy build by default (Node and the bundles alike); a page may set
 * its own (e.g. with the worker module on the main thread) before the first PDF.
 */
export function setPdfLoader(load: () => Promise<unknown>): void {
  loader = load;
}

async function pdfjs(): Promise<PdfJs> {
  if (loader) return (await loader()) as PdfJs;
  return (await import(
    /* webpackChunkName: "later-pdf" */ "pdfjs-dist/legacy/build/pdf.mjs"
  )) as unknown as PdfJs;
}

interface OpenTable {
  index: number;
  rows: number;
  columns: [number, number][];
}

/** A page's items as placed (pdfjs gives x, y in the transform; the height, or the font size). */
function placed(items: PdfTextItem[]): PlacedItem[] {
  return items.map((it) => ({
    text: it.str ?? "",
    x: it.transform?.[4] ?? 0,
    y: it.transform?.[5] ?? 0,
    width: it.width,
    height: Math.abs(it.height ?? 0) || Math.abs(it.transform?.[3] ?? 0) || 10,
  }));
}

/**
 * A PDF keeps no styles: a chapter ("BAB IV PENUTUP") or a numbered section ("3.1.2 Perbandingan
 * …") on a line or two, with no sentence ending, is taken as the heading Word's style would mark,
 * so that a subject named before it does not carry over (RULES §15).
 */
function isHeading(text: string, lines: number): boolean {
  return (
    lines <= 2 && /^(?:BAB\s+[IVXL]+\b|\d+(?:\.\d+)+\.?\s)/u.test(text) && !/[.;:]$/u.test(text)
  );
}

/** A table at the top of a page whose columns are those of the table that ended the page before. */
function sameColumns(a: [number, number][], b: [number, number][]): boolean {
  return (
    a.length === b.length &&
    a.every((c, i) => Math.abs(c[0] - b[i][0]) < 12 || Math.abs(c[1] - b[i][1]) < 12)
  );
}

export async function readPdfParagraphs(
  bytes: Uint8Array,
  limits: NaskahLimits
): Promise<NaskahParagraph[]> {
  const budget = new NaskahBudget(limits);
  const lib = await pdfjs();
  let doc: PdfDocument;
  try {
    // pdfjs transfers the buffer it is given: hand it a copy so the caller's bytes stay whole; a
    // plain Uint8Array, since pdfjs refuses a subclass of it (what Node reads a file into).
    doc = await lib.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as { name?: string })?.name;
    if (name === "PasswordException")
      throw new NaskahReadError({ kode: "DILINDUNGI", format: "pdf" });
    throw new NaskahReadError({ kode: "RUSAK", format: "pdf" });
  }
  try {
    if (doc.numPages > limits.pages)
      throw new NaskahReadError({ kode: "TERLALU_BESAR", batas: "halaman", nilai: limits.pages });
    const out: NaskahParagraph[] = [];
    let tables = 0;
    /** The table that ended the last page, to go on with. */
    let last: OpenTable | null = null;
    for (let n = 1; n <= doc.numPages; n++) {
      budget.inTime();
      let items: PdfTextItem[];
      try {
        const page = await doc.getPage(n);
        items = (await page.getTextContent()).items;
        page.cleanup?.();
      } catch {
        throw new NaskahReadError({ kode: "RUSAK", format: "pdf" });
      }
      const blocks = layoutPage(placed(items));
      const keep = (text: string, extra: Partial<NaskahParagraph> = {}) => {
        budget.keep(out.length, text);
        out.push({ nomor: out.length + 1, text, ...extra, page: n });
      };
      // Single lines around a page's body are its running head and foot: a table broken by the
      // page goes on across them (its header's cues hold for its rows).
      const lead = blocks.findIndex((b) => b.kind !== "paragraph" || b.lines > 1);
      for (const [i, b] of blocks.entries()) {
        if (b.kind === "paragraph") {
          keep(b.text, isHeading(b.text, b.lines) ? { heading: true } : {});
          if (b.lines > 1) last = null;
          continue;
        }
        const goesOn: boolean = i === lead && last !== null && sameColumns(last.columns, b.columns);
        const t: OpenTable =
          goesOn && last ? last : { index: tables++, rows: 0, columns: b.columns };
        for (const row of b.rows) {
          for (const cell of row)
            keep(cell.text, { table: { index: t.index, row: t.rows, col: cell.col } });
          t.rows++;
        }
        last = t;
      }
    }
    if (out.length === 0) {
      // No text layer at all: a scanned report (or pages of pictures).
      throw new NaskahReadError({ kode: "PDF_TANPA_TEKS", halaman: doc.numPages });
    }
    return out;
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
