/* global Excel */
import type { Merge, SheetPlan } from "../report";
import { SOURCE_NAMES } from "../report";
import { nextFreeSheetName, sameSheetName, splitAddress } from "../report";
import { chartOps } from "./charts";
import { columnWidthOps, gridOps, textSafeFormats, type Target } from "./grid";
import { OP_OVERHEAD, toBatches, type Op } from "./payload";
import { officeError } from "./errors";
import { areaLists, coalesce, mergeCalls } from "./rects";
import type { WorkbookRead } from "./read";
import {
  ADDIN_MARK_KEY,
  ADDIN_MARK_VALUE,
  defaultRun,
  MAX_REQUEST_BYTES,
  type ExcelRun,
  type Supports,
} from "./run";
import {
  checkAfterFailure,
  isTemporarySheet,
  TEMP_PREFIX,
  WRITE_KEY,
  type Attempt,
} from "./write-check";

export interface WriteOptions {
  /** Replace an existing sheet of the plan's name made by the add-in (the UI asks the user first). */
  replace: boolean;
  run?: ExcelRun;
  supports?: Supports;
  /** Upper bound of queued-write JSON per sync; default ~4 MB (Excel on the web refuses > 5 MB). */
  maxRequestBytes?: number;
  /**
   * What readWorkbook saw moments before (sheet names, our marks, where the inputs are). With it
   * the writer skips its own look-up round trips, so a whole build is read (2 syncs) + write (1).
   */
  known?: WorkbookRead;
}

export interface WriteResult {
  /** "needsConfirmation": our own sheet of that name exists and replace was false; nothing was written. */
  status: "written" | "needsConfirmation";
  sheetName: string;
  replaced: boolean;
  /** Titles of the charts added. */
  charts: string[];
  /** A remark for the summary as a code (e.g. why charts were left out); the pane words it. */
  note?: WriteNote;
}

/**
 * Remarks a write can leave; their words are in the pane's dictionary (taskpane/i18n.ts).
 * SUDAH_DIPERIKSA: the reply from Excel was lost, the sheet was read back and is complete.
 */
export type WriteNote = "GRAFIK_TIDAK_DIBUAT" | "SUDAH_DIPERIKSA";

/**
 * TABLES.md "Print", as the .xlsx writer applies it: Worksheet.pageLayout (orientation, paperSize,
 * zoom { scale }, margins in points, headersFooters.defaultForAllPages.centerFooter) and
 * Worksheet.horizontalPageBreaks.add (a break before the range), all ExcelApi 1.9. A fixed scale,
 * not fit-to-page: Excel ignores manual page breaks under fit-to-page. Older hosts: left out.
 */
function printOps(plan: SheetPlan, supports: Supports): Op<Target>[] {
  const ps = plan.pageSetup;
  if (!ps || !supports("ExcelApi", "1.9")) return [];
  const pt = (inch: number) => Math.round(inch * 72 * 10) / 10;
  return [
    {
      bytes: OP_OVERHEAD * 4 + ps.centerFooter.length,
      apply: ({ ws }) => {
        const pl = ws.pageLayout;
        pl.orientation = ps.orientation === "landscape" ? "Landscape" : "Portrait";
        pl.paperSize = ps.paperSize;
        pl.zoom = { scale: ps.scale };
        pl.leftMargin = pt(ps.margins.left);
        pl.rightMargin = pt(ps.margins.right);
        pl.topMargin = pt(ps.margins.top);
        pl.bottomMargin = pt(ps.margins.bottom);
        pl.headerMargin = pt(ps.margins.header);
        pl.footerMargin = pt(ps.margins.footer);
        pl.headersFooters.defaultForAllPages.centerFooter = ps.centerFooter;
        // The tables only: the charts' data blocks and the charts sit beside them.
        pl.setPrintArea(ps.printArea);
      },
    },
    ...ps.rowBreaks
      .filter((r) => r > 0)
      .map((r): Op<Target> => ({
        bytes: OP_OVERHEAD,
        apply: ({ ws }) => ws.horizontalPageBreaks.add(`A${r + 1}`),
      })),
  ];
}

