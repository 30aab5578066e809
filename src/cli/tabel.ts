import { stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { findingText, tahunDipakai } from "../report";
import { quoteSheet, readFailureText, reasonText, refAddress, type PilihanSumber } from "../report";
import { tabelFromLoaded, XlsxReadError } from "../xlsx";
import { count, formatFinding } from "./findings";
import type { AtomicFs } from "./atomic";
import { writeOutput } from "./output";
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

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/** `lkip tabel`: 0 = tables written, 1 = nothing could be written, 2 = usage. */
export async function runTabel(opts: TabelOptions, io: Io): Promise<number> {
  const out = io.stdout;
  if (extname(opts.output).toLowerCase() !== ".xlsx") {
    line(io.stderr, `Berkas keluaran harus berakhiran .xlsx: ${opts.output}`);
    return 2;
  }
  if (await sameFile(opts.input, opts.output)) {
    line(
      io.stderr,
      `Keluaran sama dengan berkas masukan (${opts.output}). Berkas masukan tidak pernah ditimpa; pilih nama lain dengan -o.`
    );
    return 2;
  }
  if (!opts.timpa && (await exists(opts.output))) {
    line(
      io.stderr,
      `${opts.output} sudah ada. Pilih nama lain dengan -o, atau tambahkan --timpa untuk menimpanya.`
    );
    return 2;
  }

  line(out, `Membaca ${opts.input} …`);
  const read = await readInput(opts.input, opts.pilihan);
  if (!read.ok) {
    line(io.stderr, read.pesan);
    return 1;
  }
  const { raw } = read.loaded;
  for (const r of Object.values(raw.ranges)) {
    // A table found without a name (or chosen with --sumber) is named by its range.
    const found = raw.problems.find((f) => f.kode === "SUMBER_DITEMUKAN" && f.sumber === r.source);
    const where = found?.sel
      ? `rentang tanpa nama ${refAddress(found.sel)}`
      : `${r.kind === "table" ? "tabel Excel" : "nama"} di ${quoteSheet(r.sheet)}`;
    line(out, `  ${r.source}: ${where}, ${Math.max(0, r.values.length - 1)} baris data`);
  }

  // The same pipeline as the browser page (src/xlsx/tabel.ts): equal workbooks by construction.
  let run: Awaited<ReturnType<typeof tabelFromLoaded>>;
  try {
    run = await tabelFromLoaded(read.loaded, { tahun: opts.tahun, kolom: opts.kolom });
  } catch (e) {
    // An output too large to put together in memory: a sentence, never the engine's text.
    if (!(e instanceof XlsxReadError)) throw e;
    line(io.stderr, readFailureText(e.failure));
    return 1;
  }
  const { model, built, sheetName, bytes } = run;
  const tahun = model.settings.tahun;
  const problems = model.findings;
  // Which year, and why (issue 21): said before anything is written, never guessed.
  const dipakai = tahunDipakai(model);
  if (dipakai) line(out, `  ${findingText(dipakai)}`);

  if (sheetName === null || bytes === null) {
    if (model.sumber.LKIP_IKU && model.tahunAsal?.jenis === "tidakAda") {
      const f = problems.find((x) => x.kode === "TAHUN_TIDAK_ADA");
      if (f) line(io.stderr, findingText(f));
      line(io.stderr, "Tidak ada berkas yang ditulis; jalankan lagi dengan --tahun.");
      return 1;
    }
    // --help promises 1 when LKIP_IKU is absent: the tables without it are not the report.
    line(
      io.stderr,
      !model.sumber.LKIP_IKU && !model.sumber.LKIP_TRIWULAN
        ? "LKIP_IKU tidak ditemukan, jadi tabel LKIP tidak dibuat; tidak ada berkas yang ditulis."
        : "Tidak ada tabel yang dapat dibuat; tidak ada berkas yang ditulis."
    );
    for (const f of problems) line(io.stderr, formatFinding(f));
    return 1;
  }

  const plan = built.plan;
  for (const t of plan.tables) line(out, `  ✓ ${t.title} (baris ${t.row + 1}–${t.row + t.rows})`);

  // All or nothing under the final name (temporary file, fsync, rename); see output.ts.
  const written = await writeOutput(opts.output, bytes, opts.timpa, opts.fs);
  if (!written.ok) {
    line(io.stderr, written.pesan);
    return written.code;
  }

  line(out);
  line(
    out,
    `${plan.tables.length} tabel ditulis ke lembar ${quoteSheet(sheetName)} di buku kerja baru ${opts.output}`
  );
  line(
    out,
    `  Tahun ${tahun}${model.settings.instansi ? `, ${model.settings.instansi}` : ""}; pembulatan ${model.settings.pembulatan}. Berkas masukan tidak diubah.`
  );

  if (built.leftOut.length > 0) {
    line(out);
    line(out, "Tabel yang tidak dibuat:");
    for (const t of built.leftOut)
      line(out, `  - Tabel ${t.id} (${t.title}): ${reasonText(t.alasan)}`);
  }
  if (model.leftOut.length > 0) {
    line(out);
    line(out, `Baris yang ditinggalkan (${model.leftOut.length}):`);
    for (const b of model.leftOut)
      line(out, `  - ${b.lokasi} (${b.source}): ${b.temuan.map((f) => findingText(f)).join(" ")}`);
  }
  // A left-out row already carries its problems; list only the others here.
  const other = problems.filter((f) => !model.leftOut.some((b) => b.temuan.includes(f)));
  if (other.length > 0) {
    line(out);
    line(
      out,
      `Masalah lain saat membaca (${count(other, "galat")} galat, ${count(other, "peringatan")} peringatan, ${count(other, "info")} info):`
    );
    for (const f of other) line(out, formatFinding(f));
  }
  return 0;
}
