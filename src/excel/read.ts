/* global Excel */
import type { Finding, RawCell, RawRange, RawWorkbook, SourceName } from "../report";
import { SOURCE_NAMES } from "../report";
import { rangeAddress } from "../report";
import {
  ADDIN_MARK_KEY,
  defaultRun,
  isPayloadLimitError,
  type ExcelRun,
  type Supports,
} from "./run";

export interface WorkbookRead {
  raw: RawWorkbook;
  /** All worksheet names, in tab order (the writer picks a free output name from these). */
  sheets: string[];
  /** Sheets marked as made by the add-in (custom property LKIP_ADDIN). */
  existingOutput: string[];
}

export interface ReadOptions {
  run?: ExcelRun;
  /** Requirement-set check; without ExcelApi 1.12 no sheet can carry our mark. Default: all supported. */
  supports?: Supports;
  /** Cells per sync when a read has to be split because Excel refused a too-large response. */
  cellsPerChunk?: number;
}

interface Located {
  kind: "name" | "table";
  range: Excel.Range;
  sheet: Excel.Worksheet;
}

function asSource(name: string): SourceName | undefined {
  // Defined names and table names are case-insensitive in Excel.
  return SOURCE_NAMES.find((s) => s.toUpperCase() === name.toUpperCase());
}

function notARange(source: SourceName, value: unknown, scope: string): Finding {
  const shown = value === undefined || value === null ? "" : String(value);
  return {
    tingkat: "galat",
    kode: "NAMA_BUKAN_RANGE",
    pesan:
      `Nama ${source}${scope} tidak merujuk ke rentang sel (isinya ${shown || "bukan alamat sel"}). ` +
      `Ubah nama itu di Name Manager agar merujuk ke rentang data, dengan judul kolom di baris pertama.`,
    lokasi: "",
    nilai_tertulis: shown,
  };
}

function duplicate(source: SourceName, used: string, others: string[]): Finding {
  return {
    tingkat: "peringatan",
    kode: "SUMBER_GANDA",
    pesan:
      `Nama ${source} ada di lebih dari satu lembar (${[used, ...others].join(", ")}); ` +
      `yang dipakai adalah yang di lembar ${used}. Hapus nama yang tidak dipakai agar tidak keliru.`,
    lokasi: "",
  };
}

