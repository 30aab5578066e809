/**
 * Which name or table is each source (WORKBOOK.md: "a named range, workbook- or sheet-scoped, or an
 * Excel table of that name"), decided once for both hosts: the Excel reader (src/excel/read.ts) and
 * the .xlsx reader (src/xlsx/sources.ts) only list what they found and call `resolveSources`.
 *
 * The rule: every candidate of a source is looked at, in the order workbook-scoped names, tables,
 * sheet-scoped names (by sheet order). The first usable one (cells on an existing sheet) is the
 * source. Every unusable one is reported (SUMBER_BUKAN_RENTANG: an error when nothing is usable, a
 * warning naming what is used instead otherwise); more than one usable is SUMBER_GANDA.
 */
import {
  SOURCE_NAMES,
  temuan,
  type BukanRentang,
  type CellRef,
  type Finding,
  type RawRange,
  type SourceName,
  type Wadah,
} from "../contract";
import { compareBlocks, type BlockScore } from "./unnamed";

/** What a candidate points at, as far as its host can tell. */
export type CandidateTarget =
  /** Cells; `ref` once the host knows where (Excel locates a lower-ranked name only when needed). */
  | { kind: "range"; ref?: CellRef }
  /** A table whose header row is switched off: its column names are not on the sheet. */
  | { kind: "no-header"; ref?: CellRef }
  /** Cells on a sheet the workbook does not have (or a chart sheet). */
  | { kind: "missing-sheet"; sheet: string }
  /** A name whose text is not one rectangle of cells: `text` is what is written. */
  | { kind: "constant" | "formula" | "union" | "external" | "ref-error"; text: string };

export interface SourceCandidate {
  source: SourceName;
  /** The name (with its scope) or table, as the user would recognise it. */
  holder: Wadah;
  target: CandidateTarget;
  /** The name's text as written, for the finding's "written" value. */
  text?: string;
  /** A block found without a name (holder `blok`): how well it fits, and its columns. */
  found?: { skor: BlockScore; kolom: string[] };
}

export interface SourceResolution<C extends SourceCandidate> {
  /** The candidate read for each source that has a usable one. */
  chosen: Partial<Record<SourceName, C>>;
  /** Per source in contract order: the unusable candidates, then a duplicate. */
  findings: Finding[];
}

/**
 * The order candidates are tried in. A block the person chose (`lkip --sumber`) comes first; a
 * block found without a name last (only when no name or table is usable).
 */
function rank(holder: Wadah): number {
  if (holder.jenis === "blok") return holder.dipilih ? -1 : 3;
  if (holder.jenis === "tabel") return 1;
  return holder.lembar === undefined ? 0 : 2;
}

const lembarOf = (w: Wadah) => (w.jenis === "blok" ? w.ref.sheet : w.lembar);
const foundBlock = (c: SourceCandidate) => c.holder.jenis === "blok" && !c.holder.dipilih;

/** Why a candidate cannot be read, or null when it can. */
function whyNotUsable(target: CandidateTarget): BukanRentang | null {
  switch (target.kind) {
    case "range":
      return null;
    case "no-header":
      return { jenis: "tanpaJudul" };
    case "missing-sheet":
      return { jenis: "lembarTidakAda", lembar: target.sheet };
    case "constant":
      return { jenis: "konstanta", teks: short(target.text) };
    case "formula":
      return { jenis: "rumus", teks: short(target.text) };
    case "union":
      return { jenis: "gabungan", teks: short(target.text) };
    case "external":
      return { jenis: "eksternal", teks: short(target.text) };
    case "ref-error":
      return { jenis: "refHilang", teks: short(target.text || "#REF!") };
  }
}

/** A stored text cut for a message. */
function short(s: string): string {
  return s.length > 120 ? `${s.slice(0, 120)}…` : s;
}

/**
 * Decides every source from the candidates a host found. `sheets` is the workbook's sheet order
 * (sheet-scoped names and tables are tried in it). Pure; the hosts' order of listing is irrelevant.
 */
