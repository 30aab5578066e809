import CLI_ID, { type CliWords } from "./cli.id";

/** A small argument parser: positionals, `-o <file>` / `--keluaran <file>`, boolean flags. */
export interface Parsed {
  positionals: string[];
  output?: string;
  flags: Set<string>;
  /** Options with a value (`--laporan NASKAH.docx`), by name without the dashes. */
  values?: Record<string, string>;
}

/**
 * Wrong use of the command. It carries its words as a function of the dictionary, so `main` says
 * it in the run's language; `message` is the Indonesian text (the first language).
 */
export class UsageError extends Error {
  constructor(readonly say: (w: CliWords) => string) {
    super(say(CLI_ID));
  }
}

export function parseArgs(
  argv: string[],
  allowed: { output?: boolean; flags: string[]; values?: string[] }
): Parsed {
  const out: Parsed = { positionals: [], flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    const inline = allowed.output && a.startsWith("--keluaran=");
    if (inline || (allowed.output && (a === "-o" || a === "--keluaran"))) {
      // Both spellings get the same checks, so "-o a --keluaran=b" is not silently b.
      const flag = inline ? "--keluaran" : a;
      const v = inline ? a.slice("--keluaran=".length) : argv[++i];
      if (v === undefined || v === "") throw new UsageError((w) => w.usage.outputNeedsFile(flag));
      if (out.output !== undefined) throw new UsageError((w) => w.usage.twice(flag));
      out.output = v;
    } else if (allowed.values?.some((v) => a === `--${v}` || a.startsWith(`--${v}=`))) {
      const eq = a.indexOf("=");
      const name = (eq < 0 ? a : a.slice(0, eq)).slice(2);
      const v = eq < 0 ? argv[++i] : a.slice(eq + 1);
      if (v === undefined || v === "" || (eq < 0 && v.startsWith("--")))
        throw new UsageError((w) =>
          name === "tahun"
            ? w.usage.tahunNeeded
            : name === "kolom"
              ? w.usage.kolomNeeded
              : w.usage.fileNeeded(name)
        );
      out.values ??= {};
      if (out.values[name] !== undefined) throw new UsageError((w) => w.usage.twice(`--${name}`));
      out.values[name] = v;
    } else if (a === "-h" || a === "--help" || a === "--bantuan") {
      out.flags.add("help");
    } else if (a.startsWith("-") && a !== "-") {
      const name = a.replace(/^--?/, "");
      if (!allowed.flags.includes(name)) throw new UsageError((w) => w.usage.unknownOption(a));
      out.flags.add(name);
    } else {
      out.positionals.push(a);
    }
  }
  return out;
}

/** `--tahun 2024`: the report year as the person says it (issue 21: never guessed). */
export function parseTahun(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const t = Number(v.trim());
  if (!Number.isInteger(t) || t < 1900 || t > 2999)
    throw new UsageError((w) => w.usage.tahunInvalid(v));
  return t;
}

/**
 * `--kolom "Indikator=INDIKATOR TUJUAN"` (several separated by ";"): which header is which column,
 * as the `Kolom {kolom}` rows of LKIP_INFO say it (WORKBOOK "Headers by meaning").
 */
export function parseKolom(v: string | undefined): Record<string, string> | undefined {
  if (v === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const part of v.split(";")) {
    if (part.trim() === "") continue;
    const eq = part.indexOf("=");
    const kolom = eq < 0 ? "" : part.slice(0, eq).trim();
    const judul = eq < 0 ? "" : part.slice(eq + 1).trim();
    if (kolom === "" || judul === "")
      throw new UsageError((w) => w.usage.kolomInvalid(part.trim()));
    out[kolom] = judul; // matched to the WORKBOOK name ignoring case and spaces
  }
  return out;
}
