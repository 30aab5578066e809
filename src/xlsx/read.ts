/**
 * The bounded .xlsx reader. It reads only what the workbook contract needs: workbook.xml (sheets,
 * defined names), the relationships and table parts that say where LKIP_ sources are, and then
 * only the sheet parts those sources point to, streamed through the XML parser. Cells outside the
 * sources are never kept; shared strings and number formats are kept only for the cells read.
 * Every limit (entries, inflated bytes, cells) ends in a sentence, never in a crash. Plain bytes
 * in: the same code serves `lkip` (src/cli reads the file) and the browser page.
 */
import {
  SOURCE_NAMES,
  parseA1Range as parseA1,
  quoteSheet,
  temuan,
  type BukanRentang,
  type CellRef,
  type Finding,
  type Wadah,
  type Merge,
  type RawCell,
  type RawRange,
  type RawWorkbook,
  type SourceName,
} from "../report";
import {
  address,
  classifyNameText,
  workbookXmlReader,
  type CellRect,
  type DefinedNameRaw,
  type NameTarget,
} from "./names";
import { xmlStream, XmlError, type XmlHandlers } from "./xml";
import {
  DEFAULT_LIMITS,
  openZip,
  partNames,
  streamPartText,
  ZipError,
  type ZipLimits,
  type ZipPackage,
} from "./zip";

/** A file that cannot be read as a workbook; `message` is plain Indonesian for the user. */
export class XlsxReadError extends Error {
  constructor(
    readonly kode: "TIDAK_ADA" | "TIDAK_TERBACA" | "BUKAN_XLSX" | "RUSAK" | "TERLALU_BESAR",
    message: string
  ) {
    super(message);
  }
}

export interface ReadLimits extends ZipLimits {
  /** Most cells kept for all sources together (rows × columns of what is read). */
  cells: number;
}

export const READ_LIMITS: ReadLimits = { ...DEFAULT_LIMITS, cells: 500_000 };

export interface LoadedXlsx {
  raw: RawWorkbook;
  sheetNames: string[];
  /** The LKIP_ defined names as stored (scope and text kept). */
  definedNames: DefinedNameRaw[];
  /** Every part of the package, by name. */
  parts: string[];
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MB = 1024 * 1024;

function angka(n: number): string {
  return n.toLocaleString("id-ID");
}

function notXlsx(bytes: Uint8Array, label: string): XlsxReadError {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    return new XlsxReadError(
      "BUKAN_XLSX",
      `${label} bukan berkas .xlsx: ini berkas Excel lama (.xls) atau berkas yang dilindungi kata sandi. Buka di Excel, hapus kata sandinya bila ada, lalu simpan sebagai "Excel Workbook (*.xlsx)".`
    );
  }
  return new XlsxReadError(
    "BUKAN_XLSX",
    `${label} bukan berkas .xlsx (isinya bukan buku kerja Excel). Simpan data sebagai "Excel Workbook (*.xlsx)".`
  );
}

function rusak(label: string, why: string): XlsxReadError {
  return new XlsxReadError(
    "RUSAK",
    `${label} rusak: ${why}. Buka berkas itu di Excel lalu simpan ulang sebagai "Excel Workbook (*.xlsx)".`
  );
}

function terlaluBesar(label: string, why: string): XlsxReadError {
  return new XlsxReadError(
    "TERLALU_BESAR",
    `berkas terlalu besar: ${label} ${why}. Simpan data LKIP (LKIP_IKU, LKIP_ANGGARAN, …) dalam buku kerja tersendiri yang lebih kecil, lalu baca buku kerja itu.`
  );
}

