/**
 * Bab III (issue 23): the time to build the chapter (model → compute → tables → document) and to
 * write it as .docx, for the 40-indicator workbook and for 1,000 indicators; and its size.
 */
import { performance } from "node:perf_hooks";
import { bab3, readModel } from "../../src/report";
import { writeBab3Docx } from "../../src/xlsx";
import { besar } from "../tools/besar";
import { median } from "./stats";

export interface Bab3Bench {
  indicators: number;
  buildMs: number;
  writeMs: number;
  totalMs: number;
  bytes: number;
  tables: number;
}

export async function measureBab3(sizes: number[], runs: number): Promise<Bab3Bench[]> {
  const out: Bab3Bench[] = [];
  await writeBab3Docx(bab3(readModel(besar(4)))); // warm-up
  for (const n of sizes) {
    const raw = besar(n);
    const build: number[] = [];
    const write: number[] = [];
    let bytes = 0;
    let tables = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const doc = bab3(readModel(raw));
      const t1 = performance.now();
      const docx = await writeBab3Docx(doc);
      const t2 = performance.now();
      build.push(t1 - t0);
      write.push(t2 - t1);
      bytes = docx.byteLength;
      tables = doc.blocks.filter((b) => b.kind === "table").length;
    }
    const buildMs = median(build);
    const writeMs = median(write);
    out.push({ indicators: n, buildMs, writeMs, totalMs: buildMs + writeMs, bytes, tables });
  }
  return out;
}
