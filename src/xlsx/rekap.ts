import ExcelJS from "exceljs";
import {
  readModel,
  rekapModel,
  rekapUnread,
  type Lang,
  type RekapFileResult,
  type SheetPlan,
} from "../report";
import { XlsxReadError, loadXlsx, type LoadedXlsx } from "./read";
import { writeSheetPlan } from "./write";

/** A loaded workbook's rekap row and findings (the command reads the file, the page the drop). */
export function rekapLoaded(
  berkas: string,
  loaded: LoadedXlsx,
  lang: Lang = "id"
): RekapFileResult {
  return rekapModel(berkas, readModel(loaded.raw), lang);
}

/** The same from an .xlsx file's bytes; a file that cannot be read is a row with the sentence why. */
export async function rekapXlsx(
  berkas: string,
  bytes: Uint8Array,
  lang: Lang = "id"
): Promise<RekapFileResult> {
  let loaded: LoadedXlsx;
  try {
    loaded = await loadXlsx(bytes, berkas);
  } catch (e) {
    if (!(e instanceof XlsxReadError)) throw e;
    return rekapUnread(berkas, e.message);
  }
  return rekapLoaded(berkas, loaded, lang);
}

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
