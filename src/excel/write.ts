/* global Excel */
import type { Merge, SheetPlan } from "../report";
import { SOURCE_NAMES } from "../report";
import { nextFreeSheetName, sameSheetName, splitAddress } from "../report";
import { chartOps } from "./charts";
import { columnWidthOps, gridOps, textSafeFormats, type Target } from "./grid";
import { OP_OVERHEAD, toBatches, type Op } from "./payload";
import { officeError } from "./errors";
import { coalesce, mergeCalls } from "./rects";
import type { WorkbookRead } from "./read";
import {
  ADDIN_MARK_KEY,
  ADDIN_MARK_VALUE,
  defaultRun,
  MAX_REQUEST_BYTES,
  type ExcelRun,
  type Supports,
} from "./run";

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

/** Remarks a write can leave; their words are in the pane's dictionary (taskpane/i18n.ts). */
export type WriteNote = "GRAFIK_TIDAK_DIBUAT";

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

function styleOps(plan: SheetPlan): Op<Target>[] {
  const at = ({ ws }: Target, m: Merge) => ws.getRangeByIndexes(m.row, m.col, m.rows, m.cols);
  const op = (m: Merge, f: (r: Excel.Range) => void, bytes = OP_OVERHEAD): Op<Target> => ({
    bytes,
    apply: (t) => f(at(t, m)),
  });
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
    // Styles are joined into as few rectangles as give the same cells.
    ...coalesce(plan.bold).map((m) => op(m, (r) => (r.format.font.bold = true))),
    ...coalesce(plan.wrapped).map((m) => op(m, (r) => (r.format.wrapText = true))),
    ...coalesce(plan.alignRight).map((m) => op(m, (r) => (r.format.horizontalAlignment = "Right"))),
    ...coalesce(plan.alignCenter).map((m) =>
      op(m, (r) => (r.format.horizontalAlignment = "Center"))
    ),
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
 * Write the laid-out sheet to a NEW worksheet. Never touches a sheet the add-in did not make,
 * nor any cell of an input range. Syncs: 1–2 to look, then 1 for all writes unless the queued
 * JSON would exceed ~4 MB, in which case the writes are split in row blocks.
 */
export async function writeSheetPlan(plan: SheetPlan, opts: WriteOptions): Promise<WriteResult> {
  const run = opts.run ?? defaultRun;
  const supports = opts.supports ?? (() => true);
  const limit = opts.maxRequestBytes ?? MAX_REQUEST_BYTES;
  const canMark = supports("ExcelApi", "1.12");

  return run(async (ctx) => {
    const worksheets = ctx.workbook.worksheets;
    const { taken, existing, ours, locked } = opts.known
      ? fromKnown(opts.known, plan.name)
      : await lookUp(ctx, plan.name, canMark);
    // Checked before anything is queued: Excel would refuse the new sheet (AccessDenied).
    if (locked)
      throw officeError(
        "AccessDenied",
        "The workbook's structure is protected; no sheet can be added."
      );
    if (existing && ours && !opts.replace) {
      return { status: "needsConfirmation", sheetName: existing, replaced: false, charts: [] };
    }
    // Our own sheet of that name, replaced (the user has confirmed); undefined: none to replace.
    const replaced = existing && ours ? existing : undefined;
    const sheetName = replaced ?? nextFreeSheetName(plan.name, taken);

    // The new sheet gets a temporary name while the old one still exists, then takes its name.
    const ws = worksheets.add(replaced ? nextFreeSheetName("LKIP sementara", taken) : sheetName);
    if (replaced) {
      worksheets.getItem(replaced).delete();
      ws.name = sheetName;
    }
    if (canMark) ws.customProperties.add(ADDIN_MARK_KEY, ADDIN_MARK_VALUE);
    return writeOn(ctx, ws, plan, supports, limit, sheetName, replaced !== undefined);
  });
}

interface Existing {
  taken: string[];
  /** The sheet of the plan's name, if any. */
  existing: string | undefined;
  /** Made by the add-in and holding no input source: ours to replace after confirmation. */
  ours: boolean;
  /** The workbook's structure is protected. */
  locked: boolean;
}

function fromKnown(known: WorkbookRead, name: string): Existing {
  const existing = known.sheets.find((s) => sameSheetName(s, name));
  const inputSheets = Object.values(known.raw.ranges).flatMap((r) => (r ? [r.sheet] : []));
  const ours =
    existing !== undefined &&
    known.existingOutput.some((s) => sameSheetName(s, existing)) &&
    !inputSheets.some((s) => sameSheetName(s, existing));
  return { taken: known.sheets, existing, ours, locked: known.protectedStructure === true };
}

/** Without a fresh read: one or two syncs to see which sheets exist and which one is ours. */
async function lookUp(
  ctx: Excel.RequestContext,
  name: string,
  canMark: boolean
): Promise<Existing> {
  const worksheets = ctx.workbook.worksheets;
  worksheets.load("items/name");
  const wbNames = ctx.workbook.names;
  wbNames.load("items/name,items/type,items/value");
  await ctx.sync();
  // Protection is known from a fresh read (fromKnown); here Excel's own AccessDenied says it.
  const locked = false;

  const taken = worksheets.items.map((s) => s.name);
  const existing = worksheets.items.find((s) => sameSheetName(s.name, name));
  let ours = false;
  if (existing && canMark) {
    const mark = existing.customProperties.getItemOrNullObject(ADDIN_MARK_KEY);
    mark.load("value");
    const sheetNames = existing.names;
    sheetNames.load("items/name");
    const tables = existing.tables;
    tables.load("items/name");
    await ctx.sync();
    // Even a sheet we made is kept if the user has since put an input source on it.
    const holdsInput =
      sheetNames.items.some((n) => isSource(n.name)) ||
      tables.items.some((t) => isSource(t.name)) ||
      wbNames.items.some((n) => {
        if (!isSource(n.name) || n.type !== "Range" || typeof n.value !== "string") return false;
        const { sheet } = splitAddress(n.value.replace(/^=/, ""));
        return sheet !== null && sameSheetName(sheet, existing.name);
      });
    // eslint-disable-next-line office-addins/call-sync-before-read -- mark was loaded and synced above
    ours = !mark.isNullObject && !holdsInput;
  }
  return { taken, existing: existing?.name, ours, locked };
}

/** All the writes, in as few syncs as the request limit allows (one for ordinary sizes). */
async function writeOn(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  plan: SheetPlan,
  supports: Supports,
  limit: number,
  sheetName: string,
  replacing: boolean
): Promise<WriteResult> {
  const target: Target = { ctx, ws };
  const charts = chartOps(plan, supports, limit);
  const ops: Op<Target>[] = [
    ...columnWidthOps(plan.columnWidths),
    ...gridOps(0, 0, plan.values, textSafeFormats(plan.values, plan.numberFormats), limit),
    ...charts.ops,
    ...styleOps(plan),
    ...printOps(plan, supports),
    { bytes: OP_OVERHEAD, apply: (t) => t.ws.activate() },
  ];
  const batches = toBatches(ops, limit);
  for (const batch of batches) {
    // Suspension lasts until the next sync only, so it is asked for in every batch.
    if (supports("ExcelApi", "1.6")) ctx.workbook.application.suspendApiCalculationUntilNextSync();
    for (const op of batch) op.apply(target);
    await ctx.sync();
  }
  // Charts are extras, in their own step after the data: a host that refuses them loses no table.
  let note: WriteNote | undefined;
  let chartTitles = charts.titles;
  if (charts.adds.length > 0) {
    for (const op of charts.adds) op.apply(target);
    try {
      await ctx.sync();
    } catch {
      chartTitles = [];
      note = "GRAFIK_TIDAK_DIBUAT";
    }
  }
  return { status: "written", sheetName, replaced: replacing, charts: chartTitles, note };
}