/** Any failure inside the package, as the sentence the user reads. */
function explain(e: unknown, label: string, limits: ReadLimits): XlsxReadError {
  if (e instanceof XlsxReadError) return e;
  if (e instanceof ZipError) {
    switch (e.kind) {
      case "not-zip":
        return new XlsxReadError("BUKAN_XLSX", `${label} bukan berkas .xlsx.`);
      case "encrypted":
        return new XlsxReadError(
          "BUKAN_XLSX",
          `${label} dilindungi kata sandi. Buka di Excel, hapus kata sandinya, lalu simpan lagi.`
        );
      case "too-big":
        return terlaluBesar(
          label,
          `melebihi batas yang dibaca (lebih dari ${angka(limits.entries)} bagian, atau isinya lebih dari ${angka(limits.partBytes / MB)} MB setelah diurai)`
        );
      default:
        return rusak(label, "arsipnya tidak utuh");
    }
  }
  if (e instanceof XmlError) return rusak(label, "isi XML-nya tidak utuh atau tidak sah");
  if (e instanceof RangeError) return terlaluBesar(label, "tidak muat di memori untuk dibaca");
  return rusak(label, "isinya tidak dapat dibaca");
}

/**
 * Reads the LKIP sources of an .xlsx package. `label` names the file in messages (its path).
 * Async for the callers' sake; the work itself is synchronous and bounded.
 */
export async function loadXlsx(
  input: Uint8Array | ArrayBuffer,
  label = "berkas",
  limits: ReadLimits = READ_LIMITS
): Promise<LoadedXlsx> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length < 4 || !(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw notXlsx(bytes, label);
  try {
    return readPackage(openZip(bytes, limits), label, limits);
  } catch (e) {
    throw explain(e, label, limits);
  }
}

// ------------------------------------------------------------------ package structure

function parsePart(zip: ZipPackage, name: string, h: XmlHandlers): boolean {
  const xml = xmlStream(h);
  const found = streamPartText(zip, name, (chunk) => xml.write(chunk));
  if (found) xml.close();
  return found;
}

interface Rel {
  type: string;
  target: string;
}

function folderOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i + 1);
}

