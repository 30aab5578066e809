import { readFailureText } from "../report";
import { XlsxReadError, bab3FromLoaded } from "../xlsx";
import { formatFinding } from "./findings";
import { line, type Io } from "./io";
import type { AtomicFs } from "./atomic";
import { checkOutput, writeOutput } from "./output";
import { readInput } from "./read-input";

export interface Bab3Options {
  input: string;
  output: string;
  timpa: boolean;
  /** Tests inject a failing file system here. */
  fs?: Partial<AtomicFs>;
}

/** `lkip bab3`: 0 = Bab III written, 1 = nothing could be written, 2 = usage (as `lkip tabel`). */
export async function runBab3(opts: Bab3Options, io: Io): Promise<number> {
  const usage = await checkOutput(opts.input, opts.output, opts.timpa, ".docx");
  if (!usage.ok) {
    line(io.stderr, usage.pesan);
    return usage.code;
  }
  line(io.stdout, `Membaca ${opts.input} …`);
  const read = await readInput(opts.input);
  if (!read.ok) {
    line(io.stderr, read.pesan);
    return 1;
  }
  let run: Awaited<ReturnType<typeof bab3FromLoaded>>;
  try {
    run = await bab3FromLoaded(read.loaded);
  } catch (e) {
    if (!(e instanceof XlsxReadError)) throw e;
    line(io.stderr, readFailureText(e.failure));
    return 1;
  }
  const { model, doc, bytes } = run;
  if (doc === null || bytes === null) {
    line(
      io.stderr,
      !model.sumber.LKIP_IKU
        ? "LKIP_IKU tidak ditemukan, jadi Bab III tidak dibuat; tidak ada berkas yang ditulis."
        : "LKIP_IKU tidak memuat indikator yang dapat dibaca, jadi Bab III tidak dibuat; tidak ada berkas yang ditulis."
    );
    for (const f of model.findings) line(io.stderr, formatFinding(f));
    return 1;
  }
  const written = await writeOutput(opts.output, bytes, opts.timpa, opts.fs);
  if (!written.ok) {
    line(io.stderr, written.pesan);
    return written.code;
  }
  const tables = doc.blocks.filter((b) => b.kind === "table").length;
  const sasaran = doc.blocks.filter((b) => b.kind === "heading" && b.level === 3).length;
  line(io.stdout);
  line(
    io.stdout,
    `Bab III ditulis ke ${opts.output}: ${sasaran} sasaran, ${tables} tabel (Tabel 3.1–3.${tables}). Berkas masukan tidak diubah.`
  );
  line(
    io.stdout,
    "  Bagian bertanda kuning ([diisi: …]) menunggu uraian Anda: penyebab keberhasilan/kegagalan dan solusinya."
  );
  if (model.findings.length > 0) {
    line(io.stdout);
    line(io.stdout, `Masalah saat membaca (${model.findings.length}); lihat juga "lkip periksa":`);
    for (const f of model.findings) line(io.stdout, formatFinding(f));
  }
  return 0;
}
