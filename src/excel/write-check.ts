/**
 * After a failed sync the writer cannot know from the error what Excel did: a request can be
 * refused before Excel ran it, or run with the reply lost on the way back (a dropped connection
 * in Excel on the web), and a batch that fails part-way keeps what ran before the failing
 * operation. So the workbook is read back before anything is said: a sheet finished under its
 * final name is reported as written, an unfinished temporary sheet is removed, and only then is
 * the error passed on.
 */
import type { SheetPlan } from "../report";
import { officeError, officeErrorCode } from "./errors";
import type { Target } from "./grid";
import type { Op } from "./payload";
import type { ExcelRun, Supports } from "./run";
import type { WriteResult } from "./write";

/** The temporary sheet's name: this prefix and the write's token. */
export const TEMP_PREFIX = "LKIP sementara";
/** Custom property on the sheet being written: the token, then "<token>:selesai" when done. */
export const WRITE_KEY = "LKIP_TULIS";

/** A temporary sheet of a write (this version's "LKIP sementara ab12cd", or older "LKIP sementara (2)"). */
export const isTemporarySheet = (name: string): boolean =>
  /^LKIP sementara( [a-z0-9]{6}| \(\d+\))?$/i.test(name);

/** One write as it was set out, and how far it got. */
export interface Attempt {
  temp: string;
  token: string;
  sheetName: string;
  /** Our old sheet being replaced (its name is sheetName). */
  replaced?: string;
  /** Sheet names before the write. */
  taken: string[];
  canMark: boolean;
  charts: boolean;
  /** The failing sync was the one with the finishing operations. */
  lastBatch: boolean;
  error: unknown;
}

type Finish = (
  plan: SheetPlan,
  supports: Supports,
  limit: number,
  attempt: Pick<Attempt, "sheetName" | "replaced" | "token" | "canMark">
) => Op<Target>[];

export async function checkAfterFailure(
  run: ExcelRun,
  attempt: Attempt,
  plan: SheetPlan,
  supports: Supports,
  limit: number,
  finishOps: Finish
): Promise<WriteResult> {
  const failed = attempt.error;
  const written = (note: WriteResult["note"], charts: boolean): WriteResult => ({
    status: "written",
    sheetName: attempt.sheetName,
    replaced: attempt.replaced !== undefined,
    charts: charts ? plan.charts.map((c) => c.title) : [],
    note,
  });
  let outcome: WriteResult | "removed" | "nothing";
  try {
    outcome = await run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const temp = sheets.getItemOrNullObject(attempt.temp);
      temp.load("name");
      const final = sheets.getItemOrNullObject(attempt.sheetName);
      final.load("name");
      // A null object's navigation gives null objects, so this is safe when the sheet is absent.
      const mark = attempt.canMark ? final.customProperties.getItemOrNullObject(WRITE_KEY) : null;
      mark?.load("value");
      const old = attempt.replaced ? sheets.getItemOrNullObject(attempt.replaced) : null;
      old?.load("name");
      await ctx.sync();
      // eslint-disable-next-line office-addins/call-sync-before-read -- loaded and synced just above
      const [tempThere, finalThere] = [!temp.isNullObject, !final.isNullObject];

      const value = mark && !mark.isNullObject ? mark.value : null;
      const finished = attempt.canMark
        ? value !== null && value.startsWith(attempt.token)
        : !tempThere &&
          finalThere &&
          !attempt.taken.some((t) => t.toUpperCase() === attempt.sheetName.toUpperCase());
      if (finished) {
        // Without marks (ExcelApi < 1.12) only the error tells: a lost reply means all ran.
        const done = attempt.canMark
          ? value === `${attempt.token}:selesai`
          : officeErrorCode(failed) === "RequestAborted";
        // Under its final name but not marked done: Excel refused a chart (they come after the rename).
        return done || !attempt.charts
          ? written("SUDAH_DIPERIKSA", done)
          : written("GRAFIK_TIDAK_DIBUAT", false);
      }
      if (!tempThere) return "nothing";

      // The sheet we replace was deleted between the read and the write (Excel: ItemNotFound at
      // its delete, the first finishing operation): every table is on the temporary sheet.
      if (
        attempt.lastBatch &&
        old?.isNullObject === true &&
        officeErrorCode(failed) === "ItemNotFound"
      ) {
        const target: Target = { ctx, ws: temp };
        for (const op of finishOps(plan, supports, limit, { ...attempt, replaced: undefined }))
          op.apply(target);
        await ctx.sync();
        return written(undefined, true);
      }
      temp.delete();
      await ctx.sync();
      return "removed";
    });
  } catch {
    // Excel is still out of reach: its first error is the truthful one. A temporary sheet left
    // behind is marked, and the next write removes it.
    throw failed;
  }
  // Nothing reached the workbook: a lost connection says so; Excel's own refusal says why.
  if (outcome === "nothing")
    throw officeErrorCode(failed) === "RequestAborted"
      ? Object.assign(
          officeError("TabelBelumDitulis", "The write was cut off before anything was written."),
          { cause: failed }
        )
      : failed;
  if (outcome === "removed")
    throw Object.assign(
      officeError("TabelDihapus", "The write was cut off; the incomplete sheet was removed."),
      { cause: failed }
    );
  return outcome;
}
