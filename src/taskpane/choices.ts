/**
 * The pane's answers to the reader's questions (issue 21), without React: which header is a
 * missing required column (saved as a `Kolom …` row of LKIP_INFO) and which of several equally
 * good unnamed blocks is a source (the block is selected and offered as "Gunakan pilihan ini"
 * offers a selection: the same preview, then an Excel table of the source's name). Each writes
 * only on the user's click, after the pane said what will change; Office.js stays in src/excel.
 */
import { explainError, writeSettings, type SettingsWriteResult } from "../excel";
import {
  kolomKey,
  rangeAddress,
  refAddress,
  type CellRef,
  type KolomCalon,
  type LkipModel,
  type RawCell,
  type RawRange,
  type RawWorkbook,
  type SourceName,
} from "../report";
import type { Env } from "./session";

/** The sheet a new LKIP_INFO goes to (the same as "Simpan ke LKIP_INFO" makes). */
export const NEW_INFO_SHEET = "LKIP Info";

/** What saving `Kolom {kolom}` = header would change, said before the click. */
export type KolomPlan =
  /** LKIP_INFO has a `Kolom {kolom}` row already: its value cell is rewritten. */
  | { kind: "cell"; address: string; was: string }
  /** A new row under LKIP_INFO (a table grows by it; a fixed name is extended over it). */
  | { kind: "append"; address: string }
  /** The row under the fixed name LKIP_INFO holds something: nothing is written. */
  | { kind: "rowTaken"; address: string }
  /** No LKIP_INFO: a small settings table is made on a new sheet. */
  | { kind: "new"; sheet: string };

const blank = (c: RawCell | undefined) => c === null || c === undefined || c === "";
const text = (c: RawCell | undefined) =>
  c === null || c === undefined || typeof c === "object" ? "" : String(c);

/** Where the choice for `kolom` would be written in this workbook (pure). */
export function kolomPlan(raw: RawWorkbook, kolom: string): KolomPlan {
  const info = raw.ranges.LKIP_INFO;
  if (!info) return { kind: "new", sheet: NEW_INFO_SHEET };
  const cols = infoCols(info);
  const at = info.values.findIndex((r) => kolomKey(text(r[0])) === kolom);
  if (at >= 0)
    return {
      kind: "cell",
      address: rangeAddress(info.sheet, info.row + at, info.col + 1, 1, 1),
      was: text(info.values[at]?.[1]),
    };
  const below = rangeAddress(info.sheet, info.row + info.values.length, info.col, 1, cols);
  const under = info.outside?.below[0] ?? [];
  if (info.kind === "name" && under.slice(0, cols).some((c) => !blank(c)))
    return { kind: "rowTaken", address: below };
  return { kind: "append", address: below };
}

function infoCols(info: RawRange): number {
  return Math.max(2, info.values[0]?.length ?? 2);
}

/** The `Kolom …` key as LKIP_INFO holds it ("Kolom Indikator"). */
export const kolomLabel = (kolom: string) => `Kolom ${kolom}`;

/**
 * Saves `Kolom {kolom}` = `judul` into LKIP_INFO (the user clicked "Pakai kolom ini"). The Excel
 * side checks the row under a fixed name again at the time of writing: the workbook may have
 * changed since it was read.
 */
export async function saveKolom(
  env: Env,
  raw: RawWorkbook,
  kolom: string,
  judul: string
): Promise<SettingsWriteResult> {
  const plan = kolomPlan(raw, kolom);
  const info = raw.ranges.LKIP_INFO;
  try {
    if (plan.kind === "rowTaken") return { status: "rowsTaken", address: plan.address };
    if (!info || plan.kind === "new")
      return await writeSettings({ cells: [], append: [[kolomLabel(kolom), judul]] }, null, {
        run: env.run,
        newSheet: NEW_INFO_SHEET,
      });
    const place = {
      sheet: info.sheet,
      row: info.row,
      col: info.col,
      rows: info.values.length,
      cols: infoCols(info),
      kind: info.kind,
    };
    if (plan.kind === "cell")
      return await writeSettings(
        { cells: [{ address: plan.address, value: judul }], append: [] },
        place,
        { run: env.run }
      );
    return await writeSettings({ cells: [], append: [[kolomLabel(kolom), judul]] }, place, {
      run: env.run,
    });
  } catch (e) {
    throw new Error(explainError(e, env.host.language), { cause: e });
  }
}

/** A required column's choice as the pane offers it: one per (source, column). */
export interface KolomQuestion extends KolomCalon {
  key: string;
}

/** The questions of the model: each missing required column that has candidate headers. */
export function kolomQuestions(model: LkipModel): KolomQuestion[] {
  const seen = new Set<string>();
  const out: KolomQuestion[] = [];
  for (const c of model.kolomCalon) {
    const key = `${c.sumber}|${c.kolom}`;
    if (c.calon.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push({ ...c, key });
  }
  return out;
}

/** Several unnamed blocks read equally well as a source (SUMBER_CALON): the person chooses. */
export interface SumberQuestion {
  sumber: SourceName;
  calon: { ref: CellRef; address: string }[];
}

export function sumberQuestions(model: LkipModel): SumberQuestion[] {
  return model.findings.flatMap((f) =>
    f.kode === "SUMBER_CALON"
      ? [
          {
            sumber: f.param.sumber,
            calon: f.param.calon.map((ref) => ({ ref, address: refAddress(ref) })),
          },
        ]
      : []
  );
}
