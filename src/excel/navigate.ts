import { splitAddress } from "../report";
import { defaultRun, type ExcelRun } from "./run";

/**
 * Activate the sheet of a Finding's lokasi (`'Data IKU'!G7`) and select that cell or range.
 * Returns false when the sheet or address no longer exists (the user may have renamed it).
 */
export async function selectAddress(
  address: string,
  opts: { run?: ExcelRun } = {}
): Promise<boolean> {
  const { sheet, cell } = splitAddress(address);
  if (!cell) return false;
  const run = opts.run ?? defaultRun;
  try {
    return await run(async (ctx) => {
      const ws =
        sheet === null
          ? ctx.workbook.worksheets.getActiveWorksheet()
          : ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
      return true;
    });
  } catch {
    return false;
  }
}
