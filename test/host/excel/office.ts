/** Excel.run, the requirement sets, and the Office / Excel globals a page sees. */
import type { ExcelRun } from "../../../src/excel/run";
import { FakeContext } from "./context";

import type { FakeWorkbook } from "./state";

/**
 * Like Excel.run: a fresh context; queued work left at the end is synced, as Excel.run does.
 * Typed as the gateway's ExcelRun: the proxies implement the members src/excel uses, each proxy
 * class checked against `Pick<Excel.X, …>` of those members; this is the one place the double
 * stands in for Excel.RequestContext.
 */
export function makeRun(wb: FakeWorkbook): ExcelRun {
  const run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(wb);
    const result = await batch(ctx);
    if (ctx.pending > 0) await ctx.sync();
    return result;
  };
  return run as unknown as ExcelRun;
}

/** The same run, typed for tests that drive the double directly. */
export function makeFakeRun(wb: FakeWorkbook) {
  return makeRun(wb) as unknown as <T>(batch: (context: FakeContext) => Promise<T>) => Promise<T>;
}

export function supportsFor(wb: FakeWorkbook) {
  return (set: string, version: string): boolean => {
    if (set !== "ExcelApi") return false;
    const [maj, min] = version.split(".").map(Number);
    return maj === 1 && (min ?? 0) <= wb.excelApiMinor;
  };
}

export interface FakeOfficeOptions {
  language?: string;
  /** Office.onReady resolves after this many ms, as in a slow-starting Excel (DOCS.onReady). */
  readyDelayMs?: number;
  platform?: string;
  version?: string;
}

/** Define `Office` and `Excel` on a window-like object so a page can run against the double. */
export function installFakeOffice(
  win: object,
  wb: FakeWorkbook,
  opts: FakeOfficeOptions = {}
): void {
  const supports = supportsFor(wb);
  const platform = opts.platform ?? "OfficeOnline";
  const info = { host: "Excel", platform };
  const ready = new Promise<typeof info>((resolve) => {
    if (opts.readyDelayMs) setTimeout(() => resolve(info), opts.readyDelayMs);
    else resolve(info);
  });
  const office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    onReady: (cb?: (i: typeof info) => void) =>
      ready.then((i) => {
        cb?.(i);
        return i;
      }),
    context: {
      displayLanguage: opts.language ?? "id-ID",
      requirements: { isSetSupported: (name: string, v?: string) => supports(name, v ?? "1.1") },
      diagnostics: { host: "Excel", platform, version: opts.version ?? "16.0.0.0" },
    },
    addin: {
      // The pane is visible in the test page; a shared runtime reports changes through this event.
      onVisibilityModeChanged: async () => () => Promise.resolve(),
    },
  };
  const excel = {
    run: makeRun(wb),
    ErrorCodes: {
      itemNotFound: "ItemNotFound",
      invalidArgument: "InvalidArgument",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    },
    ChartType: { columnClustered: "ColumnClustered", line: "Line" },
    ChartSeriesBy: { columns: "Columns", rows: "Rows" },
    BorderIndex: {
      edgeTop: "EdgeTop",
      edgeBottom: "EdgeBottom",
      edgeLeft: "EdgeLeft",
      edgeRight: "EdgeRight",
      insideVertical: "InsideVertical",
      insideHorizontal: "InsideHorizontal",
    },
    BorderLineStyle: { continuous: "Continuous" },
    BorderWeight: { thin: "Thin" },
    HorizontalAlignment: { left: "Left", center: "Center", right: "Right" },
    RangeValueType: {
      error: "Error",
      empty: "Empty",
      string: "String",
      double: "Double",
      boolean: "Boolean",
    },
    NamedItemType: { range: "Range", string: "String", double: "Double" },
    CalculationType: { recalculate: "Recalculate", full: "Full" },
  };

  Object.assign(win, { Office: office, Excel: excel });
}
