/**
 * `lkip rekap` over a regency's worth of OPD workbooks (issue 26), as whole processes: the built
 * command (dist/cli/lkip.js, its worker threads included) against one process that merely opens
 * each file once with ExcelJS, alternated in the same run; peak memory of the rekap process.
 */
import { execSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeInputPlan } from "../../src/xlsx/write";
import { median } from "./stats";
import { benchInputPlan } from "./workbooks";
import { newestMtime } from "./bundle-size";

export interface RekapBench {
  files: number;
  rekapMs: number;
  floorMs: number;
  ratio: number;
  /** Each pair's ratio, in the order run: the spread behind the median. */
  ratios: number[];
  peakMb: number;
  filesPerSecond: number;
}

/** A small preload that reports the process's peak resident memory (threads included) at exit. */
const PRELOAD = `process.on("exit", () => require("fs").writeSync(2, "\\nLKIP_MAXRSS_KB " + process.resourceUsage().maxRSS + "\\n"));`;
/** The floor: open each file once with ExcelJS, one after the other, in one process. */
const FLOOR = `const ExcelJS = require("exceljs"); const { readdirSync } = require("fs"); const { join } = require("path");
(async () => { const dir = process.argv[1]; for (const f of readdirSync(dir).sort()) await new ExcelJS.Workbook().xlsx.readFile(join(dir, f)); })();`;

function ensureCli(root: string, log: (s: string) => void): string {
  const cli = join(root, "dist/cli/lkip.js");
  const worker = join(root, "dist/cli/rekap-worker.js");
  const stale =
    !existsSync(cli) ||
    !existsSync(worker) ||
    ["src/cli", "src/report", "src/xlsx", "src/core"].some(
      (d) => newestMtime(join(root, d)) > statSync(cli).mtimeMs
    );
  if (stale) {
    log("  building dist/cli (webpack --config-name cli)");
    execSync("npx webpack --mode production --config-name cli", {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    });
    // webpack leaves a file it would write unchanged untouched: date it, or every run rebuilds.
    const now = new Date();
    utimesSync(cli, now, now);
  }
  return cli;
}

export async function measureRekap(
  root: string,
  files: number,
  reps: number,
  log: (s: string) => void
): Promise<RekapBench> {
  const cli = ensureCli(root, log);
  const dir = mkdtempSync(join(tmpdir(), "lkip-bench-rekap-"));
  try {
    const opd = join(dir, "opd");
    mkdirSync(opd);
    // OPD of 5–60 indicators (an office's IKU is 3–40; a few are large), each with its budget.
    for (let i = 0; i < files; i++) {
      const plan = benchInputPlan(5 + ((i * 37) % 56));
      const bytes = await writeInputPlan(plan).xlsx.writeBuffer();
      writeFileSync(join(opd, `opd-${String(i + 1).padStart(3, "0")}.xlsx`), Buffer.from(bytes));
    }
    const preload = join(dir, "rss.cjs");
    writeFileSync(preload, PRELOAD);
    const timed = (args: string[]) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, {
        cwd: root,
        encoding: "utf8",
        maxBuffer: 1 << 28,
      });
      const ms = performance.now() - t0;
      if (r.status !== 0)
        throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.slice(-500)}`);
      const kb = Number(/LKIP_MAXRSS_KB (\d+)/.exec(r.stderr)?.[1] ?? NaN);
      return { ms, kb };
    };
    const rekap = () => timed(["-r", preload, cli, "rekap", opd, "--json"]);
    const floor = () => timed(["-e", FLOOR, opd]);
    rekap();
    floor(); // warm-up: the file cache, as for every later run
    const r: { ms: number; kb: number }[] = [];
    const f: number[] = [];
    for (let i = 0; i < reps; i++) {
      r.push(rekap());
      f.push(floor().ms);
    }
    const rekapMs = median(r.map((x) => x.ms));
    const floorMs = median(f);
    return {
      files,
      rekapMs,
      floorMs,
      ratio: median(r.map((x, i) => x.ms / f[i])),
      ratios: r.map((x, i) => x.ms / f[i]),
      peakMb: Math.max(...r.map((x) => x.kb)) / 1024,
      filesPerSecond: files / (rekapMs / 1000),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
