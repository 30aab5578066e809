/**
 * What the pane does, without React: read the workbook, model it, build and write the tables,
 * insert the sample or the template, turn a selection into a source, extend a name, save the
 * settings. The numbers and header matching all come from src/report; Office.js stays in src/excel.
 */
import {
  explainError,
  extendName,
  makeSourceTable,
  readOutside,
  readSelection,
  readWorkbook,
  selectAddress,
  writeSettings,
  type ExcelRun,
  type HostInfo,
  type SelectionRead,
  type SettingsWriteResult,
  type WriteResult,
} from "../excel";
import {
  SOURCE_NAMES,
  periksa,
  readModel,
  recognizeColumns,
  type ColumnRecognition,
  type Finding,
  type Lang,
  type LeftOut,
  type LkipModel,
  type RawWorkbook,
  type Settings,
  type SourceName,
  type TemplateKind,
} from "../report";

export interface Inspection {
  raw: RawWorkbook;
  model: LkipModel;
  /** The checker's findings (reading problems included), galat first. */
  findings: Finding[];
}

export interface BuildOutcome {
  write: WriteResult;
  tables: { id: number; title: string }[];
  leftOut: LeftOut[];
  rowsLeftOut: LkipModel["leftOut"];
}

export const STEPS = ["membaca", "memeriksa", "menghitung", "menulis"] as const;
export type Step = (typeof STEPS)[number];

export interface Env {
  host: HostInfo;
  run?: ExcelRun;
  /** Subscribes to the pane being shown again (shared runtime); returns the unsubscribe. */
  onShown?: (cb: () => void) => () => void;
}

/**
 * Every Excel call of the pane goes through here: a failure reaches the UI as a sentence in the
 * UI language (src/excel/errors.ts), never as Excel's raw English message.
 */
async function explained<T>(env: Env, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw new Error(explainError(e, env.host.language), { cause: e });
  }
}

/**
 * Building tables and inserting sheets load on first use, in their own chunk: the pane's first
 * paint (sources, settings, findings) needs none of that code (README, "Kinerja").
 */
const writing = () => import(/* webpackChunkName: "later-writing" */ "./writing");

/** Bab III of the model as HTML and text for "Salin ke Word" (built in the writing chunk). */
export async function bab3Clipboard(
  model: LkipModel,
  lang: Lang
): Promise<{ html: string; text: string }> {
  return (await writing()).bab3ClipboardNow(model, lang);
}

/** Pure: the model and findings for the current settings (no round trip to Excel). */
export function analyse(raw: RawWorkbook, overrides: Partial<Settings>): Inspection {
  const model = readModel(raw, overrides);
  return { raw, model, findings: periksa(model) };
}

/** Reads the sources, and for fixed names the cells just outside them (rows typed later). */
async function readAll(env: Env) {
  const read = await readWorkbook({ run: env.run, supports: env.host.supports });
  const outside = await readOutside(read.raw.ranges, { run: env.run });
  for (const src of SOURCE_NAMES) {
    const r = read.raw.ranges[src];
    const near = outside[src];
    if (r && near) read.raw.ranges[src] = { ...r, outside: near };
  }
  return read;
}

export function inspect(env: Env, overrides: Partial<Settings> = {}): Promise<Inspection> {
  return explained(env, () => inspectNow(env, overrides));
}

async function inspectNow(env: Env, overrides: Partial<Settings> = {}): Promise<Inspection> {
  const read = await readAll(env);
  // The pane is on screen with its data: fetch the writing code now, so that "Buat Tabel" starts
  // at once (its steps shown as before) instead of waiting for a download. A failure here is
  // retried by the click itself.
  writing().catch(() => undefined);
  return analyse(read.raw, overrides);
}

/**
 * Reads afresh (the user may have edited since the pane opened), builds the chosen tables and
 * writes them.
 */
export function build(
  env: Env,
  overrides: Partial<Settings>,
  tables: number[],
  replace: boolean,
  onStep: (step: Step) => void
): Promise<BuildOutcome> {
  return explained(env, async () =>
    (await writing()).buildNow(env, overrides, tables, replace, onStep)
  );
}

/**
 * The findings as a "Catatan Pemeriksaan" sheet in the pane's language (replaced, like the
 * tables, only when confirmed).
 */
export function writeCatatan(
  env: Env,
  findings: Finding[],
  replace: boolean
): Promise<WriteResult> {
  return explained(env, async () => (await writing()).writeCatatanNow(env, findings, replace));
}

export type SampleResult =
  { status: "written"; sheets: string } | { status: "ask"; sheets: string[] };

/**
 * "Coba dengan contoh". The sample's own sheets from an earlier insert are replaced only when
 * `replace` (the user said yes): without it the pane is asked first, so a second insert never
 * leaves "(2)" sheets beside names that still point at the first set.
 */
export function insertSample(env: Env, replace = false): Promise<SampleResult> {
  return explained(env, async () => (await writing()).insertSampleNow(env, replace));
}

/**
 * "Sisipkan templat kosong": empty, correctly headed tables for the sources of `kind` (the annual
 * report or the quarterly form) still missing. Returns the sheets written; "" when none was missing.
 */
export function insertTemplate(env: Env, model: LkipModel, kind: TemplateKind): Promise<string> {
  return explained(env, async () => (await writing()).insertTemplateNow(env, model, kind));
}