function resolvePart(base: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folderOf(base) + target;
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** A part's relationships by id, targets resolved to part names (external targets left out). */
function relsOf(zip: ZipPackage, part: string): Map<string, Rel> {
  const relsPart = `${folderOf(part)}_rels/${part.slice(folderOf(part).length)}.rels`;
  const rels = new Map<string, Rel>();
  parsePart(zip, relsPart, {
    open(name, a) {
      if (name !== "Relationship" || !a.Id || !a.Target || a.TargetMode === "External") return;
      rels.set(a.Id, { type: a.Type ?? "", target: resolvePart(part, a.Target) });
    },
  });
  return rels;
}

const isType = (rel: Rel, kind: string) => rel.type.endsWith(`/${kind}`);

interface SheetInfo {
  name: string;
  /** Worksheet part; null for a chart sheet or a sheet whose part is missing. */
  part: string | null;
}

interface TableInfo {
  name: string;
  sheet: string;
  ref: string;
  headerRowCount: number;
  totalsRowCount: number;
}

function readPackage(zip: ZipPackage, label: string, limits: ReadLimits): LoadedXlsx {
  const root = relsOf(zip, "");
  const officeDoc = [...root.values()].find((r) => isType(r, "officeDocument"));
  const workbookPart = officeDoc?.target ?? "xl/workbook.xml";
  const isLkip = (n: string) => /^lkip_/i.test(n);
  const wx = workbookXmlReader(isLkip);
  if (!parsePart(zip, workbookPart, wx.handlers)) throw notXlsx(zip.bytes, label);
  const wb = wx.result;
  const wbRels = relsOf(zip, workbookPart);
  const sheets: SheetInfo[] = wb.sheets.map((name, i) => {
    const rel = wbRels.get(wb.sheetIds[i]);
    return { name, part: rel && isType(rel, "worksheet") ? rel.target : null };
  });
  const sst = [...wbRels.values()].find((r) => isType(r, "sharedStrings"))?.target ?? null;
  const styles = [...wbRels.values()].find((r) => isType(r, "styles"))?.target ?? null;

  const tables = lkipTables(zip, sheets);
  const raw: RawWorkbook = { ranges: {}, problems: [] };
  const wanted: Wanted[] = [];
  for (const source of SOURCE_NAMES) {
    const w = findSource(sheets, wb.sheets, wb.names, tables, source, raw);
    if (w) wanted.push(w);
  }
  const ctx: CellContext = { zip, label, limits, date1904: wb.date1904, kept: 0 };
  const bySheet = new Map<string, Wanted[]>();
  for (const w of wanted) bySheet.set(w.part, [...(bySheet.get(w.part) ?? []), w]);
  const read: { w: Wanted; sheet: SheetCells }[] = [];
  for (const [part, ws] of bySheet) {
    const cells = readSheet(ctx, part, ws);
    for (const w of ws) read.push({ w, sheet: cells });
  }
  const strings = sharedStrings(ctx, sst, read);
  const formats = numberFormats(ctx, styles, read);
  // Sources in contract order, as before.
  for (const { w, sheet } of read.sort(
    (a, b) => SOURCE_NAMES.indexOf(a.w.source) - SOURCE_NAMES.indexOf(b.w.source)
  ))
    raw.ranges[w.source] = buildRange(ctx, w, sheet, strings, formats, raw.problems);
  return {
    raw,
    sheetNames: wb.sheets,
    definedNames: wb.names,
    parts: partNames(zip),
  };
}

/** Tables named LKIP_…, found through each worksheet's relationships. */
function lkipTables(zip: ZipPackage, sheets: SheetInfo[]): TableInfo[] {
  const out: TableInfo[] = [];
  for (const s of sheets) {
    if (!s.part) continue;
    for (const rel of relsOf(zip, s.part).values()) {
      if (!isType(rel, "table")) continue;
      let info: TableInfo | null = null;
      parsePart(zip, rel.target, {
        open(name, a) {
          if (name !== "table" || info) return;
          const tname = a.displayName ?? a.name ?? "";
          info = {
            name: tname,
            sheet: s.name,
            ref: a.ref ?? "",
            headerRowCount: a.headerRowCount === undefined ? 1 : parseInt(a.headerRowCount, 10),
            totalsRowCount: a.totalsRowCount === undefined ? 0 : parseInt(a.totalsRowCount, 10),
          };
        },
      });
      if (info && /^lkip_/i.test((info as TableInfo).name)) out.push(info);
    }
  }
  return out;
}

// ------------------------------------------------------------------ finding a source

interface Candidate {
  kind: "name" | "table";
  /** How the user would recognise it (a workbook- or sheet-scoped name, a table on a sheet). */
  wadah: Wadah;
  target: NameTarget;
  /** Rows at the bottom that are not data (a table's totals row). */
  footerRows: number;
  text?: string;
  /** A table whose header row is switched off: its column names are not on the sheet. */
  noHeader?: boolean;
}

interface Wanted {
  source: SourceName;
  kind: "name" | "table";
  rect: CellRect;
  footerRows: number;
  sheet: string;
  part: string;
}

/** "A1:N4" as 1-based corners (CellRect counts from 1). */
function parseA1Range(ref: string): Omit<CellRect, "sheet"> | null {
  const r = parseA1(ref);
  return r && { top: r.row0 + 1, left: r.col0 + 1, bottom: r.lastRow0 + 1, right: r.lastCol0 + 1 };
}

function candidates(
  sheetNames: string[],
  names: DefinedNameRaw[],
  tables: TableInfo[],
  source: SourceName
): Candidate[] {
  const same = (n: string) => n.toUpperCase() === source;
  const out: Candidate[] = [];
  for (const n of names) {
    if (same(n.name) && n.localSheetId === undefined)
      out.push({
        kind: "name",
        wadah: { jenis: "nama", sumber: source },
        target: classifyNameText(n.text),
        footerRows: 0,
        text: n.text,
      });
  }
  for (const t of tables) {
    if (!same(t.name)) continue;
    const r = parseA1Range(t.ref);
    out.push({
      kind: "table",
      wadah: { jenis: "tabel", nama: t.name, lembar: t.sheet },
      target: r ? { kind: "range", sheet: t.sheet, ...r } : { kind: "ref-error" },
      footerRows: t.totalsRowCount > 0 ? t.totalsRowCount : 0,
      noHeader: t.headerRowCount === 0,
    });
  }
  for (const n of names) {
    if (same(n.name) && n.localSheetId !== undefined) {
      const scope = sheetNames[n.localSheetId] ?? `#${n.localSheetId}`;
      out.push({
        kind: "name",
        wadah: { jenis: "nama", sumber: source, lembar: scope },
        target: classifyNameText(n.text),
        footerRows: 0,
        text: n.text,
      });
    }
  }
  return out;
}

function sheetOf(sheets: SheetInfo[], name: string): SheetInfo | undefined {
  return (
    sheets.find((s) => s.name === name) ??
    sheets.find((s) => s.name.toLowerCase() === name.toLowerCase())
  );
}

function whyUnusable(c: Candidate, sheets: SheetInfo[]): BukanRentang | null {
  const t = c.target;
  if (c.noHeader) return { jenis: "tanpaJudul" };
  switch (t.kind) {
    case "constant":
      return { jenis: "konstanta", teks: short(c.text ?? "") };
    case "formula":
      return { jenis: "rumus", teks: short(c.text ?? "") };
    case "union":
      return { jenis: "gabungan", teks: short(c.text ?? "") };
    case "external":
      return { jenis: "eksternal", teks: short(c.text ?? "") };
    case "ref-error":
      return { jenis: "refHilang", teks: short(c.text ?? "#REF!") };
    case "range": {
      const s = sheetOf(sheets, t.sheet);
      // A chart sheet holds no cells: for a source it is as absent as a missing sheet.
      if (!s || !s.part) return { jenis: "lembarTidakAda", lembar: t.sheet };
      return null;
    }
  }
}

/** A 1-based rectangle of names.ts as a 0-based CellRef. */
function rectRef(r: CellRect): CellRef {
  return {
    sheet: r.sheet,
    row: r.top - 1,
    col: r.left - 1,
    rows: r.bottom - r.top + 1,
    cols: r.right - r.left + 1,
  };
}

function short(s: string): string {
  return s.length > 120 ? `${s.slice(0, 120)}…` : s;
}

function findSource(
  sheets: SheetInfo[],
  sheetNames: string[],
  names: DefinedNameRaw[],
  tables: TableInfo[],
  source: SourceName,
  raw: RawWorkbook
): Wanted | null {
  const all = candidates(sheetNames, names, tables, source);
  const usable = all.filter((c) => whyUnusable(c, sheets) === null);
  const chosen = usable[0];
  for (const c of all) {
    const sebab = whyUnusable(c, sheets);
    if (sebab === null) continue;
    raw.problems.push(
      temuan(
        "SUMBER_BUKAN_RENTANG",
        { wadah: c.wadah, sumber: source, sebab, ...(chosen ? { dipakai: chosen.wadah } : {}) },
        {
          sumber: source,
          sel: c.target.kind === "range" ? rectRef(c.target) : undefined,
          tertulis: c.text === undefined ? undefined : short(c.text),
        }
      )
    );
  }
  if (!chosen || chosen.target.kind !== "range") return null;
  if (usable.length > 1) {
    raw.problems.push(
      temuan(
        "SUMBER_GANDA",
        { sumber: source, ditemukan: usable.map((c) => c.wadah), dipakai: chosen.wadah },
        { sumber: source, sel: rectRef(chosen.target) }
      )
    );
  }
  const sheet = sheetOf(sheets, chosen.target.sheet)!;
  return {
    source,
    kind: chosen.kind,
    rect: { ...chosen.target, sheet: sheet.name },
    footerRows: chosen.footerRows,
    sheet: sheet.name,
    part: sheet.part!,
  };
}

// ------------------------------------------------------------------ sheet cells

interface CellContext {
  zip: ZipPackage;
  label: string;
  limits: ReadLimits;
  date1904: boolean;
  /** Cells kept so far, against limits.cells. */
  kept: number;
}

/** One cell as stored: its type, style, value text and whether it has a formula. */
interface StoredCell {
  t: string;
  s: number;
  v: string | null;
  /** Inline string text (t="inlineStr"). */
  is: string | null;
  /** Formula text (first characters, for the message) or null when no formula. */
  f: string | null;
}

interface SheetCells {
  /** Cells inside the wanted rectangles, by row then column (1-based). */
  cells: Map<number, Map<number, StoredCell>>;
  /** The sheet's last row and column holding any cell (a whole-column name stops there). */
  maxRow: number;
  maxCol: number;
  merges: CellRect[];
}

const MAX_FORMULA_TEXT = 200;

function parseRef(ref: string): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  while (i < ref.length) {
    const ch = ref.charCodeAt(i);
    const up = ch >= 97 ? ch - 32 : ch;
    if (up < 65 || up > 90) break;
    col = col * 26 + (up - 64);
    i++;
  }
  if (i === 0 || i > 3 || i === ref.length) return null;
  const row = Number(ref.slice(i));
  if (!Number.isInteger(row) || row < 1 || row > 1048576 || col > 16384) return null;
  return { row, col };
}

