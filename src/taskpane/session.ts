/**
 * What the pane does, without React: read the workbook, model it, build and write the tables,
 * insert the sample. The numbers all come from src/report; Office.js stays in src/excel.
 */
import {
  explainError,
  readWorkbook,
  selectAddress,
  writeInputPlan,
  writeSheetPlan,
  type ExcelRun,
  type HostInfo,
  type WriteResult,
} from "../excel";
import {
  catatanPemeriksaan,
  layoutSheet,
  periksa,
  readModel,
  tabelSheet,
  sampleInput,
  type Finding,
  type LkipModel,
  type RawWorkbook,
  type Settings,
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
  leftOut: { id: number; title: string; reason: string }[];
  rowsLeftOut: LkipModel["leftOut"];
}

export type Step = "membaca" | "menghitung" | "menulis";

export interface Env {
  host: HostInfo;
  run?: ExcelRun;
  /** Subscribes to the pane being shown again (shared runtime); returns the unsubscribe. */
  onShown?: (cb: () => void) => () => void;
}

/** Pure: the model and findings for the current settings (no round trip to Excel). */
export function analyse(raw: RawWorkbook, overrides: Partial<Settings>): Inspection {
  const model = readModel(raw, overrides);
  return { raw, model, findings: periksa(model) };
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

export function inspect(env: Env, overrides: Partial<Settings> = {}): Promise<Inspection> {
  return explained(env, async () => {
    const read = await readWorkbook({ run: env.run, supports: env.host.supports });
    return analyse(read.raw, overrides);
  });
}

/**
 * Reads afresh (the user may have edited since the pane opened), builds the chosen tables and
 * writes them: two round trips to read, one to write, however many rows.
 */
export function build(
  env: Env,
  overrides: Partial<Settings>,
  tables: number[],
  replace: boolean,
  onStep: (step: Step) => void
): Promise<BuildOutcome> {
  return explained(env, () => buildNow(env, overrides, tables, replace, onStep));
}

async function buildNow(
  env: Env,
  overrides: Partial<Settings>,
  tables: number[],
  replace: boolean,
  onStep: (step: Step) => void
): Promise<BuildOutcome> {
  onStep("membaca");
  const read = await readWorkbook({ run: env.run, supports: env.host.supports });
  const model = readModel(read.raw, overrides);
  onStep("menghitung");
  const built = tabelSheet(model, { tables });
  const plan = built.plan;
  onStep("menulis");
  const write = await writeSheetPlan(plan, {
    replace,
    run: env.run,
    supports: env.host.supports,
    known: read,
  });
  return {
    write,
    tables: built.tables.map((t) => ({ id: t.id, title: t.title })),
    leftOut: built.leftOut,
    rowsLeftOut: model.leftOut,
  };
}

/** The findings as a "Catatan Pemeriksaan" sheet (replaced, like the tables, only when confirmed). */
export function writeCatatan(
  env: Env,
  findings: Finding[],
  replace: boolean
): Promise<WriteResult> {
  return explained(env, async () => {
    const read = await readWorkbook({ run: env.run, supports: env.host.supports });
    const plan = layoutSheet("Catatan Pemeriksaan", [catatanPemeriksaan(findings)]);
    return writeSheetPlan(plan, {
      replace,
      run: env.run,
      supports: env.host.supports,
      known: read,
    });
  });
}

export function insertSample(env: Env): Promise<string> {
  return explained(env, async () => {
    const result = await writeInputPlan(sampleInput({ rumus: true }), {
      run: env.run,
      supports: env.host.supports,
    });
    return Object.values(result.sheets).join(", ");
  });
}

export function goTo(env: Env, address: string): Promise<boolean> {
  return explained(env, () => selectAddress(address, { run: env.run }));
}