/** values + valueTypes → RawCell: only a cell Excel types as Error becomes { error }, so a typed "#REF!" stays text. */
function toRawCells(values: unknown[][], types: string[][]): RawCell[][] {
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

/**
 * Read the four sources (workbook-scoped names, then tables, then sheet-scoped names) plus what
 * the writer needs. Two syncs (three when a source is only a sheet-scoped name), whatever the row
 * count; if Excel refuses the response as too large, read again in row chunks.
 */
export async function readWorkbook(opts: ReadOptions = {}): Promise<WorkbookRead> {
  const run = opts.run ?? defaultRun;
  const supports = opts.supports ?? (() => true);
  try {
    return await run((ctx) => readBatch(ctx, supports, 0));
  } catch (e) {
    if (!isPayloadLimitError(e)) throw e;
    return run((ctx) => readBatch(ctx, supports, opts.cellsPerChunk ?? 40_000));
  }
}

/** chunkCells 0 = load every range whole in one sync; > 0 = size first, then load in row blocks. */
async function readBatch(
  ctx: Excel.RequestContext,
  supports: Supports,
  chunkCells: number
): Promise<WorkbookRead> {
  const wb = ctx.workbook;
  const worksheets = wb.worksheets;
  worksheets.load("items/name");
  const names = wb.names;
  names.load("items/name,items/type,items/value");
  const tables = wb.tables;
  tables.load("items/name");
  await ctx.sync();

  const problems: Finding[] = [];
  const located: Partial<Record<SourceName, Located>> = {};
  const settled = new Set<SourceName>();
  const rangeProps =
    chunkCells > 0
      ? "rowIndex,columnIndex,rowCount,columnCount"
      : "values,valueTypes,rowIndex,columnIndex";
  const locate = (src: SourceName, kind: Located["kind"], range: Excel.Range) => {
    range.load(rangeProps);
    const sheet = range.worksheet;
    sheet.load("name");
    located[src] = { kind, range, sheet };
    settled.add(src);
  };

  for (const item of names.items) {
    const src = asSource(item.name);
    if (!src || settled.has(src)) continue;
    // Only a name of type Range resolves to cells; a constant or formula name is the user's to fix.
    if (item.type !== "Range") {
      problems.push(notARange(src, item.value, ""));
      settled.add(src);
      continue;
    }
    locate(src, "name", item.getRange());
  }
  for (const table of tables.items) {
    const src = asSource(table.name);
    if (!src || settled.has(src)) continue;
    locate(src, "table", table.getRange()); // header row included
  }

  // Sheet-scoped names are not in workbook.names: ask each sheet. Also read our marks.
  const canMark = supports("ExcelApi", "1.12");
  const perSheet = worksheets.items.map((ws) => {
    const sheetNames = ws.names;
    sheetNames.load("items/name,items/type,items/value");
    const mark = canMark ? ws.customProperties.getItemOrNullObject(ADDIN_MARK_KEY) : null;
    mark?.load("value");
    return { ws, sheetNames, mark };
  });
  await ctx.sync();

  let more = false;
  const duplicates: { src: SourceName; finding: Finding }[] = [];
  for (const src of SOURCE_NAMES) {
    if (settled.has(src)) continue;
    const hits = perSheet.flatMap((p) =>
      p.sheetNames.items
        .filter((n) => asSource(n.name) === src)
        .map((n) => ({ sheet: p.ws.name, item: n }))
    );
    if (hits.length === 0) continue;
    const usable = hits.filter((h) => h.item.type === "Range");
    if (usable.length === 0) {
      problems.push(notARange(src, hits[0].item.value, ` (di lembar ${hits[0].sheet})`));
      continue;
    }
    if (hits.length > 1) {
      const finding = duplicate(
        src,
        usable[0].sheet,
        hits.filter((h) => h !== usable[0]).map((h) => h.sheet)
      );
      problems.push(finding);
      duplicates.push({ src, finding });
    }
    locate(src, "name", usable[0].item.getRange());
    more = true;
  }
  if (more) await ctx.sync();

  const ranges: Partial<Record<SourceName, RawRange>> = {};
  if (chunkCells > 0) {
    await readChunked(ctx, located, ranges, chunkCells);
  } else {
    for (const src of SOURCE_NAMES) {
      const loc = located[src];
      if (!loc) continue;
      ranges[src] = {
        source: src,
        kind: loc.kind,
        sheet: loc.sheet.name,
        row: loc.range.rowIndex,
        col: loc.range.columnIndex,
        values: toRawCells(loc.range.values, loc.range.valueTypes as string[][]),
      };
    }
  }

  // A duplicate points at the range that is used (known only now), so the user can go and see it.
  for (const { src, finding } of duplicates) {
    const r = ranges[src];
    if (r)
      finding.lokasi = rangeAddress(
        r.sheet,
        r.row,
        r.col,
        Math.max(1, r.values.length),
        Math.max(1, r.values[0]?.length ?? 1)
      );
  }

  return {
    raw: { ranges, problems },
    sheets: perSheet.map((p) => p.ws.name),
    existingOutput: perSheet.filter((p) => p.mark && !p.mark.isNullObject).map((p) => p.ws.name),
  };
}

/** The fallback for huge sources: row blocks of at most `chunkCells` cells, grouped per sync. */
async function readChunked(
  ctx: Excel.RequestContext,
  located: Partial<Record<SourceName, Located>>,
  ranges: Partial<Record<SourceName, RawRange>>,
  chunkCells: number
): Promise<void> {
  type Block = { src: SourceName; range: Excel.Range; cells: number };
  const blocks: Block[] = [];
  for (const src of SOURCE_NAMES) {
    const loc = located[src];
    if (!loc) continue;
    const { rowIndex, columnIndex, rowCount, columnCount } = loc.range;
    ranges[src] = {
      source: src,
      kind: loc.kind,
      sheet: loc.sheet.name,
      row: rowIndex,
      col: columnIndex,
      values: [],
    };
    const rowsPerBlock = Math.max(1, Math.floor(chunkCells / Math.max(1, columnCount)));
    for (let r = 0; r < rowCount; r += rowsPerBlock) {
      const n = Math.min(rowsPerBlock, rowCount - r);
      const range = loc.sheet.getRangeByIndexes(rowIndex + r, columnIndex, n, columnCount);
      blocks.push({ src, range, cells: n * columnCount });
    }
  }
  let pending: Block[] = [];
  let cells = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    await ctx.sync();
    for (const b of pending)
      ranges[b.src]!.values.push(...toRawCells(b.range.values, b.range.valueTypes as string[][]));
    pending = [];
    cells = 0;
  };
  for (const b of blocks) {
    if (cells + b.cells > chunkCells) await flush();
    b.range.load("values,valueTypes");
    pending.push(b);
    cells += b.cells;
  }
  await flush();
}
