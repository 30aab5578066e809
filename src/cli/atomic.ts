/* global NodeJS, process */
/**
 * One way the CLI writes a file: all of it under the final name, or nothing and the final name
 * as it was. The bytes go to a temporary file in the output's own folder (a rename is atomic only
 * within one file system), are fsync'ed, then the temporary file takes the final name. On any
 * failure, and on Ctrl+C (SIGINT) or SIGTERM mid-write, the temporary file is removed.
 *
 * Used by every command that writes (`lkip tabel`, `bab3`, `rekap`): call `writeFileAtomic`.
 */
import { closeSync, unlinkSync } from "node:fs";
import { link, open, rename, stat, unlink, type FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** The file operations the writer uses; tests swap in a failing one (a full disk, EIO). */
export interface AtomicFs {
  open: typeof open;
  rename: typeof rename;
  link: typeof link;
  unlink: typeof unlink;
}
const NODE_FS: AtomicFs = { open, rename, link, unlink };

export interface AtomicOptions {
  /** true: replace an existing file (`--timpa`); false: fail with EEXIST and leave it as it was. */
  overwrite: boolean;
  /** Called after each chunk with the bytes written so far (progress; tests pause here). */
  onChunk?: (written: number, total: number) => void | Promise<void>;
  /** For tests only. */
  fs?: Partial<AtomicFs>;
}

/** Bytes per write call: small enough that Ctrl+C lands between two, large enough to be fast. */
const CHUNK = 1 << 20;

/** Temporary files being written now, removed by the signal handler if the process is stopped. */
const pending = new Map<string, number | null>();
let handlersInstalled = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const [path, fd] of pending) {
    try {
      if (fd !== null) closeSync(fd);
    } catch {
      /* already closed */
    }
    try {
      unlinkSync(path);
    } catch {
      /* already gone */
    }
  }
  pending.clear();
  uninstall();
  // Die of the same signal, as the shell expects (exit status 128 + n), now that nothing is left.
  process.kill(process.pid, signal);
}

function install(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}

function uninstall(): void {
  if (!handlersInstalled) return;
  handlersInstalled = false;
  process.removeListener("SIGINT", onSignal);
  process.removeListener("SIGTERM", onSignal);
}

/** The temporary name: hidden, beside the target, unique to this process and call. */
function temporaryPath(target: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return join(dirname(target), `.${basename(target)}.${process.pid}.${random}.tmp`);
}

/**
 * Writes `data` to `target` atomically. Rejects with the file system's error (its `code`:
 * EEXIST when `overwrite` is false and the target exists, ENOSPC, EACCES…); the target is then
 * exactly as it was before the call and no temporary file remains.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array,
  options: AtomicOptions
): Promise<void> {
  const fs: AtomicFs = { ...NODE_FS, ...options.fs };
  const tmp = temporaryPath(target);
  install();
  pending.set(tmp, null);
  let handle: FileHandle | null = null;
  let renamed = false;
  try {
    handle = await fs.open(tmp, "wx", 0o666);
    pending.set(tmp, handle.fd);
    for (let at = 0; at < data.byteLength;) {
      const end = Math.min(at + CHUNK, data.byteLength);
      // FileHandle.write may write fewer bytes than asked: loop on what it reports.
      const { bytesWritten } = await handle.write(data, at, end - at, at);
      if (bytesWritten <= 0) throw Object.assign(new Error("short write"), { code: "EIO" });
      at += bytesWritten;
      await options.onChunk?.(at, data.byteLength);
    }
    await handle.sync();
    await handle.close();
    handle = null;
    pending.set(tmp, null);
    if (options.overwrite) {
      await fs.rename(tmp, target);
      renamed = true;
    } else {
      await publishExclusive(fs, tmp, target);
      renamed = true;
    }
    await syncFolder(dirname(target));
  } finally {
    if (handle) await handle.close().catch(() => undefined);
    if (!renamed) await fs.unlink(tmp).catch(() => undefined);
    pending.delete(tmp);
    if (pending.size === 0) uninstall();
  }
}

/**
 * Gives `tmp` the name `target` only if `target` does not exist. A hard link fails with EEXIST
 * atomically; where the file system has no hard links (FAT, some network shares) a check then a
 * rename is the best there is.
 */
async function publishExclusive(fs: AtomicFs, tmp: string, target: string): Promise<void> {
  try {
    await fs.link(tmp, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw e;
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV", "EMLINK"].includes(code ?? ""))
      throw e;
    const there = await stat(target).then(
      () => true,
      () => false
    );
    if (there) throw Object.assign(new Error(`${target} exists`), { code: "EEXIST", path: target });
    await fs.rename(tmp, target);
    return;
  }
  // The target is complete under its name now; a leftover link to it is only untidy.
  await fs.unlink(tmp).catch(() => undefined);
}

/** The rename itself is durable once the folder is synced; best effort (not on every OS). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const h = await open(folder, "r");
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    /* Windows cannot open a folder: the rename is as durable as the OS makes it */
  }
}