export function resolveSources<C extends SourceCandidate>(
  candidates: readonly C[],
  sheets: readonly string[]
): SourceResolution<C> {
  const sheetIndex = (w: Wadah) => {
    const lembar = lembarOf(w);
    const i = lembar === undefined ? -1 : sheets.indexOf(lembar);
    return i < 0 && lembar !== undefined ? sheets.length : i;
  };
  const out: SourceResolution<C> = { chosen: {}, findings: [] };
  for (const source of SOURCE_NAMES) {
    const mine = candidates
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.source === source)
      .sort(
        (a, b) =>
          rank(a.c.holder) - rank(b.c.holder) ||
          sheetIndex(a.c.holder) - sheetIndex(b.c.holder) ||
          a.i - b.i
      )
      .map(({ c }) => c);
    let usable = mine.filter((c) => whyNotUsable(c.target) === null);
    // Blocks found without a name count only when nothing else is usable; then the best one is
    // read, and equally good ones are left to the person (SUMBER_CALON), never guessed.
    const named = usable.filter((c) => !foundBlock(c));
    let tied: C[] = [];
    if (named.length > 0) usable = named;
    else if (usable.length > 0) {
      const score = (c: C) => c.found?.skor ?? { wajib: 0, row: 0 };
      const best = [...usable].sort((a, b) => compareBlocks(score(a), score(b)));
      tied = best.filter((c) => compareBlocks(score(c), score(best[0])) === 0);
      usable = tied.length > 1 ? [] : [best[0]];
    }
    const chosen = usable[0];
    for (const c of mine) {
      const reason = whyNotUsable(c.target);
      if (reason === null) continue;
      const ref = c.target.kind === "no-header" ? c.target.ref : undefined;
      out.findings.push(
        temuan(
          "SUMBER_BUKAN_RENTANG",
          {
            wadah: c.holder,
            sumber: source,
            reason,
            ...(chosen ? { dipakai: chosen.holder } : {}),
          },
          {
            sumber: source,
            cell: ref,
            tertulis: c.text === undefined ? undefined : short(c.text),
          }
        )
      );
    }
    if (tied.length > 1) {
      const calon = tied.flatMap((c) => (c.holder.jenis === "blok" ? [c.holder.ref] : []));
      out.findings.push(temuan("SUMBER_CALON", { sumber: source, calon }, { sumber: source }));
    }
    if (!chosen) continue;
    out.chosen[source] = chosen;
    if (chosen.holder.jenis === "blok") {
      const { ref, dipilih } = chosen.holder;
      out.findings.push(
        temuan(
          "SUMBER_DITEMUKAN",
          {
            sumber: source,
            blok: ref,
            kolom: chosen.found?.kolom ?? [],
            ...(dipilih ? { dipilih: true } : {}),
          },
          { sumber: source, cell: ref }
        )
      );
    }
    // The person's own choice (lkip --sumber) is no duplicate of the name it overrides.
    if (usable.length > 1 && chosen.holder.jenis !== "blok") {
      const ref = chosen.target.kind === "range" ? chosen.target.ref : undefined;
      out.findings.push(
        temuan(
          "SUMBER_GANDA",
          { sumber: source, ditemukan: usable.map((c) => c.holder), dipakai: chosen.holder },
          { sumber: source, cell: ref }
        )
      );
    }
  }
  return out;
}

/**
 * A duplicate points at the cells actually read (known only after reading: a whole-column name is
 * clipped to the used rows), so the user can go and see them.
 */
export function pointDuplicatesAtRead(
  findings: readonly Finding[],
  ranges: Partial<Record<SourceName, RawRange>>
): void {
  for (const f of findings) {
    if (f.kode !== "SUMBER_GANDA" || f.sumber === undefined) continue;
    const r = ranges[f.sumber];
    if (r)
      f.cell = {
        sheet: r.sheet,
        row: r.row,
        col: r.col,
        rows: Math.max(1, r.values.length),
        cols: Math.max(1, r.values[0]?.length ?? 1),
      };
  }
}
