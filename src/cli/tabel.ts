import { findingText, tahunDipakai } from "../report";
import { quoteSheet, readFailureText, reasonText, refAddress, type PilihanSumber } from "../report";
import { tabelFromLoaded, XlsxReadError } from "../xlsx";
import { count, formatFinding } from "./findings";
import type { AtomicFs } from "./atomic";
import { checkOutput, writeOutput } from "./output";
import { wordsOf } from "./lang";
import { line, type Io } from "./io";
import { readInput } from "./read-input";

export interface TabelOptions {
  input: string;
  output: string;
  timpa: boolean;
  /** Blocks chosen as sources (`--sumber`), for a workbook whose tables have no names. */
  pilihan?: PilihanSumber[];
  /** `--tahun`: the report year, over LKIP_INFO and the headers. */
  tahun?: number;
  /** `--kolom "Indikator=INDIKATOR TUJUAN"`: column choices, over LKIP_INFO's `Kolom …` rows. */
  kolom?: Record<string, string>;
  /** Tests inject a failing file system (a full disk) here. */
  fs?: Partial<AtomicFs>;
}

/** `lkip tabel`: 0 = tables written, 1 = nothing could be written, 2 = usage. */
export async function runTabel(opts: TabelOptions, io: Io): Promise<number> {
  const out = io.stdout;
  const lang = io.lang ?? "id";
  const w = wordsOf(io);
  const t = w.tabel;
  const usage = await checkOutput(opts.input, opts.output, opts.timpa, ".xlsx", lang);
  if (!usage.ok) {
    line(io.stderr, usage.pesan);
    return usage.code;
  }

  line(out, w.reading(opts.input));
  const read = await readInput(opts.input, opts.pilihan, lang);
  if (!read.ok) {
    line(io.stderr, read.pesan);
    return 1;
  }
  const { raw } = read.loaded;
  for (const r of Object.values(raw.ranges)) {
    // A table found without a name (or chosen with --sumber) is named by its range.
    const found = raw.problems.find((f) => f.kode === "SUMBER_DITEMUKAN" && f.sumber === r.source);
    const where = found?.cell
      ? t.unnamedRange(refAddress(found.cell))
      : r.kind === "table"
        ? t.tableOn(quoteSheet(r.sheet))
        : t.nameOn(quoteSheet(r.sheet));
    line(out, t.source(r.source, where, Math.max(0, r.values.length - 1)));
  }

  // The same pipeline as the browser page (src/xlsx/tabel.ts): equal workbooks by construction.
  let run: Awaited<ReturnType<typeof tabelFromLoaded>>;
  try {
    run = await tabelFromLoaded(read.loaded, { tahun: opts.tahun, kolom: opts.kolom });
  } catch (e) {
    // An output too large to put together in memory: a sentence, never the engine's text.
    if (!(e instanceof XlsxReadError)) throw e;
    line(io.stderr, readFailureText(e.failure, lang));
    return 1;
  }
  const { model, built, sheetName, bytes } = run;
  const tahun = model.settings.tahun;
  const problems = model.findings;
  // Which year, and why (issue 21): said before anything is written, never guessed.
  const dipakai = tahunDipakai(model);
  if (dipakai) line(out, `  ${findingText(dipakai, lang)}`);

  if (sheetName === null || bytes === null) {
    if (model.sumber.LKIP_IKU && model.tahunAsal?.jenis === "tidakAda") {
      const f = problems.find((x) => x.kode === "TAHUN_TIDAK_ADA");
      if (f) line(io.stderr, findingText(f, lang));
      line(io.stderr, t.noYear);
      return 1;
    }
    // --help promises 1 when LKIP_IKU is absent: the tables without it are not the report.
    line(io.stderr, !model.sumber.LKIP_IKU && !model.sumber.LKIP_TRIWULAN ? t.noIku : t.noTables);
    for (const f of problems) line(io.stderr, formatFinding(f, lang));
    return 1;
  }

  const plan = built.plan;
  for (const b of plan.tables) line(out, t.built(b.title, b.row + 1, b.row + b.rows));

  // All or nothing under the final name (temporary file, fsync, rename); see output.ts.
  const written = await writeOutput(opts.output, bytes, opts.timpa, lang, opts.fs);
  if (!written.ok) {
    line(io.stderr, written.pesan);
    return written.code;
  }

  line(out);
  line(out, t.written(plan.tables.length, quoteSheet(sheetName), opts.output));
  line(out, t.settings(tahun, model.settings.instansi ?? "", model.settings.pembulatan));

  if (built.leftOut.length > 0) {
    line(out);
    line(out, t.notBuilt);
    for (const b of built.leftOut)
      line(out, t.notBuiltItem(String(b.id), b.title, reasonText(b.reason, lang)));
  }
  if (model.leftOut.length > 0) {
    line(out);
    line(out, t.rowsLeftOut(model.leftOut.length));
    for (const b of model.leftOut)
      line(
        out,
        `  - ${b.lokasi} (${b.source}): ${b.temuan.map((f) => findingText(f, lang)).join(" ")}`
      );
  }
  // A left-out row already carries its problems; list only the others here.
  const other = problems.filter((f) => !model.leftOut.some((b) => b.temuan.includes(f)));
  if (other.length > 0) {
    line(out);
    line(
      out,
      t.otherProblems(count(other, "galat"), count(other, "peringatan"), count(other, "info"))
    );
    for (const f of other) line(out, formatFinding(f, lang));
  }
  return 0;
}
