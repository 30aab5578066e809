/**
 * A PDF naskah's text layer (pdfjs-dist, loaded on first use so that neither bundle pays for it
 * until a PDF arrives), page by page, into paragraphs: lines from the text items' baselines, a new
 * paragraph where the gap between lines is clearly wider than the page's usual line spacing. A PDF
 * with no text at all is a scan and says so; pages, characters and time are bounded.
 */
import type { NaskahParagraph } from "../report";
import { NaskahBudget, NaskahReadError, type NaskahLimits } from "./naskah-error";

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

interface Line {
  y: number;
  height: number;
  text: string;
  /** Where the last item ends (x + width), when the items say. */
  end?: number;
}

/**
 * A page's text items → lines, top to bottom (items on one baseline joined). Items that touch
 * ("Tahun 202" and "2", "3," and "157" as Word often splits its runs) are joined without a space;
 * items apart, or with no width to tell, with one.
 */
function linesOf(items: PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let cur: Line | null = null;
  for (const it of items) {
    const s = it.str ?? "";
    const x = it.transform?.[4];
    const y = it.transform?.[5] ?? 0;
    const h = Math.abs(it.height ?? 0) || Math.abs(it.transform?.[3] ?? 0) || 10;
    const end = x !== undefined && it.width !== undefined ? x + it.width : undefined;
    if (cur && Math.abs(cur.y - y) <= h * 0.4) {
      const touching = cur.end !== undefined && x !== undefined && Math.abs(x - cur.end) < h * 0.12;
      cur.text += (cur.text.endsWith(" ") || s.startsWith(" ") || touching ? "" : " ") + s;
      cur.end = end;
    } else {
      if (cur) lines.push(cur);
      cur = { y, height: h, text: s, end };
    }
    if (it.hasEOL && cur) {
      lines.push(cur);
      cur = null;
    }
  }
  if (cur) lines.push(cur);
  return lines
    .map((l) => ({ ...l, text: l.text.replace(/\s+/g, " ").trim() }))
    .filter((l) => l.text !== "");
}

/** The usual line spacing: the lower quartile of the gaps (paragraph gaps are the wider ones). */
function usualGap(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 4)];
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
      const lines = linesOf(items);
      const gaps: number[] = [];
      for (let i = 1; i < lines.length; i++) {
        const g = lines[i - 1].y - lines[i].y;
        if (g > 0) gaps.push(g);
      }
      const usual = usualGap(gaps);
      let parts: string[] = [];
      const flush = () => {
        const text = parts.join(" ").replace(/\s+/g, " ").trim();
        parts = [];
        if (text === "") return;
        budget.keep(out.length, text);
        out.push({ nomor: out.length + 1, text, page: n });
      };
      for (let i = 0; i < lines.length; i++) {
        if (i > 0) {
          const g = lines[i - 1].y - lines[i].y;
          // A wider gap than the usual spacing, or a jump up (a new column), starts a paragraph.
          if (g < 0 || (usual > 0 && g > usual * 1.45)) flush();
        }
        // A word broken over two lines ("pe-" / "laksanaan") is joined.
        const last = parts.length - 1;
        if (last >= 0 && /[a-z]-$/.test(parts[last]) && /^[a-z]/.test(lines[i].text))
          parts[last] = parts[last].slice(0, -1) + lines[i].text;
        else parts.push(lines[i].text);
      }
      flush();
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