function readSheet(ctx: CellContext, part: string, wanted: Wanted[]): SheetCells {
  const rects = wanted.map((w) => w.rect);
  const out: SheetCells = { cells: new Map(), maxRow: 0, maxCol: 0, merges: [] };
  const inside = (row: number, col: number) =>
    rects.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
  const intersects = (m: CellRect) =>
    rects.some(
      (r) => m.top <= r.bottom && m.bottom >= r.top && m.left <= r.right && m.right >= r.left
    );

  let row = 0;
  let col = 0;
  let cell: StoredCell | null = null;
  let at: { row: number; col: number } | null = null;
  // Which text is being gathered: v, f, or t inside is (rPh, phonetic runs, never).
  let into: "v" | "f" | "t" | null = null;
  let inPhonetic = false;
  const sheetName = wanted[0].sheet;
  const damaged = (why: string) => rusak(ctx.label, why);

  const h: XmlHandlers = {
    open(name, a) {
      switch (name) {
        case "row": {
          const r = a.r !== undefined ? Number(a.r) : row + 1;
          if (!Number.isInteger(r) || r < 1 || r > 1048576)
            throw damaged(
              `nomor baris "${short(a.r ?? "")}" di lembar ${quoteSheet(sheetName)} tidak sah`
            );
          row = r;
          col = 0;
          return;
        }
        case "c": {
          let p: { row: number; col: number } | null;
          if (a.r !== undefined) {
            p = parseRef(a.r);
            if (!p)
              throw damaged(
                `alamat sel "${short(a.r)}" di lembar ${quoteSheet(sheetName)} tidak sah`
              );
          } else p = { row: Math.max(row, 1), col: col + 1 };
          row = p.row;
          col = p.col;
          if (p.row > out.maxRow) out.maxRow = p.row;
          if (p.col > out.maxCol) out.maxCol = p.col;
          if (!inside(p.row, p.col)) return;
          at = p;
          cell = {
            t: a.t ?? "n",
            s: a.s !== undefined ? Number(a.s) : 0,
            v: null,
            is: null,
            f: null,
          };
          return;
        }
        case "v":
          if (cell) {
            into = "v";
            cell.v = "";
          }
          return;
        case "f":
          if (cell) {
            into = "f";
            cell.f = "";
          }
          return;
        case "is":
          if (cell) cell.is = "";
          return;
        case "rPh":
          inPhonetic = true;
          return;
        case "t":
          if (cell && cell.is !== null && !inPhonetic) into = "t";
          return;
        case "mergeCell": {
          const m = parseA1Range(a.ref ?? "");
          if (!m) return;
          const rect = { sheet: sheetName, ...m };
          if (intersects(rect)) out.merges.push(rect);
          return;
        }
      }
    },
    text(t) {
      if (!cell || into === null) return;
      if (into === "v") cell.v += t;
      else if (into === "t") cell.is += t;
      else if (cell.f!.length < MAX_FORMULA_TEXT) cell.f += t.slice(0, MAX_FORMULA_TEXT);
    },
    close(name) {
      switch (name) {
        case "v":
        case "f":
        case "t":
          into = null;
          return;
        case "rPh":
          inPhonetic = false;
          return;
        case "c":
          if (cell && at) {
            if (++ctx.kept > ctx.limits.cells)
              throw terlaluBesar(
                ctx.label,
                `memuat lebih dari ${angka(ctx.limits.cells)} sel di sumber datanya`
              );
            let r = out.cells.get(at.row);
            if (!r) out.cells.set(at.row, (r = new Map()));
            r.set(at.col, cell);
          }
          cell = null;
          at = null;
          into = null;
          return;
      }
    },
  };
  if (!parsePart(ctx.zip, part, h))
    throw damaged(`bagian lembar ${quoteSheet(sheetName)} (${part}) tidak ada di dalam berkas`);
  return out;
}

