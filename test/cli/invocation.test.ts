/**
 * The `lkip` command as the README documents it, run in child processes exactly as a user types it:
 * `npm run --silent lkip -- …` from the sources, `npx lkip …` after `npm run build`, and `lkip` on
 * the PATH through a link (what `npm link` makes). Each `periksa --json` must print JSON and
 * nothing else, so stdout must parse.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const bin = join(root, "dist/cli/lkip.js");
const SAMPLE = "assets/contoh-lkip-2024.xlsx";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

beforeAll(() => {
  // The built command must be this source's: build it (alone, seconds) when missing or older.
  const sources = ["src/cli", "src/xlsx", "src/report", "src/core"].map((d) => join(root, d));
  if (!existsSync(bin) || sources.some((d) => newest(d) > statSync(bin).mtimeMs)) {
    execFileSync(
      process.execPath,
      [
        join(root, "node_modules/webpack-cli/bin/cli.js"),
        "--mode",
        "production",
        "--config-name",
        "cli",
      ],
      { cwd: root, stdio: "ignore" }
    );
  }
}, 300_000);

function runIt(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(command, args, { cwd: root, env, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectFindingsJson(stdout: string): void {
  const parsed = JSON.parse(stdout) as { tingkat: string; kode: string; lokasi: string }[];
  expect(Array.isArray(parsed)).toBe(true);
  // The sample keeps the printed report's own slips: there is at least one galat with its cell.
  expect(parsed.some((f) => f.tingkat === "galat" && /!\$?[A-Z]+\$?\d+/.test(f.lokasi))).toBe(true);
}

describe("the documented invocations of lkip", () => {
  it("npm run --silent lkip -- periksa … --json prints JSON only", () => {
    const r = runIt(npm, ["run", "--silent", "lkip", "--", "periksa", SAMPLE, "--json"]);
    expect(r.code).toBe(1); // galat found
    expectFindingsJson(r.stdout);
  });

  it("without --silent, npm's banner comes first (why the README says --silent)", () => {
    const r = runIt(npm, ["run", "lkip", "--", "periksa", SAMPLE, "--json"]);
    expect(r.stdout.trimStart().startsWith(">")).toBe(true);
    expect(() => JSON.parse(r.stdout)).toThrow();
  });

  it("the built command runs as a program: ./dist/cli/lkip.js", () => {
    const r = runIt(bin, ["periksa", SAMPLE, "--json"]);
    expect(r.code).toBe(1);
    expectFindingsJson(r.stdout);
  });

  it("npx lkip … (the package's own bin) prints JSON only", () => {
    const r = runIt(npx, ["--no-install", "lkip", "periksa", SAMPLE, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expectFindingsJson(r.stdout);
  });

  it("lkip on the PATH through a link (as npm link makes it) runs, not silently nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "lkip-path-"));
    symlinkSync(bin, join(dir, "lkip"));
    const env = { ...process.env, PATH: [dir, dirname(process.execPath)].join(delimiter) };
    const help = runIt("lkip", ["--help"], env);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("lkip tabel");
    const r = runIt("lkip", ["periksa", SAMPLE, "--json"], env);
    expectFindingsJson(r.stdout);
  });

  it("the program takes its language from the locale: English for LANG=en_US, else Indonesian", () => {
    const locale = (LANG: string, LC_ALL = "") => ({
      ...process.env,
      LC_ALL,
      LC_MESSAGES: "",
      LANG,
    });
    const en = runIt(bin, ["periksa", "tidak-ada.xlsx"], locale("en_US.UTF-8"));
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/^File not found: tidak-ada\.xlsx/);
    expect(runIt(bin, ["--help"], locale("en_US.UTF-8")).stdout).toMatch(/^Usage:$/m);
    const id = runIt(bin, ["periksa", "tidak-ada.xlsx"], locale("id_ID.UTF-8"));
    expect(id.stderr).toMatch(/^Berkas tidak ditemukan: tidak-ada\.xlsx/);
    // LC_ALL is over LANG, as POSIX reads the locale.
    expect(runIt(bin, ["--help"], locale("en_US.UTF-8", "id_ID.UTF-8")).stdout).toMatch(
      /^Pemakaian:$/m
    );
  });
});