const isSource = (n: string) => SOURCE_NAMES.some((s) => s.toUpperCase() === n.toUpperCase());

function styleOps(plan: SheetPlan, supports: Supports): Op<Target>[] {
  const at = ({ ws }: Target, m: Merge) => ws.getRangeByIndexes(m.row, m.col, m.rows, m.cols);
  const op = (m: Merge, f: (r: Excel.Range) => void, bytes = OP_OVERHEAD): Op<Target> => ({
    bytes,
    apply: (t) => f(at(t, m)),
  });
  // Styles are joined into as few rectangles as give the same cells, and the rectangles into area
  // lists (Worksheet.getRanges, ExcelApi 1.9): one action per list instead of one per rectangle.
  const byAreas = supports("ExcelApi", "1.9");
  const style = (rects: readonly Merge[], f: (format: Excel.RangeFormat) => void): Op<Target>[] => {
    const joined = coalesce(rects);
    if (!byAreas) return joined.map((m) => op(m, (r) => f(r.format)));
    return areaLists(joined).map((list) => ({
      bytes: OP_OVERHEAD + list.length,
      apply: ({ ws }: Target) => f(ws.getRanges(list).format),
    }));
  };
  const edges = [
    "EdgeTop",
    "EdgeBottom",
    "EdgeLeft",
    "EdgeRight",
    "InsideVertical",
    "InsideHorizontal",
  ] as const;
  return [
    // Values first (done by the caller), then merges: a merge keeps only the top-left value.
    ...mergeCalls(plan.merges).map(({ rect, across }) => op(rect, (r) => r.merge(across))),
    ...style(plan.bold, (f) => (f.font.bold = true)),
    ...style(plan.wrapped, (f) => (f.wrapText = true)),
    ...style(plan.alignRight, (f) => (f.horizontalAlignment = "Right")),
    ...style(plan.alignCenter, (f) => (f.horizontalAlignment = "Center")),
    // Borders per table rectangle (a dozen): "Inside" edges are per rectangle, not per area list.
    ...coalesce(plan.bordered).map((m) =>
      op(
        m,
        (r) => {
          for (const e of edges) {
            const b = r.format.borders.getItem(e);
            b.style = "Continuous";
            b.weight = "Thin";
          }
        },
        edges.length * OP_OVERHEAD
      )
    ),
  ];
}

/**
 * Write the laid-out sheet to a NEW worksheet, all or nothing under its final name. The tables are
 * built on a marked sheet with a temporary name ("LKIP sementara …"); the last batch replaces our
 * old sheet (when confirmed), gives the new one its final name, adds the charts and marks it done.
 * When a sync fails, the workbook is read back before anything is said (write-check.ts): a
 * complete sheet is reported as written, an incomplete one is removed. Never touches a sheet the
 * add-in did not make, nor any cell of an input range. Syncs: 0 with `known` (else 2) to look,
 * then 1 for everything unless the queued JSON would exceed ~4 MB (then row blocks).
 */
export async function writeSheetPlan(plan: SheetPlan, opts: WriteOptions): Promise<WriteResult> {
  const run = opts.run ?? defaultRun;
  const supports = opts.supports ?? (() => true);
  const limit = opts.maxRequestBytes ?? MAX_REQUEST_BYTES;
  const canMark = supports("ExcelApi", "1.12");

  const attempt = await run(async (ctx): Promise<WriteResult | Attempt> => {
    const look = opts.known
      ? fromKnown(opts.known, canMark)
      : await lookUp(ctx, plan.name, canMark);
    // Checked before anything is queued: Excel would refuse the new sheet (AccessDenied).
    if (look.locked)
      throw officeError(
        "AccessDenied",
        "The workbook's structure is protected; no sheet can be added."
      );
    const choice = chooseTarget(plan.name, look);
    if (choice.replace !== undefined && !opts.replace)
      return {
        status: "needsConfirmation",
        sheetName: choice.replace,
        replaced: false,
        charts: [],
      };
    const token = Math.random().toString(36).slice(2, 8).padEnd(6, "0");
    const attempt: Attempt = {
      temp: `${TEMP_PREFIX} ${token}`,
      token,
      sheetName: choice.sheetName,
      replaced: choice.replace,
      taken: look.taken,
      canMark,
      charts: plan.charts.length > 0,
      lastBatch: false,
      error: null,
    };
    try {
      return await writeOn(ctx, plan, supports, limit, attempt, look.leftovers);
    } catch (e) {
      return { ...attempt, error: e };
    }
  });
  if ("status" in attempt) return attempt;
  return checkAfterFailure(run, attempt, plan, supports, limit, finishOps);
}

