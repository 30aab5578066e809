/**
 * The bounded .xlsx reader. It reads only what the workbook contract needs: workbook.xml (sheets,
 * defined names), the relationships and table parts that say where LKIP_ sources are, and then
 * only the sheet parts those sources point to, streamed through the XML parser. Cells outside the
 * sources are never kept; shared strings and number formats are kept only for the cells read.
 * Every limit (entries, inflated bytes, cells) ends in a sentence, never in a crash. Plain bytes
 * in: the same code serves `lkip` (src/cli reads the file) and the browser page.
 *
 * By role: package.ts (the zip, its parts, limits, what is damaged), sources.ts (which names and
 * tables are the sources), cells.ts (the sources' cells, shared strings, number formats).
 */
import {
  SOURCE_NAMES,
  findBlocks,
  pointDuplicatesAtRead,
  type FoundBlock,
  type PilihanSumber,
  type RawWorkbook,
} from "../report";
import {
  buildRange,
  numberFormats,
  readSheet,
  sharedStrings,
  type CellContext,
  type SheetCells,
} from "./cells";
import type { DefinedNameRaw } from "./names";
import {
  explain,
  notXlsx,
  readWorkbookPart,
  READ_LIMITS,
  XlsxReadError,
  type ReadLimits,
  type SheetInfo,
} from "./package";
import { findSources, lkipTables, type Wanted } from "./sources";
import { openZip, partNames, type ZipPackage } from "./zip";

export { XlsxReadError, READ_LIMITS } from "./package";
export type { ReadLimits } from "./package";

export interface LoadedXlsx {
  raw: RawWorkbook;
  sheetNames: string[];
  /** The LKIP_ defined names as stored (scope and text kept). */
  definedNames: DefinedNameRaw[];
  /** Every part of the package, by name. */
  parts: string[];
}

/**
 * Reads the LKIP sources of an .xlsx package. `label` names the file in messages (its path).
 * Async for the callers' sake; the work itself is synchronous and bounded.
 */
export async function loadXlsx(
  input: Uint8Array | ArrayBuffer,
  label?: string,
  limits: ReadLimits = READ_LIMITS,
  /** Called before each sheet holding a source is read (1-based): progress on a big workbook. */
  onSheet?: (done: number, total: number) => void,
  opts: LoadOptions = {}
): Promise<LoadedXlsx> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length < 4 || !(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw notXlsx(bytes, label);
  try {
    return readPackage(openZip(bytes, limits), label, limits, onSheet, opts.pilihan ?? []);
  } catch (e) {
    throw explain(e, label, limits);
  }
}

/** Rows above a data source to look for its title in (issue 21: the year, never guessed). */
const TITLE_ROWS = 6;

function titleRect(w: Wanted): Wanted[] {
  if (w.source === "LKIP_INFO" || w.rect.top <= 1) return [];
  const top = Math.max(1, w.rect.top - TITLE_ROWS);
  return [{ ...w, rect: { ...w.rect, top, bottom: w.rect.top - 1 } }];
}

/** Text cells of the title rows, in reading order, as (text, 0-based cell). */
function titleTexts(
  titles: { w: Wanted; sheet: SheetCells }[],
  strings: Map<number, string>
): NonNullable<RawWorkbook["titles"]> {
  const out: NonNullable<RawWorkbook["titles"]> = [];
  for (const { w, sheet } of titles)
    for (let row = w.rect.top; row <= w.rect.bottom; row++)
      for (let col = w.rect.left; col <= w.rect.right; col++) {
        const c = sheet.cells.get(row)?.get(col);
        if (!c) continue;
        const text =
          c.t === "s"
            ? strings.get(Number(c.v))
            : c.t === "inlineStr"
              ? c.is
              : c.t === "str"
                ? c.v
                : null;
        if (text && text.trim() !== "")
          out.push({ text, cell: { sheet: w.sheet, row: row - 1, col: col - 1 } });
      }
  return out;
}

export interface LoadOptions {
  /** Blocks the person chose as sources (`lkip --sumber`), before any name or table. */
  pilihan?: readonly PilihanSumber[];
}

/**
 * The blocks of every sheet that read as LKIP_IKU or a budget table (tables found without names):
 * each sheet's used range read whole, within the same cell limit as the sources; a sheet over it
 * ends the search (the blocks found so far stay). Only called when a source has no name or table.
 */
