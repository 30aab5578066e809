/**
 * The CLI's one file writer (src/cli/atomic.ts): all of the file under its final name, or the
 * final name exactly as it was and no temporary file left. A full disk (a real small tmpfs when
 * this machine lets root mount one, else the same error injected), an injected EIO, and Ctrl+C
 * (SIGINT) in a spawned process mid-write.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { mkdir, open, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFileAtomic, type AtomicFs } from "../../src/cli/atomic";
import { isTemporaryName } from "./temporary-name";
import { runTabel } from "../../src/cli/tabel";

const ROOT = resolve(__dirname, "../..");
const SAMPLE = resolve(ROOT, "assets/contoh-lkip-2024.xlsx");
let dir: string;

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false
  );
// Any temporary file, ours or an older naming (`out.xlsx.<pid>.tmp`).
const leftovers = (folder: string) => readdirSync(folder).filter((n) => n.endsWith(".tmp"));

/** An `open` whose handle fails to write after `okBytes` bytes with `code` (a disk filling up). */
function failingOpen(code: string, okBytes: number): AtomicFs["open"] {
  return (async (...args: Parameters<typeof open>) => {
    const handle = await open(...args);
    let written = 0;
    const realWrite = handle.write.bind(handle) as (
      ...a: unknown[]
    ) => Promise<{ bytesWritten: number }>;
    (handle as unknown as { write: unknown }).write = async (...a: unknown[]) => {
      if (written >= okBytes) throw Object.assign(new Error(`${code}: injected`), { code });
      const r = await realWrite(...a);
      written += r.bytesWritten;
      return r;
    };
    return handle;
  }) as AtomicFs["open"];
}

function capture() {
  let stdout = "";
  let stderr = "";
  return {
    io: {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
    },
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
  };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lkip-atomic-"));
});

describe("writeFileAtomic", () => {
  it("writes the whole file and leaves no temporary file", async () => {
    const target = join(dir, "whole.bin");
    const data = new Uint8Array(3 * (1 << 20) + 17).map((_, i) => i % 251);
    await writeFileAtomic(target, data, { overwrite: false });
    expect(Buffer.compare(await readFile(target), Buffer.from(data))).toBe(0);
    expect(leftovers(dir)).toEqual([]);
  });

  it("without overwrite, an existing file stays as it was (EEXIST)", async () => {
    const target = join(dir, "existing.bin");
    await writeFile(target, "the user's");
    await expect(
      writeFileAtomic(target, new Uint8Array(10), { overwrite: false })
    ).rejects.toMatchObject({ code: "EEXIST" });
    expect(await readFile(target, "utf8")).toBe("the user's");
    expect(leftovers(dir)).toEqual([]);
  });

  for (const overwrite of [false, true]) {
    it(`a write error mid-file (ENOSPC, EIO) leaves the final name as it was (overwrite ${overwrite})`, async () => {
      for (const code of ["ENOSPC", "EIO"]) {
        const sub = join(dir, `fail-${code}-${overwrite}`);
        await mkdir(sub);
        const target = join(sub, "out.xlsx");
        if (overwrite) await writeFile(target, "previous output");
        await expect(
          writeFileAtomic(target, new Uint8Array(3 << 20), {
            overwrite,
            fs: { open: failingOpen(code, 1 << 20) },
          })
        ).rejects.toMatchObject({ code });
        if (overwrite) expect(await readFile(target, "utf8")).toBe("previous output");
        else expect(await exists(target)).toBe(false);
        expect(leftovers(sub)).toEqual([]);
      }
    });
  }

  it("a failed rename leaves no temporary file", async () => {
    const target = join(dir, "rename.bin");
    const rename = (async () => {
      throw Object.assign(new Error("EACCES: injected"), { code: "EACCES" });
    }) as AtomicFs["rename"];
    await expect(
      writeFileAtomic(target, new Uint8Array(100), { overwrite: true, fs: { rename } })
    ).rejects.toMatchObject({ code: "EACCES" });
    expect(await exists(target)).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });

  it("Ctrl+C (SIGINT) mid-write: the process stops, the temporary file is removed, the old file stays", async () => {
    const sub = join(dir, "sigint");
    await mkdir(sub);
    const target = join(sub, "out.xlsx");
    await writeFile(target, "previous output");
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(__dirname, "atomic-child.ts"), target],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] }
    );
    let out = "";
    let err = "";
    child.stderr.on("data", (b: Buffer) => (err += b.toString()));
    const midWrite = await new Promise<string>((resolveLine, reject) => {
      child.stdout.on("data", (b: Buffer) => {
        out += b.toString();
        const m = /WRITING (\S+)/.exec(out);
        if (m) resolveLine(m[1]);
      });
      child.on("exit", () => reject(new Error(`child ended before writing: ${out} ${err}`)));
    });
    // Mid-write for real: the temporary file is there, 1 MB of 8 written.
    expect(isTemporaryName(midWrite)).toBe(true);
    expect((await stat(join(sub, midWrite))).size).toBe(1 << 20);
    const ended = new Promise<{ code: number | null; signal: string | null }>((r) =>
      child.on("exit", (code, signal) => r({ code, signal }))
    );
    child.kill("SIGINT");
    const { code, signal } = await ended;
    expect(signal ?? code).toBe(signal === null ? 130 : "SIGINT");
    expect(out).not.toMatch(/DONE/);
    expect(await readFile(target, "utf8")).toBe("previous output");
    expect(leftovers(sub)).toEqual([]);
  });
});

/** A real full disk: a 64 KB tmpfs (root on Linux), smaller than the sample's tables. */
function mountSmallDisk(at: string): boolean {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return false;
  return spawnSync("mount", ["-t", "tmpfs", "-o", "size=8k", "tmpfs", at]).status === 0;
}

describe("lkip tabel on a full disk", () => {
  let disk: string;
  let mounted = false;
  beforeAll(async () => {
    disk = join(dir, "disk");
    await mkdir(disk);
    mounted = mountSmallDisk(disk);
  });
  afterAll(async () => {
    if (mounted) spawnSync("umount", [disk]);
    await rm(disk, { recursive: true, force: true });
  });
  // Where the machine cannot mount one, the same ENOSPC comes from an injected write.
  const fullDisk = () => (mounted ? undefined : { open: failingOpen("ENOSPC", 8 << 10) });

  it("without --timpa: exit 1, no out.xlsx, no temporary file, and a re-run is not blocked", async () => {
    const out = join(disk, "out.xlsx");
    const c = capture();
    const code = await runTabel({ input: SAMPLE, output: out, timpa: false, fs: fullDisk() }, c.io);
    expect(code).toBe(1);
    expect(c.stderr).toMatch(/ENOSPC/);
    expect(await exists(out)).toBe(false);
    expect(leftovers(disk)).toEqual([]);
    // Not "sudah ada" next time: the name is still free.
    const again = capture();
    expect(
      await runTabel({ input: SAMPLE, output: out, timpa: false, fs: fullDisk() }, again.io)
    ).toBe(1);
    expect(again.stderr).not.toMatch(/sudah ada/);
  });

  it("with --timpa: the existing output survives whole and no temporary file fills the disk", async () => {
    const out = join(disk, "kept.xlsx");
    await writeFile(out, "previous output");
    const c = capture();
    const code = await runTabel({ input: SAMPLE, output: out, timpa: true, fs: fullDisk() }, c.io);
    expect(code).toBe(1);
    expect(await readFile(out, "utf8")).toBe("previous output");
    expect(leftovers(disk)).toEqual([]);
  });
});