interface Look {
  taken: string[];
  /** Made by the add-in, holding no input source, not protected: ours to replace once confirmed. */
  ours: (sheet: string) => boolean;
  /** The workbook's structure is protected. */
  locked: boolean;
  /** Temporary sheets a cut-off earlier write left: removed in the next write's first batch. */
  leftovers: string[];
}

/**
 * Where the plan goes. Its own name when free; our own sheet of that name or of one of its "(n)"
 * variants (a user's sheet held the name when it was written) is replaced after confirmation,
 * so that re-running never adds "(n+1)"; otherwise the next free "(n)".
 */
function chooseTarget(
  name: string,
  look: Pick<Look, "taken" | "ours">
): { sheetName: string; replace?: string } {
  const find = (n: string) => look.taken.find((t) => sameSheetName(t, n));
  const base = name.slice(0, 31);
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? "" : ` (${i})`;
    const candidate = find(base.slice(0, 31 - suffix.length) + suffix);
    if (candidate === undefined) break;
    if (look.ours(candidate)) return { sheetName: candidate, replace: candidate };
  }
  return { sheetName: nextFreeSheetName(name, look.taken) };
}

function fromKnown(known: WorkbookRead, canMark: boolean): Look {
  const inputSheets = Object.values(known.raw.ranges).flatMap((r) => (r ? [r.sheet] : []));
  const has = (list: readonly string[], s: string) => list.some((x) => sameSheetName(x, s));
  const marked = (s: string) => has(known.existingOutput, s);
  return {
    taken: known.sheets,
    ours: (s) =>
      marked(s) &&
      !has(inputSheets, s) &&
      !has(known.protectedSheets ?? [], s) &&
      !isTemporarySheet(s),
    locked: known.protectedStructure === true,
    leftovers: known.sheets.filter((s) => isTemporarySheet(s) && (!canMark || marked(s))),
  };
}

/** Without a fresh read: two syncs to see which sheets exist and which of the candidates are ours. */
async function lookUp(ctx: Excel.RequestContext, name: string, canMark: boolean): Promise<Look> {
  const worksheets = ctx.workbook.worksheets;
  worksheets.load("items/name");
  const wbNames = ctx.workbook.names;
  wbNames.load("items/name,items/type,items/value");
  await ctx.sync();
  const taken = worksheets.items.map((s) => s.name);
  // The plan's name, its "(n)" variants and leftover temporary sheets: the only ones that matter.
  const base = name.slice(0, 31).toUpperCase();
  const candidates = worksheets.items.filter(
    (s) => s.name.toUpperCase().startsWith(base.slice(0, 20)) || isTemporarySheet(s.name)
  );
  const ours = new Set<string>();
  if (canMark && candidates.length > 0) {
    const probes = candidates.map((ws) => {
      const mark = ws.customProperties.getItemOrNullObject(ADDIN_MARK_KEY);
      mark.load("value");
      const sheetNames = ws.names;
      sheetNames.load("items/name");
      const tables = ws.tables;
      tables.load("items/name");
      const protection = ws.protection;
      protection.load("protected");
      return { ws, mark, sheetNames, tables, protection };
    });
    await ctx.sync();
    for (const p of probes) {
      // Even a sheet we made is kept if the user has since put an input source on it.
      const holdsInput =
        p.sheetNames.items.some((n) => isSource(n.name)) ||
        p.tables.items.some((t) => isSource(t.name)) ||
        wbNames.items.some((n) => {
          if (!isSource(n.name) || n.type !== "Range" || typeof n.value !== "string") return false;
          const { sheet } = splitAddress(n.value.replace(/^=/, ""));
          return sheet !== null && sameSheetName(sheet, p.ws.name);
        });
      if (!p.mark.isNullObject && !holdsInput && !p.protection.protected) ours.add(p.ws.name);
    }
  }
  return {
    taken,
    ours: (s) => ours.has(s) && !isTemporarySheet(s),
    // Protection is known from a fresh read (fromKnown); here Excel's own AccessDenied says it.
    locked: false,
    leftovers: taken.filter((s) => isTemporarySheet(s) && (!canMark || ours.has(s))),
  };
}

