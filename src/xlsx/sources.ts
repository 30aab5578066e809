/**
 * Which LKIP_ sources a package holds: the tables named LKIP_… (found through each worksheet's
 * relationships) and the LKIP_ defined names are the candidates; the first usable one of each
 * source is read, every other is reported (SUMBER_BUKAN_RENTANG, SUMBER_GANDA).
 */
import {
  parseA1Range as parseA1,
  temuan,
  type BukanRentang,
  type CellRef,
  type RawWorkbook,
  type SourceName,
  type Wadah,
} from "../report";
import { classifyNameText, type CellRect, type DefinedNameRaw, type NameTarget } from "./names";
import { isType, parsePart, relsOf, short, type SheetInfo } from "./package";
import type { ZipPackage } from "./zip";

export interface TableInfo {
  name: string;
  sheet: string;
  ref: string;
  headerRowCount: number;
  totalsRowCount: number;
}

/** Tables named LKIP_…, found through each worksheet's relationships. */
export function lkipTables(zip: ZipPackage, sheets: SheetInfo[]): TableInfo[] {
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

export interface Wanted {
  source: SourceName;
  kind: "name" | "table";
  rect: CellRect;
  footerRows: number;
  sheet: string;
  part: string;
}

/** "A1:N4" as 1-based corners (CellRect counts from 1). */
export function parseA1Range(ref: string): Omit<CellRect, "sheet"> | null {
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

export function findSource(
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
