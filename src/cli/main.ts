/* global process, NodeJS */
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs, parseKolom, parseTahun, UsageError, type Parsed } from "./args";
import { line, type Io } from "./io";
import { takeSumber } from "./sumber";
import { CLI_WORDS, cliLang, wordsOf, type CliWords } from "./lang";

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
  line(io.stderr, wordsOf(io).usage.prefix(message));
  line(io.stderr);
  io.stderr.write(help);
  return 2;
}

function oneInput(p: Parsed, what: "inputToRead" | "inputToCheck"): string {
  if (p.positionals.length === 0) throw new UsageError((w) => w.usage[what]);
  if (p.positionals.length > 1)
    throw new UsageError((w) => w.usage.oneInput(p.positionals.join(", ")));
  return p.positionals[0];
}

/** The help of a command (the main help for anything else). */
function helpOf(w: CliWords, command: string | undefined): string {
  switch (command) {
    case "tabel":
    case "bab3":
    case "periksa":
    case "rekap":
    case "demo":
      return w.help[command];
    default:
      return w.help.main;
  }
}

/** The `lkip` command. Returns the exit code; writes only to io (testable without a process). */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  const w = wordsOf(io);
  try {
    switch (command) {
      case undefined:
        io.stderr.write(w.help.main);
        return 2;
      case "-h":
      case "--help":
      case "--bantuan":
      case "bantuan":
      case "help":
        return help(io, w.help.main);
      case "tabel": {
        const { rest: args, pilihan } = takeSumber(rest);
        const p = parseArgs(args, { output: true, flags: ["timpa"], values: ["tahun", "kolom"] });
        if (p.flags.has("help")) return help(io, w.help.tabel);
        const input = oneInput(p, "inputToRead");
        if (p.output === undefined) throw new UsageError((w) => w.usage.outputTabel);
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
        if (p.flags.has("help")) return help(io, w.help.bab3);
        const input = oneInput(p, "inputToRead");
        if (p.output === undefined) throw new UsageError((w) => w.usage.outputBab3);
        return await runBab3({ input, output: p.output, timpa: p.flags.has("timpa") }, io);
      }
      case "periksa": {
        const p = parseArgs(rest, { flags: ["json"], values: ["laporan"] });
        if (p.flags.has("help")) return help(io, w.help.periksa);
        return await runPeriksa(
          {
            input: oneInput(p, "inputToCheck"),
            json: p.flags.has("json"),
            laporan: p.values?.laporan,
          },
          io
        );
      }
      case "rekap": {
        const p = parseArgs(rest, { output: true, flags: ["timpa", "json"] });
        if (p.flags.has("help")) return help(io, w.help.rekap);
        if (p.positionals.length === 0) throw new UsageError((w) => w.usage.rekapInputs);
        if (p.output === undefined && !p.flags.has("json"))
          throw new UsageError((w) => w.usage.rekapOutput);
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
        if (p.flags.has("help")) return help(io, w.help.demo);
        if (p.positionals.length > 0)
          throw new UsageError((w) => w.usage.demoNoArgs(p.positionals.join(", ")));
        return await runDemo(io);
      }
      default:
        return usage(io, w.usage.unknownCommand(command), w.help.main);
    }
  } catch (e) {
    if (e instanceof UsageError) return usage(io, e.say(w), helpOf(w, command));
    // Anything unexpected: one plain sentence, never the internal text (LKIP_DEBUG=1 shows it).
    line(io.stderr, w.unexpected);
    if (process.env.LKIP_DEBUG) line(io.stderr, String((e as Error)?.message ?? e));
    if (process.env.LKIP_DEBUG) line(io.stderr, String((e as Error)?.stack ?? ""));
    return 1;
  }
}

async function runDemo(io: Io): Promise<number> {
  const root = io.root ?? process.cwd();
  const input = resolve(root, DEMO_INPUT);
  const output = resolve(root, DEMO_OUTPUT);
  const w = wordsOf(io).demo;
  line(io.stdout, w.tabel);
  const code = await runTabel({ input, output, timpa: true }, io);
  if (code !== 0) return code;
  line(io.stdout);
  line(io.stdout, w.periksa);
  const periksa = await runPeriksa({ input, json: false }, io);
  if (periksa === 1) line(io.stdout, w.deliberate);
  line(io.stdout);
  line(io.stdout, w.result(output));
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
  const lang = cliLang(process.env);
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, lang }).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`${CLI_WORDS[lang].unexpectedShort}\n`);
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
