/* global Excel */
import type { InputWorkbookPlan, SourceName } from "../report";
import { nextFreeSheetName, rangeAddress, sameSheetName } from "../report";
import { columnWidthOps, gridOps, textSafeFormats, type Target } from "./grid";
import { officeError } from "./errors";
import { OP_OVERHEAD, toBatches, type Op } from "./payload";
import { defaultRun, MAX_REQUEST_BYTES, type ExcelRun, type Supports } from "./run";

export interface InputWriteResult {
  /** Plan sheet name → the name actually used (a taken name gets " (2)", " (3)" …). */
  sheets: Record<string, string>;
  /** Names created, with the address they point to, e.g. { LKIP_IKU: "'Data IKU'!A1:K11" }. */
  names: Partial<Record<SourceName, string>>;
  /** Names left alone because the workbook already has a name of that name (never overwritten). */
  skippedNames: SourceName[];
}

export interface InputWriteOptions {
  run?: ExcelRun;
  supports?: Supports;
  maxRequestBytes?: number;
}

/**
 * "Sisipkan contoh data": create the input sheets (values, then formulas over them, formats,
 * widths) and workbook-scoped names. Never overwrites a sheet or a name: a taken sheet name gets
 * the next free one and the names point there; an existing name is left as it is and reported.
 */
export async function writeInputPlan(
  plan: InputWorkbookPlan,
  opts: InputWriteOptions = {}
): Promise<InputWriteResult> {
  const run = opts.run ?? defaultRun;
  const supports = opts.supports ?? (() => true);
  const limit = opts.maxRequestBytes ?? MAX_REQUEST_BYTES;

  return run(async (ctx) => {
    const worksheets = ctx.workbook.worksheets;
    worksheets.load("items/name");
    const names = ctx.workbook.names;
    names.load("items/name");
    const protection = supports("ExcelApi", "1.7") ? ctx.workbook.protection : null;
    protection?.load("protected");
    await ctx.sync();
    // Checked before anything is queued: Excel would refuse the new sheets (AccessDenied).
    if (protection?.protected)
      throw officeError(
        "AccessDenied",
        "The workbook's structure is protected; no sheet can be added."
      );

    const taken = worksheets.items.map((s) => s.name);
    const sheetMap: Record<string, string> = {};
    for (const s of plan.sheets) {
      const name = nextFreeSheetName(s.name, taken);
      sheetMap[s.name] = name;
      taken.push(name);
    }

    type Job = { ops: Op<Target>[]; ws?: Excel.Worksheet; name: string };
    const jobs: Job[] = plan.sheets.map((s) => {
      const formulas = s.formulas;
      const ops: Op<Target>[] = [
        ...columnWidthOps(s.columnWidths ?? []),
        ...gridOps(0, 0, s.values, textSafeFormats(s.values, s.numberFormats), limit),
      ];
      if (formulas) {
        // Only formula cells are sent (null leaves a cell unchanged), after the literal values.
        const grid = formulas.map((row) =>
          row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null))
        );
        grid.forEach((row, r) =>
          row.forEach((f, c) => {
            if (f === null) return;
            ops.push({
              bytes: OP_OVERHEAD + f.length,
              apply: ({ ws }) => {
                const cell = ws.getRangeByIndexes(r, c, 1, 1);
                // A formula cell must not be Text-formatted, or Excel would keep it as text.
                cell.numberFormat = [
                  [
                    s.numberFormats?.[r]?.[c] && s.numberFormats[r][c] !== "@"
                      ? s.numberFormats[r][c]
                      : "General",
                  ],
                ];
                cell.formulas = [[f]];
              },
            });
          })
        );
      }
      return { ops, name: sheetMap[s.name] };
    });

    const existingNames = names.items.map((n) => n.name.toUpperCase());
    const skippedNames: SourceName[] = [];
    const created: Partial<Record<SourceName, string>> = {};
    const nameOps: Op<Ctx>[] = [];
    for (const n of plan.names) {
      if (existingNames.includes(n.name.toUpperCase())) {
        skippedNames.push(n.name);
        continue;
      }
      const sheet = sheetMap[n.sheet] ?? n.sheet;
      const address = rangeAddress(sheet, n.row, n.col, n.rows, n.cols);
      created[n.name] = address;
      nameOps.push({
        bytes: OP_OVERHEAD,
        apply: (c) => {
          const ws =
            c.sheets.find((j) => sameSheetName(j.name, sheet))?.ws ??
            c.ctx.workbook.worksheets.getItem(sheet);
          c.ctx.workbook.names.add(n.name, ws.getRangeByIndexes(n.row, n.col, n.rows, n.cols));
        },
      });
    }

    type Ctx = { ctx: Excel.RequestContext; sheets: Job[] };
    const all: Op<Ctx>[] = [];
    for (const job of jobs) {
      all.push({ bytes: OP_OVERHEAD, apply: () => (job.ws = worksheets.add(job.name)) });
      for (const op of job.ops)
        all.push({ bytes: op.bytes, apply: () => op.apply({ ctx, ws: job.ws! }) });
    }
    all.push(...nameOps);
    if (jobs.length > 0) all.push({ bytes: OP_OVERHEAD, apply: () => jobs[0].ws!.activate() });

    const c: Ctx = { ctx, sheets: jobs };
    for (const batch of toBatches(all, limit)) {
      if (supports("ExcelApi", "1.6"))
        ctx.workbook.application.suspendApiCalculationUntilNextSync();
      for (const op of batch) op.apply(c);
      await ctx.sync();
    }
    // The =LKIP.CAPAIAN formulas were written while calculation was suspended: recalculate so
    // they show their values now, not after the next F9 (Application.calculate, ExcelApi 1.1).
    if (plan.sheets.some((s) => s.formulas?.some((row) => row.some((f) => f?.startsWith("="))))) {
      ctx.workbook.application.calculate("Recalculate");
      await ctx.sync();
    }
    return { sheets: sheetMap, names: created, skippedNames };
  });
}
