/* global process, NodeJS */
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs, parseKolom, parseTahun, UsageError, type Parsed } from "./args";
import { line, type Io } from "./io";
import { takeSumber } from "./sumber";
import { HELP_BAB3, HELP_DEMO, HELP_MAIN, HELP_PERIKSA, HELP_REKAP, HELP_TABEL } from "./texts";

export type { Io } from "./io";

/*
 * Each command's code is loaded when that command runs: ExcelJS alone takes about a second to
 * load, and `lkip rekap --json` (or `periksa`) never needs it; rekap's threads start that much sooner.
 */
const runTabel: typeof import("./tabel").runTabel = async (...a) =>
  (await import(/* webpackChunkName: "tabel" */ "./tabel")).runTabel(...a);
const runBab3: typeof import("./bab3").runBab3 = async (...a) =>
  (await import(/* webpackChunkName: "bab3" */ "./bab3")).runBab3(...a);
const runPeriksa: typeof import("./periksa").runPeriksa = async (...a) =>
  (await import(/* webpackChunkName: "periksa" */ "./periksa")).runPeriksa(...a);
const runRekap: typeof import("./rekap").runRekap = async (...a) =>
  (await import(/* webpackChunkName: "rekap" */ "./rekap")).runRekap(...a);

const DEMO_INPUT = "assets/contoh-lkip-2024.xlsx";
const DEMO_OUTPUT = "out/contoh-lkip-2024-tabel.xlsx";

function help(io: Io, text: string): number {
  io.stdout.write(text);
  return 0;
}

function usage(io: Io, message: string, help: string): number {
  line(io.stderr, `Salah pemakaian: ${message}`);
  line(io.stderr);
  io.stderr.write(help);
  return 2;
}

function oneInput(p: Parsed, what: string): string {
  if (p.positionals.length === 0) throw new UsageError(`sebutkan berkas .xlsx yang ${what}`);
  if (p.positionals.length > 1)
    throw new UsageError(`hanya satu berkas masukan; yang diberikan: ${p.positionals.join(", ")}`);
  return p.positionals[0];
}

/** The `lkip` command. Returns the exit code; writes only to io (testable without a process). */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        io.stderr.write(HELP_MAIN);
        return 2;
      case "-h":
      case "--help":
      case "--bantuan":
      case "bantuan":
      case "help":
        return help(io, HELP_MAIN);
      case "tabel": {
        const { rest: args, pilihan } = takeSumber(rest);
        const p = parseArgs(args, { output: true, flags: ["timpa"], values: ["tahun", "kolom"] });
        if (p.flags.has("help")) return help(io, HELP_TABEL);
        const input = oneInput(p, "dibaca");
        if (p.output === undefined)
          throw new UsageError("sebutkan berkas keluaran dengan -o <keluaran.xlsx>");
        return await runTabel(
          {
            input,
            output: p.output,
            timpa: p.flags.has("timpa"),
            tahun: parseTahun(p.values?.tahun),
            kolom: parseKolom(p.values?.kolom),
            pilihan,
          },
          io
        );
      }
      case "bab3": {
        const p = parseArgs(rest, { output: true, flags: ["timpa"] });
        if (p.flags.has("help")) return help(io, HELP_BAB3);
        const input = oneInput(p, "dibaca");
        if (p.output === undefined)
          throw new UsageError("sebutkan berkas keluaran dengan -o <BAB3.docx>");
        return await runBab3({ input, output: p.output, timpa: p.flags.has("timpa") }, io);
      }
      case "periksa": {
        const p = parseArgs(rest, { flags: ["json"], values: ["laporan"] });
        if (p.flags.has("help")) return help(io, HELP_PERIKSA);
        return await runPeriksa(
          {
            input: oneInput(p, "diperiksa"),
            json: p.flags.has("json"),
            laporan: p.values?.laporan,
          },
          io
        );
      }
      case "rekap": {
        const p = parseArgs(rest, { output: true, flags: ["timpa", "json"] });
        if (p.flags.has("help")) return help(io, HELP_REKAP);
        if (p.positionals.length === 0)
          throw new UsageError("sebutkan folder atau berkas .xlsx yang direkap");
        if (p.output === undefined && !p.flags.has("json"))
          throw new UsageError("sebutkan berkas keluaran dengan -o <rekap.xlsx> (atau --json)");
        return await runRekap(
          {
            inputs: p.positionals,
            output: p.output,
            timpa: p.flags.has("timpa"),
            json: p.flags.has("json"),
          },
          io
        );
      }
      case "demo": {
        const p = parseArgs(rest, { flags: [] });
        if (p.flags.has("help")) return help(io, HELP_DEMO);
        if (p.positionals.length > 0)
          throw new UsageError(`demo tidak menerima argumen (${p.positionals.join(", ")})`);
        return await runDemo(io);
      }
      default:
        return usage(io, `perintah tidak dikenal: ${command}`, HELP_MAIN);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      const help =
        command === "tabel"
          ? HELP_TABEL
          : command === "bab3"
            ? HELP_BAB3
            : command === "periksa"
              ? HELP_PERIKSA
              : command === "rekap"
                ? HELP_REKAP
                : command === "demo"
                  ? HELP_DEMO
                  : HELP_MAIN;
      return usage(io, e.message, help);
    }
    // Anything unexpected: one plain sentence, never the internal text (LKIP_DEBUG=1 shows it).
    line(
      io.stderr,
      "Terjadi kesalahan tak terduga; tidak ada berkas yang diubah. Jalankan lagi dengan LKIP_DEBUG=1 untuk rinciannya, dan laporkan bersama berkasnya bila terulang."
    );
    if (process.env.LKIP_DEBUG) line(io.stderr, String((e as Error)?.message ?? e));
    if (process.env.LKIP_DEBUG) line(io.stderr, String((e as Error)?.stack ?? ""));
    return 1;
  }
}

async function runDemo(io: Io): Promise<number> {
  const root = io.root ?? process.cwd();
  const input = resolve(root, DEMO_INPUT);
  const output = resolve(root, DEMO_OUTPUT);
  line(io.stdout, "== lkip tabel (contoh) ==");
  const code = await runTabel({ input, output, timpa: true }, io);
  if (code !== 0) return code;
  line(io.stdout);
  line(io.stdout, "== lkip periksa (contoh) ==");
  const periksa = await runPeriksa({ input, json: false }, io);
  if (periksa === 1) {
    line(
      io.stdout,
      "(Galat di atas memang disengaja: kolom Capaian, Kategori, Predikat, Efisiensi dan Serapan di contoh memuat angka yang tercetak di laporan, termasuk salah hitungnya.)"
    );
  }
  line(io.stdout);
  line(io.stdout, `Hasil: ${output}`);
  return 0;
}

// Run only when started as a program (tsx src/cli/main.ts …), not when imported by tests. Through
// a link (`npx lkip`, `npm link`, node_modules/.bin) argv[1] is the link: compare the real file.
const started = realPath(process.argv[1] ?? "");
if (/[\\/]cli[\\/](main\.[cm]?[jt]s|lkip(\.[cm]?js)?)$/.test(started)) {
  // `lkip periksa … | head`: the reader left; stop quietly instead of an EPIPE stack trace.
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw e;
    });
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(
        "Terjadi kesalahan tak terduga; tidak ada berkas yang diubah. Jalankan lagi dengan LKIP_DEBUG=1 untuk rinciannya.\n"
      );
      if (process.env.LKIP_DEBUG) process.stderr.write(`${String((e as Error)?.stack ?? e)}\n`);
      process.exitCode = 1;
    }
  );
}

function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
