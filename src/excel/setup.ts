/* global Excel */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read -- every read below follows its load() and an awaited ctx.sync() (the tests run it against the double, which throws PropertyNotLoaded otherwise); the rule loses track of them in these functions */
/**
 * The pane's setup actions — the only writes into a user's inputs, each on the user's own click
 * after the pane showed what will change (WORKBOOK.md): turn the selected block into an Excel
 * table of a source's name, extend a fixed name over rows typed under it, save the settings into
 * LKIP_INFO; plus reading the selection, the rows just outside fixed names, the empty template
 * and replacing the add-in's own sample sheets.
 */
import type { RawCell, RawRange, SourceName, TemplateSheet } from "../report";
import { nextFreeSheetName, rangeAddress, splitAddress } from "../report";
import { toRawCells } from "./read";
import { defaultRun, type ExcelRun, type Supports } from "./run";

export interface RunOptions {
  run?: ExcelRun;
}

/** Worksheet custom property marking the sheets "Coba dengan contoh" wrote (replaced only on a yes). */
const SAMPLE_MARK_KEY = "LKIP_CONTOH";

export interface Block {
  sheet: string;
  /** 0-based top-left cell and size. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface SelectionRead extends Block {
  address: string;
  /** The first rows (up to `headRows`), enough to recognise a one- or two-row header. */
  head: RawCell[][];
}

/** The selected block and its first rows: two syncs (size, then only the rows needed). */
export async function readSelection(
  opts: RunOptions & { headRows?: number } = {}
): Promise<SelectionRead> {
  const run = opts.run ?? defaultRun;
  const headRows = opts.headRows ?? 8;
  return run(async (ctx) => {
    const cell = ctx.workbook.getSelectedRange();
    cell.load("address,rowIndex,columnIndex,rowCount,columnCount");
    await ctx.sync();
    const block: Block = {
      sheet: splitAddress(cell.address).sheet ?? "",
      row: cell.rowIndex,
      col: cell.columnIndex,
      rows: cell.rowCount,
      cols: cell.columnCount,
    };
    const n = Math.min(headRows, block.rows);
    const head = ctx.workbook.worksheets
      .getItem(block.sheet)
      .getRangeByIndexes(block.row, block.col, n, block.cols);
    head.load("values,valueTypes");
    await ctx.sync();
    return {
      ...block,
      address: rangeAddress(block.sheet, block.row, block.col, block.rows, block.cols),
      head: toRawCells(head.values, head.valueTypes as string[][]),
    };
  });
}

/**
 * "Gunakan pilihan ini sebagai …": the block becomes an Excel table named `name` (header row
 * first), so rows added under it later belong to it. `header`, when given, is written over the
 * block's first row first (a two-row header joined into the lower row: an Excel table has one).
 */
export async function makeSourceTable(
  block: Block,
  name: SourceName,
  opts: RunOptions & { header?: string[] } = {}
): Promise<string> {
  const run = opts.run ?? defaultRun;
  return run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(block.sheet);
    const range = ws.getRangeByIndexes(block.row, block.col, block.rows, block.cols);
    if (opts.header) {
      const top = ws.getRangeByIndexes(block.row, block.col, 1, block.cols);
      top.values = [opts.header.slice(0, block.cols)];
    }
    const table = ws.tables.add(range, true);
    table.name = name;
    await ctx.sync();
    return rangeAddress(block.sheet, block.row, block.col, block.rows, block.cols);
  });
}

/** "Perluas rentang": the name now refers to `address`; no cell changes (NamedItem.formula, ExcelApi 1.7). */
export async function extendName(
  name: SourceName,
  address: string,
  opts: RunOptions = {}
): Promise<void> {
  const run = opts.run ?? defaultRun;
  const { sheet } = splitAddress(address);
  await run(async (ctx) => {
    const item = ctx.workbook.names.getItemOrNullObject(name);
    const local = sheet
      ? ctx.workbook.worksheets.getItem(sheet).names.getItemOrNullObject(name)
      : null;
    item.load("name");
    local?.load("name");
    await ctx.sync();
    const target = !item.isNullObject ? item : local && !local.isNullObject ? local : null;
    if (!target) throw new Error(`${name} tidak ditemukan.`);
    target.formula = `=${absolute(address)}`;
    await ctx.sync();
  });
}

/** 'Data IKU'!A1:K5 → 'Data IKU'!$A$1:$K$5 (a defined name's reference is absolute). */
function absolute(address: string): string {
  const i = address.lastIndexOf("!");
  const cells = address.slice(i + 1).replace(/\$?([A-Z]+)\$?(\d+)/g, "$$$1$$$2");
  return `${address.slice(0, i + 1)}${cells}`;
}

/**
 * The cells just outside fixed named ranges (WORKBOOK.md "Rows that are not data"): up to
 * `below` rows under each and `right` columns beside it. One sync, only when a source is a name.
 */
