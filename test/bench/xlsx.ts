/**
 * The .xlsx path (`lkip tabel` without the file I/O): bounded read → model → tables → a workbook
 * of its own, for budgets of 1,000 / 5,000 / 10,000 lines, beside ExcelJS's own read + write of the
 * same input (the floor). Budget: xlsx_ms ≤ 4 × floor, and per line at 10,000 ≤ 1.3 × per line
 * at 1,000 (linear).
 */
import ExcelJS from "exceljs";
import { readModel, tabelSheet } from "../../src/report";
import { loadXlsx } from "../../src/xlsx/read";
import { tablesXlsx } from "../../src/xlsx/stream-write";
import { writeInputPlan } from "../../src/xlsx/write";
import { median, timeMsAsync } from "./stats";
import { budgetInputPlan } from "./workbooks";

export interface XlsxRun {
  lines: number;
  inputBytes: number;
  xlsxMs: number;
  floorMs: number;
  outputRows: number;
}

async function once(input: Buffer): Promise<{ ms: number; rows: number }> {
  let rows = 0;
  const ms = await timeMsAsync(async () => {
    const { raw } = await loadXlsx(input);
    const built = tabelSheet(readModel(raw));
    // As lkip tabel writes it (tabel.ts): streamed from the plan.
    tablesXlsx(built.plan);
    rows = built.plan.values.length;
  });
  return { ms, rows };
}

async function floor(input: Buffer): Promise<number> {
  return timeMsAsync(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(input as unknown as ArrayBuffer);
    await wb.xlsx.writeBuffer();
  });
}

export async function measureXlsx(sizes: number[], reps: number): Promise<XlsxRun[]> {
  const out: XlsxRun[] = [];
  for (const lines of sizes) {
    const input = Buffer.from(await writeInputPlan(budgetInputPlan(lines)).xlsx.writeBuffer());
    await once(input); // warm-up
    const xs: number[] = [];
    const fs: number[] = [];
    let rows = 0;
    for (let i = 0; i < reps; i++) {
      // Interleaved, so that both see the same machine load.
      const r = await once(input);
      xs.push(r.ms);
      rows = r.rows;
      fs.push(await floor(input));
    }
    out.push({
      lines,
      inputBytes: input.length,
      xlsxMs: median(xs),
      floorMs: median(fs),
      outputRows: rows,
    });
  }
  return out;
}

// `tsx test/bench/xlsx.ts` alone prints the figures.
if (/[\\/]bench[\\/]xlsx\.ts$/.test(process.argv[1] ?? "")) {
  measureXlsx([1000, 5000, 10000], 3).then((runs) => {
    for (const r of runs)
      console.log(
        `${r.lines} lines: xlsx ${Math.round(r.xlsxMs)} ms, ExcelJS read+write ${Math.round(r.floorMs)} ms, ${r.outputRows} rows, input ${Math.round(r.inputBytes / 1024)} KB`
      );
  });
}
