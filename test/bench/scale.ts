/**
 * `lkip tabel` at scale (issue 27): a 10,000-indicator, 6,000-line workbook, run as the command
 * runs (its own process, so its peak memory is its own), beside ExcelJS's own read + write of the
 * same file in the same run. Budgets: ≤ 4 × that floor, ≤ 512 MB peak (resident set).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { writeInputPlan } from "../../src/xlsx/write";
import { median, timeMsAsync } from "./stats";
import { benchInputPlan, budgetInputPlan } from "./workbooks";

export interface ScaleRun {
  indicators: number;
  lines: number;
  inputBytes: number;
  tabelMs: number;
  floorMs: number;
  peakMb: number;
}

/** benchInputPlan's indicators with budgetInputPlan's budget lines. */
function scalePlan(indicators: number, lines: number) {
  const base = benchInputPlan(indicators);
  const budget = budgetInputPlan(lines);
  const ang = budget.sheets.find((s) => s.name === "Data Anggaran")!;
  return {
    sheets: base.sheets.map((s) => (s.name === "Data Anggaran" ? ang : s)),
    names: base.names.map((n) =>
      n.name === "LKIP_ANGGARAN" ? budget.names.find((x) => x.name === "LKIP_ANGGARAN")! : n
    ),
  };
}

const root = resolve(__dirname, "../..");

/** One `lkip tabel` in a child process: its wall time and its peak resident set (maxRSS). */
function tabelOnce(input: string, output: string): { ms: number; peakMb: number } {
  const script = `
    const m = await import(${JSON.stringify(join(root, "src/cli/main.ts"))});
    const main = m.main ?? m.default.main;
    const t = performance.now();
    const code = await main(["tabel", ${JSON.stringify(input)}, "-o", ${JSON.stringify(output)}, "--timpa"],
      { stdout: { write: () => true }, stderr: { write: (s) => process.stderr.write(s) } });
    const ms = performance.now() - t;
    process.stdout.write(JSON.stringify({ code, ms, maxRss: process.resourceUsage().maxRSS }));`;
  const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const got = JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as {
    code: number;
    ms: number;
    maxRss: number;
  };
  if (got.code !== 0) throw new Error(`lkip tabel exit ${got.code}: ${r.stderr}`);
  return { ms: got.ms, peakMb: got.maxRss / 1024 };
}

export async function measureScale(reps: number, indicators = 10_000, lines = 6_000) {
  const dir = mkdtempSync(join(tmpdir(), "lkip-scale-"));
  try {
    const input = join(dir, "besar.xlsx");
    await writeInputPlan(scalePlan(indicators, lines)).xlsx.writeFile(input);
    const bytes = readFileSync(input);
    const ms: number[] = [];
    const floors: number[] = [];
    const peaks: number[] = [];
    for (let i = 0; i < reps; i++) {
      const r = tabelOnce(input, join(dir, "keluaran.xlsx"));
      ms.push(r.ms);
      peaks.push(r.peakMb);
      floors.push(
        await timeMsAsync(async () => {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(bytes as unknown as ArrayBuffer);
          await wb.xlsx.writeBuffer();
        })
      );
    }
    return {
      indicators,
      lines,
      inputBytes: bytes.length,
      tabelMs: median(ms),
      floorMs: median(floors),
      peakMb: Math.max(...peaks),
    } satisfies ScaleRun;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
