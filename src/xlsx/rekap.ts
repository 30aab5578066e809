import ExcelJS from "exceljs";
import type { SheetPlan } from "../report";
import { writeSheetPlan } from "./write";

/** The rekap's sheets (Rekap, Temuan) as one new workbook's .xlsx bytes; no file I/O. */
export async function rekapWorkbook(plans: readonly SheetPlan[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "LKIP";
  for (const plan of plans) {
    const name = writeSheetPlan(workbook, plan);
    // The header stays in view over hundreds of OPD rows.
    workbook.getWorksheet(name)!.views = [{ state: "frozen", ySplit: 2, xSplit: 2 }];
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