function scanBlocks(
  zip: ZipPackage,
  label: string | undefined,
  limits: ReadLimits,
  sheets: SheetInfo[],
  date1904: boolean,
  sst: string | null,
  styles: string | null
): FoundBlock[] {
  const ctx: CellContext = { zip, label, limits, date1904, kept: 0 };
  const out: FoundBlock[] = [];
  for (const s of sheets) {
    if (!s.part) continue;
    const w: Wanted = {
      source: "LKIP_IKU",
      kind: "name",
      rect: { sheet: s.name, top: 1, left: 1, bottom: 1048576, right: 16384 },
      footerRows: 0,
      sheet: s.name,
      part: s.part,
    };
    try {
      const cells = readSheet(ctx, s.part, [w]);
      if (cells.maxRow === 0) continue;
      const read = [{ w, sheet: cells }];
      const range = buildRange(
        ctx,
        w,
        cells,
        sharedStrings(ctx, sst, read),
        numberFormats(ctx, styles, read),
        []
      );
      out.push(...findBlocks(s.name, { row: range.row, col: range.col }, range.values));
    } catch (e) {
      if (e instanceof XlsxReadError && e.kode === "TERLALU_BESAR") break;
      throw e;
    }
  }
  return out;
}

function readPackage(
  zip: ZipPackage,
  label: string | undefined,
  limits: ReadLimits,
  onSheet: ((done: number, total: number) => void) | undefined,
  pilihan: readonly PilihanSumber[]
): LoadedXlsx {
  const { workbook: wb, sheets, sharedStrings: sst, styles } = readWorkbookPart(zip, label);
  const tables = lkipTables(zip, sheets);
  const raw: RawWorkbook = { ranges: {}, problems: [] };
  let { wanted, findings } = findSources(sheets, wb.sheets, wb.names, tables, [], pilihan);
  // A workbook with no LKIP_IKU name or table at all (issue #21: "no LKIP_ source"): look for its
  // tables by their headers (the only case in which sheets outside the sources are read).
  const ikuNamed =
    wb.names.some((n) => /^lkip_/i.test(n.name) && n.name.toUpperCase() !== "LKIP_INFO") ||
    tables.some((t) => t.name.toUpperCase() !== "LKIP_INFO");
  if (!ikuNamed) {
    const blocks = scanBlocks(zip, label, limits, sheets, wb.date1904, sst, styles).filter(
      (b) => !wanted.some((w) => w.source === b.source)
    );
    if (blocks.length > 0)
      ({ wanted, findings } = findSources(sheets, wb.sheets, wb.names, tables, blocks, pilihan));
  }
  raw.problems.push(...findings);
  const ctx: CellContext = { zip, label, limits, date1904: wb.date1904, kept: 0 };
  const bySheet = new Map<string, Wanted[]>();
  for (const w of wanted) bySheet.set(w.part, [...(bySheet.get(w.part) ?? []), w]);
  const read: { w: Wanted; sheet: SheetCells }[] = [];
  const titles: { w: Wanted; sheet: SheetCells }[] = [];
  let sheetsRead = 0;
  for (const [part, ws] of bySheet) {
    onSheet?.(++sheetsRead, bySheet.size);
    // The rows just above a data source: its title ("CAPAIAN KINERJA TAHUN 2021") names the year.
    const above = ws.flatMap((w) => titleRect(w));
    const cells = readSheet(ctx, part, [...ws, ...above]);
    for (const w of ws) read.push({ w, sheet: cells });
    for (const w of above) titles.push({ w, sheet: cells });
  }
  const strings = sharedStrings(ctx, sst, read);
  raw.titles = titleTexts(titles, strings);
  const formats = numberFormats(ctx, styles, read);
  // Sources in contract order, as before.
  for (const { w, sheet } of read.sort(
    (a, b) => SOURCE_NAMES.indexOf(a.w.source) - SOURCE_NAMES.indexOf(b.w.source)
  ))
    raw.ranges[w.source] = buildRange(ctx, w, sheet, strings, formats, raw.problems);
  pointDuplicatesAtRead(raw.problems, raw.ranges);
  return {
    raw,
    sheetNames: wb.sheets,
    definedNames: wb.names,
    parts: partNames(zip),
  };
}
