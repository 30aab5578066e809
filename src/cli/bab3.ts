import { readFailureText } from "../report";
import { XlsxReadError, bab3FromLoaded } from "../xlsx";
import { formatFinding } from "./findings";
import { line, type Io } from "./io";
import type { AtomicFs } from "./atomic";
import { checkOutput, writeOutput } from "./output";
import { readInput } from "./read-input";
import { wordsOf } from "./lang";

export interface Bab3Options {
  input: string;
  output: string;
  timpa: boolean;
  /** Tests inject a failing file system here. */
  fs?: Partial<AtomicFs>;
}

/** `lkip bab3`: 0 = Bab III written, 1 = nothing could be written, 2 = usage (as `lkip tabel`). */
export async function runBab3(opts: Bab3Options, io: Io): Promise<number> {
  const lang = io.lang ?? "id";
  const w = wordsOf(io);
  const usage = await checkOutput(opts.input, opts.output, opts.timpa, ".docx", lang);
  if (!usage.ok) {
    line(io.stderr, usage.pesan);
    return usage.code;
  }
  line(io.stdout, w.reading(opts.input));
  const read = await readInput(opts.input, [], lang);
  if (!read.ok) {
    line(io.stderr, read.pesan);
    return 1;
  }
  let run: Awaited<ReturnType<typeof bab3FromLoaded>>;
  try {
    run = await bab3FromLoaded(read.loaded, lang);
  } catch (e) {
    if (!(e instanceof XlsxReadError)) throw e;
    line(io.stderr, readFailureText(e.failure, lang));
    return 1;
  }
  const { model, doc, bytes } = run;
  if (doc === null || bytes === null) {
    line(io.stderr, !model.sumber.LKIP_IKU ? w.bab3.noIku : w.bab3.noIndikator);
    for (const f of model.findings) line(io.stderr, formatFinding(f, lang));
    return 1;
  }
  const written = await writeOutput(opts.output, bytes, opts.timpa, lang, opts.fs);
  if (!written.ok) {
    line(io.stderr, written.pesan);
    return written.code;
  }
  const tables = doc.blocks.filter((b) => b.kind === "table").length;
  const sasaran = doc.blocks.filter((b) => b.kind === "heading" && b.level === 3).length;
  line(io.stdout);
  line(io.stdout, w.bab3.written(opts.output, sasaran, tables));
  line(io.stdout, w.bab3.toFill);
  if (model.findings.length > 0) {
    line(io.stdout);
    line(io.stdout, w.bab3.problems(model.findings.length));
    for (const f of model.findings) line(io.stdout, formatFinding(f, lang));
  }
  return 0;
}
