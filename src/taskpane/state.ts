/**
 * The pane's whole state and the one reducer that changes it. Components read the state and
 * dispatch actions; async work goes through `runAction` (useAction.ts), which owns busy/error.
 * No Office.js, no React here: tested as plain functions.
 */
import { isTahun, type RawWorkbook, type Settings } from "../report";
import type { BuildOutcome, SelectionPreview, Step } from "./session";

export type Tab = "data" | "periksa";

export type BusyKind =
  | "read"
  | "build"
  | "sample"
  | "template"
  | "catatan"
  | "selection"
  | "adopt"
  | "extend"
  | "settings"
  | "kolom";

export interface Busy {
  kind: BusyKind;
  /** For "build": the step under way (1-based in the UI). */
  step?: Step;
}

/** Questions asked before anything is written over something that exists. */
export type Confirm =
  | { kind: "replaceTabel"; sheet: string }
  | { kind: "replaceCatatan"; sheet: string }
  | { kind: "replaceSample"; sheets: string[] }
  | { kind: "saveSettings"; values: { label: string; value: string }[]; newSheet: string | null }
  | { kind: "adopt"; preview: SelectionPreview };

export interface PaneState {
  /** What was last read from Excel (null until the first read). */
  raw: RawWorkbook | null;
  /** Settings changed in the pane, over LKIP_INFO's. */
  overrides: Partial<Settings>;
  /** The Tahun field as typed (it may be empty or half a year while typing); null = the model's. */
  tahunText: string | null;
  /** Table ids chosen for "Buat Tabel". */
  tables: number[];
  tab: Tab;
  busy: Busy | null;
  error: string | null;
  notice: string | null;
  outcome: BuildOutcome | null;
  confirm: Confirm | null;
  /** Bumped when a build finishes, so the summary scrolls into view once. */
  outcomeSeq: number;
  /**
   * The header picked for each missing required column ("LKIP_IKU|Indikator" → "INDIKATOR
   * TUJUAN"), not yet saved: only the click on "Pakai kolom ini" writes it.
   */
  kolomPick: Record<string, string>;
}

export type Action =
  | { type: "read"; raw: RawWorkbook }
  | { type: "override"; patch: Partial<Settings> }
  | { type: "tahunText"; text: string }
  | { type: "toggleTable"; id: number; on: boolean }
  | { type: "tab"; tab: Tab }
  | { type: "start"; busy: Busy }
  | { type: "step"; step: Step }
  | { type: "finish" }
  | { type: "failed"; message: string }
  | { type: "notice"; message: string }
  | { type: "built"; outcome: BuildOutcome }
  | { type: "ask"; confirm: Confirm }
  | { type: "dismiss"; what: "confirm" | "error" | "notice" }
  | { type: "settingsSaved"; message: string }
  | { type: "pickKolom"; key: string; judul: string };

export function initialState(tableIds: number[]): PaneState {
  return {
    raw: null,
    overrides: {},
    tahunText: null,
    tables: [...tableIds],
    tab: "data",
    busy: null,
    error: null,
    notice: null,
    outcome: null,
    confirm: null,
    outcomeSeq: 0,
    kolomPick: {},
  };
}

/** A year the pane accepts from the Tahun field (LKIP_INFO's own rule is the same range). */
export function parseTahunText(text: string): number | null {
  const t = text.trim();
  if (!/^\d{4}$/.test(t)) return null;
  const n = Number(t);
  return isTahun(n) ? n : null;
}

export function reducer(s: PaneState, a: Action): PaneState {
  switch (a.type) {
    case "read":
      return { ...s, raw: a.raw };
    case "override": {
      // undefined = no choice of the pane's: the key goes, so nothing is left to save.
      const merged: Record<string, unknown> = { ...s.overrides, ...a.patch };
      for (const k of Object.keys(merged)) if (merged[k] === undefined) delete merged[k];
      return { ...s, overrides: merged as Partial<Settings> };
    }
    case "tahunText": {
      // The field keeps what is typed; the settings follow only a whole year.
      const tahun = parseTahunText(a.text);
      const overrides = tahun === null ? s.overrides : { ...s.overrides, tahun };
      return { ...s, tahunText: a.text, overrides };
    }
    case "toggleTable": {
      const rest = s.tables.filter((id) => id !== a.id);
      return { ...s, tables: a.on ? [...rest, a.id].sort((x, y) => x - y) : rest };
    }
    case "tab":
      return { ...s, tab: a.tab };
    case "start":
      // A new action starts clean: the last error, notice and question are over.
      return {
        ...s,
        busy: a.busy,
        error: null,
        notice: null,
        confirm: null,
        outcome: a.busy.kind === "build" ? null : s.outcome,
      };
    case "step":
      return s.busy ? { ...s, busy: { ...s.busy, step: a.step } } : s;
    case "finish":
      return { ...s, busy: null };
    case "failed":
      return { ...s, error: a.message };
    case "notice":
      return { ...s, notice: a.message };
    case "built":
      return { ...s, outcome: a.outcome, outcomeSeq: s.outcomeSeq + 1 };
    case "ask":
      return { ...s, confirm: a.confirm };
    case "dismiss":
      return { ...s, [a.what]: null };
    case "settingsSaved":
      return { ...s, overrides: {}, tahunText: null, notice: a.message };
    case "pickKolom":
      return { ...s, kolomPick: { ...s.kolomPick, [a.key]: a.judul } };
  }
}