// ------------------------------------------------------------------ shared strings and styles

function sharedStrings(
  ctx: CellContext,
  part: string | null,
  read: { w: Wanted; sheet: SheetCells }[]
): Map<number, string> {
  const needed = new Map<number, { sheet: string; row: number; col: number }>();
  const seenSheets = new Set<SheetCells>();
  for (const { w, sheet } of read) {
    if (seenSheets.has(sheet)) continue;
    seenSheets.add(sheet);
    for (const [row, cols] of sheet.cells)
      for (const [col, c] of cols) {
        // A styled empty cell may say t="s" without a value: it is blank, not a reference.
        if (c.t !== "s" || c.v === null) continue;
        const k = c.v === null ? NaN : Number(c.v.trim());
        if (!Number.isInteger(k) || k < 0 || !/^\s*\d+\s*$/.test(c.v ?? ""))
          throw rusak(
            ctx.label,
            `sel ${address(w.sheet, row, col)} merujuk ke teks bersama dengan nomor yang tidak sah ("${short(c.v ?? "")}")`
          );
        if (!needed.has(k)) needed.set(k, { sheet: w.sheet, row, col });
      }
  }
  const out = new Map<number, string>();
  if (needed.size === 0) return out;
  const first = [...needed.values()][0];
  const missing = () =>
    rusak(
      ctx.label,
      `sel ${address(first.sheet, first.row, first.col)} merujuk ke daftar teks bersama (sharedStrings.xml) yang tidak ada di dalam berkas`
    );
  const name = part ?? "xl/sharedStrings.xml";
  let index = -1;
  let text: string | null = null;
  let inT = false;
  let phonetic = false;
  const found = parsePart(ctx.zip, name, {
    open(n) {
      if (n === "si") {
        index++;
        text = needed.has(index) ? "" : null;
      } else if (n === "rPh") phonetic = true;
      else if (n === "t" && text !== null && !phonetic) inT = true;
    },
    text(t) {
      if (inT && text !== null) text += t;
    },
    close(n) {
      if (n === "t") inT = false;
      else if (n === "rPh") phonetic = false;
      else if (n === "si" && text !== null) {
        out.set(index, text);
        text = null;
      }
    },
  });
  if (!found) throw missing();
  for (const [k, where] of needed)
    if (!out.has(k))
      throw rusak(
        ctx.label,
        `sel ${address(where.sheet, where.row, where.col)} merujuk ke teks bersama nomor ${k}, padahal daftarnya hanya ${index + 1} teks`
      );
  return out;
}

