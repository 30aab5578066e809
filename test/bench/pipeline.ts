/**
 * The task pane's "Buat Tabel" path through the in-memory Excel: read the sources, build and lay
 * out every table, write the output sheet, counting context.sync() round trips and request bytes.
 */
import { performance } from "node:perf_hooks";
import { readWorkbook } from "../../src/excel/read";
import { writeSheetPlan } from "../../src/excel/write";
import { readModel, tabelSheet } from "../../src/report";
import { fakeWorkbookFromPlan, makeRun, resetStats, supportsFor } from "../host/fake-excel";
import { benchInputPlan } from "./workbooks";

export interface PipelineRun {
  indikator: number;
  tables: number;
  outputRows: number;
  findings: number;
  syncs: number;
  readSyncs: number;
  maxRequestBytes: number;
  /** All requests together: above ~4 MB the writer must split, so the sync count grows. */
  totalRequestBytes: number;
  /** The write's requests together: what the 5 MB request limit applies to. */
  writeRequestBytes: number;
  maxResponseBytes: number;
  /** Wall times in ms: read (host), model+tables+layout (pure), write (host), total. */
  readMs: number;
  buildMs: number;
  writeMs: number;
  totalMs: number;
}

export async function runPipeline(n: number): Promise<PipelineRun> {
  const wb = fakeWorkbookFromPlan(benchInputPlan(n));
  resetStats(wb);
  const run = makeRun(wb);
  const supports = supportsFor(wb);

  const t0 = performance.now();
  const read = await readWorkbook({ run, supports });
  const t1 = performance.now();
  const readSyncs = wb.stats.syncs;
  const model = readModel(read.raw);
  const built = tabelSheet(model);
  const plan = built.plan;
  const t2 = performance.now();
  // As the task pane does: what the read saw spares the writer a round trip to look again.
  const res = await writeSheetPlan(plan, { replace: false, run, supports, known: read });
  const t3 = performance.now();
  if (res.status !== "written") throw new Error(`output sheet not written: ${res.status}`);
  if (model.indikator.length !== n)
    throw new Error(`read ${model.indikator.length} of ${n} indicators`);

  return {
    indikator: model.indikator.length,
    tables: built.tables.length,
    outputRows: plan.values.length,
    findings: model.findings.length,
    syncs: wb.stats.syncs,
    readSyncs,
    maxRequestBytes: Math.max(0, ...wb.stats.requestBytes),
    totalRequestBytes: wb.stats.requestBytes.reduce((a, b) => a + b, 0),
    writeRequestBytes: wb.stats.requestBytes.slice(readSyncs).reduce((a, b) => a + b, 0),
    maxResponseBytes: Math.max(0, ...wb.stats.responseBytes),
    readMs: t1 - t0,
    buildMs: t2 - t1,
    writeMs: t3 - t2,
    totalMs: t3 - t0,
  };
}
