/**
 * Two .xlsx files compared cell by cell through ExcelJS: the sheets (names, order), every cell's
 * value, formula, number format, font, fill, alignment and border, the merges, the column widths,
 * the row heights, how it prints (page setup, footer, page breaks) and the defined names. Returns the differences, empty when equal. Used to prove that the browser
 * page and `lkip tabel` make the same workbook.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** JSON with object keys sorted: the same font read from <sz/><name/> or <name/><sz/> shows alike. */
const show = (v: unknown) =>
  JSON.stringify(v, (_k, x: unknown) => {
    if (x instanceof Date) return x.toISOString();
    if (x && typeof x === "object" && !Array.isArray(x))
      return Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)));
    return x;
  });

/**
 * A cell's font without the default text colour: ExcelJS's default font names theme colour 1
 * (dark text, what a font without a colour shows); the streamed writer has no theme part and
 * names none.
 */
const fontOf = (cell: ExcelJS.Cell) => {
  const f = cell.font as (Partial<ExcelJS.Font> & { color?: { theme?: number } }) | undefined;
  if (!f || !f.color || f.color.theme !== 1 || Object.keys(f.color).length !== 1) return f;
  const rest: Partial<ExcelJS.Font> = { ...f };
  delete rest.color;
  return rest;
};

export async function workbookDifferences(
  a: Uint8Array,
  b: Uint8Array,
  limit = 20
): Promise<string[]> {
  const [wa, wb] = await Promise.all([open(a), open(b)]);
  const out: string[] = [];
  const add = (s: string) => {
    if (out.length < limit) out.push(s);
  };
  const names = (w: ExcelJS.Workbook) => w.worksheets.map((s) => s.name);
  if (show(names(wa)) !== show(names(wb))) add(`sheets: ${show(names(wa))} ≠ ${show(names(wb))}`);
  for (const sa of wa.worksheets) {
    const sb = wb.getWorksheet(sa.name);
    if (!sb) continue;
    const rows = Math.max(sa.rowCount, sb.rowCount);
    const cols = Math.max(sa.columnCount, sb.columnCount);
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        const ca = sa.getCell(r, c);
        const cb = sb.getCell(r, c);
        const fa = show([ca.value, ca.numFmt, fontOf(ca), ca.fill, ca.alignment, ca.border]);
        const fb = show([cb.value, cb.numFmt, fontOf(cb), cb.fill, cb.alignment, cb.border]);
        if (fa !== fb) add(`${sa.name}!${ca.address}: ${fa} ≠ ${fb}`);
      }
    }
    const merges = (s: ExcelJS.Worksheet) =>
      show([...((s.model as { merges?: string[] }).merges ?? [])].sort());
    if (merges(sa) !== merges(sb)) add(`${sa.name} merges: ${merges(sa)} ≠ ${merges(sb)}`);
    const widths = (s: ExcelJS.Worksheet) =>
      show(Array.from({ length: cols }, (_, i) => s.getColumn(i + 1).width ?? null));
    if (widths(sa) !== widths(sb)) add(`${sa.name} widths: ${widths(sa)} ≠ ${widths(sb)}`);
    const heights = (s: ExcelJS.Worksheet) =>
      show(Array.from({ length: rows }, (_, i) => s.getRow(i + 1).height ?? null));
    if (heights(sa) !== heights(sb)) add(`${sa.name} heights: ${heights(sa)} ≠ ${heights(sb)}`);
    // How it prints: the page setup, the footer and the manual page breaks.
    const print = (s: ExcelJS.Worksheet) => {
      const p = s.pageSetup;
      return show([
        p.orientation,
        p.paperSize,
        p.scale,
        !!p.fitToPage,
        p.margins,
        p.printArea,
        s.headerFooter?.oddFooter ?? null,
      ]);
    };
    if (print(sa) !== print(sb)) add(`${sa.name} print: ${print(sa)} ≠ ${print(sb)}`);
  }
  // ExcelJS does not read page breaks back: they are compared in the sheets' XML.
  const [ba, bb] = await Promise.all([rowBreaks(a), rowBreaks(b)]);
  if (ba !== bb) add(`page breaks: ${ba} ≠ ${bb}`);
  const defined = (w: ExcelJS.Workbook) =>
    show((w.definedNames as unknown as { model: unknown[] }).model.map((m) => show(m)).sort());
  if (defined(wa) !== defined(wb)) add(`defined names: ${defined(wa)} ≠ ${defined(wb)}`);
  return out;
}

/** The manual row breaks of every worksheet part, in part order: "[[5,40],[]]". */
async function rowBreaks(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files)
    .filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))
    .sort();
  const out: number[][] = [];
  for (const p of parts) {
    const text = await zip.file(p)!.async("string");
    const block = /<rowBreaks[^>]*>(.*?)<\/rowBreaks>/s.exec(text)?.[1] ?? "";
    out.push([...block.matchAll(/<brk [^>]*id="(\d+)"/g)].map((m) => Number(m[1])));
  }
  return JSON.stringify(out);
}