/**
 * The operations that end a write, in the last batch: our old sheet goes, the new one takes its
 * name and is shown, the charts are added (after the rename, so a host refusing charts loses no
 * table), and the mark says "done" last of all.
 */
function finishOps(
  plan: SheetPlan,
  supports: Supports,
  limit: number,
  attempt: Pick<Attempt, "sheetName" | "replaced" | "token" | "canMark"> & { leftovers?: string[] }
): Op<Target>[] {
  return [
    ...(attempt.replaced !== undefined
      ? [
          {
            bytes: OP_OVERHEAD,
            apply: (t: Target) => t.ctx.workbook.worksheets.getItem(attempt.replaced!).delete(),
          },
        ]
      : []),
    {
      bytes: OP_OVERHEAD,
      apply: (t) => {
        t.ws.name = attempt.sheetName;
        t.ws.activate();
      },
    },
    ...chartOps(plan, supports, limit).adds,
    ...(attempt.canMark
      ? [
          {
            bytes: OP_OVERHEAD,
            apply: (t: Target) => t.ws.customProperties.add(WRITE_KEY, `${attempt.token}:selesai`),
          },
        ]
      : []),
    // Sheets an earlier, cut-off write left: last, so that one already gone costs no table.
    ...(attempt.leftovers ?? []).map((s): Op<Target> => ({
      bytes: OP_OVERHEAD,
      apply: (t) => t.ctx.workbook.worksheets.getItem(s).delete(),
    })),
  ];
}

/** All the writes, in as few syncs as the request limit allows (one for ordinary sizes). */
async function writeOn(
  ctx: Excel.RequestContext,
  plan: SheetPlan,
  supports: Supports,
  limit: number,
  attempt: Attempt,
  leftovers: string[]
): Promise<WriteResult> {
  const ws = ctx.workbook.worksheets.add(attempt.temp);
  // Marked at once: a sheet a cut-off write leaves is known as ours (and as unfinished) by the next.
  if (attempt.canMark) {
    ws.customProperties.add(ADDIN_MARK_KEY, ADDIN_MARK_VALUE);
    ws.customProperties.add(WRITE_KEY, attempt.token);
  }
  const target: Target = { ctx, ws };
  const ops: Op<Target>[] = [
    ...columnWidthOps(plan.columnWidths),
    ...gridOps(0, 0, plan.values, textSafeFormats(plan.values, plan.numberFormats), limit, true),
    ...chartOps(plan, supports, limit).ops,
    ...styleOps(plan, supports),
    ...printOps(plan, supports),
  ];
  const batches = toBatches(ops, limit);
  if (batches.length === 0) batches.push([]);
  // The finishing operations are small: they ride in the last batch, so no sync is added.
  batches[batches.length - 1].push(...finishOps(plan, supports, limit, { ...attempt, leftovers }));
  for (const [i, batch] of batches.entries()) {
    attempt.lastBatch = i === batches.length - 1;
    // Suspension lasts until the next sync only, so it is asked for in every batch.
    if (supports("ExcelApi", "1.6")) ctx.workbook.application.suspendApiCalculationUntilNextSync();
    for (const op of batch) op.apply(target);
    await ctx.sync();
  }
  return {
    status: "written",
    sheetName: attempt.sheetName,
    replaced: attempt.replaced !== undefined,
    charts: plan.charts.map((c) => c.title),
  };
}
