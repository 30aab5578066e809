/* global Excel */
import type {
  CandidateTarget,
  Finding,
  RawCell,
  RawRange,
  RawWorkbook,
  SourceCandidate,
  SourceName,
} from "../report";
import {
  SOURCE_NAMES,
  findBlocks,
  pointDuplicatesAtRead,
  resolveSources,
  sameSheetName,
  splitAddress,
  temuan,
} from "../report";
import { isPayloadLimitError } from "./errors";
import { askMerges, mergesIn, MERGES_API } from "./merges";
import type { Merge } from "../report";
import { ADDIN_MARK_KEY, defaultRun, type ExcelRun, type Supports } from "./run";

export interface WorkbookRead {
  raw: RawWorkbook;
  /** All worksheet names, in tab order (the writer picks a free output name from these). */
  sheets: string[];
  /** Sheets marked as made by the add-in (custom property LKIP_ADDIN). */
  existingOutput: string[];
  /** The workbook's structure is protected: no sheet can be added (ExcelApi 1.7; false when unknown). */
  protectedStructure?: boolean;
  /** Sheets whose cells are protected: the user's, never replaced even when they carry our mark. */
  protectedSheets?: string[];
}

export interface ReadOptions {
  run?: ExcelRun;
  /** Requirement-set check; without ExcelApi 1.12 no sheet can carry our mark. Default: all supported. */
  supports?: Supports;
  /**
   * Cells read per sync. Big sources are read in row blocks of at most this many cells (Excel
   * limits a get to 5 M cells and, on the web, a response to 5 MB); halved while Excel refuses.
   */
  cellsPerChunk?: number;
}

/** ~100,000 cells of values, types and formats stay well under 5 MB of response. */
const CELLS_PER_SYNC = 100_000;

interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A candidate as Excel lists it, with what is needed to read it once chosen. */
interface Candidate extends SourceCandidate {
  kind: "name" | "table";
  /** A name of type Range, to locate when it may be chosen. */
  item?: Excel.NamedItem;
  /** The name's range, or for a table its header row … */
  range?: Excel.Range;
  /** … and its data body (the Total Row is not part of it). */
  body?: Excel.Range;
  /** For a name read with its cells: the used part of its range (null object when blank). */
  used?: Excel.Range;
  /** For a name read with its cells: the merged areas of its range (null object when none). */
  merged?: Excel.RangeAreas;
  /** For a table: header and body were loaded with their cells. */
  withCells?: boolean;
  /** For a block found without a name: its cells, cut from its sheet's used range. */
  cells?: Cells;
}

function asSource(name: string): SourceName | undefined {
  // Defined names and table names are case-insensitive in Excel.
  return SOURCE_NAMES.find((s) => s.toUpperCase() === name.toUpperCase());
}

const textOf = (value: unknown) => (value === undefined || value === null ? "" : String(value));

/** A defined name of another type than Range: a constant, or #REF! after its sheet was deleted. */
function notARange(type: string, value: unknown): CandidateTarget {
  const text = textOf(value);
  return type === "Error" || /#REF!/i.test(text)
    ? { kind: "ref-error", text }
    : { kind: "constant", text };
}

/** A name of type Range that Excel cannot resolve to cells (getRangeOrNullObject gives null). */
function unresolvable(value: unknown, sheets: string[]): CandidateTarget {
  const text = textOf(value);
  const sheet = splitAddress(text.replace(/^=/, "")).sheet;
  return sheet !== null && !sheets.some((s) => sameSheetName(s, sheet))
    ? { kind: "missing-sheet", sheet }
    : { kind: "ref-error", text };
}

/** A source Excel will not return even one row of (over its cell or payload limits). */
function tooLarge(source: SourceName, sheet: string, rect: Rect): Finding {
  return temuan(
    "SUMBER_TERLALU_BESAR",
    { sumber: source },
    { sumber: source, cell: { sheet, ...rect } }
  );
}

/** values + valueTypes → RawCell: only a cell Excel types as Error becomes { error }, so a typed "#REF!" stays text. */
export function toRawCells(values: unknown[][], types: string[][]): RawCell[][] {
  return values.map((row, r) =>
    row.map((v, c) => {
      const t = types[r]?.[c];
      if (t === "Error") return { error: String(v) };
      if (t === "Empty" || v === "" || v === null || v === undefined) return null;
      if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
      return String(v);
    })
  );
}

