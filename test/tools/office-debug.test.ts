/**
 * `npm start` / `npm stop` (test/tools/office-debug.ts) against a stand-in for office-addin-debugging
 * that behaves as the real one does: it starts the "dev server" as a detached shell with a child
 * (as `npm run dev-server` runs webpack), prints "Unable to start debugging." and exits 0 when it
 * fails, and its stop kills only the shell. The wrapper must exit non-zero on failure and leave no
 * process running either way.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const tsx = join(root, "node_modules/tsx/dist/cli.mjs");

const FAKE = `
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const os = require("node:os");
const file = path.join(os.tmpdir(), "office-addin-debugging.json");
const inner = path.join(os.tmpdir(), "inner.pid");
const [command] = process.argv.slice(2);
if (command === "start") {
  const shell = spawn("sh", ["-c", "sleep 300 & echo $! > '" + inner + "'; wait"], { detached: true, stdio: "ignore" });
  shell.unref();
  fs.writeFileSync(file, JSON.stringify({ devServer: { processId: shell.pid } }));
  const wait = setInterval(() => {
    if (!fs.existsSync(inner) || !fs.readFileSync(inner, "utf8").trim()) return;
    clearInterval(wait);
    if (process.env.FAKE_FAIL) console.log("Unable to start debugging.\\nError: Excel is not installed.");
    else console.log("Debugging started.");
  }, 20);
} else {
  const id = JSON.parse(fs.readFileSync(file, "utf8")).devServer.processId;
  process.kill(id);
  fs.unlinkSync(file);
  console.log("Debugging has been stopped.");
}
`;

function setup() {
  const dir = mkdtempSync(join(tmpdir(), "lkip-debug-"));
  const fake = join(dir, "fake-office-addin-debugging.js");
  writeFileSync(fake, FAKE);
  const run = (args: string[], extra: Record<string, string> = {}) =>
    spawnSync(process.execPath, [tsx, "test/tools/office-debug.ts", ...args], {
      cwd: root,
      env: { ...process.env, TMPDIR: dir, LKIP_OFFICE_DEBUGGING: fake, ...extra },
      encoding: "utf8",
      timeout: 60_000,
    });
  const innerPid = () => Number(readFileSync(join(dir, "inner.pid"), "utf8").trim());
  return { dir, run, innerPid };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.runIf(process.platform !== "win32")("npm start / npm stop", () => {
  it("a failed start exits 1, says so, and leaves no dev server running", () => {
    const { dir, run, innerPid } = setup();
    const r = run(["start", "manifest.xml"], { FAKE_FAIL: "1" });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("Unable to start debugging");
    expect(r.stderr).toContain("npm start gagal");
    expect(r.stderr).toContain("sudah dihentikan");
    expect(alive(innerPid())).toBe(false);
    expect(existsSync(join(dir, "office-addin-debugging.json"))).toBe(false);
  });

  it("a good start exits 0; stop then stops the server's whole process group", () => {
    const { run, innerPid } = setup();
    const started = run(["start", "manifest.xml"]);
    expect(started.status).toBe(0);
    const pid = innerPid();
    expect(alive(pid)).toBe(true);
    const stopped = run(["stop", "manifest.xml"]);
    expect(stopped.status).toBe(0);
    expect(stopped.stdout).toContain("Debugging has been stopped");
    expect(alive(pid)).toBe(false);
  });

  it("refuses an unknown command with exit code 2", () => {
    const { run } = setup();
    expect(run(["restart"]).status).toBe(2);
  });
});
