/* global Buffer */
import { readdir, stat } from "node:fs/promises";
import { basename, extname, join, relative, resolve } from "node:path";
import { rekapFinish, rekapJson, rekapSheets, type Lang } from "../report";
import { line, type Io } from "./io";
import { writeOutput } from "./output";
import type { RekapTask } from "./rekap-file";
import { runPool } from "./rekap-pool";
import { wordsOf } from "./lang";

export interface RekapOptions {
  /** Folders and files, in the order given. */
  inputs: string[];
  output?: string;
  timpa: boolean;
  json: boolean;
}

const NASKAH_EXT = [".docx", ".pdf"];

/** File names in the order a person expects ("opd 2" before "opd 10"); one collator for all. */
const BY_NAME = new Intl.Collator("id", { numeric: true });

/**
 * Every .xlsx of a folder (and its sub-folders), by name, with its naskah; Excel's "~$" lock files
 * are not workbooks. The naskah is looked up in the folder's listing, not by a stat per candidate
 * (four per workbook, each a wait: measured a twentieth of a 300-file rekap).
 */
async function xlsxIn(folder: string): Promise<{ path: string; naskah: string | null }[]> {
  const out: { path: string; naskah: string | null }[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => BY_NAME.compare(a.name, b.name));
  const byName = new Map(entries.map((e) => [e.name, e]));
  const isFile = async (name: string) => {
    const e = byName.get(name);
    if (e === undefined) return false;
    if (!e.isSymbolicLink()) return e.isFile();
    return await isFilePath(join(folder, name));
  };
  for (const e of entries) {
    const p = join(folder, e.name);
    if (e.isDirectory()) out.push(...(await xlsxIn(p)));
    else if (extname(e.name).toLowerCase() === ".xlsx" && !e.name.startsWith("~$")) {
      let naskah: string | null = null;
      for (const candidate of naskahNames(e.name))
        if (await isFile(candidate)) {
          naskah = join(folder, candidate);
          break;
        }
      out.push({ path: p, naskah });
    }
  }
  return out;
}

const isFilePath = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false
  );

/** The names a workbook's naskah may have: a .docx (or .pdf) of the same base name. */
function naskahNames(xlsx: string): string[] {
  const base = xlsx.slice(0, xlsx.length - extname(xlsx).length);
  return NASKAH_EXT.flatMap((ext) => [base + ext, base + ext.toUpperCase()]);
}

/** The naskah of a workbook given as a file: in the same folder. */
async function naskahOf(xlsx: string): Promise<string | null> {
  for (const candidate of naskahNames(xlsx)) if (await isFilePath(candidate)) return candidate;
  return null;
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** The tasks in input order: a folder's files by name, a file as given (even when not .xlsx). */
async function collect(
  inputs: string[],
  output: string | undefined,
  lang: Lang
): Promise<RekapTask[]> {
  const tasks: RekapTask[] = [];
  for (const input of inputs) {
    const isFolder = await stat(input).then(
      (s) => s.isDirectory(),
      () => false
    );
    const files = isFolder ? await xlsxIn(input) : [{ path: input, naskah: await naskahOf(input) }];
    for (const { path, naskah } of files) {
      // A rekap written into the folder it reads is not one of the OPD's workbooks.
      if (output !== undefined && (await sameFile(path, output))) continue;
      tasks.push({
        path,
        berkas: isFolder ? join(basename(resolve(input)), relative(input, path)) : path,
        naskah,
        lang,
      });
    }
  }
  return tasks;
}

/** `lkip rekap`: 0 = at least one file was read, 1 = none could be, 2 = usage. */
export async function runRekap(opts: RekapOptions, io: Io): Promise<number> {
  const lang = io.lang ?? "id";
  const w = wordsOf(io);
  if (opts.output !== undefined) {
    if (extname(opts.output).toLowerCase() !== ".xlsx") {
      line(io.stderr, w.output.wrongExt(opts.output, ".xlsx"));
      return 2;
    }
    for (const input of opts.inputs)
      if (await sameFile(input, opts.output)) {
        line(io.stderr, w.rekap.outputIsInput(opts.output));
        return 2;
      }
    if (
      !opts.timpa &&
      (await stat(opts.output).then(
        () => true,
        () => false
      ))
    ) {
      line(io.stderr, w.output.exists(opts.output));
      return 2;
    }
  }

  const tasks = await collect(opts.inputs, opts.output, lang);
  if (tasks.length === 0) {
    line(io.stderr, w.rekap.noFiles(opts.inputs.join(", ")));
    return 1;
  }
  // The writer (ExcelJS, about a second to load) loads while the threads read, and only when needed.
  const writer =
    opts.output === undefined
      ? null
      : import(/* webpackChunkName: "rekap-write" */ "../xlsx").then((m) => m.rekapWorkbook);
  const width = String(tasks.length).length;
  const results = await runPool(tasks, (done, task) =>
    line(io.stderr, `${String(done).padStart(width)}/${tasks.length} ${task.berkas}`)
  );

  const { rows, temuan } = rekapFinish(results, lang);
  const read = rows.filter((r) => r.galat !== null).length;

  if (opts.output !== undefined && writer !== null) {
    const bytes = await (await writer)(rekapSheets(rows, temuan, lang));
    const written = await writeOutput(opts.output, Buffer.from(bytes), opts.timpa, lang);
    if (!written.ok) {
      line(io.stderr, written.pesan);
      return written.code;
    }
  }
  if (opts.json) {
    io.stdout.write(JSON.stringify(rows.map(rekapJson), null, 2) + "\n");
  } else {
    line(
      io.stdout,
      w.rekap.summary(tasks.length, read, temuan.length) +
        (opts.output !== undefined ? w.rekap.writtenTo(opts.output) : "")
    );
    for (const r of rows) if (r.galat === null) line(io.stdout, `  - ${r.berkas}: ${r.keterangan}`);
  }
  return read > 0 ? 0 : 1;
}