export interface SelectionPreview {
  source: SourceName;
  selection: Omit<SelectionRead, "head">;
  recognition: ColumnRecognition;
}

/** Reads the selected block and says what it would be as `source`, before anything is written. */
export function previewSelection(
  env: Env,
  source: SourceName,
  tahun: number
): Promise<SelectionPreview> {
  return explained(env, () => previewSelectionNow(env, source, tahun));
}

async function previewSelectionNow(
  env: Env,
  source: SourceName,
  tahun: number
): Promise<SelectionPreview> {
  const cell = await readSelection({ run: env.run });
  const { head, ...selection } = cell;
  return { source, selection, recognition: recognizeColumns(source, head, tahun) };
}

/**
 * Turns the previewed block into the Excel table `source`. A header of two or three rows is
 * joined into its lowest row (an Excel table has one header row), the table then starting there.
 */
export function adoptSelection(env: Env, p: SelectionPreview): Promise<string> {
  return explained(env, () => adoptSelectionNow(env, p));
}

async function adoptSelectionNow(env: Env, p: SelectionPreview): Promise<string> {
  const s = p.selection;
  const drop = p.recognition.headerRows - 1;
  const block = { ...s, row: s.row + drop, rows: s.rows - drop };
  return makeSourceTable(block, p.source, {
    run: env.run,
    header: drop > 0 ? p.recognition.headers : undefined,
  });
}

export function extendRange(env: Env, source: SourceName, address: string): Promise<void> {
  return explained(env, () => extendName(source, address, { run: env.run }));
}

const SETTING_LABEL: Record<keyof Settings, string> = {
  instansi: "Instansi",
  tahun: "Tahun",
  pembulatan: "Pembulatan",
  skala: "Skala",
  batasiCapaian: "Batasi Capaian Efisiensi",
  triwulan: "Triwulan",
};

/** The changed settings as LKIP_INFO rows (key, value as LKIP_INFO reads it back). */
export function settingsRows(overrides: Partial<Settings>): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  for (const key of Object.keys(SETTING_LABEL) as (keyof Settings)[]) {
    const v = overrides[key];
    if (v === undefined) continue;
    const value =
      key === "skala"
        ? (v as Settings["skala"]).id
        : key === "batasiCapaian"
          ? v
            ? "Ya"
            : "Tidak"
          : String(v ?? "");
    out.push({ label: SETTING_LABEL[key], value });
  }
  return out;
}

/**
 * The rows of a new LKIP_INFO: every setting, so that it reads the same tomorrow; but never a year
 * nobody gave (issue 21): without one, the Tahun row waits for the person.
 */
export function newInfoRows(
  model: LkipModel,
  overrides: Partial<Settings>
): { label: string; value: string }[] {
  return settingsRows({ ...model.settings, ...overrides }).filter(
    (r) =>
      (r.label !== "Tahun" ||
        model.tahunAsal?.jenis !== "tidakAda" ||
        overrides.tahun !== undefined) &&
      (r.label !== "Triwulan" || r.value !== "")
  );
}

/**
 * "Simpan ke LKIP_INFO" (after the user confirmed): the changed values go to their value cells;
 * keys LKIP_INFO lacks are appended; without LKIP_INFO a small settings table is made.
 */
export function saveSettings(
  env: Env,
  model: LkipModel,
  raw: RawWorkbook,
  overrides: Partial<Settings>
): Promise<SettingsWriteResult> {
  return explained(env, () => saveSettingsNow(env, model, raw, overrides));
}

async function saveSettingsNow(
  env: Env,
  model: LkipModel,
  raw: RawWorkbook,
  overrides: Partial<Settings>
): Promise<SettingsWriteResult> {
  const rows = settingsRows(overrides);
  const info = raw.ranges.LKIP_INFO;
  const cells: { address: string; value: string | number }[] = [];
  const append: (string | number)[][] = [];
  for (const key of Object.keys(SETTING_LABEL) as (keyof Settings)[]) {
    const row = rows.find((r) => r.label === SETTING_LABEL[key]);
    if (!row) continue;
    // A blank value (Triwulan back to "the last quarter with a value") empties its cell.
    const value =
      (key === "tahun" || key === "triwulan") && row.value !== "" ? Number(row.value) : row.value;
    const at = model.settingsAddress[key] ?? infoCell(raw, key);
    if (info && at) cells.push({ address: at, value });
    else if (value !== "") append.push([row.label, value]);
  }
  if (!info) {
    const all = newInfoRows(model, overrides);
    return writeSettings(
      {
        cells: [],
        append: all.map((r) => [r.label, r.label === "Tahun" ? Number(r.value) : r.value]),
      },
      null,
      { run: env.run }
    );
  }
  return writeSettings(
    { cells, append },
    {
      sheet: info.sheet,
      row: info.row,
      col: info.col,
      rows: info.values.length,
      cols: Math.max(2, info.values[0]?.length ?? 2),
      kind: info.kind,
    },
    { run: env.run }
  );
}

/**
 * The value cell of a key in LKIP_INFO even when the pane overrode it (settingsLokasi forgets an
 * overridden key): the model, read again without overrides, knows where it is.
 */
function infoCell(raw: RawWorkbook, key: keyof Settings): string | undefined {
  return readModel(raw).settingsAddress[key];
}

export function goTo(env: Env, address: string): Promise<boolean> {
  return explained(env, () => selectAddress(address, { run: env.run }));
}
