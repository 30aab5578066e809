/**
 * The hostile corpus (corpus.ts) through `lkip` as a program, one child process per input: the
 * exit code, a sentence naming the problem, peak memory < 512 MB and CPU time < 10 s (measured by
 * the child itself, process.resourceUsage), inputs byte for byte as they were, and no wrong number
 * in the tables written.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FAMILIES } from "./corpus";
import { IKU_HEAD, rawXlsx, rowsXml } from "../xlsx/packages";

const ROOT = resolve(__dirname, "../..");
const MEASURED = resolve(__dirname, "measured.ts");

async function shas(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of await readdir(dir)) {
    const p = join(dir, f);
    if ((await stat(p)).isFile())
      out[f] = createHash("sha256")
        .update(await readFile(p))
        .digest("hex");
  }
  return out;
}

async function tableNumbers(path: string): Promise<number[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: number[] = [];
  wb.worksheets[0].eachRow((row) =>
    row.eachCell((c) => {
      if (typeof c.value === "number") out.push(c.value);
    })
  );
  return out;
}

describe("lkip periksa … | head", () => {
  it("ends quietly when the reader leaves (no EPIPE stack trace)", async () => {
    // Thousands of findings: far more than a pipe holds, so head's leaving is felt.
    const rows = Array.from({ length: 4000 }, (_, i) => [
      `Sasaran ${i}`,
      `Indikator ${i}`,
      null,
      5,
    ]);
    const dir = await mkdtemp(join(tmpdir(), "lkip-epipe-"));
    const sample = join(dir, "banyak.xlsx");
    await writeFile(
      sample,
      await rawXlsx({
        sheets: [{ name: "D", rows: rowsXml([IKU_HEAD, ...rows]) }],
        names: [["LKIP_IKU", "D!$A:$D"]],
      })
    );
    const child = spawnSync(
      "bash",
      ["-c", `"${process.execPath}" --import tsx src/cli/main.ts periksa "${sample}" | head -n 1`],
      { cwd: ROOT, encoding: "utf8", timeout: 120_000 }
    );
    expect(child.stdout).toMatch(/^Pemeriksaan /);
    expect(child.stderr).not.toMatch(/EPIPE|Error|at /);
  }, 180_000);
});

describe("the hostile corpus through lkip (child processes)", () => {
  for (const f of FAMILIES) {
    it(
      f.name,
      async () => {
        const dir = await mkdtemp(join(tmpdir(), "lkip-corpus-"));
        const args = await f.build(dir);
        const before = await shas(dir);
        const measure = join(tmpdir(), `lkip-measure-${process.pid}-${Date.now()}.json`);
        const child = spawnSync(process.execPath, ["--import", "tsx", MEASURED, ...args], {
          cwd: ROOT,
          env: { ...process.env, LKIP_MEASURE_FILE: measure, LKIP_DEBUG: "" },
          encoding: "utf8",
          timeout: 120_000,
        });
        const said = `${child.stdout}\n${child.stderr}`;
        expect(child.status, said).toBe(f.code);
        expect(said).toMatch(f.says);
        if (f.never) expect(said).not.toMatch(f.never);
        // No internal error text, no stack trace.
        expect(said).not.toMatch(
          /\bat .+\.(ts|js):\d+|TypeError|RangeError|Invalid string length|Bug :|reading '/
        );
        const m = JSON.parse(await readFile(measure, "utf8")) as {
          maxRssMb: number;
          cpuMs: number;
          wallMs: number;
        };
        console.log(
          `corpus: ${f.name}: exit ${child.status}, ${Math.round(m.maxRssMb)} MB, CPU ${Math.round(m.cpuMs)} ms, lkip ${Math.round(m.wallMs)} ms`
        );
        expect(m.maxRssMb, `peak memory ${Math.round(m.maxRssMb)} MB`).toBeLessThan(512);
        // CPU time of the whole child (startup included): wall time on a shared machine is noise.
        expect(
          m.cpuMs,
          `CPU ${Math.round(m.cpuMs)} ms, wall ${Math.round(m.wallMs)} ms`
        ).toBeLessThan(10_000);
        // Inputs unchanged (the files that were there before the run).
        const after = await shas(dir);
        for (const [file, sha] of Object.entries(before)) expect(after[file], file).toBe(sha);
        if (f.numbers || f.notNumbers) {
          const nums = await tableNumbers(join(dir, "out.xlsx"));
          for (const n of f.numbers ?? []) expect(nums, `${n} in the tables`).toContain(n);
          for (const n of f.notNumbers ?? [])
            expect(nums, `${n} not in the tables`).not.toContain(n);
        }
      },
      180_000
    );
  }
});
