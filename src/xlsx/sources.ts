/**
 * The candidates for each LKIP_ source in a package: the LKIP_ defined names (with their scope and
 * what their text means) and the tables named LKIP_… (found through each worksheet's
 * relationships). Which one is read, and why the others are not, is decided by the report layer
 * (`resolveSources`, src/report/model/sources.ts), the same rule as in Excel.
 */
import {
  SOURCE_NAMES,
  parseA1Range as parseA1,
  resolveSources,
  type CandidateTarget,
  type CellRef,
  type Finding,
  type FoundBlock,
  type PilihanSumber,
  type SourceCandidate,
  type SourceName,
} from "../report";
import { classifyNameText, type CellRect, type DefinedNameRaw } from "./names";
import { isType, parsePart, relsOf, type SheetInfo } from "./package";
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

// ------------------------------------------------------------------ the candidates

interface Candidate extends SourceCandidate {
  kind: "name" | "table";
  /** Where its cells are (1-based), when it points at cells. */
  rect?: CellRect;
  /** Rows at the bottom that are not data (a table's totals row). */
  footerRows: number;
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

function sheetOf(sheets: SheetInfo[], name: string): SheetInfo | undefined {
  return (
    sheets.find((s) => s.name === name) ??
    sheets.find((s) => s.name.toLowerCase() === name.toLowerCase())
  );
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

function asSource(name: string): SourceName | undefined {
  // Defined names and table names are case-insensitive in Excel.
  return SOURCE_NAMES.find((s) => s === name.toUpperCase());
}

/** Cells on a sheet that holds cells, or why not. */
function cellsTarget(sheets: SheetInfo[], rect: CellRect): CandidateTarget {
  const s = sheetOf(sheets, rect.sheet);
  // A chart sheet holds no cells: for a source it is as absent as a missing sheet.
  if (!s || !s.part) return { kind: "missing-sheet", sheet: rect.sheet };
  return { kind: "range", ref: rectRef(rect) };
}

/** A 0-based CellRef as the 1-based rectangle of names.ts. */
function refRect(r: CellRef): CellRect {
  return {
    sheet: r.sheet,
    top: r.row + 1,
    left: r.col + 1,
    bottom: r.row + (r.rows ?? 1),
    right: r.col + (r.cols ?? 1),
  };
}

/** Blocks found without names and blocks the person chose (holder `blok`). */
function blockCandidates(
  sheets: SheetInfo[],
  blocks: readonly FoundBlock[],
  chosen: readonly PilihanSumber[]
): Candidate[] {
  const one = (source: SourceName, ref: CellRef, dipilih: boolean): Candidate => {
    const rect = refRect(ref);
    return {
      source,
      kind: "name",
      holder: { jenis: "blok", sumber: source, ref, ...(dipilih ? { dipilih } : {}) },
      target: cellsTarget(sheets, rect),
      rect,
      footerRows: 0,
    };
  };
  return [
    ...chosen.map((p) => one(p.source, p.ref, true)),
    ...blocks.map((b) => ({
      ...one(b.source, b.ref, false),
      found: { skor: b.skor, kolom: b.kolom },
    })),
  ];
}

function candidates(
  sheets: SheetInfo[],
  sheetNames: string[],
  names: DefinedNameRaw[],
  tables: TableInfo[]
): Candidate[] {
  const out: Candidate[] = [];
  for (const n of names) {
    const source = asSource(n.name);
    if (!source) continue;
    const t = classifyNameText(n.text);
    const scope =
      n.localSheetId === undefined
        ? {}
        : { lembar: sheetNames[n.localSheetId] ?? `#${n.localSheetId}` };
    out.push({
      source,
      kind: "name",
      holder: { jenis: "nama", sumber: source, ...scope },
      target: t.kind === "range" ? cellsTarget(sheets, t) : { kind: t.kind, text: n.text },
      rect: t.kind === "range" ? t : undefined,
      footerRows: 0,
      text: n.text,
    });
  }
  for (const t of tables) {
    const source = asSource(t.name);
    if (!source) continue;
    const r = parseA1Range(t.ref);
    const rect = r ? { sheet: t.sheet, ...r } : undefined;
    let target: CandidateTarget;
    if (t.headerRowCount === 0) target = { kind: "no-header", ref: rect && rectRef(rect) };
    else if (!rect) target = { kind: "ref-error", text: "" };
    else target = cellsTarget(sheets, rect);
    out.push({
      source,
      kind: "table",
      holder: { jenis: "tabel", nama: t.name, lembar: t.sheet },
      target,
      rect,
      footerRows: t.totalsRowCount > 0 ? t.totalsRowCount : 0,
    });
  }
  return out;
}

/** The sources to read, and the findings about every candidate that is not read. */
export function findSources(
  sheets: SheetInfo[],
  sheetNames: string[],
  names: DefinedNameRaw[],
  tables: TableInfo[],
  blocks: readonly FoundBlock[] = [],
  pilihan: readonly PilihanSumber[] = []
): { wanted: Wanted[]; findings: Finding[] } {
  const { chosen, findings } = resolveSources(
    [...candidates(sheets, sheetNames, names, tables), ...blockCandidates(sheets, blocks, pilihan)],
    sheetNames
  );
  const wanted: Wanted[] = [];
  for (const source of SOURCE_NAMES) {
    const c = chosen[source];
    if (!c?.rect) continue;
    const sheet = sheetOf(sheets, c.rect.sheet)!;
    wanted.push({
      source,
      kind: c.kind,
      rect: { ...c.rect, sheet: sheet.name },
      footerRows: c.footerRows,
      sheet: sheet.name,
      part: sheet.part!,
    });
  }
  return { wanted, findings };
}
