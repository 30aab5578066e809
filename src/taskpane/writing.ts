/**
 * The pane's writing work behind session.ts's build / writeCatatan / insertSample / insertTemplate:
 * the table builders, the sample and the template with the Excel code that writes them. Imported
 * lazily by session.ts (only when the user first asks), so none of it is in the pane's first load.
 */
import {
  insertTemplate as writeTemplate,
  markSampleSheets,
  readWorkbook,
  removeSampleSheets,
  sampleSheets,
  writeInputPlan,
  writeSheetPlan,
  type WriteResult,
} from "../excel";
import {
  SOURCE_NAMES,
  bab3,
  bab3Html,
  bab3Text,
  catatanPemeriksaan,
  layoutSheet,
  readModel,
  sampleInput,
  tabelSheet,
  templatePlan,
  type Finding,
  type Lang,
  type LkipModel,
  type Settings,
  type TemplateKind,
} from "../report";
import type { BuildOutcome, Env, SampleResult, Step } from "./session";

export async function buildNow(
  env: Env,
  overrides: Partial<Settings>,
  tables: number[],
  replace: boolean,
  onStep: (step: Step) => void
): Promise<BuildOutcome> {
  onStep("membaca");
  // Tables need only the sources; the cells outside fixed names are the inspection's concern.
  const read = await readWorkbook({ run: env.run, supports: env.host.supports });
  onStep("memeriksa");
  const model = readModel(read.raw, overrides);
  onStep("menghitung");
  const built = tabelSheet(model, { tables });
  onStep("menulis");
  const write = await writeSheetPlan(built.plan, {
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

export async function writeCatatanNow(
  env: Env,
  findings: Finding[],
  replace: boolean
): Promise<WriteResult> {
  const read = await readWorkbook({ run: env.run, supports: env.host.supports });
  // The sheet keeps its one name in both languages, so switching never leaves a second copy.
  const table = catatanPemeriksaan(findings, env.host.language);
  const plan = layoutSheet("Catatan Pemeriksaan", [table]);
  return writeSheetPlan(plan, { replace, run: env.run, supports: env.host.supports, known: read });
}

export async function insertSampleNow(env: Env, replace = false): Promise<SampleResult> {
  const plan = sampleInput({ rumus: true, lang: env.host.language });
  const names = plan.sheets.map((s) => s.name);
  const { ours } = await sampleSheets(names, { run: env.run });
  if (ours.length > 0) {
    if (!replace) return { status: "ask", sheets: ours };
    await removeSampleSheets(ours, SOURCE_NAMES, { run: env.run });
  }
  const result = await writeInputPlan(plan, { run: env.run, supports: env.host.supports });
  const written = Object.values(result.sheets);
  if (env.host.supports("ExcelApi", "1.12")) await markSampleSheets(written, { run: env.run });
  return { status: "written", sheets: written.join(", ") };
}

export async function insertTemplateNow(
  env: Env,
  model: LkipModel,
  kind: TemplateKind
): Promise<string> {
  const missing = SOURCE_NAMES.filter((s) => !model.sumber[s]);
  const plan = templatePlan(missing, model.settings.tahun, kind);
  if (plan.length === 0) return "";
  const sheets = await writeTemplate(plan, { run: env.run, supports: env.host.supports });
  return sheets.join(", ");
}

/** Bab III (TABLES.md) of the pane's model, as the clipboard takes it. */
export function bab3ClipboardNow(model: LkipModel, lang: Lang): { html: string; text: string } {
  const doc = bab3(model, { lang });
  return { html: bab3Html(doc), text: bab3Text(doc) };
}
