/* global NodeJS */
import { mkdir, stat } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import { writeFileAtomic, type AtomicFs } from "./atomic";
import type { Lang } from "../report";
import { CLI_WORDS } from "./lang";

export type Written = { ok: true } | { ok: false; code: 1 | 2; pesan: string };

/**
 * Every command's output file: all of it under the final name or nothing (atomic.ts), and one
 * sentence for each way it can fail. Exit code 2 where the person chose a wrong name, 1 otherwise.
 */
export async function writeOutput(
  output: string,
  bytes: Uint8Array,
  timpa: boolean,
  lang: Lang,
  fs?: Partial<AtomicFs>
): Promise<Written> {
  const OUTPUT = CLI_WORDS[lang].output;
  const folder = dirname(resolve(output));
  if (
    await stat(folder).then(
      (s) => !s.isDirectory(),
      () => false
    )
  )
    return { ok: false, code: 2, pesan: OUTPUT.folderIsFile(output, folder) };
  try {
    await mkdir(folder, { recursive: true });
    await writeFileAtomic(output, bytes, { overwrite: timpa, fs });
    return { ok: true };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return { ok: false, code: 2, pesan: OUTPUT.exists(output) };
    if (code === "ENOTDIR") return { ok: false, code: 1, pesan: OUTPUT.notDir(output) };
    if (code === "ENOSPC") return { ok: false, code: 1, pesan: OUTPUT.diskFull(output) };
    return { ok: false, code: 1, pesan: OUTPUT.failed(output, code) };
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    // Hard links, symlinks and case-insensitive file systems: the same file has the same inode.
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Before reading anything (`lkip tabel`, `lkip bab3`): the sentence and exit code 2 when the
 * output has the wrong ending, is the input, or exists without --timpa.
 */
export async function checkOutput(
  input: string,
  output: string,
  timpa: boolean,
  ext: string,
  lang: Lang
): Promise<Written> {
  const OUTPUT = CLI_WORDS[lang].output;
  if (extname(output).toLowerCase() !== ext)
    return { ok: false, code: 2, pesan: OUTPUT.wrongExt(output, ext) };
  if (await sameFile(input, output)) return { ok: false, code: 2, pesan: OUTPUT.isInput(output) };
  const exists = await stat(output).then(
    () => true,
    () => false
  );
  if (!timpa && exists) return { ok: false, code: 2, pesan: OUTPUT.exists(output) };
  return { ok: true };
}
