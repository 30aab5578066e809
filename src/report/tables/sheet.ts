/**
 * The output sheet (WORKBOOK.md, "Output"): the chosen tables laid out on "Tabel LKIP {tahun}".
 * The task pane and the `lkip` command both start from here, so the sheet is the same.
 */
import type { LkipModel, Settings } from "../model";
import { layoutSheet } from "./layout";
import { buildTables, type BuildResult } from "./specs";
import type { SheetPlan } from "../contract";

export function outputSheetName(settings: Settings): string {
  return `Tabel LKIP ${settings.tahun}`;
}

export function tabelSheet(
  model: LkipModel,
  opts: { tables?: number[] } = {}
): BuildResult & { plan: SheetPlan } {
  const built = buildTables(model, opts);
  return {
    ...built,
    plan: layoutSheet(outputSheetName(model.settings), built.tables, built.charts),
  };
}