type FormatKind = "percent" | "date" | "other";

const BUILTIN_DATE = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** What a number format code shows: a percent, a date or time, or a plain number. */
export function formatKind(id: number, code: string | undefined): FormatKind {
  if (id === 9 || id === 10) return "percent";
  if (code === undefined) return BUILTIN_DATE.has(id) ? "date" : "other";
  // Quoted text, escaped characters and [colour]/[condition] sections say nothing about the kind.
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  if (bare.includes("%")) return "percent";
  if (/^general$/i.test(bare.trim())) return "other";
  return /[ymdhs]/i.test(bare) ? "date" : "other";
}

/** Format kind per style index used by a kept number cell. */
function numberFormats(
  ctx: CellContext,
  part: string | null,
  read: { w: Wanted; sheet: SheetCells }[]
): Map<number, FormatKind> {
  const used = new Set<number>();
  for (const { sheet } of read)
    for (const cols of sheet.cells.values())
      for (const c of cols.values()) if (c.s > 0 && (c.t === "n" || c.t === "")) used.add(c.s);
  const out = new Map<number, FormatKind>();
  if (used.size === 0 || part === null) return out;
  const codes = new Map<number, string>();
  const xfFormat = new Map<number, number>();
  let inCellXfs = false;
  let xf = -1;
  parsePart(ctx.zip, part, {
    open(n, a) {
      if (n === "numFmt" && a.numFmtId !== undefined && a.formatCode !== undefined)
        codes.set(Number(a.numFmtId), a.formatCode.slice(0, 255));
      else if (n === "cellXfs") inCellXfs = true;
      else if (n === "xf" && inCellXfs) {
        xf++;
        if (used.has(xf)) xfFormat.set(xf, Number(a.numFmtId ?? 0));
      }
    },
    close(n) {
      if (n === "cellXfs") inCellXfs = false;
    },
  });
  for (const s of used) {
    const id = xfFormat.get(s);
    if (id !== undefined) out.set(s, formatKind(id, codes.get(id)));
  }
  return out;
}

