/**
 * Naskah files built in the test: a .docx from blocks (headings, paragraphs, tables) with the
 * `docx` package, as Word would save them, and small PDFs written by hand (a text layer, or none).
 */
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";

export type Block = string | { heading: string } | { table: string[][] };

export async function buildDocx(blocks: Block[]): Promise<Uint8Array> {
  const children = blocks.map((b) => {
    if (typeof b === "string") {
      // Two runs per paragraph, as Word splits them, so the reader must join runs.
      const cut = Math.floor(b.length / 2);
      return new Paragraph({ children: [new TextRun(b.slice(0, cut)), new TextRun(b.slice(cut))] });
    }
    if ("heading" in b) return new Paragraph({ text: b.heading, heading: HeadingLevel.HEADING_2 });
    return new Table({
      rows: b.table.map(
        (row) =>
          new TableRow({
            children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })),
          })
      ),
    });
  });
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const escapePdf = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

/**
 * One line: a string is one run; several strings are runs set one right after the other, each in
 * the other of two font resources (so that the text layer keeps them as separate items, as Word's
 * runs are), like "Tahun 202" and "2". `{ cells }` sets each text at its x (points from the left
 * margin), as a table's cells or a list marker and its tab-set words are printed.
 */
export type PdfLine = string | string[] | { cells: [number, string][] };

const runs = (l: PdfLine) =>
  typeof l === "object" && !Array.isArray(l)
    ? l.cells.map(([x, t]) => `${x} 0 Td (${escapePdf(t)}) Tj ${-x} 0 Td`).join(" ")
    : (typeof l === "string" ? [l] : l)
        .map((r, i) => `/F${(i % 2) + 1} 11 Tf (${escapePdf(r)}) Tj`)
        .join(" ");

/**
 * A PDF of pages of lines (Helvetica, 14 pt leading); an empty line leaves a paragraph gap; a line
 * given as several strings is set as that many runs, each starting where the last ended.
 * With `scan`, each page is only a grey picture: no text layer at all.
 */
export function buildPdf(pages: PdfLine[][], opts: { scan?: boolean } = {}): Uint8Array {
  const objs: Uint8Array[] = [];
  const n = pages.length;
  const fontId = 3 + 2 * n;
  const imageId = fontId + 1;
  objs.push(latin1("<< /Type /Catalog /Pages 2 0 R >>"));
  objs.push(
    latin1(
      `<< /Type /Pages /Kids [${pages.map((_, i) => `${3 + 2 * i} 0 R`).join(" ")}] /Count ${n} >>`
    )
  );
  pages.forEach((lines, i) => {
    const content = opts.scan
      ? "q 500 0 0 700 40 60 cm /Im1 Do Q"
      : `BT /F1 11 Tf 72 770 Td 14 TL ${lines.map((l) => `${runs(l)} T*`).join(" ")} ET`;
    objs.push(
      latin1(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${fontId} 0 R /F2 ${fontId} 0 R >> /XObject << /Im1 ${imageId} 0 R >> >> /Contents ${4 + 2 * i} 0 R >>`
      )
    );
    objs.push(latin1(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`));
  });
  objs.push(latin1("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
  const pixels = "\x80".repeat(4 * 4);
  objs.push(
    latin1(
      `<< /Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels}\nendstream`
    )
  );
  const parts: Uint8Array[] = [latin1("%PDF-1.4\n")];
  const offsets: number[] = [];
  let at = parts[0].length;
  objs.forEach((o, i) => {
    offsets.push(at);
    const obj = concat([latin1(`${i + 1} 0 obj\n`), o, latin1("\nendobj\n")]);
    parts.push(obj);
    at += obj.length;
  });
  const xref =
    `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("") +
    `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  parts.push(latin1(xref));
  return concat(parts);
}
