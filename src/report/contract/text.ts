/**
 * Which text a writer must protect so that Excel keeps it as typed. Shared by both gateways
 * (src/excel through Office.js, src/xlsx through ExcelJS) so that both give the same cells the
 * Text format.
 */

/** Excel desktop shows "####" for a Text-formatted cell holding more than 255 characters. */
export const TEXT_FORMAT_MAX = 255;

/**
 * Text Excel would not keep as typed in a General cell: `Range.values` treats a string starting
 * with "=" (and "+", "-", "@") as a formula (Excel.Range.values), and Excel parses typed input into
 * numbers (Indonesian "1.234,5", "12%", "Rp 1.000" too), dates and times, booleans (also BENAR/SALAH)
 * and error values. Over-inclusive on purpose: Text on a short label costs nothing visible.
 */
export function reinterpretedText(s: string): boolean {
  const t = s.trim();
  if (t === "") return false;
  if (/^[=+\-@']/.test(s) || /^[=+\-@]/.test(t)) return true; // ' is Excel's prefix character
  if (/^\(?(rp\.?|\$|€)?\s*[\d.,]+\s*%?\)?$/i.test(t)) return true;
  if (/^[\d.,]+\s*[eE][+-]?\d+$/.test(t)) return true;
  if (/^(TRUE|FALSE|BENAR|SALAH)$/i.test(t)) return true;
  if (
    /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!|NILAI!|NAMA\?|BIL!)$/i.test(
      t
    )
  )
    return true;
  if (/^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?$/.test(t)) return true; // 1/2, 31-12-2024, 2024.12.31
  if (/^\d{1,2}[\s/-]*[A-Za-z]{3,9}([\s/-]*\d{2,4})?$/.test(t)) return true; // 1 Jan 2024, 5-Mei
  if (/^[A-Za-z]{3,9}[\s/-]*\d{1,4}([\s,/-]*\d{2,4})?$/.test(t)) return true; // Jan-24, Mei 2024
  if (/^\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp]\.?[Mm]\.?)?$/.test(t)) return true; // 08:30
  return false;
}

/** Text ("@") is given to a string only when Excel would otherwise reinterpret it and it is short enough. */
export function needsTextFormat(v: unknown): boolean {
  return typeof v === "string" && v.length <= TEXT_FORMAT_MAX && reinterpretedText(v);
}

/** "tabel LKIP_IKU …" → "Tabel LKIP_IKU …": a message that starts with a name-like phrase. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A name quoted for messages, shortened when very long. */
export function kutip(s: string, max = 80): string {
  const t = s.trim().replace(/\s+/g, " ");
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}

/**
 * Fills the `{name}` placeholders of a dictionary's text; a placeholder without a value stays
 * visible (a bug to see, and test/texts.test.ts checks both languages have the same ones).
 */
export function fmt(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