// ------------------------------------------------------------------ building the RawRange

const NUMBER = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d{1,3})?\s*$/;

function dateSerial(iso: string, date1904: boolean): number | null {
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);
  if (Number.isNaN(t)) return null;
  return 25569 + t / 86400000 - (date1904 ? 1462 : 0);
}

type CellNote = "date" | "no-result" | "percent";

function cellValue(
  ctx: CellContext,
  c: StoredCell,
  lokasi: string,
  strings: Map<number, string>,
  formats: Map<number, FormatKind>
): { value: RawCell; note?: CellNote } {
  const bad = (what: string) =>
    rusak(ctx.label, `sel ${lokasi} berisi ${what} yang tidak sah ("${short(c.v ?? "")}")`);
  // §12: a formula is read by its saved result, whatever it is; only no result at all is "not calculated".
  if (c.f !== null && c.v === null && c.is === null) return { value: null, note: "no-result" };
  switch (c.t) {
    case "s":
      return { value: c.v === null ? null : strings.get(Number(c.v.trim()))! };
    case "str":
      return { value: c.v ?? "" };
    case "inlineStr":
      return { value: c.is ?? c.v ?? "" };
    case "b": {
      const v = (c.v ?? "").trim();
      if (v === "1" || v === "true") return { value: true };
      if (v === "0" || v === "false") return { value: false };
      throw bad("nilai logika");
    }
    case "e":
      return { value: { error: (c.v ?? "").trim() || "#N/A" } };
    case "d": {
      const serial = dateSerial((c.v ?? "").trim(), ctx.date1904);
      if (serial === null) throw bad("tanggal");
      return { value: serial, note: "date" };
    }
    case "n":
    case "": {
      if (c.v === null || c.v.trim() === "") return { value: null };
      if (!NUMBER.test(c.v)) throw bad("angka");
      const n = Number(c.v);
      if (!Number.isFinite(n)) throw bad("angka");
      const kind = formats.get(c.s) ?? "other";
      // §9: reported, not converted; the model converts the percent-point columns only.
      if (kind === "percent") return { value: n, note: "percent" };
      if (kind === "date") return { value: n, note: "date" };
      return { value: n };
    }
    default:
      throw rusak(ctx.label, `sel ${lokasi} berjenis "${short(c.t)}" yang tidak dikenal`);
  }
}

