/**
 * Two .xlsx files compared cell by cell through ExcelJS: the sheets (names, order), every cell's
 * value, formula, number format, font, fill, alignment and border, the merges, the column widths,
 * and the defined names. Returns the differences, empty when equal. Used to prove that the browser
 * page and `lkip tabel` make the same workbook.
 */
import ExcelJS from "exceljs";

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const show = (v: unknown) =>
  JSON.stringify(v, (_k, x) => (x instanceof Date ? x.toISOString() : x));

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
        const fa = show([ca.value, ca.numFmt, ca.font, ca.fill, ca.alignment, ca.border]);
        const fb = show([cb.value, cb.numFmt, cb.font, cb.fill, cb.alignment, cb.border]);
        if (fa !== fb) add(`${sa.name}!${ca.address}: ${fa} ≠ ${fb}`);
      }
    }
    const merges = (s: ExcelJS.Worksheet) =>
      show([...((s.model as { merges?: string[] }).merges ?? [])].sort());
    if (merges(sa) !== merges(sb)) add(`${sa.name} merges: ${merges(sa)} ≠ ${merges(sb)}`);
    const widths = (s: ExcelJS.Worksheet) =>
      show(Array.from({ length: cols }, (_, i) => s.getColumn(i + 1).width ?? null));
    if (widths(sa) !== widths(sb)) add(`${sa.name} widths: ${widths(sa)} ≠ ${widths(sb)}`);
  }
  const defined = (w: ExcelJS.Workbook) =>
    show((w.definedNames as unknown as { model: unknown[] }).model.map((m) => show(m)).sort());
  if (defined(wa) !== defined(wb)) add(`defined names: ${defined(wa)} ≠ ${defined(wb)}`);
  return out;
}
