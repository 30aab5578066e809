import type ExcelJS from "exceljs";
import type { RawCell } from "../report";

/**
 * One ExcelJS cell value → RawCell. Dates become the serial number Excel stores (RawCell has no
 * date and no LKIP figure is a date, so the reader flags them); formulas give their cached result.
 */
export type CellNote = "date" | "no-result";

export interface ReadCell {
  value: RawCell;
  note?: CellNote;
}

function dateToSerial(d: Date, date1904: boolean): number {
  // ExcelJS builds dates in UTC from the serial; this is its inverse (utils.dateToExcel).
  return 25569 + d.getTime() / 86400000 - (date1904 ? 1462 : 0);
}

function richText(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text ?? "").join("");
}

export function toRawCell(v: ExcelJS.CellValue, date1904 = false): ReadCell {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: dateToSerial(v, date1904), note: "date" };
  if (typeof v === "object") {
    if ("error" in v && typeof v.error === "string") return { value: { error: v.error } };
    if ("richText" in v && Array.isArray(v.richText)) return { value: richText(v) };
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: ExcelJS.CellValue }).result;
      if (result === undefined || result === null) return { value: null, note: "no-result" };
      return toRawCell(result, date1904);
    }
    if ("hyperlink" in v) {
      // The shown text, which itself may be rich text; never the link target.
      const text = (v as { text?: unknown }).text;
      if (typeof text === "string") return { value: text };
      if (text && typeof text === "object" && "richText" in text)
        return { value: richText(text as { richText: { text: string }[] }) };
      return { value: null };
    }
    if ("text" in v && typeof (v as { text?: unknown }).text === "string")
      return { value: (v as { text: string }).text };
  }
  return { value: String(v) };
}