export async function readOutside(
  ranges: Partial<Record<SourceName, RawRange>>,
  opts: RunOptions & { below?: number; right?: number } = {}
): Promise<Partial<Record<SourceName, NonNullable<RawRange["outside"]>>>> {
  const fixed = Object.values(ranges).filter(
    (r): r is RawRange => r !== undefined && r.kind === "name" && r.values.length > 0
  );
  if (fixed.length === 0) return {};
  const run = opts.run ?? defaultRun;
  const nBelow = opts.below ?? 20;
  const nRight = opts.right ?? 5;
  return run(async (ctx) => {
    const jobs = fixed.map((r) => {
      const ws = ctx.workbook.worksheets.getItem(r.sheet);
      const rows = r.values.length;
      const cols = Math.max(1, r.values[0]?.length ?? 1);
      const below = ws.getRangeByIndexes(r.row + rows, r.col, nBelow, cols);
      const right = ws.getRangeByIndexes(r.row, r.col + cols, rows, nRight);
      below.load("values,valueTypes");
      right.load("values,valueTypes");
      return { r, below, right };
    });
    await ctx.sync();
    const out: Partial<Record<SourceName, NonNullable<RawRange["outside"]>>> = {};
    for (const j of jobs)
      out[j.r.source] = {
        below: toRawCells(j.below.values, j.below.valueTypes as string[][]),
        right: toRawCells(j.right.values, j.right.valueTypes as string[][]),
      };
    return out;
  });
}

export interface SettingsWrite {
  /** Value cells of LKIP_INFO to overwrite: address → value. */
  cells: { address: string; value: string | number }[];
  /** Keys LKIP_INFO lacks: appended as rows under it (the name or table is extended). */
  append: (string | number)[][];
}

/** Where LKIP_INFO is (0-based; `cols` its width, 2 when not given). */
export interface InfoPlace {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols?: number;
  kind: "name" | "table";
}

/**
 * What a write into LKIP_INFO did: `written` at `address` (LKIP_INFO afterwards), or nothing at all
 * because the rows right under a fixed name hold something (`address`: those cells), which a row
 * appended there would overwrite.
 */
export type SettingsWriteResult =
  { status: "written"; address: string } | { status: "rowsTaken"; address: string };

/**
 * "Simpan ke LKIP_INFO" and the column choice (`Kolom …` rows): writes the value cells given and
 * appends missing keys under LKIP_INFO. A table grows by rows (Excel inserts them: the cells below
 * move down, TableRowCollection.add); a fixed name is extended over the rows under it only when
 * those cells are empty, else nothing is written (`rowsTaken`, the caller says so). Without
 * LKIP_INFO, a small settings table is made on a new sheet (as the template does).
 */
export async function writeSettings(
  w: SettingsWrite,
  info: InfoPlace | null,
  opts: RunOptions & { newSheet?: string } = {}
): Promise<SettingsWriteResult> {
  const run = opts.run ?? defaultRun;
  return run(async (ctx) => {
    if (!info) {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      await ctx.sync();
      const name = nextFreeSheetName(
        opts.newSheet ?? "LKIP Info",
        sheets.items.map((s) => s.name)
      );
      const ws = sheets.add(name);
      const rows = [["Pengaturan", "Nilai"], ...w.append];
      const range = ws.getRangeByIndexes(0, 0, rows.length, 2);
      range.values = rows;
      const table = ws.tables.add(range, true);
      table.name = "LKIP_INFO";
      await ctx.sync();
      return { status: "written", address: rangeAddress(name, 0, 0, rows.length, 2) };
    }
    const cols = Math.max(2, info.cols ?? 2);
    const n = w.append.length;
    const ws = ctx.workbook.worksheets.getItem(info.sheet);
    if (n > 0 && info.kind === "name") {
      // Checked before any cell is written: nothing of the user's is overwritten, and nothing is
      // half-done (the value cells wait too).
      const below = ws.getRangeByIndexes(info.row + info.rows, info.col, n, cols);
      below.load("values");
      await ctx.sync();
      if (below.values.some((r) => r.some((v) => v !== "" && v !== null)))
        return {
          status: "rowsTaken",
          address: rangeAddress(info.sheet, info.row + info.rows, info.col, n, cols),
        };
    }
    for (const c of w.cells) {
      const { sheet, cell } = splitAddress(c.address);
      if (!cell) continue;
      ctx.workbook.worksheets.getItem(sheet ?? info.sheet).getRange(cell).values = [[c.value]];
    }
    // A row as wide as LKIP_INFO (key, value, then blanks): a table takes rows of its width only.
    const rows = w.append.map((r) => [
      ...r,
      ...Array<string>(Math.max(0, cols - r.length)).fill(""),
    ]);
    if (n > 0) {
      if (info.kind === "table") {
        ctx.workbook.tables.getItem("LKIP_INFO").rows.add(undefined, rows);
      } else {
        ws.getRangeByIndexes(info.row + info.rows, info.col, n, cols).values = rows;
        const grown = rangeAddress(info.sheet, info.row, info.col, info.rows + n, cols);
        await ctx.sync();
        await extendNameIn(ctx, "LKIP_INFO", grown, info.sheet);
      }
    }
    await ctx.sync();
    return {
      status: "written",
      address: rangeAddress(info.sheet, info.row, info.col, info.rows + n, cols),
    };
  });
}