/** A number format that shows a percent sign (outside quoted text): the cell prints value × 100. */
function isPercentFormat(format: unknown): boolean {
  return typeof format === "string" && /%/.test(format.replace(/"[^"]*"/g, "").replace(/\\%/g, ""));
}

/**
 * The part of a source that holds data: from the name's top-left to the end of the sheet's used
 * range (values only). A whole-column name ('Data IKU'!$A:$H) becomes A1:H{last row}; Excel gives
 * null for cell-level reads of unbounded ranges (excel-add-ins-ranges-unbounded).
 */
export function clipToUsed(rect: Rect, used: Rect | null): Rect {
  if (!used) return { ...rect, rows: 1, cols: 1 };
  const lastRow = Math.min(rect.row + rect.rows, used.row + used.rows) - 1;
  const lastCol = Math.min(rect.col + rect.cols, used.col + used.cols) - 1;
  return {
    row: rect.row,
    col: rect.col,
    rows: Math.max(1, lastRow - rect.row + 1),
    cols: Math.max(1, lastCol - rect.col + 1),
  };
}

const rectOf = (r: Excel.Range): Rect => ({
  row: r.rowIndex,
  col: r.columnIndex,
  rows: r.rowCount,
  cols: r.columnCount,
});

/**
 * Read the sources (candidates listed here, chosen by resolveSources in src/report: workbook-scoped
 * names, then tables, then sheet-scoped names, the first usable one) plus what the writer needs.
 * Syncs: 1 to list, 1 to locate every workbook-scoped name and table with its cells (a name's
 * used part) and every sheet's used range — two for ordinary workbooks; 1 more when a source's
 * first usable candidate is a sheet-scoped name; sources Excel will not return in that sync (its
 * payload or cell limits) are read again in blocks of at most `cellsPerChunk` cells. Never throws for what a workbook can
 * contain: a name Excel cannot resolve, a whole-column name, a source too big to read — each is
 * a finding.
 */
export async function readWorkbook(opts: ReadOptions = {}): Promise<WorkbookRead> {
  const run = opts.run ?? defaultRun;
  const supports = opts.supports ?? (() => true);
  const chunk = opts.cellsPerChunk ?? CELLS_PER_SYNC;
  // Merged areas come with the cells, in the same syncs (ExcelApi 1.13); without it the cells
  // are read as before and the officer is told once that merges were not seen.
  const canMerge = supports("ExcelApi", MERGES_API);
  const read = async (merges: boolean) => {
    try {
      return await run((ctx) => readBatch(ctx, supports, chunk, true, merges));
    } catch (e) {
      // The sources' cells did not fit in the locating sync (payload or cell limits): read them in
      // sized blocks instead (extra syncs for very large sources only).
      if (!(e instanceof EarlyTooLarge)) throw e;
      return run((ctx) => readBatch(ctx, supports, chunk, false, merges));
    }
  };
  const unread = (reason: "versi" | "gagal", r: WorkbookRead): WorkbookRead => {
    r.raw.problems.push(temuan("SEL_GABUNG_TIDAK_DIBACA", { reason }));
    return r;
  };
  if (!canMerge) return unread("versi", await read(false));
  try {
    return await read(true);
  } catch {
    // Excel refuses the merged areas of a range holding more than 512 of them (the error is not
    // documented): the read is made again without merges, never failed for them.
    return unread("gagal", await read(false));
  }
}

/** The locating sync with every source's cells in it was refused as too large. */
class EarlyTooLarge extends Error {}

/**
 * The cells that came with the locating sync, placed in the source's rectangle (blank where
 * nothing is used), or null when they did not come (not asked, or over Excel's cell limit).
 */
function earlyCells(c: Candidate, rect: Rect): Cells | null {
  if (c.kind === "table") {
    if (!c.withCells || !c.body || !c.range) return null;
    const parts = [c.range, c.body];
    if (!parts.every((r) => Array.isArray(r.values) && Array.isArray(r.valueTypes))) return null;
    // Excel allows no merged cell in a table: a table source has no merges to read.
    return toCells(
      parts.flatMap((r) => r.values),
      parts.flatMap((r) => r.valueTypes as string[][]),
      parts.flatMap((r) => (r.numberFormat ?? []) as unknown[][])
    );
  }
  const used = c.used;
  if (!used) return null;
  const blank = () => Array.from({ length: rect.rows }, () => Array<unknown>(rect.cols).fill(""));
  const values = blank();
  const types = blank() as string[][];
  for (const row of types) row.fill("Empty");
  const formats = blank();
  if (!used.isNullObject) {
    if (!Array.isArray(used.values) || !Array.isArray(used.valueTypes)) return null;
    const dr = used.rowIndex - rect.row;
    const dc = used.columnIndex - rect.col;
    used.values.forEach((row, r) =>
      row.forEach((v, col) => {
        if (!values[dr + r] || dc + col >= rect.cols || dc + col < 0) return;
        values[dr + r][dc + col] = v;
        types[dr + r][dc + col] = String(used.valueTypes[r][col]);
        formats[dr + r][dc + col] = (used.numberFormat as unknown[][] | undefined)?.[r]?.[col];
      })
    );
  }
  return withMerges(toCells(values, types, formats), mergesIn(c.merged, rect));
}

const withMerges = (cells: Cells, merges: Merge[]): Cells =>
  merges.length > 0 ? { ...cells, merges } : cells;

/** RawCells and, when any number shows a percent sign, the percent grid (RULES §9). */
function toCells(values: unknown[][], types: string[][], formats: unknown[][]): Cells {
  const percent = values.map((row, r) =>
    row.map((v, c) => typeof v === "number" && isPercentFormat(formats[r]?.[c]))
  );
  const cells = toRawCells(values, types);
  return percent.some((row) => row.some(Boolean)) ? { values: cells, percent } : { values: cells };
}

async function readBatch(
  ctx: Excel.RequestContext,
  supports: Supports,
  chunkCells: number,
  early: boolean,
  merges: boolean
): Promise<WorkbookRead> {
  const wb = ctx.workbook;
  const worksheets = wb.worksheets;
  worksheets.load("items/name");
  const names = wb.names;
  names.load("items/name,items/type,items/value");
  const tables = wb.tables;
  tables.load("items/name");
  const protection = supports("ExcelApi", "1.7") ? wb.protection : null;
  protection?.load("protected");
  await ctx.sync();

  // Every candidate is listed; which one is read is decided by resolveSources (src/report).
  const candidates: Candidate[] = [];
  const sheetExists = (address: unknown) => {
    const sheet =
      typeof address === "string" ? splitAddress(address.replace(/^=/, "")).sheet : null;
    return sheet !== null && worksheets.items.some((w) => sameSheetName(w.name, sheet));
  };
  const locate = (c: Candidate, withCells = false) => {
    // OrNullObject: a name Excel cannot resolve is a finding, not an exception for the whole read.
    c.range = c.item!.getRangeOrNullObject();
    c.range.load("address,rowIndex,columnIndex,rowCount,columnCount");
    // The cells in the same sync as the location: the name's used part (a whole-column name is
    // clipped by Excel itself), so an ordinary workbook is read in two syncs.
    if (withCells && sheetExists(c.item!.value)) {
      c.used = c.range.getUsedRangeOrNullObject(true);
      c.used.load(
        "values,valueTypes,numberFormat,address,rowIndex,columnIndex,rowCount,columnCount"
      );
      if (merges) c.merged = askMerges(c.range);
    }
  };
  for (const item of names.items) {
    const source = asSource(item.name);
    if (!source) continue;
    const c: Candidate = {
      source,
      kind: "name",
      holder: { jenis: "nama", sumber: source },
      target: item.type === "Range" ? { kind: "range" } : notARange(item.type, item.value),
      text: textOf(item.value),
    };
    if (item.type === "Range") {
      c.item = item;
      locate(c, early);
    }
    candidates.push(c);
  }
  for (const table of tables.items) {
    const source = asSource(table.name);
    if (!source) continue;
    // Header row + data body: a Total Row is never data (Table.getDataBodyRange excludes it).
    const range = table.getHeaderRowRange();
    const body = table.getDataBodyRange();
    for (const r of [range, body]) {
      if (early)
        r.load("values,valueTypes,numberFormat,address,rowIndex,columnIndex,rowCount,columnCount");
      else r.load("address,rowIndex,columnIndex,rowCount,columnCount");
    }
    candidates.push({
      source,
      kind: "table",
      holder: { jenis: "tabel", nama: table.name, lembar: "" },
      target: { kind: "range" },
      range,
      body,
      withCells: early,
    });
  }

  // Sheet-scoped names are not in workbook.names: ask each sheet. Also read our marks and each
  // sheet's used range (values only), to which every source is clipped.
  const canMark = supports("ExcelApi", "1.12");
  const perSheet = worksheets.items.map((ws) => {
    const sheetNames = ws.names;
    sheetNames.load("items/name,items/type,items/value");
    const mark = canMark ? ws.customProperties.getItemOrNullObject(ADDIN_MARK_KEY) : null;
    mark?.load("value");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const protection = ws.protection;
    protection.load("protected");
    return { ws, sheetNames, mark, used, protection };
  });
  try {
    await ctx.sync();
  } catch (e) {
    if (early && isPayloadLimitError(e)) throw new EarlyTooLarge();
    throw e;
  }

  const sheets = perSheet.map((p) => p.ws.name);
  /** Where a located candidate is, or why it is not usable after all. */
  const settle = (c: Candidate) => {
    const range = c.range;
    if (!range) return;
    // Only a name's range comes from an OrNullObject call (a table's header row always exists).
    if (c.kind === "name" && range.isNullObject)
      return void (c.target = unresolvable(c.text, sheets));
    const sheet = splitAddress(range.address).sheet ?? "";
    const p = perSheet.find((x) => sameSheetName(x.ws.name, sheet));
    if (!p) return void (c.target = unresolvable(range.address, sheets));
    if (c.holder.jenis === "tabel") c.holder = { ...c.holder, lembar: p.ws.name };
    c.target = { kind: "range", ref: { sheet: p.ws.name, ...rectOf(range) } };
  };
  candidates.forEach(settle);
  for (const p of perSheet)
    for (const item of p.sheetNames.items) {
      const source = asSource(item.name);
      if (!source) continue;
      const text = textOf(item.value);
      // Located only if it may be read (below); a sheet it names that is gone is known already.
      const target: CandidateTarget =
        item.type !== "Range"
          ? notARange(item.type, item.value)
          : unresolvable(text, sheets).kind === "missing-sheet"
            ? unresolvable(text, sheets)
            : { kind: "range" };
      candidates.push({
        source,
        kind: "name",
        holder: { jenis: "nama", sumber: source, lembar: p.ws.name },
        target,
        text,
        ...(target.kind === "range" ? { item } : {}),
      });
    }

  // A source whose first usable candidate is a sheet-scoped name: locate its sheet-scoped names
  // (one more sync, only then), so that one Excel cannot resolve gives way to the next.
  const first = resolveSources(candidates, sheets).chosen;
  const toLocate = candidates.filter(
    (c) => c.item && !c.range && first[c.source] !== undefined && !first[c.source]!.range
  );
  if (toLocate.length > 0) {
    toLocate.forEach((c) => locate(c));
    await ctx.sync();
    toLocate.forEach(settle);
  }
  let { chosen, findings } = resolveSources(candidates, sheets);
  // A workbook with no LKIP_IKU name or table at all (issue #21: "no LKIP_ source"): its tables
  // are looked for by their headers in the sheets' used ranges (one more sync, only then).
  if (!candidates.some((c) => c.source !== "LKIP_INFO")) {
    const blocks = await findUnnamed(ctx, perSheet, chunkCells, merges);
    const missing = blocks.filter((b) => !chosen[b.source]);
    if (missing.length > 0) {
      candidates.push(...missing);
      ({ chosen, findings } = resolveSources(candidates, sheets));
    }
  }
  const problems: Finding[] = [...findings];

  // Where each source is, clipped to its sheet's used range.
  const targets: {
    src: SourceName;
    kind: Candidate["kind"];
    sheet: string;
    rect: Rect;
    early: Cells | null;
  }[] = [];
  for (const src of SOURCE_NAMES) {
    const c = chosen[src];
    if (!c || c.target.kind !== "range" || !c.target.ref) continue;
    if (c.holder.jenis === "blok") {
      const { sheet, row, col, rows = 1, cols = 1 } = c.target.ref;
      targets.push({
        src,
        kind: c.kind,
        sheet,
        rect: { row, col, rows, cols },
        early: c.cells ?? null,
      });
      continue;
    }
    if (!c.range) continue;
    const sheet = c.target.ref.sheet;
    const p = perSheet.find((x) => x.ws.name === sheet)!;
    let rect = rectOf(c.range);
    if (c.body) rect = { ...rect, rows: 1 + c.body.rowCount };
    else rect = clipToUsed(rect, p.used.isNullObject ? null : rectOf(p.used));
    targets.push({ src, kind: c.kind, sheet, rect, early: earlyCells(c, rect) });
  }

  const ranges: Partial<Record<SourceName, RawRange>> = {};
  // What came with the locating sync is used as is; the rest (too large, or sheet-scoped names)
  // is read in sized blocks.
  const rest = targets.filter((t) => !t.early);
  const read = await readCells(
    ctx,
    rest.map((t) => ({ ws: perSheet.find((x) => x.ws.name === t.sheet)!.ws, rect: t.rect })),
    chunkCells,
    merges
  );
  const cells = targets.map((t) => t.early ?? read[rest.indexOf(t)]);
  targets.forEach((t, i) => {
    const got = cells[i];
    if (!got) {
      problems.push(tooLarge(t.src, t.sheet, t.rect));
      return;
    }
    ranges[t.src] = {
      source: t.src,
      kind: t.kind,
      sheet: t.sheet,
      row: t.rect.row,
      col: t.rect.col,
      values: got.values,
      ...(got.percent ? { percent: got.percent } : {}),
      ...(got.merges ? { merges: got.merges } : {}),
    };
  });
  pointDuplicatesAtRead(problems, ranges);

  return {
    raw: { ranges, problems },
    sheets,
    existingOutput: perSheet.filter((p) => p.mark && !p.mark.isNullObject).map((p) => p.ws.name),
    protectedSheets: perSheet.filter((p) => p.protection.protected).map((p) => p.ws.name),
    protectedStructure: protection?.protected ?? false,
  };
}

/**
 * The blocks of every sheet's used range that read as LKIP_IKU or a budget table, as candidates
 * with their cells (the used ranges are read in one sync, at most `chunkCells` cells in all: a
 * sheet beyond that is not searched).
 */
async function findUnnamed(
  ctx: Excel.RequestContext,
  perSheet: { ws: Excel.Worksheet; used: Excel.Range }[],
  chunkCells: number,
  merges: boolean
): Promise<Candidate[]> {
  let budget = chunkCells;
  const loaded: { name: string; used: Excel.Range; merged?: Excel.RangeAreas }[] = [];
  for (const p of perSheet) {
    if (p.used.isNullObject) continue;
    const size = p.used.rowCount * p.used.columnCount;
    if (size > budget) continue;
    budget -= size;
    const used = p.ws.getRangeByIndexes(
      p.used.rowIndex,
      p.used.columnIndex,
      p.used.rowCount,
      p.used.columnCount
    );
    used.load("values,valueTypes,numberFormat");
    loaded.push({ name: p.ws.name, used, ...(merges ? { merged: askMerges(used) } : {}) });
  }
  if (loaded.length === 0) return [];
  await ctx.sync();
  const out: Candidate[] = [];
  for (const { name, used, merged } of loaded) {
    const p = perSheet.find((x) => x.ws.name === name)!.used;
    const types = used.valueTypes as string[][];
    const formats = (used.numberFormat ?? []) as unknown[][];
    const values = toRawCells(used.values, types);
    for (const b of findBlocks(name, { row: p.rowIndex, col: p.columnIndex }, values)) {
      const r = b.ref.row - p.rowIndex;
      const c = b.ref.col - p.columnIndex;
      const cut = <T>(grid: T[][]) =>
        grid.slice(r, r + (b.ref.rows ?? 1)).map((row) => row.slice(c, c + (b.ref.cols ?? 1)));
      out.push({
        source: b.source,
        kind: "name",
        holder: { jenis: "blok", sumber: b.source, ref: b.ref },
        target: { kind: "range", ref: b.ref },
        found: { skor: b.skor, kolom: b.kolom },
        cells: withMerges(
          toCells(cut(used.values), cut(types), cut(formats)),
          mergesIn(merged, {
            row: b.ref.row,
            col: b.ref.col,
            rows: b.ref.rows ?? 1,
            cols: b.ref.cols ?? 1,
          })
        ),
      });
    }
  }
  return out;
}

export interface Cells {
  values: RawCell[][];
  /** Present when some numeric cell is percent-formatted (RULES §9 is applied by the model). */
  percent?: boolean[][];
  /** Merged areas whose top-left cell is in the source, relative to it (RawRange.merges). */
  merges?: Merge[];
}

interface Block {
  source: number;
  /** First row of the block, relative to the source's rectangle. */
  offset: number;
  rows: number;
  range?: Excel.Range;
  merged?: Excel.RangeAreas;
}

/**
 * The cells of every rectangle, in syncs of at most `chunkCells` cells (small sources share one
 * sync; a big one is cut in row blocks). A sync Excel refuses (payload limit) or answers with null
 * values (over its cell limit) is retried block by block, each block halved until Excel takes it;
 * a single row it still refuses makes that source "too large" (null), never an exception.
 */
export async function readCells(
  ctx: Excel.RequestContext,
  sources: { ws: Excel.Worksheet; rect: Rect }[],
  chunkCells: number,
  merges = false
): Promise<(Cells | null)[]> {
  const parts: Block[][] = sources.map(() => []);
  const failed = new Set<number>();

  const load = (b: Block) => {
    const { ws, rect } = sources[b.source];
    b.range = ws.getRangeByIndexes(rect.row + b.offset, rect.col, b.rows, rect.cols);
    b.range.load("values,valueTypes,numberFormat");
    // A merge starting in this block is returned whole by Excel (clipped to the source below).
    if (merges) b.merged = askMerges(b.range);
  };
  const arrived = (b: Block) =>
    Array.isArray(b.range?.values) && Array.isArray(b.range?.valueTypes);
  const trySync = async (): Promise<boolean> => {
    try {
      await ctx.sync();
      return true;
    } catch (e) {
      if (!isPayloadLimitError(e)) throw e;
      return false;
    }
  };
  const one = async (b: Block): Promise<void> => {
    load(b);
    if ((await trySync()) && arrived(b)) return void parts[b.source].push(b);
    if (b.rows === 1) return void failed.add(b.source);
    const half = Math.floor(b.rows / 2);
    await one({ source: b.source, offset: b.offset, rows: half });
    await one({ source: b.source, offset: b.offset + half, rows: b.rows - half });
  };

  const blocks: Block[] = [];
  sources.forEach(({ rect }, i) => {
    const per = Math.max(1, Math.floor(chunkCells / Math.max(1, rect.cols)));
    for (let r = 0; r < rect.rows; r += per)
      blocks.push({ source: i, offset: r, rows: Math.min(per, rect.rows - r) });
  });
  let group: Block[] = [];
  let size = 0;
  const flush = async () => {
    if (group.length === 0) return;
    const g = group;
    group = [];
    size = 0;
    g.forEach(load);
    if ((await trySync()) && g.every(arrived)) g.forEach((b) => parts[b.source].push(b));
    else for (const b of g) await one({ source: b.source, offset: b.offset, rows: b.rows });
  };
  for (const b of blocks) {
    const cells = b.rows * sources[b.source].rect.cols;
    if (size + cells > chunkCells) await flush();
    group.push(b);
    size += cells;
  }
  await flush();

  return sources.map((_, i) => {
    if (failed.has(i)) return null;
    const values: RawCell[][] = [];
    const percent: boolean[][] = [];
    let anyPercent = false;
    const found: Merge[] = [];
    for (const b of parts[i].sort((x, y) => x.offset - y.offset)) {
      found.push(...mergesIn(b.merged, sources[i].rect));
      const range = b.range!;
      values.push(...toRawCells(range.values, range.valueTypes as string[][]));
      const formats = (range.numberFormat ?? []) as unknown[][];
      range.values.forEach((row, r) => {
        const p = row.map((v, c) => typeof v === "number" && isPercentFormat(formats[r]?.[c]));
        if (p.some(Boolean)) anyPercent = true;
        percent.push(p);
      });
    }
    return withMerges(anyPercent ? { values, percent } : { values }, found);
  });
}