function buildRange(
  ctx: CellContext,
  w: Wanted,
  sheet: SheetCells,
  strings: Map<number, string>,
  formats: Map<number, FormatKind>,
  problems: Finding[]
): RawRange {
  const t = w.rect;
  // Whole-column names ($A:$N) reach row 1 048 576: stop at the sheet's last used row and column.
  const bottom = Math.max(t.top, Math.min(t.bottom - w.footerRows, sheet.maxRow));
  const right = Math.max(t.left, Math.min(t.right, Math.max(sheet.maxCol, t.left)));
  const area = (bottom - t.top + 1) * (right - t.left + 1);
  if (area > ctx.limits.cells)
    throw terlaluBesar(
      ctx.label,
      `: ${w.source} mencakup ${angka(area)} sel (batasnya ${angka(ctx.limits.cells)})`.slice(2)
    );
  // A merged range holds one value, at its top-left cell (§12): the cells it covers read blank.
  const merges: Merge[] = [];
  const covered = new Set<number>();
  const width = right - t.left + 1;
  for (const m of sheet.merges) {
    const top = Math.max(m.top, t.top);
    const left = Math.max(m.left, t.left);
    const mBottom = Math.min(m.bottom, bottom);
    const mRight = Math.min(m.right, right);
    if (top > mBottom || left > mRight) continue;
    if (top === m.top && left === m.left && (mBottom > top || mRight > left))
      merges.push({
        row: top - t.top,
        col: left - t.left,
        rows: mBottom - top + 1,
        cols: mRight - left + 1,
      });
    for (let r = top; r <= mBottom; r++)
      for (let c = left; c <= mRight; c++)
        if (r !== m.top || c !== m.left) covered.add((r - t.top) * width + (c - t.left));
  }
  const values: RawCell[][] = [];
  const percent: boolean[][] = [];
  let anyPercent = false;
  const cellProblems: Finding[] = [];
  for (let r = t.top; r <= bottom; r++) {
    const row: RawCell[] = [];
    const pct: boolean[] = [];
    const stored = sheet.cells.get(r);
    for (let col = t.left; col <= right; col++) {
      const c = stored?.get(col);
      pct.push(false);
      if (!c || covered.has((r - t.top) * width + (col - t.left))) {
        row.push(null);
        continue;
      }
      const lokasi = address(w.sheet, r, col);
      const read = cellValue(ctx, c, lokasi, strings, formats);
      row.push(read.value);
      if (read.note === "percent") {
        pct[pct.length - 1] = true;
        anyPercent = true;
      }
      const where = { sumber: w.source, sel: { sheet: w.sheet, row: r - 1, col: col - 1 } };
      if (read.note === "no-result")
        cellProblems.push(temuan("RUMUS_TANPA_HASIL", { rumus: c.f ?? "" }, where));
      else if (read.note === "date")
        cellProblems.push(temuan("SEL_TANGGAL", { serial: Number(read.value) }, where));
    }
    values.push(row);
    percent.push(pct);
  }
  // Trailing blank rows of a generous range are not data; the header row always stays.
  while (
    values.length > 1 &&
    values[values.length - 1].every((v) => v === null || (typeof v === "string" && v.trim() === ""))
  )
    values.pop();
  const lastRow = t.top + values.length - 1;
  // sel rows are 0-based, lastRow 1-based.
  problems.push(...cellProblems.filter((p) => p.sel !== undefined && p.sel.row + 1 <= lastRow));
  const range: RawRange = {
    source: w.source,
    kind: w.kind,
    sheet: w.sheet,
    row: t.top - 1,
    col: t.left - 1,
    values,
  };
  if (anyPercent) range.percent = percent.slice(0, values.length);
  const kept = merges.filter((m) => m.row < values.length);
  if (kept.length > 0)
    range.merges = kept.map((m) => ({ ...m, rows: Math.min(m.rows, values.length - m.row) }));
  return range;
}