/** The name (workbook-scoped, else scoped to `sheet`) now refers to `address`. */
async function extendNameIn(
  ctx: Excel.RequestContext,
  name: string,
  address: string,
  sheet: string
) {
  const item = ctx.workbook.names.getItemOrNullObject(name);
  const local = ctx.workbook.worksheets.getItem(sheet).names.getItemOrNullObject(name);
  item.load("name");
  local.load("name");
  await ctx.sync();
  const target = !item.isNullObject ? item : !local.isNullObject ? local : null;
  if (target) target.formula = `=${absolute(address)}`;
}

/**
 * "Sisipkan templat kosong": one sheet per missing source with its headers, made an Excel table
 * of the source's name (header + one blank row, or the given rows). A column with a list of
 * values (the quarterly form's Jenis) gets an in-cell list where the host has Range.dataValidation
 * (ExcelApi 1.8, https://learn.microsoft.com/javascript/api/excel/excel.listdatavalidation);
 * without it the column is plain and the reader still names a wrong word at its cell. Never
 * writes over anything: every sheet is new (a taken name gets the next free one). Returns the
 * sheets used.
 */
export async function insertTemplate(
  plan: TemplateSheet[],
  opts: RunOptions & { supports?: Supports } = {}
): Promise<string[]> {
  const run = opts.run ?? defaultRun;
  const lists = (opts.supports ?? (() => true))("ExcelApi", "1.8");
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name");
    await ctx.sync();
    const taken = sheets.items.map((s) => s.name);
    const used: string[] = [];
    let first: Excel.Worksheet | null = null;
    for (const t of plan) {
      const name = nextFreeSheetName(t.sheet, taken);
      taken.push(name);
      used.push(name);
      const ws = sheets.add(name);
      first ??= ws;
      const body = t.rows.length > 0 ? t.rows : [t.headers.map(() => "")];
      const values = [t.headers, ...body];
      const range = ws.getRangeByIndexes(0, 0, values.length, t.headers.length);
      range.values = values;
      const table = ws.tables.add(range, true);
      table.name = t.source;
      if (!lists) continue;
      for (const l of t.lists ?? []) {
        const col = t.headers.indexOf(l.header);
        if (col < 0) continue;
        // The table's body column; Excel carries the list down as the table grows.
        ws.getRangeByIndexes(1, col, body.length, 1).dataValidation.rule = {
          list: { inCellDropDown: true, source: l.values.join(",") },
        };
      }
    }
    first?.activate();
    await ctx.sync();
    return used;
  });
}

/** Which of `names` are sheets that "Coba dengan contoh" wrote (marked), and which exist at all. */
export async function sampleSheets(
  names: string[],
  opts: RunOptions = {}
): Promise<{ ours: string[]; others: string[] }> {
  const run = opts.run ?? defaultRun;
  return run(async (ctx) => {
    const probes = names.map((n) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(n);
      return { n, ws };
    });
    await ctx.sync();
    const marks = probes
      .filter((p) => !p.ws.isNullObject)
      .map((p) => {
        const mark = p.ws.customProperties.getItemOrNullObject(SAMPLE_MARK_KEY);
        mark.load("value");
        return { n: p.n, mark };
      });
    await ctx.sync();
    return {
      ours: marks.filter((m) => !m.mark.isNullObject).map((m) => m.n),
      others: marks.filter((m) => m.mark.isNullObject).map((m) => m.n),
    };
  });
}

/** Marks sample sheets as the add-in's, so that a second insert may replace them after asking. */
export async function markSampleSheets(sheets: string[], opts: RunOptions = {}): Promise<void> {
  const run = opts.run ?? defaultRun;
  await run(async (ctx) => {
    for (const s of sheets)
      ctx.workbook.worksheets.getItem(s).customProperties.add(SAMPLE_MARK_KEY, "contoh");
    await ctx.sync();
  });
}

/**
 * Deletes the add-in's own sample sheets and the LKIP_* names that point into them (a name left
 * behind would turn into #REF!). Called only after the user said yes.
 */
export async function removeSampleSheets(
  sheets: string[],
  sources: readonly SourceName[],
  opts: RunOptions = {}
): Promise<void> {
  const run = opts.run ?? defaultRun;
  await run(async (ctx) => {
    const names = ctx.workbook.names;
    names.load("items/name,items/type,items/value");
    await ctx.sync();
    const inside = (value: unknown) => {
      const v = String(value ?? "");
      return sheets.some(
        (s) => v.startsWith(`'${s.replace(/'/g, "''")}'!`) || v.startsWith(`${s}!`)
      );
    };
    for (const n of names.items)
      if (sources.some((s) => s.toUpperCase() === n.name.toUpperCase()) && inside(n.value))
        n.delete();
    for (const s of sheets) ctx.workbook.worksheets.getItem(s).delete();
    await ctx.sync();
  });
}
